//! Reading one `.ftl` source into status texts: parse with fluent-syntax (through
//! fluent-bundle's resource), validate against the catalogue's message scheme, and render
//! every message and attribute to plain text once, with bidi isolation off.

use std::collections::HashMap;
use std::path::Path;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use fluent_syntax::ast;

use crate::error::{LoadError, LoadErrorKind, Position};
use crate::registry::{self, Class, STATUS_CODES};

/// Largest `.ftl` file an override may be: 1 MiB, some thirty times the size of a complete
/// locale. Larger files are refused with [`LoadErrorKind::TooLarge`].
pub const MAX_FTL_BYTES: usize = 1 << 20;

/// Deepest nesting of placeables (`{ { ... } }`) an override may have. Fluent's parser
/// recurses once per level, so a source of a million opening braces would overflow the
/// stack; real texts nest one or two levels.
pub const MAX_PLACEABLE_DEPTH: usize = 32;

/// What encloses a position of a Fluent source, as far as nesting goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Frame {
    /// Inside `{ ... }`: an expression, where `"` starts a string literal.
    Placeable,
    /// Inside the arguments of a call `F( ... )`.
    Arguments,
    /// The pattern of a select expression's variant, after its `[key]`: text, where `"` is
    /// just a character and a `}` ends the whole select expression.
    Variant,
}

/// Byte offset of the first character that nests deeper than [`MAX_PLACEABLE_DEPTH`]
/// (placeables, call arguments and select variants), found without parsing. A small lexer
/// that follows Fluent's grammar just far enough: string literals (which may hold braces)
/// are stepped over inside expressions but not in text, a variant's text runs until the next
/// `[key]` line or the closing `}`, and comment lines are skipped. It never counts less
/// nesting than the parser will recurse into, so that no input can overflow the stack.
fn too_deep(source: &str) -> Option<usize> {
    let mut frames: Vec<Frame> = Vec::new();
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        let line_start = offset;
        offset += line.len();
        if frames.is_empty() && line.starts_with('#') {
            continue;
        }
        // A variant's text ends where a line starts (after blanks) with `[` or `*[`.
        let trimmed = line.trim_start_matches([' ', '\t']);
        if frames.last() == Some(&Frame::Variant)
            && (trimmed.starts_with('[') || trimmed.starts_with('*'))
        {
            frames.pop();
        }
        let mut in_string = false;
        let mut escaped = false;
        let mut in_key = false;
        for (i, c) in line.char_indices() {
            let in_text = matches!(frames.last(), None | Some(Frame::Variant));
            if in_string {
                match (escaped, c) {
                    (true, _) => escaped = false,
                    (false, '\\') => escaped = true,
                    (false, '"') => in_string = false,
                    _ => {}
                }
                continue;
            }
            if in_key {
                if c == ']' {
                    in_key = false;
                    frames.push(Frame::Variant);
                    if frames.len() > MAX_PLACEABLE_DEPTH {
                        return Some(line_start + i);
                    }
                }
                continue;
            }
            let pushed = match c {
                '{' => Some(Frame::Placeable),
                '(' if !in_text => Some(Frame::Arguments),
                '}' => {
                    // Closes a placeable; from a variant's text, the whole select.
                    if frames.last() == Some(&Frame::Variant) {
                        frames.pop();
                    }
                    frames.pop();
                    None
                }
                ')' if frames.last() == Some(&Frame::Arguments) => {
                    frames.pop();
                    None
                }
                '"' if !in_text => {
                    in_string = true;
                    None
                }
                '[' if frames.last() == Some(&Frame::Placeable) => {
                    in_key = true;
                    None
                }
                _ => None,
            };
            if let Some(frame) = pushed {
                frames.push(frame);
                if frames.len() > MAX_PLACEABLE_DEPTH {
                    return Some(line_start + i);
                }
            }
        }
    }
    None
}

/// Number of texts a locale has: one per known code, one per class, one for unknown codes.
pub(crate) const TABLE_LEN: usize = STATUS_CODES.len() + Class::ALL.len() + 1;

/// Position of the `http-unknown` texts.
pub(crate) const UNKNOWN_POSITION: usize = TABLE_LEN - 1;

