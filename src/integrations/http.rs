//! The `http` crate: status codes, negotiation from a `HeaderMap`, ready responses.
//!
//! ```
//! use http::{header, HeaderMap, HeaderValue, StatusCode};
//! use http_status_i18n::{integrations::http::preferred_format, ErrorPage, Format};
//!
//! let mut headers = HeaderMap::new();
//! headers.append(header::ACCEPT_LANGUAGE, HeaderValue::from_static("de-CH"));
//! headers.append(header::ACCEPT, HeaderValue::from_static("application/problem+json"));
//! let format = preferred_format(&headers);
//! assert_eq!(format, Format::ProblemJson);
//! let response = ErrorPage::from_status(StatusCode::NOT_FOUND)
//!     .accept_language_headers(&headers)
//!     .to_response(format);
//! assert_eq!(response.status(), StatusCode::NOT_FOUND);
//! assert_eq!(response.headers()["content-language"], "de");
//! ```

use http::header::{HeaderName, HeaderValue, ACCEPT, ACCEPT_LANGUAGE};
use http::{HeaderMap, Response, StatusCode};

use crate::negotiate::{capped, parse_qvalue, MAX_ELEMENTS};
use crate::{Catalog, Entry, ErrorPage, Format, Locale};

/// All `Accept-Language` lines of a request joined into one list, as RFC 9110 allows a
/// field to be split over several lines. Lines that are not visible ASCII are skipped.
pub fn accept_language(headers: &HeaderMap) -> String {
    join_values(headers, &ACCEPT_LANGUAGE)
}

/// Calls `f` with the request's `Accept-Language` list, without copying it when it is a
/// single line (the common case).
pub(crate) fn accept_language_value<R>(headers: &HeaderMap, f: impl FnOnce(&str) -> R) -> R {
    let mut values = headers.get_all(ACCEPT_LANGUAGE).iter();
    match (values.next(), values.next()) {
        (None, _) => f(""),
        (Some(only), None) => f(only.to_str().unwrap_or_default()),
        _ => f(&accept_language(headers)),
    }
}

fn join_values(headers: &HeaderMap, name: &HeaderName) -> String {
    let mut joined = String::new();
    for value in headers.get_all(name) {
        if let Ok(text) = value.to_str() {
            if !joined.is_empty() {
                joined.push(',');
            }
            joined.push_str(text);
        }
    }
    joined
}

/// How much the client accepts `format`, in thousandths, given its `Accept` media ranges:
/// the most specific matching range decides (RFC 9110 section 12.5.1).
fn weight(accept: &str, format: Format) -> Option<u16> {
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

/// The page format a client prefers by its `Accept` header: HTML, problem+json (also for
/// `application/json`) or plain text. No header, or one that accepts nothing we have,
/// gets HTML; ties go to HTML, then problem+json.
pub fn preferred_format(headers: &HeaderMap) -> Format {
    let mut values = headers.get_all(ACCEPT).iter();
    let accept = match (values.next(), values.next()) {
        (None, _) => return Format::Html,
        (Some(only), None) => std::borrow::Cow::Borrowed(only.to_str().unwrap_or_default()),
        _ => std::borrow::Cow::Owned(join_values(headers, &ACCEPT)),
    };
    if accept.trim().is_empty() {
        return Format::Html;
    }
    let mut best = (Format::Html, 0u16);
    for format in [Format::Html, Format::ProblemJson, Format::Text] {
        if let Some(q) = weight(&accept, format) {
            if q > best.1 {
                best = (format, q);
            }
        }
    }
    best.0
}

impl Catalog {
    /// Negotiates the locale from a request's `Accept-Language` lines.
    pub fn negotiate_headers(&self, headers: &HeaderMap) -> Locale<'_> {
        accept_language_value(headers, |header| self.negotiate(header))
    }

    /// The entry for an `http::StatusCode` in the locale that `tag` resolves to.
    pub fn lookup_status(&self, status: StatusCode, tag: &str) -> Option<Entry<'_>> {
        self.lookup(status.as_u16(), tag)
    }
}

