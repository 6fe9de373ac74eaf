//! Syntax and file hygiene: entries the Fluent parser cannot read (Junk), and the
//! file-level causes behind most of them: a byte order mark, Windows line ends, tab
//! indentation and a missing final newline.

use fluent_syntax::ast::Entry;

use super::{Checker, Draft, Outcome};
use crate::finding::Rule;
use crate::ftl::Parsed;
use crate::layout::FileRef;

impl Checker<'_> {
    /// Syntax errors, Junk and the file-level problems behind most of them.
    pub(super) fn hygiene(&self, locale: &str, file: &FileRef, parsed: &Parsed, out: &mut Outcome) {
        let text = parsed.text;
        let display = file.display.as_str();
        if text.starts_with('\u{feff}') {
            self.push(
                out,
                Draft::new(
                    Rule::ByteOrderMark,
                    locale,
                    display,
                    "the file starts with a byte order mark (BOM), an invisible character \
                     that breaks the first entry; save it as UTF-8 without BOM"
                        .into(),
                )
                .at((1, 1)),
            );
        }
        let crlf: Vec<usize> = text.match_indices("\r\n").map(|(i, _)| i).collect();
        if let Some(&first) = crlf.first() {
            self.push(
                out,
                Draft::new(
                    Rule::Crlf,
                    locale,
                    display,
                    format!(
                        "Windows line ends (CRLF) on {} line(s); save the file with Unix line \
                         ends (LF)",
                        crlf.len()
                    ),
                )
                .at(parsed.line_column(first)),
            );
        }
        let mut tab_lines = Vec::new();
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            let indent_end = line
                .find(|c: char| c != ' ' && c != '\t')
                .unwrap_or(line.len());
            if let Some(tab) = line[..indent_end].find('\t') {
                tab_lines.push(offset + tab);
            }
            offset += line.len();
        }
        if let Some(&first) = tab_lines.first() {
            let more = match tab_lines.len() {
                1 => String::new(),
                n => format!(" (and {} more line(s))", n - 1),
            };
            self.push(
                out,
                Draft::new(
                    Rule::Tab,
                    locale,
                    display,
                    format!(
                        "this line is indented with a tab{more}; Fluent only accepts spaces, \
                         so indent attributes and continued lines with 4 spaces"
                    ),
                )
                .at(parsed.line_column(first)),
            );
        }
        if !text.is_empty() && !text.ends_with('\n') {
            self.push(
                out,
                Draft::new(
                    Rule::FinalNewline,
                    locale,
                    display,
                    "the file does not end with a newline; add one after the last line".into(),
                )
                .at(parsed.line_column(text.len())),
            );
        }
        for entry in &parsed.resource.body {
            let Entry::Junk { content } = entry else {
                continue;
            };
            let start = parsed.offset(content);
            let end = start + content.len();
            let error = parsed
                .errors
                .iter()
                .find(|e| e.pos.start >= start && e.pos.start <= end);
            let (at, reason) = match error {
                Some(e) => (e.pos.start, e.kind.to_string()),
                None => (start, "unreadable entry".to_owned()),
            };
            // An error at the end of the file points at the end of the entry's last line.
            let at = at.min(start + content.trim_end().len());
            let mut message = format!("Fluent syntax error: {reason}");
            let hint = if content.lines().any(|l| l.starts_with('\t')) {
                "; a line of this entry is indented with a tab, which Fluent does not accept"
            } else if start == 3 && text.starts_with('\u{feff}') {
                "; the byte order mark before it is the likely cause"
            } else if content.contains('\r') {
                "; a stray carriage return (CR) is the likely cause"
            } else {
                "; the whole entry is ignored until it is fixed"
            };
            message.push_str(hint);
            let id = junk_id(content);
            let mut draft =
                Draft::new(Rule::Syntax, locale, display, message).at(parsed.line_column(at));
            draft.id = id;
            self.push(out, draft);
        }
    }
}

/// The ID at the start of a Junk entry, if it has one.
fn junk_id(content: &str) -> Option<String> {
    let line = content
        .lines()
        .find(|l| !l.starts_with('#') && !l.trim().is_empty())?;
    let (id, _) = line.split_once('=')?;
    let id = id.trim();
    let bare = id.strip_prefix('-').unwrap_or(id);
    (!bare.is_empty()
        && bare
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
    .then(|| id.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn junk_ids_are_read_from_the_first_line() {
        assert_eq!(junk_id("http-404 = {\n").as_deref(), Some("http-404"));
        assert_eq!(junk_id("-brand = {\n").as_deref(), Some("-brand"));
        assert_eq!(junk_id("}}} nonsense\n"), None);
    }
}
