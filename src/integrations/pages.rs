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

use crate::{Catalog, Format, Locale};

/// Most pages one cache keeps rendered: (code, locale, format) combinations actually
/// requested, a few KiB each. Past it, pages are rendered per request.
pub(crate) const MAX_CACHED_PAGES: usize = 1024;

/// A rendered page and its `Content-Language` value, in the framework's own header value
/// type `V` (made once per page, cloned per response); `http-status serve` keeps the
/// page's whole header map there.
#[derive(Debug, Clone)]
pub(crate) struct Rendered<V> {
    pub(crate) body: Bytes,
    pub(crate) language: V,
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
    /// The page for `code` in `locale` and `format`, rendered on first use; `language`
    /// makes the `Content-Language` value from the locale's tag.
    pub(crate) fn get_or_render(
        &self,
        code: u16,
        locale: Locale<'_>,
        format: Format,
        language: impl FnOnce(&str) -> V,
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
        let rendered = Rendered {
            body: Bytes::from(page.render(format)),
            language: language(locale.tag()),
        };
        let mut pages = self.pages.write().unwrap_or_else(PoisonError::into_inner);
        if pages.len() < MAX_CACHED_PAGES {
            pages.insert(key, rendered.clone());
        }
        rendered
    }

    #[cfg(any(feature = "axum", feature = "actix-web"))]
    /// The page for a response with status `code` to a request with `facts`; `None` if
    /// the facts name no locale of `catalog` (they were read with another catalogue).
    pub(crate) fn page(
        &self,
        catalog: &Catalog,
        facts: RequestFacts,
        code: u16,
        language: impl FnOnce(&str) -> V,
    ) -> Option<Rendered<V>> {
        let locale = catalog
            .data(facts.locale)
            .map(|_| catalog.at(facts.locale))?;
        Some(self.get_or_render(code, locale, facts.format, language))
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

#[cfg(any(feature = "axum", feature = "actix-web"))]
/// What the page needs of the request, decided before the inner service consumes it.
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

#[cfg(any(feature = "axum", feature = "actix-web"))]
/// Whether a response should get a page: an error status (4xx or 5xx) and a body known to
/// be empty.
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

    #[cfg(any(feature = "axum", feature = "actix-web"))]
    #[test]
    fn the_cache_renders_once_and_keys_on_the_format() {
        let catalog = Catalog::embedded();
        let cache = PageCache::<String>::default();
        let facts = RequestFacts::new(catalog, "fr", None, "application/json", false);
        let first = cache.page(catalog, facts, 404, str::to_owned).unwrap();
        assert_eq!(first.language, "fr");
        let again = cache
            .page(catalog, facts, 404, |_| unreachable!("cached"))
            .unwrap();
        assert_eq!(first.body.as_ptr(), again.body.as_ptr());
        let html = RequestFacts {
            format: Format::Html,
            ..facts
        };
        let page = cache.page(catalog, html, 404, str::to_owned).unwrap();
        assert!(page.body.starts_with(b"<!DOCTYPE html>"));
    }
}
