//! The example template (`examples/templates/product.html` and `product.txt`): it loads (so
//! it passes the load-time checks), renders every shipped locale with its language and
//! direction, marks texts from a fallback locale, and needs no script.

#![cfg(feature = "templates")]

use http_status_i18n::{Catalog, Format, PageTemplate, Theme};

const HTML: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/templates/product.html"
);
const TEXT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/templates/product.txt"
);

fn theme() -> Theme {
    Theme::new()
        .site_name("Acme Cloud")
        .accent("#1747b8")
        .unwrap()
}

#[test]
fn every_shipped_locale_renders_in_its_language_and_direction() {
    let template = PageTemplate::html_file(HTML).unwrap();
    let theme = theme();
    let catalog = Catalog::embedded();
    let mut rtl = 0;
    for locale in catalog.locales() {
        for code in [404, 503] {
            let page = catalog
                .error_page(code)
                .locale(locale.tag())
                .detail("INV-42")
                .theme(&theme)
                .template(&template);
            let html = page.try_render(Format::Html).unwrap();
            let dir = locale.direction().as_html();
            rtl += usize::from(dir == "rtl");
            let opening = format!("<html lang=\"{}\" dir=\"{dir}\">", locale.tag());
            assert!(html.contains(&opening), "{}: {html}", locale.tag());
            assert!(html.contains("<p dir=\"auto\">INV-42</p>"), "{html}");
            assert!(html.contains("<span class=\"name\" translate=\"no\">Acme Cloud</span>"));
            assert!(html.contains("--accent:#1747b8"));
            assert!(!html.to_ascii_lowercase().contains("<script"));
            // Every text is the page's own: only <html> and the English status line
            // carry a language.
            assert_eq!(
                html.matches(" lang=\"").count(),
                2,
                "{}: {html}",
                locale.tag()
            );
            assert!(html.contains("<p lang=\"en\" dir=\"ltr\"><code>HTTP "));
            let csp = page.render_page(Format::Html);
            let csp = csp.headers().content_security_policy();
            assert!(
                csp.starts_with("default-src 'none'; style-src 'sha256-"),
                "{csp}"
            );
            assert!(!csp.contains("script") && !csp.contains("unsafe"), "{csp}");
        }
    }
    assert!(rtl >= 8, "ar, fa, he and ur, twice: {rtl}");
}

#[test]
fn texts_from_a_fallback_locale_carry_their_own_lang_and_dir() {
    let template = PageTemplate::html_file(HTML).unwrap();
    // A right-to-left locale with one text of its own: the rest comes from en-US.
    let partial = Catalog::builder()
        .add_ftl("ckb", "http-404 = نەدۆزرایەوە\n")
        .build()
        .unwrap();
    let html = partial
        .error_page(404)
        .locale("ckb")
        .template(&template)
        .try_render(Format::Html)
        .unwrap();
    assert!(html.contains("<html lang=\"ckb\" dir=\"rtl\">"), "{html}");
    assert!(html.contains("<h1>نەدۆزرایەوە</h1>"), "{html}");
    for marked in [
        "<p class=\"advice\" lang=\"en-US\" dir=\"ltr\">",
        "<summary lang=\"en-US\" dir=\"ltr\">",
        "<p class=\"note\" lang=\"en-US\" dir=\"ltr\">",
    ] {
        assert!(html.contains(marked), "{marked}: {html}");
    }
}

#[test]
fn the_plain_text_twin_has_every_text_and_no_markup() {
    let template = PageTemplate::text_file(TEXT).unwrap();
    let theme = theme();
    let page = Catalog::embedded()
        .error_page(503)
        .locale("de")
        .detail("<b>Back at 14:00</b>")
        .theme(&theme)
        .template(&template);
    let text = page.try_render(Format::Text).unwrap();
    let entry = Catalog::embedded().lookup(503, "de").unwrap();
    assert!(text.starts_with("Acme Cloud\n"), "{text}");
    assert!(text.contains(entry.title()), "{text}");
    assert!(text.contains(entry.description()), "{text}");
    assert!(text.contains("<b>Back at 14:00</b>"), "not escaped: {text}");
    assert!(text.contains("HTTP 503 Service Unavailable"), "{text}");
}
