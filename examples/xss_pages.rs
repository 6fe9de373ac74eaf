//! Writes error pages rendered with script-injection payloads, plus one control page that
//! really runs a script, for `scripts/browser-xss-check.sh` to load in a browser. Each
//! payload goes, on the default page and on the example template
//! (`examples/templates/product.html`), into every field a page takes from outside: the
//! application's detail and home URL, the request's `Accept-Language`, the theme (site
//! name; logo and extra CSS where the theme accepts them), overrides of the status texts and
//! of the page texts, and the template's file name.
//!
//! ```sh
//! cargo run --example xss_pages --features templates -- OUT_DIR
//! ```
//!
//! Every payload, if it ran, would set `data-pwned="1"` on the document element.

use std::path::{Path, PathBuf};

use http_status_i18n::{Catalog, Format, PageTemplate, Theme};

const TEMPLATE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/templates/product.html"
);

const MARK: &str = "document.documentElement.setAttribute('data-pwned','1')";

fn payloads() -> Vec<String> {
    vec![
        format!("<script>{MARK}</script>"),
        format!("\"><img src=x onerror=\"{MARK}\">"),
        format!("'><svg onload=\"{MARK}\">"),
        format!("</title><script>{MARK}</script>"),
        format!("</style><script>{MARK}</script>"),
        format!("<details open ontoggle=\"{MARK}\">x</details>"),
        format!("<iframe srcdoc=\"<script>parent.{MARK}</script>\"></iframe>"),
        format!("<body onload=\"{MARK}\">"),
        format!("<img src=x onerror={MARK}>"),
        format!("<a href=\"javascript:{MARK}\" id=x>x</a><script>x.click()</script>"),
    ]
}

/// A theme with the payload in every field that takes it: the site name always; the logo
/// and the extra CSS only where the theme accepts the payload (it refuses what it must).
fn hostile_theme(payload: &str) -> Theme {
    let theme = Theme::new().site_name(payload);
    let theme = match theme.clone().logo(&format!("/{payload}")) {
        Ok(with_logo) => with_logo,
        Err(_) => theme,
    };
    match theme.clone().extra_css(payload) {
        Ok(with_css) => with_css,
        Err(_) => theme,
    }
}

/// The overrides: the payload in the status texts and in the page texts.
fn hostile_catalog(payload: &str) -> Result<Catalog, Box<dyn std::error::Error>> {
    let status =
        format!("http-404 = {payload}\n    .description = {payload}\n    .advice = {payload}\n");
    let chrome = format!(
        "page-error-label = {payload} {{ $code }}\npage-home-link = {payload}\n\
         page-details = {payload}\npage-technical-info = {payload}\n\
         page-fallback-note = {payload}\npage-status-code = {payload}\n"
    );
    Ok(Catalog::builder()
        .add_ftl("en-US", status)
        .add_ftl("en-US", chrome)
        .build()?)
}

/// The example template copied under a file name that holds the payload (a file name
/// cannot hold `/`, so payloads with one are skipped), and loaded from there.
fn template_named(
    dir: &Path,
    payload: &str,
) -> Result<Option<PageTemplate>, Box<dyn std::error::Error>> {
    if payload.contains('/') || payload.len() > 200 {
        return Ok(None);
    }
    let path = dir.join(format!("{payload}.html"));
    std::fs::copy(TEMPLATE, &path)?;
    Ok(Some(PageTemplate::html_file(&path)?))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = PathBuf::from(std::env::args().nth(1).ok_or("usage: xss_pages OUT_DIR")?);
    std::fs::create_dir_all(&out)?;
    let named = out.join("templates");
    std::fs::create_dir_all(&named)?;
    let template = PageTemplate::html_file(TEMPLATE)?;
    let mut written = 0;
    for (i, payload) in payloads().iter().enumerate() {
        // The default page, as before: detail and home URL, then the overrides.
        let detail = Catalog::embedded()
            .error_page(400)
            .locale("ar")
            .detail(payload.as_str())
            .home_url(payload.as_str())
            .render_html();
        std::fs::write(out.join(format!("detail-{i}.html")), detail)?;
        let catalog = hostile_catalog(payload)?;
        let page = catalog.error_page(404).detail("d").render_html();
        std::fs::write(out.join(format!("override-{i}.html")), page)?;
        written += 2;

        // The default page with a hostile theme and every request value hostile.
        let theme = hostile_theme(payload);
        let page = catalog
            .error_page(404)
            .accept_language(payload)
            .detail(payload.as_str())
            .home_url(payload.as_str())
            .theme(&theme)
            .render_html();
        std::fs::write(out.join(format!("theme-{i}.html")), page)?;
        written += 1;

        // The example template: the same fields, on the embedded texts (ar, right to left)
        // and on the hostile overrides; try_render, so a template failure is an error
        // here and not a silent fall back to the default page.
        let embedded = Catalog::embedded();
        for (name, catalog, locale) in [
            ("template-detail", embedded, "ar"),
            ("template-override", &catalog, "en-US"),
        ] {
            let page = catalog
                .error_page(404)
                .locale(locale)
                .accept_language(payload)
                .detail(payload.as_str())
                .home_url(payload.as_str())
                .theme(&theme)
                .template(&template)
                .try_render(Format::Html)?;
            std::fs::write(out.join(format!("{name}-{i}.html")), page)?;
            written += 1;
        }
        if let Some(named) = template_named(&named, payload)? {
            let page = catalog
                .error_page(503)
                .detail(payload.as_str())
                .theme(&theme)
                .template(&named)
                .try_render(Format::Html)?;
            std::fs::write(out.join(format!("template-path-{i}.html")), page)?;
            written += 1;
        }
    }
    std::fs::remove_dir_all(&named)?;
    // The control page proves that the check sees a script that does run.
    let control = format!("<!DOCTYPE html><html><body><script>{MARK}</script></body></html>");
    std::fs::write(out.join("control.html"), control)?;
    println!("{written} pages and a control page in {}", out.display());
    Ok(())
}
