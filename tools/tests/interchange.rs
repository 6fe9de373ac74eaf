//! export and import: XLIFF 2.0 and PO round trips change nothing, PO files pass
//! `msgfmt -c`, edits come back into the right place, and invalid translations are refused
//! before anything is written.

mod common;

use std::fs;
use std::path::Path;
use std::process::Command;

use common::{code, l10n, snapshot, stderr, stdout, temp_fixture, temp_shipped_tree};
use l10n::interchange::{self, Format};
use l10n::Config;

/// Runs `l10n export` for `locale` in `format` into `file`; it must succeed.
fn export(config: &Path, locale: &str, format: &str, file: &Path) {
    let file = file.to_str().unwrap();
    let output = l10n(
        config,
        &["export", "--locale", locale, "--format", format, "-o", file],
    );
    assert_eq!(code(&output), 0, "{}", stderr(&output));
}

fn locales(config: &Config) -> Vec<String> {
    config.locales.clone()
}

#[test]
fn export_then_import_changes_nothing_for_every_shipped_locale_in_both_formats() {
    let (dir, config_path) = temp_shipped_tree();
    let config = Config::load(&config_path).unwrap();
    let before = snapshot(&dir.path().join("locales"));
    let exchange = tempfile::tempdir().unwrap();
    assert_eq!(locales(&config).len(), 59);
    for locale in locales(&config) {
        for format in [Format::Xliff, Format::Po] {
            let text = interchange::export_text(&config, &locale, format).unwrap();
            let file = exchange
                .path()
                .join(format!("{locale}.{}", format.extension()));
            fs::write(&file, text).unwrap();
            let outcome = interchange::import(&config, &file, None).unwrap();
            assert!(
                outcome.written,
                "{locale} {format:?}: {:?}",
                outcome.check.findings
            );
            assert_eq!(outcome.locale, locale);
            assert!(
                outcome.changed_units.is_empty() && outcome.stamped.is_empty(),
                "{locale} {format:?}: {:?} {:?}",
                outcome.changed_units,
                outcome.stamped
            );
        }
    }
    assert!(
        snapshot(&dir.path().join("locales")) == before,
        "files or lock changed"
    );
}

#[test]
fn the_cli_round_trip_leaves_files_and_lock_byte_identical() {
    let (dir, config) = temp_fixture("clean");
    let before = snapshot(&dir.path().join("locales"));
    for (format, name) in [("xliff", "de.xlf"), ("po", "de.po")] {
        let file = dir.path().join(name);
        export(&config, "de", format, &file);
        let output = l10n(&config, &["import", file.to_str().unwrap()]);
        assert_eq!(code(&output), 0, "{}", stdout(&output));
        assert!(stdout(&output)
            .contains("de: imported 0 changed text(s) into 0 file(s); 0 marked current"));
    }
    assert!(snapshot(&dir.path().join("locales")) == before);
}

#[test]
fn xliff_export_is_version_2_0_with_one_unit_per_value_and_attribute_and_notes() {
    let (_dir, config_path) = temp_shipped_tree();
    let config = Config::load(&config_path).unwrap();
    let xml = interchange::export_text(&config, "de", Format::Xliff).unwrap();
    assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en-US\" trgLang=\"de\">"));
    assert!(xml.contains("<file id=\"f1\" original=\"error-page.ftl\" xml:space=\"preserve\">"));
    assert!(xml.contains("<unit id=\"http-404.advice\">"));
    assert!(xml.contains("<note category=\"description\">404 Not Found, RFC 9110 section 15.5.5."));
    assert!(
        xml.contains("<source>Error <ph id=\"1\" dataRef=\"d1\"/></source>"),
        "placeables are protected codes"
    );
    let units = xml.matches("<unit id=").count();
    let doc = interchange::read_doc(&{
        let file = tempfile::NamedTempFile::with_suffix(".xlf").unwrap();
        fs::write(file.path(), &xml).unwrap();
        file.into_temp_path().keep().unwrap()
    })
    .unwrap();
    assert_eq!(doc.units.len(), units);
    assert_eq!(units, 252);
}

