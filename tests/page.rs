//! Error pages: content, locale and direction, escaping of hostile input, formats, headers.

use base64::Engine;
use http_status_i18n::{Catalog, ErrorPage, Format, CONTENT_SECURITY_POLICY};
use sha2::Digest;

const PAYLOADS: &[&str] = &[
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "'><svg onload=alert(1)>",
    "</title><script>alert(1)</script>",
    "<!-- x --><iframe src=javascript:alert(1)>",
    "&lt;already&gt; escaped & <b>bold</b>",
];

/// HTML escaping as the page must do it, written independently of the crate.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// The page rendered with `payload` is exactly the page rendered with a harmless marker,
/// with the marker replaced by the escaped payload: no character of the payload reaches the
/// page as markup.
fn assert_rendered_as_text(render: impl Fn(&str) -> String, payload: &str) {
    const MARKER: &str = "MARKERxMARKER";
    let hostile = render(payload);
    let expected = render(MARKER).replace(MARKER, &escaped(payload));
    assert_eq!(hostile, expected, "payload {payload:?}");
    assert!(!hostile.contains(payload) || escaped(payload) == payload);
}

#[test]
fn html_page_has_locale_direction_title_advice_and_no_script() {
    let html = ErrorPage::new(404).accept_language("zh-CN").render_html();
    let entry = Catalog::embedded().lookup(404, "zh-CN").unwrap();
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"zh-CN\" dir=\"ltr\">"));
    assert!(html.contains(&format!("<title>404 {}</title>", entry.title())));
    assert!(html.contains(&format!("<h1>{}</h1>", entry.title())));
    assert!(html.contains(entry.advice().unwrap()));
    assert!(html.contains(entry.description()));
    assert!(html.contains("错误 404") || html.contains("404"));
    assert!(html.contains("<meta name=\"viewport\""));
    assert!(!html.contains("<script"));
    assert!(!html.contains("src="));
    assert!(!html.contains("http://") && !html.contains("https://"));
}

#[test]
fn right_to_left_locales_get_dir_rtl() {
    for tag in ["ar", "he", "fa"] {
        let html = ErrorPage::new(503).locale(tag).render_html();
        assert!(
            html.contains(&format!("<html lang=\"{tag}\" dir=\"rtl\">")),
            "{tag}"
        );
    }
}

#[test]
fn css_uses_logical_properties_and_both_color_schemes() {
    let html = ErrorPage::new(500).render_html();
    assert!(html.contains("prefers-color-scheme:dark"));
    assert!(html.contains("padding-inline") && html.contains("margin-block"));
    for physical in [
        "margin-left",
        "margin-right",
        "padding-left",
        "padding-right",
        "text-align:left",
    ] {
        assert!(!html.contains(physical), "{physical}");
    }
}

#[test]
fn the_csp_hash_matches_the_inline_style() {
    let html = ErrorPage::new(500).render_html();
    let start = html.find("<style>").unwrap() + "<style>".len();
    let end = html.find("</style>").unwrap();
    let digest = sha2::Sha256::digest(&html.as_bytes()[start..end]);
    let hash = base64::engine::general_purpose::STANDARD.encode(digest);
    assert!(
        CONTENT_SECURITY_POLICY.contains(&format!("'sha256-{hash}'")),
        "update CONTENT_SECURITY_POLICY to sha256-{hash}"
    );
    assert!(CONTENT_SECURITY_POLICY.starts_with("default-src 'none'"));
    assert!(!CONTENT_SECURITY_POLICY.contains("script-src"));
}

#[test]
fn hostile_details_are_escaped_in_every_format() {
    for payload in PAYLOADS {
        assert_rendered_as_text(|p| ErrorPage::new(400).detail(p).render_html(), payload);
        let page = ErrorPage::new(400).detail(*payload);
        let json: serde_json::Value = serde_json::from_str(&page.render_problem_json()).unwrap();
        assert_eq!(json["detail"], *payload);
    }
    let html = ErrorPage::new(400)
        .home_url("/\" onmouseover=\"alert(1)")
        .render_html();
    assert!(html.contains("href=\"/&quot; onmouseover=&quot;alert(1)\""));
}

