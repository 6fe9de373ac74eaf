//! Text: what a translation's words contain: markup, invisible bidi control characters,
//! and text left identical to the reference outside the allow-list.

use fluent_syntax::ast::Pattern;

use super::{Checker, Draft, Outcome, UnitPair};
use crate::finding::Rule;
use crate::ftl::{self, Parsed};
use crate::layout::FileRef;

/// Invisible characters that reorder text: LRM, RLM, ALM, the embeddings and overrides
/// U+202A..U+202E and the isolates U+2066..U+2069.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

impl Checker<'_> {
    /// Markup in a translation whose reference has none.
    pub(super) fn markup(&self, pair: &UnitPair, out: &mut Outcome) {
        let mut ref_texts = Vec::new();
        ftl::text_elements(pair.reference, &mut ref_texts);
        if ref_texts.iter().any(|t| find_markup(t).is_some()) {
            return;
        }
        let mut texts = Vec::new();
        ftl::text_elements(pair.translation, &mut texts);
        for text in texts {
            if let Some((index, what)) = find_markup(text) {
                let at = pair.parsed.offset(text) + index;
                self.push(
                    out,
                    Draft::new(
                        Rule::Markup,
                        pair.locale,
                        &pair.file.display,
                        format!(
                            "contains markup `{what}`, which {} does not have; texts are shown \
                             as plain text, so write the character itself",
                            self.config().reference_locale()
                        ),
                    )
                    .at(pair.parsed.line_column(at))
                    .id(pair.key),
                );
                return;
            }
        }
    }

    /// Bidi control characters anywhere in a unit's text.
    pub(super) fn bidi(
        &self,
        locale: &str,
        file: &FileRef,
        parsed: &Parsed,
        key: &str,
        pattern: &Pattern<&str>,
        out: &mut Outcome,
    ) {
        let mut texts = Vec::new();
        ftl::text_elements(pattern, &mut texts);
        for text in texts {
            if let Some((index, c)) = text.char_indices().find(|(_, c)| is_bidi_control(*c)) {
                let at = parsed.offset(text) + index;
                self.push(
                    out,
                    Draft::new(
                        Rule::BidiControl,
                        locale,
                        &file.display,
                        format!(
                            "contains the invisible bidi control character U+{:04X}; remove it \
                             (right-to-left text needs none: the page sets the direction)",
                            c as u32
                        ),
                    )
                    .at(parsed.line_column(at))
                    .id(key),
                );
                return;
            }
        }
    }

    /// A translation identical to the reference, outside the allow-list.
    pub(super) fn identical(&self, pair: &UnitPair, out: &mut Outcome) {
        let reference = ftl::normalized(pair.reference);
        if ftl::normalized(pair.translation) != reference
            || !reference.chars().any(char::is_alphabetic)
            || self
                .config()
                .settings
                .identical_allowed_values
                .iter()
                .any(|v| v.trim() == reference)
            || self.allow.allows(pair.locale, pair.key)
        {
            return;
        }
        let list = self
            .config()
            .settings
            .identical_allow_list
            .as_deref()
            .unwrap_or("the allow-list of l10n.toml");
        self.push(
            out,
            Draft::new(
                Rule::IdenticalToEnglish,
                pair.locale,
                &pair.file.display,
                format!(
                    "the text is identical to {} ({reference:?}); translate it, or if it is \
                     the native word, add `{} {}` to {list}",
                    self.config().reference_locale(),
                    pair.locale,
                    pair.key
                ),
            )
            .at(pair.parsed.position(pair.anchor))
            .id(pair.key),
        );
    }
}

/// `<tag`, `</tag`, `<!--` or an entity such as `&amp;` / `&#8217;`: `(byte index, text)`.
fn find_markup(text: &str) -> Option<(usize, String)> {
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'<' => {
                let next = bytes.get(i + 1).copied().unwrap_or(b' ');
                if next.is_ascii_alphabetic() || next == b'/' || next == b'!' {
                    let end = text[i..]
                        .find('>')
                        .map_or(text.len().min(i + 12), |e| i + e + 1);
                    let end = (i + 1..=end)
                        .rev()
                        .find(|&e| text.is_char_boundary(e))
                        .unwrap_or(i + 1);
                    return Some((i, text[i..end].to_owned()));
                }
            }
            b'&' => {
                let rest = &text[i + 1..];
                let name_len = rest
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '#'))
                    .unwrap_or(rest.len());
                if name_len > 0 && name_len <= 10 && rest[name_len..].starts_with(';') {
                    return Some((i, text[i..i + name_len + 2].to_owned()));
                }
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_tags_and_entities_but_not_comparisons() {
        assert_eq!(find_markup("a <b>bold</b>").unwrap(), (2, "<b>".to_owned()));
        assert_eq!(find_markup("Tom &amp; Jerry").unwrap().1, "&amp;");
        assert!(find_markup("1 < 2 & 3 > 2").is_none());
        assert!(find_markup("R&D; fine").unwrap().1 == "&D;");
    }
}
