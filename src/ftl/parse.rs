//! From source text to a Fluent resource: the source rules of [`crate::source`], the
//! reserved code mark, the parser's errors and Junk, and duplicate IDs.

use std::collections::HashMap;
use std::path::Path;

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

use crate::catalog::table::CODE_MARK;
use crate::error::{LoadError, LoadErrorKind, Position};
use crate::source;

/// Parses `source`, refusing anything the catalogue cannot use as a whole file.
pub(crate) fn parse(file: &Path, source: &str) -> Result<FluentResource, LoadError> {
    let error = |offset: usize, kind: LoadErrorKind| {
        LoadError::new(file, Some(Position::of_offset(source, offset)), kind)
    };
    source::check(source).map_err(|(position, kind)| LoadError::new(file, Some(position), kind))?;
    if let Some(offset) = source.find(CODE_MARK) {
        return Err(error(
            offset,
            LoadErrorKind::Format {
                id: String::from("(file)"),
                message: String::from("the private-use character U+E000 is reserved"),
            },
        ));
    }
    let resource = match FluentResource::try_new(source.to_owned()) {
        Ok(resource) => resource,
        Err((_, errors)) => {
            let first = errors.into_iter().next();
            let (offset, message) = first.map_or((0, String::from("unreadable entry")), |e| {
                (e.pos.start, e.kind.to_string())
            });
            return Err(error(offset, LoadErrorKind::Syntax { message }));
        }
    };
    check_entries(file, &resource)?;
    Ok(resource)
}

/// Refuses Junk and IDs defined twice. Positions are offsets into the resource's own copy
/// of the source, which is byte for byte the same text.
fn check_entries(file: &Path, resource: &FluentResource) -> Result<(), LoadError> {
    let parsed = resource.source();
    let error = |part: &str, kind: LoadErrorKind| {
        let offset = source::offset_in(parsed, part);
        LoadError::new(file, Some(Position::of_offset(parsed, offset)), kind)
    };
    let mut seen: HashMap<String, usize> = HashMap::new();
    for entry in resource.entries() {
        let (id, key) = match entry {
            ast::Entry::Message(message) => (message.id.name, message.id.name.to_owned()),
            // Terms and messages live in separate namespaces; `-x` cannot clash with `x`.
            ast::Entry::Term(term) => (term.id.name, format!("-{}", term.id.name)),
            ast::Entry::Junk { content } => {
                return Err(error(
                    content,
                    LoadErrorKind::Syntax {
                        message: "unreadable entry".into(),
                    },
                ))
            }
            _ => continue,
        };
        if let Some(&first) = seen.get(&key) {
            let first_line = Position::of_offset(parsed, first).line;
            return Err(error(
                id,
                LoadErrorKind::DuplicateId {
                    id: key,
                    first_line,
                },
            ));
        }
        seen.insert(key, source::offset_in(parsed, id));
    }
    Ok(())
}
