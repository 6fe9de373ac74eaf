//! actix-web: a middleware that turns bodiless 4xx and 5xx responses into localized error
//! pages, and a handler for `App::default_service`.
//!
//! ```no_run
//! use actix_web::{web, App, HttpServer};
//! use http_status_i18n::integrations::actix::{not_found, ErrorPages};
//!
//! # async fn run() -> std::io::Result<()> {
//! HttpServer::new(|| {
//!     App::new()
//!         .route("/", web::get().to(|| async { "hello" }))
//!         .default_service(web::to(not_found))
//!         .wrap(ErrorPages::new())
//! })
//! .bind(("127.0.0.1", 8080))?
//! .run()
//! .await
//! # }
//! ```
//!
//! The middleware reads the request's `Accept-Language` (for the language; several lines
//! are joined) and `Accept` (HTML, problem+json or text), keeps the response's status and
//! headers (such as `Allow` or `Retry-After`), and sends no body for `HEAD`. Responses that
//! already have a body, or whose body size is not known, pass through unchanged. It shares
//! its negotiation, its rule for which responses get a page and its page cache with the
//! axum layer, and sets the page's headers from the one set of [`crate::PageHeaders`].
//!
//! `Content-Length` is left to actix-web, which writes it from the page's size (also for
//! `HEAD`, whose body declares the page's length and yields nothing).

use std::convert::Infallible;
use std::future::{ready, Future, Ready};
use std::pin::Pin;
use std::sync::{Arc, OnceLock};
use std::task::{Context, Poll};

use actix_web::body::{BodySize, EitherBody, MessageBody};
use actix_web::dev::{forward_ready, Service, ServiceRequest, ServiceResponse, Transform};
use actix_web::http::header::{self, HeaderMap, HeaderName, HeaderValue};
use actix_web::http::{Method, StatusCode};
use actix_web::{HttpRequest, HttpResponse};
use bytes::Bytes;

use super::pages::{
    query_value, wants_page, CachedHeaders, CatalogRef, PageCache, Rendered, RequestFacts,
};
use crate::negotiate::joined_lines;
use crate::page::lists;
use crate::{Catalog, Format, PageHeaders};

/// The rendered pages of one middleware, with their `Content-Language` and CSP values.
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

/// An actix-web middleware that renders localized error pages for bodiless 4xx and 5xx
/// responses. Its clones share one cache of rendered pages.
///
/// ```no_run
/// use std::sync::Arc;
///
/// use actix_web::{web, App, HttpResponse};
/// use http_status_i18n::integrations::actix::ErrorPages;
/// use http_status_i18n::Catalog;
///
/// let catalog = Catalog::builder()
///     .add_ftl("en-US", "http-404 = Nothing to see here\n")
///     .build()
///     .unwrap();
/// let pages = ErrorPages::with_catalog(Arc::new(catalog)).locale_query("lang");
/// let app = App::new()
///     .route("/gone", web::get().to(HttpResponse::Gone))
///     .wrap(pages);
/// ```
#[derive(Debug, Clone)]
pub struct ErrorPages {
    catalog: CatalogRef,
    cache: Arc<PageCacheOf>,
    locale_query: Option<&'static str>,
}

impl Default for ErrorPages {
    fn default() -> Self {
        Self::new()
    }
}

impl ErrorPages {
    /// A middleware over the embedded catalogue.
    ///
    /// ```no_run
    /// use actix_web::App;
    /// use http_status_i18n::integrations::actix::ErrorPages;
    ///
    /// let app = App::new().wrap(ErrorPages::new());
    /// ```
    pub fn new() -> Self {
        ErrorPages {
            catalog: CatalogRef::Embedded,
            cache: Arc::default(),
            locale_query: None,
        }
    }

