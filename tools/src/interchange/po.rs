//! gettext PO with polib: `msgctxt` is the unit key (`id` / `id.attr`), `msgid` the
//! reference text, `msgstr` the translation, `#.` the reference comment, `#:` the file,
//! and `fuzzy` marks a translation that needs review (stale or not yet in the lock).
//!
//! polib's reader slices lines without checking their shape and panics on some malformed
//! input (a lone `"`, a continuation line before any keyword); [`check_lines`] refuses such
//! files with a positioned error before polib sees them.

use std::io::BufWriter;
use std::path::Path;

use polib::catalog::Catalog;
use polib::message::{Message, MessageFlags};
use polib::metadata::CatalogMetadata;

use super::{po_timestamp, ExportDoc, ImportDoc, ImportUnit};
use crate::error::{Error, Result};

/// The gettext `Plural-Forms` of a language (the formulas of the GNU gettext manual's
/// table), or `None` for a language this table does not know, which keeps polib's default.
/// The project's texts use no plurals; the header is there so that PO editors set up the
/// right number of forms for a translator's own additions.
///
/// ```
/// use l10n::interchange::po::plural_forms;
/// assert_eq!(plural_forms("pt-BR"), Some("nplurals=2; plural=(n > 1);"));
/// assert_eq!(plural_forms("pt-PT"), Some("nplurals=2; plural=(n != 1);"));
/// assert_eq!(plural_forms("ja"), Some("nplurals=1; plural=0;"));
/// assert_eq!(plural_forms("tlh"), None);
/// ```
pub fn plural_forms(tag: &str) -> Option<&'static str> {
    let language = tag.split(['-', '_']).next().unwrap_or_default();
    let slavic = "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);";
    Some(match language {
        "ja" | "ko" | "zh" | "id" | "th" | "vi" => "nplurals=1; plural=0;",
        "fr" | "fa" => "nplurals=2; plural=(n > 1);",
        "pt" if tag.ends_with("BR") => "nplurals=2; plural=(n > 1);",
        "en" | "de" | "nl" | "sv" | "nb" | "nn" | "no" | "da" | "fi" | "es" | "it" | "pt" | "el"
        | "hu" | "he" | "hi" | "tr" => "nplurals=2; plural=(n != 1);",
        "ru" | "uk" | "sr" => slavic,
        "cs" | "sk" => "nplurals=3; plural=(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2;",
        "pl" => "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
        "ro" => "nplurals=3; plural=(n==1 ? 0 : (n==0 || (n%100 > 0 && n%100 < 20)) ? 1 : 2);",
        "ga" => "nplurals=5; plural=(n==1 ? 0 : n==2 ? 1 : (n>2 && n<7) ? 2 : (n>6 && n<11) ? 3 : 4);",
        "ar" => "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);",
        _ => return None,
    })
}

/// The gettext form of a BCP 47 tag: `pt-BR` -> `pt_BR`, `sr-Latn` -> `sr@latin`.
///
/// ```
/// use l10n::interchange::po::{gettext_language, bcp47_language};
/// assert_eq!(gettext_language("sr-Latn"), "sr@latin");
/// assert_eq!(gettext_language("zh-TW"), "zh_TW");
/// assert_eq!(bcp47_language("sr@latin"), "sr-Latn");
/// assert_eq!(bcp47_language("pt_BR"), "pt-BR");
/// ```
pub fn gettext_language(tag: &str) -> String {
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or_default().to_owned();
    let mut region = None;
    let mut modifier = None;
    for part in parts {
        match part {
            "Latn" => modifier = Some("latin"),
            "Cyrl" => modifier = Some("cyrillic"),
            p if p.len() == 4 => {}
            p => region = Some(p),
        }
    }
    let mut out = language;
    if let Some(region) = region {
        out.push('_');
        out.push_str(region);
    }
    if let Some(modifier) = modifier {
        out.push('@');
        out.push_str(modifier);
    }
    out
}

