//! Localized error pages: HTML, plain text and `application/problem+json` (RFC 9457), in the
//! visitor's language, with the response headers to send.
//!
//! ```
//! use http_status_i18n::{ErrorPage, Format};
//!
//! let page = ErrorPage::new(404)
//!     .accept_language("zh-CN,zh;q=0.9,en;q=0.8")
//!     .detail("No invoice <42> here");
//! let html = page.render_html();
//! assert!(html.contains(r#"<html lang="zh-CN" dir="ltr">"#));
//! assert!(html.contains("未找到"));
//! assert!(html.contains("No invoice &lt;42&gt; here"));
//! let headers = page.headers(Format::Html);
//! assert!(headers.contains(&("Content-Language", "zh-CN".to_owned())));
//! ```

#[cfg(feature = "themes")]
mod csp;
#[cfg(all(test, feature = "templates"))]
pub(crate) use csp::style_hash as csp_style_hash;
mod escape;
mod headers;
mod html;
mod problem;
#[cfg(feature = "templates")]
mod template;
mod text;
#[cfg(feature = "themes")]
mod theme;

use std::borrow::Cow;

use crate::catalog::table::fill_code;
use crate::catalog::{Catalog, Locale, Texts};
use crate::scheme::PageMessage;

pub(crate) use crate::catalog::Sourced;

pub(crate) use escape::push_escaped;
#[cfg(any(feature = "http", feature = "actix-web"))]
pub(crate) use headers::lists;
pub use headers::PageHeaders;
#[cfg(feature = "templates")]
pub use template::{PageTemplate, RenderError, VARIABLES as TEMPLATE_VARIABLES};
#[cfg(feature = "themes")]
pub use theme::{Theme, ThemeError, MAX_EXTRA_CSS, MAX_SITE_NAME};

/// The format of a rendered page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// `text/html`.
    Html,
    /// `text/plain`.
    Text,
    /// `application/problem+json` (RFC 9457).
    ProblemJson,
}

impl Format {
    /// The `Content-Type` of this format, with its charset where it takes one.
    pub const fn content_type(self) -> &'static str {
        match self {
            Format::Html => "text/html; charset=utf-8",
            Format::Text => "text/plain; charset=utf-8",
            Format::ProblemJson => "application/problem+json",
        }
    }
}

/// The page's Content-Security-Policy: nothing may load or run; the one inline style sheet
/// is allowed by its hash (checked by a test against `style.css`).
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; \
     style-src 'sha256-g936uRCIL2r/bd4uTLWSAVq5A3BlxHRHqpsUezDVnj4='; \
     base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/// An error page for one status code, in one locale; build it, then render it.
///
/// The locale is an explicit choice set with [`locale`](Self::locale) when the catalogue
/// has one for it, else the result of negotiating the
/// [`accept_language`](Self::accept_language) header, else en-US. Every text on the page
/// is HTML-escaped, the catalogue's translations and overrides included: markup in an
/// `.ftl` file is shown as text, never rendered.
#[derive(Debug, Clone)]
pub struct ErrorPage<'a> {
    catalog: &'a Catalog,
    code: u16,
    negotiated: Option<Locale<'a>>,
    explicit: Option<Locale<'a>>,
    detail: Option<Cow<'a, str>>,
    home_url: Cow<'a, str>,
    #[cfg(feature = "themes")]
    theme: Option<&'a Theme>,
    #[cfg(feature = "templates")]
    html_template: Option<&'a PageTemplate>,
    #[cfg(feature = "templates")]
    text_template: Option<&'a PageTemplate>,
}

/// A rendered page and the headers that go with it, from one rendering; see
/// [`ErrorPage::render_page`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedPage<'a> {
    body: String,
    headers: PageHeaders<'a>,
}

impl<'a> RenderedPage<'a> {
    /// The page.
    pub fn body(&self) -> &str {
        &self.body
    }