#[test]
fn hostile_overrides_are_shown_as_text_never_rendered() {
    // Fluent needs braces escaped; none of the payloads has them.
    let status_override = |p: &str| {
        let ftl = format!("http-404 = {p}\n    .advice = {p}\n    .description = {p}\n");
        let catalog = Catalog::builder().add_ftl("en-US", ftl).build().unwrap();
        catalog.error_page(404).render_html()
    };
    let page_override = |p: &str| {
        let ftl = format!(
            "page-home-link = {p}\npage-error-label = {p} {{ $code }}\npage-details = {p}\n"
        );
        let catalog = Catalog::builder().add_ftl("en-US", ftl).build().unwrap();
        catalog.error_page(404).detail("d").render_html()
    };
    for payload in PAYLOADS {
        assert_rendered_as_text(status_override, payload);
        assert_rendered_as_text(page_override, payload);
    }
}

#[test]
fn text_from_a_fallback_locale_is_marked_with_its_own_lang_and_a_note() {
    let catalog = Catalog::builder()
        .add_ftl("fr-CA", "http-404 = Page introuvable\n")
        .add_ftl(
            "ar",
            "http-404 =\n    .advice = This advice is English on purpose\n",
        )
        .build()
        .unwrap();
    let html = catalog.error_page(404).locale("fr-CA").render_html();
    assert!(html.contains("<html lang=\"fr-CA\" dir=\"ltr\">"));
    assert!(html.contains("<h1>Page introuvable</h1>"));
    // The advice comes from fr, the parent locale.
    assert!(
        html.contains("<p class=\"advice\" lang=\"fr\" dir=\"ltr\">"),
        "{html}"
    );
    // Page chrome comes from fr too.
    assert!(html.contains("lang=\"fr\" dir=\"ltr\">Erreur 404") || html.contains("lang=\"fr\""));
    assert!(html.contains("class=\"note\""));
    let complete = catalog.error_page(404).locale("fr").render_html();
    assert!(!complete.contains("class=\"note\""));
}

#[test]
fn text_version_has_label_title_advice_detail_and_status_line() {
    let page = ErrorPage::new(429)
        .locale("de")
        .detail("Limit: 10/min\u{1b}[2J");
    let text = page.render_text();
    let entry = Catalog::embedded().lookup(429, "de").unwrap();
    let first = text.lines().next().unwrap();
    assert!(
        first.contains("429") && first.contains(entry.title()),
        "{first}"
    );
    assert!(text.contains(entry.advice().unwrap()));
    assert!(
        text.contains("Limit: 10/min\u{FFFD}[2J"),
        "control characters are neutralized"
    );
    assert!(text.contains("429 Too Many Requests"));
}

#[test]
fn problem_json_follows_rfc_9457() {
    let page = ErrorPage::new(404).accept_language("ja");
    let json: serde_json::Value = serde_json::from_str(&page.render_problem_json()).unwrap();
    let entry = Catalog::embedded().lookup(404, "ja").unwrap();
    assert_eq!(json["type"], "about:blank");
    assert_eq!(json["status"], 404);
    assert_eq!(json["title"], entry.title());
    assert_eq!(json["detail"], entry.advice().unwrap());
    let with_detail = ErrorPage::new(404).detail("No such invoice");
    let json: serde_json::Value = serde_json::from_str(&with_detail.render_problem_json()).unwrap();
    assert_eq!(json["detail"], "No such invoice");
}

