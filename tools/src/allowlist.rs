//! The allow-list of translations that may equal the reference text (a cognate, not a
//! leftover): one `<locale> <message-id>[.<attribute>]` per line, `#` comments. The
//! project keeps it in `tests/data/identical-to-english.txt`, which its own tests read too.

use std::collections::BTreeSet;
use std::path::Path;

use crate::error::{Error, Result};
use crate::files;

/// `(locale, key)` pairs allowed to equal the reference.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AllowList {
    entries: BTreeSet<(String, String)>,
}

impl AllowList {
    /// Reads the list at `path`.
    pub fn load(path: &Path) -> Result<AllowList> {
        let text = files::read_text(path)?;
        AllowList::parse(path, &text)
    }

    /// Parses list `text` read from `path`.
    ///
    /// ```
    /// let list = l10n::AllowList::parse("a".as_ref(), "# c\nfr http-3xx\n").unwrap();
    /// assert!(list.allows("fr", "http-3xx"));
    /// assert!(!list.allows("de", "http-3xx"));
    /// ```
    pub fn parse(path: &Path, text: &str) -> Result<AllowList> {
        let mut entries = BTreeSet::new();
        for (index, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut words = line.split_whitespace();
            match (words.next(), words.next(), words.next()) {
                (Some(locale), Some(key), None) => {
                    entries.insert((locale.to_owned(), key.to_owned()));
                }
                _ => {
                    return Err(Error::config(
                        path,
                        format!(
                        "line {}: expected `<locale> <message-id>[.<attribute>]`, found {line:?}",
                        index + 1
                    ),
                    ))
                }
            }
        }
        Ok(AllowList { entries })
    }

    /// Whether `key` of `locale` may equal the reference.
    pub fn allows(&self, locale: &str, key: &str) -> bool {
        self.entries.contains(&(locale.to_owned(), key.to_owned()))
    }
}
