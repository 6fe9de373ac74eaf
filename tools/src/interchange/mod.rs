//! `export` and `import`: a locale as XLIFF 2.0 or gettext PO for translation tools, and
//! back. One unit per message value or attribute, keyed `id` / `id.attr`, with the
//! reference's comments as notes. Text is Fluent syntax as the serializer writes it
//! (`Error { $code }`); XLIFF marks simple placeables as protected inline codes.
//!
//! A unit is "reviewed" unless it is stale or not yet in the lock: PO marks the others
//! `fuzzy`, XLIFF gives them `state="initial"`. Import writes only changed texts, runs
//! `check` on the result and writes nothing if it finds an error; it marks a unit current
//! in the lock when the file says it is reviewed and its source is today's reference text.

pub mod po;
pub mod xliff;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Attribute, Comment, Entry, Identifier, Message, Pattern};

use crate::check::{Checker, Outcome};
use crate::config::Config;
use crate::error::{Error, Result};
use crate::files;
use crate::finding::{Finding, Rule, Severity};
use crate::ftl::{self, Parsed};
use crate::layout::{FileRef, Layout, LoadedFile};
use crate::lock::fingerprint;
use crate::scaffold;

/// The interchange formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// XLIFF 2.0 (`.xlf`).
    Xliff,
    /// gettext PO (`.po`).
    Po,
}

impl Format {
    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Xliff => "xlf",
            Format::Po => "po",
        }
    }

    /// The format of `path` by its extension, else by its first bytes.
    pub fn detect(path: &Path, text: &str) -> Format {
        match path.extension().and_then(|e| e.to_str()) {
            Some("xlf" | "xliff" | "xml") => Format::Xliff,
            Some("po" | "pot") => Format::Po,
            _ if text.trim_start().starts_with('<') => Format::Xliff,
            _ => Format::Po,
        }
    }
}

/// One unit of an export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportUnit {
    /// The reference file's key, such as `http-status.ftl`.
    pub file: String,
    /// `id` or `id.attribute`.
    pub key: String,
    /// The reference comment of the message, one string per line.
    pub notes: Vec<String>,
    /// The reference text.
    pub source: String,
    /// The translation, if any.
    pub target: Option<String>,
    /// Translated, current and in the lock.
    pub reviewed: bool,
}

/// A locale ready to be written as XLIFF or PO.
#[derive(Debug, Clone)]
pub struct ExportDoc {
    /// The project name (PO header).
    pub project: String,
    /// The reference locale.
    pub source_locale: String,
    /// The locale.
    pub target_locale: String,
    /// The units, in reference order.
    pub units: Vec<ExportUnit>,
}

/// One unit read from an interchange file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportUnit {
    /// `id` or `id.attribute`.
    pub key: String,
    /// The source text the file carries.
    pub source: String,
    /// The translation; empty or absent means untranslated.
    pub target: Option<String>,
    /// Whether the file says the translation is final (not fuzzy, not `initial`).
    pub reviewed: bool,
    /// 1-based line in the interchange file, for messages.
    pub line: Option<u32>,
}

/// The content of an interchange file.
#[derive(Debug, Clone)]
pub struct ImportDoc {
    /// The target locale the file names, if any.
    pub locale: Option<String>,
    /// The units.
    pub units: Vec<ImportUnit>,
}

fn message_comment(comment: &Option<Comment<&str>>) -> Vec<String> {
    comment
        .as_ref()
        .map(|c| c.content.iter().map(|l| l.to_string()).collect())
        .unwrap_or_default()
}

