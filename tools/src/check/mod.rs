//! `check`: every rule over the reference and the locales, and the per-locale counts that
//! `status` shows.
//!
//! This module holds the [`Checker`] and the driver that walks the files: the reference
//! on its own ([`Checker::check_reference`]), then each locale against it
//! ([`Checker::check_locale`]). The rules live in one module per family, as Mozilla's
//! compare-locales keeps its `checks/` folder:
//!
//! | module | rules |
//! |---|---|
//! | `syntax` | `syntax` (Junk), `byte-order-mark`, `crlf`, `tab`, `final-newline` |
//! | `ids` | `duplicate-id`, `duplicate-attribute`, `id-naming` |
//! | `structure` | `missing-*` and `obsolete-*` files, messages, values and attributes |
//! | `placeables` | `variables`, `references` |
//! | `plural_categories` | `plural-categories` |
//! | `text` | `markup`, `bidi-control`, `identical-to-english` |
//! | `stale` | `stale`, `unstamped` (the lock file) |
//! | `scheme` | `scheme` (the library's message scheme) |
//! | `order` | `order`, `comments` |
//! | `script` | `script`, `letters` |
//! | `structure` | also `glossary` |

mod ids;
mod order;
mod placeables;
mod plural_categories;
mod scheme;
mod script;
mod stale;
mod structure;
mod syntax;
mod text;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::PathBuf;

use fluent_syntax::ast::Pattern;
use serde::Serialize;

use crate::allowlist::AllowList;
use crate::config::Config;
use crate::error::Result;
use crate::finding::{Finding, Rule};
use crate::ftl::{self, Parsed};
use crate::layout::{FileRef, Layout, LoadedFile};
use crate::lock::Lock;
use crate::plurals;

pub use ids::is_kebab;
pub use scheme::SCHEME;
pub use script::{script_names, script_of};
pub use text::is_bidi_control;

/// Per-locale counts of the reference's units (message values and attributes).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct LocaleStatus {
    /// The locale.
    pub locale: String,
    /// Units in the reference.
    pub total: usize,
    /// Translated and current (or not tracked by the lock).
    pub translated: usize,
    /// Not translated.
    pub missing: usize,
    /// Translated, but the reference changed since.
    pub stale: usize,
    /// Units in the locale that the reference does not have.
    pub obsolete: usize,
}

impl LocaleStatus {
    /// Current translations as a percentage of the reference's units.
    pub fn coverage(&self) -> f64 {
        if self.total == 0 {
            100.0
        } else {
            self.translated as f64 * 100.0 / self.total as f64
        }
    }
}

/// What a check found.
#[derive(Debug, Default)]
#[non_exhaustive]
pub struct Outcome {
    /// The findings, sorted by locale, file, position.
    pub findings: Vec<Finding>,
    /// The text of every file read, by displayed name, for showing source lines.
    pub sources: BTreeMap<String, String>,
    /// Counts per checked locale.
    pub statuses: Vec<LocaleStatus>,
}

/// Runs the rules. Holds what every locale is compared with.
#[derive(Debug)]
pub struct Checker<'c> {
    layout: Layout<'c>,
    reference: Vec<LoadedFile>,
    lock: Option<Lock>,
    allow: AllowList,
}

/// Which reference unit a locale unit is compared with.
struct UnitPair<'a, 's, 'r> {
    locale: &'a str,
    key: &'a str,
    file: &'a FileRef,
    parsed: &'a Parsed<'s>,
    reference: &'a Pattern<&'r str>,
    translation: &'a Pattern<&'s str>,
    anchor: &'s str,
    plural_categories: Option<&'a plurals::Categories>,
}

