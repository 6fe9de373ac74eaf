//! `check`: every rule over the reference and the locales, and the per-locale counts that
//! `status` shows.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::PathBuf;

use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, Pattern, PatternElement};
use serde::Serialize;

use crate::allowlist::AllowList;
use crate::config::Config;
use crate::error::Result;
use crate::finding::{Finding, Rule};
use crate::ftl::{self, Parsed};
use crate::layout::{FileRef, Layout, LoadedFile};
use crate::lock::{fingerprint, Lock};
use crate::plurals;

/// Invisible characters that reorder text: LRM, RLM, ALM, the embeddings and overrides
/// U+202A..U+202E and the isolates U+2066..U+2069.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Per-locale counts of the reference's units (message values and attributes).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
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
pub struct Outcome {
    /// The findings, sorted by locale, file, position.
    pub findings: Vec<Finding>,
    /// The text of every file read, by displayed name, for showing source lines.
    pub sources: BTreeMap<String, String>,
    /// Counts per checked locale.
    pub statuses: Vec<LocaleStatus>,
}

/// Runs the rules. Holds what every locale is compared with.
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
        for loaded in &self.reference {
            out.sources
                .insert(loaded.file.display.clone(), loaded.text.clone());
            let parsed = Parsed::new(&loaded.text);
            self.hygiene(locale, &loaded.file, &parsed, out);
            self.duplicates(locale, &loaded.file, &parsed, &mut seen, out);
            self.naming(locale, &loaded.file, &parsed, true, out);
            for message in parsed.messages() {
                for unit in ftl::units(message) {
                    self.bidi(locale, &loaded.file, &parsed, &unit.key, unit.pattern, out);
                }
            }
        }
    }

    /// Checks one locale's `files` (its `.ftl` files as read, or as `import` would write
    /// them) against the reference, and adds its counts to `out.statuses`.
    pub fn check_locale(&self, locale: &str, files: &[LoadedFile], out: &mut Outcome) {
        let mut status = LocaleStatus {
            locale: locale.to_owned(),
            ..LocaleStatus::default()
        };
        let mut seen = HashMap::new();
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
                let expected = self.layout.locale_file(locale, &reference.file);
                status.missing += ref_units;
                self.push(
                    out,
                    Draft::new(
                        Rule::MissingFile,
                        locale,
                        &expected.display,
                        format!(
                            "{} is missing: {} has {} messages to translate here; \
                             `l10n new-locale` or a copy of the reference with every message \
                             commented out starts one",
                            expected.display,
                            reference.file.display,
                            ref_parsed.messages().count()
                        ),
                    ),
                );
                continue;
            };
            let parsed = Parsed::new(&loaded.text);
            self.hygiene(locale, &loaded.file, &parsed, out);
            self.duplicates(locale, &loaded.file, &parsed, &mut seen, out);
            self.naming(locale, &loaded.file, &parsed, false, out);
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
            self.push(
                out,
                Draft::new(
                    Rule::ObsoleteFile,
                    locale,
                    &loaded.file.display,
                    format!(
                        "{} has no reference file ({} has no {}); remove it or move its \
                         messages to the right file",
                        loaded.file.display,
                        self.config().reference_locale(),
                        loaded.file.key
                    ),
                ),
            );
        }
        out.statuses.push(status);
    }

    /// Syntax errors, Junk and the file-level problems behind most of them.
    fn hygiene(&self, locale: &str, file: &FileRef, parsed: &Parsed, out: &mut Outcome) {
        let text = parsed.text;
        let display = file.display.as_str();
        if text.starts_with('\u{feff}') {
            self.push(
                out,
                Draft::new(
                    Rule::ByteOrderMark,
                    locale,
                    display,
                    "the file starts with a byte order mark (BOM), an invisible character \
                     that breaks the first entry; save it as UTF-8 without BOM"
                        .into(),
                )
                .at((1, 1)),
            );
        }
        let crlf: Vec<usize> = text.match_indices("\r\n").map(|(i, _)| i).collect();
        if let Some(&first) = crlf.first() {
            self.push(
                out,
                Draft::new(
                    Rule::Crlf,
                    locale,
                    display,
                    format!(
                        "Windows line ends (CRLF) on {} line(s); save the file with Unix line \
                         ends (LF)",
                        crlf.len()
                    ),
                )
                .at(parsed.line_column(first)),
            );
        }
        let mut tab_lines = Vec::new();
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            let indent_end = line
                .find(|c: char| c != ' ' && c != '\t')
                .unwrap_or(line.len());
            if let Some(tab) = line[..indent_end].find('\t') {
                tab_lines.push(offset + tab);
            }
            offset += line.len();
        }
        if let Some(&first) = tab_lines.first() {
            let more = match tab_lines.len() {
                1 => String::new(),
                n => format!(" (and {} more line(s))", n - 1),
            };
            self.push(
                out,
                Draft::new(
                    Rule::Tab,
                    locale,
                    display,
                    format!(
                        "this line is indented with a tab{more}; Fluent only accepts spaces, \
                         so indent attributes and continued lines with 4 spaces"
                    ),
                )
                .at(parsed.line_column(first)),
            );
        }
        if !text.is_empty() && !text.ends_with('\n') {
            self.push(
                out,
                Draft::new(
                    Rule::FinalNewline,
                    locale,
                    display,
                    "the file does not end with a newline; add one after the last line".into(),
                )
                .at(parsed.line_column(text.len())),
            );
        }
        for entry in &parsed.resource.body {
            let Entry::Junk { content } = entry else {
                continue;
            };
            let start = parsed.offset(content);
            let end = start + content.len();
            let error = parsed
                .errors
                .iter()
                .find(|e| e.pos.start >= start && e.pos.start <= end);
            let (at, reason) = match error {
                Some(e) => (e.pos.start, e.kind.to_string()),
                None => (start, "unreadable entry".to_owned()),
            };
            // An error at the end of the file points at the end of the entry's last line.
            let at = at.min(start + content.trim_end().len());
            let mut message = format!("Fluent syntax error: {reason}");
            let hint = if content.lines().any(|l| l.starts_with('\t')) {
                "; a line of this entry is indented with a tab, which Fluent does not accept"
            } else if start == 3 && text.starts_with('\u{feff}') {
                "; the byte order mark before it is the likely cause"
            } else if content.contains('\r') {
                "; a stray carriage return (CR) is the likely cause"
            } else {
                "; the whole entry is ignored until it is fixed"
            };
            message.push_str(hint);
            let id = junk_id(content);
            let mut draft =
                Draft::new(Rule::Syntax, locale, display, message).at(parsed.line_column(at));
            draft.id = id;
            self.push(out, draft);
        }
    }

    /// IDs defined twice in one locale (across its files), attributes twice in a message.
    fn duplicates(
        &self,
        locale: &str,
        file: &FileRef,
        parsed: &Parsed,
        seen: &mut HashMap<String, (String, u32)>,
        out: &mut Outcome,
    ) {
        for entry in &parsed.resource.body {
            let (key, id, attributes) = match entry {
                Entry::Message(m) => (m.id.name.to_owned(), m.id.name, &m.attributes),
                Entry::Term(t) => (format!("-{}", t.id.name), t.id.name, &t.attributes),
                _ => continue,
            };
            let position = parsed.position(id);
            if let Some((first_file, first_line)) = seen.get(&key) {
                let place = if *first_file == file.display {
                    format!("line {first_line}")
                } else {
                    format!("{first_file}:{first_line}")
                };
                self.push(
                    out,
                    Draft::new(
                        Rule::DuplicateId,
                        locale,
                        &file.display,
                        format!("`{key}` is already defined at {place}; keep one definition"),
                    )
                    .at(position)
                    .id(&key),
                );
            } else {
                seen.insert(key.clone(), (file.display.clone(), position.0));
            }
            let mut names: HashMap<&str, u32> = HashMap::new();
            for attribute in attributes {
                let name = attribute.id.name;
                let at = parsed.position(name);
                if let Some(first) = names.get(name) {
                    self.push(
                        out,
                        Draft::new(
                            Rule::DuplicateAttribute,
                            locale,
                            &file.display,
                            format!(
                                "`.{name}` of `{key}` is already defined on line {first}; keep one"
                            ),
                        )
                        .at(at)
                        .id(&format!("{key}.{name}")),
                    );
                } else {
                    names.insert(name, at.0);
                }
            }
        }
    }

    /// ID naming: lowercase kebab-case, and the file's prefix where `l10n.toml` sets one.
    /// Applies to the reference's messages and attributes, and to every term.
    fn naming(
        &self,
        locale: &str,
        file: &FileRef,
        parsed: &Parsed,
        is_reference: bool,
        out: &mut Outcome,
    ) {
        let file_name = file.key.rsplit('/').next().unwrap_or(&file.key);
        let prefix = self.config().settings.id_prefixes.get(file_name);
        for entry in &parsed.resource.body {
            match entry {
                Entry::Message(m) if is_reference => {
                    let id = m.id.name;
                    let mut problem = None;
                    if !is_kebab(id) {
                        problem = Some(format!(
                            "message ID `{id}` is not lowercase kebab-case (like `page-home-link`)"
                        ));
                    } else if let Some(prefix) = prefix {
                        if !id.starts_with(prefix.as_str()) {
                            problem = Some(format!(
                                "message ID `{id}` lacks the prefix `{prefix}` that every ID in {file_name} has"
                            ));
                        }
                    }
                    if let Some(message) = problem {
                        self.push(
                            out,
                            Draft::new(Rule::IdNaming, locale, &file.display, message)
                                .at(parsed.position(id))
                                .id(id),
                        );
                    }
                    for attribute in &m.attributes {
                        let name = attribute.id.name;
                        if !is_kebab(name) {
                            self.push(
                                out,
                                Draft::new(
                                    Rule::IdNaming,
                                    locale,
                                    &file.display,
                                    format!("attribute `.{name}` is not lowercase kebab-case"),
                                )
                                .at(parsed.position(name))
                                .id(&format!("{id}.{name}")),
                            );
                        }
                    }
                }
                Entry::Term(t) if !is_kebab(t.id.name) => {
                    self.push(
                        out,
                        Draft::new(
                            Rule::IdNaming,
                            locale,
                            &file.display,
                            format!(
                                "term ID `-{}` is not lowercase kebab-case (like `-brand-name`)",
                                t.id.name
                            ),
                        )
                        .at(parsed.position(t.id.name))
                        .id(&format!("-{}", t.id.name)),
                    );
                }
                _ => {}
            }
        }
    }

    /// Missing and obsolete messages, values and attributes, then every rule that
    /// compares a translated unit with its reference.
    #[allow(clippy::too_many_arguments)]
    fn compare(
        &self,
        locale: &str,
        reference: &LoadedFile,
        ref_parsed: &Parsed,
        file: &FileRef,
        parsed: &Parsed,
        status: &mut LocaleStatus,
        out: &mut Outcome,
    ) {
        let reference_locale = self.config().reference_locale();
        let categories = plurals::categories(locale);
        let mut translated: HashMap<&str, &ast::Message<&str>> = HashMap::new();
        for message in parsed.messages() {
            translated.entry(message.id.name).or_insert(message);
        }
        let ref_ids: BTreeSet<&str> = ref_parsed.messages().map(|m| m.id.name).collect();
        for ref_message in ref_parsed.messages() {
            let id = ref_message.id.name;
            let (line, _) = ref_parsed.position(id);
            let defined_at = format!(
                "{reference_locale} defines it at {}:{line}",
                reference.file.display
            );
            let Some(message) = translated.get(id) else {
                status.missing += ftl::units(ref_message).len();
                let mut draft = Draft::new(
                    Rule::MissingMessage,
                    locale,
                    &file.display,
                    format!("`{id}` is not translated"),
                )
                .id(id);
                draft.note = Some(defined_at);
                self.push(out, draft);
                continue;
            };
            let id_position = parsed.position(message.id.name);
            match (&ref_message.value, &message.value) {
                (Some(_), None) => {
                    status.missing += 1;
                    let mut draft = Draft::new(
                        Rule::MissingValue,
                        locale,
                        &file.display,
                        format!(
                            "`{id}` has no value; {reference_locale} has one (the text after `=`)"
                        ),
                    )
                    .at(id_position)
                    .id(id);
                    draft.note = Some(defined_at.clone());
                    self.push(out, draft);
                }
                (None, Some(_)) => {
                    status.obsolete += 1;
                    self.push(
                        out,
                        Draft::new(
                            Rule::ObsoleteValue,
                            locale,
                            &file.display,
                            format!(
                                "`{id}` has a value, but {reference_locale} has only attributes; \
                                 remove the text after `=`"
                            ),
                        )
                        .at(id_position)
                        .id(id),
                    );
                }
                _ => {}
            }
            let ref_attributes: BTreeSet<&str> =
                ref_message.attributes.iter().map(|a| a.id.name).collect();
            let attributes: BTreeSet<&str> = message.attributes.iter().map(|a| a.id.name).collect();
            for name in ref_attributes.difference(&attributes) {
                status.missing += 1;
                let mut draft = Draft::new(
                    Rule::MissingAttribute,
                    locale,
                    &file.display,
                    format!("`{id}` lacks the attribute `.{name}`"),
                )
                .at(id_position)
                .id(&format!("{id}.{name}"));
                draft.note = Some(defined_at.clone());
                self.push(out, draft);
            }
            for attribute in &message.attributes {
                let name = attribute.id.name;
                if !ref_attributes.contains(name) {
                    status.obsolete += 1;
                    self.push(
                        out,
                        Draft::new(
                            Rule::ObsoleteAttribute,
                            locale,
                            &file.display,
                            format!(
                                "`{id}` has an attribute `.{name}` that {reference_locale} does not \
                                 have; remove it"
                            ),
                        )
                        .at(parsed.position(name))
                        .id(&format!("{id}.{name}")),
                    );
                }
            }
            let ref_units = ftl::units(ref_message);
            for unit in ftl::units(message) {
                let Some(ref_unit) = ref_units.iter().find(|u| u.key == unit.key) else {
                    continue;
                };
                let pair = UnitPair {
                    locale,
                    key: &unit.key,
                    file,
                    parsed,
                    reference: ref_unit.pattern,
                    translation: unit.pattern,
                    anchor: unit.anchor,
                    plural_categories: categories.as_ref(),
                };
                if self.unit_rules(&pair, out) {
                    status.stale += 1;
                } else {
                    status.translated += 1;
                }
            }
        }
        for message in parsed.messages() {
            let id = message.id.name;
            if ref_ids.contains(id) {
                continue;
            }
            status.obsolete += ftl::units(message).len();
            self.push(
                out,
                Draft::new(
                    Rule::ObsoleteMessage,
                    locale,
                    &file.display,
                    format!(
                        "`{id}` does not exist in {}; remove it (the catalogue refuses unknown \
                         messages)",
                        reference.file.display
                    ),
                )
                .at(parsed.position(id))
                .id(id),
            );
        }
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
        self.stale(pair, out)
    }

    /// Variables and references: a translation may move them and may drop one only in a
    /// variant where the reference also lacks it; it may not rename or add any.
    fn parity(&self, pair: &UnitPair, out: &mut Outcome) {
        let reference_locale = self.config().reference_locale();
        let ref_paths = ftl::variant_paths(pair.reference);
        let union: BTreeSet<&String> = ref_paths.iter().flat_map(|p| &p.references).collect();
        let required: BTreeSet<&String> = union
            .iter()
            .copied()
            .filter(|name| ref_paths.iter().all(|p| p.references.contains(*name)))
            .collect();
        let mut used = Vec::new();
        ftl::pattern_references(pair.translation, &mut used);
        let mut reported = BTreeSet::new();
        for (name, slice) in &used {
            if union.contains(name) || !reported.insert(name.clone()) {
                continue;
            }
            let missing: Vec<String> = required
                .iter()
                .filter(|r| !used.iter().any(|(u, _)| u == **r))
                .map(|r| placeable(r))
                .collect();
            let hint =
                if missing.len() == 1 && missing[0].starts_with("{ $") == name.starts_with('$') {
                    format!(
                        "; did you mean {}? Placeables stay as they are in {reference_locale}",
                        missing[0]
                    )
                } else {
                    format!("; {reference_locale} has {}", list_or_none(&union))
                };
            let rule = if name.starts_with('$') {
                Rule::Variables
            } else {
                Rule::References
            };
            self.push(
                out,
                Draft::new(
                    rule,
                    pair.locale,
                    &pair.file.display,
                    format!(
                        "uses {}, which {reference_locale} does not{hint}",
                        placeable(name)
                    ),
                )
                .at(sigil_position(pair.parsed, slice))
                .id(pair.key),
            );
        }
        let paths = ftl::variant_paths(pair.translation);
        for name in &required {
            let lacking: Vec<String> = paths
                .iter()
                .filter(|p| !p.references.contains(*name))
                .map(|p| p.keys.join(" "))
                .collect();
            if lacking.is_empty() {
                continue;
            }
            let rule = if name.starts_with('$') {
                Rule::Variables
            } else {
                Rule::References
            };
            let message = if lacking.len() == paths.len() && lacking.iter().all(|k| k.is_empty()) {
                format!(
                    "drops {}, which {reference_locale} always shows; keep it (you may move it)",
                    placeable(name)
                )
            } else {
                format!(
                    "variant(s) {} drop {}, which {reference_locale} shows in every variant",
                    lacking.join(", "),
                    placeable(name)
                )
            };
            self.push(
                out,
                Draft::new(rule, pair.locale, &pair.file.display, message)
                    .at(pair.parsed.position(pair.anchor))
                    .id(pair.key),
            );
        }
    }

    /// Plural selections against the locale's CLDR categories.
    fn plural(&self, pair: &UnitPair, out: &mut Outcome) {
        let Some(categories) = pair.plural_categories else {
            return;
        };
        let names = |set: &BTreeSet<&str>| {
            plurals::CATEGORY_NAMES
                .iter()
                .filter(|c| set.contains(*c))
                .copied()
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut selects = Vec::new();
        plural_selects(pair.translation, &mut selects);
        for (selector, keys) in &selects {
            let keys: BTreeSet<&str> = keys.iter().map(String::as_str).collect();
            let lacking: BTreeSet<&str> = categories.integers.difference(&keys).copied().collect();
            let unused: BTreeSet<&str> = keys
                .iter()
                .copied()
                .filter(|k| plurals::CATEGORY_NAMES.contains(k) && !categories.all.contains(k))
                .collect();
            let at = sigil_position(pair.parsed, selector);
            if !lacking.is_empty() {
                self.push(
                    out,
                    Draft::new(
                        Rule::PluralCategories,
                        pair.locale,
                        &pair.file.display,
                        format!(
                            "the plural selection lacks [{}], which {} needs for whole numbers ({} uses {})",
                            names(&lacking).replace(", ", "], ["),
                            pair.locale,
                            pair.locale,
                            names(&categories.integers)
                        ),
                    )
                    .at(at)
                    .id(pair.key),
                );
            }
            if !unused.is_empty() {
                self.push(
                    out,
                    Draft::new(
                        Rule::PluralCategories,
                        pair.locale,
                        &pair.file.display,
                        format!(
                            "[{}] is never selected in {} (its categories are {}); remove the variant",
                            names(&unused).replace(", ", "], ["),
                            pair.locale,
                            names(&categories.all)
                        ),
                    )
                    .at(at)
                    .id(pair.key),
                );
            }
        }
        if selects.is_empty() && categories.integers.len() > 1 {
            let mut ref_selects = Vec::new();
            plural_selects(pair.reference, &mut ref_selects);
            if let Some((selector, _)) = ref_selects.first() {
                self.push(
                    out,
                    Draft::new(
                        Rule::PluralCategories,
                        pair.locale,
                        &pair.file.display,
                        format!(
                            "{} chooses a plural form by `{selector}`, this translation has one form \
                             for every number; {} needs [{}]",
                            self.config().reference_locale(),
                            pair.locale,
                            names(&categories.integers).replace(", ", "], [")
                        ),
                    )
                    .at(pair.parsed.position(pair.anchor))
                    .id(pair.key),
                );
            }
        }
    }

    /// Markup in a translation whose reference has none.
    fn markup(&self, pair: &UnitPair, out: &mut Outcome) {
        let mut ref_texts = Vec::new();
        ftl::text_elements(pair.reference, &mut ref_texts);
        if ref_texts.iter().any(|t| find_markup(t).is_some()) {
            return;
        }
        let mut texts = Vec::new();
        ftl::text_elements(pair.translation, &mut texts);
        for text in texts {
            if let Some((index, what)) = find_markup(text) {
                let at = pair.parsed.offset(text) + index;
                self.push(
                    out,
                    Draft::new(
                        Rule::Markup,
                        pair.locale,
                        &pair.file.display,
                        format!(
                            "contains markup `{what}`, which {} does not have; texts are shown \
                             as plain text, so write the character itself",
                            self.config().reference_locale()
                        ),
                    )
                    .at(pair.parsed.line_column(at))
                    .id(pair.key),
                );
                return;
            }
        }
    }

    /// Bidi control characters anywhere in a unit's text.
    fn bidi(
        &self,
        locale: &str,
        file: &FileRef,
        parsed: &Parsed,
        key: &str,
        pattern: &Pattern<&str>,
        out: &mut Outcome,
    ) {
        let mut texts = Vec::new();
        ftl::text_elements(pattern, &mut texts);
        for text in texts {
            if let Some((index, c)) = text.char_indices().find(|(_, c)| is_bidi_control(*c)) {
                let at = parsed.offset(text) + index;
                self.push(
                    out,
                    Draft::new(
                        Rule::BidiControl,
                        locale,
                        &file.display,
                        format!(
                            "contains the invisible bidi control character U+{:04X}; remove it \
                             (right-to-left text needs none: the page sets the direction)",
                            c as u32
                        ),
                    )
                    .at(parsed.line_column(at))
                    .id(key),
                );
                return;
            }
        }
    }

    /// A translation identical to the reference, outside the allow-list.
    fn identical(&self, pair: &UnitPair, out: &mut Outcome) {
        let reference = ftl::normalized(pair.reference);
        if ftl::normalized(pair.translation) != reference
            || !reference.chars().any(char::is_alphabetic)
            || self
                .config()
                .settings
                .identical_allowed_values
                .iter()
                .any(|v| v.trim() == reference)
            || self.allow.allows(pair.locale, pair.key)
        {
            return;
        }
        let list = self
            .config()
            .settings
            .identical_allow_list
            .as_deref()
            .unwrap_or("the allow-list of l10n.toml");
        self.push(
            out,
            Draft::new(
                Rule::IdenticalToEnglish,
                pair.locale,
                &pair.file.display,
                format!(
                    "the text is identical to {} ({reference:?}); translate it, or if it is \
                     the native word, add `{} {}` to {list}",
                    self.config().reference_locale(),
                    pair.locale,
                    pair.key
                ),
            )
            .at(pair.parsed.position(pair.anchor))
            .id(pair.key),
        );
    }

    /// Stale and unstamped translations. Returns whether the unit is stale.
    fn stale(&self, pair: &UnitPair, out: &mut Outcome) -> bool {
        let Some(lock) = &self.lock else {
            return false;
        };
        if !lock.tracks(pair.locale) {
            return false;
        }
        let current = fingerprint(&ftl::normalized(pair.reference));
        match lock.get(pair.locale, pair.key) {
            Some(recorded) if recorded == current => false,
            Some(_) => {
                self.push(
                    out,
                    Draft::new(
                        Rule::Stale,
                        pair.locale,
                        &pair.file.display,
                        format!(
                            "{} changed this text since it was translated; update the \
                             translation, then run `cargo l10n mark-current {} {}`",
                            self.config().reference_locale(),
                            pair.locale,
                            pair.key
                        ),
                    )
                    .at(pair.parsed.position(pair.anchor))
                    .id(pair.key),
                );
                true
            }
            None => {
                self.push(
                    out,
                    Draft::new(
                        Rule::Unstamped,
                        pair.locale,
                        &pair.file.display,
                        format!(
                            "this translation is not in the lock file yet; after review run \
                             `cargo l10n mark-current {} {}`",
                            pair.locale, pair.key
                        ),
                    )
                    .at(pair.parsed.position(pair.anchor))
                    .id(pair.key),
                );
                false
            }
        }
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

/// Lowercase kebab-case: `[a-z][a-z0-9]*(-[a-z0-9]+)*`.
///
/// ```
/// assert!(l10n::check::is_kebab("http-404"));
/// assert!(!l10n::check::is_kebab("http_404"));
/// assert!(!l10n::check::is_kebab("Http-404"));
/// assert!(!l10n::check::is_kebab("a--b"));
/// ```
pub fn is_kebab(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// The position of a reference, on its sigil (`$`, `-`) where it has one: the AST slice
/// is the bare name.
fn sigil_position(parsed: &Parsed, slice: &str) -> (u32, u32) {
    let offset = parsed.offset(slice);
    let before = offset
        .checked_sub(1)
        .and_then(|i| parsed.text.as_bytes().get(i));
    let offset = match before {
        Some(b'$' | b'-') => offset - 1,
        _ => offset,
    };
    parsed.line_column(offset)
}

fn placeable(name: &str) -> String {
    format!("{{ {name} }}")
}

fn list_or_none(names: &BTreeSet<&String>) -> String {
    if names.is_empty() {
        "no placeables here".to_owned()
    } else {
        names
            .iter()
            .map(|n| placeable(n))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The ID at the start of a Junk entry, if it has one.
fn junk_id(content: &str) -> Option<String> {
    let line = content
        .lines()
        .find(|l| !l.starts_with('#') && !l.trim().is_empty())?;
    let (id, _) = line.split_once('=')?;
    let id = id.trim();
    let bare = id.strip_prefix('-').unwrap_or(id);
    (!bare.is_empty()
        && bare
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
    .then(|| id.to_owned())
}

/// `<tag`, `</tag`, `<!--` or an entity such as `&amp;` / `&#8217;`: `(byte index, text)`.
fn find_markup(text: &str) -> Option<(usize, String)> {
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'<' => {
                let next = bytes.get(i + 1).copied().unwrap_or(b' ');
                if next.is_ascii_alphabetic() || next == b'/' || next == b'!' {
                    let end = text[i..]
                        .find('>')
                        .map_or(text.len().min(i + 12), |e| i + e + 1);
                    let end = (i + 1..=end)
                        .rev()
                        .find(|&e| text.is_char_boundary(e))
                        .unwrap_or(i + 1);
                    return Some((i, text[i..end].to_owned()));
                }
            }
            b'&' => {
                let rest = &text[i + 1..];
                let name_len = rest
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '#'))
                    .unwrap_or(rest.len());
                if name_len > 0 && name_len <= 10 && rest[name_len..].starts_with(';') {
                    return Some((i, text[i..i + name_len + 2].to_owned()));
                }
            }
            _ => {}
        }
    }
    None
}

/// Plural selections in `pattern`: the selector's name slice and the variant keys. A
/// selection is plural when it selects on a variable or `NUMBER()` and its keys are
/// CLDR category names or numbers.
fn plural_selects<'s>(pattern: &Pattern<&'s str>, out: &mut Vec<(&'s str, Vec<String>)>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_selects(expression, out);
        }
    }
}