/// Builds the export of `locale`.
pub fn export(config: &Config, locale: &str) -> Result<ExportDoc> {
    if locale == config.reference_locale() {
        return Err(Error::Usage(format!(
            "{locale} is the reference locale; export a locale that translates it"
        )));
    }
    let layout = Layout::new(config, None);
    if !config.locales.iter().any(|l| l == locale) && layout.locale_files(locale)?.is_empty() {
        return Err(Error::Usage(format!(
            "{locale} is not a locale of {}; run `cargo l10n new-locale {locale}` first",
            config.path.display()
        )));
    }
    let checker = Checker::new(layout)?;
    let files = read_locale(&checker, locale)?;
    let lock = checker.lock();
    let mut units = Vec::new();
    for reference in checker.reference() {
        let ref_parsed = Parsed::new(&reference.text);
        let translated = files.iter().find(|f| f.file.key == reference.file.key);
        let parsed = translated.map(|f| Parsed::new(&f.text));
        for message in ref_parsed.messages() {
            let notes = message_comment(&message.comment);
            let theirs = parsed.as_ref().and_then(|p| p.message(message.id.name));
            for unit in ftl::units(message) {
                let target = theirs.and_then(|m| {
                    ftl::units(m)
                        .into_iter()
                        .find(|u| u.key == unit.key)
                        .map(|u| ftl::pattern_source(u.pattern, "x"))
                });
                let current = fingerprint(&ftl::normalized(unit.pattern));
                let reviewed = target.is_some()
                    && match lock {
                        Some(lock) if lock.tracks(locale) => {
                            lock.get(locale, &unit.key) == Some(current.as_str())
                        }
                        _ => true,
                    };
                units.push(ExportUnit {
                    file: reference.file.key.clone(),
                    key: unit.key.clone(),
                    notes: notes.clone(),
                    source: ftl::pattern_source(unit.pattern, "x"),
                    target,
                    reviewed,
                });
            }
        }
    }
    Ok(ExportDoc {
        project: project_name(config),
        source_locale: config.reference_locale().to_owned(),
        target_locale: locale.to_owned(),
        units,
    })
}

fn project_name(config: &Config) -> String {
    if let Some(name) = &config.settings.project {
        return name.clone();
    }
    std::fs::canonicalize(&config.base)
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "l10n".to_owned())
}

fn read_locale(checker: &Checker, locale: &str) -> Result<Vec<LoadedFile>> {
    let mut files = Vec::new();
    for file in checker.layout().locale_files(locale)? {
        files.push(LoadedFile::read(&file)?);
    }
    Ok(files)
}

/// Writes the export of `locale` in `format`.
pub fn export_text(config: &Config, locale: &str, format: Format) -> Result<String> {
    let doc = export(config, locale)?;
    Ok(match format {
        Format::Xliff => xliff::write(&doc),
        Format::Po => po::write(&doc),
    })
}

/// What an import did or would do.
#[derive(Debug, Default)]
pub struct ImportOutcome {
    /// The locale.
    pub locale: String,
    /// Files written (or that would have been, when refused).
    pub changed_files: Vec<String>,
    /// Units whose text changed.
    pub changed_units: Vec<String>,
    /// Units marked current in the lock.
    pub stamped: Vec<String>,
    /// Units whose source differs from today's reference text: imported, not marked current.
    pub outdated_source: Vec<String>,
    /// Findings of `check` on the result; any error means nothing was written.
    pub check: Outcome,
    /// Whether files were written.
    pub written: bool,
}

/// Reads an interchange file.
pub fn read_doc(path: &Path) -> Result<ImportDoc> {
    let text = files::read_text_limited(path, files::MAX_INTERCHANGE_BYTES)?;
    match Format::detect(path, &text) {
        Format::Xliff => xliff::read(path, &text),
        Format::Po => po::read(path, &text),
    }
}

