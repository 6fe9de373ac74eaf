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

use fluent_syntax::ast::{Attribute, Comment, Entry, Identifier, Message, Pattern, PatternElement};

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
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
///
/// In steps: [`read_doc`] reads the interchange file, `target_locale` settles the
/// locale, `map_units` maps the units onto the reference's messages, `apply_changes`
/// applies the changed texts to the locale's Fluent files (through [`apply`]), `validate`
/// runs `check` on the result, and only when it finds no error does `write` write the
/// files atomically and mark reviewed units current in the lock.
pub fn import(config: &Config, path: &Path, locale: Option<&str>) -> Result<ImportOutcome> {
    let doc = read_doc(path)?;
    let layout = Layout::new(config, None);
    let locale = target_locale(config, &layout, path, &doc, locale)?;
    let checker = Checker::new(layout)?;
    let files = read_locale(&checker, &locale)?;
    let mapped = map_units(config, &checker, path, &locale, &doc);
    let applied = apply_changes(&checker, &locale, &files, &mapped.changes);
    let check = validate(
        &checker,
        &locale,
        &applied,
        &mapped.reviewed,
        mapped.problems,
    );
    let refused = check.findings.iter().any(|f| f.severity == Severity::Error);
    let mut outcome = ImportOutcome {
        locale,
        changed_files: applied.changed_files,
        changed_units: applied.changed_units,
        outdated_source: mapped.outdated_source,
        check,
        ..ImportOutcome::default()
    };
    if refused {
        return Ok(outcome);
    }
    outcome.stamped = write(
        config,
        &checker,
        &outcome.locale,
        &applied.to_write,
        &mapped.reviewed,
    )?;
    outcome.written = true;
    Ok(outcome)
}

/// The locale an import goes into: `locale` when given, else the one the file names. It
/// may not be the reference locale, and must be configured or have files already.
fn target_locale(
    config: &Config,
    layout: &Layout,
    path: &Path,
    doc: &ImportDoc,
    locale: Option<&str>,
) -> Result<String> {
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
    if !config.locales.contains(&locale) && layout.locale_files(&locale)?.is_empty() {
        return Err(Error::Usage(format!(
            "{locale} is not a locale of {}; run `cargo l10n new-locale {locale}` first",
            config.path.display()
        )));
    }
    Ok(locale)
}

/// Where a reference unit lives, and its text today.
struct RefUnit {
    /// Index of its file in [`Checker::reference`].
    file: usize,
    /// Its text, whitespace collapsed ([`ftl::normalized`]).
    source: String,
    /// The fingerprint the lock records for it.
    fingerprint: String,
}

/// Every unit of the reference, by key (`id` or `id.attribute`).
fn reference_units(checker: &Checker) -> BTreeMap<String, RefUnit> {
    let mut reference_units = BTreeMap::new();
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
    reference_units
}

/// The units of an interchange file, mapped onto the reference's messages.
#[derive(Default)]
struct Mapped {
    /// Per reference file (by index): key -> the new Fluent text.
    changes: BTreeMap<usize, BTreeMap<String, String>>,
    /// Reviewed units whose source is today's reference text, with its fingerprint: the
    /// units to mark current.
    reviewed: Vec<(String, String)>,
    /// Units that cannot be imported: twice in the file, unknown to the reference, or not
    /// valid Fluent.
    problems: Vec<Finding>,
    /// Units whose source differs from today's reference text.
    outdated_source: Vec<String>,
}