/// The BCP 47 form of a gettext language: the inverse of [`gettext_language`].
pub fn bcp47_language(language: &str) -> String {
    let (base, modifier) = match language.split_once('@') {
        Some((base, modifier)) => (base, Some(modifier)),
        None => (language, None),
    };
    let mut parts = base.split('_');
    let mut out = parts.next().unwrap_or_default().to_owned();
    match modifier {
        Some("latin") => out.push_str("-Latn"),
        Some("cyrillic") => out.push_str("-Cyrl"),
        _ => {}
    }
    for part in parts {
        out.push('-');
        out.push_str(part);
    }
    out
}

/// Writes `doc` as a PO file that `msgfmt -c` accepts.
pub fn write(doc: &ExportDoc) -> String {
    // polib keeps its plural-rules type private; parsing a header is how to set them.
    let mut metadata = plural_forms(&doc.target_locale)
        .and_then(|forms| CatalogMetadata::parse(&format!("Plural-Forms: {forms}\n")).ok())
        .unwrap_or_default();
    metadata.project_id_version = doc.project.clone();
    metadata.pot_creation_date = po_timestamp();
    metadata.po_revision_date = po_timestamp();
    metadata.last_translator = format!("{} translators", doc.project);
    metadata.language_team = gettext_language(&doc.target_locale);
    metadata.language = gettext_language(&doc.target_locale);
    metadata.mime_version = "1.0".to_owned();
    metadata.content_type = "text/plain; charset=UTF-8".to_owned();
    metadata.content_transfer_encoding = "8bit".to_owned();

    let mut catalog = Catalog::new(metadata);
    for unit in &doc.units {
        let mut flags = MessageFlags::new();
        if unit.target.is_some() && !unit.reviewed {
            flags.add_flag("fuzzy");
        }
        let message = Message::build_singular()
            .with_extracted_comments(unit.notes.join("\n"))
            .with_source(unit.file.clone())
            .with_flags(flags)
            .with_msgctxt(unit.key.clone())
            .with_msgid(unit.source.clone())
            .with_msgstr(unit.target.clone().unwrap_or_default())
            .done();
        catalog.append_or_update(message);
    }
    let mut out = BufWriter::new(Vec::new());
    let _ = polib::po_file::write(&catalog, &mut out);
    let bytes = out.into_inner().unwrap_or_default();
    let header = format!(
        "# {} {} translation, exported by `cargo l10n export`.\n\
         # Translate msgstr; msgctxt is the Fluent message ID. Keep placeables such as\n\
         # {{ $code }} as they are. Remove the fuzzy flag once a translation is reviewed.\n",
        doc.project, doc.target_locale
    );
    format!("{header}{}", String::from_utf8_lossy(&bytes))
}

/// Refuses lines that polib's reader would panic on, naming the first one.
pub fn check_lines(path: &Path, text: &str) -> Result<()> {
    const KEYWORDS: [&str; 14] = [
        "msgctxt ",
        "msgid ",
        "msgid_plural ",
        "msgstr ",
        "msgstr[0] ",
        "msgstr[1] ",
        "msgstr[2] ",
        "msgstr[3] ",
        "msgstr[4] ",
        "msgstr[5] ",
        "msgstr[6] ",
        "msgstr[7] ",
        "msgstr[8] ",
        "msgstr[9] ",
    ];
    let quoted = |s: &str| s.len() >= 2 && s.starts_with('"') && s.ends_with('"');
    let mut field_seen = false;
    for (index, raw) in text.split('\n').enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        let bad = |what: &str| Error::Interchange {
            path: path.to_owned(),
            position: Some((index as u32 + 1, 1)),
            message: format!("{what}; this is not a valid PO line: {line:?}"),
        };
        if line.is_empty() {
            continue;
        }
        if line.starts_with('#') {
            field_seen = true;
            continue;
        }
        if line.starts_with('"') {
            if !field_seen {
                return Err(bad("a string continues no keyword"));
            }
            if !quoted(line) {
                return Err(bad("the string is not closed with a quote"));
            }
            continue;
        }
        if let Some(keyword) = KEYWORDS.iter().find(|k| line.starts_with(**k)) {
            if !quoted(&line[keyword.len()..]) {
                return Err(bad("the string after the keyword is not in quotes"));
            }
            field_seen = true;
            continue;
        }
        if line.starts_with("msgstr[") {
            return Err(bad("plural forms are not used by this project"));
        }
        return Err(bad("unknown keyword"));
    }
    Ok(())
}

