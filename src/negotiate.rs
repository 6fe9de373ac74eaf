//! Accept-Language negotiation: RFC 9110 section 12.5.4 with RFC 4647 lookup, over the
//! locales of a catalogue.
//!
//! The header is read element by element: an element with a malformed range or q-value, or
//! with any parameter other than `q`, is dropped alone, never the whole header. `q=0`
//! excludes a range (and wins over a positive duplicate of the same range); `*;q=0`
//! excludes everything the header does not list. Ranges are tried by descending q, ties in
//! the header's order; each is matched with the catalogue's own canonicalization and CLDR
//! chain (`zh-MO` → zh-HK, `iw` → he, `zh_CN` accepted). Only when no range matches that
//! way is the same language in another region taken, never another script. An empty,
//! absent or all-invalid header gets the default locale.
//!
//! Work is bounded: the header is cut to [`MAX_HEADER_LEN`] bytes (at the last comma before
//! the limit) and at most [`MAX_ELEMENTS`] elements are read, each in time linear in its
//! length.

use crate::catalog::{Catalog, Locale};
use crate::locale::{canonical_locale, LanguageTag};
use crate::Format;

/// Longest header read, in bytes; longer input is cut at the last comma before it.
pub const MAX_HEADER_LEN: usize = 4096;

/// Most elements of one header that are read.
pub const MAX_ELEMENTS: usize = 64;

/// One well-formed element: a language range and its weight in thousandths.
#[derive(Debug, Clone, Copy)]
struct Element<'h> {
    range: &'h str,
    q: u16,
}

fn is_ows(c: char) -> bool {
    c == ' ' || c == '\t'
}

