//! Script and letters: each locale is written in its own script (`[l10n.scripts]`), with
//! only the Latin words every language keeps (`kept-words`), and with its own language's
//! letters rather than a neighbour's (`[l10n.forbidden-letters]`, `[l10n.forbidden-words]`,
//! `[l10n.own-letters]`): Simplified characters in zh-TW, Russian letters in uk, bg or kk,
//! Arabic yeh and kaf in fa or ur, Hindi forms in mr.

use super::{Checker, Draft, Outcome, UnitPair};
use crate::finding::Rule;
use crate::ftl;

/// The Unicode scripts the configuration can name, with their blocks.
const SCRIPTS: &[(&str, &[(u32, u32)])] = &[
    (
        "Latin",
        &[(0x41, 0x5A), (0x61, 0x7A), (0xC0, 0x2AF), (0x1E00, 0x1EFF)],
    ),
    ("Cyrillic", &[(0x400, 0x4FF), (0x500, 0x52F)]),
    ("Greek", &[(0x370, 0x3FF), (0x1F00, 0x1FFF)]),
    (
        "Arabic",
        &[
            (0x600, 0x6FF),
            (0x750, 0x77F),
            (0xFB50, 0xFDFF),
            (0xFE70, 0xFEFF),
        ],
    ),
    ("Hebrew", &[(0x590, 0x5FF)]),
    ("Devanagari", &[(0x900, 0x97F)]),
    ("Bengali", &[(0x980, 0x9FF)]),
    ("Gurmukhi", &[(0xA00, 0xA7F)]),
    ("Gujarati", &[(0xA80, 0xAFF)]),
    ("Tamil", &[(0xB80, 0xBFF)]),
    ("Telugu", &[(0xC00, 0xC7F)]),
    ("Kannada", &[(0xC80, 0xCFF)]),
    ("Malayalam", &[(0xD00, 0xD7F)]),
    ("Thai", &[(0xE00, 0xE7F)]),
    ("Georgian", &[(0x10A0, 0x10FF), (0x1C90, 0x1CBF)]),
    ("Armenian", &[(0x530, 0x58F)]),
    (
        "Han",
        &[(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0x3005, 0x3005)],
    ),
    ("Kana", &[(0x3040, 0x30FF)]),
    (
        "Hangul",
        &[(0xAC00, 0xD7AF), (0x1100, 0x11FF), (0x3130, 0x318F)],
    ),
];

/// The script names the configuration may use.
pub fn script_names() -> impl Iterator<Item = &'static str> {
    SCRIPTS.iter().map(|(name, _)| *name)
}

/// The script of a letter, by the blocks above.
pub fn script_of(c: char) -> Option<&'static str> {
    let u = c as u32;
    SCRIPTS
        .iter()
        .find(|(_, blocks)| blocks.iter().any(|&(a, b)| (a..=b).contains(&u)))
        .map(|(name, _)| *name)
}

/// `1xx`, `5xx`: digits followed by x's name a range of codes, not a word.
fn is_code_range(word: &str) -> bool {
    let rest = word.trim_start_matches(|c: char| c.is_ascii_digit());
    rest.len() < word.len() && !rest.is_empty() && rest.chars().all(|c| c == 'x')
}

/// Whether `c` separates words (for forbidden words).
fn separates(c: char) -> bool {
    c.is_whitespace() || c.is_ascii_punctuation() || "।॥،؛؟«»“”‘’—–…".contains(c)
}

