//! One fixture tree per rule (tests/fixtures/rules/<rule>/) with the exact findings
//! `check` must report for it (expected.json): rule, severity, locale, file, line,
//! column, ID, a phrase of the message, and the exit code.

mod common;

use std::collections::BTreeSet;
use std::fs;

use common::{code, fixtures, json, l10n};
use l10n::Rule;

fn rule_fixtures() -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(fixtures().join("rules"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn every_rule_fixture_reports_exactly_its_expected_findings() {
    let mut failures = Vec::new();
    for name in rule_fixtures() {
        let dir = fixtures().join("rules").join(&name);
        let expected: serde_json::Value =
            serde_json::from_str(&fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
        let output = l10n(&dir.join("l10n.toml"), &["check", "--format", "json"]);
        let report = json(&output);
        let findings = report["findings"].as_array().unwrap();
        let wanted = expected["findings"].as_array().unwrap();
        if code(&output) != expected["exit"].as_i64().unwrap() as i32 {
            failures.push(format!("{name}: exit code {}", code(&output)));
        }
        if findings.len() != wanted.len() {
            failures.push(format!(
                "{name}: {} findings, expected {}: {findings:#?}",
                findings.len(),
                wanted.len()
            ));
            continue;
        }
        for (found, want) in findings.iter().zip(wanted) {
            for field in ["rule", "severity", "locale", "file", "line", "column", "id"] {
                if found[field] != want[field] {
                    failures.push(format!(
                        "{name}: {field} is {}, expected {}",
                        found[field], want[field]
                    ));
                }
            }
            let phrase = want["message_contains"].as_str().unwrap();
            if !found["message"].as_str().unwrap().contains(phrase) {
                failures.push(format!(
                    "{name}: message {} lacks {phrase:?}",
                    found["message"]
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_rule_has_a_fixture_that_triggers_it() {
    let mut seen = BTreeSet::new();
    for name in rule_fixtures() {
        let text =
            fs::read_to_string(fixtures().join("rules").join(&name).join("expected.json")).unwrap();
        let expected: serde_json::Value = serde_json::from_str(&text).unwrap();
        for finding in expected["findings"].as_array().unwrap() {
            seen.insert(finding["rule"].as_str().unwrap().to_owned());
        }
    }
    for rule in Rule::ALL {
        assert!(seen.contains(rule.name()), "no fixture triggers {rule}");
    }
}

#[test]
fn the_fixture_named_after_each_rule_triggers_that_rule() {
    for name in rule_fixtures() {
        let text =
            fs::read_to_string(fixtures().join("rules").join(&name).join("expected.json")).unwrap();
        let expected: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert!(
            expected["findings"].as_array().unwrap().iter().any(
                |f| f["rule"] == name.as_str() || (name == "stale" && f["rule"] == "unstamped")
            ),
            "fixture {name} does not expect its own rule"
        );
    }
}

#[test]
fn a_complete_correct_project_has_no_findings() {
    let output = l10n(
        &fixtures().join("clean/l10n.toml"),
        &["check", "--format", "json"],
    );
    assert_eq!(code(&output), 0);
    assert_eq!(json(&output)["findings"], serde_json::json!([]));
}
