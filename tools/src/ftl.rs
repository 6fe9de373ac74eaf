//! Reading Fluent with fluent-syntax: parsing behind a nesting guard, positions of AST
//! slices, the translatable units of a message, and canonical text of patterns.

use std::collections::BTreeSet;
use std::path::Path;

use fluent_syntax::ast::{
    Entry, Expression, Identifier, InlineExpression, Message, Pattern, PatternElement, Resource,
};
use fluent_syntax::parser::{self, ParserError, Slice};
use fluent_syntax::serializer;

use crate::error::{Error, Result};
use crate::files::line_column;

/// How deep placeables (`{`), call arguments and variants may nest: the library's limit.
pub const MAX_NESTING: usize = http_status_i18n::MAX_PLACEABLE_DEPTH;

/// Refuses text whose placeables nest deeper than [`MAX_NESTING`], before the parser
/// sees it (the fluent-syntax parser recurses once per level), with the library's guard
/// (`http_status_i18n::source::too_deep`), so the tool and the catalogue agree.
pub fn check_nesting(path: &Path, text: &str) -> Result<()> {
    match http_status_i18n::source::too_deep(text) {
        Some(offset) => {
            let (line, column) = line_column(text, offset);
            Err(Error::TooDeep {
                path: path.to_owned(),
                line,
                column,
                limit: MAX_NESTING,
            })
        }
        None => Ok(()),
    }
}

/// A parsed file: the resource (Junk included) and the parser's errors. A leading byte
/// order mark is skipped before parsing; positions still count it.
#[derive(Debug)]
pub struct Parsed<'s> {
    /// The whole text, BOM included; AST slices point into it.
    pub text: &'s str,
    /// The resource, with Junk entries where the parser failed.
    pub resource: Resource<&'s str>,
    /// The parser's errors, with byte ranges into `text` (shifted past a BOM).
    pub errors: Vec<ParserError>,
    /// Byte offset of the start of each line, for positions in O(log n).
    line_starts: Vec<usize>,
}

impl<'s> Parsed<'s> {
    /// Parses `text` (already checked with [`check_nesting`]).
    pub fn new(text: &'s str) -> Parsed<'s> {
        let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
        let body = &text[bom..];
        let (resource, mut errors) = match parser::parse(body) {
            Ok(resource) => (resource, Vec::new()),
            Err((resource, errors)) => (resource, errors),
        };
        for error in &mut errors {
            error.pos = error.pos.start + bom..error.pos.end + bom;
            if let Some(slice) = &mut error.slice {
                *slice = slice.start + bom..slice.end + bom;
            }
        }
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Parsed {
            text,
            resource,
            errors,
            line_starts,
        }
    }

    /// 1-based line and column (in characters) of byte `offset`.
    pub fn line_column(&self, offset: usize) -> (u32, u32) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let start = self.line_starts[line.saturating_sub(1).min(self.line_starts.len() - 1)];
        let column = self.text[start..offset].chars().count() + 1;
        (
            u32::try_from(line).unwrap_or(u32::MAX),
            u32::try_from(column).unwrap_or(u32::MAX),
        )
    }

    /// Byte offset of an AST slice in the text.
    pub fn offset(&self, part: &str) -> usize {
        offset_in(self.text, part)
    }

    /// Line and column of an AST slice.
    pub fn position(&self, part: &str) -> (u32, u32) {
        self.line_column(self.offset(part))
    }

    /// The messages, in order.
    pub fn messages(&self) -> impl Iterator<Item = &Message<&'s str>> {
        self.resource.body.iter().filter_map(|entry| match entry {
            Entry::Message(message) => Some(message),
            _ => None,
        })
    }

    /// The message called `id`.
    pub fn message(&self, id: &str) -> Option<&Message<&'s str>> {
        self.messages().find(|m| m.id.name == id)
    }
}

/// Byte offset of `part` inside `whole`: the library's rule (`http_status_i18n::source`).
pub use http_status_i18n::source::offset_in;

/// One translatable text of a message: its value (`key` = the ID) or an attribute
/// (`key` = `id.attribute`).
#[derive(Debug)]
#[non_exhaustive]
pub struct Unit<'a, 's> {
    /// `id` or `id.attribute`.
    pub key: String,
    /// The attribute name, `None` for the value.
    pub attribute: Option<&'s str>,
    /// The pattern.
    pub pattern: &'a Pattern<&'s str>,
    /// The slice to point at: the message ID or the attribute name.
    pub anchor: &'s str,
}

/// The value and the attributes of `message`, in file order.
pub fn units<'a, 's>(message: &'a Message<&'s str>) -> Vec<Unit<'a, 's>> {
    let id = message.id.name;
    let mut out = Vec::new();
    if let Some(value) = &message.value {
        out.push(Unit {
            key: id.to_owned(),
            attribute: None,
            pattern: value,
            anchor: id,
        });
    }
    for attribute in &message.attributes {
        out.push(Unit {
            key: format!("{id}.{}", attribute.id.name),
            attribute: Some(attribute.id.name),
            pattern: &attribute.value,
            anchor: attribute.id.name,
        });
    }
    out
}

