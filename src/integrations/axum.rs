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
use std::sync::Arc;
use std::task::{Context, Poll};

use axum::body::Body;
use axum::http::header::{self, HeaderValue};
use axum::http::{HeaderMap, Method, Request, Response};
use http_body::Body as _;
use tower_layer::Layer;
use tower_service::Service;

use super::http::preferred_format;
use crate::{Catalog, ErrorPage, Format};

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
            locale_query: None,
        }
    }

    /// A layer over an application's catalogue (with its overrides).
    pub fn with_catalog(catalog: Arc<Catalog>) -> Self {
        ErrorPageLayer {
            catalog: CatalogRef::Shared(catalog),
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
            catalog: self.catalog.clone(),
            locale_query: self.locale_query,
        }
    }
}

/// The service of [`ErrorPageLayer`].
#[derive(Debug, Clone)]
pub struct ErrorPageService<S> {
    inner: S,
    catalog: CatalogRef,
    locale_query: Option<&'static str>,
}

/// What the layer needs of the request, taken before the inner service consumes it.
struct RequestFacts {
    accept_language: String,
    explicit: Option<String>,
    format: Format,
    head: bool,
}

impl RequestFacts {
    fn of(headers: &HeaderMap, method: &Method) -> Self {
        RequestFacts {
            accept_language: super::http::accept_language(headers),
            explicit: None,
            format: preferred_format(headers),
            head: method == Method::HEAD,
        }
    }
}

/// The value of query parameter `name`, if it is a plain tag (no percent-decoding is
/// needed for language tags, and anything else is ignored).
fn query_value(query: Option<&str>, name: &str) -> Option<String> {
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
        .map(str::to_owned)
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
        let mut facts = RequestFacts::of(request.headers(), request.method());
        if let Some(name) = self.locale_query {
            facts.explicit = query_value(request.uri().query(), name);
        }
        let catalog = self.catalog.clone();
        let future = self.inner.call(request);
        Box::pin(async move {
            let response = future.await?;
            Ok(localize(catalog.get(), &facts, response))
        })
    }
}

/// Whether a response should get a page: an error status and a body known to be empty.
fn wants_page(response: &Response<Body>) -> bool {
    let status = response.status();
    (status.is_client_error() || status.is_server_error())
        && response.body().size_hint().exact() == Some(0)
}

fn localize(catalog: &Catalog, facts: &RequestFacts, response: Response<Body>) -> Response<Body> {
    if !wants_page(&response) {
        return response;
    }
    let (mut parts, _empty) = response.into_parts();
    let mut page = catalog
        .error_page(parts.status.as_u16())
        .accept_language(&facts.accept_language);
    if let Some(tag) = &facts.explicit {
        page = page.locale(tag);
    }
    let body = page.render(facts.format);
    apply_headers(&mut parts.headers, &page, facts.format, body.len());
    let body = if facts.head {
        Body::empty()
    } else {
        Body::from(body)
    };
    Response::from_parts(parts, body)
}

/// Sets the page's headers, keeping all others (`Allow`, `Retry-After`, ...); `Vary` is
/// extended, not replaced.
fn apply_headers(headers: &mut HeaderMap, page: &ErrorPage<'_>, format: Format, length: usize) {
    for (name, value) in page.header_map(format) {
        let Some(name) = name else { continue };
        if name == header::VARY {
            continue;
        }
        headers.insert(name, value);
    }
    for vary in ["Accept-Language", "Accept"] {
        let present = headers.get_all(header::VARY).iter().any(|value| {
            value.to_str().is_ok_and(|v| {
                v.split(',')
                    .any(|item| item.trim().eq_ignore_ascii_case(vary))
            })
        });
        if !present {
            headers.append(header::VARY, HeaderValue::from_static(vary));
        }
    }
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(length));
}

/// A fallback handler for unknown routes: a localized 404 page, negotiated like the layer.
///
/// Use it with `Router::fallback(not_found)`.
pub async fn not_found(method: Method, headers: HeaderMap) -> Response<Body> {
    let facts = RequestFacts::of(&headers, &method);
    let mut response = Response::new(Body::empty());
    *response.status_mut() = axum::http::StatusCode::NOT_FOUND;
    localize(Catalog::embedded(), &facts, response)
}
