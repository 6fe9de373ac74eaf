//! Themes and page templates: what a template sees, that nothing from a translation, an
//! override or a request reaches the page unescaped (not even through `|safe`), that a
//! broken template is refused when it is loaded with file:line:column, and the CSP each
//! page needs.
#![cfg(feature = "templates")]

use base64::Engine as _;
use http_status_i18n::{
    Catalog, ErrorPage, Format, LoadErrorKind, PageTemplate, Theme, TEMPLATE_VARIABLES,
};
use sha2::{Digest, Sha256};

/// The CSP source of an inline style, computed here independently of the crate.
fn hash(style: &str) -> String {
    let digest = Sha256::digest(style.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

const PAYLOAD: &str = "<script>alert(1)</script>\"'&";
const ESCAPED: &str = "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;";

/// A template that prints every text three ways: auto-escaped, through `|safe`, and
/// through `|e`.
fn every_text_template() -> PageTemplate {
    PageTemplate::html(
        "every.html",
        r#"<html lang="{{ lang }}" dir="{{ dir }}">
title={{ title }}|{{ title|safe }}|{{ title|e }}
description={{ description|safe }}
advice={% if advice %}{{ advice|safe }}{% endif %}
detail={% if detail %}{{ detail|safe }}{% endif %}
home={{ home_url|safe }}
label={{ labels.error_label|safe }}
home_link={{ labels.home_link|safe }}
name={% if theme.name %}{{ theme.name|safe }}{% endif %}
title_source={{ source.title.lang }}{{ source.title.attrs }}
</html>"#,
    )
    .unwrap()
}

#[test]
fn nothing_from_a_translation_an_override_or_a_request_is_unescaped() {
    let catalog = Catalog::builder()
        .add_ftl(
            "en-US",
            format!(
                "http-404 = {PAYLOAD}\n    .description = {PAYLOAD}\n    .advice = {PAYLOAD}\n\
                 page-home-link = {PAYLOAD}\npage-error-label = {PAYLOAD} {{ $code }}\n"
            ),
        )
        .build()
        .unwrap();
    let template = every_text_template();
    let theme = Theme::new().site_name(PAYLOAD);
    let page = catalog
        .error_page(404)
        .detail(PAYLOAD)
        .home_url(format!("/search?q={PAYLOAD}"))
        .theme(&theme)
        .template(&template);
    let html = page.render_html();
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("alert(1)</"), "{html}");
    for line in [
        "title=",
        "description=",
        "advice=",
        "detail=",
        "label=",
        "home_link=",
        "name=",
    ] {
        let shown = html
            .lines()
            .find(|l| l.starts_with(line))
            .unwrap_or_else(|| panic!("{line} in {html}"));
        assert!(shown.contains(ESCAPED), "{shown}");
    }
    // Escaped once, not twice: `|e` on an escaped text changes nothing.
    assert!(
        html.contains(&format!("title={ESCAPED}|{ESCAPED}|{ESCAPED}")),
        "{html}"
    );
    assert!(!html.contains("&amp;lt;"), "double escaping: {html}");
}

#[test]
fn a_template_sees_the_texts_facts_and_sources_of_the_page() {
    let template = PageTemplate::html(
        "facts.html",
        "{{ code }}|{{ class }}|{{ lang }}|{{ dir }}|{{ reason_phrase }}|{{ title }}|\
         {{ labels.error_label }}|{{ uses_fallback }}|{{ source.title.is_fallback }}|\
         {{ source.title.attrs }}|{{ source.advice.lang }}|{{ theme.accent }}|{{ theme.logo }}",
    )
    .unwrap();
    let theme = Theme::new().accent("teal").unwrap().logo("/l.svg").unwrap();
    let html = ErrorPage::new(503)
        .locale("ar")
        .theme(&theme)
        .template(&template)
        .render_html();
    let entry = Catalog::embedded().lookup(503, "ar").unwrap();
    let fields: Vec<&str> = html.split('|').collect();
    assert_eq!(
        fields[..5],
        ["503", "5xx", "ar", "rtl", "Service Unavailable"]
    );
    assert_eq!(fields[5], entry.title());
    assert!(fields[6].contains("503"), "{html}");
    assert_eq!(fields[11..], ["#008080", "/l.svg"]);

    // A locale that takes its title from another locale: the source says which, and
    // `attrs` marks the element with that locale's lang and dir.
    let partial = Catalog::builder()
        .add_ftl("en-GB", "http-418 = I'm a teapot, love\n")
        .build()
        .unwrap();
    let html = partial
        .error_page(404)
        .locale("en-GB")
        .template(&template)
        .render_html();
    let fields: Vec<&str> = html.split('|').collect();
    assert_eq!(fields[2], "en-GB");
    assert_eq!(
        fields[7..10],
        ["True", "True", r#" lang="en-US" dir="ltr""#]
    );
}

#[test]
fn every_documented_variable_can_be_used() {
    let uses: String = TEMPLATE_VARIABLES
        .iter()
        .map(|name| format!("{{{{ {name} is defined }}}}"))
        .collect();
    let template = PageTemplate::text("all.txt", uses).unwrap();
    let text = ErrorPage::new(404).template(&template).render_text();
    assert_eq!(text, "True".repeat(TEMPLATE_VARIABLES.len()));
}

fn load_error(source: &str) -> (String, Option<(u32, u32)>) {
    let err = PageTemplate::html("t.html", source).unwrap_err();
    assert!(
        matches!(err.kind(), LoadErrorKind::Template { .. }),
        "{err}"
    );
    (err.to_string(), err.position().map(|p| (p.line, p.column)))
}

#[test]
fn broken_templates_are_refused_with_line_and_column() {
    let (message, at) = load_error("<p>ok</p>\n<p>{% if title %}open</p>\n");
    assert!(message.starts_with("t.html:"), "{message}");
    assert!(message.contains("syntax error"), "{message}");
    assert_eq!(at.map(|(line, _)| line), Some(2), "{message}");

    let (message, at) = load_error("<h1>{{ title }}</h1>\n  <p>{{ user.name }}</p>");
    assert_eq!(at, Some((2, 9)), "{message}");
    assert!(message.contains("unknown variable `user`"), "{message}");

    let (message, at) = load_error("<a>{{ labels.home }}</a>");
    assert_eq!(at, Some((1, 7)), "{message}");
    assert!(message.contains("`labels` has error_label"), "{message}");

    let (message, at) = load_error("<p>x</p><SCRIPT>alert(1)</SCRIPT>");
    assert_eq!(at, Some((1, 9)), "{message}");
    assert!(message.contains("script"), "{message}");
}

#[test]
fn a_template_that_fails_for_one_class_is_refused_before_any_visitor_sees_it() {
    // `advice` is none for 1xx codes; calling a string method on it fails there only.
    let (message, at) = load_error("<p>{{ title }}</p>\n<p>{{ advice.upper() }}</p>");
    assert!(message.contains("while rendering 100"), "{message}");
    assert_eq!(at.map(|(line, _)| line), Some(2), "{message}");
}

#[test]
fn template_files_name_their_path() {
    let dir = std::env::temp_dir().join(format!("hsi-templates-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("page.html");
    std::fs::write(&path, "<p>\n{{ nope }}</p>").unwrap();
    let err = PageTemplate::html_file(&path).unwrap_err();
    assert!(
        err.to_string().starts_with(&format!(
            "{}:2:4: template: unknown variable `nope`",
            path.display()
        )),
        "{err}"
    );
    let err = PageTemplate::html_file(dir.join("missing.html")).unwrap_err();
    assert!(matches!(err.kind(), LoadErrorKind::Io { .. }));
    std::fs::write(&path, b"<p>\xff</p>").unwrap();
    let err = PageTemplate::html_file(&path).unwrap_err();
    assert!(matches!(err.kind(), LoadErrorKind::InvalidUtf8));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn text_templates_are_not_escaped_and_html_ones_are() {
    let text = PageTemplate::text("t.txt", "{{ detail }}\n").unwrap();
    let page = ErrorPage::new(400).detail("a < b").template(&text);
    assert_eq!(page.render_text(), "a < b\n");
    assert!(
        page.render_html().contains("a &lt; b"),
        "the default HTML page"
    );
    assert_eq!(
        page.page_headers(Format::Text).content_type(),
        "text/plain; charset=utf-8"
    );
}

#[test]
fn a_templates_csp_is_computed_from_the_rendered_page() {
    let template = PageTemplate::html(
        "csp.html",
        "<html><head><style>h1{color:{{ theme.accent or '#333' }}}</style></head>\
         <body><img src=\"{{ theme.logo }}\" alt=\"\"><h1 style=\"margin:0\">{{ title }}</h1></body></html>",
    )
    .unwrap();
    let theme = Theme::new()
        .accent("#112233")
        .unwrap()
        .logo("https://cdn.example/logo.svg")
        .unwrap();
    let page = ErrorPage::new(404).theme(&theme).template(&template);
    let rendered = page.render_page(Format::Html);
    let csp = rendered.headers().content_security_policy();
    assert!(csp.contains(&hash("h1{color:#112233}")), "{csp}");
    assert!(csp.contains("'unsafe-hashes'"), "{csp}");
    assert!(csp.contains(&hash("margin:0")), "{csp}");
    assert_eq!(csp.matches("'sha256-").count(), 2, "{csp}");
    assert!(csp.contains("img-src https://cdn.example;"), "{csp}");
    assert!(!csp.contains("script"), "{csp}");
    assert_eq!(page.page_headers(Format::Html), *rendered.headers());
    // JSON stays structured and keeps the default policy.
    assert_eq!(
        page.page_headers(Format::ProblemJson)
            .content_security_policy(),
        http_status_i18n::CONTENT_SECURITY_POLICY
    );
}

#[test]
fn the_default_page_shows_the_theme_and_its_csp_allows_exactly_it() {
    let theme = Theme::new()
        .site_name("Acme <Cloud>")
        .logo("https://cdn.acme.example/logo.svg")
        .unwrap()
        .accent("#ff6600")
        .unwrap()
        .extra_css("h1 { letter-spacing: -0.01em }")
        .unwrap();
    let catalog = Catalog::builder().theme(theme.clone()).build().unwrap();
    let page = catalog.error_page(500).locale("ja");
    let html = page.render_html();
    assert!(html.contains("<span>Acme &lt;Cloud&gt;</span>"), "{html}");
    assert!(html.contains(r#"<img src="https://cdn.acme.example/logo.svg" alt="""#));
    let style = ":root{--accent:#ff6600}\nh1 { letter-spacing: -0.01em }";
    assert!(html.contains(&format!("<style>{style}</style>")), "{html}");
    let headers = page.page_headers(Format::Html);
    let csp = headers.content_security_policy();
    assert!(csp.contains(&hash(style)), "{csp}");
    assert!(csp.contains("img-src https://cdn.acme.example;"), "{csp}");
    // Every <style> element on the page is allowed by the policy, and nothing else.
    let mut rest = html.as_str();
    let mut styles = 0;
    while let Some(start) = rest.find("<style>") {
        let end = rest[start..].find("</style>").unwrap() + start;
        assert!(csp.contains(&hash(&rest[start + 7..end])));
        styles += 1;
        rest = &rest[end..];
    }
    assert_eq!(styles, 2);
    assert_eq!(csp.matches("'sha256-").count(), 2, "{csp}");
}

#[test]
fn a_catalogues_template_is_used_by_every_page_and_a_page_can_override_it() {
    let catalog_template = PageTemplate::text("catalog.txt", "catalog {{ code }}").unwrap();
    let page_template = PageTemplate::text("page.txt", "page {{ code }}").unwrap();
    let catalog = Catalog::builder()
        .template(catalog_template)
        .build()
        .unwrap();
    assert_eq!(catalog.error_page(410).render_text(), "catalog 410");
    assert_eq!(
        catalog
            .error_page(410)
            .template(&page_template)
            .render_text(),
        "page 410"
    );
    assert!(catalog.template(Format::Html).is_none());
    assert!(catalog
        .error_page(410)
        .render_html()
        .starts_with("<!DOCTYPE html>"));
}