/// The pattern as the fluent-syntax serializer writes it, without the `id =` and the
/// block indentation: `Error { $code }`, or the lines of a select expression.
///
/// ```
/// let resource = fluent_syntax::parser::parse("x = Error {$code}\n").unwrap();
/// let fluent_syntax::ast::Entry::Message(m) = &resource.body[0] else { panic!() };
/// assert_eq!(l10n::ftl::pattern_source(m.value.as_ref().unwrap(), "x"), "Error { $code }");
/// ```
pub fn pattern_source<'s, S: Slice<'s>>(pattern: &Pattern<S>, name: S) -> String {
    let resource = Resource {
        body: vec![Entry::Message(Message {
            id: Identifier { name },
            value: Some(pattern.clone()),
            attributes: Vec::new(),
            comment: None,
        })],
    };
    let text = serializer::serialize(&resource);
    let rest = text.split_once(" =").map_or("", |(_, rest)| rest);
    let rest = rest.strip_suffix('\n').unwrap_or(rest);
    if let Some(block) = rest.strip_prefix('\n') {
        block
            .lines()
            .map(|line| line.strip_prefix("    ").unwrap_or(line))
            .collect::<Vec<_>>()
            .join("\n")
    } else {
        let inline = rest.strip_prefix(' ').unwrap_or(rest);
        inline
            .lines()
            .enumerate()
            .map(|(i, line)| {
                if i == 0 {
                    line
                } else {
                    line.strip_prefix("    ").unwrap_or(line)
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// The text of a pattern with runs of whitespace collapsed to one space: two patterns
/// that differ only in whitespace normalize to the same string.
pub fn normalized(pattern: &Pattern<&str>) -> String {
    pattern_source(pattern, "x")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Parses `text` (as [`pattern_source`] writes it) back into the source of a message
/// `id = ...`, ready for the parser.
pub fn message_source(id: &str, text: &str) -> String {
    if text.contains('\n') {
        let mut out = format!("{id} =\n");
        for line in text.lines() {
            if line.is_empty() {
                out.push('\n');
            } else {
                out.push_str("    ");
                out.push_str(line);
                out.push('\n');
            }
        }
        out
    } else {
        format!("{id} = {text}\n")
    }
}

/// A reference a pattern makes: `$var`, `-term` or `message` / `message.attr`.
pub fn reference_name(expression: &InlineExpression<&str>) -> Option<String> {
    match expression {
        InlineExpression::VariableReference { id } => Some(format!("${}", id.name)),
        InlineExpression::TermReference { id, .. } => Some(format!("-{}", id.name)),
        InlineExpression::MessageReference { id, attribute } => Some(match attribute {
            Some(attribute) => format!("{}.{}", id.name, attribute.name),
            None => id.name.to_owned(),
        }),
        _ => None,
    }
}

/// Every reference in `expression` (arguments included), with the slice of its name.
pub fn inline_references<'s>(
    expression: &InlineExpression<&'s str>,
    out: &mut Vec<(String, &'s str)>,
) {
    if let Some(name) = reference_name(expression) {
        let slice = match expression {
            InlineExpression::VariableReference { id }
            | InlineExpression::TermReference { id, .. }
            | InlineExpression::MessageReference { id, .. } => id.name,
            _ => "",
        };
        out.push((name, slice));
    }
    match expression {
        InlineExpression::FunctionReference { arguments, .. }
        | InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for argument in &arguments.positional {
                inline_references(argument, out);
            }
            for argument in &arguments.named {
                inline_references(&argument.value, out);
            }
        }
        InlineExpression::Placeable { expression } => expression_references(expression, out),
        _ => {}
    }
}

fn expression_references<'s>(expression: &Expression<&'s str>, out: &mut Vec<(String, &'s str)>) {
    match expression {
        Expression::Inline(inline) => inline_references(inline, out),
        Expression::Select { selector, variants } => {
            inline_references(selector, out);
            for variant in variants {
                pattern_references(&variant.value, out);
            }
        }
    }
}

/// Every reference anywhere in `pattern`, in order, with the slice of its name.
pub fn pattern_references<'s>(pattern: &Pattern<&'s str>, out: &mut Vec<(String, &'s str)>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_references(expression, out);
        }
    }
}

/// Most paths through the variants of a pattern that are compared; more are cut off.
const MAX_PATHS: usize = 64;

/// One way through the select expressions of a pattern: the variant keys chosen (such as
/// `[one]`) and the references met on the way, selectors included.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct VariantPath {
    /// The keys chosen, outermost first, such as `["[one]"]`; empty without selects.
    pub keys: Vec<String>,
    /// The references on this path.
    pub references: BTreeSet<String>,
}

/// Every path through the variants of `pattern` (at most 64).
pub fn variant_paths(pattern: &Pattern<&str>) -> Vec<VariantPath> {
    let mut paths = vec![VariantPath::default()];
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            let options = expression_paths(expression);
            paths = cross(&paths, &options);
        }
    }
    paths
}