    /// Its headers (the Content-Security-Policy is the one this body needs).
    pub fn headers(&self) -> &PageHeaders<'a> {
        &self.headers
    }

    /// The body and the headers.
    pub fn into_parts(self) -> (String, PageHeaders<'a>) {
        (self.body, self.headers)
    }
}

impl ErrorPage<'static> {
    /// A page for `code` from the embedded catalogue. Any number is accepted: codes the
    /// catalogue does not know show their class, numbers outside 100..=599 the texts for
    /// an unknown status.
    pub fn new(code: u16) -> Self {
        Catalog::embedded().error_page(code)
    }
}

impl Catalog {
    /// A page for `code` with this catalogue's texts; see [`ErrorPage`].
    pub fn error_page(&self, code: u16) -> ErrorPage<'_> {
        ErrorPage {
            catalog: self,
            code,
            negotiated: None,
            explicit: None,
            detail: None,
            home_url: Cow::Borrowed("/"),
            #[cfg(feature = "themes")]
            theme: self.theme(),
            #[cfg(feature = "templates")]
            html_template: self.template(Format::Html),
            #[cfg(feature = "templates")]
            text_template: self.template(Format::Text),
        }
    }
}

impl<'a> ErrorPage<'a> {
    /// Negotiates the page's locale from an `Accept-Language` header.
    #[must_use]
    pub fn accept_language(mut self, header: &str) -> Self {
        self.negotiated = Some(self.catalog.negotiate(header));
        self
    }

    /// An explicit choice of locale (from the URL, a cookie, an account setting); it wins
    /// over the header when the catalogue has a locale for it, and is ignored otherwise.
    #[must_use]
    pub fn locale(mut self, tag: &str) -> Self {
        if let Some(locale) = self.catalog.find_locale(tag) {
            self.explicit = Some(locale);
        }
        self
    }

    /// Uses an already resolved locale.
    #[must_use]
    pub fn with_locale(mut self, locale: Locale<'a>) -> Self {
        self.explicit = Some(locale);
        self
    }

    /// The application's own text about this occurrence (shown escaped, as text).
    #[must_use]
    pub fn detail(mut self, text: impl Into<Cow<'a, str>>) -> Self {
        self.detail = Some(text.into());
        self
    }

    /// The address of the "go to the home page" link; `/` unless set.
    ///
    /// Only a path (`/`, `/en/`) or an `http:` or `https:` address is taken; anything else
    /// (`javascript:`, `data:`, a scheme-relative `//host`) is ignored and the link stays
    /// `/`, so that no address can run script when the link is followed.
    ///
    /// ```
    /// let page = http_status_i18n::ErrorPage::new(404).home_url("javascript:alert(1)");
    /// assert!(page.render_html().contains(r#"<a href="/">"#));
    /// ```
    #[must_use]
    pub fn home_url(mut self, url: impl Into<Cow<'a, str>>) -> Self {
        let url = url.into();
        if is_safe_link(&url) {
            self.home_url = url;
        }
        self
    }

    /// The theme of this page (by default the catalogue's, if it has one); see [`Theme`].
    #[cfg(feature = "themes")]
    #[must_use]
    pub fn theme(mut self, theme: &'a Theme) -> Self {
        self.theme = Some(theme);
        self
    }

    /// Renders the page in the format of `template` (HTML or plain text) with that
    /// template instead of the default page (by default the catalogue's template, if it
    /// has one); see [`PageTemplate`].
    #[cfg(feature = "templates")]
    #[must_use]
    pub fn template(mut self, template: &'a PageTemplate) -> Self {
        match template.format() {
            Format::Text => self.text_template = Some(template),
            _ => self.html_template = Some(template),
        }
        self
    }

    /// The status code.
    pub fn code(&self) -> u16 {
        self.code
    }

