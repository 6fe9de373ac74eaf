//! What the web-framework integrations share, so that they cannot drift apart: the
//! catalogue a middleware uses, the facts read from a request before the handler runs
//! (negotiated locale, explicit `?lang=` choice, format from `Accept`, `HEAD`), the rule
//! for which responses get a page, and the cache of rendered pages keyed by (code, locale
//! position, format).
//!
//! Nothing here knows a framework's types: each integration turns its headers into strings
//! (several lines joined with `,`) and its header value type into the cached
//! `Content-Language` value, then applies [`crate::PageHeaders`] its own way.

use std::collections::HashMap;
use std::sync::{Arc, PoisonError, RwLock};

use bytes::Bytes;

use crate::{Catalog, Format, Locale, PageHeaders};

/// Most pages one cache keeps rendered: (code, locale, format) combinations actually
/// requested, a few KiB each. Past it, pages are rendered per request.
pub(crate) const MAX_CACHED_PAGES: usize = 1024;

/// A rendered page with its headers in the framework's own form `V` (the axum and
/// actix-web middleware keep the `Content-Language` and `Content-Security-Policy` values,
/// `http-status serve` the whole header map), made once per page and cloned per response.
#[derive(Debug, Clone)]
pub(crate) struct Rendered<V> {
    pub(crate) body: Bytes,
    pub(crate) headers: V,
}

/// The header values a cached page keeps for a framework whose header value type is `V`:
/// `Content-Language` and `Content-Security-Policy`.
#[cfg(any(feature = "axum", feature = "actix-web"))]
#[derive(Debug, Clone)]
pub(crate) struct CachedHeaders<V> {
    pub(crate) language: V,
    pub(crate) policy: V,
}