fn expression_selects<'s>(expression: &Expression<&'s str>, out: &mut Vec<(&'s str, Vec<String>)>) {
    match expression {
        Expression::Select { selector, variants } => {
            let name = match selector {
                InlineExpression::VariableReference { id } => Some(id.name),
                InlineExpression::FunctionReference { id, .. } if id.name == "NUMBER" => {
                    Some(id.name)
                }
                _ => None,
            };
            let keys: Vec<String> = variants
                .iter()
                .filter_map(|v| match &v.key {
                    ast::VariantKey::Identifier { name } => Some(name.to_string()),
                    ast::VariantKey::NumberLiteral { .. } => None,
                })
                .collect();
            let plural = !keys.is_empty()
                && keys
                    .iter()
                    .all(|k| plurals::CATEGORY_NAMES.contains(&k.as_str()));
            if let (Some(name), true) = (name, plural) {
                out.push((name, keys));
            }
            for variant in variants {
                plural_selects(&variant.value, out);
            }
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            expression_selects(expression, out);
        }
        Expression::Inline(_) => {}
    }
}

/// Runs `check` for `locales` (all configured ones if empty) with the locale folders
/// optionally elsewhere.
pub fn run(config: &Config, locales: &[String], l10n_base: Option<PathBuf>) -> Result<Outcome> {
    let layout = Layout::new(config, l10n_base);
    let locales = layout.locales(locales)?;
    for locale in &locales {
        if !config.locales.contains(locale) && layout.locale_files(locale)?.is_empty() {
            return Err(crate::error::Error::Usage(format!(
                "{locale} is not a locale of {} and has no .ftl files;                  `cargo l10n new-locale {locale}` starts one",
                config.path.display()
            )));
        }
    }
    let checker = Checker::new(layout)?;
    checker.run(&locales)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_tags_and_entities_but_not_comparisons() {
        assert_eq!(find_markup("a <b>bold</b>").unwrap(), (2, "<b>".to_owned()));
        assert_eq!(find_markup("Tom &amp; Jerry").unwrap().1, "&amp;");
        assert!(find_markup("1 < 2 & 3 > 2").is_none());
        assert!(find_markup("R&D; fine").unwrap().1 == "&D;");
    }

    #[test]
    fn junk_ids_are_read_from_the_first_line() {
        assert_eq!(junk_id("http-404 = {\n").as_deref(), Some("http-404"));
        assert_eq!(junk_id("-brand = {\n").as_deref(), Some("-brand"));
        assert_eq!(junk_id("}}} nonsense\n"), None);
    }
}