#[test]
fn po_exports_of_every_shipped_locale_pass_msgfmt_check() {
    if Command::new("msgfmt").arg("--version").output().is_err() {
        println!("note: msgfmt is not installed (apt-get install gettext); PO check skipped");
        return;
    }
    let (_dir, config_path) = temp_shipped_tree();
    let config = Config::load(&config_path).unwrap();
    let out = tempfile::tempdir().unwrap();
    for locale in locales(&config) {
        let po = out.path().join(format!("{locale}.po"));
        fs::write(
            &po,
            interchange::export_text(&config, &locale, Format::Po).unwrap(),
        )
        .unwrap();
        let result = Command::new("msgfmt")
            .arg("-c")
            .arg("-o")
            .arg(out.path().join("out.mo"))
            .arg(&po)
            .output()
            .unwrap();
        assert!(
            result.status.success(),
            "msgfmt -c {locale}.po: {}",
            String::from_utf8_lossy(&result.stderr)
        );
        assert!(
            result.stderr.is_empty(),
            "{}",
            String::from_utf8_lossy(&result.stderr)
        );
    }
}

#[test]
fn an_edited_translation_is_imported_in_place_and_marked_current() {
    let (dir, config) = temp_fixture("clean");
    let xlf = dir.path().join("de.xlf");
    export(&config, "de", "xliff", &xlf);
    let xml = fs::read_to_string(&xlf).unwrap();
    let edited = xml.replace(
        "<target>Willkommen</target>",
        "<target>Herzlich willkommen</target>",
    );
    assert_ne!(edited, xml);
    fs::write(&xlf, edited).unwrap();
    let de = dir.path().join("locales/de/app.ftl");
    let before = fs::read_to_string(&de).unwrap();
    let output = l10n(&config, &["import", xlf.to_str().unwrap()]);
    assert_eq!(code(&output), 0, "{}", stdout(&output));
    let after = fs::read_to_string(&de).unwrap();
    assert_eq!(
        after,
        before.replace(".title = Willkommen", ".title = Herzlich willkommen")
    );
    assert!(stdout(&output).contains("imported 1 changed text(s) into 1 file(s); 0 marked current"));
}

#[test]
fn a_reviewed_stale_translation_is_stamped_and_a_fuzzy_one_is_not() {
    let (dir, config) = temp_fixture("clean");
    let en = dir.path().join("locales/en-US/app.ftl");
    let text = fs::read_to_string(&en).unwrap();
    fs::write(&en, text.replace("title = Welcome", "title = Welcome!")).unwrap();
    let po = dir.path().join("de.po");
    export(&config, "de", "po", &po);
    let exported = fs::read_to_string(&po).unwrap();
    let stale_entry =
        "#, fuzzy\nmsgctxt \"greeting.title\"\nmsgid \"Welcome!\"\nmsgstr \"Willkommen\"\n";
    assert!(exported.contains(stale_entry), "{exported}");

    // Imported as is: still fuzzy, still stale.
    let lock = dir.path().join("locales/l10n.lock");
    let lock_before = fs::read_to_string(&lock).unwrap();
    assert_eq!(code(&l10n(&config, &["import", po.to_str().unwrap()])), 0);
    assert_eq!(fs::read_to_string(&lock).unwrap(), lock_before);

    // Reviewed (fuzzy removed) and updated: stamped.
    fs::write(
        &po,
        exported.replace(
            stale_entry,
            "msgctxt \"greeting.title\"\nmsgid \"Welcome!\"\nmsgstr \"Willkommen!\"\n",
        ),
    )
    .unwrap();
    let output = l10n(&config, &["import", po.to_str().unwrap()]);
    assert_eq!(code(&output), 0, "{}", stdout(&output));
    assert!(
        stdout(&output).contains("1 marked current"),
        "{}",
        stdout(&output)
    );
    let check = l10n(&config, &["check"]);
    assert_eq!(stdout(&check), "l10n: no findings (1 locale)\n");
}

