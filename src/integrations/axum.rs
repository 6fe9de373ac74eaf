//! axum: a layer that turns bodiless 4xx and 5xx responses into localized error pages, and
//! a fallback handler for unknown routes.
//!
//! ```no_run
//! use axum::{routing::get, Router};
//! use http_status_i18n::integrations::axum::{not_found, ErrorPageLayer};
//!
//! let app: Router = Router::new()
//!     .route("/", get(|| async { "hello" }))
//!     .fallback(not_found)
//!     .layer(ErrorPageLayer::new());
//! ```
//!
//! The layer reads the request's `Accept-Language` (for the language) and `Accept` (HTML,
//! problem+json or text), keeps the response's status and headers (such as `Allow` or
//! `Retry-After`), and sends no body for `HEAD`. Responses that already have a body, or
//! whose body size is not known, pass through unchanged.

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, OnceLock, PoisonError, RwLock};
use std::task::{Context, Poll};

use axum::body::{Body, Bytes};
use axum::http::header::{self, HeaderValue};
use axum::http::{HeaderMap, Method, Request, Response, StatusCode};
use http_body::Body as _;
use tower_layer::Layer;
use tower_service::Service;

use super::http::{accept_language_value, preferred_format};
use crate::{Catalog, Format, Locale};

/// Most pages one layer keeps rendered: (code, locale, format) combinations actually
/// requested, a few KiB each. Past it, pages are rendered per request.
const MAX_CACHED_PAGES: usize = 1024;

/// A rendered page and its `Content-Language` value.
#[derive(Debug, Clone)]
struct Rendered {
    body: Bytes,
    language: HeaderValue,
}

/// Pages rendered once per (code, locale, format) and shared by the clones of a layer: a
/// page without an application detail depends on nothing else, so serving it again costs a
/// reference-count increment instead of a render.
#[derive(Debug, Default)]
struct PageCache {
    pages: RwLock<HashMap<(u16, u16, Format), Rendered>>,
}

impl PageCache {
    fn get_or_render(&self, code: u16, locale: Locale<'_>, format: Format) -> Rendered {
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
            language: HeaderValue::from_str(locale.tag())
                .unwrap_or_else(|_| HeaderValue::from_static("en-US")),
        };
        let mut pages = self.pages.write().unwrap_or_else(PoisonError::into_inner);
        if pages.len() < MAX_CACHED_PAGES {
            pages.insert(key, rendered.clone());
        }
        rendered
    }
}

/// The catalogue a layer uses: the embedded one, or an application's own.
#[derive(Debug, Clone)]
enum CatalogRef {
    Embedded,
    Shared(Arc<Catalog>),
}

impl CatalogRef {
    fn get(&self) -> &Catalog {
        match self {
            CatalogRef::Embedded => Catalog::embedded(),
            CatalogRef::Shared(catalog) => catalog,
        }
    }
}

/// A tower layer that renders localized error pages for bodiless 4xx and 5xx responses.
#[derive(Debug, Clone)]
pub struct ErrorPageLayer {
    catalog: CatalogRef,
    cache: Arc<PageCache>,
    locale_query: Option<&'static str>,
}

impl Default for ErrorPageLayer {
    fn default() -> Self {
        Self::new()
    }
}

impl ErrorPageLayer {
    /// A layer over the embedded catalogue.
    pub fn new() -> Self {
        ErrorPageLayer {
            catalog: CatalogRef::Embedded,
            cache: Arc::default(),
            locale_query: None,
        }
    }

    /// A layer over an application's catalogue (with its overrides).
    pub fn with_catalog(catalog: Arc<Catalog>) -> Self {
        ErrorPageLayer {
            catalog: CatalogRef::Shared(catalog),
            cache: Arc::default(),
            locale_query: None,
        }
    }

    /// Lets a query parameter choose the language explicitly (`?lang=ja` with
    /// `locale_query("lang")`); it wins over `Accept-Language` when the catalogue has a
    /// locale for it.
    #[must_use]
    pub fn locale_query(mut self, name: &'static str) -> Self {
        self.locale_query = Some(name);
        self
    }
}

