//! The request → response logic of `http-status serve`, without a socket: which code,
//! format and language a request asks for, and the page with its headers.

use std::fmt;
use std::sync::Arc;

use bytes::Bytes;
use http::header::{self, HeaderMap, HeaderName, HeaderValue};
use http::{Method, Response, StatusCode, Uri};

use super::choose;
use crate::integrations::http::lines;
use crate::integrations::pages::{query_value, CatalogRef, PageCache};
use crate::{Catalog, Format};

/// `X-Code`: the status the proxy got from the upstream (ingress-nginx, `proxy_set_header
/// X-Code $status`).
pub const X_CODE: HeaderName = HeaderName::from_static("x-code");
/// `X-Format`: the `Accept` header of the original request (ingress-nginx).
pub const X_FORMAT: HeaderName = HeaderName::from_static("x-format");
/// `X-Request-ID`: echoed, and shown on HTML and text pages.
pub const X_REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");
/// `X-Robots-Tag`, sent as `noindex`: error pages are not for search engines.
pub const X_ROBOTS_TAG: HeaderName = HeaderName::from_static("x-robots-tag");

/// The `Cache-Control` of every answer. An error page describes one failed request and
/// is negotiated on several headers, so no cache should keep it.
pub const CACHE_CONTROL: &str = "no-store";

/// The path of the health check, answered `200 ok` for probes.
pub const HEALTH_PATH: &str = "/healthz";

/// A setting of [`ErrorPages`] that cannot work.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ConfigError {
    /// The default code is no client or server error (400..=599).
    DefaultCode(u16),
    /// The forced locale is not in the catalogue.
    UnknownLocale(String),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::DefaultCode(code) => write!(
                f,
                "the default code {code} is no error status; give one from 400 to 599"
            ),
            ConfigError::UnknownLocale(tag) => write!(
                f,
                "the catalogue has no locale for `{tag}`; see `http-status locales`"
            ),
        }
    }
}

impl std::error::Error for ConfigError {}

/// The error-page service's answers, independent of any server: give it a request's
/// method, URI and headers, get the response.
///
/// - **Code**: the path `/404`, `/404.html`, `/404.json` or `/404.txt`; for any other
///   path the `X-Code` header; else the default code (404 unless set). A number that is
///   no client or server error (400..=599) counts as absent.
/// - **Format**: the path's extension, else `X-Format` (the original `Accept`, as
///   ingress-nginx sends it), else `Accept`.
/// - **Language**: a forced locale, else the query parameter named by
///   [`locale_query`](Self::locale_query) when the catalogue has that locale, else
///   `Accept-Language`.
/// - **Status**: the page's code, or 200 with [`status_200`](Self::status_200).
/// - **Headers**: the page's [`PageHeaders`](crate::PageHeaders), `X-Robots-Tag: noindex`,
///   `Cache-Control: no-store`, `Content-Length`, and `X-Request-ID` when the request
///   had one of 1 to 128 visible ASCII characters; HTML and text pages also show it,
///   escaped. No other request value is reflected.
/// - `HEAD` gets the headers without the body; [`HEALTH_PATH`] gets `200 ok`.
///
/// ```
/// use http::{HeaderMap, HeaderValue, Method, Uri};
/// use http_status_i18n::server::ErrorPages;
///
/// let pages = ErrorPages::new();
/// let mut headers = HeaderMap::new();
/// headers.insert("accept-language", HeaderValue::from_static("de-CH, en;q=0.5"));
/// let answer = pages.respond(&Method::GET, &Uri::from_static("/503.json"), &headers);
/// assert_eq!(answer.code(), 503);
/// let response = answer.into_response();
/// assert_eq!(response.status(), 503);
/// assert_eq!(response.headers()["content-language"], "de");
/// assert_eq!(response.headers()["content-type"], "application/problem+json");
/// assert!(response.body().starts_with(br#"{"type":"about:blank""#));
/// ```
#[derive(Debug)]
pub struct ErrorPages {
    catalog: CatalogRef,
    cache: PageCache<HeaderMap>,
    default_code: u16,
    forced_locale: Option<u16>,
    locale_query: Option<String>,
    status_200: bool,
}