/// `language-range = (1*8ALPHA *("-" 1*8alphanum)) / "*"` (RFC 4647), also accepting `_`
/// between subtags as POSIX-minded clients send it.
fn is_valid_range(range: &str) -> bool {
    if range == "*" {
        return true;
    }
    let mut subtags = range.split(['-', '_']);
    let first_ok = subtags
        .next()
        .is_some_and(|s| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphabetic()));
    first_ok
        && subtags
            .all(|s| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// `qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )`, in thousandths.
pub(crate) fn parse_qvalue(text: &str) -> Option<u16> {
    let (whole, fraction) = match text.split_once('.') {
        Some((whole, fraction)) => (whole, fraction),
        None => (text, ""),
    };
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut thousandths: u16 = 0;
    for (i, digit) in fraction.bytes().enumerate() {
        let scale = [100, 10, 1].get(i).copied().unwrap_or(0);
        thousandths += u16::from(digit - b'0') * scale;
    }
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

/// One element of the header, or `None` if it is malformed in any way.
fn parse_element(text: &str) -> Option<Element<'_>> {
    let mut parts = text.split(';');
    let range = parts.next()?.trim_matches(is_ows);
    if !is_valid_range(range) {
        return None;
    }
    let mut q = None;
    for parameter in parts {
        let parameter = parameter.trim_matches(is_ows);
        let value = parameter
            .strip_prefix("q=")
            .or_else(|| parameter.strip_prefix("Q="))?;
        if q.is_some() {
            return None;
        }
        q = Some(parse_qvalue(value)?);
    }
    Some(Element {
        range,
        q: q.unwrap_or(1000),
    })
}

/// The header cut to [`MAX_HEADER_LEN`] bytes at the last comma before the limit.
pub(crate) fn capped(header: &str) -> &str {
    if header.len() <= MAX_HEADER_LEN {
        return header;
    }
    let head = header.as_bytes().get(..MAX_HEADER_LEN).unwrap_or_default();
    match head.iter().rposition(|&b| b == b',') {
        // A comma is ASCII, so slicing before it stays on a character boundary.
        Some(comma) => header.get(..comma).unwrap_or_default(),
        None => "",
    }
}

/// The parsed elements of a header, kept on the stack.
struct Elements<'h> {
    items: [Element<'h>; MAX_ELEMENTS],
    len: usize,
}

impl<'h> Elements<'h> {
    fn parse(header: &'h str) -> Self {
        let mut elements = Elements {
            items: [Element { range: "", q: 0 }; MAX_ELEMENTS],
            len: 0,
        };
        let mut seen = 0;
        for raw in capped(header).split(',') {
            let raw = raw.trim_matches(is_ows);
            if raw.is_empty() {
                continue;
            }
            seen += 1;
            if seen > MAX_ELEMENTS {
                break;
            }
            if let (Some(element), Some(slot)) =
                (parse_element(raw), elements.items.get_mut(elements.len))
            {
                *slot = element;
                elements.len += 1;
            }
        }
        // A stable sort by descending q: ties keep the header's order. (Small slices are
        // sorted in place, without allocating.)
        if let Some(items) = elements.items.get_mut(..elements.len) {
            items.sort_by_key(|e| std::cmp::Reverse(e.q));
        }
        elements
    }

    fn as_slice(&self) -> &[Element<'h>] {
        self.items.get(..self.len).unwrap_or_default()
    }
}

/// Two ranges name the same thing: ASCII case and `_`/`-` do not matter.
fn same_range(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes().zip(b.bytes()).all(|(x, y)| {
            let norm = |c: u8| {
                if c == b'_' {
                    b'-'
                } else {
                    c.to_ascii_lowercase()
                }
            };
            norm(x) == norm(y)
        })
}

/// What the header excludes with `q=0`.
struct Exclusions<'h> {
    ranges: Vec<(&'h str, Option<LanguageTag>)>,
    everything_unlisted: bool,
}

impl<'h> Exclusions<'h> {
    fn of(elements: &[Element<'h>]) -> Self {
        let mut exclusions = Exclusions {
            ranges: Vec::new(),
            everything_unlisted: false,
        };
        for element in elements.iter().filter(|e| e.q == 0) {
            if element.range == "*" {
                exclusions.everything_unlisted = true;
            } else {
                let id = canonical_locale(element.range);
                exclusions.ranges.push((element.range, id));
            }
        }
        exclusions
    }

    /// `range` itself is excluded: `q=0` wins over a positive duplicate.
    fn names(&self, range: &str) -> bool {
        self.ranges
            .iter()
            .any(|(excluded, _)| same_range(excluded, range))
    }

    /// The locale is matched by an excluded range: each subtag that the range has equals
    /// the locale's (likely subtags added), as in RFC 4647 basic filtering. A positive range
    /// that is more specific than the exclusion wins over it (`sr;q=0, sr-Latn` still gets
    /// Serbian in Latin script); `chosen_by` is that range, where there is one.
    fn excludes(&self, catalog: &Catalog, locale: Locale<'_>, chosen_by: Option<&str>) -> bool {
        if self.ranges.is_empty() {
            return false;
        }
        let Some(maximized) = catalog.maximized(locale) else {
            return false;
        };
        let chosen_by = chosen_by.and_then(canonical_locale);
        self.ranges.iter().any(|(_, excluded)| {
            let Some(excluded) = excluded else {
                return false;
            };
            let matches = excluded.language == maximized.language
                && excluded
                    .script
                    .as_ref()
                    .is_none_or(|s| Some(s) == maximized.script.as_ref())
                && excluded
                    .region
                    .as_ref()
                    .is_none_or(|r| Some(r) == maximized.region.as_ref());
            matches
                && !chosen_by
                    .as_ref()
                    .is_some_and(|range| narrower(range, excluded))
        })
    }
}

/// `range` names everything `wider` names and more: same language, and each subtag of
/// `wider` present and equal in `range`, which has at least one subtag more.
fn narrower(range: &LanguageTag, wider: &LanguageTag) -> bool {
    let count = |id: &LanguageTag| {
        usize::from(id.script.is_some()) + usize::from(id.region.is_some()) + id.variants.len()
    };
    range.language == wider.language
        && wider
            .script
            .as_ref()
            .is_none_or(|s| range.script.as_ref() == Some(s))
        && wider
            .region
            .as_ref()
            .is_none_or(|r| range.region.as_ref() == Some(r))
        && count(range) > count(wider)
}

impl Catalog {
    /// The best locale of this catalogue for an `Accept-Language` header; see the
    /// [module documentation](mod@crate::negotiate) for the rules. The handle knows its
    /// fallback chain and text direction.
    ///
    /// ```
    /// use http_status_i18n::{Catalog, Direction};
    /// let catalog = Catalog::embedded();
    /// assert_eq!(catalog.negotiate("fr-CH, fr;q=0.9, en;q=0.8").tag(), "fr");
    /// assert_eq!(catalog.negotiate("zh-MO,zh;q=0.9").tag(), "zh-HK");
    /// assert_eq!(catalog.negotiate("ar-EG").direction(), Direction::RightToLeft);
    /// assert_eq!(catalog.negotiate("de;q=0, *").tag(), "en-US");
    /// assert_eq!(catalog.negotiate("").tag(), "en-US");
    /// ```
    pub fn negotiate(&self, accept_language: &str) -> Locale<'_> {
        let elements = Elements::parse(accept_language);
        let elements = elements.as_slice();
        let exclusions = Exclusions::of(elements);
        let default = self.default_locale();
        let allowed = |locale: Locale<'_>| !exclusions.excludes(self, locale, None);

        for element in elements.iter().filter(|e| e.q > 0) {
            if element.range == "*" {
                if allowed(default) {
                    return default;
                }
                if let Some(other) = self.locales().find(|&l| allowed(l)) {
                    return other;
                }
                continue;
            }
            if exclusions.names(element.range) {
                continue;
            }
            if let Some(locale) = self.match_range(element.range) {
                if !exclusions.excludes(self, locale, Some(element.range)) {
                    return locale;
                }
            }
        }
        // Last resort: the same language and script in another region.
        for element in elements.iter().filter(|e| e.q > 0 && e.range != "*") {
            if exclusions.names(element.range) {
                continue;
            }
            if let Some(locale) = self
                .same_language_other_region(element.range)
                .into_iter()
                .find(|&l| !exclusions.excludes(self, l, Some(element.range)))
            {
                return locale;
            }
        }
        if allowed(default) || exclusions.everything_unlisted {
            return default;
        }
        // The default itself is excluded and nothing else was asked for: any other
        // locale is acceptable by omission.
        self.locales().find(|&l| allowed(l)).unwrap_or(default)
    }

    /// Like [`negotiate`](Self::negotiate), but an explicit choice (from the URL, a cookie
    /// or an account setting) wins when the catalogue has a locale for it.
    ///
    /// ```
    /// let catalog = http_status_i18n::Catalog::embedded();
    /// assert_eq!(catalog.negotiate_with(Some("ja"), "de").tag(), "ja");
    /// assert_eq!(catalog.negotiate_with(Some("tlh"), "de").tag(), "de");
    /// assert_eq!(catalog.negotiate_with(None, "de").tag(), "de");
    /// ```
    pub fn negotiate_with(&self, explicit: Option<&str>, accept_language: &str) -> Locale<'_> {
        explicit
            .and_then(|tag| self.find_locale(tag))
            .unwrap_or_else(|| self.negotiate(accept_language))
    }
}

