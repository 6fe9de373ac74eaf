//! The axum layer and fallback handler, driven with `tower::ServiceExt::oneshot`.
#![cfg(feature = "axum")]

use std::sync::Arc;

use axum::body::{to_bytes, Body};
use axum::http::{header, Method, Request, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use http_status_i18n::integrations::axum::{not_found, ErrorPageLayer};
use http_status_i18n::{Catalog, CONTENT_SECURITY_POLICY};
use tower::ServiceExt;

fn app() -> Router {
    Router::new()
        .route("/", get(|| async { "home" }))
        .route("/teapot", get(|| async { StatusCode::IM_A_TEAPOT }))
        .route(
            "/busy",
            get(|| async {
                (
                    StatusCode::SERVICE_UNAVAILABLE,
                    [(header::RETRY_AFTER, "120")],
                )
            }),
        )
        .route(
            "/explained",
            get(|| async { (StatusCode::BAD_REQUEST, "the app's own body").into_response() }),
        )
        .route("/only-post", axum::routing::post(|| async { "ok" }))
        .fallback(not_found)
        .layer(ErrorPageLayer::new())
}

async fn send(
    router: Router,
    method: Method,
    uri: &str,
    headers: &[(&str, &str)],
) -> (StatusCode, axum::http::HeaderMap, String) {
    let mut request = Request::builder().method(method).uri(uri);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = router
        .oneshot(request.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = to_bytes(response.into_body(), 1 << 20).await.unwrap();
    (status, headers, String::from_utf8(body.to_vec()).unwrap())
}

#[tokio::test]
async fn unknown_routes_get_a_localized_html_404() {
    let (status, headers, body) = send(
        app(),
        Method::GET,
        "/nowhere",
        &[("accept-language", "zh-CN,zh;q=0.9")],
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(headers[header::CONTENT_TYPE], "text/html; charset=utf-8");
    assert_eq!(headers[header::CONTENT_LANGUAGE], "zh-CN");
    assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    assert_eq!(
        headers[header::CONTENT_SECURITY_POLICY],
        CONTENT_SECURITY_POLICY
    );
    assert_eq!(headers[header::CONTENT_LENGTH], body.len().to_string());
    let vary: Vec<_> = headers
        .get_all(header::VARY)
        .iter()
        .map(|v| v.to_str().unwrap())
        .collect();
    assert!(
        vary.contains(&"Accept-Language") && vary.contains(&"Accept"),
        "{vary:?}"
    );
    let title = Catalog::embedded().title(404, "zh-CN").unwrap();
    assert!(body.contains(&format!("<h1>{title}</h1>")), "{body}");
    assert!(body.contains("<html lang=\"zh-CN\" dir=\"ltr\">"));
}

#[tokio::test]
async fn the_accept_header_chooses_problem_json_or_text() {
    let (status, headers, body) = send(
        app(),
        Method::GET,
        "/teapot",
        &[("accept", "application/json"), ("accept-language", "ar")],
    )
    .await;
    assert_eq!(status, StatusCode::IM_A_TEAPOT);
    assert_eq!(headers[header::CONTENT_TYPE], "application/problem+json");
    let json: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(json["status"], 418);
    assert_eq!(json["title"], Catalog::embedded().title(418, "ar").unwrap());

    let (_, headers, body) = send(
        app(),
        Method::GET,
        "/teapot",
        &[("accept", "text/plain"), ("accept-language", "fr")],
    )
    .await;
    assert_eq!(headers[header::CONTENT_TYPE], "text/plain; charset=utf-8");
    assert!(body.contains("418"), "{body}");
    assert!(body.contains(Catalog::embedded().title(418, "fr").unwrap()));
}

#[tokio::test]
async fn status_and_headers_such_as_retry_after_and_allow_are_kept() {
    let (status, headers, body) =
        send(app(), Method::GET, "/busy", &[("accept-language", "de")]).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(headers[header::RETRY_AFTER], "120");
    assert!(body.contains(Catalog::embedded().title(503, "de").unwrap()));

    let (status, headers, body) = send(
        app(),
        Method::GET,
        "/only-post",
        &[("accept-language", "ja")],
    )
    .await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
    assert!(headers[header::ALLOW].to_str().unwrap().contains("POST"));
    assert!(body.contains(Catalog::embedded().title(405, "ja").unwrap()));
}

#[tokio::test]
async fn head_requests_get_the_headers_and_no_body() {
    let (status, headers, body) = send(
        app(),
        Method::HEAD,
        "/nowhere",
        &[("accept-language", "ko")],
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(headers[header::CONTENT_LANGUAGE], "ko");
    assert!(body.is_empty());
}

#[tokio::test]
async fn responses_with_a_body_and_successes_pass_through() {
    let (status, _, body) = send(app(), Method::GET, "/explained", &[]).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body, "the app's own body");
    let (status, _, body) = send(app(), Method::GET, "/", &[("accept-language", "de")]).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, "home");
}

#[tokio::test]
async fn a_layer_can_use_an_application_catalogue() {
    let catalog = Catalog::builder()
        .add_ftl("en-US", "http-404 = Nothing to see here\n")
        .build()
        .unwrap();
    let router = Router::new()
        .route("/gone", get(|| async { StatusCode::NOT_FOUND }))
        .layer(ErrorPageLayer::with_catalog(Arc::new(catalog)));
    let (_, _, body) = send(router, Method::GET, "/gone", &[]).await;
    assert!(body.contains("<h1>Nothing to see here</h1>"), "{body}");
}

#[tokio::test]
async fn malformed_and_non_ascii_headers_do_not_break_the_page() {
    let mut request = Request::builder().uri("/nowhere");
    request = request.header(
        "accept-language",
        axum::http::HeaderValue::from_bytes(b"\xff\xfe").unwrap(),
    );
    request = request.header("accept", "garbage;;;,");
    let response = app()
        .oneshot(request.body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert_eq!(response.headers()[header::CONTENT_LANGUAGE], "en-US");
}

#[tokio::test]
async fn a_query_parameter_can_choose_the_language_explicitly() {
    let router = || {
        Router::new()
            .route("/gone", get(|| async { StatusCode::GONE }))
            .layer(ErrorPageLayer::new().locale_query("lang"))
    };
    let (_, headers, _) = send(
        router(),
        Method::GET,
        "/gone?lang=uk",
        &[("accept-language", "de")],
    )
    .await;
    assert_eq!(headers[header::CONTENT_LANGUAGE], "uk");
    let (_, headers, _) = send(router(), Method::GET, "/gone?x=1&lang=zh_HK", &[]).await;
    assert_eq!(headers[header::CONTENT_LANGUAGE], "zh-HK");
    let (_, headers, _) = send(
        router(),
        Method::GET,
        "/gone?lang=%3Cscript%3E",
        &[("accept-language", "de")],
    )
    .await;
    assert_eq!(headers[header::CONTENT_LANGUAGE], "de");
}

#[path = "common/cases.rs"]
mod cases;

/// The routes of `tests/data/integration-cases.json`, the same as `tests/actix.rs` builds.
fn table_app() -> Router {
    Router::new()
        .route("/", get(|| async { "home" }))
        .route("/teapot", get(|| async { StatusCode::IM_A_TEAPOT }))
        .route(
            "/busy",
            get(|| async {
                (
                    StatusCode::SERVICE_UNAVAILABLE,
                    [(header::RETRY_AFTER, "120")],
                )
            }),
        )
        .route(
            "/explained",
            get(|| async { (StatusCode::BAD_REQUEST, "the app's own body").into_response() }),
        )
        .route("/only-post", axum::routing::post(|| async { "ok" }))
        .route("/gone", get(|| async { StatusCode::GONE }))
        .route(
            "/vary-origin",
            get(|| async { (StatusCode::NOT_FOUND, [(header::VARY, "Origin")]) }),
        )
        .fallback(not_found)
        .layer(ErrorPageLayer::new().locale_query("lang"))
}

#[tokio::test]
async fn the_shared_table_of_integration_cases_holds() {
    let cases = cases::cases();
    assert!(cases.len() >= 15);
    for case in &cases {
        let mut request = Request::builder()
            .method(Method::from_bytes(case.method.as_bytes()).unwrap())
            .uri(&case.path);
        for (name, value) in &case.headers {
            request = request.header(name, value);
        }
        let response = table_app()
            .oneshot(request.body(Body::empty()).unwrap())
            .await
            .unwrap();
        let status = response.status().as_u16();
        let headers = response
            .headers()
            .iter()
            .map(|(n, v)| (n.as_str().to_owned(), v.to_str().unwrap().to_owned()))
            .collect();
        let body = to_bytes(response.into_body(), 1 << 20).await.unwrap();
        let answer = cases::Answer {
            status,
            headers,
            body: String::from_utf8(body.to_vec()).unwrap(),
        };
        cases::check(case, &answer);
    }
}

#[cfg(feature = "templates")]
#[tokio::test]
async fn a_catalogues_template_and_its_csp_reach_the_response_and_stay_cached() {
    use http_status_i18n::{Format, PageTemplate};
    let template = PageTemplate::html(
        "app.html",
        "<!DOCTYPE html><html lang=\"{{ lang }}\"><style>h1{color:#333}</style>\
         <h1>{{ title }}</h1></html>",
    )
    .unwrap();
    let catalog = Arc::new(Catalog::builder().template(template).build().unwrap());
    let layer = ErrorPageLayer::with_catalog(Arc::clone(&catalog));
    let router = Router::new()
        .route("/gone", get(|| async { StatusCode::GONE }))
        .layer(layer);
    let expected = catalog
        .error_page(410)
        .locale("pl")
        .render_page(Format::Html);
    for _ in 0..2 {
        let (status, headers, body) = send(
            router.clone(),
            Method::GET,
            "/gone",
            &[("accept-language", "pl")],
        )
        .await;
        assert_eq!(status, StatusCode::GONE);
        assert_eq!(body, expected.body());
        assert!(
            body.starts_with("<!DOCTYPE html><html lang=\"pl\">"),
            "{body}"
        );
        assert_eq!(
            headers[header::CONTENT_SECURITY_POLICY],
            expected.headers().content_security_policy()
        );
        assert_ne!(
            headers[header::CONTENT_SECURITY_POLICY],
            CONTENT_SECURITY_POLICY,
            "the template's own styles are allowed, not the default page's"
        );
    }
}