impl<'c> Checker<'c> {
    /// Reads the reference files, the lock and the allow-list.
    pub fn new(layout: Layout<'c>) -> Result<Checker<'c>> {
        let config = layout.config();
        let mut reference = Vec::new();
        for file in layout.reference_files()? {
            reference.push(LoadedFile::read(&file)?);
        }
        let lock = match &config.settings.lock {
            Some(path) => Some(Lock::load(&config.resolve(path))?),
            None => None,
        };
        let allow = match &config.settings.identical_allow_list {
            Some(path) => AllowList::load(&config.resolve(path))?,
            None => AllowList::default(),
        };
        Ok(Checker {
            layout,
            reference,
            lock,
            allow,
        })
    }

    /// The layout.
    pub fn layout(&self) -> &Layout<'c> {
        &self.layout
    }

    /// The reference files as read.
    pub fn reference(&self) -> &[LoadedFile] {
        &self.reference
    }

    /// The lock, if the configuration names one.
    pub fn lock(&self) -> Option<&Lock> {
        self.lock.as_ref()
    }

    fn config(&self) -> &'c Config {
        self.layout.config()
    }

    /// Whether `locale` is one of the pseudo-locales (`en-XA`, `ar-XB`), which imitate
    /// no language: the language's own rules (script, letters, glossary) skip them.
    fn is_pseudo(locale: &str) -> bool {
        crate::pseudo::Strategy::ALL
            .iter()
            .any(|strategy| strategy.tag() == locale)
    }

    /// Checks the reference and `locales` (read from disk).
    pub fn run(&self, locales: &[String]) -> Result<Outcome> {
        let mut outcome = Outcome::default();
        self.check_reference(&mut outcome);
        for locale in locales {
            let mut files = Vec::new();
            for file in self.layout.locale_files(locale)? {
                files.push(LoadedFile::read(&file)?);
            }
            self.check_locale(locale, &files, &mut outcome);
        }
        sort(&mut outcome.findings);
        Ok(outcome)
    }

    fn push(&self, out: &mut Outcome, finding: Draft) {
        let Some(severity) = self.config().severity(finding.rule) else {
            return;
        };
        out.findings.push(Finding {
            rule: finding.rule,
            severity,
            locale: finding.locale.to_owned(),
            file: finding.file.to_owned(),
            line: finding.position.map(|p| p.0),
            column: finding.position.map(|p| p.1),
            id: finding.id,
            message: finding.message,
            note: finding.note,
        });
    }

    /// Checks the reference files on their own: syntax, hygiene, duplicates, naming and
    /// bidi controls.
    pub fn check_reference(&self, out: &mut Outcome) {
        let locale = self.config().reference_locale();
        let mut seen = HashMap::new();
        let mut parsed_files = Vec::new();
        for loaded in &self.reference {
            out.sources
                .insert(loaded.file.display.clone(), loaded.text.clone());
            let parsed = Parsed::new(&loaded.text);
            self.hygiene(locale, &loaded.file, &parsed, out);
            self.duplicates(locale, &loaded.file, &parsed, &mut seen, out);
            self.naming(locale, &loaded.file, &parsed, true, out);
            self.scheme_ids(locale, &loaded.file, &parsed, out);
            for message in parsed.messages() {
                for unit in ftl::units(message) {
                    self.bidi(locale, &loaded.file, &parsed, &unit.key, unit.pattern, out);
                }
            }
            parsed_files.push((&loaded.file, parsed));
        }
        self.scheme_reference(&parsed_files, out);
    }

    /// Checks one locale's `files` (its `.ftl` files as read, or as `import` would write
    /// them) against the reference, and adds its counts to `out.statuses`.
    pub fn check_locale(&self, locale: &str, files: &[LoadedFile], out: &mut Outcome) {
        let mut status = LocaleStatus {
            locale: locale.to_owned(),
            ..LocaleStatus::default()
        };
        let mut seen = HashMap::new();
        let mut all_text = String::new();
        let by_key: HashMap<&str, &LoadedFile> =
            files.iter().map(|f| (f.file.key.as_str(), f)).collect();
        for loaded in files {
            out.sources
                .insert(loaded.file.display.clone(), loaded.text.clone());
        }
        let reference_keys: BTreeSet<&str> =
            self.reference.iter().map(|f| f.file.key.as_str()).collect();
        for reference in &self.reference {
            let ref_parsed = Parsed::new(&reference.text);
            let ref_units: usize = ref_parsed.messages().map(|m| ftl::units(m).len()).sum();
            status.total += ref_units;
            let Some(loaded) = by_key.get(reference.file.key.as_str()) else {
                status.missing += ref_units;
                self.missing_file(locale, reference, &ref_parsed, out);
                continue;
            };
            let parsed = Parsed::new(&loaded.text);
            self.hygiene(locale, &loaded.file, &parsed, out);
            self.duplicates(locale, &loaded.file, &parsed, &mut seen, out);
            self.naming(locale, &loaded.file, &parsed, false, out);
            self.scheme_ids(locale, &loaded.file, &parsed, out);
            self.order_and_comments(locale, &loaded.file, &ref_parsed, &parsed, out);
            for message in parsed.messages() {
                for unit in ftl::units(message) {
                    let mut texts = Vec::new();
                    ftl::text_elements(unit.pattern, &mut texts);
                    for text in texts {
                        all_text.push_str(text);
                        all_text.push('\n');
                    }
                }
            }
            self.compare(
                locale,
                reference,
                &ref_parsed,
                &loaded.file,
                &parsed,
                &mut status,
                out,
            );
        }
        for loaded in files {
            if reference_keys.contains(loaded.file.key.as_str()) {
                continue;
            }
            let parsed = Parsed::new(&loaded.text);
            self.hygiene(locale, &loaded.file, &parsed, out);
            let units: usize = parsed.messages().map(|m| ftl::units(m).len()).sum();
            status.obsolete += units;
            self.obsolete_file(locale, loaded, out);
        }
        if let Some(first) = files.first() {
            self.own_letters(locale, &first.file.display, &all_text, out);
        }
        self.glossary(locale, out);
        out.statuses.push(status);
    }

    /// The rules for one translated unit. Returns whether it is stale.
    fn unit_rules(&self, pair: &UnitPair, out: &mut Outcome) -> bool {
        self.parity(pair, out);
        self.plural(pair, out);
        self.markup(pair, out);
        self.bidi(
            pair.locale,
            pair.file,
            pair.parsed,
            pair.key,
            pair.translation,
            out,
        );
        self.identical(pair, out);
        self.script(pair, out);
        self.letters(pair, out);
        self.stale(pair, out)
    }
}

