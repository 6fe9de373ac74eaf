//! Content-Security-Policy values: the default page's, a theme's, and the one a custom
//! template's rendered page needs (its inline styles by hash, its images by origin, no
//! script ever).

use std::collections::BTreeSet;
use std::fmt;

use base64::Engine as _;
use sha2::{Digest, Sha256};

/// The CSP source for an inline style: `'sha256-…'` of its exact text.
pub(crate) fn style_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// Whether `source` can be written into a CSP source list as it is: visible ASCII
/// without `;`, `,` or quotes.
pub(crate) fn is_plain_source(source: &str) -> bool {
    !source.is_empty()
        && source
            .bytes()
            .all(|b| b.is_ascii_graphic() && !matches!(b, b';' | b',' | b'\'' | b'"'))
}

/// A policy under construction: nothing may load or run, except the styles and images
/// added to it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Csp {
    styles: BTreeSet<String>,
    /// Hashes of `style="…"` attribute values (they need `'unsafe-hashes'`).
    style_attributes: BTreeSet<String>,
    images: BTreeSet<String>,
}

impl Csp {
    /// The default page's policy: its one style sheet by hash.
    pub(crate) fn default_page() -> Csp {
        let mut csp = Csp::default();
        csp.add_style(super::html::STYLE);
        csp
    }

    pub(crate) fn add_style(&mut self, text: &str) {
        self.styles.insert(style_hash(text));
    }

    pub(crate) fn add_image_source(&mut self, source: &str) {
        self.images.insert(source.to_owned());
    }

    #[cfg(all(test, feature = "templates"))]
    /// The policy a rendered HTML page needs: every `<style>` element and `style`
    /// attribute by hash, and the sources of its `<img src>`: `'self'` for a path on the
    /// site, the origin of an `https:` address. Other images (`http:`, `data:`) get no
    /// source and stay blocked.
    pub(crate) fn of_page(html: &str) -> Csp {
        Csp::of_page_with(html, &mut style_hash)
    }

    /// [`of_page`](Self::of_page) with the hashing of style texts given (so that a caller
    /// can remember the hashes of texts it renders again and again).
    #[cfg(feature = "templates")]
    pub(crate) fn of_page_with(html: &str, hash: &mut impl FnMut(&str) -> String) -> Csp {
        let mut csp = Csp::default();
        let bytes = html.as_bytes();
        let mut at = 0;
        while let Some(start) = find_byte(html, at, b'<') {
            if bytes.get(start + 1..start + 4) == Some(b"!--") {
                at = find(html, start + 4, b"-->").map_or(bytes.len(), |end| end + 3);
                continue;
            }
            let Some(tag_end) = tag_end(bytes, start) else {
                break;
            };
            at = tag_end;
            let tag = html.get(start..tag_end).unwrap_or_default();
            let name = tag_name(tag);
            if name.is_empty() {
                // An end tag, a doctype or a stray `<`: no attributes that matter.
                continue;
            }
            if let Some(value) = attribute(tag, "style") {
                csp.style_attributes.insert(hash(&value));
            }
            if name.eq_ignore_ascii_case("style") {
                let close = style_end(html, tag_end);
                csp.styles
                    .insert(hash(html.get(tag_end..close).unwrap_or_default()));
                at = close;
            } else if name.eq_ignore_ascii_case("img") {
                if let Some(source) = attribute(tag, "src").and_then(|src| image_source(&src)) {
                    csp.images.insert(source);
                }
            }
        }
        csp
    }
}

impl fmt::Display for Csp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("default-src 'none'; style-src")?;
        if self.styles.is_empty() && self.style_attributes.is_empty() {
            f.write_str(" 'none'")?;
        }
        if !self.style_attributes.is_empty() {
            f.write_str(" 'unsafe-hashes'")?;
        }
        for hash in self.styles.iter().chain(&self.style_attributes) {
            write!(f, " {hash}")?;
        }
        f.write_str("; ")?;
        if !self.images.is_empty() {
            f.write_str("img-src")?;
            for source in &self.images {
                write!(f, " {source}")?;
            }
            f.write_str("; ")?;
        }
        f.write_str("base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
    }
}

#[cfg(feature = "templates")]
/// The first `byte` (ASCII) in `bytes` at or after `from`: `str::find`, which searches
/// a word at a time, on the text's bytes (every position here follows an ASCII byte, so
/// it is a character boundary; anything else finds nothing).
fn find_byte(text: &str, from: usize, byte: u8) -> Option<usize> {
    text.get(from..)?.find(char::from(byte)).map(|i| from + i)
}

#[cfg(feature = "templates")]
/// The first `needle` in `bytes` at or after `from`.
fn find(text: &str, from: usize, needle: &[u8]) -> Option<usize> {
    let first = *needle.first()?;
    let mut at = from;
    while let Some(i) = find_byte(text, at, first) {
        if text.as_bytes().get(i..i + needle.len()) == Some(needle) {
            return Some(i);
        }
        at = i + 1;
    }
    None
}

#[cfg(feature = "templates")]
/// Where the `<style>` element whose content starts at `from` ends: its `</style`, in
/// any case (the end of the page if it has none).
fn style_end(text: &str, from: usize) -> usize {
    let bytes = text.as_bytes();
    let mut at = from;
    while let Some(i) = find(text, at, b"</") {
        if bytes
            .get(i + 2..i + 7)
            .is_some_and(|name| name.eq_ignore_ascii_case(b"style"))
        {
            return i;
        }
        at = i + 2;
    }
    bytes.len()
}