fn expression_paths(expression: &Expression<&str>) -> Vec<VariantPath> {
    match expression {
        Expression::Inline(inline) => {
            if let InlineExpression::Placeable { expression } = inline {
                return expression_paths(expression);
            }
            let mut refs = Vec::new();
            inline_references(inline, &mut refs);
            vec![VariantPath {
                keys: Vec::new(),
                references: refs.into_iter().map(|(name, _)| name).collect(),
            }]
        }
        Expression::Select { selector, variants } => {
            let mut selector_refs = Vec::new();
            inline_references(selector, &mut selector_refs);
            let mut out = Vec::new();
            for variant in variants {
                let key = match &variant.key {
                    fluent_syntax::ast::VariantKey::Identifier { name } => name.to_string(),
                    fluent_syntax::ast::VariantKey::NumberLiteral { value } => value.to_string(),
                };
                for mut path in variant_paths(&variant.value) {
                    path.keys.insert(0, format!("[{key}]"));
                    path.references
                        .extend(selector_refs.iter().map(|(name, _)| name.clone()));
                    out.push(path);
                    if out.len() >= MAX_PATHS {
                        return out;
                    }
                }
            }
            out
        }
    }
}

fn cross(left: &[VariantPath], right: &[VariantPath]) -> Vec<VariantPath> {
    let mut out = Vec::new();
    for a in left {
        for b in right {
            let mut path = a.clone();
            path.keys.extend(b.keys.iter().cloned());
            path.references.extend(b.references.iter().cloned());
            out.push(path);
            if out.len() >= MAX_PATHS {
                return out;
            }
        }
    }
    out
}

/// The text elements of a pattern, variants included, as `(text slice)` in order.
pub fn text_elements<'s>(pattern: &Pattern<&'s str>, out: &mut Vec<&'s str>) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push(value),
            PatternElement::Placeable { expression } => expression_texts(expression, out),
        }
    }
}

fn expression_texts<'s>(expression: &Expression<&'s str>, out: &mut Vec<&'s str>) {
    match expression {
        Expression::Select { variants, .. } => {
            for variant in variants {
                text_elements(&variant.value, out);
            }
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            expression_texts(expression, out);
        }
        Expression::Inline(InlineExpression::StringLiteral { value }) => out.push(value),
        Expression::Inline(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(source: &str) -> Pattern<&str> {
        let resource = parser::parse(source).unwrap();
        let Entry::Message(message) = resource.body.into_iter().next().unwrap() else {
            panic!("no message");
        };
        message.value.unwrap()
    }

    #[test]
    fn nesting_beyond_the_limit_is_refused_before_parsing() {
        let deep = format!("a = {}{}\n", "{".repeat(5000), "}".repeat(5000));
        let err = check_nesting(Path::new("f.ftl"), &deep).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("f.ftl:1:37: placeables nested more than 32"),
            "{err}"
        );
        let calls = format!("a = {{ {}$x{} }}\n", "NUMBER(".repeat(40), ")".repeat(40));
        assert!(check_nesting(Path::new("f.ftl"), &calls).is_err());
        // Braces inside string literals do not count.
        let strings = format!("a = {{ \"{}\" }}\n", "{".repeat(100));
        assert!(check_nesting(Path::new("f.ftl"), &strings).is_ok());
    }

    #[test]
    fn indexed_positions_agree_with_the_plain_computation() {
        let text = "é = a\n\nñb = { $x }\nlast";
        let parsed = Parsed::new(text);
        for offset in 0..=text.len() + 2 {
            assert_eq!(
                parsed.line_column(offset),
                line_column(text, offset),
                "{offset}"
            );
        }
    }

    #[test]
    fn pattern_source_writes_select_expressions_as_unindented_lines() {
        let pattern =
            value("x =\n    { $n ->\n        [one] One\n       *[other] { $n } many\n    }\n");
        assert_eq!(
            pattern_source(&pattern, "x"),
            "{ $n ->\n    [one] One\n   *[other] { $n } many\n}"
        );
        let again = message_source("x", &pattern_source(&pattern, "x"));
        assert_eq!(value(&again), pattern);
    }

    #[test]
    fn whitespace_only_differences_normalize_to_the_same_text() {
        let a = value("x = Hello   big\n    world { $n }\n");
        let b = value("x = Hello big world {$n}\n");
        assert_eq!(normalized(&a), normalized(&b));
        assert_ne!(
            normalized(&a),
            normalized(&value("x = Hello bigworld { $n }\n"))
        );
    }

    #[test]
    fn variant_paths_include_the_selector_and_each_variant() {
        let pattern =
            value("x = { $n ->\n    [one] One { -brand }\n   *[other] { $n } of { $total }\n}\n");
        let paths = variant_paths(&pattern);
        assert_eq!(paths.len(), 2);
        assert_eq!(paths[0].keys, ["[one]"]);
        assert_eq!(
            paths[0].references.iter().collect::<Vec<_>>(),
            ["$n", "-brand"]
        );
        assert_eq!(
            paths[1].references.iter().collect::<Vec<_>>(),
            ["$n", "$total"]
        );
    }
}
