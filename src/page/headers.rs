//! The headers of an error page: one typed set, used by [`ErrorPage::headers`], the `http`
//! integration and the axum layer alike, so that they cannot disagree.

use std::borrow::Cow;

use super::{ErrorPage, Format};

/// The request headers a page varies on. The language comes from `Accept-Language` and
/// the format (HTML, problem+json, text) is usually chosen from `Accept`, so a shared
/// cache must key on both: otherwise it could serve one visitor's JSON to a browser.
pub const VARY: [&str; 2] = ["Accept-Language", "Accept"];

/// The response headers of an error page in one format.
///
/// ```
/// use http_status_i18n::{ErrorPage, Format};
/// let page = ErrorPage::new(404).accept_language("de");
/// let headers = page.page_headers(Format::ProblemJson);
/// assert_eq!(headers.content_type(), "application/problem+json");
/// assert_eq!(headers.content_language(), "de");
/// assert_eq!(headers.vary(), ["Accept-Language", "Accept"]);
/// assert!(headers.fields().any(|(name, _)| name == "content-security-policy"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageHeaders<'a> {
    format: Format,
    language: &'a str,
    csp: Cow<'a, str>,
}

impl<'a> PageHeaders<'a> {
    /// The headers of a page in `format` whose locale is `language`, under the policy
    /// `csp`.
    pub(crate) const fn new(format: Format, language: &'a str, csp: Cow<'a, str>) -> Self {
        PageHeaders {
            format,
            language,
            csp,
        }
    }

    /// The headers whose values depend neither on the locale nor on the page's look, with
    /// `'static` values: `Content-Type` and `X-Content-Type-Options`.
    #[cfg(any(feature = "http", feature = "actix-web"))]
    pub(crate) fn static_fields(&self) -> [(&'static str, &'static str); 2] {
        [
            ("content-type", self.format.content_type()),
            ("x-content-type-options", "nosniff"),
        ]
    }

    /// `Content-Security-Policy`: nothing may load or run but the page's own styles (by
    /// hash) and, with a theme or template that shows a logo, images from exactly that
    /// origin. Never any script.
    pub fn content_security_policy(&self) -> &str {
        &self.csp
    }

    /// `Content-Type`, with the charset where the format takes one.
    pub const fn content_type(&self) -> &'static str {
        self.format.content_type()
    }

    /// `Content-Language`: the page's locale.
    pub const fn content_language(&self) -> &'a str {
        self.language
    }

    /// The policy, owned where it was borrowed from elsewhere than `'a`.
    #[cfg(feature = "templates")]
    pub(crate) fn csp_owned(self) -> Cow<'a, str> {
        self.csp
    }

    /// The values of `Vary`.
    pub const fn vary(&self) -> [&'static str; 2] {
        VARY
    }

    /// Every header as a lowercase name and its value, `Vary` as one comma-separated
    /// value: `content-type`, `content-language`, `vary`, `x-content-type-options` and
    /// `content-security-policy` (which allows no script).
    pub fn fields(&self) -> impl Iterator<Item = (&'static str, &str)> {
        [
            ("content-type", self.content_type()),
            ("content-language", self.language),
            ("vary", "Accept-Language, Accept"),
            ("x-content-type-options", "nosniff"),
            ("content-security-policy", &*self.csp),
        ]
        .into_iter()
    }
}

/// Whether the values of a list header such as `Vary` already name `item` (ASCII case
/// ignored); `None` stands for a value that is not visible ASCII, which names nothing.
/// Integrations use it to extend `Vary` instead of replacing it.
#[cfg(any(feature = "http", feature = "actix-web"))]
pub(crate) fn lists<'v>(values: impl IntoIterator<Item = Option<&'v str>>, item: &str) -> bool {
    values.into_iter().flatten().any(|value| {
        value
            .split(',')
            .any(|listed| listed.trim().eq_ignore_ascii_case(item))
    })
}

impl<'a> ErrorPage<'a> {
    /// The typed headers of the page in `format`.
    ///
    /// With a custom HTML template the Content-Security-Policy is computed from the
    /// rendered page, so this renders it once; [`render_page`](Self::render_page) gives
    /// the body and its headers from one rendering.
    pub fn page_headers(&self, format: Format) -> PageHeaders<'a> {
        PageHeaders::new(format, self.page_locale().tag(), self.policy_for(format))
    }
}