impl Default for ErrorPages {
    fn default() -> Self {
        Self::new()
    }
}

/// What [`ErrorPages::respond`] answered: the response, and what it chose (for the
/// access log).
#[derive(Debug)]
pub struct Answer {
    response: Response<Bytes>,
    code: u16,
    format: Option<Format>,
}

impl Answer {
    /// The page's status code (also when the response is sent as 200); 200 for the
    /// health check.
    pub fn code(&self) -> u16 {
        self.code
    }

    /// The page's format; `None` for the health check.
    pub fn format(&self) -> Option<Format> {
        self.format
    }

    /// The response.
    pub fn response(&self) -> &Response<Bytes> {
        &self.response
    }

    /// The response, to send.
    pub fn into_response(self) -> Response<Bytes> {
        self.response
    }
}

impl ErrorPages {
    /// Pages from the embedded catalogue, default code 404.
    pub fn new() -> Self {
        Self::from_catalog(CatalogRef::Embedded)
    }

    /// Pages from an application's catalogue (with its overrides).
    pub fn with_catalog(catalog: Arc<Catalog>) -> Self {
        Self::from_catalog(CatalogRef::Shared(catalog))
    }

    fn from_catalog(catalog: CatalogRef) -> Self {
        ErrorPages {
            catalog,
            cache: PageCache::default(),
            default_code: 404,
            forced_locale: None,
            locale_query: None,
            status_200: false,
        }
    }

    /// The code for requests that name none (or name no error status).
    pub fn default_code(mut self, code: u16) -> Result<Self, ConfigError> {
        self.default_code = choose::error_code(code).ok_or(ConfigError::DefaultCode(code))?;
        Ok(self)
    }

    /// Serves every page in the locale `tag` resolves to, whatever the request asks.
    pub fn force_locale(mut self, tag: &str) -> Result<Self, ConfigError> {
        let locale = self
            .catalog
            .get()
            .find_locale(tag)
            .ok_or_else(|| ConfigError::UnknownLocale(tag.to_owned()))?;
        self.forced_locale = Some(locale.id());
        Ok(self)
    }

    /// Lets the query parameter `name` choose the language (`?lang=ja`); it wins over
    /// `Accept-Language` when the catalogue has that locale.
    #[must_use]
    pub fn locale_query(mut self, name: impl Into<String>) -> Self {
        self.locale_query = Some(name.into());
        self
    }

    /// Sends every page with status 200 (for proxies that want a 200 body), when `on`.
    #[must_use]
    pub fn status_200(mut self, on: bool) -> Self {
        self.status_200 = on;
        self
    }

    /// The answer to a request.
    pub fn respond(&self, method: &Method, uri: &Uri, headers: &HeaderMap) -> Answer {
        let head = method == Method::HEAD;
        if uri.path() == HEALTH_PATH {
            return health(head);
        }
        let catalog = self.catalog.get();
        let path = choose::page_path(uri.path());
        let code = path
            .and_then(|p| choose::error_code(p.number))
            .or_else(|| {
                headers
                    .get(X_CODE)
                    .and_then(|v| v.to_str().ok())
                    .and_then(choose::header_code)
                    .and_then(choose::error_code)
            })
            .unwrap_or(self.default_code);
        let format = choose::format(
            path.and_then(|p| p.format),
            &lines(headers, &X_FORMAT),
            &lines(headers, &header::ACCEPT),
        );
        let locale = match self.forced_locale {
            Some(id) => catalog.at(id),
            None => {
                let explicit = self
                    .locale_query
                    .as_deref()
                    .and_then(|name| query_value(uri.query(), name));
                catalog.negotiate_with(explicit, &lines(headers, &header::ACCEPT_LANGUAGE))
            }
        };
        let request_id = headers
            .get(X_REQUEST_ID)
            .and_then(|v| choose::request_id(v.as_bytes()));
        let (body, mut response_headers) = match request_id {
            // The ID is shown on the page, so this page is rendered for this request.
            Some(id) if format != Format::ProblemJson => {
                let page = catalog
                    .error_page(code)
                    .with_locale(locale)
                    .detail(format!("X-Request-ID: {id}"));
                let (body, headers) = page.render_page(format).into_parts();
                (Bytes::from(body), page_headers(&headers))
            }
            _ => {
                let rendered = self.cache.get_or_render(code, locale, format, page_headers);
                (rendered.body, rendered.headers)
            }
        };
        response_headers.insert(header::CONTENT_LENGTH, HeaderValue::from(body.len()));
        if let Some(id) = request_id.and_then(|id| HeaderValue::from_str(id).ok()) {
            response_headers.insert(X_REQUEST_ID, id);
        }
        let status = if self.status_200 {
            StatusCode::OK
        } else {
            StatusCode::from_u16(code).unwrap_or(StatusCode::NOT_FOUND)
        };
        let mut response = Response::new(if head { Bytes::new() } else { body });
        *response.status_mut() = status;
        *response.headers_mut() = response_headers;
        Answer {
            response,
            code,
            format: Some(format),
        }
    }
}

