//! `bake`: the library's static tables from the shipped `.ftl` files, through the
//! library's own bake (`http_status_i18n::bake`), and the check that they are current.

use std::path::PathBuf;

use http_status_i18n::bake::{self as library, BAKE_COMMAND};

use crate::config::Config;

/// Whether the baked tables match the `.ftl` files.
#[derive(Debug)]
#[non_exhaustive]
pub enum Freshness {
    /// Every baked file is what the bake would write.
    Current,
    /// These files (relative to the repository root) differ, are missing or left over.
    Stale(Vec<PathBuf>),
    /// A shipped file cannot be baked; the library's error names file, line and column.
    Broken(String),
}

fn locales(config: &Config) -> PathBuf {
    config.resolve("locales")
}

/// Compares the baked files with what the bake would write now. A tree without
/// `src/catalog/baked/` (a translation project other than the library itself, or a test
/// fixture) has no tables to keep current.
pub fn freshness(config: &Config) -> Freshness {
    if !config.base.join(library::BAKED_DIR).is_dir() {
        return Freshness::Current;
    }
    match library::stale(&config.base, &locales(config)) {
        Ok(stale) if stale.is_empty() => Freshness::Current,
        Ok(stale) => Freshness::Stale(stale),
        Err(err) => Freshness::Broken(err.to_string()),
    }
}

/// Writes the baked files; returns the paths that changed, or the error of a file that
/// cannot be baked.
pub fn write(config: &Config) -> Result<Vec<PathBuf>, String> {
    library::write(&config.base, &locales(config)).map_err(|err| err.to_string())
}

/// The lines that `check` and `bake --check` print; empty when current.
pub fn report(freshness: &Freshness) -> String {
    match freshness {
        Freshness::Current => String::new(),
        Freshness::Stale(files) => {
            let mut text = String::new();
            for file in files {
                text.push_str(&format!(
                    "error[baked-tables]: {} is not what the bake writes from locales/; run `{BAKE_COMMAND}`\n",
                    file.display()
                ));
            }
            text
        }
        Freshness::Broken(message) => format!("error[baked-tables]: {message}\n"),
    }
}
