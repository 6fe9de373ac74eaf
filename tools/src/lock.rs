//! Stale detection: `l10n.lock` records, per locale and per message value or attribute, a
//! fingerprint of the normalized reference text that the translation was made from.
//! When the reference text changes (other than in whitespace), the fingerprint no longer
//! matches and the translation is stale until someone reviews it and runs `mark-current`.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};
use crate::files;

/// The lock file's format version.
const VERSION: u32 = 1;

const HEADER: &str = "\
# l10n.lock: for each locale, a fingerprint of the en-US text that each translation was
# made from (SHA-256 of the text with whitespace collapsed, first 8 hex digits). Written by
# `cargo l10n mark-current`; `cargo l10n check` reports a translation as stale when en-US
# no longer has that text. Commit this file; do not edit it by hand.
";

/// The fingerprint of a normalized reference text.
///
/// ```
/// let a = l10n::lock::fingerprint("Not Found");
/// assert_eq!(a.len(), 8);
/// assert_ne!(a, l10n::lock::fingerprint("Not found"));
/// ```
pub fn fingerprint(normalized: &str) -> String {
    let digest = Sha256::digest(normalized.as_bytes());
    digest.iter().take(4).map(|b| format!("{b:02x}")).collect()
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct LockFile {
    version: u32,
    #[serde(default)]
    locales: BTreeMap<String, BTreeMap<String, String>>,
}

/// The lock: per locale, per key (`id` or `id.attribute`), the fingerprint.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Lock {
    /// Fingerprints by locale, then by key. A locale without a table is not tracked.
    pub locales: BTreeMap<String, BTreeMap<String, String>>,
}

impl Lock {
    /// Reads the lock at `path`; a missing file is an empty lock.
    pub fn load(path: &Path) -> Result<Lock> {
        if !path.exists() && path.symlink_metadata().is_err() {
            return Ok(Lock::default());
        }
        let text = files::read_text_limited(path, 16 * files::MAX_FILE_BYTES)?;
        Lock::parse(path, &text)
    }

    /// Parses lock file `text` read from `path`.
    pub fn parse(path: &Path, text: &str) -> Result<Lock> {
        let file: LockFile = toml::from_str(text).map_err(|e| {
            Error::config(
                path,
                format!(
                    "not a valid lock file: {}; restore it from version control or \
                     recreate it with `mark-current <locale> --all`",
                    e.message()
                ),
            )
        })?;
        if file.version != VERSION {
            return Err(Error::config(
                path,
                format!(
                    "lock file version {} is not {VERSION}; this tool cannot read it",
                    file.version
                ),
            ));
        }
        Ok(Lock {
            locales: file.locales,
        })
    }

    /// The file's text: sorted, stable, with an explanatory header.
    pub fn to_text(&self) -> String {
        let file = LockFile {
            version: VERSION,
            locales: self.locales.clone(),
        };
        let body = toml::to_string(&file).unwrap_or_default();
        format!("{HEADER}\n{body}")
    }

    /// Writes the lock to `path`.
    pub fn save(&self, path: &Path) -> Result<()> {
        files::write_atomic(path, &self.to_text())
    }

    /// Whether `locale` has a table (is tracked).
    pub fn tracks(&self, locale: &str) -> bool {
        self.locales.contains_key(locale)
    }

    /// The fingerprint recorded for `key` of `locale`.
    pub fn get(&self, locale: &str, key: &str) -> Option<&str> {
        self.locales
            .get(locale)
            .and_then(|table| table.get(key))
            .map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lock_round_trips_through_its_sorted_text() {
        let mut lock = Lock::default();
        lock.locales.entry("de".into()).or_default().extend([
            ("http-404.description".to_owned(), "0badf00d".to_owned()),
            ("http-404".to_owned(), "12345678".to_owned()),
        ]);
        lock.locales.insert("fr".into(), BTreeMap::new());
        let text = lock.to_text();
        assert!(text.starts_with("# l10n.lock"));
        let de = text.find("[locales.de]").unwrap();
        assert!(
            text[de..].find("http-404 =").unwrap()
                < text[de..].find("\"http-404.description\"").unwrap()
        );
        assert_eq!(Lock::parse(Path::new("l"), &text).unwrap(), lock);
        assert!(Lock::parse(Path::new("l"), &text).unwrap().tracks("fr"));
    }

    #[test]
    fn a_broken_lock_says_how_to_recover() {
        let err = Lock::parse(Path::new("l10n.lock"), "version = 1\n[locales\n").unwrap_err();
        assert!(err.to_string().contains("mark-current"), "{err}");
    }
}