#[cfg(any(feature = "axum", feature = "actix-web"))]
impl<V> CachedHeaders<V> {
    /// The values of a page's headers, made once per cached page; `value` makes a header
    /// value of a text (`None` if it cannot be one), `fixed` one of a constant.
    pub(crate) fn of(
        headers: &PageHeaders<'_>,
        value: impl Fn(&str) -> Option<V>,
        fixed: impl Fn(&'static str) -> V,
    ) -> Self {
        CachedHeaders {
            language: value(headers.content_language()).unwrap_or_else(|| fixed("en-US")),
            // Policies are visible ASCII; should one not be, nothing may load at all.
            policy: value(headers.content_security_policy())
                .unwrap_or_else(|| fixed("default-src 'none'")),
        }
    }
}

/// Pages rendered once per (code, locale, format) and shared by the clones of a
/// middleware: a page without an application detail depends on nothing else, so serving
/// it again costs a reference-count increment instead of a render.
#[derive(Debug)]
pub(crate) struct PageCache<V> {
    pages: RwLock<HashMap<(u16, u16, Format), Rendered<V>>>,
}

impl<V> Default for PageCache<V> {
    fn default() -> Self {
        PageCache {
            pages: RwLock::default(),
        }
    }
}

impl<V: Clone> PageCache<V> {
    /// The page for `code` in `locale` and `format`, rendered on first use (with the
    /// catalogue's theme and templates); `headers` makes the framework's form of its
    /// headers (the policy of a template's page is computed from that page).
    pub(crate) fn get_or_render(
        &self,
        code: u16,
        locale: Locale<'_>,
        format: Format,
        headers: impl FnOnce(&PageHeaders<'_>) -> V,
    ) -> Rendered<V> {
        let key = (code, locale.id(), format);
        if let Some(found) = self
            .pages
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .get(&key)
        {
            return found.clone();
        }
        let page = locale.catalog().error_page(code).with_locale(locale);
        let (body, page_headers) = page.render_page(format).into_parts();
        let rendered = Rendered {
            body: Bytes::from(body),
            headers: headers(&page_headers),
        };
        let mut pages = self.pages.write().unwrap_or_else(PoisonError::into_inner);
        if pages.len() < MAX_CACHED_PAGES {
            pages.insert(key, rendered.clone());
        }
        rendered
    }

    /// The page for a response with status `code` to a request with `facts`; `None` if
    /// the facts name no locale of `catalog` (they were read with another catalogue).
    #[cfg(any(feature = "axum", feature = "actix-web"))]
    pub(crate) fn page(
        &self,
        catalog: &Catalog,
        facts: RequestFacts,
        code: u16,
        headers: impl FnOnce(&PageHeaders<'_>) -> V,
    ) -> Option<Rendered<V>> {
        let locale = catalog
            .data(facts.locale)
            .map(|_| catalog.at(facts.locale))?;
        Some(self.get_or_render(code, locale, facts.format, headers))
    }
}

/// The catalogue a middleware uses: the embedded one, or an application's own.
#[derive(Debug, Clone)]
pub(crate) enum CatalogRef {
    Embedded,
    Shared(Arc<Catalog>),
}

impl CatalogRef {
    pub(crate) fn get(&self) -> &Catalog {
        match self {
            CatalogRef::Embedded => Catalog::embedded(),
            CatalogRef::Shared(catalog) => catalog,
        }
    }
}

/// What the page needs of the request, decided before the inner service consumes it.
#[cfg(any(feature = "axum", feature = "actix-web"))]
#[derive(Debug, Clone, Copy)]
pub(crate) struct RequestFacts {
    /// Position of the negotiated locale in the catalogue.
    pub(crate) locale: u16,
    pub(crate) format: Format,
    pub(crate) head: bool,
}

#[cfg(any(feature = "axum", feature = "actix-web"))]
impl RequestFacts {
    /// The facts of a request: `accept_language` and `accept` are the header lists (several
    /// lines joined with `,`, empty when absent), `explicit` an explicit choice such as
    /// [`query_value`]'s, `head` whether the method is `HEAD`.
    pub(crate) fn new(
        catalog: &Catalog,
        accept_language: &str,
        explicit: Option<&str>,
        accept: &str,
        head: bool,
    ) -> Self {
        RequestFacts {
            locale: catalog.negotiate_with(explicit, accept_language).id(),
            format: crate::negotiate::preferred_format(accept),
            head,
        }
    }
}

/// The value of query parameter `name`, if it is a plain tag (no percent-decoding is
/// needed for language tags, and anything else is ignored).
pub(crate) fn query_value<'q>(query: Option<&'q str>, name: &str) -> Option<&'q str> {
    query?
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
        .filter(|value| value.len() <= crate::MAX_TAG_LEN)
        .filter(|value| {
            value
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        })
}

/// Whether a response should get a page: an error status (4xx or 5xx) and a body known to
/// be empty.
#[cfg(any(feature = "axum", feature = "actix-web"))]
pub(crate) fn wants_page(status: u16, body_is_empty: bool) -> bool {
    (400..=599).contains(&status) && body_is_empty
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[cfg(any(feature = "axum", feature = "actix-web"))]
    #[test]
    fn only_bodiless_client_and_server_errors_want_a_page() {
        assert!(wants_page(400, true));
        assert!(wants_page(599, true));
        assert!(!wants_page(404, false));
        assert!(!wants_page(399, true));
        assert!(!wants_page(600, true));
        assert!(!wants_page(200, true));
    }

    #[test]
    fn the_query_value_must_look_like_a_tag() {
        assert_eq!(query_value(Some("lang=uk"), "lang"), Some("uk"));
        assert_eq!(query_value(Some("x=1&lang=zh_HK"), "lang"), Some("zh_HK"));
        assert_eq!(query_value(Some("lang=%3Cscript%3E"), "lang"), None);
        assert_eq!(query_value(Some("language=de"), "lang"), None);
        assert_eq!(query_value(None, "lang"), None);
        let long = format!("lang={}", "a".repeat(crate::MAX_TAG_LEN + 1));
        assert_eq!(query_value(Some(&long), "lang"), None);
    }

    #[cfg(any(feature = "axum", feature = "actix-web"))]
    #[test]
    fn request_facts_negotiate_locale_format_and_head() {
        let catalog = Catalog::embedded();
        let facts = RequestFacts::new(catalog, "tlh,ja;q=0.5", None, "text/plain", true);
        assert_eq!(catalog.at(facts.locale).tag(), "ja");
        assert_eq!(facts.format, Format::Text);
        assert!(facts.head);
        let facts = RequestFacts::new(catalog, "de", Some("uk"), "", false);
        assert_eq!(catalog.at(facts.locale).tag(), "uk");
        assert_eq!(facts.format, Format::Html);
    }

    /// The headers as (language, policy) strings.
    fn strings(headers: &PageHeaders<'_>) -> (String, String) {
        (
            headers.content_language().to_owned(),
            headers.content_security_policy().to_owned(),
        )
    }

    #[cfg(any(feature = "axum", feature = "actix-web"))]
    #[test]
    fn the_cache_renders_once_and_keys_on_the_format() {
        let catalog = Catalog::embedded();
        let cache = PageCache::<(String, String)>::default();
        let facts = RequestFacts::new(catalog, "fr", None, "application/json", false);
        let first = cache.page(catalog, facts, 404, strings).unwrap();
        assert_eq!(first.headers.0, "fr");
        assert_eq!(first.headers.1, crate::CONTENT_SECURITY_POLICY);
        let again = cache
            .page(catalog, facts, 404, |_| unreachable!("cached"))
            .unwrap();
        assert_eq!(first.body.as_ptr(), again.body.as_ptr());
        let html = RequestFacts {
            format: Format::Html,
            ..facts
        };
        let page = cache.page(catalog, html, 404, strings).unwrap();
        assert!(page.body.starts_with(b"<!DOCTYPE html>"));
    }

    #[cfg(all(feature = "templates", any(feature = "axum", feature = "actix-web")))]
    #[test]
    fn the_cache_keeps_a_templates_page_and_its_policy() {
        let template = crate::PageTemplate::html(
            "t.html",
            "<html lang=\"{{ lang }}\"><style>p{color:red}</style><p>{{ title }}</p></html>",
        )
        .unwrap();
        let catalog = Catalog::builder().template(template).build().unwrap();
        let cache = PageCache::<(String, String)>::default();
        let facts = RequestFacts::new(&catalog, "de", None, "text/html", false);
        let page = cache.page(&catalog, facts, 404, strings).unwrap();
        assert_eq!(
            &page.body[..],
            "<html lang=\"de\"><style>p{color:red}</style><p>Nicht gefunden</p></html>".as_bytes()
        );
        let policy = &page.headers.1;
        assert!(
            policy.contains(&crate::page::csp_style_hash("p{color:red}")),
            "{policy}"
        );
        let again = cache
            .page(&catalog, facts, 404, |_| unreachable!("cached"))
            .unwrap();
        assert_eq!(page.body.as_ptr(), again.body.as_ptr());
    }
}
