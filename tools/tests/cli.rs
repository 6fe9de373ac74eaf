//! End-to-end tests of the command line: exit codes, output formats, configuration,
//! hostile input, new-locale, fmt and mark-current.

mod common;

use std::fs;

use common::{code, fixtures, json, l10n, l10n_in, stderr, stdout, temp_fixture};

#[test]
fn check_exits_0_when_clean_1_on_errors_and_0_on_warnings_only() {
    assert_eq!(
        code(&l10n(&fixtures().join("clean/l10n.toml"), &["check"])),
        0
    );
    let rules = fixtures().join("rules");
    assert_eq!(
        code(&l10n(&rules.join("variables/l10n.toml"), &["check"])),
        1
    );
    let warnings = l10n(&rules.join("missing-message/l10n.toml"), &["check"]);
    assert_eq!(code(&warnings), 0);
    assert!(stdout(&warnings).ends_with("l10n: 0 errors, 1 warning (1 locale)\n"));
}

#[test]
fn usage_errors_exit_2() {
    let config = fixtures().join("clean/l10n.toml");
    for args in [
        &["check", "--format", "yaml"][..],
        &["no-such-command"],
        &["mark-current", "de"],
        &["mark-current", "de", "--all", "app-name"],
        &["export", "--locale", "de"],
        &["export", "--locale", "xx", "--format", "po"],
        &["new-locale", "not a tag"],
        &["new-locale", "de"],
    ] {
        let output = l10n(&config, args);
        assert_eq!(code(&output), 2, "{args:?}: {}", stderr(&output));
    }
    let missing = l10n(&fixtures().join("nope/l10n.toml"), &["check"]);
    assert_eq!(code(&missing), 2);
    assert!(
        stderr(&missing).contains("nope/l10n.toml: cannot read it"),
        "{}",
        stderr(&missing)
    );
}

#[test]
fn help_exits_0() {
    let output = l10n_in(&fixtures(), &["--help"]);
    assert_eq!(code(&output), 0);
    assert!(stdout(&output).contains("mark-current"));
}

#[test]
fn json_output_has_findings_with_the_documented_fields_and_a_summary() {
    let output = l10n(
        &fixtures().join("rules/variables/l10n.toml"),
        &["check", "--format", "json"],
    );
    let report = json(&output);
    let keys: Vec<&String> = report.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["findings", "summary"]);
    for finding in report["findings"].as_array().unwrap() {
        let keys: Vec<&String> = finding.as_object().unwrap().keys().collect();
        let mut expected = [
            "rule", "severity", "locale", "file", "line", "column", "id", "message",
        ];
        expected.sort();
        assert_eq!(keys, expected);
    }
    assert_eq!(
        report["summary"],
        serde_json::json!({"errors": 2, "warnings": 0, "infos": 0, "locales": 1, "files": 2})
    );
}

#[test]
fn text_output_shows_file_line_column_the_source_line_and_a_caret() {
    let output = l10n(&fixtures().join("rules/markup/l10n.toml"), &["check"]);
    assert_eq!(
        stdout(&output),
        "error[markup]: contains markup `<b>`, which en-US does not have; texts are shown as plain text, so write the character itself\n \
         --> locales/de/main.ftl:1:9\n  |\n1 | hello = <b>Hallo</b>\n  |         ^\n\nl10n: 1 error, 0 warnings (1 locale)\n"
    );
}

#[test]
fn github_format_prints_workflow_annotations() {
    let output = l10n(
        &fixtures().join("rules/missing-attribute/l10n.toml"),
        &["check", "--format", "github"],
    );
    assert_eq!(
        stdout(&output).lines().next().unwrap(),
        "::warning file=locales/de/main.ftl,line=2,col=1,title=l10n missing-attribute (de)::`hello` lacks the attribute `.title`"
    );
}

#[test]
fn severities_are_configurable_per_rule() {
    let (dir, config) = temp_fixture("rules/missing-message");
    let text = fs::read_to_string(&config).unwrap();
    fs::write(
        &config,
        format!("{text}\n[l10n.severity]\nmissing-message = \"error\"\n"),
    )
    .unwrap();
    let output = l10n(&config, &["check", "--format", "json"]);
    assert_eq!(code(&output), 1);
    assert_eq!(json(&output)["findings"][0]["severity"], "error");
    fs::write(
        &config,
        format!("{text}\n[l10n.severity]\nmissing-message = \"off\"\n"),
    )
    .unwrap();
    let output = l10n(&config, &["check", "--format", "json"]);
    assert_eq!(code(&output), 0);
    assert_eq!(json(&output)["findings"], serde_json::json!([]));
    fs::write(
        &config,
        format!("{text}\n[l10n.severity]\nmissing-mesage = \"off\"\n"),
    )
    .unwrap();
    let output = l10n(&config, &["check"]);
    assert_eq!(code(&output), 2);
    assert!(stderr(&output).contains("unknown rule `missing-mesage`"));
    drop(dir);
}

