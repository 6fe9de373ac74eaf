//! The actix-web middleware and `not_found` handler, driven with actix-web's own test
//! utilities (`init_service`, `call_service`): everything `tests/axum.rs` covers, and the
//! shared table of `tests/data/integration-cases.json`.
#![cfg(feature = "actix-web")]

use actix_web::body::{BodySize, MessageBody};
use actix_web::http::header::{self, HeaderValue};
use actix_web::http::{Method, StatusCode};
use actix_web::test::{call_service, init_service, read_body, TestRequest};
use actix_web::{web, App, HttpResponse};
use http_status_i18n::integrations::actix::{not_found, ErrorPages};
use http_status_i18n::{Catalog, CONTENT_SECURITY_POLICY};

#[path = "common/cases.rs"]
mod cases;

async fn teapot() -> HttpResponse {
    HttpResponse::new(StatusCode::IM_A_TEAPOT)
}

/// The routes of `tests/data/integration-cases.json` (and of `tests/axum.rs`'s app). actix-web
/// does not answer `HEAD` on a `GET` route by itself, so `/teapot` registers both.
fn routes(config: &mut web::ServiceConfig) {
    config
        .route("/", web::get().to(|| async { "home" }))
        .service(
            web::resource("/teapot")
                .route(web::get().to(teapot))
                .route(web::head().to(teapot)),
        )
        .route(
            "/busy",
            web::get().to(|| async {
                HttpResponse::ServiceUnavailable()
                    .insert_header((header::RETRY_AFTER, "120"))
                    .finish()
            }),
        )
        .route(
            "/explained",
            web::get().to(|| async { HttpResponse::BadRequest().body("the app's own body") }),
        )
        // A resource, not `route("/only-post", web::post())`: actix-web moves a route's
        // method guard onto the resource, which would then answer GET with 404, not 405.
        .service(web::resource("/only-post").route(web::post().to(|| async { "ok" })))
        .route("/gone", web::get().to(HttpResponse::Gone))
        .route(
            "/vary-origin",
            web::get().to(|| async {
                HttpResponse::NotFound()
                    .insert_header((header::VARY, "Origin"))
                    .finish()
            }),
        );
}

/// A response as `tests/common/cases.rs` checks it, and the body size actix-web would send
/// as `Content-Length`.
async fn answer<B: MessageBody>(
    response: actix_web::dev::ServiceResponse<B>,
) -> (cases::Answer, BodySize) {
    let status = response.status().as_u16();
    let headers = response
        .headers()
        .iter()
        .map(|(n, v)| (n.as_str().to_owned(), v.to_str().unwrap().to_owned()))
        .collect();
    let size = response.response().body().size();
    let body = read_body(response).await;
    let answer = cases::Answer {
        status,
        headers,
        body: String::from_utf8(body.to_vec()).unwrap(),
    };
    (answer, size)
}

/// Sends one request to the shared app: its routes, `not_found` for unknown paths, the
/// middleware with `locale_query("lang")`.
async fn send(method: Method, uri: &str, headers: &[(&str, &str)]) -> (cases::Answer, BodySize) {
    let app = init_service(
        App::new()
            .configure(routes)
            .default_service(web::to(not_found))
            .wrap(ErrorPages::new().locale_query("lang")),
    )
    .await;
    let mut request = TestRequest::default().method(method).uri(uri);
    for (name, value) in headers {
        request = request.append_header((*name, *value));
    }
    answer(call_service(&app, request.to_request()).await).await
}

fn header<'a>(answer: &'a cases::Answer, name: &str) -> &'a str {
    answer
        .headers
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or_else(|| panic!("no {name} in {:?}", answer.headers))
}

#[actix_web::test]
async fn the_shared_table_of_integration_cases_holds() {
    let cases = cases::cases();
    assert!(cases.len() >= 15);
    for case in &cases {
        let headers: Vec<(&str, &str)> = case
            .headers
            .iter()
            .map(|(n, v)| (n.as_str(), v.as_str()))
            .collect();
        let method = Method::from_bytes(case.method.as_bytes()).unwrap();
        let (answer, _) = send(method, &case.path, &headers).await;
        cases::check(case, &answer);
    }
}