#[test]
fn headers_name_type_language_vary_nosniff_and_csp() {
    let page = ErrorPage::new(404).accept_language("he");
    for (format, content_type) in [
        (Format::Html, "text/html; charset=utf-8"),
        (Format::Text, "text/plain; charset=utf-8"),
        (Format::ProblemJson, "application/problem+json"),
    ] {
        let headers = page.headers(format);
        let get = |name: &str| {
            headers
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.as_str())
        };
        assert_eq!(get("Content-Type"), Some(content_type));
        assert_eq!(get("Content-Language"), Some("he"));
        // The format is chosen from Accept, so a shared cache must key on it too.
        assert_eq!(get("Vary"), Some("Accept-Language, Accept"));
        assert_eq!(get("X-Content-Type-Options"), Some("nosniff"));
        assert_eq!(
            get("Content-Security-Policy"),
            Some(CONTENT_SECURITY_POLICY)
        );
    }
}

#[test]
fn any_number_gets_a_page() {
    for code in [0, 99, 460, 600, 999, u16::MAX] {
        let page = ErrorPage::new(code);
        let html = page.render_html();
        assert!(html.contains(&format!("<title>{code} ")), "{code}");
        let json: serde_json::Value = serde_json::from_str(&page.render_problem_json()).unwrap();
        assert_eq!(json["status"], code);
    }
    let unknown = ErrorPage::new(700).render_html();
    assert!(unknown.contains("Unknown Status"));
    let class = ErrorPage::new(460).render_html();
    assert!(class.contains("Client Error"));
}

#[test]
fn explicit_locale_wins_over_the_header_whatever_the_call_order() {
    let a = ErrorPage::new(404).locale("ko").accept_language("de");
    let b = ErrorPage::new(404).accept_language("de").locale("ko");
    assert_eq!(a.page_locale().tag(), "ko");
    assert_eq!(b.page_locale().tag(), "ko");
    let unknown = ErrorPage::new(404).accept_language("de").locale("tlh");
    assert_eq!(unknown.page_locale().tag(), "de");
}

#[test]
fn every_shipped_locale_has_all_page_texts() {
    for locale in Catalog::embedded().locales() {
        let html = ErrorPage::new(404)
            .with_locale(locale)
            .detail("x")
            .render_html();
        // No text of the page falls back to another language.
        assert!(
            !html.contains(" lang=\"en-US\"") || locale.tag() == "en-US",
            "{locale}"
        );
        assert!(html.contains("class=\"label\""), "{locale}");
        assert!(html.contains("<summary>"), "{locale}");
        assert!(html.contains("<h2>"), "{locale}");
    }
}

#[test]
fn home_links_that_could_run_script_are_ignored() {
    for url in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "//evil.example/",
        "/\\evil.example/",
        "vbscript:msgbox(1)",
        "/ok\n",
    ] {
        let html = ErrorPage::new(404).home_url(url).render_html();
        assert!(html.contains("<a href=\"/\">"), "{url:?}");
    }
    for url in ["/", "/de/", "https://example.com/", "HTTP://example.com"] {
        let html = ErrorPage::new(404).home_url(url).render_html();
        assert!(html.contains(&format!("<a href=\"{url}\">")), "{url:?}");
    }
}

#[test]
fn problem_json_is_written_without_serde_but_escapes_strings_as_serde_json_does() {
    let hostile = [
        "plain",
        "quote \" backslash \\ slash /",
        "controls \u{0}\u{1}\u{8}\u{9}\u{a}\u{c}\u{d}\u{1f} end",
        "</script><script>alert(1)</script>",
        "unicode é 未找到 \u{7f} \u{2028} \u{e000}",
    ];
    for detail in hostile {
        let body = ErrorPage::new(404).detail(detail).render_problem_json();
        let parsed: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(parsed["detail"], detail);
        assert_eq!(parsed["status"], 404);
        assert_eq!(parsed["type"], "about:blank");
        let encoded = serde_json::to_string(detail).unwrap();
        assert!(body.contains(&encoded), "{body} lacks {encoded}");
    }
}

#[test]
fn the_applications_detail_takes_its_direction_from_its_own_text() {
    let html = ErrorPage::new(404)
        .locale("ar")
        .detail("Invoice 42 was deleted.")
        .render_html();
    assert!(
        html.contains("<p dir=\"auto\">Invoice 42 was deleted.</p>"),
        "{html}"
    );
}