/// The best shipped locale tag for an `Accept-Language` header, using the embedded
/// catalogue; see [`Catalog::negotiate`].
///
/// ```
/// use http_status_i18n::negotiate;
/// assert_eq!(negotiate("de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7"), "de");
/// assert_eq!(negotiate("zh-CN;q=0, zh-TW;q=0.5"), "zh-TW");
/// assert_eq!(negotiate("garbage;;;"), "en-US");
/// ```
pub fn negotiate(accept_language: &str) -> &'static str {
    Catalog::embedded().negotiate(accept_language).tag()
}

/// The page format a client prefers by its `Accept` list (several header lines joined with
/// `,`): HTML, problem+json (also for `application/json`) or plain text. An empty list, or
/// one that accepts nothing we have, gets HTML; ties go to HTML, then problem+json. The
/// most specific matching media range decides each format's weight (RFC 9110 section
/// 12.5.1); the list is capped like `Accept-Language`.
///
/// ```
/// use http_status_i18n::{negotiate::preferred_format, Format};
/// assert_eq!(preferred_format(""), Format::Html);
/// assert_eq!(preferred_format("application/json"), Format::ProblemJson);
/// assert_eq!(preferred_format("text/html;q=0.1, text/plain"), Format::Text);
/// assert_eq!(preferred_format("text/html;q=0, */*"), Format::ProblemJson);
/// ```
pub fn preferred_format(accept: &str) -> Format {
    if accept.trim().is_empty() {
        return Format::Html;
    }
    let mut best = (Format::Html, 0u16);
    for format in [Format::Html, Format::ProblemJson, Format::Text] {
        if let Some(q) = format_weight(accept, format) {
            if q > best.1 {
                best = (format, q);
            }
        }
    }
    best.0
}

