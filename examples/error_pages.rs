//! A small axum server that shows the localized error pages.
//!
//! ```sh
//! cargo run --example error_pages --features axum -- 3000
//! # then open http://127.0.0.1:3000/ , or:
//! curl -H 'Accept-Language: zh-CN' http://127.0.0.1:3000/status/404
//! curl -H 'Accept: application/json' http://127.0.0.1:3000/status/503?lang=ar
//! curl http://127.0.0.1:3000/plain/404     # a plain-text 404, left alone by the layer
//! ```
//!
//! The port comes from the first argument, else the `PORT` variable, else 3000. The server
//! listens on 127.0.0.1 only.

use std::net::SocketAddr;

use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use http_status_i18n::integrations::axum::ErrorPageLayer;
use http_status_i18n::{registry, Catalog};

/// A bodiless response with the requested status, for the layer to localize.
async fn status(Path(code): Path<u16>) -> Response {
    match StatusCode::from_u16(code) {
        Ok(status) => status.into_response(),
        Err(_) => StatusCode::BAD_REQUEST.into_response(),
    }
}

/// The same status with a fixed English text body, which the layer leaves alone: the
/// baseline of `scripts/load-test.sh`.
async fn plain(Path(code): Path<u16>) -> Response {
    let status = StatusCode::from_u16(code).unwrap_or(StatusCode::BAD_REQUEST);
    (status, status.canonical_reason().unwrap_or("Error")).into_response()
}

/// Links to every error code in every shipped language.
async fn index() -> Html<String> {
    let mut html = String::from(
        "<!DOCTYPE html><html lang=\"en\"><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>http-status-i18n error pages</title><h1>Error pages</h1>\
         <p>Each link answers with a bodiless status; the layer renders the page in the \
         language of your Accept-Language header, or of <code>?lang=</code>.</p><ul>",
    );
    let locales: Vec<&str> = Catalog::embedded().locales().map(|l| l.tag()).collect();
    for info in registry::STATUS_CODES.iter().filter(|i| i.code >= 400) {
        html.push_str(&format!(
            "<li><a href=\"/status/{0}\">{0} {1}</a>:",
            info.code, info.reason_phrase
        ));
        for tag in &locales {
            html.push_str(&format!(
                " <a href=\"/status/{}?lang={tag}\">{tag}</a>",
                info.code
            ));
        }
        html.push_str("</li>");
    }
    html.push_str("</ul>");
    Html(html)
}

fn port() -> u16 {
    std::env::args()
        .nth(1)
        .or_else(|| std::env::var("PORT").ok())
        .and_then(|p| p.parse().ok())
        .unwrap_or(3000)
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let app = Router::new()
        .route("/", get(index))
        .route("/status/{code}", get(status))
        .route("/plain/{code}", get(plain))
        // Unknown routes answer a bodiless 404, which the layer localizes like any other.
        .fallback(|| async { StatusCode::NOT_FOUND })
        .layer(ErrorPageLayer::new().locale_query("lang"));
    let address = SocketAddr::from(([127, 0, 0, 1], port()));
    let listener = tokio::net::TcpListener::bind(address).await?;
    println!("error pages on http://{address}/");
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
}
