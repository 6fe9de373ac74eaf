//! `fmt`: the canonical layout of `.ftl` files is what the fluent-syntax serializer writes.
//! A file is only rewritten when it parses without errors and the serializer's output
//! parses to the same syntax tree, so formatting never changes a text.

use fluent_syntax::parser;
use fluent_syntax::serializer;

use crate::error::Result;
use crate::layout::{Layout, LoadedFile};

/// The canonical text of `source`, or why it cannot be formatted.
///
/// ```
/// let formatted = l10n::format::canonical("a=A\n\n\nb =   B\n").unwrap();
/// assert_eq!(formatted, "a = A\nb = B\n");
/// assert!(l10n::format::canonical("a = {\n").is_err());
/// ```
pub fn canonical(source: &str) -> Result<String, String> {
    let body = source.strip_prefix('\u{feff}').unwrap_or(source);
    let resource = parser::parse(body).map_err(|(_, errors)| {
        format!(
            "it has {} syntax error(s); run `cargo l10n check` and fix them first",
            errors.len()
        )
    })?;
    let formatted = serializer::serialize(&resource);
    let again = parser::parse(formatted.as_str()).map_err(|_| {
        "the serializer's output would not parse; the file is left as it is".to_owned()
    })?;
    if again != resource {
        return Err(
            "the serializer's output would parse differently; the file is left as it is".to_owned(),
        );
    }
    Ok(formatted)
}

/// One file `fmt` looked at.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[non_exhaustive]
pub struct FormatResult {
    /// The file as shown.
    pub file: String,
    /// `unchanged`, `changed` (or would change, with `--check`) or `refused`.
    pub state: &'static str,
    /// Why a file was refused.
    pub reason: Option<String>,
}

/// Formats the reference and the files of `locales`; with `check`, writes nothing.
pub fn run(layout: &Layout, locales: &[String], check: bool) -> Result<Vec<FormatResult>> {
    let mut targets = layout.reference_files()?;
    for locale in locales {
        targets.extend(layout.locale_files(locale)?);
    }
    let mut results = Vec::new();
    for target in targets {
        let loaded = LoadedFile::read(&target)?;
        let result = match canonical(&loaded.text) {
            Ok(formatted) if formatted == loaded.text => FormatResult {
                file: target.display.clone(),
                state: "unchanged",
                reason: None,
            },
            Ok(formatted) => {
                if !check {
                    crate::files::write_atomic(&target.path, &formatted)?;
                }
                FormatResult {
                    file: target.display.clone(),
                    state: "changed",
                    reason: None,
                }
            }
            Err(reason) => FormatResult {
                file: target.display.clone(),
                state: "refused",
                reason: Some(reason),
            },
        };
        results.push(result);
    }
    Ok(results)
}