fn import_is_refused(edit: impl Fn(&str) -> String, expected: &str) {
    let (dir, config) = temp_fixture("clean");
    let po = dir.path().join("de.po");
    export(&config, "de", "po", &po);
    let text = fs::read_to_string(&po).unwrap();
    let edited = edit(&text);
    assert_ne!(edited, text);
    fs::write(&po, edited).unwrap();
    let before = snapshot(&dir.path().join("locales"));
    let output = l10n(&config, &["import", po.to_str().unwrap()]);
    assert_eq!(code(&output), 1, "{}", stdout(&output));
    assert!(stdout(&output).contains(expected), "{}", stdout(&output));
    assert!(stdout(&output).contains("nothing written"));
    assert!(
        snapshot(&dir.path().join("locales")) == before,
        "nothing may be written"
    );
}

#[test]
fn import_refuses_invalid_fluent() {
    import_is_refused(
        |t| t.replace("msgstr \"Willkommen\"", "msgstr \"Willkommen {\""),
        "error[syntax]: the translation of `greeting.title` is not valid Fluent",
    );
}

#[test]
fn import_refuses_a_renamed_variable() {
    import_is_refused(
        |t| {
            t.replace(
                "msgstr \"Hallo, { $name }!\"",
                "msgstr \"Hallo, { $nom }!\"",
            )
        },
        "error[variables]: uses { $nom }, which en-US does not; did you mean { $name }?",
    );
}

#[test]
fn import_refuses_unknown_ids() {
    import_is_refused(
        |t| t.replace("msgctxt \"app-name\"", "msgctxt \"app-title\""),
        "error[obsolete-message]: `app-title` does not exist in en-US",
    );
}

#[test]
fn import_fills_a_new_locale_in_place_of_its_commented_out_messages() {
    let (dir, config) = temp_fixture("clean");
    assert_eq!(code(&l10n(&config, &["new-locale", "fr"])), 0);
    let po = dir.path().join("fr.po");
    export(&config, "fr", "po", &po);
    let text = fs::read_to_string(&po).unwrap();
    assert!(text.contains("Language: fr\\n"));
    let filled = text
        .replace(
            "msgid \"Hello, { $name }!\"\nmsgstr \"\"",
            "msgid \"Hello, { $name }!\"\nmsgstr \"Bonjour, { $name } !\"",
        )
        .replace(
            "msgid \"Welcome\"\nmsgstr \"\"",
            "msgid \"Welcome\"\nmsgstr \"Bienvenue\"",
        );
    fs::write(&po, filled).unwrap();
    let output = l10n(&config, &["import", po.to_str().unwrap()]);
    assert_eq!(code(&output), 0, "{}", stdout(&output));
    assert!(stdout(&output).contains("imported 2 changed text(s) into 1 file(s); 2 marked current"));
    let fr = fs::read_to_string(dir.path().join("locales/fr/app.ftl")).unwrap();
    assert!(
        fr.contains("# The greeting on the home page.\n# Variables:\n#   $name (String) - the visitor's name.\ngreeting = Bonjour, { $name } !\n    .title = Bienvenue\n"),
        "{fr}"
    );
    assert!(
        fr.contains("# app-name = Acme"),
        "untranslated messages stay commented out"
    );
    let status = common::json(&l10n(
        &config,
        &["status", "--locale", "fr", "--format", "json"],
    ));
    assert_eq!(status["locales"][0]["translated"], 2);
    assert_eq!(status["locales"][0]["missing"], 3);
}