    /// A middleware over an application's catalogue (with its overrides).
    ///
    /// ```no_run
    /// use std::sync::Arc;
    ///
    /// use actix_web::App;
    /// use http_status_i18n::integrations::actix::ErrorPages;
    /// use http_status_i18n::Catalog;
    ///
    /// let catalog = Arc::new(Catalog::builder().build().unwrap());
    /// let app = App::new().wrap(ErrorPages::with_catalog(catalog));
    /// ```
    pub fn with_catalog(catalog: Arc<Catalog>) -> Self {
        ErrorPages {
            catalog: CatalogRef::Shared(catalog),
            cache: Arc::default(),
            locale_query: None,
        }
    }

    /// Lets a query parameter choose the language explicitly (`?lang=ja` with
    /// `locale_query("lang")`); it wins over `Accept-Language` when the catalogue has a
    /// locale for it. Values that are not plain tags are ignored.
    ///
    /// ```no_run
    /// use actix_web::App;
    /// use http_status_i18n::integrations::actix::ErrorPages;
    ///
    /// let app = App::new().wrap(ErrorPages::new().locale_query("lang"));
    /// ```
    #[must_use]
    pub fn locale_query(mut self, name: &'static str) -> Self {
        self.locale_query = Some(name);
        self
    }
}

impl<S, B> Transform<S, ServiceRequest> for ErrorPages
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>>,
    S::Future: 'static,
    B: MessageBody,
{
    type Response = ServiceResponse<EitherBody<B, PageBody>>;
    type Error = S::Error;
    type Transform = ErrorPagesMiddleware<S>;
    type InitError = ();
    type Future = Ready<Result<Self::Transform, Self::InitError>>;

    fn new_transform(&self, service: S) -> Self::Future {
        ready(Ok(ErrorPagesMiddleware {
            service,
            pages: self.clone(),
        }))
    }
}

/// The service of [`ErrorPages`], wrapping the application's.
#[derive(Debug)]
pub struct ErrorPagesMiddleware<S> {
    service: S,
    pages: ErrorPages,
}

impl<S, B> Service<ServiceRequest> for ErrorPagesMiddleware<S>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>>,
    S::Future: 'static,
    B: MessageBody,
{
    type Response = ServiceResponse<EitherBody<B, PageBody>>;
    type Error = S::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, Self::Error>>>>;

    forward_ready!(service);

    fn call(&self, request: ServiceRequest) -> Self::Future {
        let explicit = self
            .pages
            .locale_query
            .and_then(|name| query_value(Some(request.query_string()), name));
        let facts = request_facts(
            self.pages.catalog.get(),
            request.headers(),
            request.method(),
            explicit,
        );
        let pages = self.pages.clone();
        let future = self.service.call(request);
        Box::pin(async move {
            let response = future.await?;
            Ok(localize(pages.catalog.get(), &pages.cache, facts, response))
        })
    }
}

/// The body of a page the middleware rendered: the page, or for `HEAD` nothing but the
/// page's length, so that actix-web still sends the right `Content-Length`.
#[derive(Debug, Clone)]
pub struct PageBody {
    /// The bytes still to send (none for `HEAD`, none once sent).
    bytes: Option<Bytes>,
    /// The page's length in bytes, sent as `Content-Length`.
    length: u64,
}

impl PageBody {
    fn new(page: Bytes, head: bool) -> Self {
        let length = u64::try_from(page.len()).unwrap_or(u64::MAX);
        PageBody {
            bytes: (!head).then_some(page),
            length,
        }
    }
}

impl MessageBody for PageBody {
    type Error = Infallible;

    fn size(&self) -> BodySize {
        BodySize::Sized(self.length)
    }

    fn poll_next(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
    ) -> Poll<Option<Result<Bytes, Self::Error>>> {
        Poll::Ready(
            self.get_mut()
                .bytes
                .take()
                .filter(|bytes| !bytes.is_empty())
                .map(Ok),
        )
    }

    fn try_into_bytes(self) -> Result<Bytes, Self> {
        match self.bytes {
            // A whole page: actix-web can send it as one buffer.
            Some(bytes) if bytes.len() as u64 == self.length => Ok(bytes),
            // HEAD: the declared length must survive, so this stays a body of its own.
            _ => Err(self),
        }
    }
}