    /// The locale the page is rendered in.
    pub fn page_locale(&self) -> Locale<'a> {
        self.explicit
            .or(self.negotiated)
            .unwrap_or_else(|| self.catalog.default_locale())
    }

    /// Renders the page in `format`.
    pub fn render(&self, format: Format) -> String {
        self.render_body(format)
    }

    /// The HTML page: `<html lang dir>` from the locale, inline CSS with logical
    /// properties, light and dark, no script and no external resources; or the page's
    /// HTML template, if it has one.
    ///
    /// A template that fails on this one page (see [`try_render`](Self::try_render))
    /// gives the default page instead, never a broken one.
    pub fn render_html(&self) -> String {
        self.render_body(Format::Html)
    }

    /// The plain-text page, or the page's text template if it has one (falling back to
    /// the default text as [`render_html`](Self::render_html) does).
    pub fn render_text(&self) -> String {
        self.render_body(Format::Text)
    }

    /// The page in `format`, without working out its headers.
    fn render_body(&self, format: Format) -> String {
        self.render_with(format).0
    }

    /// The page in `format`, and whether the page's template for the format rendered it
    /// (`false` for the default page, also when the template fails on this page).
    fn render_with(&self, format: Format) -> (String, bool) {
        let parts = self.parts();
        #[cfg(feature = "templates")]
        if let Some(Ok(body)) = self.template_for(format).map(|t| t.render(&parts)) {
            return (body, true);
        }
        let body = match format {
            Format::Html => html::render(&parts),
            Format::Text => text::render(&parts),
            Format::ProblemJson => problem::render(&parts),
        };
        (body, false)
    }

    /// Renders the page in `format` and reports a template's failure instead of falling
    /// back to the default page.
    ///
    /// # Errors
    ///
    /// [`RenderError`] when the page's template for `format` fails on this page.
    #[cfg(feature = "templates")]
    pub fn try_render(&self, format: Format) -> Result<String, RenderError> {
        match self.template_for(format) {
            Some(template) => template.render(&self.parts()),
            None => Ok(self.render(format)),
        }
    }

    /// Renders the page in `format` together with its headers. With a custom HTML
    /// template the Content-Security-Policy is computed from the rendered page: its
    /// `<style>` elements and `style` attributes by hash, its images by origin, no script.
    ///
    /// ```
    /// use http_status_i18n::{ErrorPage, Format};
    /// let rendered = ErrorPage::new(503).locale("fr").render_page(Format::Html);
    /// assert!(rendered.body().contains("Service indisponible"));
    /// assert_eq!(rendered.headers().content_language(), "fr");
    /// ```
    pub fn render_page(&self, format: Format) -> RenderedPage<'a> {
        let (body, by_template) = self.render_with(format);
        #[cfg(feature = "templates")]
        let template_policy = self
            .template_for(format)
            .filter(|_| by_template && format == Format::Html)
            .map(|template| Cow::Owned(template.policy(&body)));
        // Without templates, every page is the default page.
        #[cfg(not(feature = "templates"))]
        let template_policy: Option<Cow<'a, str>> = {
            let _ = by_template;
            None
        };
        let csp = template_policy.unwrap_or_else(|| self.default_policy(format));
        RenderedPage {
            body,
            headers: PageHeaders::new(format, self.page_locale().tag(), csp),
        }
    }

    /// The page's template for `format`, if it has one.
    #[cfg(feature = "templates")]
    fn template_for(&self, format: Format) -> Option<&'a PageTemplate> {
        match format {
            Format::Html => self.html_template,
            Format::Text => self.text_template,
            Format::ProblemJson => None,
        }
    }

    /// The policy of the default page in `format`: with the theme's styles and logo.
    fn default_policy(&self, format: Format) -> Cow<'a, str> {
        #[cfg(feature = "themes")]
        if let (Format::Html, Some(theme)) = (format, self.theme) {
            return Cow::Borrowed(theme.content_security_policy());
        }
        let _ = format;
        Cow::Borrowed(CONTENT_SECURITY_POLICY)
    }

    /// The policy for `format`: the default page's, or one computed from the rendered
    /// page when a template renders it.
    pub(crate) fn policy_for(&self, format: Format) -> Cow<'a, str> {
        #[cfg(feature = "templates")]
        if format == Format::Html && self.html_template.is_some() {
            return self.render_page(format).headers.csp_owned();
        }
        self.default_policy(format)
    }

    /// The RFC 9457 problem details: `type`, `title`, `status` and `detail`, localized.
    pub fn render_problem_json(&self) -> String {
        problem::render(&self.parts())
    }

    /// The headers to send with the page in `format`, as (name, value) pairs in title
    /// case: `Content-Type` with charset, `Content-Language`, `Vary: Accept-Language,
    /// Accept`, `X-Content-Type-Options: nosniff` and a `Content-Security-Policy` that
    /// allows no script. The same set as [`page_headers`](Self::page_headers).
    pub fn headers(&self, format: Format) -> Vec<(&'static str, String)> {
        self.page_headers(format)
            .fields()
            .map(|(name, value)| (title_case(name), value.to_owned()))
            .collect()
    }

    pub(crate) fn parts(&self) -> Parts<'_> {
        let locale = self.page_locale();
        Parts {
            code: self.code,
            locale,
            texts: locale.texts_or_unknown(self.code),
            reason_phrase: crate::registry::reason_phrase(self.code),
            detail: self.detail.as_deref(),
            home_url: &self.home_url,
            #[cfg(feature = "themes")]
            theme: self.theme,
        }
    }
}

