//! Careful file access: every file the tool reads may be hostile (binary, invalid UTF-8,
//! huge, a FIFO, a symlink loop, unreadable), and every one of those ends in an
//! [`Error`] that names the file, never in a panic or a hang.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Largest file the tool reads: 1 MiB, the catalogue's own limit for `.ftl` files and some
/// thirty times the size of a complete locale.
pub const MAX_FILE_BYTES: u64 = http_status_i18n::MAX_FTL_BYTES as u64;

/// Largest interchange file (`import`): 16 MiB, an XLIFF of every message with notes is
/// well under 1 MiB.
pub const MAX_INTERCHANGE_BYTES: u64 = 16 << 20;

/// How deep the tool descends into folders for `**` patterns.
const MAX_DEPTH: usize = 16;

/// 1-based line and column (in Unicode scalar values) of byte `offset` in `text`.
///
/// ```
/// assert_eq!(l10n::files::line_column("ab\ncd", 4), (2, 2));
/// ```
pub fn line_column(text: &str, offset: usize) -> (u32, u32) {
    let position = http_status_i18n::Position::of_offset(text, offset);
    (position.line, position.column)
}

/// Reads `path` as UTF-8 text of at most `limit` bytes.
pub fn read_text_limited(path: &Path, limit: u64) -> Result<String> {
    let metadata = fs::metadata(path).map_err(|e| Error::io(path, "cannot read it", e))?;
    if !metadata.is_file() {
        return Err(Error::NotAFile {
            path: path.to_owned(),
        });
    }
    if metadata.len() > limit {
        return Err(Error::TooLarge {
            path: path.to_owned(),
            size: metadata.len(),
            limit,
        });
    }
    let file = fs::File::open(path).map_err(|e| Error::io(path, "cannot open it", e))?;
    let mut bytes = Vec::new();
    // The file may grow between `metadata` and here: read one byte past the limit at most.
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(path, "cannot read it", e))?;
    if bytes.len() as u64 > limit {
        return Err(Error::TooLarge {
            path: path.to_owned(),
            size: bytes.len() as u64,
            limit,
        });
    }
    decode(path, bytes)
}

/// Reads a `.ftl` file (or any text file the tool owns) of at most [`MAX_FILE_BYTES`].
pub fn read_text(path: &Path) -> Result<String> {
    read_text_limited(path, MAX_FILE_BYTES)
}

/// Checks that `bytes` are UTF-8 text without NUL bytes.
pub fn decode(path: &Path, bytes: Vec<u8>) -> Result<String> {
    // The library's rules: UTF-8, and no NUL byte.
    let text = http_status_i18n::source::decode_utf8(bytes).map_err(|position| Error::NotText {
        path: path.to_owned(),
        line: position.line,
        column: position.column,
        what: "invalid UTF-8",
    })?;
    if let Some(nul) = http_status_i18n::source::nul_byte(&text) {
        let (line, column) = line_column(&text, nul);
        return Err(Error::NotText {
            path: path.to_owned(),
            line,
            column,
            what: "a NUL byte (is this a binary file?)",
        });
    }
    Ok(text)
}

/// Writes `contents` to `path` through a temporary file in the same folder and a rename,
/// so that an interrupted write never leaves half a file. Creates missing parent folders.
pub fn write_atomic(path: &Path, contents: &str) -> Result<()> {
    let parent = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent).map_err(|e| Error::io(&parent, "cannot create the folder", e))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temporary = parent.join(format!(".{name}.l10n-tmp"));
    fs::write(&temporary, contents).map_err(|e| Error::io(&temporary, "cannot write it", e))?;
    fs::rename(&temporary, path).map_err(|e| {
        let _ = fs::remove_file(&temporary);
        Error::io(path, "cannot replace it", e)
    })
}

/// Every file under `dir` (recursively, without following symlinked folders), as paths
/// relative to `dir` with `/` separators, sorted. A missing `dir` gives an empty list.
pub fn walk(dir: &Path, recursive: bool) -> Result<Vec<String>> {
    let mut out = Vec::new();
    if !dir.exists() {
        return Ok(out);
    }
    walk_into(dir, "", recursive, 0, &mut out)?;
    out.sort();
    Ok(out)
}

fn walk_into(
    dir: &Path,
    prefix: &str,
    recursive: bool,
    depth: usize,
    out: &mut Vec<String>,
) -> Result<()> {
    let entries = fs::read_dir(dir).map_err(|e| Error::io(dir, "cannot list the folder", e))?;
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(dir, "cannot list the folder", e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let file_type = entry
            .file_type()
            .map_err(|e| Error::io(&entry.path(), "cannot inspect it", e))?;
        let relative = if prefix.is_empty() {
            name.clone()
        } else {
            format!("{prefix}/{name}")
        };
        if file_type.is_dir() {
            if recursive && depth < MAX_DEPTH {
                walk_into(&entry.path(), &relative, recursive, depth + 1, out)?;
            }
        } else {
            // Regular files and symlinks (a symlink to a folder or a loop is reported
            // when the file is read).
            out.push(relative);
        }
    }
    Ok(())
}

/// The sub-folders of `dir` (not following symlinks), sorted by name.
pub fn subfolders(dir: &Path) -> Result<Vec<String>> {
    let entries = fs::read_dir(dir).map_err(|e| Error::io(dir, "cannot list the folder", e))?;
    let mut out = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(dir, "cannot list the folder", e))?;
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            out.push(entry.file_name().to_string_lossy().into_owned());
        }
    }
    out.sort();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_column_counts_characters_not_bytes() {
        assert_eq!(line_column("é=x\nñb", 7), (2, 2));
        assert_eq!(line_column("abc", 99), (1, 4));
        // Inside a multi-byte character: the start of the character.
        assert_eq!(line_column("éa", 1), (1, 1));
    }

    #[test]
    fn decode_names_the_line_of_invalid_utf8_and_nul_bytes() {
        let err = decode(Path::new("f"), b"ok\nab\xff".to_vec()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "f:2:3: invalid UTF-8; save the file as UTF-8 text"
        );
        let err = decode(Path::new("f"), b"a\0".to_vec()).unwrap_err();
        assert!(err.to_string().starts_with("f:1:2: a NUL byte"), "{err}");
    }
}