#[test]
fn check_can_select_locales_and_refuses_unknown_ones() {
    let (dir, config) = temp_fixture("clean");
    // A locale with a folder but not (yet) in the configuration is checked.
    fs::create_dir(dir.path().join("locales/fr")).unwrap();
    fs::write(dir.path().join("locales/fr/other.ftl"), "x = y\n").unwrap();
    let output = l10n(&config, &["check", "--locale", "fr", "--format", "json"]);
    let findings = json(&output)["findings"].clone();
    let rules: Vec<&str> = findings
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert_eq!(rules, ["missing-file", "obsolete-file"]);
    assert_eq!(findings[0]["file"], "locales/fr/app.ftl");
    // A typo is a usage error, not a locale with everything missing.
    let output = l10n(&config, &["check", "--locale", "dee"]);
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).contains("dee is not a locale of"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn status_prints_counts_coverage_and_bars_and_fails_below_min_coverage() {
    let config = fixtures().join("rules/missing-message/l10n.toml");
    let output = l10n(&config, &["status"]);
    assert_eq!(code(&output), 0);
    assert_eq!(
        stdout(&output),
        "locale  translated  missing  stale  obsolete  coverage\n\
         de               1        1      0         0   50.0%  ██████████░░░░░░░░░░\n"
    );
    let output = l10n(&config, &["status", "--format", "markdown"]);
    assert!(stdout(&output).contains("| de | 1 | 1 | 0 | 0 | 50.0% `██████████░░░░░░░░░░` |"));
    let output = l10n(
        &config,
        &["status", "--format", "json", "--min-coverage", "60"],
    );
    assert_eq!(code(&output), 1);
    let report = json(&output);
    assert_eq!(report["locales"][0]["missing"], 1);
    assert_eq!(report["locales"][0]["coverage"], 50.0);
    assert_eq!(
        report["summary"]["below_min_coverage"],
        serde_json::json!(["de"])
    );
    assert_eq!(code(&l10n(&config, &["status", "--min-coverage", "50"])), 0);
}

#[test]
fn status_counts_stale_and_obsolete() {
    let stale = l10n(
        &fixtures().join("rules/stale/l10n.toml"),
        &["status", "--format", "json"],
    );
    assert_eq!(json(&stale)["locales"][0]["stale"], 1);
    assert_eq!(json(&stale)["locales"][0]["translated"], 2);
    let obsolete = l10n(
        &fixtures().join("rules/obsolete-message/l10n.toml"),
        &["status", "--format", "json"],
    );
    assert_eq!(json(&obsolete)["locales"][0]["obsolete"], 1);
}

#[test]
fn hostile_files_exit_2_with_a_message_naming_the_file() {
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "invalid UTF-8",
            b"app-name = Acme\ngreeting = \xff\xfe\n".to_vec(),
            "app.ftl:2:12: invalid UTF-8",
        ),
        (
            "binary",
            b"\x7fELF\0\0\x01".to_vec(),
            "app.ftl:1:5: a NUL byte",
        ),
        (
            "huge",
            vec![b'#'; 2 << 20],
            "more than the limit of 1048576",
        ),
        (
            "deep nesting",
            format!("app-name = {}\n", "{ ".repeat(5000)).into_bytes(),
            "placeables nested more than 32 deep",
        ),
        (
            "deep selects hidden behind quotes",
            {
                let mut text = String::from("app-name =\n");
                for _ in 0..200 {
                    text.push_str("    { \"}\" ->\n       *[x] \" ");
                }
                text.into_bytes()
            },
            "placeables nested more than 32 deep",
        ),
    ];
    for (what, bytes, message) in cases {
        let (dir, config) = temp_fixture("clean");
        fs::write(dir.path().join("locales/de/app.ftl"), bytes).unwrap();
        let output = l10n(&config, &["check"]);
        assert_eq!(code(&output), 2, "{what}: {}", stderr(&output));
        assert!(
            stderr(&output).contains(message),
            "{what}: {}",
            stderr(&output)
        );
        assert!(!stderr(&output).contains("panicked"), "{what}");
    }
}

#[cfg(unix)]
#[test]
fn symlink_loops_and_fifos_exit_2() {
    let (dir, config) = temp_fixture("clean");
    let file = dir.path().join("locales/de/app.ftl");
    fs::remove_file(&file).unwrap();
    std::os::unix::fs::symlink(&file, &file).unwrap();
    let output = l10n(&config, &["check"]);
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).contains("app.ftl: cannot read it"),
        "{}",
        stderr(&output)
    );

    fs::remove_file(&file).unwrap();
    let status = std::process::Command::new("mkfifo").arg(&file).status();
    if status.is_ok_and(|s| s.success()) {
        let output = l10n(&config, &["check"]);
        assert_eq!(code(&output), 2);
        assert!(
            stderr(&output).contains("not a regular file"),
            "{}",
            stderr(&output)
        );
    }
}