/// Position of a class's texts.
#[inline]
pub(crate) const fn class_position(class: Class) -> usize {
    STATUS_CODES.len() + class.index()
}

/// Whether the message at a table position has advice in a complete locale: every 4xx and
/// 5xx code and class, and the unknown status.
pub(crate) fn needs_advice(position: usize) -> bool {
    match STATUS_CODES.get(position) {
        Some(info) => info.code >= 400,
        None => match Class::ALL.get(position - STATUS_CODES.len()) {
            Some(class) => matches!(class, Class::ClientError | Class::ServerError),
            None => true,
        },
    }
}

/// The table position of a message ID, or `None` if the catalogue has no such message.
pub(crate) fn message_position(id: &str) -> Option<usize> {
    let rest = id.strip_prefix("http-")?;
    if rest == "unknown" {
        return Some(UNKNOWN_POSITION);
    }
    if rest.len() == 3 && rest.ends_with("xx") {
        return Class::parse(rest).map(class_position);
    }
    if rest.len() != 3 || !rest.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    registry::position(rest.parse().ok()?)
}

/// The message ID at a table position.
#[cfg(test)]
pub(crate) fn message_id(position: usize) -> String {
    if let Some(info) = STATUS_CODES.get(position) {
        return format!("http-{}", info.code);
    }
    match Class::ALL.get(position - STATUS_CODES.len()) {
        Some(class) => class.message_id().to_owned(),
        None => "http-unknown".to_owned(),
    }
}

/// The page texts of `error-page.ftl`, in table order. Each may use the variable `$code`.
pub(crate) const PAGE_MESSAGES: [&str; 6] = [
    "page-error-label",
    "page-status-code",
    "page-details",
    "page-home-link",
    "page-technical-info",
    "page-fallback-note",
];

/// One of the page texts of `error-page.ftl`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PageMessage {
    /// "Error { $code }", the label above the heading.
    ErrorLabel = 0,
    /// "Status code", before the number in the text version.
    StatusCode = 1,
    /// "Details", heading of the application's detail.
    Details = 2,
    /// "Go to the home page".
    HomeLink = 3,
    /// "Technical information", summary of the developer description.
    TechnicalInfo = 4,
    /// A note that some text is shown in another language.
    FallbackNote = 5,
}

/// Stands for `$code` while a page text is formatted, so that the formatted text can be
/// split into a template; a private-use character that no shipped or valid override text
/// contains (sources containing it are refused).
const CODE_SENTINEL: char = '\u{E000}';

/// One piece of a page text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Piece {
    /// Literal text.
    Text(Box<str>),
    /// The status code, in ASCII digits.
    Code,
}

/// A page text split around its `$code` placeables, formatted once at load time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Template {
    pieces: Box<[Piece]>,
}

impl Template {
    fn from_formatted(text: &str) -> Template {
        let mut pieces = Vec::new();
        for (i, part) in text.split(CODE_SENTINEL).enumerate() {
            if i > 0 {
                pieces.push(Piece::Code);
            }
            if !part.is_empty() {
                pieces.push(Piece::Text(part.into()));
            }
        }
        Template {
            pieces: pieces.into_boxed_slice(),
        }
    }

    /// The pieces, in order.
    pub(crate) fn pieces(&self) -> &[Piece] {
        &self.pieces
    }
}

/// The texts one source gives a message; any of them may be absent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct PartialTexts {
    pub(crate) title: Option<Box<str>>,
    pub(crate) description: Option<Box<str>>,
    pub(crate) advice: Option<Box<str>>,
}

impl PartialTexts {
    /// Takes every text that `over` has, keeping ours where it has none.
    pub(crate) fn overlay(&mut self, over: &PartialTexts) {
        if over.title.is_some() {
            self.title.clone_from(&over.title);
        }
        if over.description.is_some() {
            self.description.clone_from(&over.description);
        }
        if over.advice.is_some() {
            self.advice.clone_from(&over.advice);
        }
    }
}

/// The texts one source gives: status texts by table position, page texts by
/// [`PAGE_MESSAGES`] position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Layer {
    pub(crate) texts: Vec<PartialTexts>,
    pub(crate) page: Vec<Option<Template>>,
}