#[actix_web::test]
async fn unknown_routes_get_a_localized_html_404() {
    let (answer, size) = send(
        Method::GET,
        "/nowhere",
        &[("accept-language", "zh-CN,zh;q=0.9")],
    )
    .await;
    assert_eq!(answer.status, 404);
    assert_eq!(header(&answer, "content-type"), "text/html; charset=utf-8");
    assert_eq!(header(&answer, "content-language"), "zh-CN");
    assert_eq!(header(&answer, "x-content-type-options"), "nosniff");
    assert_eq!(
        header(&answer, "content-security-policy"),
        CONTENT_SECURITY_POLICY
    );
    // actix-web writes Content-Length from the body's size.
    assert_eq!(size, BodySize::Sized(answer.body.len() as u64));
    let title = Catalog::embedded().title(404, "zh-CN").unwrap();
    assert!(answer.body.contains(&format!("<h1>{title}</h1>")));
    assert!(answer.body.contains("<html lang=\"zh-CN\" dir=\"ltr\">"));
}

#[actix_web::test]
async fn not_found_alone_serves_the_page_without_the_middleware() {
    let app = init_service(App::new().default_service(web::to(not_found))).await;
    let request = TestRequest::get()
        .uri("/nowhere")
        .insert_header(("accept", "application/problem+json"))
        .insert_header(("accept-language", "pt-BR"))
        .to_request();
    let (answer, _) = answer(call_service(&app, request).await).await;
    assert_eq!(answer.status, 404);
    assert_eq!(header(&answer, "content-type"), "application/problem+json");
    assert_eq!(header(&answer, "content-language"), "pt-BR");
    let json: serde_json::Value = serde_json::from_str(&answer.body).unwrap();
    assert_eq!(json["status"], 404);
}

#[actix_web::test]
async fn the_accept_header_chooses_problem_json_or_text() {
    let (answer, _) = send(
        Method::GET,
        "/teapot",
        &[("accept", "application/json"), ("accept-language", "ar")],
    )
    .await;
    assert_eq!(answer.status, 418);
    assert_eq!(header(&answer, "content-type"), "application/problem+json");
    let json: serde_json::Value = serde_json::from_str(&answer.body).unwrap();
    assert_eq!(json["status"], 418);
    assert_eq!(json["title"], Catalog::embedded().title(418, "ar").unwrap());

    let (answer, _) = send(
        Method::GET,
        "/teapot",
        &[("accept", "text/plain"), ("accept-language", "fr")],
    )
    .await;
    assert_eq!(header(&answer, "content-type"), "text/plain; charset=utf-8");
    assert!(answer.body.contains("418"));
    assert!(answer
        .body
        .contains(Catalog::embedded().title(418, "fr").unwrap()));
}

#[actix_web::test]
async fn status_and_headers_such_as_retry_after_and_allow_are_kept() {
    let (answer, _) = send(Method::GET, "/busy", &[("accept-language", "de")]).await;
    assert_eq!(answer.status, 503);
    assert_eq!(header(&answer, "retry-after"), "120");
    assert!(answer
        .body
        .contains(Catalog::embedded().title(503, "de").unwrap()));

    let (answer, _) = send(Method::GET, "/only-post", &[("accept-language", "ja")]).await;
    assert_eq!(answer.status, 405);
    assert!(header(&answer, "allow").contains("POST"));
    assert!(answer
        .body
        .contains(Catalog::embedded().title(405, "ja").unwrap()));
}

#[actix_web::test]
async fn head_requests_get_the_headers_and_no_body() {
    let (page, _) = send(Method::GET, "/nowhere", &[("accept-language", "ko")]).await;
    let (answer, size) = send(Method::HEAD, "/nowhere", &[("accept-language", "ko")]).await;
    assert_eq!(answer.status, 404);
    assert_eq!(header(&answer, "content-language"), "ko");
    assert!(answer.body.is_empty());
    // The body declares the page's length, which actix-web sends as Content-Length.
    assert_eq!(size, BodySize::Sized(page.body.len() as u64));

    let (answer, size) = send(Method::HEAD, "/teapot", &[("accept-language", "ko")]).await;
    assert_eq!(answer.status, 418);
    assert!(answer.body.is_empty());
    assert!(matches!(size, BodySize::Sized(n) if n > 0));
}

