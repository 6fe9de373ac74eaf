//! From a parsed resource to plain texts: every message is looked up in the
//! [scheme](crate::scheme), its attributes checked, and each pattern formatted once with
//! bidi isolation off (the page sets `dir` itself). Page texts keep the place of `$code`
//! as [`CODE_MARK`].

use std::path::Path;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use fluent_syntax::ast;

use super::Layer;
use crate::catalog::table::{page_slot, status_slot, Part, CODE_MARK};
use crate::error::{LoadError, LoadErrorKind, Position};
use crate::scheme::{self, Message, ADVICE, DESCRIPTION};
use crate::source;

/// Renders every message of `resource` into a layer.
pub(crate) fn render(
    file: &Path,
    tag: &str,
    source: &str,
    resource: &FluentResource,
) -> Result<Layer, LoadError> {
    let langid = tag
        .parse::<unic_langid::LanguageIdentifier>()
        .unwrap_or_default();
    let mut bundle: FluentBundle<&FluentResource> = FluentBundle::new(vec![langid]);
    bundle.set_use_isolating(false);
    bundle.add_resource_overriding(resource);
    let renderer = Renderer {
        file,
        source,
        parsed: resource.source(),
        bundle: &bundle,
    };
    let mut layer = Layer::empty();
    for entry in resource.entries() {
        if let ast::Entry::Message(message) = entry {
            renderer.message(message, &mut layer)?;
        }
    }
    Ok(layer)
}

struct Renderer<'r> {
    file: &'r Path,
    source: &'r str,
    parsed: &'r str,
    bundle: &'r FluentBundle<&'r FluentResource>,
}

impl Renderer<'_> {
    fn error(&self, part: &str, kind: LoadErrorKind) -> LoadError {
        let offset = source::offset_in(self.parsed, part);
        LoadError::new(
            self.file,
            Some(Position::of_offset(self.source, offset)),
            kind,
        )
    }

    /// Formats one pattern to plain text; `name` is `id` or `id.attribute`.
    fn format(
        &self,
        pattern: &ast::Pattern<&str>,
        name: &str,
        at: &str,
        args: Option<&FluentArgs<'_>>,
    ) -> Result<Box<str>, LoadError> {
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        if let Some(first) = errors.first() {
            return Err(self.error(
                at,
                LoadErrorKind::Format {
                    id: name.to_owned(),
                    message: first.to_string(),
                },
            ));
        }
        if text.trim().is_empty() {
            return Err(self.error(
                at,
                LoadErrorKind::Empty {
                    id: name.to_owned(),
                },
            ));
        }
        Ok(text.into())
    }

    fn message(&self, message: &ast::Message<&str>, layer: &mut Layer) -> Result<(), LoadError> {
        let id = message.id.name;
        let Some(kind) = scheme::message(id) else {
            return Err(self.error(id, LoadErrorKind::UnknownId { id: id.to_owned() }));
        };
        for attribute in &message.attributes {
            if !kind.allows_attribute(attribute.id.name) {
                return Err(self.error(
                    attribute.id.name,
                    LoadErrorKind::UnknownAttribute {
                        id: id.to_owned(),
                        attribute: attribute.id.name.to_owned(),
                    },
                ));
            }
        }
        match kind {
            Message::Page(page) => {
                let Some(value) = &message.value else {
                    return Err(self.error(id, LoadErrorKind::Empty { id: id.to_owned() }));
                };
                let mut args = FluentArgs::new();
                for variable in page.variables() {
                    args.set(*variable, CODE_MARK.to_string());
                }
                let text = self.format(value, id, id, Some(&args))?;
                set(layer, page_slot(page), text);
            }
            Message::Status(position) => {
                if let Some(value) = &message.value {
                    let text = self.format(value, id, id, None)?;
                    set(layer, status_slot(position, Part::Title), text);
                }
                for attribute in &message.attributes {
                    let name = attribute.id.name;
                    let part = if name == DESCRIPTION {
                        Part::Description
                    } else if name == ADVICE {
                        Part::Advice
                    } else {
                        continue;
                    };
                    let text =
                        self.format(&attribute.value, &format!("{id}.{name}"), name, None)?;
                    set(layer, status_slot(position, part), text);
                }
            }
        }
        Ok(())
    }
}

fn set(layer: &mut Layer, slot: usize, text: Box<str>) {
    if let Some(place) = layer.slots.get_mut(slot) {
        *place = Some(text);
    }
}