/// Maps the units of `doc` onto the reference's messages: each translated unit becomes
/// a change of its reference file, as Fluent text (leading and trailing spaces kept by
/// [`keep_edge_spaces`]); duplicate, unknown and invalid units become problems, and
/// untranslated ones are skipped.
fn map_units(
    config: &Config,
    checker: &Checker,
    path: &Path,
    locale: &str,
    doc: &ImportDoc,
) -> Mapped {
    let reference_units = reference_units(checker);
    let shown = path.display().to_string();
    let problem = |rule: Rule, unit: &ImportUnit, message: String| Finding {
        rule,
        severity: Severity::Error,
        locale: locale.to_owned(),
        file: shown.clone(),
        line: unit.line,
        column: unit.line.map(|_| 1),
        id: Some(unit.key.clone()),
        message,
        note: None,
    };
    let mut mapped = Mapped::default();
    let mut seen = BTreeSet::new();
    for unit in &doc.units {
        if !seen.insert(unit.key.clone()) {
            mapped.problems.push(problem(
                Rule::DuplicateId,
                unit,
                format!("`{}` appears twice in the file; keep one unit", unit.key),
            ));
            continue;
        }
        let Some(reference) = reference_units.get(&unit.key) else {
            mapped.problems.push(problem(
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
        let text = target.replace("\r\n", "\n");
        let id = unit.key.split('.').next().unwrap_or(&unit.key);
        let target = keep_edge_spaces(id, &text);
        // The text must be valid Fluent on its own.
        let source = ftl::message_source(id, &target);
        let valid = crate::ftl::check_nesting(path, &source).is_ok()
            && fluent_syntax::parser::parse(source.as_str()).is_ok_and(|r| {
                r.body.len() == 1 && matches!(&r.body[0], Entry::Message(m) if m.value.is_some())
            });
        if !valid {
            mapped.problems.push(problem(
                Rule::Syntax,
                unit,
                format!(
                    "the translation of `{}` is not valid Fluent: {text:?}; write `{{` and `}}` \
                     only around placeables such as {{ $code }}",
                    unit.key
                ),
            ));
            continue;
        }
        let unchanged_source = normalize_text(&unit.source) == reference.source;
        if !unchanged_source {
            mapped.outdated_source.push(unit.key.clone());
        }
        if unit.reviewed && unchanged_source {
            mapped
                .reviewed
                .push((unit.key.clone(), reference.fingerprint.clone()));
        }
        mapped
            .changes
            .entry(reference.file)
            .or_default()
            .insert(unit.key.clone(), target);
    }
    mapped
}

/// Keeps the spaces at the start and at the end of a translated text. The Fluent parser
/// drops them as syntax, so they are written the Fluent way, as string-literal
/// placeables: `  Hallo ` becomes `{ "  " }Hallo{ " " }`. Spaces the parser keeps anyway
/// (the first line's indentation beyond the others' in a text of several lines) stay as
/// they are, and so does a text that is not valid Fluent (validation reports it).
fn keep_edge_spaces(id: &str, text: &str) -> String {
    let lead = &text[..text.len() - text.trim_start_matches(' ').len()];
    let trail = &text[text.trim_end_matches(' ').len()..];
    if (lead.is_empty() && trail.is_empty()) || lead.len() == text.len() {
        return text.to_owned();
    }
    let source = ftl::message_source(id, text);
    let Ok(resource) = fluent_syntax::parser::parse(source.as_str()) else {
        return text.to_owned();
    };
    let Some(Entry::Message(Message {
        value: Some(pattern),
        ..
    })) = resource.body.first()
    else {
        return text.to_owned();
    };
    let spaces = |value: &str, trimmed: &str| value.len() - trimmed.len();
    let kept_lead = match pattern.elements.first() {
        Some(PatternElement::TextElement { value }) => spaces(value, value.trim_start_matches(' ')),
        _ => 0,
    };
    let kept_trail = match pattern.elements.last() {
        Some(PatternElement::TextElement { value }) => spaces(value, value.trim_end_matches(' ')),
        _ => 0,
    };
    let mut rest = text;
    let mut out = String::with_capacity(text.len() + 16);
    if kept_lead < lead.len() {
        out.push_str(&format!("{{ \"{lead}\" }}"));
        rest = &rest[lead.len()..];
    }
    let wrap_trail = kept_trail < trail.len();
    if wrap_trail {
        rest = &rest[..rest.len() - trail.len()];
    }
    out.push_str(rest);
    if wrap_trail {
        out.push_str(&format!("{{ \"{trail}\" }}"));
    }
    out
}

/// The locale's files with an import's changes applied, and what changed.
struct Applied {
    /// Every file of the locale as it would be after the import.
    files: Vec<LoadedFile>,
    /// The files to write, with their new text.
    to_write: Vec<(FileRef, String)>,
    /// The displayed names of the files to write.
    changed_files: Vec<String>,
    /// The units whose text changed.
    changed_units: Vec<String>,
}

/// Applies `changes` (per reference file: key -> Fluent text) to the locale's Fluent
/// files, through their AST ([`apply`]). Only files with a changed text are rewritten; a
/// file the locale lacks starts as the reference with every message commented out.
fn apply_changes(
    checker: &Checker,
    locale: &str,
    files: &[LoadedFile],
    changes: &BTreeMap<usize, BTreeMap<String, String>>,
) -> Applied {
    let mut applied = Applied {
        files: files.to_vec(),
        to_write: Vec::new(),
        changed_files: Vec::new(),
        changed_units: Vec::new(),
    };
    for (index, targets) in changes {
        let reference = &checker.reference()[*index];
        let existing = files.iter().find(|f| f.file.key == reference.file.key);
        let file = existing
            .map(|f| f.file.clone())
            .unwrap_or_else(|| checker.layout().locale_file(locale, &reference.file));
        let original = match existing {
            Some(f) => f.text.clone(),
            None => scaffold::comment_out(&reference.text),
        };
        let (text, changed) = apply(&reference.text, &original, targets);
        if changed.is_empty() {
            continue;
        }
        applied.changed_units.extend(changed);
        applied.changed_files.push(file.display.clone());
        match applied.files.iter_mut().find(|f| f.file.key == file.key) {
            Some(slot) => slot.text = text.clone(),
            None => applied.files.push(LoadedFile {
                file: file.clone(),
                text: text.clone(),
            }),
        }
        applied.to_write.push((file, text));
    }
    applied
}

/// Runs `check` on the locale as the import would write it. Keeps the findings in the
/// changed files, except the stale and unstamped ones that marking `reviewed` units
/// current resolves, and adds the interchange file's own `problems`. Any error among
/// them refuses the import.
fn validate(
    checker: &Checker,
    locale: &str,
    applied: &Applied,
    reviewed: &[(String, String)],
    problems: Vec<Finding>,
) -> Outcome {
    let mut check = Outcome::default();
    checker.check_locale(locale, &applied.files, &mut check);
    let changed_files: BTreeSet<&str> = applied.changed_files.iter().map(String::as_str).collect();
    let stamping: BTreeSet<&str> = reviewed.iter().map(|(k, _)| k.as_str()).collect();
    check.findings.retain(|f| {
        let will_be_current = matches!(f.rule, Rule::Stale | Rule::Unstamped)
            && f.id.as_deref().is_some_and(|id| stamping.contains(id));
        changed_files.contains(f.file.as_str()) && !will_be_current
    });
    check.findings.extend(problems);
    crate::check::sort(&mut check.findings);
    check
}

/// Writes the changed files atomically, and marks the `reviewed` units whose lock entry is
/// not current yet as current in the lock (when the lock tracks the locale; import does
/// not start to). Returns the keys marked current.
fn write(
    config: &Config,
    checker: &Checker,
    locale: &str,
    to_write: &[(FileRef, String)],
    reviewed: &[(String, String)],
) -> Result<Vec<String>> {
    let mut stamped = Vec::new();
    let mut lock_changed = false;
    let lock_path = config.settings.lock.as_ref().map(|p| config.resolve(p));
    let mut lock = checker.lock().cloned().unwrap_or_default();
    // A locale without a table in the lock is not tracked; import does not start to.
    if lock.tracks(locale) {
        let table = lock.locales.entry(locale.to_owned()).or_default();
        for (key, print) in reviewed {
            if table.get(key) != Some(print) {
                table.insert(key.clone(), print.clone());
                stamped.push(key.clone());
                lock_changed = true;
            }
        }
    }
    for (file, text) in to_write {
        files::write_atomic(&file.path, text)?;
    }
    if let (true, Some(path)) = (lock_changed, &lock_path) {
        lock.save(path)?;
    }
    Ok(stamped)
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
    fn edge_spaces_become_string_literals_only_where_fluent_would_drop_them() {
        assert_eq!(keep_edge_spaces("x", "  Hallo"), "{ \"  \" }Hallo");
        assert_eq!(
            keep_edge_spaces("x", "Hallo { $n } "),
            "Hallo { $n }{ \" \" }"
        );
        assert_eq!(
            keep_edge_spaces("x", " { $n } "),
            "{ \" \" }{ $n }{ \" \" }"
        );
        assert_eq!(keep_edge_spaces("x", "Hallo"), "Hallo");
        assert_eq!(keep_edge_spaces("x", "a  b"), "a  b");
        // The block indentation of a text on several lines keeps these already.
        assert_eq!(keep_edge_spaces("x", "  a\nb"), "  a\nb");
        // Not valid Fluent: left for validation to report as written.
        assert_eq!(keep_edge_spaces("x", "  a {"), "  a {");
    }

    #[test]
    fn apply_writes_kept_spaces_as_string_literal_placeables() {
        let reference = "hello = Hello\n";
        let targets = BTreeMap::from([("hello".to_owned(), keep_edge_spaces("hello", "  Hallo "))]);
        let (text, changed) = apply(reference, "hello = Hallo\n", &targets);
        assert_eq!(changed, ["hello"]);
        assert_eq!(text, "hello = { \"  \" }Hallo{ \" \" }\n");
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
