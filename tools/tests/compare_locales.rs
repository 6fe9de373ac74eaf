//! Mozilla's compare-locales (PyPI) reads the same `l10n.toml` and must agree with
//! `l10n check` on missing and obsolete messages (and missing files): for the shipped tree
//! and for a fixture with differences. Skipped, with a note, where compare-locales is not
//! installed (`pip install compare-locales`).

mod common;

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use common::{fixtures, json, l10n, repo_root};

const RUNNER: &str = "import sys\n\
from compare_locales.commands import CompareLocales\n\
sys.argv = ['compare-locales'] + sys.argv[1:]\n\
sys.exit(CompareLocales.call())\n";

fn compare_locales_available() -> bool {
    Command::new("python3")
        .args(["-c", "import compare_locales"])
        .output()
        .is_ok_and(|o| o.status.success())
}

/// `(file, kind, id)` for every missing or obsolete message and missing file.
type Differences = BTreeSet<(String, String, String)>;

fn flatten(prefix: &str, node: &serde_json::Value, out: &mut Differences) {
    match node {
        serde_json::Value::Object(map) => {
            for (key, child) in map {
                let path = if prefix.is_empty() {
                    key.clone()
                } else {
                    format!("{prefix}/{key}")
                };
                flatten(&path, child, out);
            }
        }
        serde_json::Value::Array(items) => {
            for item in items {
                for kind in ["missingEntity", "obsoleteEntity"] {
                    if let Some(id) = item[kind].as_str() {
                        out.insert((prefix.to_owned(), kind.to_owned(), id.to_owned()));
                    }
                }
                if item.get("missingFile").is_some() {
                    out.insert((prefix.to_owned(), "missingFile".to_owned(), String::new()));
                }
            }
        }
        _ => {}
    }
}

/// compare-locales' differences and per-locale (missing, obsolete) counts.
fn compare_locales(config: &Path, base: &Path) -> (Differences, serde_json::Value) {
    let output = Command::new("python3")
        .args(["-c", RUNNER, "--return-zero", "--json", "-"])
        .arg(config)
        .arg(base)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "compare-locales failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let mut differences = Differences::new();
    flatten("", &report[0]["details"], &mut differences);
    (differences, report[0]["summary"].clone())
}

fn l10n_differences(config: &Path) -> Differences {
    let report = json(&l10n(config, &["check", "--format", "json"]));
    let mut differences = Differences::new();
    for finding in report["findings"].as_array().unwrap() {
        let file = finding["file"].as_str().unwrap().to_owned();
        let id = finding["id"].as_str().unwrap_or("").to_owned();
        let kind = match finding["rule"].as_str().unwrap() {
            "missing-message" => "missingEntity",
            "obsolete-message" => "obsoleteEntity",
            "missing-file" => "missingFile",
            _ => continue,
        };
        differences.insert((file, kind.to_owned(), id));
    }
    differences
}

fn agree(config: &Path, base: &Path) -> Differences {
    let (theirs, summary) = compare_locales(config, base);
    let ours = l10n_differences(config);
    assert_eq!(ours, theirs, "l10n check and compare-locales disagree");
    let status = json(&l10n(config, &["status", "--format", "json"]));
    for locale in status["locales"].as_array().unwrap() {
        let tag = locale["locale"].as_str().unwrap();
        let counts = &summary[tag];
        assert_eq!(
            counts["obsolete"].as_u64().unwrap_or(0),
            locale["obsolete"].as_u64().unwrap(),
            "{tag}: obsolete"
        );
        if theirs.iter().all(|(_, kind, _)| kind != "missingFile") {
            assert_eq!(
                counts["missing"].as_u64().unwrap_or(0),
                ours.iter()
                    .filter(|(file, kind, _)| kind == "missingEntity"
                        && file.contains(&format!("/{tag}/")))
                    .count() as u64,
                "{tag}: missing"
            );
        }
    }
    ours
}

#[test]
fn compare_locales_agrees_on_the_shipped_tree() {
    if !compare_locales_available() {
        println!("note: compare-locales is not installed (pip install compare-locales); agreement test skipped");
        return;
    }
    let differences = agree(&repo_root().join("tools/l10n.toml"), &repo_root());
    assert!(differences.is_empty(), "{differences:?}");
}

#[test]
fn compare_locales_agrees_on_a_tree_with_missing_and_obsolete_messages() {
    if !compare_locales_available() {
        println!("note: compare-locales is not installed (pip install compare-locales); agreement test skipped");
        return;
    }
    let dir = fixtures().join("compare-locales");
    let differences = agree(&dir.join("l10n.toml"), &dir);
    let expected: Differences = [
        ("locales/de/extra.ftl", "obsoleteEntity", "whiskey"),
        ("locales/de/main.ftl", "missingEntity", "beta"),
        ("locales/de/main.ftl", "missingEntity", "delta"),
        ("locales/de/main.ftl", "obsoleteEntity", "zulu"),
        ("locales/fr/extra.ftl", "missingFile", ""),
    ]
    .into_iter()
    .map(|(a, b, c)| (a.to_owned(), b.to_owned(), c.to_owned()))
    .collect();
    assert_eq!(differences, expected);
}
