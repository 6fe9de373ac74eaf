//! A language tag, parsed by the grammar of Unicode BCP 47 locale identifiers (as ICU4X's
//! `Locale` parses them), without the ICU4X crates: language, script, region and variants
//! in canonical case, extensions checked and dropped.

use std::fmt;

/// The parts of a language tag that the catalogue looks at, in canonical case: language
/// lowercase, script titlecase, region uppercase, variants lowercase, sorted and unique.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub(crate) struct LanguageTag {
    pub(crate) language: String,
    pub(crate) script: Option<String>,
    pub(crate) region: Option<String>,
    pub(crate) variants: Vec<String>,
}

impl fmt::Display for LanguageTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.language)?;
        for part in self.script.iter().chain(&self.region).chain(&self.variants) {
            write!(f, "-{part}")?;
        }
        Ok(())
    }
}

fn is_alpha(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_alphabetic())
}

fn is_alnum(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_alphanumeric())
}

fn is_language(s: &str) -> bool {
    (2..=3).contains(&s.len()) && is_alpha(s)
}

fn is_script(s: &str) -> bool {
    s.len() == 4 && is_alpha(s)
}

fn is_region(s: &str) -> bool {
    (s.len() == 2 && is_alpha(s)) || (s.len() == 3 && s.bytes().all(|b| b.is_ascii_digit()))
}

fn is_variant(s: &str) -> bool {
    is_alnum(s)
        && match s.len() {
            5..=8 => true,
            4 => s.as_bytes().first().is_some_and(u8::is_ascii_digit),
            _ => false,
        }
}

fn titlecase(s: &str) -> String {
    let mut out = s.to_ascii_lowercase();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// A cursor over the subtags of a tag.
struct Subtags<'t> {
    parts: std::iter::Peekable<std::str::Split<'t, char>>,
}

impl<'t> Subtags<'t> {
    fn peek(&mut self) -> Option<&'t str> {
        self.parts.peek().copied()
    }

    fn next(&mut self) -> Option<&'t str> {
        self.parts.next()
    }
}

impl LanguageTag {
    /// Parses `tag` (subtags separated by `-`), or `None` if it is not well-formed.
    pub(crate) fn parse(tag: &str) -> Option<LanguageTag> {
        if tag.is_empty() || !tag.is_ascii() {
            return None;
        }
        let mut subtags = Subtags {
            parts: tag.split('-').peekable(),
        };
        let mut parsed = language_identifier(&mut subtags, false)?;
        extensions(&mut subtags)?;
        if subtags.next().is_some() {
            return None;
        }
        parsed.variants.sort();
        Some(parsed)
    }

    /// A tag of language, script and region only.
    pub(crate) fn new(language: &str, script: Option<&str>, region: Option<&str>) -> Self {
        LanguageTag {
            language: language.to_owned(),
            script: script.map(str::to_owned),
            region: region.map(str::to_owned),
            variants: Vec::new(),
        }
    }
}

/// `language [-script] [-region] *(-variant)`; with `partial`, stops (instead of failing)
/// at a subtag that does not fit, as inside a `-t-` extension.
fn language_identifier(subtags: &mut Subtags<'_>, partial: bool) -> Option<LanguageTag> {
    let language = subtags.next().filter(|s| is_language(s))?;
    let mut tag = LanguageTag {
        language: language.to_ascii_lowercase(),
        ..LanguageTag::default()
    };
    #[derive(PartialEq)]
    enum Next {
        Script,
        Region,
        Variant,
    }
    let mut next = Next::Script;
    while let Some(subtag) = subtags.peek() {
        if subtag.len() == 1 {
            break;
        }
        if next == Next::Script && is_script(subtag) {
            tag.script = Some(titlecase(subtag));
            next = Next::Region;
        } else if next != Next::Variant && is_region(subtag) {
            tag.region = Some(subtag.to_ascii_uppercase());
            next = Next::Variant;
        } else if is_variant(subtag) {
            let variant = subtag.to_ascii_lowercase();
            if tag.variants.contains(&variant) {
                return None;
            }
            tag.variants.push(variant);
            next = Next::Variant;
        } else if partial {
            break;
        } else {
            return None;
        }
        subtags.next();
    }
    Some(tag)
}

