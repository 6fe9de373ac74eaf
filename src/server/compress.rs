//! gzip and brotli for the pages. tower-http's `CompressionLayer` chooses the encoding
//! from `Accept-Encoding` and compresses; pages are cached, so their compressed forms are
//! cached too, keyed by the page and the request's `Accept-Encoding` value: a page is
//! compressed once per distinct header (browsers send a handful), not once per request.

use std::collections::HashMap;
use std::convert::Infallible;
use std::sync::{PoisonError, RwLock};

use bytes::Bytes;
use http::header::{ACCEPT_ENCODING, CONTENT_LANGUAGE, CONTENT_LENGTH};
use http::{HeaderMap, HeaderValue, Request, Response};
use http_body_util::{BodyExt as _, Full};
use tower::{Layer as _, ServiceExt as _};
use tower_http::compression::CompressionLayer;

use super::respond::X_REQUEST_ID;

/// Most compressed responses kept (page × `Accept-Encoding` value); past it, responses are
/// compressed per request.
pub(crate) const MAX_CACHED_COMPRESSED: usize = 1024;

/// The longest `Accept-Encoding` value used as a cache key; longer ones are compressed
/// per request.
const MAX_KEYED_ACCEPT_ENCODING: usize = 256;

/// A page, as far as its bytes go, and the `Accept-Encoding` it was compressed for.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Key {
    code: u16,
    content_type: HeaderValue,
    language: HeaderValue,
    accept_encoding: HeaderValue,
}

/// A response as tower-http compressed it.
#[derive(Debug, Clone)]
struct Compressed {
    headers: HeaderMap,
    body: Bytes,
}

/// The compressed responses of one server.
#[derive(Debug, Default)]
pub(crate) struct Compressor {
    cache: RwLock<HashMap<Key, Compressed>>,
}

impl Compressor {
    /// `response` (the page for `code`) in the encoding `accept_encoding` asks for, with
    /// its `Content-Length`; `head` responses are compressed but never cached.
    pub(crate) async fn compress(
        &self,
        code: u16,
        response: Response<Bytes>,
        accept_encoding: &HeaderValue,
        head: bool,
    ) -> Response<Bytes> {
        let key = cache_key(code, &response, accept_encoding, head);
        if let Some(key) = &key {
            let cache = self.cache.read().unwrap_or_else(PoisonError::into_inner);
            if let Some(found) = cache.get(key) {
                let mut hit = Response::new(found.body.clone());
                *hit.status_mut() = response.status();
                *hit.headers_mut() = found.headers.clone();
                return hit;
            }
        }
        let compressed = Box::pin(compressed(response, accept_encoding, head)).await;
        if let Some(key) = key {
            let mut cache = self.cache.write().unwrap_or_else(PoisonError::into_inner);
            if cache.len() < MAX_CACHED_COMPRESSED {
                let entry = Compressed {
                    headers: compressed.headers().clone(),
                    body: compressed.body().clone(),
                };
                cache.insert(key, entry);
            }
        }
        compressed
    }
}

/// The key of a response that may be cached: not for `HEAD`, not a page that shows a
/// request ID, not for an overlong `Accept-Encoding`.
fn cache_key(
    code: u16,
    response: &Response<Bytes>,
    accept_encoding: &HeaderValue,
    head: bool,
) -> Option<Key> {
    let headers = response.headers();
    let cacheable = !head
        && !headers.contains_key(X_REQUEST_ID)
        && accept_encoding.len() <= MAX_KEYED_ACCEPT_ENCODING;
    cacheable.then(|| Key {
        code,
        content_type: headers
            .get(http::header::CONTENT_TYPE)
            .cloned()
            .unwrap_or_else(|| HeaderValue::from_static("")),
        language: headers
            .get(CONTENT_LANGUAGE)
            .cloned()
            .unwrap_or_else(|| HeaderValue::from_static("")),
        accept_encoding: accept_encoding.clone(),
    })
}

/// `response` through tower-http's compression, collected (the body is in memory, so
/// this completes at once). If compression fails, the response is sent as it was.
async fn compressed(
    response: Response<Bytes>,
    accept_encoding: &HeaderValue,
    head: bool,
) -> Response<Bytes> {
    let (parts, body) = response.into_parts();
    let (status, headers) = (parts.status, parts.headers);
    let page = move || {
        let mut page = Response::new(body.clone());
        *page.status_mut() = status;
        *page.headers_mut() = headers.clone();
        page
    };
    let mut request = Request::new(());
    request
        .headers_mut()
        .insert(ACCEPT_ENCODING, accept_encoding.clone());
    let fallback = page();
    let service = CompressionLayer::new().layer(tower::service_fn(move |_: Request<()>| {
        std::future::ready(Ok::<_, Infallible>(page().map(Full::new)))
    }));
    let Ok(response) = service.oneshot(request).await;
    let (mut parts, body) = response.into_parts();
    let Ok(body) = body.collect().await.map(|collected| collected.to_bytes()) else {
        return fallback;
    };
    if !head {
        parts
            .headers
            .insert(CONTENT_LENGTH, HeaderValue::from(body.len()));
    }
    Response::from_parts(parts, body)
}
