//! The rules for a Fluent source before it is parsed: size, encoding, byte order mark,
//! NUL bytes, nesting depth, and byte offsets turned into line and column.
//!
//! One definition, used by override loading, the bake and the translators' tool, so that
//! a file one of them accepts is never refused by another.
//!
//! ```
//! use http_status_i18n::source;
//! let text = source::decode("de/x.ftl".as_ref(), b"a = b\n".to_vec()).unwrap();
//! assert!(source::check(&text).is_ok());
//! let err = source::check("a = \0\n").unwrap_err();
//! assert_eq!((err.0.line, err.0.column), (1, 5));
//! ```

use std::path::Path;

use crate::error::{LoadError, LoadErrorKind, Position};

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
pub fn too_deep(source: &str) -> Option<usize> {
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

/// Byte offset of `part` inside `whole`, for slices that a parser cut from it (0 for any
/// other slice), so that an AST node's position can be given as line and column.
///
/// ```
/// let whole = "a = b\nc = d\n";
/// assert_eq!(http_status_i18n::source::offset_in(whole, &whole[6..7]), 6);
/// assert_eq!(http_status_i18n::source::offset_in(whole, "elsewhere"), 0);
/// ```
pub fn offset_in(whole: &str, part: &str) -> usize {
    (part.as_ptr() as usize)
        .checked_sub(whole.as_ptr() as usize)
        .filter(|&offset| offset <= whole.len())
        .unwrap_or(0)
}

/// Checks raw bytes of a file before parsing: size and UTF-8.
pub fn decode(file: &Path, bytes: Vec<u8>) -> Result<String, LoadError> {
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
    decode_utf8(bytes)
        .map_err(|position| LoadError::new(file, Some(position), LoadErrorKind::InvalidUtf8))
}

/// The bytes as UTF-8 text, or the position of the first byte that is not UTF-8; no size
/// limit (for files other than `.ftl` sources, such as interchange files).
pub fn decode_utf8(bytes: Vec<u8>) -> Result<String, Position> {
    String::from_utf8(bytes).map_err(|err| {
        let valid = err.utf8_error().valid_up_to();
        let bytes = err.into_bytes();
        let text = String::from_utf8_lossy(bytes.get(..valid).unwrap_or_default());
        Position::of_offset(&text, text.len())
    })
}

/// Byte offset of the first NUL byte, which no text file has (a binary file does).
pub fn nul_byte(source: &str) -> Option<usize> {
    source.find('\0')
}

/// Checks a decoded source before parsing: no byte order mark, no NUL byte, not larger
/// than [`MAX_FTL_BYTES`], nesting within [`MAX_PLACEABLE_DEPTH`]. The error gives the
/// position and what is wrong.
pub fn check(source: &str) -> Result<(), (Position, LoadErrorKind)> {
    let at = |offset: usize| Position::of_offset(source, offset);
    if source.len() > MAX_FTL_BYTES {
        return Err((
            Position { line: 1, column: 1 },
            LoadErrorKind::TooLarge {
                size: source.len() as u64,
                limit: MAX_FTL_BYTES,
            },
        ));
    }
    if source.starts_with('\u{feff}') {
        return Err((at(0), LoadErrorKind::ByteOrderMark));
    }
    if let Some(offset) = nul_byte(source) {
        return Err((at(offset), LoadErrorKind::NulByte));
    }
    if let Some(offset) = too_deep(source) {
        return Err((
            at(offset),
            LoadErrorKind::TooDeep {
                limit: MAX_PLACEABLE_DEPTH,
            },
        ));
    }
    Ok(())
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
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
    fn check_refuses_bom_nul_and_deep_nesting_with_positions() {
        assert!(matches!(
            check("\u{feff}a = b\n"),
            Err((_, LoadErrorKind::ByteOrderMark))
        ));
        let (position, kind) = check("a = b\nc = d\0\n").unwrap_err();
        assert!(matches!(kind, LoadErrorKind::NulByte));
        assert_eq!((position.line, position.column), (2, 6));
        let deep = format!("a = {}x{}\n", "{ ".repeat(40), " }".repeat(40));
        assert!(matches!(
            check(&deep),
            Err((_, LoadErrorKind::TooDeep { .. }))
        ));
        assert!(check("a = b\n").is_ok());
    }

    #[test]
    fn decode_refuses_large_files_and_names_the_line_of_invalid_utf8() {
        let err = decode(Path::new("f"), vec![b'a'; MAX_FTL_BYTES + 1]).unwrap_err();
        assert!(matches!(err.kind(), LoadErrorKind::TooLarge { .. }));
        let err = decode(Path::new("f"), b"a = b\nc = \xff\n".to_vec()).unwrap_err();
        assert_eq!(err.position().map(|p| (p.line, p.column)), Some((2, 5)));
    }
}
