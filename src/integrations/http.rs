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

use std::borrow::Cow;

use http::header::{HeaderName, HeaderValue, ACCEPT, ACCEPT_LANGUAGE};
use http::{HeaderMap, Response, StatusCode};

use crate::negotiate::joined_lines;
use crate::{Catalog, Entry, ErrorPage, Format, Locale};

/// All `Accept-Language` lines of a request joined into one list, as RFC 9110 allows a
/// field to be split over several lines. Lines that are not visible ASCII are skipped.
pub fn accept_language(headers: &HeaderMap) -> String {
    lines(headers, &ACCEPT_LANGUAGE).into_owned()
}

/// Calls `f` with the request's `Accept-Language` list, without copying it when it is a
/// single line (the common case).
pub(crate) fn accept_language_value<R>(headers: &HeaderMap, f: impl FnOnce(&str) -> R) -> R {
    f(&lines(headers, &ACCEPT_LANGUAGE))
}

/// The lines of header `name` joined with `,` (borrowed when there is one line).
pub(crate) fn lines<'h>(headers: &'h HeaderMap, name: &HeaderName) -> Cow<'h, str> {
    joined_lines(
        headers
            .get_all(name)
            .iter()
            .map(|value| value.to_str().ok()),
    )
}

/// The page format a client prefers by its `Accept` header: HTML, problem+json (also for
/// `application/json`) or plain text. No header, or one that accepts nothing we have,
/// gets HTML; ties go to HTML, then problem+json. Several `Accept` lines are joined; the
/// list is read by [`negotiate::preferred_format`](crate::negotiate::preferred_format).
pub fn preferred_format(headers: &HeaderMap) -> Format {
    crate::negotiate::preferred_format(&lines(headers, &ACCEPT))
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
        let language = HeaderValue::from_str(self.content_language());
        let policy = HeaderValue::from_str(self.content_security_policy());
        if let (Ok(language), Ok(policy)) = (language, policy) {
            self.apply_with_values(headers, language, policy);
        }
    }

    /// [`apply_to`](Self::apply_to) with ready `Content-Language` and
    /// `Content-Security-Policy` values, so that a server that caches pages copies no
    /// string per response.
    pub(crate) fn apply_with_values(
        &self,
        headers: &mut HeaderMap,
        language: HeaderValue,
        policy: HeaderValue,
    ) {
        for (name, value) in self.static_fields() {
            headers.insert(header_name(name), HeaderValue::from_static(value));
        }
        headers.insert(http::header::CONTENT_LANGUAGE, language);
        headers.insert(http::header::CONTENT_SECURITY_POLICY, policy);
        for vary in self.vary() {
            let values = headers.get_all(http::header::VARY).iter();
            if !crate::page::lists(values.map(|value| value.to_str().ok()), vary) {
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