/// Checks the extensions (`-u-`, `-t-`, `-x-` and other singletons) as BCP 47 defines
/// them; the catalogue ignores their content.
fn extensions(subtags: &mut Subtags<'_>) -> Option<()> {
    let mut seen: Vec<u8> = Vec::new();
    while let Some(singleton) = subtags.next() {
        let &[byte] = singleton.as_bytes() else {
            return None;
        };
        let byte = byte.to_ascii_lowercase();
        if !byte.is_ascii_alphanumeric() || seen.contains(&byte) {
            return None;
        }
        seen.push(byte);
        match byte {
            b'u' => unicode_extension(subtags)?,
            b't' => transform_extension(subtags)?,
            b'x' => {
                let mut any = false;
                for subtag in subtags.parts.by_ref() {
                    if !(1..=8).contains(&subtag.len()) || !is_alnum(subtag) {
                        return None;
                    }
                    any = true;
                }
                if !any {
                    return None;
                }
            }
            _ => {
                let mut any = false;
                while let Some(subtag) = subtags.peek() {
                    if !(2..=8).contains(&subtag.len()) || !is_alnum(subtag) {
                        break;
                    }
                    any = true;
                    subtags.next();
                }
                if !any {
                    return None;
                }
            }
        }
    }
    Some(())
}

/// `-u-`: attributes (3 to 8 alphanumerics), then keywords: a key (an alphanumeric and a
/// letter) with values of 3 to 8 alphanumerics.
fn unicode_extension(subtags: &mut Subtags<'_>) -> Option<()> {
    let value = |s: &str| (3..=8).contains(&s.len()) && is_alnum(s);
    let key = |s: &str| {
        let b = s.as_bytes();
        b.len() == 2
            && b.first().is_some_and(u8::is_ascii_alphanumeric)
            && b.get(1).is_some_and(u8::is_ascii_alphabetic)
    };
    let mut any = false;
    while subtags.peek().is_some_and(value) {
        subtags.next();
        any = true;
    }
    while subtags.peek().is_some_and(key) {
        subtags.next();
        any = true;
        while subtags.peek().is_some_and(value) {
            subtags.next();
        }
    }
    match subtags.peek() {
        Some(next) if next.len() != 1 => None,
        _ => any.then_some(()),
    }
}

/// `-t-`: an optional language identifier, then fields: a key (a letter and a digit) with
/// at least one value of 3 to 8 alphanumerics.
fn transform_extension(subtags: &mut Subtags<'_>) -> Option<()> {
    let mut any = false;
    if subtags.peek().is_some_and(is_language) {
        language_identifier(subtags, true)?;
        any = true;
    }
    let value = |s: &str| (3..=8).contains(&s.len()) && is_alnum(s);
    let key = |s: &str| {
        let b = s.as_bytes();
        b.len() == 2
            && b.first().is_some_and(u8::is_ascii_alphabetic)
            && b.get(1).is_some_and(u8::is_ascii_digit)
    };
    while subtags.peek().is_some_and(key) {
        subtags.next();
        let mut values = 0;
        while subtags.peek().is_some_and(value) {
            subtags.next();
            values += 1;
        }
        if values == 0 {
            return None;
        }
        any = true;
    }
    match subtags.peek() {
        Some(next) if next.len() != 1 => None,
        _ => any.then_some(()),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_cased_and_variants_sorted() {
        let tag = LanguageTag::parse("SR-latn-rs-VALENCIA-1996").unwrap();
        assert_eq!(tag.to_string(), "sr-Latn-RS-1996-valencia");
        assert_eq!(
            LanguageTag::parse("de-DE-u-co-phonebk-x-private")
                .unwrap()
                .to_string(),
            "de-DE"
        );
        assert_eq!(
            LanguageTag::parse("es-419").unwrap().region.as_deref(),
            Some("419")
        );
    }

    #[test]
    fn malformed_tags_are_refused() {
        for bad in [
            "",
            "e",
            "english",
            "en--US",
            "en-US-",
            "de-1996-1996",
            "en-u",
            "en-x",
            "en-u-u-ca",
            "en-a-b",
            "zh-yue",
            "en-US-Latn",
            "de-u-ca-gregory-u-nu-latn",
            "ä",
        ] {
            assert_eq!(LanguageTag::parse(bad), None, "{bad}");
        }
    }
}
