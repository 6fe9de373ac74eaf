//! The shipped tree passes what CI runs (`cargo l10n check`, `cargo l10n fmt --check`),
//! is complete, and the lock tracks every locale. (Stale translations are warnings: an
//! en-US edit may land before its translations are reviewed.)

mod common;

use common::{code, json, l10n, repo_root, stdout};

#[test]
fn the_shipped_tree_has_no_errors() {
    let config = repo_root().join("tools/l10n.toml");
    let output = l10n(&config, &["check", "--format", "json"]);
    let report = json(&output);
    assert_eq!(report["summary"]["errors"], 0, "{report:#}");
    assert_eq!(code(&output), 0);
    assert_eq!(report["summary"]["locales"], 59);
}

#[test]
fn the_shipped_tree_is_formatted() {
    let config = repo_root().join("tools/l10n.toml");
    let output = l10n(&config, &["fmt", "--check"]);
    assert_eq!(code(&output), 0, "{}", stdout(&output));
}

#[test]
fn every_shipped_locale_is_complete_and_tracked_by_the_lock() {
    let config = repo_root().join("tools/l10n.toml");
    let output = l10n(&config, &["status", "--format", "json"]);
    assert_eq!(code(&output), 0, "{}", stdout(&output));
    for locale in json(&output)["locales"].as_array().unwrap() {
        assert_eq!(locale["missing"], 0, "{locale}");
        assert_eq!(locale["obsolete"], 0, "{locale}");
    }
    let lock = std::fs::read_to_string(repo_root().join("locales/l10n.lock")).unwrap();
    let config_text = std::fs::read_to_string(&config).unwrap();
    let tables = lock.matches("\n[locales.").count();
    assert_eq!(tables, 59, "the lock tracks every configured locale");
    assert!(config_text.contains("\"zh-TW\","));
}
