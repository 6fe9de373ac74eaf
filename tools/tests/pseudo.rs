//! The pseudo-locales en-XA and ar-XB made from the shipped en-US: they pass `check` and
//! load through the library's catalogue for layout testing.

mod common;

use std::fs;

use common::{code, json, l10n, repo_root, stderr};
use http_status_i18n::Catalog;

fn generate() -> tempfile::TempDir {
    let out = tempfile::tempdir().unwrap();
    let config = repo_root().join("tools/l10n.toml");
    let output = l10n(&config, &["pseudo", "--out", out.path().to_str().unwrap()]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    out
}

#[test]
fn pseudo_locales_load_through_the_catalogue() {
    let out = generate();
    let catalog = Catalog::builder()
        .add_dir(out.path())
        .build()
        .unwrap_or_else(|e| panic!("the catalogue refuses the pseudo-locales: {e}"));
    let accented = catalog.lookup(404, "en-XA").unwrap();
    assert_eq!(accented.title(), "[Ƞǿǿŧ Ƒǿǿŭŭƞḓ]");
    assert_eq!(accented.locale(), "en-XA");
    let mirrored = catalog.lookup(404, "ar-XB").unwrap();
    assert_eq!(mirrored.title(), "punoℲ ʇoN");
    assert_eq!(mirrored.locale(), "ar-XB");
}

#[test]
fn pseudo_locales_pass_check() {
    let out = generate();
    let config = repo_root().join("tools/l10n.toml");
    let output = l10n(
        &config,
        &[
            "check",
            "--l10n-base",
            out.path().to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    let report = json(&output);
    assert_eq!(report["findings"], serde_json::json!([]), "{report:#}");
    assert_eq!(report["summary"]["locales"], 2);
    assert_eq!(code(&output), 0);
}

#[test]
fn accented_texts_are_about_a_third_longer_and_mirrored_ones_have_no_bidi_controls() {
    let out = generate();
    let en = fs::read_to_string(repo_root().join("locales/en-US/http-status.ftl")).unwrap();
    let xa = fs::read_to_string(out.path().join("en-XA/http-status.ftl")).unwrap();
    let xb = fs::read_to_string(out.path().join("ar-XB/http-status.ftl")).unwrap();
    let value_chars = |text: &str| -> usize {
        text.lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once(" = "))
            .map(|(_, v)| v.chars().count())
            .sum()
    };
    let ratio = value_chars(&xa) as f64 / value_chars(&en) as f64;
    assert!(
        (1.2..=1.5).contains(&ratio),
        "en-XA is {ratio:.2} times as long"
    );
    assert!(!xb.chars().any(l10n::check::is_bidi_control));
    assert_eq!(value_chars(&xb), value_chars(&en));
}