/// The headers of a page, but its length: the page's [`PageHeaders`](crate::PageHeaders)
/// (the Content-Security-Policy its theme or template needs included), `X-Robots-Tag` and
/// `Cache-Control`. Made once per cached page and cloned per response.
fn page_headers(page: &crate::PageHeaders<'_>) -> HeaderMap {
    let mut headers = HeaderMap::with_capacity(12);
    page.apply_to(&mut headers);
    headers.insert(X_ROBOTS_TAG, HeaderValue::from_static("noindex"));
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(CACHE_CONTROL),
    );
    headers
}

/// `200 ok` for probes.
fn health(head: bool) -> Answer {
    const BODY: &[u8] = b"ok\n";
    let mut response = Response::new(if head {
        Bytes::new()
    } else {
        Bytes::from_static(BODY)
    });
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(CACHE_CONTROL),
    );
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(BODY.len()));
    Answer {
        response,
        code: 200,
        format: None,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, HeaderValue::from_static(value));
        }
        map
    }

    #[test]
    fn settings_that_cannot_work_are_refused() {
        assert_eq!(
            ErrorPages::new().default_code(302).unwrap_err(),
            ConfigError::DefaultCode(302)
        );
        assert_eq!(
            ErrorPages::new().force_locale("tlh").unwrap_err(),
            ConfigError::UnknownLocale("tlh".to_owned())
        );
        assert!(ErrorPages::new().force_locale("zh_TW").is_ok());
    }

    #[test]
    fn the_answer_says_what_was_chosen() {
        let pages = ErrorPages::new().default_code(503).unwrap();
        let answer = pages.respond(
            &Method::POST,
            &Uri::from_static("/not/a/code"),
            &headers(&[("accept", "text/plain"), ("x-code", "99")]),
        );
        assert_eq!(answer.code(), 503);
        assert_eq!(answer.format(), Some(Format::Text));
        assert_eq!(answer.response().status(), 503);
        let health = pages.respond(&Method::HEAD, &Uri::from_static("/healthz"), &headers(&[]));
        assert_eq!((health.code(), health.format()), (200, None));
        assert!(health.response().body().is_empty());
    }

    #[test]
    fn a_request_id_page_is_rendered_for_the_request_and_not_cached() {
        let pages = ErrorPages::new();
        let with_id = headers(&[("x-request-id", "<id>")]);
        let uri = Uri::from_static("/404");
        let page = pages.respond(&Method::GET, &uri, &with_id).into_response();
        assert!(page.body().windows(10).any(|w| w == b"&lt;id&gt;"));
        let plain = pages
            .respond(&Method::GET, &uri, &headers(&[]))
            .into_response();
        assert!(!plain.body().windows(12).any(|w| w == b"X-Request-ID"));
        assert!(plain.headers().get(X_REQUEST_ID).is_none());
    }
}
