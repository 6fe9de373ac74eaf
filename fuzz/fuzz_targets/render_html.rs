//! HTML rendering with arbitrary details and overrides: the output never contains a `<`
//! that is not the start of one of the page's own tags.
#![no_main]

use arbitrary::Arbitrary;
use http_status_i18n::Catalog;
use libfuzzer_sys::fuzz_target;

#[derive(Debug, Arbitrary)]
struct Input<'a> {
    code: u16,
    detail: &'a str,
    home_url: &'a str,
    accept_language: &'a str,
    /// Becomes the title, advice and description of the code, and the page texts.
    text: &'a str,
}

/// What may follow a `<` in a page: the tags the renderer itself writes.
const OWN_TAGS: &[&str] = &[
    "!DOCTYPE html>", "html ", "/html>", "head>", "/head>", "meta ", "title>", "/title>",
    "style>", "/style>", "body>", "/body>", "main>", "/main>", "p>", "p ", "/p>", "h1>",
    "h1 ", "/h1>", "h2>", "h2 ", "/h2>", "section ", "/section>", "a ", "/a>", "details>",
    "/details>", "summary>", "summary ", "/summary>",
];

fn check(html: &str) {
    for (i, _) in html.match_indices('<') {
        let rest = &html[i + 1..];
        assert!(
            OWN_TAGS.iter().any(|tag| rest.starts_with(tag)),
            "unexpected markup at {i}: {:?}",
            &rest[..rest.len().min(40)]
        );
    }
}

fuzz_target!(|input: Input<'_>| {
    // One line, so that the override is a valid Fluent value whenever possible.
    let text: String = input.text.chars().filter(|c| !c.is_control()).collect();
    let ftl = format!(
        "http-404 = {text}\n    .description = {text}\n    .advice = {text}\npage-home-link = {text}\npage-details = {text}\npage-error-label = {text} {{ $code }}\n"
    );
    let catalog = Catalog::builder().add_ftl("en-US", ftl).build();
    let catalog = match &catalog {
        Ok(catalog) => catalog,
        Err(_) => Catalog::embedded(),
    };
    let page = catalog
        .error_page(input.code)
        .accept_language(input.accept_language)
        .detail(input.detail)
        .home_url(input.home_url);
    check(&page.render_html());
    let page = catalog.error_page(404).detail(input.detail).home_url(input.home_url);
    check(&page.render_html());
});
