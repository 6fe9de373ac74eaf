//! Structure: a locale against the reference, file by file and message by message:
//! missing and obsolete files, messages, values and attributes. Each translated unit is
//! then handed to the unit rules.

use std::collections::{BTreeSet, HashMap};

use fluent_syntax::ast;

use super::{Checker, Draft, LocaleStatus, Outcome, UnitPair};
use crate::finding::Rule;
use crate::ftl::{self, Parsed};
use crate::layout::{FileRef, LoadedFile};
use crate::plurals;

impl Checker<'_> {
    /// The locale folder lacks the glossary file the configuration names.
    pub(super) fn glossary(&self, locale: &str, out: &mut Outcome) {
        let Some(name) = &self.config().settings.glossary else {
            return;
        };
        if Self::is_pseudo(locale) {
            return;
        }
        let Some(pair) = self.config().paths.first() else {
            return;
        };
        let path = self.layout.locale_dir(pair, locale).join(name);
        if !path.is_file() {
            let display = self.config().display(&path);
            self.push(
                out,
                Draft::new(
                    Rule::Glossary,
                    locale,
                    &display,
                    format!(
                        "{name} is missing: write down the terms this locale uses, so the next translator \
                         keeps them (see locales/README.md)"
                    ),
                ),
            );
        }
    }

    /// A reference file the locale lacks.
    pub(super) fn missing_file(
        &self,
        locale: &str,
        reference: &LoadedFile,
        ref_parsed: &Parsed,
        out: &mut Outcome,
    ) {
        let expected = self.layout.locale_file(locale, &reference.file);
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
    }

    /// A locale file the reference does not have.
    pub(super) fn obsolete_file(&self, locale: &str, loaded: &LoadedFile, out: &mut Outcome) {
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

    /// Missing and obsolete messages, values and attributes, then every rule that
    /// compares a translated unit with its reference.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn compare(
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
}