/// Imports `path` into `locale` (or the locale the file names).
pub fn import(config: &Config, path: &Path, locale: Option<&str>) -> Result<ImportOutcome> {
    let doc = read_doc(path)?;
    let locale = match (locale, &doc.locale) {
        (Some(locale), _) => locale.to_owned(),
        (None, Some(locale)) => locale.clone(),
        (None, None) => {
            return Err(Error::Usage(format!(
                "{} names no target language; pass --locale",
                path.display()
            )))
        }
    };
    if locale == config.reference_locale() {
        return Err(Error::Usage(format!(
            "{locale} is the reference locale; import translations into a target locale"
        )));
    }
    let layout = Layout::new(config, None);
    if !config.locales.contains(&locale) && layout.locale_files(&locale)?.is_empty() {
        return Err(Error::Usage(format!(
            "{locale} is not a locale of {}; run `cargo l10n new-locale {locale}` first",
            config.path.display()
        )));
    }
    let checker = Checker::new(layout)?;
    let files = read_locale(&checker, &locale)?;
    let shown = path.display().to_string();
    let mut outcome = ImportOutcome {
        locale: locale.clone(),
        ..ImportOutcome::default()
    };

    // Where each reference unit lives.
    struct RefUnit {
        file: usize,
        source: String,
        fingerprint: String,
    }
    let mut reference_units: BTreeMap<String, RefUnit> = BTreeMap::new();
    for (index, reference) in checker.reference().iter().enumerate() {
        let parsed = Parsed::new(&reference.text);
        for message in parsed.messages() {
            for unit in ftl::units(message) {
                reference_units.insert(
                    unit.key.clone(),
                    RefUnit {
                        file: index,
                        source: ftl::normalized(unit.pattern),
                        fingerprint: fingerprint(&ftl::normalized(unit.pattern)),
                    },
                );
            }
        }
    }

    let mut problems: Vec<Finding> = Vec::new();
    let problem = |rule: Rule, unit: &ImportUnit, message: String| Finding {
        rule,
        severity: Severity::Error,
        locale: locale.clone(),
        file: shown.clone(),
        line: unit.line,
        column: unit.line.map(|_| 1),
        id: Some(unit.key.clone()),
        message,
        note: None,
    };
    // Per reference file: key -> new target text.
    let mut changes: BTreeMap<usize, BTreeMap<String, String>> = BTreeMap::new();
    let mut seen = BTreeSet::new();
    let mut reviewed_units = Vec::new();
    for unit in &doc.units {
        if !seen.insert(unit.key.clone()) {
            problems.push(problem(
                Rule::DuplicateId,
                unit,
                format!("`{}` appears twice in the file; keep one unit", unit.key),
            ));
            continue;
        }
        let Some(reference) = reference_units.get(&unit.key) else {
            problems.push(problem(
                Rule::ObsoleteMessage,
                unit,
                format!(
                    "`{}` does not exist in {}; export again to get the current units",
                    unit.key,
                    config.reference_locale()
                ),
            ));
            continue;
        };
        let Some(target) = unit.target.as_deref().filter(|t| !t.trim().is_empty()) else {
            continue;
        };
        let target = target.replace("\r\n", "\n");
        // The text must be valid Fluent on its own.
        let id = unit.key.split('.').next().unwrap_or(&unit.key);
        let source = ftl::message_source(id, &target);
        let valid = crate::ftl::check_nesting(path, &source).is_ok()
            && fluent_syntax::parser::parse(source.as_str()).is_ok_and(|r| {
                r.body.len() == 1 && matches!(&r.body[0], Entry::Message(m) if m.value.is_some())
            });
        if !valid {
            problems.push(problem(
                Rule::Syntax,
                unit,
                format!(
                    "the translation of `{}` is not valid Fluent: {target:?}; write `{{` and `}}` \
                     only around placeables such as {{ $code }}",
                    unit.key
                ),
            ));
            continue;
        }
        let unchanged_source = normalize_text(&unit.source) == reference.source;
        if !unchanged_source {
            outcome.outdated_source.push(unit.key.clone());
        }
        if unit.reviewed && unchanged_source {
            reviewed_units.push((unit.key.clone(), reference.fingerprint.clone()));
        }
        changes
            .entry(reference.file)
            .or_default()
            .insert(unit.key.clone(), target);
    }

    // Apply the changes file by file; only files with a changed text are rewritten.
    let mut new_files: Vec<LoadedFile> = files.clone();
    let mut to_write: Vec<(FileRef, String)> = Vec::new();
    for (index, targets) in &changes {
        let reference = &checker.reference()[*index];
        let existing = files.iter().find(|f| f.file.key == reference.file.key);
        let file = existing
            .map(|f| f.file.clone())
            .unwrap_or_else(|| checker.layout().locale_file(&locale, &reference.file));
        let original = match existing {
            Some(f) => f.text.clone(),
            None => scaffold::comment_out(&reference.text),
        };
        let (text, changed) = apply(&reference.text, &original, targets);
        if changed.is_empty() {
            continue;
        }
        outcome.changed_units.extend(changed);
        outcome.changed_files.push(file.display.clone());
        match new_files.iter_mut().find(|f| f.file.key == file.key) {
            Some(slot) => slot.text = text.clone(),
            None => new_files.push(LoadedFile {
                file: file.clone(),
                text: text.clone(),
            }),
        }
        to_write.push((file, text));
    }

    // Check the result as it would be written.
    let mut check = Outcome::default();
    checker.check_locale(&locale, &new_files, &mut check);
    let changed_files: BTreeSet<&str> = outcome.changed_files.iter().map(String::as_str).collect();
    let stamping: BTreeSet<&str> = reviewed_units.iter().map(|(k, _)| k.as_str()).collect();
    check.findings.retain(|f| {
        let will_be_current = matches!(f.rule, Rule::Stale | Rule::Unstamped)
            && f.id.as_deref().is_some_and(|id| stamping.contains(id));
        changed_files.contains(f.file.as_str()) && !will_be_current
    });
    check.findings.extend(problems);
    crate::check::sort(&mut check.findings);
    let refused = check.findings.iter().any(|f| f.severity == Severity::Error);
    outcome.check = check;
    if refused {
        return Ok(outcome);
    }

    // Stamp reviewed units whose lock entry is not current yet.
    let mut lock_changed = false;
    let lock_path = config.settings.lock.as_ref().map(|p| config.resolve(p));
    let mut lock = checker.lock().cloned().unwrap_or_default();
    // A locale without a table in the lock is not tracked; import does not start to.
    if lock.tracks(&locale) {
        let table = lock.locales.entry(locale.clone()).or_default();
        for (key, print) in &reviewed_units {
            if table.get(key) != Some(print) {
                table.insert(key.clone(), print.clone());
                outcome.stamped.push(key.clone());
                lock_changed = true;
            }
        }
    }
    for (file, text) in &to_write {
        files::write_atomic(&file.path, text)?;
    }
    if let (true, Some(path)) = (lock_changed, &lock_path) {
        lock.save(path)?;
    }
    outcome.written = true;
    Ok(outcome)
}