#[actix_web::test]
async fn responses_with_a_body_and_successes_pass_through() {
    let (answer, _) = send(Method::GET, "/explained", &[]).await;
    assert_eq!(answer.status, 400);
    assert_eq!(answer.body, "the app's own body");
    let (answer, _) = send(Method::GET, "/", &[("accept-language", "de")]).await;
    assert_eq!(answer.status, 200);
    assert_eq!(answer.body, "home");
}

#[cfg(feature = "overrides")]
#[actix_web::test]
async fn a_middleware_can_use_an_application_catalogue() {
    use std::sync::Arc;

    let catalog = Catalog::builder()
        .add_ftl("en-US", "http-404 = Nothing to see here\n")
        .build()
        .unwrap();
    let app = init_service(
        App::new()
            .route("/gone", web::get().to(HttpResponse::NotFound))
            .wrap(ErrorPages::with_catalog(Arc::new(catalog))),
    )
    .await;
    let request = TestRequest::get().uri("/gone").to_request();
    let (answer, _) = answer(call_service(&app, request).await).await;
    assert!(answer.body.contains("<h1>Nothing to see here</h1>"));
}

#[actix_web::test]
async fn malformed_and_non_ascii_headers_do_not_break_the_page() {
    let app = init_service(
        App::new()
            .default_service(web::to(not_found))
            .wrap(ErrorPages::new()),
    )
    .await;
    let request = TestRequest::get()
        .uri("/nowhere")
        .insert_header((
            header::ACCEPT_LANGUAGE,
            HeaderValue::from_bytes(b"\xff\xfe").unwrap(),
        ))
        .insert_header(("accept", "garbage;;;,"))
        .to_request();
    let response = call_service(&app, request).await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        response.headers().get(header::CONTENT_LANGUAGE).unwrap(),
        "en-US"
    );
}

#[actix_web::test]
async fn a_query_parameter_can_choose_the_language_explicitly() {
    let (answer, _) = send(Method::GET, "/gone?lang=uk", &[("accept-language", "de")]).await;
    assert_eq!(header(&answer, "content-language"), "uk");
    let (answer, _) = send(Method::GET, "/gone?x=1&lang=zh_HK", &[]).await;
    assert_eq!(header(&answer, "content-language"), "zh-HK");
    let (answer, _) = send(
        Method::GET,
        "/gone?lang=%3Cscript%3E",
        &[("accept-language", "de")],
    )
    .await;
    assert_eq!(header(&answer, "content-language"), "de");
}

#[actix_web::test]
async fn without_locale_query_the_query_is_ignored() {
    let app = init_service(
        App::new()
            .route("/gone", web::get().to(HttpResponse::Gone))
            .wrap(ErrorPages::new()),
    )
    .await;
    let request = TestRequest::get()
        .uri("/gone?lang=uk")
        .insert_header(("accept-language", "de"))
        .to_request();
    let response = call_service(&app, request).await;
    assert_eq!(
        response.headers().get(header::CONTENT_LANGUAGE).unwrap(),
        "de"
    );
}

#[cfg(feature = "templates")]
#[actix_web::test]
async fn a_catalogues_template_and_its_csp_reach_the_response() {
    use http_status_i18n::{Format, PageTemplate};
    use std::sync::Arc;
    let template = PageTemplate::html(
        "app.html",
        "<!DOCTYPE html><html lang=\"{{ lang }}\"><style>h1{color:#333}</style>\
         <h1>{{ title }}</h1></html>",
    )
    .unwrap();
    let catalog = Arc::new(Catalog::builder().template(template).build().unwrap());
    let expected = catalog
        .error_page(410)
        .locale("sv")
        .render_page(Format::Html);
    let app = init_service(
        App::new()
            .route("/gone", web::get().to(HttpResponse::Gone))
            .wrap(ErrorPages::with_catalog(Arc::clone(&catalog))),
    )
    .await;
    for _ in 0..2 {
        let request = TestRequest::get()
            .uri("/gone")
            .append_header(("accept-language", "sv"))
            .to_request();
        let (answer, _) = answer(call_service(&app, request).await).await;
        assert_eq!(answer.status, 410);
        assert_eq!(answer.body, expected.body());
        assert_eq!(
            header(&answer, "content-security-policy"),
            expected.headers().content_security_policy()
        );
        assert_ne!(
            header(&answer, "content-security-policy"),
            CONTENT_SECURITY_POLICY
        );
    }
}
