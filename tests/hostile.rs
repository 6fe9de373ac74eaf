//! Hostile override files: each gives a clear `LoadError`, nothing is half-loaded, and the
//! catalogues that exist stay as they were.

use std::fs;
use std::path::PathBuf;

use http_status_i18n::{Catalog, LoadErrorKind, MAX_FTL_BYTES, MAX_PLACEABLE_DEPTH};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("hsi-hostile-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("de")).unwrap();
    dir
}

fn snapshot(catalog: &Catalog) -> Vec<Option<String>> {
    ["de", "en-US", "zh-CN"]
        .iter()
        .flat_map(|tag| [404, 500].map(|code| catalog.describe(code, tag).map(str::to_owned)))
        .collect()
}

#[test]
fn a_ten_megabyte_file_is_refused_before_it_is_read_whole() {
    let dir = scratch("big");
    let big = vec![b'#'; 10 * 1024 * 1024];
    fs::write(dir.join("de/http-status.ftl"), &big).unwrap();
    let err = Catalog::builder().add_dir(&dir).build().unwrap_err();
    assert!(
        matches!(err.kind(), LoadErrorKind::TooLarge { size, limit } if *size == big.len() as u64 && *limit == MAX_FTL_BYTES)
    );
    assert!(err.to_string().contains("http-status.ftl"), "{err}");
    let as_string = String::from_utf8(big).unwrap();
    let err = Catalog::builder()
        .add_ftl("de", as_string)
        .build()
        .unwrap_err();
    assert!(matches!(err.kind(), LoadErrorKind::TooLarge { .. }));
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn deeply_nested_placeables_are_refused_without_overflowing_the_stack() {
    for depth in [MAX_PLACEABLE_DEPTH + 1, 1_000, 200_000] {
        let source = format!(
            "http-404 = {}\"x\"{}\n",
            "{ ".repeat(depth),
            " }".repeat(depth)
        );
        let err = Catalog::builder()
            .add_ftl("de", source)
            .build()
            .unwrap_err();
        assert!(matches!(err.kind(), LoadErrorKind::TooDeep { .. }), "{err}");
        let position = err.position().unwrap();
        assert_eq!(
            (position.line, position.column),
            (1, 12 + 2 * MAX_PLACEABLE_DEPTH as u32)
        );
    }
    let fine = format!("http-404 = {}\"x\"{}\n", "{ ".repeat(3), " }".repeat(3));
    let catalog = Catalog::builder().add_ftl("de", fine).build().unwrap();
    assert_eq!(catalog.title(404, "de"), Some("x"));
}

#[test]
fn binary_files_and_junk_are_clear_errors() {
    let dir = scratch("binary");
    fs::write(
        dir.join("de/http-status.ftl"),
        [0u8, 159, 146, 150, 255, 0, 1],
    )
    .unwrap();
    let err = Catalog::builder().add_dir(&dir).build().unwrap_err();
    assert!(matches!(err.kind(), LoadErrorKind::InvalidUtf8), "{err}");
    // A NUL byte is refused as the translators' tool refuses it (one rule, in `source`).
    fs::write(
        dir.join("de/http-status.ftl"),
        "\u{0}\u{1}\u{2} not fluent at all\n",
    )
    .unwrap();
    let err = Catalog::builder().add_dir(&dir).build().unwrap_err();
    assert!(matches!(err.kind(), LoadErrorKind::NulByte), "{err}");
    assert_eq!(err.position().map(|p| (p.line, p.column)), Some((1, 1)));
    let err = Catalog::builder()
        .add_ftl("de", "http-404 = A\0B\n")
        .build()
        .unwrap_err();
    assert!(matches!(err.kind(), LoadErrorKind::NulByte), "{err}");
    fs::write(
        dir.join("de/http-status.ftl"),
        "\u{1}\u{2} not fluent at all\n",
    )
    .unwrap();
    let err = Catalog::builder().add_dir(&dir).build().unwrap_err();
    assert!(matches!(err.kind(), LoadErrorKind::Syntax { .. }), "{err}");
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_folder_named_by_no_tag_is_refused() {
    let dir = scratch("tag");
    fs::create_dir_all(dir.join("not a tag!")).unwrap();
    fs::write(dir.join("not a tag!/http-status.ftl"), "http-404 = X\n").unwrap();
    let err = Catalog::builder().add_dir(&dir).build().unwrap_err();
    assert!(
        matches!(err.kind(), LoadErrorKind::InvalidTag { .. }),
        "{err}"
    );
    fs::remove_dir_all(dir).unwrap();
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_does_not_hang_or_crash() {
    let dir = scratch("loop");
    fs::write(dir.join("de/http-status.ftl"), "http-404 = Schleife\n").unwrap();
    std::os::unix::fs::symlink(&dir, dir.join("de/loop")).unwrap();
    std::os::unix::fs::symlink(dir.join("self.ftl"), dir.join("de/self.ftl")).unwrap();
    let result = Catalog::builder().add_dir(&dir).build();
    // The dangling link is an I/O error that names it; nothing recursed.
    let err = result.unwrap_err();
    assert!(matches!(err.kind(), LoadErrorKind::Io { .. }), "{err}");
    assert!(err.to_string().contains("self.ftl"), "{err}");
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn failed_builds_leave_every_catalogue_unchanged() {
    let good = Catalog::builder()
        .add_ftl("de", "http-404 = Gut\n")
        .build()
        .unwrap();
    let embedded_before = snapshot(Catalog::embedded());
    let good_before = snapshot(&good);
    let hostile = [
        "\u{feff}http-404 = BOM\n",
        "http-404 = A\nhttp-404 = B\n",
        "http-404 = { $x }\n",
        "http-999 = Unknown\n",
        "http-404 = Gut\nthis is junk\n",
        "http-404 = A\n    .bogus = B\n",
    ];
    for source in hostile {
        let result = Catalog::builder()
            .add_ftl("de", "http-500 = Would be half-loaded\n")
            .add_ftl("de", source)
            .build();
        assert!(result.is_err(), "{source:?}");
    }
    assert_eq!(snapshot(Catalog::embedded()), embedded_before);
    assert_eq!(snapshot(&good), good_before);
    assert_eq!(good.title(404, "de"), Some("Gut"));
}

#[test]
fn nesting_hidden_in_select_variants_and_calls_is_refused_too() {
    // Quotes in a variant's text are text, and "}" in a string literal closes nothing: a
    // guard that got either wrong would let the parser overflow the stack here.
    let select = format!(
        "http-404 = {}\n",
        "    { \"}\" ->\n       *[x] \" ".repeat(3000)
    );
    let err = Catalog::builder()
        .add_ftl("de", select)
        .build()
        .unwrap_err();
    assert!(matches!(err.kind(), LoadErrorKind::TooDeep { .. }), "{err}");
    let calls = format!(
        "http-404 = {{ {}1{} }}\n",
        "NUMBER(".repeat(100_000),
        ")".repeat(100_000)
    );
    let err = Catalog::builder().add_ftl("de", calls).build().unwrap_err();
    assert!(matches!(err.kind(), LoadErrorKind::TooDeep { .. }), "{err}");
}