fn normalize_text(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Applies `targets` (key -> Fluent text) to the locale file `original`, whose reference
/// is `reference`. Returns the new text and the keys whose text changed; the text is the
/// original, untouched, when nothing changed.
pub fn apply(
    reference: &str,
    original: &str,
    targets: &BTreeMap<String, String>,
) -> (String, Vec<String>) {
    let ref_parsed = Parsed::new(reference);
    let parsed = Parsed::new(original);
    // Sources of the new patterns, kept alive while the resource borrows from them.
    let sources: Vec<(String, String)> = targets
        .iter()
        .map(|(key, text)| {
            let id = key.split('.').next().unwrap_or(key);
            (key.clone(), ftl::message_source(id, text))
        })
        .collect();
    let mut patterns: BTreeMap<&str, Pattern<&str>> = BTreeMap::new();
    for (key, source) in &sources {
        if let Ok(resource) = fluent_syntax::parser::parse(source.as_str()) {
            if let Some(Entry::Message(Message {
                value: Some(value), ..
            })) = resource.body.into_iter().next()
            {
                patterns.insert(key.as_str(), value);
            }
        }
    }
    let mut resource = parsed.resource.clone();
    let mut changed = Vec::new();
    let ref_order: Vec<&str> = ref_parsed.messages().map(|m| m.id.name).collect();
    for (key, pattern) in &patterns {
        let (id, attribute) = match key.split_once('.') {
            Some((id, attribute)) => (id, Some(attribute)),
            None => (*key, None),
        };
        let Some(ref_message) = ref_parsed.message(id) else {
            continue;
        };
        let position = resource
            .body
            .iter()
            .position(|e| matches!(e, Entry::Message(m) if m.id.name == id));
        let index = match position {
            Some(index) => index,
            None => insert_message(&mut resource.body, ref_message, &ref_order),
        };
        let Entry::Message(message) = &mut resource.body[index] else {
            continue;
        };
        let current = match attribute {
            None => message.value.as_ref(),
            Some(name) => message
                .attributes
                .iter()
                .find(|a| a.id.name == name)
                .map(|a| &a.value),
        };
        if current.is_some_and(|c| ftl::pattern_source(c, "x") == ftl::pattern_source(pattern, "x"))
        {
            continue;
        }
        match attribute {
            None => message.value = Some(pattern.clone()),
            Some(name) => {
                if let Some(existing) = message.attributes.iter_mut().find(|a| a.id.name == name) {
                    existing.value = pattern.clone();
                } else {
                    let ref_attributes: Vec<&str> =
                        ref_message.attributes.iter().map(|a| a.id.name).collect();
                    let rank = |n: &str| ref_attributes.iter().position(|r| *r == n);
                    let mine = rank(name);
                    let at = message
                        .attributes
                        .iter()
                        .position(|a| rank(a.id.name) > mine)
                        .unwrap_or(message.attributes.len());
                    let ref_name = ref_message
                        .attributes
                        .iter()
                        .find(|a| a.id.name == name)
                        .map_or(name, |a| a.id.name);
                    message.attributes.insert(
                        at,
                        Attribute {
                            id: Identifier { name: ref_name },
                            value: pattern.clone(),
                        },
                    );
                }
            }
        }
        changed.push((*key).to_owned());
    }
    // A message created for an attribute alone would have no value; drop such shells
    // (they cannot be written as Fluent).
    resource.body.retain(|e| match e {
        Entry::Message(m) => m.value.is_some() || !m.attributes.is_empty(),
        _ => true,
    });
    if changed.is_empty() {
        return (original.to_owned(), changed);
    }
    (fluent_syntax::serializer::serialize(&resource), changed)
}

/// Inserts an empty message for `reference` where it belongs: in place of its
/// commented-out scaffold (keeping the comment above it), else after the nearest message
/// that precedes it in the reference. Returns its index.
fn insert_message<'s>(
    body: &mut Vec<Entry<&'s str>>,
    reference: &Message<&'s str>,
    ref_order: &[&str],
) -> usize {
    let id = reference.id.name;
    let marker = format!("{id} =");
    let scaffold = body.iter().position(|e| match e {
        Entry::Comment(c) => c.content.iter().any(|l| l.starts_with(&marker)),
        _ => false,
    });
    let shell = |comment: Option<Comment<&'s str>>| {
        Entry::Message(Message {
            id: Identifier { name: id },
            value: None,
            attributes: Vec::new(),
            comment,
        })
    };
    if let Some(index) = scaffold {
        let Entry::Comment(comment) = &body[index] else {
            return index;
        };
        let keep: Vec<&'s str> = comment
            .content
            .iter()
            .take_while(|l| !l.starts_with(&marker))
            .copied()
            .collect();
        let comment = (!keep.is_empty()).then_some(Comment { content: keep });
        body[index] = shell(comment);
        return index;
    }
    let rank = ref_order
        .iter()
        .position(|r| *r == id)
        .unwrap_or(usize::MAX);
    let mut at = 0;
    for (index, entry) in body.iter().enumerate() {
        if let Entry::Message(m) = entry {
            let theirs = ref_order.iter().position(|r| *r == m.id.name);
            if theirs.is_some_and(|t| t < rank) {
                at = index + 1;
            }
        }
    }
    if at == 0 {
        // Before the first message: after leading comments.
        at = body
            .iter()
            .position(|e| matches!(e, Entry::Message(_) | Entry::Term(_)))
            .unwrap_or(body.len());
    }
    body.insert(at, shell(reference.comment.clone()));
    at
}

