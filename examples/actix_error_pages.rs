//! A small actix-web server that shows the localized error pages: the same routes as the
//! axum example `error_pages`, so that the two can be driven by the same checks.
//!
//! ```sh
//! cargo run --example actix_error_pages --features actix-web -- 3000
//! # then open http://127.0.0.1:3000/ , or:
//! curl -H 'Accept-Language: zh-CN' http://127.0.0.1:3000/status/404
//! curl -H 'Accept: application/json' http://127.0.0.1:3000/status/503?lang=ar
//! curl http://127.0.0.1:3000/plain/404     # a plain-text 404, left alone by the middleware
//! ```
//!
//! The port comes from the first argument, else the `PORT` variable, else 3000. The server
//! listens on 127.0.0.1 only. actix-web does not answer `HEAD` on a `GET` route by itself
//! (axum does), so each route registers both.

use actix_web::http::StatusCode;
use actix_web::{web, App, HttpResponse, HttpServer, Responder};
use http_status_i18n::integrations::actix::ErrorPages;
use http_status_i18n::{registry, Catalog};

/// A bodiless response with the requested status, for the middleware to localize.
async fn status(code: web::Path<u16>) -> HttpResponse {
    match StatusCode::from_u16(code.into_inner()) {
        Ok(status) => HttpResponse::new(status),
        Err(_) => HttpResponse::new(StatusCode::BAD_REQUEST),
    }
}

/// The same status with a fixed English text body, which the middleware leaves alone: the
/// baseline of a load test.
async fn plain(code: web::Path<u16>) -> HttpResponse {
    let status = StatusCode::from_u16(code.into_inner()).unwrap_or(StatusCode::BAD_REQUEST);
    HttpResponse::build(status)
        .content_type("text/plain; charset=utf-8")
        .body(status.canonical_reason().unwrap_or("Error"))
}

/// Links to every error code in every shipped language.
async fn index() -> impl Responder {
    let mut html = String::from(
        "<!DOCTYPE html><html lang=\"en\"><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>http-status-i18n error pages</title><h1>Error pages</h1>\
         <p>Each link answers with a bodiless status; the middleware renders the page in the \
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
    HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .body(html)
}

fn port() -> u16 {
    std::env::args()
        .nth(1)
        .or_else(|| std::env::var("PORT").ok())
        .and_then(|p| p.parse().ok())
        .unwrap_or(3000)
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let address = ("127.0.0.1", port());
    println!("error pages on http://{}:{}/", address.0, address.1);
    // One middleware, cloned into every worker: its clones share the page cache.
    let pages = ErrorPages::new().locale_query("lang");
    HttpServer::new(move || {
        App::new()
            .service(
                web::resource("/")
                    .route(web::get().to(index))
                    .route(web::head().to(index)),
            )
            .service(
                web::resource("/status/{code}")
                    .route(web::get().to(status))
                    .route(web::head().to(status)),
            )
            .service(
                web::resource("/plain/{code}")
                    .route(web::get().to(plain))
                    .route(web::head().to(plain)),
            )
            // Unknown routes answer a bodiless 404, which the middleware localizes like
            // any other (`integrations::actix::not_found` would serve the page itself).
            .default_service(web::to(|| async { HttpResponse::NotFound().finish() }))
            .wrap(pages.clone())
    })
    .bind(address)?
    .run()
    .await
}