impl Checker<'_> {
    /// The scripts a locale is written in, if the configuration says.
    fn scripts_of(&self, locale: &str) -> Option<&[String]> {
        if Self::is_pseudo(locale) {
            return None;
        }
        let scripts = &self.config().settings.scripts;
        scripts
            .get(locale)
            .or_else(|| scripts.get("*"))
            .map(Vec::as_slice)
    }

    /// Letters outside the locale's scripts, and Latin words that are not kept words.
    pub(super) fn script(&self, pair: &UnitPair, out: &mut Outcome) {
        let Some(allowed) = self.scripts_of(pair.locale) else {
            return;
        };
        let latin = allowed.iter().any(|s| s == "Latin");
        let kept = &self.config().settings.kept_words;
        let mut texts = Vec::new();
        ftl::text_elements(pair.translation, &mut texts);
        for text in texts {
            let base = pair.parsed.offset(text);
            let report = |index: usize, message: String, out: &mut Outcome| {
                self.push(
                    out,
                    Draft::new(Rule::Script, pair.locale, &pair.file.display, message)
                        .at(pair.parsed.line_column(base + index))
                        .id(pair.key),
                );
            };
            if !latin {
                let mut start = None;
                for (i, c) in text
                    .char_indices()
                    .chain(std::iter::once((text.len(), ' ')))
                {
                    match (start, c.is_ascii_alphanumeric()) {
                        (None, true) => start = Some(i),
                        (Some(s), false) => {
                            let word = text.get(s..i).unwrap_or_default();
                            let has_letter = word.chars().any(|c| c.is_ascii_alphabetic());
                            if has_letter && !kept.iter().any(|k| k == word) && !is_code_range(word)
                            {
                                report(
                                    s,
                                    format!(
                                        "the Latin word `{word}` in a locale written in {}; \
                                         translate it, or add it to `kept-words` if every language \
                                         keeps it",
                                        allowed.join(" and ")
                                    ),
                                    out,
                                );
                                return;
                            }
                            start = None;
                        }
                        _ => {}
                    }
                }
            }
            for (i, c) in text.char_indices().filter(|(_, c)| c.is_alphabetic()) {
                let script = script_of(c);
                let ok = match script {
                    Some("Latin") => true, // Latin words are judged above.
                    Some(script) => allowed.iter().any(|a| a == script),
                    None => false,
                };
                if !ok {
                    report(
                        i,
                        format!(
                            "`{c}` (U+{:04X}, {}) is not in {}, the script of this locale",
                            c as u32,
                            script.unwrap_or("another script"),
                            allowed.join(" or ")
                        ),
                        out,
                    );
                    return;
                }
            }
        }
    }

    /// Letters and words of a neighbouring language.
    pub(super) fn letters(&self, pair: &UnitPair, out: &mut Outcome) {
        let settings = &self.config().settings;
        let forbidden = settings.forbidden_letters.get(pair.locale);
        let words = settings.forbidden_words.get(pair.locale);
        if forbidden.is_none() && words.is_none() {
            return;
        }
        let mut texts = Vec::new();
        ftl::text_elements(pair.translation, &mut texts);
        for text in texts {
            let base = pair.parsed.offset(text);
            let found_letter = forbidden.and_then(|letters| {
                text.char_indices()
                    .find(|(_, c)| c.to_lowercase().any(|l| letters.contains(l)))
                    .map(|(i, c)| (i, format!("the letter `{c}` belongs to another language")))
            });
            let found_word = words.and_then(|words| {
                words.iter().find_map(|word| {
                    text.match_indices(word.as_str())
                        .find(|(i, _)| {
                            let before = text.get(..*i).and_then(|t| t.chars().next_back());
                            let after = text.get(i + word.len()..).and_then(|t| t.chars().next());
                            before.is_none_or(separates) && after.is_none_or(separates)
                        })
                        .map(|(i, _)| (i, format!("`{word}` is a form of another language")))
                })
            });
            if let Some((index, message)) = found_letter.or(found_word) {
                self.push(
                    out,
                    Draft::new(Rule::Letters, pair.locale, &pair.file.display, message)
                        .at(pair.parsed.line_column(base + index))
                        .id(pair.key),
                );
                return;
            }
        }
    }

    /// A locale uses enough of its own language's letters (`[l10n.own-letters]`).
    pub(super) fn own_letters(&self, locale: &str, file: &str, all_text: &str, out: &mut Outcome) {
        let Some(own) = self.config().settings.own_letters.get(locale) else {
            return;
        };
        let lower = all_text.to_lowercase();
        let used = own.letters.chars().filter(|c| lower.contains(*c)).count();
        if used < own.at_least {
            self.push(
                out,
                Draft::new(
                    Rule::Letters,
                    locale,
                    file,
                    format!(
                        "uses only {used} of its language's own letters `{}` (at least {} \
                         expected); is it written in a neighbouring language?",
                        own.letters, own.at_least
                    ),
                ),
            );
        }
    }
}
