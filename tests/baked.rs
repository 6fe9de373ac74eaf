//! The baked tables (src/catalog/baked/) are what the bake writes from locales/ today:
//! the same check `cargo l10n check` makes, run by the test suite too.
#![cfg(feature = "bake")]

use std::path::Path;

use http_status_i18n::bake::{self, BAKE_COMMAND};

#[test]
fn the_baked_tables_are_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let stale = bake::stale(root, &root.join("locales")).expect("the shipped locales bake");
    assert!(
        stale.is_empty(),
        "{stale:?} differ from what the bake writes; run `{BAKE_COMMAND}`"
    );
}

#[test]
fn a_broken_shipped_file_stops_the_bake_with_its_position() {
    let dir = std::env::temp_dir().join(format!("baked-broken-{}", std::process::id()));
    let en = dir.join("en-US");
    std::fs::create_dir_all(&en).unwrap();
    std::fs::write(
        en.join("http-status.ftl"),
        "http-404 = Not Found\nhttp-405 = {\n",
    )
    .unwrap();
    let err = bake::bake(&dir).unwrap_err();
    assert!(err.file().ends_with("en-US/http-status.ftl"), "{err}");
    assert!(err.position().is_some_and(|p| p.line >= 2), "{err}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn an_incomplete_reference_locale_stops_the_bake() {
    let dir = std::env::temp_dir().join(format!("baked-incomplete-{}", std::process::id()));
    let en = dir.join("en-US");
    std::fs::create_dir_all(&en).unwrap();
    std::fs::write(en.join("http-status.ftl"), "http-404 = Not Found\n").unwrap();
    let err = bake::bake(&dir).unwrap_err();
    assert!(err.to_string().contains("has no text"), "{err}");
    std::fs::remove_dir_all(dir).unwrap();
}