#[cfg(feature = "templates")]
/// The end (one past `>`) of the tag opening at `start`, skipping quoted values.
fn tag_end(bytes: &[u8], start: usize) -> Option<usize> {
    let mut quote = None;
    let mut i = start + 1;
    while let Some(&b) = bytes.get(i) {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if b == q => quote = None,
            (None, b'>') => return Some(i + 1),
            _ => {}
        }
        i += 1;
    }
    None
}

#[cfg(feature = "templates")]
/// The name of a tag (`<img src=…>` → `img`), empty for end tags and declarations.
fn tag_name(tag: &str) -> &str {
    let inner = tag.get(1..).unwrap_or_default();
    let end = inner
        .bytes()
        .position(|b| !b.is_ascii_alphanumeric())
        .unwrap_or(inner.len());
    inner.get(..end).unwrap_or_default()
}

#[cfg(feature = "templates")]
/// The value of attribute `name` in a tag, with `&amp;`, `&quot;` and `&#39;` decoded.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let bytes = tag.as_bytes();
    let mut i = 1 + tag_name(tag).len();
    while i < bytes.len() {
        while bytes
            .get(i)
            .is_some_and(|b| b.is_ascii_whitespace() || *b == b'/')
        {
            i += 1;
        }
        let name_start = i;
        while bytes
            .get(i)
            .is_some_and(|b| !b.is_ascii_whitespace() && !matches!(b, b'=' | b'>' | b'/'))
        {
            i += 1;
        }
        let found = tag.get(name_start..i)?;
        if found.is_empty() {
            return None;
        }
        let mut value = None;
        if bytes.get(i) == Some(&b'=') {
            i += 1;
            let (start, end) = match bytes.get(i) {
                Some(&q @ (b'"' | b'\'')) => (i + 1, find_byte(tag, i + 1, q)?),
                _ => {
                    let len = bytes
                        .get(i..)?
                        .iter()
                        .position(|b| b.is_ascii_whitespace() || *b == b'>')
                        .unwrap_or(bytes.len() - i);
                    (i, i + len)
                }
            };
            value = tag.get(start..end);
            i = end + 1;
        }
        if found.eq_ignore_ascii_case(name) {
            return Some(value.map(decode_entities).unwrap_or_default());
        }
    }
    None
}

#[cfg(feature = "templates")]
fn decode_entities(value: &str) -> String {
    if !value.contains('&') {
        return value.to_owned();
    }
    value
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
}

#[cfg(feature = "templates")]
/// The CSP source that allows an image at `src`, if one may.
fn image_source(src: &str) -> Option<String> {
    let src = src.trim();
    if src.starts_with('/') && !src.starts_with("//") && !src.starts_with("/\\") {
        return Some("'self'".to_owned());
    }
    let url = url::Url::parse(src).ok()?;
    if url.scheme() != "https" || url.host_str().is_none() {
        return None;
    }
    let origin = url.origin().ascii_serialization();
    is_plain_source(&origin).then_some(origin)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn the_default_policy_is_the_published_constant() {
        assert_eq!(
            Csp::default_page().to_string(),
            super::super::CONTENT_SECURITY_POLICY
        );
    }

    #[cfg(feature = "templates")]
    #[test]
    fn a_rendered_page_gets_its_styles_and_images() {
        let html = "<!DOCTYPE html><html><head><style>a{color:red}</style>\
            <STYLE media=\"x\">b{}</STYLE style=\"x\"><!-- <style>c{}</style> --></head>\
            <body><img alt='a>b' src=\"https://cdn.example/x.png?a=1&amp;b=2\">\
            <img src=/local.svg><img src=\"http://plain.example/x.png\">\
            <img src=\"data:image/png;base64,AA\"><p style=\"color: blue\">x</p></body></html>";
        let csp = Csp::of_page(html);
        assert!(csp.styles.contains(&style_hash("a{color:red}")));
        assert!(csp.styles.contains(&style_hash("b{}")));
        assert!(!csp.styles.contains(&style_hash("c{}")), "comment skipped");
        assert_eq!(csp.styles.len(), 2);
        assert!(csp.style_attributes.contains(&style_hash("color: blue")));
        let images: Vec<&str> = csp.images.iter().map(String::as_str).collect();
        assert_eq!(images, ["'self'", "https://cdn.example"]);
        let text = csp.to_string();
        assert!(text.contains("'unsafe-hashes'"));
        assert!(text.contains("img-src 'self' https://cdn.example;"));
        assert!(!text.contains("script"));
    }

    #[cfg(feature = "templates")]
    #[test]
    fn a_page_without_styles_allows_none() {
        let text = Csp::of_page("<p>plain</p>").to_string();
        assert!(text.contains("style-src 'none';"), "{text}");
    }

    #[test]
    fn hashes_are_the_sha256_of_the_text() {
        // echo -n 'a{color:red}' | openssl dgst -sha256 -binary | base64
        assert_eq!(
            style_hash("a{color:red}"),
            "'sha256-6hWWMOcF+mJesSJGYhmK2lkIIEw9Xc5XKGLPVzh8yxs='"
        );
    }
}