impl ErrorPage<'static> {
    /// A page for an `http::StatusCode` from the embedded catalogue.
    pub fn from_status(status: StatusCode) -> Self {
        ErrorPage::new(status.as_u16())
    }
}

impl<'a> ErrorPage<'a> {
    /// Negotiates the page's locale from a request's `Accept-Language` lines.
    #[must_use]
    pub fn accept_language_headers(self, headers: &HeaderMap) -> Self {
        accept_language_value(headers, |header| self.accept_language(header))
    }

    /// The page's [`PageHeaders`](crate::PageHeaders) as an `http::HeaderMap`.
    pub fn header_map(&self, format: Format) -> HeaderMap {
        let mut map = HeaderMap::new();
        self.page_headers(format).apply_to(&mut map);
        map
    }

    /// A complete response: the status (500 if the page's code is not a valid HTTP
    /// status), the headers and the rendered page.
    pub fn to_response(&self, format: Format) -> Response<String> {
        let mut response = Response::new(self.render(format));
        *response.status_mut() =
            StatusCode::from_u16(self.code()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        *response.headers_mut() = self.header_map(format);
        response
    }
}

/// The `http` constant of one of the page's header names (no parsing per response).
fn header_name(name: &'static str) -> HeaderName {
    match name {
        "content-type" => http::header::CONTENT_TYPE,
        "x-content-type-options" => http::header::X_CONTENT_TYPE_OPTIONS,
        "content-security-policy" => http::header::CONTENT_SECURITY_POLICY,
        "content-language" => http::header::CONTENT_LANGUAGE,
        "vary" => http::header::VARY,
        other => HeaderName::from_static(other),
    }
}

impl crate::PageHeaders<'_> {
    /// Sets these headers on `headers`, keeping every other header (`Allow`,
    /// `Retry-After`, ...); `Vary` is extended with what it lacks, never replaced.
    pub fn apply_to(&self, headers: &mut HeaderMap) {
        if let Ok(language) = HeaderValue::from_str(self.content_language()) {
            self.apply_with_language(headers, language);
        }
    }

    /// [`apply_to`](Self::apply_to) with a ready `Content-Language` value, so that a
    /// server that caches pages copies no string per response.
    pub(crate) fn apply_with_language(&self, headers: &mut HeaderMap, language: HeaderValue) {
        for (name, value) in self.static_fields() {
            headers.insert(header_name(name), HeaderValue::from_static(value));
        }
        headers.insert(http::header::CONTENT_LANGUAGE, language);
        for vary in self.vary() {
            let present = headers.get_all(http::header::VARY).iter().any(|value| {
                value.to_str().is_ok_and(|v| {
                    v.split(',')
                        .any(|item| item.trim().eq_ignore_ascii_case(vary))
                })
            });
            if !present {
                headers.append(http::header::VARY, HeaderValue::from_static(vary));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(
                HeaderName::from_static(name),
                HeaderValue::from_static(value),
            );
        }
        map
    }

    #[test]
    fn accept_picks_the_format() {
        let cases = [
            ("", Format::Html),
            ("*/*", Format::Html),
            (
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                Format::Html,
            ),
            ("application/json", Format::ProblemJson),
            ("application/problem+json", Format::ProblemJson),
            ("text/plain", Format::Text),
            ("text/*", Format::Html),
            ("text/html;q=0.1, text/plain", Format::Text),
            (
                "application/json;q=0.5, text/html;q=0.4",
                Format::ProblemJson,
            ),
            ("image/png", Format::Html),
            ("text/html;q=0, */*", Format::ProblemJson),
        ];
        for (accept, expected) in cases {
            let map = if accept.is_empty() {
                HeaderMap::new()
            } else {
                headers(&[("accept", accept)])
            };
            assert_eq!(preferred_format(&map), expected, "{accept:?}");
        }
    }

    #[test]
    fn several_accept_language_lines_are_joined() {
        let map = headers(&[("accept-language", "tlh"), ("accept-language", "ja;q=0.5")]);
        assert_eq!(accept_language(&map), "tlh,ja;q=0.5");
        assert_eq!(Catalog::embedded().negotiate_headers(&map).tag(), "ja");
    }
}