impl Layer {
    pub(crate) fn empty() -> Layer {
        Layer {
            texts: vec![PartialTexts::default(); TABLE_LEN],
            page: vec![None; PAGE_MESSAGES.len()],
        }
    }

    /// Takes every text that `over` has.
    pub(crate) fn overlay(&mut self, over: &Layer) {
        for (ours, theirs) in self.texts.iter_mut().zip(&over.texts) {
            ours.overlay(theirs);
        }
        for (ours, theirs) in self.page.iter_mut().zip(&over.page) {
            if theirs.is_some() {
                ours.clone_from(theirs);
            }
        }
    }
}

/// Byte offset of `part` inside `whole`, for slices that the parser cut from it.
fn offset_in(whole: &str, part: &str) -> usize {
    (part.as_ptr() as usize)
        .checked_sub(whole.as_ptr() as usize)
        .filter(|&offset| offset <= whole.len())
        .unwrap_or(0)
}

/// Checks raw bytes of a file before parsing: size and UTF-8.
pub(crate) fn decode(file: &Path, bytes: Vec<u8>) -> Result<String, LoadError> {
    if bytes.len() > MAX_FTL_BYTES {
        return Err(LoadError::new(
            file,
            None,
            LoadErrorKind::TooLarge {
                size: bytes.len() as u64,
                limit: MAX_FTL_BYTES,
            },
        ));
    }
    String::from_utf8(bytes).map_err(|err| {
        let valid = err.utf8_error().valid_up_to();
        let bytes = err.into_bytes();
        let text = String::from_utf8_lossy(bytes.get(..valid).unwrap_or_default());
        let position = Position::of_offset(&text, text.len());
        LoadError::new(file, Some(position), LoadErrorKind::InvalidUtf8)
    })
}