/// How much the client accepts `format`, in thousandths, given its `Accept` media ranges:
/// the most specific matching range decides (RFC 9110 section 12.5.1).
fn format_weight(accept: &str, format: Format) -> Option<u16> {
    let (kind, subtypes): (&str, &[&str]) = match format {
        Format::Html => ("text", &["html"]),
        Format::Text => ("text", &["plain"]),
        Format::ProblemJson => ("application", &["problem+json", "json"]),
    };
    let mut best: Option<(u8, u16)> = None;
    for element in capped(accept).split(',').take(MAX_ELEMENTS) {
        let mut parts = element.split(';');
        let range = parts.next().unwrap_or_default().trim();
        let mut q = 1000;
        for parameter in parts {
            let parameter = parameter.trim();
            if let Some(value) = parameter
                .strip_prefix("q=")
                .or_else(|| parameter.strip_prefix("Q="))
            {
                // The RFC 9110 grammar, shared with Accept-Language: `1e-1` or `+.5` is
                // no qvalue, and makes the range unacceptable.
                q = parse_qvalue(value.trim()).unwrap_or(0);
            }
        }
        let Some((range_type, range_subtype)) = range.split_once('/') else {
            continue;
        };
        let same_type = range_type.eq_ignore_ascii_case(kind);
        let specificity = if range_type == "*" && range_subtype == "*" {
            1
        } else if same_type && range_subtype == "*" {
            2
        } else if same_type
            && subtypes
                .iter()
                .any(|s| s.eq_ignore_ascii_case(range_subtype))
        {
            3
        } else {
            continue;
        };
        if best.is_none_or(|(s, _)| specificity > s) {
            best = Some((specificity, q));
        }
    }
    best.map(|(_, q)| q)
}

/// The lines of one header field joined into one list with `,`, as RFC 9110 allows a field
/// to be split over several lines; `None` stands for a line that is not visible ASCII,
/// which is skipped. A single line is borrowed, not copied (the common case).
#[cfg(any(feature = "http", feature = "actix-web"))]
pub(crate) fn joined_lines<'h>(
    mut lines: impl Iterator<Item = Option<&'h str>>,
) -> std::borrow::Cow<'h, str> {
    let Some(first) = lines.next() else {
        return std::borrow::Cow::Borrowed("");
    };
    let Some(second) = lines.next() else {
        return std::borrow::Cow::Borrowed(first.unwrap_or_default());
    };
    let mut joined = String::new();
    for text in [first, second].into_iter().chain(lines).flatten() {
        if !joined.is_empty() {
            joined.push(',');
        }
        joined.push_str(text);
    }
    std::borrow::Cow::Owned(joined)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qvalues_follow_the_rfc_grammar() {
        let good = [
            ("0", 0),
            ("0.", 0),
            ("0.5", 500),
            ("0.123", 123),
            ("1", 1000),
            ("1.000", 1000),
            ("0.05", 50),
        ];
        for (text, expected) in good {
            assert_eq!(parse_qvalue(text), Some(expected), "{text}");
        }
        for bad in [
            "", "2", "1.5", "0.1234", "-1", ".5", "0,5", "1.001", "abc", " 1",
        ] {
            assert_eq!(parse_qvalue(bad), None, "{bad}");
        }
    }

    #[test]
    fn capping_cuts_at_the_last_comma_before_the_limit() {
        let header = format!("{},de", "fr;q=0.5,".repeat(1000));
        let cut = capped(&header);
        assert!(cut.len() <= MAX_HEADER_LEN);
        assert!(!cut.ends_with(','));
        assert!(cut.ends_with("q=0.5"));
    }
}