/// A finding before the configured severity is applied.
struct Draft<'a> {
    rule: Rule,
    locale: &'a str,
    file: &'a str,
    position: Option<(u32, u32)>,
    id: Option<String>,
    message: String,
    note: Option<String>,
}

impl<'a> Draft<'a> {
    fn new(rule: Rule, locale: &'a str, file: &'a str, message: String) -> Self {
        Draft {
            rule,
            locale,
            file,
            position: None,
            id: None,
            message,
            note: None,
        }
    }

    fn at(mut self, position: (u32, u32)) -> Self {
        self.position = Some(position);
        self
    }

    fn id(mut self, id: &str) -> Self {
        self.id = Some(id.to_owned());
        self
    }
}

/// Sorts findings by locale, file, position, rule.
pub fn sort(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        (&a.locale, &a.file, a.line, a.column, a.rule, &a.id)
            .cmp(&(&b.locale, &b.file, b.line, b.column, b.rule, &b.id))
    });
}

/// Runs `check` for `locales` (all configured ones if empty) with the locale folders
/// optionally elsewhere.
pub fn run(config: &Config, locales: &[String], l10n_base: Option<PathBuf>) -> Result<Outcome> {
    let layout = Layout::new(config, l10n_base);
    let locales = layout.locales(locales)?;
    for locale in &locales {
        if !config.locales.contains(locale) && layout.locale_files(locale)?.is_empty() {
            return Err(crate::error::Error::Usage(format!(
                "{locale} is not a locale of {} and has no .ftl files; \
                 `cargo l10n new-locale {locale}` starts one",
                config.path.display()
            )));
        }
    }
    let checker = Checker::new(layout)?;
    checker.run(&locales)
}
