//! `pseudo`: pseudo-locales made from the reference, for testing layouts before any
//! translation exists.
//!
//! - `en-XA` (accented): every letter accented, vowels doubled (about 30% longer, like
//!   the translations of most languages), each text in `[` `]` so that cut-off text shows.
//! - `ar-XB` (mirrored): letters flipped and each line's text reversed, so the page reads
//!   right to left. No bidi control characters are used: `check` refuses them, and the
//!   page's direction comes from the locale, as for real right-to-left languages.
//!
//! The letter tables are those of fluent.js's pseudo-localization strategies.

use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, Resource};
use fluent_syntax::{parser, serializer};

use crate::config::Config;
use crate::error::{Error, Result};
use crate::files;
use crate::layout::Layout;

const ACCENTED_UPPER: &str = "ȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ";
const ACCENTED_LOWER: &str = "ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑ";
const FLIPPED_UPPER: &str = "∀ԐↃᗡƎℲ⅁HIſӼ⅂WNOԀÒᴚS⊥∩ɅＭX⅄Z";
const FLIPPED_LOWER: &str = "ɐqɔpǝɟƃɥıɾʞʅɯuodbɹsʇnʌʍxʎz";

/// A pseudo-locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Strategy {
    /// `en-XA`: accented, longer, bracketed.
    Accented,
    /// `ar-XB`: mirrored right to left.
    Mirrored,
}

impl Strategy {
    /// Both pseudo-locales.
    pub const ALL: [Strategy; 2] = [Strategy::Accented, Strategy::Mirrored];

    /// The locale tag: `en-XA` or `ar-XB`.
    pub fn tag(self) -> &'static str {
        match self {
            Strategy::Accented => "en-XA",
            Strategy::Mirrored => "ar-XB",
        }
    }
}

fn map_letter(c: char, upper: &str, lower: &str) -> char {
    let table = if c.is_ascii_uppercase() {
        upper
    } else if c.is_ascii_lowercase() {
        lower
    } else {
        return c;
    };
    let index = (c.to_ascii_lowercase() as u8 - b'a') as usize;
    table.chars().nth(index).unwrap_or(c)
}

/// Accents the letters of `text` and doubles its vowels.
///
/// ```
/// assert_eq!(l10n::pseudo::accent("Not Found"), "Ƞǿǿŧ Ƒǿǿŭŭƞḓ");
/// ```
pub fn accent(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        let mapped = map_letter(c, ACCENTED_UPPER, ACCENTED_LOWER);
        out.push(mapped);
        if "aeiouAEIOU".contains(c) {
            out.push(mapped);
        }
    }
    out
}