impl<S> Layer<S> for ErrorPageLayer {
    type Service = ErrorPageService<S>;

    fn layer(&self, inner: S) -> Self::Service {
        ErrorPageService {
            inner,
            layer: self.clone(),
        }
    }
}

/// The service of [`ErrorPageLayer`].
#[derive(Debug, Clone)]
pub struct ErrorPageService<S> {
    inner: S,
    layer: ErrorPageLayer,
}

/// What the page needs of the request, decided before the inner service consumes it.
#[derive(Debug, Clone, Copy)]
struct RequestFacts {
    /// Position of the negotiated locale in the catalogue.
    locale: u16,
    format: Format,
    head: bool,
}

impl RequestFacts {
    fn of(catalog: &Catalog, headers: &HeaderMap, method: &Method, explicit: Option<&str>) -> Self {
        let locale =
            accept_language_value(headers, |header| catalog.negotiate_with(explicit, header));
        RequestFacts {
            locale: locale.id(),
            format: preferred_format(headers),
            head: method == Method::HEAD,
        }
    }
}

/// The value of query parameter `name`, if it is a plain tag (no percent-decoding is
/// needed for language tags, and anything else is ignored).
fn query_value<'q>(query: Option<&'q str>, name: &str) -> Option<&'q str> {
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

impl<S, B> Service<Request<B>> for ErrorPageService<S>
where
    S: Service<Request<B>, Response = Response<Body>> + Send + 'static,
    S::Future: Send + 'static,
{
    type Response = Response<Body>;
    type Error = S::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, Self::Error>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<B>) -> Self::Future {
        let explicit = self
            .layer
            .locale_query
            .and_then(|name| query_value(request.uri().query(), name));
        let facts = RequestFacts::of(
            self.layer.catalog.get(),
            request.headers(),
            request.method(),
            explicit,
        );
        let layer = self.layer.clone();
        let future = self.inner.call(request);
        Box::pin(async move {
            let response = future.await?;
            Ok(localize(layer.catalog.get(), &layer.cache, facts, response))
        })
    }
}

/// Whether a response should get a page: an error status and a body known to be empty.
fn wants_page(response: &Response<Body>) -> bool {
    let status = response.status();
    (status.is_client_error() || status.is_server_error())
        && response.body().size_hint().exact() == Some(0)
}

fn localize(
    catalog: &Catalog,
    cache: &PageCache,
    facts: RequestFacts,
    response: Response<Body>,
) -> Response<Body> {
    if !wants_page(&response) {
        return response;
    }
    let (mut parts, _empty) = response.into_parts();
    let Some(locale) = catalog.data(facts.locale).map(|_| catalog.at(facts.locale)) else {
        return Response::from_parts(parts, Body::empty());
    };
    let rendered = cache.get_or_render(parts.status.as_u16(), locale, facts.format);
    apply_headers(&mut parts.headers, &rendered, facts.format);
    let body = if facts.head {
        Body::empty()
    } else {
        Body::from(rendered.body)
    };
    Response::from_parts(parts, body)
}

/// Sets the page's headers (the one set of [`crate::PageHeaders`]), keeping all others
/// (`Allow`, `Retry-After`, ...); `Vary` is extended, not replaced.
fn apply_headers(headers: &mut HeaderMap, rendered: &Rendered, format: Format) {
    crate::PageHeaders::new(format, "").apply_with_language(headers, rendered.language.clone());
    headers.insert(
        header::CONTENT_LENGTH,
        HeaderValue::from(rendered.body.len()),
    );
}

/// A fallback handler for unknown routes: a localized 404 page from the embedded catalogue,
/// negotiated like the layer.
///
/// Use it with `Router::fallback(not_found)`.
pub async fn not_found(method: Method, headers: HeaderMap) -> Response<Body> {
    static PAGES: OnceLock<PageCache> = OnceLock::new();
    let catalog = Catalog::embedded();
    let facts = RequestFacts::of(catalog, &headers, &method, None);
    let mut response = Response::new(Body::empty());
    *response.status_mut() = StatusCode::NOT_FOUND;
    localize(
        catalog,
        PAGES.get_or_init(PageCache::default),
        facts,
        response,
    )
}