/// Everything a renderer needs, resolved once.
pub(crate) struct Parts<'p> {
    pub(crate) code: u16,
    pub(crate) locale: Locale<'p>,
    /// `None` only if no locale had texts at all (never with the shipped locales).
    pub(crate) texts: Option<Texts<'p>>,
    pub(crate) reason_phrase: Option<&'static str>,
    pub(crate) detail: Option<&'p str>,
    pub(crate) home_url: &'p str,
    #[cfg(feature = "themes")]
    pub(crate) theme: Option<&'p Theme>,
}

impl<'p> Parts<'p> {
    pub(crate) fn title(&self) -> Option<Sourced<'p>> {
        self.texts.map(|t| t.title)
    }

    pub(crate) fn description(&self) -> Option<Sourced<'p>> {
        self.texts.map(|t| t.description)
    }

    pub(crate) fn advice(&self) -> Option<Sourced<'p>> {
        self.texts.and_then(|t| t.advice)
    }

    /// A page text with `$code` filled in, and its locale.
    pub(crate) fn page_text(&self, message: PageMessage) -> Option<(String, Locale<'p>)> {
        let template = self.locale.page_text(message)?;
        Some((fill_code(template.text, self.code), template.locale))
    }

    /// Whether any of the main texts came from another locale than the page's.
    pub(crate) fn uses_fallback(&self) -> bool {
        [self.title(), self.advice()]
            .into_iter()
            .flatten()
            .any(|s| s.locale != self.locale)
    }
}

/// The title-case spelling of one of the page's header names.
fn title_case(name: &'static str) -> &'static str {
    match name {
        "content-type" => "Content-Type",
        "content-language" => "Content-Language",
        "vary" => "Vary",
        "x-content-type-options" => "X-Content-Type-Options",
        "content-security-policy" => "Content-Security-Policy",
        other => other,
    }
}

/// A path on this site, or an absolute `http:`/`https:` address.
fn is_safe_link(url: &str) -> bool {
    let lower_starts = |prefix: &str| {
        url.get(..prefix.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
    };
    let path = url.starts_with('/') && !url.starts_with("//") && !url.starts_with("/\\");
    let control = url.chars().any(char::is_control);
    !control && (path || lower_starts("https://") || lower_starts("http://"))
}
