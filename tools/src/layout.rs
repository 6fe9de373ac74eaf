//! Where the files are: the reference files that the `[[paths]]` patterns of `l10n.toml`
//! match, and each locale's counterpart of each, as compare-locales maps them.

use std::path::{Path, PathBuf};

use crate::config::{Config, PathPair, PathPattern};
use crate::error::Result;
use crate::files;

/// One `.ftl` file of the tree, present or expected.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct FileRef {
    /// The path below the pattern's prefix, the same for the reference and every locale,
    /// such as `http-status.ftl`.
    pub key: String,
    /// Index of the `[[paths]]` entry that matched.
    pub pair: usize,
    /// The file on disk.
    pub path: PathBuf,
    /// How findings name it.
    pub display: String,
}

/// A file that was read.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct LoadedFile {
    /// Where it is.
    pub file: FileRef,
    /// Its text.
    pub text: String,
}

impl LoadedFile {
    /// Reads `file`, refusing hostile content.
    pub fn read(file: &FileRef) -> Result<LoadedFile> {
        let text = files::read_text(&file.path)?;
        crate::ftl::check_nesting(&file.path, &text)?;
        Ok(LoadedFile {
            file: file.clone(),
            text,
        })
    }
}

/// The file layout of a configuration, optionally with the locale folders somewhere else
/// (`--l10n-base`, like compare-locales' l10n-base-dir).
#[derive(Debug, Clone)]
pub struct Layout<'c> {
    config: &'c Config,
    l10n_base: Option<PathBuf>,
}

impl<'c> Layout<'c> {
    /// The layout of `config`; `l10n_base` replaces the folder that holds the locale
    /// folders (the part of each l10n pattern before `{locale}`).
    pub fn new(config: &'c Config, l10n_base: Option<PathBuf>) -> Layout<'c> {
        Layout { config, l10n_base }
    }

    /// The configuration.
    pub fn config(&self) -> &'c Config {
        self.config
    }

    /// Every reference `.ftl` file, sorted by key. Other files are ignored.
    pub fn reference_files(&self) -> Result<Vec<FileRef>> {
        self.ftl_files(|pair| (self.config.resolve(&pair.reference.prefix), &pair.reference))
    }

    /// The `.ftl` files under each `[[paths]]` entry's folder (given by `side`, with the
    /// pattern they must match), sorted by key, the first entry winning for a key.
    fn ftl_files<'p>(
        &'p self,
        side: impl Fn(&'p PathPair) -> (PathBuf, &'p PathPattern),
    ) -> Result<Vec<FileRef>> {
        let mut out = Vec::new();
        for (index, pair) in self.config.paths.iter().enumerate() {
            let (dir, pattern) = side(pair);
            for relative in files::walk(&dir, pattern.is_recursive())? {
                if relative.ends_with(".ftl") && pattern.matches(&relative) {
                    let path = dir.join(&relative);
                    out.push(FileRef {
                        display: self.config.display(&path),
                        key: relative,
                        pair: index,
                        path,
                    });
                }
            }
        }
        out.sort_by(|a, b| a.key.cmp(&b.key));
        out.dedup_by(|a, b| a.key == b.key);
        Ok(out)
    }

    /// The folder of `locale` for `[[paths]]` entry `pair`.
    pub fn locale_dir(&self, pair: &PathPair, locale: &str) -> PathBuf {
        let prefix = &pair.l10n.prefix;
        let (before, after) = prefix.split_once("{locale}").unwrap_or((prefix, ""));
        let after = after.trim_start_matches('/');
        let root = match &self.l10n_base {
            Some(base) => base.clone(),
            None => self.config.resolve(before.trim_end_matches('/')),
        };
        let dir = root.join(locale);
        if after.is_empty() {
            dir
        } else {
            dir.join(after)
        }
    }

    /// Where `locale`'s counterpart of reference file `reference` is.
    pub fn locale_file(&self, locale: &str, reference: &FileRef) -> FileRef {
        let pair = &self.config.paths[reference.pair];
        let path = self.locale_dir(pair, locale).join(&reference.key);
        FileRef {
            key: reference.key.clone(),
            pair: reference.pair,
            display: self.config.display(&path),
            path,
        }
    }

    /// Every `.ftl` file that exists for `locale`, sorted by key.
    pub fn locale_files(&self, locale: &str) -> Result<Vec<FileRef>> {
        self.ftl_files(|pair| (self.locale_dir(pair, locale), &pair.l10n))
    }

    /// The locales to work on: `requested` if any, else the sub-folders of `--l10n-base`
    /// if given (less the reference), else the configured locales.
    pub fn locales(&self, requested: &[String]) -> Result<Vec<String>> {
        if !requested.is_empty() {
            return Ok(requested.to_vec());
        }
        match &self.l10n_base {
            Some(base) => Ok(files::subfolders(base)?
                .into_iter()
                .filter(|name| name != self.config.reference_locale())
                .collect()),
            None => Ok(self.config.locales.clone()),
        }
    }

    /// The folder given as `--l10n-base`, if any.
    pub fn l10n_base(&self) -> Option<&Path> {
        self.l10n_base.as_deref()
    }
}
