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

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, OnceLock};
use std::task::{Context, Poll};

use axum::body::Body;
use axum::http::header::{self, HeaderValue, ACCEPT, ACCEPT_LANGUAGE};
use axum::http::{HeaderMap, Method, Request, Response, StatusCode};
use http_body::Body as _;
use tower_layer::Layer;
use tower_service::Service;

use super::http::lines;
use super::pages::{
    query_value, wants_page, CachedHeaders, CatalogRef, PageCache, Rendered, RequestFacts,
};
use crate::{Catalog, Format};

/// The rendered pages of one layer, with their `Content-Language` and CSP values.
type PageCacheOf = PageCache<Values>;

/// The header values a cached page keeps.
type Values = CachedHeaders<HeaderValue>;

/// The values of a page's headers, made once per cached page.
fn header_values(headers: &crate::PageHeaders<'_>) -> Values {
    CachedHeaders::of(
        headers,
        |text| HeaderValue::from_str(text).ok(),
        HeaderValue::from_static,
    )
}

/// A tower layer that renders localized error pages for bodiless 4xx and 5xx responses.
#[derive(Debug, Clone)]
pub struct ErrorPageLayer {
    catalog: CatalogRef,
    cache: Arc<PageCacheOf>,
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

/// The facts of a request (see [`RequestFacts`]) from its headers and method.
fn request_facts(
    catalog: &Catalog,
    headers: &HeaderMap,
    method: &Method,
    explicit: Option<&str>,
) -> RequestFacts {
    RequestFacts::new(
        catalog,
        &lines(headers, &ACCEPT_LANGUAGE),
        explicit,
        &lines(headers, &ACCEPT),
        method == Method::HEAD,
    )
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
        let facts = request_facts(
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

fn localize(
    catalog: &Catalog,
    cache: &PageCacheOf,
    facts: RequestFacts,
    response: Response<Body>,
) -> Response<Body> {
    let body_is_empty = response.body().size_hint().exact() == Some(0);
    if !wants_page(response.status().as_u16(), body_is_empty) {
        return response;
    }
    let (mut parts, _empty) = response.into_parts();
    let Some(rendered) = cache.page(catalog, facts, parts.status.as_u16(), header_values) else {
        return Response::from_parts(parts, Body::empty());
    };
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
fn apply_headers(headers: &mut HeaderMap, rendered: &Rendered<Values>, format: Format) {
    crate::PageHeaders::new(format, "", std::borrow::Cow::Borrowed("")).apply_with_values(
        headers,
        rendered.headers.language.clone(),
        rendered.headers.policy.clone(),
    );
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
    static PAGES: OnceLock<PageCacheOf> = OnceLock::new();
    let catalog = Catalog::embedded();
    let facts = request_facts(catalog, &headers, &method, None);
    let mut response = Response::new(Body::empty());
    *response.status_mut() = StatusCode::NOT_FOUND;
    localize(
        catalog,
        PAGES.get_or_init(PageCache::default),
        facts,
        response,
    )
}