/// The lines of header `name` joined with `,` (borrowed when there is one line).
fn lines<'h>(headers: &'h HeaderMap, name: &HeaderName) -> std::borrow::Cow<'h, str> {
    joined_lines(headers.get_all(name).map(|value| value.to_str().ok()))
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
        &lines(headers, &header::ACCEPT_LANGUAGE),
        explicit,
        &lines(headers, &header::ACCEPT),
        method == Method::HEAD,
    )
}

fn localize<B: MessageBody>(
    catalog: &Catalog,
    cache: &PageCacheOf,
    facts: RequestFacts,
    response: ServiceResponse<B>,
) -> ServiceResponse<EitherBody<B, PageBody>> {
    let body_is_empty = response.response().body().size() == BodySize::Sized(0);
    if !wants_page(response.status().as_u16(), body_is_empty) {
        return response.map_into_left_body();
    }
    let Some(rendered) = cache.page(catalog, facts, response.status().as_u16(), header_values)
    else {
        return response.map_into_left_body();
    };
    let (request, response) = response.into_parts();
    let (mut response, _empty) = response.into_parts();
    apply_headers(response.headers_mut(), &rendered, facts.format);
    let response = response.set_body(PageBody::new(rendered.body, facts.head));
    ServiceResponse::new(request, response).map_into_right_body()
}

/// The actix-web constant of one of the page's header names (no parsing per response).
fn header_name(name: &'static str) -> HeaderName {
    match name {
        "content-type" => header::CONTENT_TYPE,
        "x-content-type-options" => header::X_CONTENT_TYPE_OPTIONS,
        "content-security-policy" => header::CONTENT_SECURITY_POLICY,
        "content-language" => header::CONTENT_LANGUAGE,
        "vary" => header::VARY,
        other => HeaderName::from_static(other),
    }
}

/// Sets the page's headers (the one set of [`PageHeaders`], as (name, value) pairs),
/// keeping all others (`Allow`, `Retry-After`, ...); `Vary` is extended, not replaced.
fn apply_headers(headers: &mut HeaderMap, rendered: &Rendered<Values>, format: Format) {
    let page_headers = PageHeaders::new(format, "", std::borrow::Cow::Borrowed(""));
    for (name, value) in page_headers.static_fields() {
        headers.insert(header_name(name), HeaderValue::from_static(value));
    }
    headers.insert(header::CONTENT_LANGUAGE, rendered.headers.language.clone());
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        rendered.headers.policy.clone(),
    );
    for vary in page_headers.vary() {
        let values = headers.get_all(header::VARY);
        if !lists(values.map(|value| value.to_str().ok()), vary) {
            headers.append(header::VARY, HeaderValue::from_static(vary));
        }
    }
}

/// A handler for unknown routes: a localized 404 page from the embedded catalogue,
/// negotiated like the middleware (no body for `HEAD`).
///
/// ```no_run
/// use actix_web::{web, App};
/// use http_status_i18n::integrations::actix::not_found;
///
/// let app = App::new().default_service(web::to(not_found));
/// ```
pub async fn not_found(request: HttpRequest) -> HttpResponse {
    static PAGES: OnceLock<PageCacheOf> = OnceLock::new();
    let catalog = Catalog::embedded();
    let facts = request_facts(catalog, request.headers(), request.method(), None);
    let pages = PAGES.get_or_init(PageCache::default);
    let status = StatusCode::NOT_FOUND;
    let Some(rendered) = pages.page(catalog, facts, status.as_u16(), header_values) else {
        return HttpResponse::new(status);
    };
    let mut response =
        HttpResponse::with_body(status, PageBody::new(rendered.body.clone(), facts.head));
    apply_headers(response.headers_mut(), &rendered, facts.format);
    response.map_into_boxed_body()
}
