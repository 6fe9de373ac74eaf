//! An error page in a product's own look: renders `examples/templates/product.html` (or
//! `product.txt`) with a theme, for a code and locale given on the command line, or writes
//! the page in every shipped locale to a directory.
//!
//! ```sh
//! # one page on stdout, its Content-Security-Policy on stderr
//! cargo run --example custom_template --features templates -- 404 ar
//! cargo run --example custom_template --features templates -- 503 de "Back at 14:00 UTC"
//! # the plain-text page
//! cargo run --example custom_template --features templates -- --text 404 ja
//! # every shipped locale, codes 404 and 503, with an application's detail, into DIR
//! cargo run --example custom_template --features templates -- --out DIR
//! ```
//!
//! The templates are checked when they are loaded (syntax, variables, a render of every
//! class of code); an error names the file, line and column.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use http_status_i18n::{Catalog, Format, PageTemplate, Theme};

const TEMPLATES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/templates");
const USAGE: &str = "usage: custom_template [--text] CODE [LOCALE [DETAIL]] | --out DIR";

/// The product's theme: its name and accent colour (the template draws its own logo mark
/// when the theme has no logo).
fn theme() -> Result<Theme, Box<dyn std::error::Error>> {
    Ok(Theme::new().site_name("Acme Cloud").accent("#1747b8")?)
}

fn template(file: &str) -> Result<PageTemplate, Box<dyn std::error::Error>> {
    let path = Path::new(TEMPLATES).join(file);
    Ok(if file.ends_with(".txt") {
        PageTemplate::text_file(&path)?
    } else {
        PageTemplate::html_file(&path)?
    })
}

/// One page on stdout; with HTML, the policy the application must send on stderr.
fn one(args: &[String]) -> Result<(), Box<dyn std::error::Error>> {
    let (format, args) = match args.first().map(String::as_str) {
        Some("--text") => (Format::Text, args.get(1..).unwrap_or_default()),
        _ => (Format::Html, args),
    };
    let code: u16 = args.first().ok_or(USAGE)?.parse().map_err(|_| USAGE)?;
    let template = template(match format {
        Format::Text => "product.txt",
        _ => "product.html",
    })?;
    let theme = theme()?;
    let mut page = Catalog::embedded()
        .error_page(code)
        .locale(args.get(1).map_or("en-US", String::as_str))
        .theme(&theme)
        .template(&template);
    if let Some(detail) = args.get(2) {
        page = page.detail(detail.as_str());
    }
    // try_render reports a template's failure; the servers' render_page would fall back to
    // the default page instead.
    let body = page.try_render(format)?;
    print!("{body}");
    if format == Format::Html {
        let rendered = page.render_page(format);
        eprintln!(
            "Content-Security-Policy: {}",
            rendered.headers().content_security_policy()
        );
    }
    Ok(())
}

/// Every shipped locale, 404 and 503, with an application's detail, as `DIR/TAG-CODE.html`.
fn all(out: &Path) -> Result<(), Box<dyn std::error::Error>> {
    std::fs::create_dir_all(out)?;
    let template = template("product.html")?;
    let theme = theme()?;
    let catalog = Catalog::embedded();
    let mut written = 0;
    for locale in catalog.locales() {
        for (code, detail) in [
            (404, "No invoice INV-2026-0042 in this account."),
            (
                503,
                "Maintenance until 14:00 UTC.\nStatus: https://status.example.com",
            ),
        ] {
            let page = catalog
                .error_page(code)
                .locale(locale.tag())
                .detail(detail)
                .theme(&theme)
                .template(&template);
            let file = out.join(format!("{}-{code}.html", locale.tag()));
            std::fs::write(&file, page.try_render(Format::Html)?)?;
            written += 1;
        }
    }
    println!("{written} pages in {}", out.display());
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("--out") => match args.get(1) {
            Some(dir) => all(&PathBuf::from(dir)),
            None => Err(USAGE.into()),
        },
        Some(_) => one(&args),
        None => Err(USAGE.into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("custom_template: {error}");
            ExitCode::from(if error.to_string() == USAGE { 2 } else { 1 })
        }
    }
}
