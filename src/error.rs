//! The errors of loading `.ftl` overrides.

use std::fmt;
use std::path::PathBuf;

/// Where in a file a problem is: 1-based line and column (in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Position {
    /// 1-based line.
    pub line: u32,
    /// 1-based column, counted in Unicode scalar values.
    pub column: u32,
}

impl Position {
    /// The position of byte `offset` in `source` (clamped to the end of the text).
    ///
    /// ```
    /// use http_status_i18n::Position;
    /// let p = Position::of_offset("ab\nçd", 5); // the `d`: `ç` is two bytes, one column
    /// assert_eq!((p.line, p.column), (2, 2));
    /// ```
    pub fn of_offset(source: &str, offset: usize) -> Position {
        let mut offset = offset.min(source.len());
        while !source.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &source[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
        let column = before[line_start..].chars().count() + 1;
        Position {
            line: u32::try_from(line).unwrap_or(u32::MAX),
            column: u32::try_from(column).unwrap_or(u32::MAX),
        }
    }
}

/// What went wrong while loading an override; see [`LoadError`].
#[derive(Debug)]
#[non_exhaustive]
pub enum LoadErrorKind {
    /// The Fluent parser could not read an entry (it became Junk).
    Syntax {
        /// The parser's own description.
        message: String,
    },
    /// The file starts with a UTF-8 byte order mark.
    ByteOrderMark,
    /// The bytes are not UTF-8.
    InvalidUtf8,
    /// The text holds a NUL byte, as binary files do.
    NulByte,
    /// The same ID is defined twice in one file.
    DuplicateId {
        /// The repeated ID.
        id: String,
        /// Line of the first definition.
        first_line: u32,
    },
    /// A message the catalogue does not have.
    UnknownId {
        /// The unknown ID.
        id: String,
    },
    /// An attribute other than `.description` and `.advice`.
    UnknownAttribute {
        /// The message ID.
        id: String,
        /// The unknown attribute name.
        attribute: String,
    },
    /// A message without value or attributes, or with an empty text.
    Empty {
        /// The message ID.
        id: String,
    },
    /// The text could not be formatted, for example because it uses a variable or a
    /// reference that does not exist.
    Format {
        /// The message ID, with `.attribute` where the problem is in one.
        id: String,
        /// The formatter's description.
        message: String,
    },
    /// The locale tag of an override is malformed.
    InvalidTag {
        /// The tag as given.
        tag: String,
    },
    /// Placeables nest deeper than [`crate::MAX_PLACEABLE_DEPTH`].
    TooDeep {
        /// The limit.
        limit: usize,
    },
    /// The file is larger than [`crate::MAX_FTL_BYTES`].
    TooLarge {
        /// The file's size.
        size: u64,
        /// The limit.
        limit: usize,
    },
    /// A page template does not compile, uses a variable the page does not have, holds a
    /// script, or fails to render for some status class.
    Template {
        /// What is wrong, from the template engine or from the page's own checks.
        message: String,
    },
    /// The file or folder could not be read.
    Io {
        /// The I/O error.
        source: std::io::Error,
    },
}

impl fmt::Display for LoadErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadErrorKind::Syntax { message } => {
                write!(
                    f,
                    "Fluent syntax error: {message}; fix the entry or remove it"
                )
            }
            LoadErrorKind::ByteOrderMark => f.write_str(
                "the file starts with a byte order mark (BOM), which breaks its first entry; \
                 save it as UTF-8 without BOM",
            ),
            LoadErrorKind::InvalidUtf8 => {
                f.write_str("the file is not valid UTF-8; save it as UTF-8")
            }
            LoadErrorKind::NulByte => {
                f.write_str("a NUL byte (is this a binary file?); save the text as UTF-8")
            }
            LoadErrorKind::DuplicateId { id, first_line } => write!(
                f,
                "`{id}` is defined twice (first on line {first_line}); keep one definition"
            ),
            LoadErrorKind::UnknownId { id } => write!(
                f,
                "unknown message `{id}`; the catalogue has `http-NNN` for known codes, \
                 `http-1xx`..`http-5xx`, `http-unknown` and the `page-` texts of error-page.ftl"
            ),
            LoadErrorKind::UnknownAttribute { id, attribute } => write!(
                f,
                "unknown attribute `.{attribute}` on `{id}`; use `.description` or `.advice`"
            ),
            LoadErrorKind::Empty { id } => {
                write!(f, "`{id}` has no text; give it a value or remove it")
            }
            LoadErrorKind::Format { id, message } => write!(
                f,
                "`{id}` cannot be formatted: {message}; status texts take no variables, \
                 page texts only `$code`"
            ),
            LoadErrorKind::InvalidTag { tag } => write!(
                f,
                "`{tag}` is not a valid language tag; use a BCP 47 tag such as `de` or `pt-BR`"
            ),
            LoadErrorKind::TooDeep { limit } => write!(
                f,
                "placeables are nested more than {limit} deep here; flatten the text"
            ),
            LoadErrorKind::TooLarge { size, limit } => write!(
                f,
                "the file has {size} bytes, more than the limit of {limit}; split or shorten it"
            ),
            LoadErrorKind::Template { message } => write!(f, "template: {message}"),
            LoadErrorKind::Io { source } => write!(f, "cannot read it: {source}"),
        }
    }
}

/// An override could not be loaded. Nothing of the builder's input is used when this is
/// returned: the catalogue is either built from all of it or not at all.
///
/// The message names the file (or the tag given to [`CatalogBuilder::add_ftl`]), the line
/// and column where there is one, and what to do:
///
/// ```
/// use http_status_i18n::Catalog;
/// let err = Catalog::builder()
///     .add_ftl("de", "http-404 = Nicht gefunden\nhttp-999 = Oops\n")
///     .build()
///     .unwrap_err();
/// assert_eq!(err.position().map(|p| (p.line, p.column)), Some((2, 1)));
/// assert!(err.to_string().starts_with("<de>:2:1: unknown message `http-999`"));
/// ```
///
/// [`CatalogBuilder::add_ftl`]: crate::CatalogBuilder::add_ftl
#[derive(Debug)]
pub struct LoadError {
    file: PathBuf,
    position: Option<Position>,
    kind: LoadErrorKind,
}

impl LoadError {
    pub(crate) fn new(
        file: impl Into<PathBuf>,
        position: Option<Position>,
        kind: LoadErrorKind,
    ) -> Self {
        LoadError {
            file: file.into(),
            position,
            kind,
        }
    }

    /// The file, or `<tag>` for sources given as strings.
    pub fn file(&self) -> &std::path::Path {
        &self.file
    }

    /// Line and column, where the problem has one.
    pub fn position(&self) -> Option<Position> {
        self.position
    }

    /// What went wrong.
    pub fn kind(&self) -> &LoadErrorKind {
        &self.kind
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(Position { line, column }) = self.position {
            write!(f, ":{line}:{column}")?;
        }
        write!(f, ": {}", self.kind)
    }
}

impl std::error::Error for LoadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            LoadErrorKind::Io { source } => Some(source),
            _ => None,
        }
    }
}
