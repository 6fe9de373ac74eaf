//! The errors that stop a command before it can report findings: unreadable or hostile
//! files, a broken configuration, bad arguments. All of them exit with code 2.

use std::fmt;
use std::path::{Path, PathBuf};

/// A problem that prevents a command from doing its work (exit code 2). Findings about
/// the content of `.ftl` files are not errors; they are [`Finding`](crate::Finding)s.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file or folder could not be read or written.
    #[error("{}: {action}: {source}", path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What the tool tried, such as "cannot read it".
        action: &'static str,
        /// The operating system's error.
        #[source]
        source: std::io::Error,
    },
    /// Something that should be a regular file is not (a folder, a FIFO, a device).
    #[error("{}: not a regular file; expected a UTF-8 text file", path.display())]
    NotAFile {
        /// The path.
        path: PathBuf,
    },
    /// A file is larger than the tool reads.
    #[error(
        "{}: the file has {size} bytes, more than the limit of {limit}; \
         a complete locale file is some thirty times smaller, so check that this is the right file",
        path.display()
    )]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size, or the number of bytes read before giving up.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// A file is not UTF-8 text, or holds NUL bytes (a binary file).
    #[error("{}:{line}:{column}: {what}; save the file as UTF-8 text", path.display())]
    NotText {
        /// The file.
        path: PathBuf,
        /// 1-based line of the first bad byte.
        line: u32,
        /// 1-based column (in characters) of the first bad byte.
        column: u32,
        /// "invalid UTF-8" or "a NUL byte (binary file?)".
        what: &'static str,
    },
    /// Placeables or call arguments nested deeper than the parser is allowed to recurse.
    #[error(
        "{}:{line}:{column}: placeables nested more than {limit} deep; \
         no translation needs this, so the file is refused unread",
        path.display()
    )]
    TooDeep {
        /// The file.
        path: PathBuf,
        /// 1-based line where the limit is passed.
        line: u32,
        /// 1-based column.
        column: u32,
        /// The nesting limit.
        limit: usize,
    },
    /// The configuration file is missing or wrong.
    #[error("{}: {message}", path.display())]
    Config {
        /// The configuration file.
        path: PathBuf,
        /// What is wrong and what to do.
        message: String,
    },
    /// A file given to `import` is not valid XLIFF 2.0 or PO.
    #[error("{}{}: {message}", path.display(), position.map(|(l, c)| format!(":{l}:{c}")).unwrap_or_default())]
    Interchange {
        /// The file.
        path: PathBuf,
        /// Line and column, where known.
        position: Option<(u32, u32)>,
        /// What is wrong.
        message: String,
    },
    /// The arguments do not make sense together, or name something that does not exist.
    #[error("{0}")]
    Usage(String),
}

impl Error {
    /// An [`Error::Io`] for `path`.
    pub fn io(path: &Path, action: &'static str, source: std::io::Error) -> Self {
        Error::Io {
            path: path.to_owned(),
            action,
            source,
        }
    }

    /// An [`Error::Config`] for `path`.
    pub fn config(path: &Path, message: impl fmt::Display) -> Self {
        Error::Config {
            path: path.to_owned(),
            message: message.to_string(),
        }
    }
}

/// The result type of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;