/// Flips the letters of `text` and reverses each of its lines.
///
/// ```
/// assert_eq!(l10n::pseudo::mirror("Not Found"), "punoℲ ʇoN");
/// ```
pub fn mirror(text: &str) -> String {
    text.split('\n')
        .map(|line| {
            line.chars()
                .rev()
                .map(|c| map_letter(c, FLIPPED_UPPER, FLIPPED_LOWER))
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn transform_pattern(pattern: &mut Pattern<String>, strategy: Strategy) {
    for element in &mut pattern.elements {
        match element {
            PatternElement::TextElement { value } => {
                *value = match strategy {
                    Strategy::Accented => accent(value),
                    Strategy::Mirrored => mirror(value),
                };
            }
            PatternElement::Placeable { expression } => transform_expression(expression, strategy),
        }
    }
    let multiline = pattern.elements.iter().any(|e| match e {
        PatternElement::TextElement { value } => value.contains('\n'),
        PatternElement::Placeable { .. } => false,
    });
    if strategy == Strategy::Mirrored && !multiline {
        pattern.elements.reverse();
    }
}

fn transform_expression(expression: &mut Expression<String>, strategy: Strategy) {
    match expression {
        Expression::Select { variants, .. } => {
            for variant in variants {
                transform_pattern(&mut variant.value, strategy);
            }
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            transform_expression(expression, strategy);
        }
        Expression::Inline(_) => {}
    }
}

/// Puts a message's value in brackets. Where the pattern would start on a line of its own
/// (a select expression or several lines), a `[` there would read as a variant key, so
/// the opening bracket is a string literal placeable instead.
fn bracket(pattern: &mut Pattern<String>) {
    let starts_on_new_line = pattern.elements.iter().any(|e| match e {
        PatternElement::TextElement { value } => value.contains('\n'),
        PatternElement::Placeable { expression } => matches!(expression, Expression::Select { .. }),
    });
    match pattern.elements.first_mut() {
        Some(PatternElement::TextElement { value }) if !starts_on_new_line => {
            value.insert(0, '[');
        }
        _ if !starts_on_new_line => pattern.elements.insert(
            0,
            PatternElement::TextElement {
                value: "[".to_owned(),
            },
        ),
        _ => pattern.elements.insert(
            0,
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::StringLiteral {
                    value: "[".to_owned(),
                }),
            },
        ),
    }
    match pattern.elements.last_mut() {
        Some(PatternElement::TextElement { value }) => value.push(']'),
        _ => pattern.elements.push(PatternElement::TextElement {
            value: "]".to_owned(),
        }),
    }
}

/// The pseudo-localized text of a reference file. Junk is dropped; comments are kept.
pub fn pseudo_file(reference: &str, strategy: Strategy) -> String {
    let reference = reference.strip_prefix('\u{feff}').unwrap_or(reference);
    let mut resource: Resource<String> = match parser::parse(reference.to_owned()) {
        Ok(resource) => resource,
        Err((resource, _)) => resource,
    };
    resource.body.retain(|e| !matches!(e, Entry::Junk { .. }));
    for entry in &mut resource.body {
        match entry {
            Entry::Message(message) => {
                if let Some(value) = &mut message.value {
                    transform_pattern(value, strategy);
                    if strategy == Strategy::Accented {
                        bracket(value);
                    }
                }
                for attribute in &mut message.attributes {
                    transform_pattern(&mut attribute.value, strategy);
                    if strategy == Strategy::Accented {
                        bracket(&mut attribute.value);
                    }
                }
            }
            Entry::Term(term) => {
                transform_pattern(&mut term.value, strategy);
                for attribute in &mut term.attributes {
                    transform_pattern(&mut attribute.value, strategy);
                }
            }
            _ => {}
        }
    }
    serializer::serialize(&resource)
}

/// Writes both pseudo-locales of every reference file below `out`
/// (`out/en-XA/...`, `out/ar-XB/...`), or below the configured `pseudo-dir`.
pub fn generate(config: &Config, out: Option<&Path>) -> Result<Vec<PathBuf>> {
    let out = match out {
        Some(dir) => dir.to_owned(),
        None => config.resolve(&config.settings.pseudo_dir),
    };
    let layout = Layout::new(config, None);
    let references = layout.reference_files()?;
    if references.is_empty() {
        return Err(Error::Usage(
            "the reference has no .ftl files to make pseudo-locales from".to_owned(),
        ));
    }
    let mut written = Vec::new();
    for reference in &references {
        let text = files::read_text(&reference.path)?;
        crate::ftl::check_nesting(&reference.path, &text)?;
        for strategy in Strategy::ALL {
            let path = out.join(strategy.tag()).join(&reference.key);
            files::write_atomic(&path, &pseudo_file(&text, strategy))?;
            written.push(path);
        }
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letter_tables_have_26_letters_each() {
        for table in [ACCENTED_UPPER, ACCENTED_LOWER, FLIPPED_UPPER, FLIPPED_LOWER] {
            assert_eq!(table.chars().count(), 26, "{table}");
        }
    }

    #[test]
    fn placeables_survive_and_mirroring_moves_them_to_the_other_end() {
        let source = "x = Error { $code }\n";
        assert_eq!(
            pseudo_file(source, Strategy::Accented),
            "x = [ḖḖřřǿǿř { $code }]\n"
        );
        assert_eq!(
            pseudo_file(source, Strategy::Mirrored),
            "x = { $code } ɹoɹɹƎ\n"
        );
    }

    #[test]
    fn select_expressions_keep_their_keys_and_get_a_literal_bracket() {
        let source =
            "x =\n    { $n ->\n        [one] One file\n       *[other] { $n } files\n    }\n";
        let out = pseudo_file(source, Strategy::Accented);
        assert_eq!(
            out,
            "x =\n    { \"[\" }{ $n ->\n        [one] ǾǾƞḗḗ ƒīīŀḗḗ\n       *[other] { $n } ƒīīŀḗḗş\n    }]\n"
        );
        assert!(parser::parse(out.as_str()).is_ok());
    }
}
