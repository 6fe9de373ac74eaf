//! Stale detection across edits of en-US: the lock records what each translation was made
//! from; a changed en-US text makes it stale, a whitespace-only edit does not, and
//! mark-current re-stamps it.

mod common;

use std::fs;

use common::{code, json, l10n, temp_fixture};

fn findings(config: &std::path::Path) -> Vec<(String, String)> {
    let report = json(&l10n(config, &["check", "--format", "json"]));
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_owned(),
                f["id"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect()
}

#[test]
fn an_en_us_edit_makes_exactly_the_changed_texts_stale_until_marked_current() {
    let (dir, config) = temp_fixture("clean");
    let en = dir.path().join("locales/en-US/app.ftl");
    let lock = dir.path().join("locales/l10n.lock");
    assert!(findings(&config).is_empty());
    let original = fs::read_to_string(&en).unwrap();

    // Whitespace only: reflowed onto two lines, extra spaces, another indentation.
    let reflowed = original
        .replace(
            "greeting = Hello, { $name }!",
            "greeting =\n    Hello,   {$name}!",
        )
        .replace(
            "        [one] You have one",
            "        [one]   You   have one",
        );
    assert_ne!(reflowed, original);
    fs::write(&en, &reflowed).unwrap();
    assert!(findings(&config).is_empty(), "{:?}", findings(&config));

    // A real edit of a value and of a variant of another message.
    let edited = reflowed
        .replace("Hello,", "Hi,")
        .replace("one unread message", "one new message");
    fs::write(&en, &edited).unwrap();
    assert_eq!(
        findings(&config),
        [
            ("stale".into(), "greeting".into()),
            ("stale".into(), "unread".into())
        ]
    );
    let output = l10n(&config, &["check"]);
    assert_eq!(code(&output), 0, "stale is a warning by default");
    let status = json(&l10n(&config, &["status", "--format", "json"]));
    assert_eq!(status["locales"][0]["stale"], 2);
    assert_eq!(status["locales"][0]["translated"], 3);

    // The attribute did not change, so greeting.title stays current.
    let lock_before = fs::read_to_string(&lock).unwrap();
    assert_eq!(code(&l10n(&config, &["mark-current", "de", "greeting"])), 0);
    let lock_after = fs::read_to_string(&lock).unwrap();
    let changed: Vec<&str> = lock_before
        .lines()
        .zip(lock_after.lines())
        .filter(|(a, b)| a != b)
        .map(|(_, b)| b)
        .collect();
    assert_eq!(changed.len(), 1, "{changed:?}");
    assert!(changed[0].starts_with("greeting = "), "{changed:?}");
    assert_eq!(findings(&config), [("stale".into(), "unread".into())]);

    assert_eq!(code(&l10n(&config, &["mark-current", "de", "--all"])), 0);
    assert!(findings(&config).is_empty());
}

#[test]
fn new_translations_are_unstamped_and_removed_ones_are_forgotten_by_mark_current_all() {
    let (dir, config) = temp_fixture("clean");
    let de = dir.path().join("locales/de/app.ftl");
    let text = fs::read_to_string(&de).unwrap();
    fs::write(&de, text.replace("status-ok = OK\n", "")).unwrap();
    let lock = dir.path().join("locales/l10n.lock");
    let mut lock_text = fs::read_to_string(&lock).unwrap();
    lock_text = lock_text
        .lines()
        .filter(|l| !l.starts_with("app-name"))
        .collect::<Vec<_>>()
        .join("\n");
    fs::write(&lock, lock_text + "\n").unwrap();
    assert_eq!(
        findings(&config),
        [
            ("missing-message".into(), "status-ok".into()),
            ("unstamped".into(), "app-name".into())
        ]
    );
    let output = l10n(
        &config,
        &["mark-current", "de", "--all", "--format", "json"],
    );
    let stamped = json(&output);
    assert_eq!(stamped["removed"], serde_json::json!(["status-ok"]));
    let lock_text = fs::read_to_string(&lock).unwrap();
    assert!(lock_text.contains("app-name = "));
    assert!(!lock_text.contains("status-ok"));
}

#[test]
fn a_locale_without_a_lock_table_is_not_tracked() {
    let (dir, config) = temp_fixture("clean");
    fs::write(dir.path().join("locales/l10n.lock"), "version = 1\n").unwrap();
    assert!(findings(&config).is_empty());
    fs::remove_file(dir.path().join("locales/l10n.lock")).unwrap();
    assert!(findings(&config).is_empty());
    fs::write(dir.path().join("locales/l10n.lock"), "version = [\n").unwrap();
    assert_eq!(code(&l10n(&config, &["check"])), 2);
}
