//! `http-status serve`'s request → response logic (`server::ErrorPages::respond`) with
//! arbitrary path, query, method and headers (`X-Code`, `X-Format`, `Accept`,
//! `Accept-Language`, `X-Request-ID`): no panic, a status in 100..=599, a shipped
//! `Content-Language`, the request ID only as a valid echo, and never an unescaped `<`
//! of it on the page.
#![no_main]

use std::sync::OnceLock;

use arbitrary::Arbitrary;
use http::{HeaderMap, HeaderName, HeaderValue, Method, Uri};
use http_status_i18n::server::{ErrorPages, MAX_REQUEST_ID_LEN};
use http_status_i18n::Catalog;
use libfuzzer_sys::fuzz_target;

#[derive(Debug, Arbitrary)]
struct Input<'a> {
    head: bool,
    status_200: bool,
    path: &'a str,
    x_code: &'a [u8],
    x_format: &'a [u8],
    accept: &'a [u8],
    accept_language: &'a [u8],
    request_id: &'a [u8],
}

fn pages(status_200: bool) -> &'static ErrorPages {
    static PLAIN: OnceLock<ErrorPages> = OnceLock::new();
    static OK: OnceLock<ErrorPages> = OnceLock::new();
    if status_200 {
        OK.get_or_init(|| ErrorPages::new().locale_query("lang").status_200(true))
    } else {
        PLAIN.get_or_init(|| ErrorPages::new().locale_query("lang"))
    }
}

fuzz_target!(|input: Input<'_>| {
    // A target hyper would have accepted; anything else is rejected before us.
    let Ok(uri) = format!("/{}", input.path.trim_start_matches('/')).parse::<Uri>() else {
        return;
    };
    let mut headers = HeaderMap::new();
    let fields: [(&'static str, &[u8]); 5] = [
        ("x-code", input.x_code),
        ("x-format", input.x_format),
        ("accept", input.accept),
        ("accept-language", input.accept_language),
        ("x-request-id", input.request_id),
    ];
    for (name, value) in fields {
        if let Ok(value) = HeaderValue::from_bytes(value) {
            headers.insert(HeaderName::from_static(name), value);
        }
    }
    let method = if input.head { Method::HEAD } else { Method::GET };
    let answer = pages(input.status_200).respond(&method, &uri, &headers);
    let response = answer.response();
    let status = response.status().as_u16();
    assert!((100..=599).contains(&status), "status {status}");
    if input.status_200 {
        assert_eq!(status, 200);
    } else {
        assert_eq!(status, answer.code());
    }
    if input.head {
        assert!(response.body().is_empty());
    }
    if uri.path() == "/healthz" {
        return;
    }
    assert!((400..=599).contains(&answer.code()), "code {}", answer.code());
    let language = response.headers()["content-language"].to_str().unwrap();
    assert!(
        Catalog::embedded().locales().any(|l| l.tag() == language),
        "{language:?} is not shipped"
    );
    let echoed = response.headers().get("x-request-id");
    if let Some(id) = echoed {
        let id = id.as_bytes();
        assert_eq!(id, input.request_id);
        assert!(id.len() <= MAX_REQUEST_ID_LEN);
        assert!(id.iter().all(|b| (b'!'..=b'~').contains(b)));
    }
    let body = response.body();
    if !input.head {
        let length = response.headers()["content-length"].to_str().unwrap();
        assert_eq!(length, body.len().to_string());
    }
    // The request ID is shown on HTML pages as `X-Request-ID: <id>`, escaped (the
    // escaped form is written out here on its own), and the text version of the page
    // leaves it alone. In the page, the line ends at the next `<` (the closing tag).
    if let (Some(id), Ok(html)) = (echoed, std::str::from_utf8(body)) {
        let id = id.to_str().unwrap();
        let content_type = response.headers()["content-type"].to_str().unwrap();
        if content_type.starts_with("text/html") && !input.head {
            let escaped: String = id
                .chars()
                .map(|c| match c {
                    '&' => "&amp;".to_owned(),
                    '<' => "&lt;".to_owned(),
                    '>' => "&gt;".to_owned(),
                    '"' => "&quot;".to_owned(),
                    '\'' => "&#39;".to_owned(),
                    c => c.to_string(),
                })
                .collect();
            let shown = format!("X-Request-ID: {escaped}<");
            assert!(html.contains(&shown), "{shown:?} not on the page");
        }
    }
});