#[test]
fn hostile_interchange_files_exit_2_or_are_refused() {
    let (dir, config) = temp_fixture("clean");
    for (name, bytes) in [
        ("a.po", b"\"orphan\"\n".to_vec()),
        ("b.po", b"msgid \"\xff\"\n".to_vec()),
        ("c.xlf", b"<xliff version=\"2.0\"><unit id=\"x\">".to_vec()),
        ("d.xlf", b"<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xliff version=\"2.0\" trgLang=\"de\"><file id=\"f\"><unit id=\"app-name\"><segment><source>&e;</source></segment></unit></file></xliff>".to_vec()),
    ] {
        let path = dir.path().join(name);
        fs::write(&path, bytes).unwrap();
        let output = l10n(&config, &["import", path.to_str().unwrap(), "--locale", "de"]);
        assert_eq!(code(&output), 2, "{name}: {}", stderr(&output));
        assert!(stderr(&output).contains(name), "{name}: {}", stderr(&output));
        assert!(!stderr(&output).contains("panicked"));
    }
    let missing = l10n(&config, &["import", "/nonexistent.po"]);
    assert_eq!(code(&missing), 2);
    let _ = Path::new("");
}

/// The text of `key` (`id` or `id.attribute`) in the Fluent file `path` as the parser
/// reads it: its text elements and string literals joined (the only parts these texts
/// have).
fn parsed_text(path: &Path, key: &str) -> String {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    let source = fs::read_to_string(path).unwrap();
    let parsed = l10n::ftl::Parsed::new(&source);
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    let (id, _) = key.split_once('.').unwrap_or((key, ""));
    let message = parsed.message(id).unwrap();
    let units = l10n::ftl::units(message);
    let unit = units.iter().find(|u| u.key == key).unwrap();
    unit.pattern
        .elements
        .iter()
        .map(|element| match element {
            PatternElement::TextElement { value } => (*value).to_owned(),
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::StringLiteral { value }),
            } => (*value).to_owned(),
            other => panic!("unexpected {other:?}"),
        })
        .collect()
}

/// Exports de in `format` to `name`, lets `edit` change `.title = Willkommen` to
/// `   Willkommen ` there, imports it, and checks the spaces arrive in the .ftl as
/// `{ "   " }` placeables, are read back by the parser, and survive another round trip.
fn edge_spaces_are_kept(format: &str, name: &str, edit: impl Fn(&str) -> String) {
    let (dir, config) = temp_fixture("clean");
    let file = dir.path().join(name);
    export(&config, "de", format, &file);
    let text = fs::read_to_string(&file).unwrap();
    let edited = edit(&text);
    assert_ne!(edited, text);
    fs::write(&file, edited).unwrap();
    let de = dir.path().join("locales/de/app.ftl");
    let before = fs::read_to_string(&de).unwrap();
    let output = l10n(&config, &["import", file.to_str().unwrap()]);
    assert_eq!(code(&output), 0, "{}", stdout(&output));
    assert!(
        stdout(&output).contains("imported 1 changed text(s) into 1 file(s)"),
        "{}",
        stdout(&output)
    );
    let after = fs::read_to_string(&de).unwrap();
    assert_eq!(
        after,
        before.replace(
            ".title = Willkommen\n",
            ".title = { \"   \" }Willkommen{ \" \" }\n"
        )
    );
    assert_eq!(parsed_text(&de, "greeting.title"), "   Willkommen ");
    assert_eq!(
        stdout(&l10n(&config, &["check"])),
        "l10n: no findings (1 locale)\n"
    );

    // Exported and imported again, the placeables change nothing.
    let snapshot_before = snapshot(&dir.path().join("locales"));
    export(&config, "de", format, &file);
    let output = l10n(&config, &["import", file.to_str().unwrap()]);
    assert_eq!(code(&output), 0, "{}", stdout(&output));
    assert!(stdout(&output).contains("imported 0 changed text(s) into 0 file(s)"));
    assert!(snapshot(&dir.path().join("locales")) == snapshot_before);
}

#[test]
fn leading_and_trailing_spaces_of_an_xliff_target_are_kept_as_string_literals() {
    edge_spaces_are_kept("xliff", "de.xlf", |t| {
        t.replace(
            "<target>Willkommen</target>",
            "<target>   Willkommen </target>",
        )
    });
}

#[test]
fn leading_and_trailing_spaces_of_a_po_msgstr_are_kept_as_string_literals() {
    edge_spaces_are_kept("po", "de.po", |t| {
        t.replace("msgstr \"Willkommen\"", "msgstr \"   Willkommen \"")
    });
}
