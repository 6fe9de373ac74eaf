//! Writes error pages rendered with script-injection payloads (in the application's detail,
//! in overrides of the status texts and in overrides of the page texts), plus one control
//! page that really runs a script, for `scripts/browser-xss-check.sh` to load in a browser.
//!
//! ```sh
//! cargo run --example xss_pages -- OUT_DIR
//! ```
//!
//! Every payload, if it ran, would set `data-pwned="1"` on the document element.

use std::path::PathBuf;

use http_status_i18n::Catalog;

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

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = PathBuf::from(std::env::args().nth(1).ok_or("usage: xss_pages OUT_DIR")?);
    std::fs::create_dir_all(&out)?;
    let mut written = 0;
    for (i, payload) in payloads().iter().enumerate() {
        let detail = Catalog::embedded()
            .error_page(400)
            .locale("ar")
            .detail(payload.as_str())
            .home_url(payload.as_str())
            .render_html();
        std::fs::write(out.join(format!("detail-{i}.html")), detail)?;
        let status = format!(
            "http-404 = {payload}\n    .description = {payload}\n    .advice = {payload}\n"
        );
        let chrome = format!(
            "page-error-label = {payload} {{ $code }}\npage-home-link = {payload}\n\
             page-details = {payload}\npage-technical-info = {payload}\n"
        );
        let catalog = Catalog::builder()
            .add_ftl("en-US", status)
            .add_ftl("en-US", chrome)
            .build()?;
        let page = catalog.error_page(404).detail("d").render_html();
        std::fs::write(out.join(format!("override-{i}.html")), page)?;
        written += 2;
    }
    // The control page proves that the check sees a script that does run.
    let control = format!("<!DOCTYPE html><html><body><script>{MARK}</script></body></html>");
    std::fs::write(out.join("control.html"), control)?;
    println!("{written} pages and a control page in {}", out.display());
    Ok(())
}