/// Today's date and time (UTC) in PO header format, or `SOURCE_DATE_EPOCH`'s.
pub fn po_timestamp() -> String {
    let seconds = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<u64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs())
                .unwrap_or(0)
        });
    let days = (seconds / 86_400) as i64;
    let (hour, minute) = ((seconds % 86_400) / 3600, (seconds % 3600) / 60);
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02} {hour:02}:{minute:02}+0000")
}

/// The default output file of an export: `<locale>.<ext>`.
pub fn default_output(locale: &str, format: Format) -> PathBuf {
    PathBuf::from(format!("{locale}.{}", format.extension()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn po_timestamps_follow_source_date_epoch_format() {
        // 2024-02-29 13:45 UTC.
        let s = 1_709_214_300u64;
        let days = s / 86_400;
        assert_eq!(days, 19_782);
        std::env::set_var("SOURCE_DATE_EPOCH", s.to_string());
        assert_eq!(po_timestamp(), "2024-02-29 13:45+0000");
        std::env::remove_var("SOURCE_DATE_EPOCH");
    }

    #[test]
    fn apply_fills_a_scaffolded_message_in_place_and_keeps_its_comment() {
        let reference = "# Greeting.\nhello = Hello\n    .title = Hi\n\n# Bye.\nbye = Bye\n";
        let scaffold = scaffold::comment_out(reference);
        let targets = BTreeMap::from([
            ("bye".to_owned(), "Tschüss".to_owned()),
            ("hello.title".to_owned(), "Hallo du".to_owned()),
        ]);
        let (text, changed) = apply(reference, &scaffold, &targets);
        assert_eq!(changed, ["bye", "hello.title"]);
        // hello has only an attribute now, which Fluent allows.
        assert_eq!(
            text,
            "# Greeting.\nhello =\n    .title = Hallo du\n# Bye.\nbye = Tschüss\n"
        );
    }

    #[test]
    fn apply_changes_nothing_when_the_texts_are_the_same() {
        let reference = "hello = Hello\n";
        let original = "hello   =    Hallo\n";
        let targets = BTreeMap::from([("hello".to_owned(), "Hallo".to_owned())]);
        let (text, changed) = apply(reference, original, &targets);
        assert!(changed.is_empty());
        assert_eq!(text, original);
    }
}
