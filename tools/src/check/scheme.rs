//! The catalogue's message scheme (`message-scheme = "http-status-i18n"` in `[l10n]`): every
//! message ID is one the library knows (`http_status_i18n::scheme`), in the file it
//! belongs to, and the reference has every message with the attributes and variables the
//! scheme gives it. The library's own definition is asked; nothing is spelled here.

use std::collections::BTreeSet;

use http_status_i18n::scheme::{self, Message};

use super::{Checker, Draft, Outcome};
use crate::finding::Rule;
use crate::ftl::{self, Parsed};
use crate::layout::FileRef;

/// The value of `message-scheme` that turns these rules on.
pub const SCHEME: &str = "http-status-i18n";

/// The file name of a file reference (`http-status.ftl`).
fn file_name(file: &FileRef) -> &str {
    file.key.rsplit('/').next().unwrap_or(&file.key)
}

impl Checker<'_> {
    fn scheme_enabled(&self) -> bool {
        self.config().settings.message_scheme.as_deref() == Some(SCHEME)
    }

    /// Every message of `parsed` is in the scheme and in its file.
    pub(super) fn scheme_ids(
        &self,
        locale: &str,
        file: &FileRef,
        parsed: &Parsed,
        out: &mut Outcome,
    ) {
        if !self.scheme_enabled() {
            return;
        }
        let name = file_name(file);
        for message in parsed.messages() {
            let id = message.id.name;
            let problem = match scheme::message(id) {
                None => format!(
                    "`{id}` is not a message of the catalogue: it has `http-NNN` for the codes of \
                     its registry, `http-1xx`..`http-5xx`, `http-unknown` and the `page-` texts"
                ),
                Some(kind) if kind.file() != name => {
                    format!("`{id}` belongs in {}, not in {name}", kind.file())
                }
                Some(_) => continue,
            };
            self.push(
                out,
                Draft::new(Rule::Scheme, locale, &file.display, problem)
                    .at(parsed.position(id))
                    .id(id),
            );
        }
    }

    /// The reference has every message of the scheme, each with the scheme's attributes
    /// and no variable the scheme does not give it.
    pub(super) fn scheme_reference(&self, files: &[(&FileRef, Parsed)], out: &mut Outcome) {
        if !self.scheme_enabled() {
            return;
        }
        let locale = self.config().reference_locale();
        for (file_of, message) in scheme::messages() {
            let id = match message {
                Message::Status(position) => scheme::message_id(position).into_owned(),
                Message::Page(page) => page.id().to_owned(),
                _ => continue,
            };
            let Some((file, parsed)) = files.iter().find(|(f, _)| file_name(f) == file_of) else {
                continue;
            };
            let Some(found) = parsed.message(&id) else {
                self.push(
                    out,
                    Draft::new(
                        Rule::Scheme,
                        locale,
                        &file.display,
                        format!("`{id}` is missing: every code of the registry needs its texts"),
                    )
                    .id(&id),
                );
                continue;
            };
            let attributes: Vec<&str> = found.attributes.iter().map(|a| a.id.name).collect();
            if attributes != message.attributes() {
                self.push(
                    out,
                    Draft::new(
                        Rule::Scheme,
                        locale,
                        &file.display,
                        format!(
                            "`{id}` has the attributes {attributes:?}; the scheme gives it {:?}",
                            message.attributes()
                        ),
                    )
                    .at(parsed.position(found.id.name))
                    .id(&id),
                );
            }
            for unit in ftl::units(found) {
                let mut references = Vec::new();
                ftl::pattern_references(unit.pattern, &mut references);
                let allowed: BTreeSet<String> = message
                    .variables()
                    .iter()
                    .map(|v| format!("${v}"))
                    .collect();
                if let Some((name, at)) = references
                    .iter()
                    .find(|(name, _)| name.starts_with('$') && !allowed.contains(name))
                {
                    self.push(
                        out,
                        Draft::new(
                            Rule::Scheme,
                            locale,
                            &file.display,
                            format!(
                                "`{}` uses `{name}`, a variable the catalogue never sets",
                                unit.key
                            ),
                        )
                        .at(parsed.position(at))
                        .id(&unit.key),
                    );
                }
            }
        }
    }
}
