//! Identifiers: IDs defined twice in a locale, attributes defined twice in a message, and
//! the naming of IDs (lowercase kebab-case, the file's prefix).

use std::collections::HashMap;

use fluent_syntax::ast::Entry;

use super::{Checker, Draft, Outcome};
use crate::finding::Rule;
use crate::ftl::Parsed;
use crate::layout::FileRef;

impl Checker<'_> {
    /// IDs defined twice in one locale (across its files), attributes twice in a message.
    pub(super) fn duplicates(
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
    pub(super) fn naming(
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