/// Parses, validates and renders one source. `file` names it in errors; `tag` is the
/// canonical tag of its locale (for the bundle's locale-aware formatting).
pub(crate) fn load_layer(file: &Path, tag: &str, source: &str) -> Result<Layer, LoadError> {
    let error = |offset: usize, kind: LoadErrorKind| {
        LoadError::new(file, Some(Position::of_offset(source, offset)), kind)
    };
    if source.len() > MAX_FTL_BYTES {
        return Err(LoadError::new(
            file,
            None,
            LoadErrorKind::TooLarge {
                size: source.len() as u64,
                limit: MAX_FTL_BYTES,
            },
        ));
    }
    if source.starts_with('\u{feff}') {
        return Err(error(0, LoadErrorKind::ByteOrderMark));
    }
    if let Some(offset) = too_deep(source) {
        return Err(error(
            offset,
            LoadErrorKind::TooDeep {
                limit: MAX_PLACEABLE_DEPTH,
            },
        ));
    }
    if let Some(offset) = source.find(CODE_SENTINEL) {
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
    // The resource owns a copy of the source; positions are offsets into that copy,
    // which is byte-for-byte the same text.
    let parsed = resource.source();
    let at = |part: &str| offset_in(parsed, part);

    let mut seen: HashMap<String, usize> = HashMap::new();
    for entry in resource.entries() {
        let id = match entry {
            ast::Entry::Message(message) => message.id.name,
            ast::Entry::Term(term) => term.id.name,
            ast::Entry::Junk { content } => {
                return Err(error(
                    at(content),
                    LoadErrorKind::Syntax {
                        message: "unreadable entry".into(),
                    },
                ))
            }
            _ => continue,
        };
        // Terms and messages live in separate namespaces; `-x` cannot clash with `x`.
        let key = match entry {
            ast::Entry::Term(_) => format!("-{id}"),
            _ => id.to_owned(),
        };
        if let Some(&first) = seen.get(&key) {
            let first_line = Position::of_offset(source, first).line;
            return Err(error(
                at(id),
                LoadErrorKind::DuplicateId {
                    id: key,
                    first_line,
                },
            ));
        }
        seen.insert(key, at(id));
    }

    let langid = tag
        .parse::<unic_langid::LanguageIdentifier>()
        .unwrap_or_default();
    let mut bundle: FluentBundle<&FluentResource> = FluentBundle::new(vec![langid]);
    bundle.set_use_isolating(false);
    bundle.add_resource_overriding(&resource);

    let mut layer = Layer::empty();
    for entry in resource.entries() {
        let ast::Entry::Message(message) = entry else {
            continue;
        };
        let id = message.id.name;
        let render = |pattern: &ast::Pattern<&str>,
                      name: &str,
                      offset: usize,
                      args: Option<&FluentArgs<'_>>| {
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            if let Some(first) = errors.first() {
                return Err(error(
                    offset,
                    LoadErrorKind::Format {
                        id: name.to_owned(),
                        message: first.to_string(),
                    },
                ));
            }
            if text.trim().is_empty() {
                return Err(error(
                    offset,
                    LoadErrorKind::Empty {
                        id: name.to_owned(),
                    },
                ));
            }
            Ok(String::from(text))
        };
        if let Some(page) = PAGE_MESSAGES.iter().position(|&p| p == id) {
            if let Some(attribute) = message.attributes.first() {
                return Err(error(
                    at(attribute.id.name),
                    LoadErrorKind::UnknownAttribute {
                        id: id.to_owned(),
                        attribute: attribute.id.name.to_owned(),
                    },
                ));
            }
            let Some(value) = &message.value else {
                return Err(error(at(id), LoadErrorKind::Empty { id: id.to_owned() }));
            };
            let mut args = FluentArgs::new();
            args.set("code", CODE_SENTINEL.to_string());
            let text = render(value, id, at(id), Some(&args))?;
            if let Some(slot) = layer.page.get_mut(page) {
                *slot = Some(Template::from_formatted(&text));
            }
            continue;
        }
        let Some(position) = message_position(id) else {
            return Err(error(
                at(id),
                LoadErrorKind::UnknownId { id: id.to_owned() },
            ));
        };
        let Some(texts) = layer.texts.get_mut(position) else {
            continue;
        };
        if let Some(value) = &message.value {
            texts.title = Some(render(value, id, at(id), None)?.into());
        }
        for attribute in &message.attributes {
            let name = attribute.id.name;
            let full = format!("{id}.{name}");
            let text = render(&attribute.value, &full, at(name), None)?;
            match name {
                "description" => texts.description = Some(text.into()),
                "advice" => texts.advice = Some(text.into()),
                _ => {
                    return Err(error(
                        at(name),
                        LoadErrorKind::UnknownAttribute {
                            id: id.to_owned(),
                            attribute: name.to_owned(),
                        },
                    ))
                }
            }
        }
    }
    Ok(layer)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_depth_is_measured_outside_comments_and_strings() {
        let deep = format!("a = {}x{}\n", "{ ".repeat(40), " }".repeat(40));
        assert_eq!(too_deep(&deep), Some(4 + 2 * MAX_PLACEABLE_DEPTH));
        // Braces inside string literals hide nothing; quotes in a variant's text are text.
        let select = "    { \"}\" ->\n       *[x] \" ".repeat(40);
        assert!(too_deep(&format!("a = {select}\n")).is_some());
        let calls = format!("a = {{ {}1{} }}\n", "F(".repeat(40), ")".repeat(40));
        assert!(too_deep(&calls).is_some());
        let fine = "a = { $n ->\n    [one] One { \"}\" }\n   *[other] Many (x) \"\n}\nb = { F(1, \")\") }\n";
        assert_eq!(too_deep(fine), None);
        let shallow = format!("# {}\na = {{ \"{}\" }}\n", "{".repeat(100), "{".repeat(100));
        assert_eq!(too_deep(&shallow), None);
        assert_eq!(too_deep("a = { { \"\\\"{\" } }\n"), None);
    }

    #[test]
    fn message_ids_and_positions_round_trip() {
        for position in 0..TABLE_LEN {
            assert_eq!(message_position(&message_id(position)), Some(position));
        }
        for bad in [
            "http-460",
            "http-6xx",
            "http-40",
            "http-4044",
            "404",
            "http-",
            "page-x",
        ] {
            assert_eq!(message_position(bad), None, "{bad}");
        }
    }
}
