//! `mark-current`: record in the lock that a locale's translations match the current
//! reference texts (after a review).

use std::collections::BTreeMap;

use crate::check::Checker;
use crate::config::Config;
use crate::error::{Error, Result};
use crate::ftl::{self, Parsed};
use crate::layout::{Layout, LoadedFile};
use crate::lock::{fingerprint, Lock};

/// What `mark-current` changed.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
#[non_exhaustive]
pub struct Stamped {
    /// The locale.
    pub locale: String,
    /// Keys whose fingerprint was written or confirmed.
    pub stamped: Vec<String>,
    /// Keys dropped from the lock because the locale no longer translates them (`--all`).
    pub removed: Vec<String>,
}

/// The current fingerprint of every reference unit that `locale` translates, by key.
pub fn current_fingerprints(checker: &Checker, files: &[LoadedFile]) -> BTreeMap<String, String> {
    let mut reference = BTreeMap::new();
    for file in checker.reference() {
        let parsed = Parsed::new(&file.text);
        for message in parsed.messages() {
            for unit in ftl::units(message) {
                reference.insert(
                    (file.file.key.clone(), unit.key.clone()),
                    fingerprint(&ftl::normalized(unit.pattern)),
                );
            }
        }
    }
    let mut out = BTreeMap::new();
    for file in files {
        let parsed = Parsed::new(&file.text);
        for message in parsed.messages() {
            for unit in ftl::units(message) {
                if let Some(print) = reference.get(&(file.file.key.clone(), unit.key.clone())) {
                    out.insert(unit.key, print.clone());
                }
            }
        }
    }
    out
}

/// Stamps `ids` (message IDs, or `id.attribute`) of `locale`, or all its translations
/// with `all` (which also drops keys it no longer translates).
pub fn mark_current(config: &Config, locale: &str, all: bool, ids: &[String]) -> Result<Stamped> {
    let Some(lock_path) = &config.settings.lock else {
        return Err(Error::Usage(format!(
            "{} sets no `lock` in [l10n]; stale detection is off",
            config.path.display()
        )));
    };
    if locale == config.reference_locale() {
        return Err(Error::Usage(format!(
            "{locale} is the reference locale; only translations are marked current"
        )));
    }
    if all != ids.is_empty() {
        return Err(Error::Usage(
            "give either --all or one or more message IDs".to_owned(),
        ));
    }
    let layout = Layout::new(config, None);
    let checker = Checker::new(layout)?;
    let mut files = Vec::new();
    for file in checker.layout().locale_files(locale)? {
        files.push(LoadedFile::read(&file)?);
    }
    if files.is_empty() && !config.locales.iter().any(|l| l == locale) {
        return Err(Error::Usage(format!(
            "{locale} is not a locale of {} and has no files",
            config.path.display()
        )));
    }
    let current = current_fingerprints(&checker, &files);
    let lock_file = config.resolve(lock_path);
    let mut lock = Lock::load(&lock_file)?;
    let table = lock.locales.entry(locale.to_owned()).or_default();
    let mut result = Stamped {
        locale: locale.to_owned(),
        ..Stamped::default()
    };
    if all {
        result.removed = table
            .keys()
            .filter(|k| !current.contains_key(*k))
            .cloned()
            .collect();
        *table = current.clone();
        result.stamped = current.keys().cloned().collect();
    } else {
        for id in ids {
            let keys: Vec<&String> = current
                .keys()
                .filter(|k| *k == id || (!id.contains('.') && k.starts_with(&format!("{id}."))))
                .collect();
            if keys.is_empty() {
                return Err(Error::Usage(format!(
                    "{locale} has no translation of `{id}` that the reference also has; \
                     nothing to mark current"
                )));
            }
            for key in keys {
                table.insert(key.clone(), current[key].clone());
                result.stamped.push(key.clone());
            }
        }
    }
    lock.save(&lock_file)?;
    Ok(result)
}

/// Adds an empty (tracked) table for `locale` to the lock, if there is a lock.
pub fn track(config: &Config, locale: &str) -> Result<()> {
    let Some(lock_path) = &config.settings.lock else {
        return Ok(());
    };
    let path = config.resolve(lock_path);
    let mut lock = Lock::load(&path)?;
    lock.locales.entry(locale.to_owned()).or_default();
    lock.save(&path)
}