#[test]
fn new_locale_scaffolds_commented_out_messages_and_registers_the_locale() {
    let (dir, config) = temp_fixture("clean");
    let output = l10n(&config, &["new-locale", "pt-BR"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let scaffold = fs::read_to_string(dir.path().join("locales/pt-BR/app.ftl")).unwrap();
    assert!(scaffold.contains("# The name of the application.\n# app-name = Acme\n"));
    assert!(scaffold.contains("#     .title = Welcome\n"));
    assert!(dir.path().join("locales/pt-BR/GLOSSARY.md").exists());
    let text = fs::read_to_string(&config).unwrap();
    assert!(text.contains("locales = [\"de\", \"pt-BR\"]"), "{text}");
    assert!(
        text.starts_with("# A complete, correct project"),
        "comments kept"
    );
    let lock = fs::read_to_string(dir.path().join("locales/l10n.lock")).unwrap();
    assert!(lock.contains("[locales.pt-BR]"), "{lock}");

    // Everything counts as missing, nothing as English: check passes with warnings.
    let status = json(&l10n(&config, &["status", "--format", "json"]));
    let pt = &status["locales"][1];
    assert_eq!(
        (
            pt["locale"].as_str(),
            pt["missing"].as_u64(),
            pt["translated"].as_u64()
        ),
        (Some("pt-BR"), Some(5), Some(0))
    );
    let check = l10n(&config, &["check", "--format", "json"]);
    assert_eq!(code(&check), 0);
    assert!(json(&check)["findings"]
        .as_array()
        .unwrap()
        .iter()
        .all(|f| f["rule"] == "missing-message"));

    // Twice is refused, and so are tags that are not canonical.
    assert_eq!(code(&l10n(&config, &["new-locale", "pt-BR"])), 2);
    let output = l10n(&config, &["new-locale", "pt_br"]);
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).contains("as `pt-BR`"),
        "{}",
        stderr(&output)
    );
    let output = l10n(&config, &["new-locale", "iw"]);
    assert!(stderr(&output).contains("as `he`"), "{}", stderr(&output));
    assert!(!dir.path().join("locales/iw").exists());
}

#[test]
fn new_locale_keeps_a_multi_line_locales_array_one_per_line() {
    let (dir, config) = temp_fixture("clean");
    let text = fs::read_to_string(&config).unwrap().replace(
        "locales = [\"de\"]",
        "locales = [\n    \"de\",\n    \"fr\",\n]",
    );
    fs::write(&config, text).unwrap();
    assert_eq!(code(&l10n(&config, &["new-locale", "es"])), 0);
    let text = fs::read_to_string(&config).unwrap();
    assert!(
        text.contains("locales = [\n    \"de\",\n    \"es\",\n    \"fr\",\n]"),
        "{text}"
    );
    drop(dir);
}

#[test]
fn fmt_check_reports_files_that_would_change_and_fmt_rewrites_them() {
    let (dir, config) = temp_fixture("clean");
    let file = dir.path().join("locales/de/app.ftl");
    let canonical = fs::read_to_string(&file).unwrap();
    let messy = canonical.replace("app-name = Acme", "app-name    =   Acme\n\n");
    fs::write(&file, &messy).unwrap();
    let output = l10n(&config, &["fmt", "--check"]);
    assert_eq!(code(&output), 1);
    assert!(stdout(&output).contains("would reformat locales/de/app.ftl"));
    assert_eq!(
        fs::read_to_string(&file).unwrap(),
        messy,
        "--check writes nothing"
    );
    assert_eq!(code(&l10n(&config, &["fmt"])), 0);
    assert_eq!(fs::read_to_string(&file).unwrap(), canonical);
    assert_eq!(code(&l10n(&config, &["fmt", "--check"])), 0);

    fs::write(&file, "app-name = { oops\n").unwrap();
    let output = l10n(&config, &["fmt"]);
    assert_eq!(code(&output), 1);
    assert!(stdout(&output).contains("cannot format locales/de/app.ftl: it has 1 syntax error(s)"));
    assert_eq!(fs::read_to_string(&file).unwrap(), "app-name = { oops\n");
}

#[test]
fn mark_current_needs_a_translated_id() {
    let (dir, config) = temp_fixture("clean");
    let output = l10n(&config, &["mark-current", "de", "no-such-id"]);
    assert_eq!(code(&output), 2);
    assert!(stderr(&output).contains("no translation of `no-such-id`"));
    let output = l10n(&config, &["mark-current", "en-US", "--all"]);
    assert_eq!(code(&output), 2);
    let output = l10n(
        &config,
        &["mark-current", "de", "greeting", "--format", "json"],
    );
    assert_eq!(code(&output), 0);
    assert_eq!(
        json(&output)["stamped"],
        serde_json::json!(["greeting", "greeting.title"])
    );
    drop(dir);
}

#[test]
fn the_config_is_found_in_the_current_folder_or_its_tools_folder() {
    let (dir, config) = temp_fixture("clean");
    let output = l10n_in(dir.path(), &["check"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let tools = dir.path().join("tools");
    fs::create_dir(&tools).unwrap();
    let text = fs::read_to_string(&config)
        .unwrap()
        .replace("basepath = \".\"", "basepath = \"..\"");
    fs::write(tools.join("l10n.toml"), text).unwrap();
    fs::remove_file(&config).unwrap();
    let output = l10n_in(&dir.path().join("locales"), &["status", "--format", "json"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(json(&output)["locales"][0]["translated"], 5);
}