/// Reads a PO file.
pub fn read(path: &Path, text: &str) -> Result<ImportDoc> {
    check_lines(path, text)?;
    let catalog =
        polib::po_file::parse_from_reader(text.as_bytes()).map_err(|e| Error::Interchange {
            path: path.to_owned(),
            position: None,
            message: format!("not a valid PO file: {e}"),
        })?;
    let language = catalog.metadata.language.trim();
    let locale = (!language.is_empty()).then(|| bcp47_language(language));
    let context_lines: std::collections::HashMap<&str, u32> = text
        .lines()
        .enumerate()
        .filter_map(|(i, l)| {
            let key = l.trim_end().strip_prefix("msgctxt \"")?.strip_suffix('"')?;
            Some((key, i as u32 + 1))
        })
        .collect();
    let mut units = Vec::new();
    for message in catalog.messages() {
        let Some(key) = message.msgctxt() else {
            return Err(Error::Interchange {
                path: path.to_owned(),
                position: None,
                message: format!(
                    "the entry with msgid {:?} has no msgctxt (the Fluent message ID)",
                    message.msgid()
                ),
            });
        };
        let target = message.msgstr().unwrap_or_default();
        units.push(ImportUnit {
            key: key.to_owned(),
            source: message.msgid().to_owned(),
            target: (!target.is_empty()).then(|| target.to_owned()),
            reviewed: !message.flags().is_fuzzy(),
            line: context_lines.get(key).copied(),
        });
    }
    Ok(ImportDoc { locale, units })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interchange::ExportUnit;

    fn doc() -> ExportDoc {
        ExportDoc {
            project: "p".into(),
            source_locale: "en-US".into(),
            target_locale: "pt-BR".into(),
            units: vec![
                ExportUnit {
                    file: "e.ftl".into(),
                    key: "page-error-label".into(),
                    notes: vec!["Label.".into(), "Variables: $code".into()],
                    source: "Error { $code }".into(),
                    target: Some("Erro \"{ $code }\"".into()),
                    reviewed: false,
                },
                ExportUnit {
                    file: "e.ftl".into(),
                    key: "page-details".into(),
                    notes: vec![],
                    source: "Details".into(),
                    target: None,
                    reviewed: false,
                },
            ],
        }
    }

    #[test]
    fn units_round_trip_with_context_fuzzy_flag_and_escapes() {
        let text = write(&doc());
        assert!(text.contains("msgctxt \"page-error-label\"\n"), "{text}");
        assert!(text.contains("#, fuzzy\n"), "{text}");
        assert!(
            text.contains("msgstr \"Erro \\\"{ $code }\\\"\"\n"),
            "{text}"
        );
        assert!(text.contains("Language: pt_BR"), "{text}");
        let back = read(Path::new("x.po"), &text).unwrap();
        assert_eq!(back.locale.as_deref(), Some("pt-BR"));
        assert_eq!(back.units.len(), 2);
        assert_eq!(back.units[0].target.as_deref(), Some("Erro \"{ $code }\""));
        assert!(!back.units[0].reviewed);
        assert_eq!(back.units[1].target, None);
    }

    #[test]
    fn lines_that_would_panic_polib_are_refused() {
        for bad in [
            "\"orphan\"\n",
            "msgid \"\"\nmsgstr \"\"\n\"\n",
            "msgid \"é\n",
            "msgid x\n",
            "garbage\n",
        ] {
            let err = check_lines(Path::new("x.po"), bad).unwrap_err();
            assert!(err.to_string().starts_with("x.po:"), "{err}");
        }
        assert!(read(Path::new("x.po"), "msgid \"a\"\nmsgstr \"b\"\n").is_err());
    }
}
