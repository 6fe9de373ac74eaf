//! `http-status page`: prints a rendered error page, so that a designer can preview a
//! template and a theme in every language without writing Rust.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use http_status_i18n::{Catalog, Format, PageTemplate, Theme};

use crate::Failure;

/// The page formats on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum PageFormat {
    /// text/html
    Html,
    /// text/plain
    Text,
    /// application/problem+json
    Json,
}

impl PageFormat {
    fn format(self) -> Format {
        match self {
            PageFormat::Html => Format::Html,
            PageFormat::Text => Format::Text,
            PageFormat::Json => Format::ProblemJson,
        }
    }
}

/// The arguments of `http-status page`.
#[derive(Debug, Args)]
pub(crate) struct PageArgs {
    /// The status code of the page, such as 404.
    code: String,

    /// The page's format.
    #[arg(long, value_enum, default_value_t = PageFormat::Html)]
    format: PageFormat,

    /// A page template (Jinja syntax) for the format: HTML for --format html, plain
    /// text for --format text. problem+json takes no template.
    #[arg(long, value_name = "FILE")]
    template: Option<PathBuf>,

    /// The site's name, shown at the top of the page.
    #[arg(long, value_name = "NAME")]
    theme_name: Option<String>,

    /// The logo: a path on the site (/logo.svg) or an https: address.
    #[arg(long, value_name = "URL")]
    theme_logo: Option<String>,

    /// The accent colour: any CSS colour (#0b57d0, teal, rgb(11 87 208)).
    #[arg(long, value_name = "COLOR")]
    theme_accent: Option<String>,

    /// A file of extra CSS for the default page.
    #[arg(long, value_name = "FILE")]
    theme_css: Option<PathBuf>,

    /// The application's detail about this occurrence (shown escaped).
    #[arg(long, value_name = "TEXT")]
    detail: Option<String>,

    /// Also print the response headers, before a blank line and the page.
    #[arg(long)]
    headers: bool,
}

/// The theme the flags describe, or a usage error naming the flag.
fn theme(args: &PageArgs) -> Result<Theme, Failure> {
    let mut theme = Theme::new();
    if let Some(name) = &args.theme_name {
        theme = theme.site_name(name.as_str());
    }
    if let Some(logo) = &args.theme_logo {
        theme = theme
            .logo(logo)
            .map_err(|e| Failure::Usage(format!("--theme-logo: {e}")))?;
    }
    if let Some(accent) = &args.theme_accent {
        theme = theme
            .accent(accent)
            .map_err(|e| Failure::Usage(format!("--theme-accent: {e}")))?;
    }
    if let Some(path) = &args.theme_css {
        let css = std::fs::read_to_string(path)
            .map_err(|e| Failure::Failed(format!("{}: cannot read it: {e}", path.display())))?;
        theme = theme
            .extra_css(css)
            .map_err(|e| Failure::Failed(format!("{}: {e}", path.display())))?;
    }
    Ok(theme)
}

/// Prints the page; a template that does not load is a failure (exit 1) with its
/// file:line:column message.
pub(crate) fn run(args: PageArgs, locale: &str, out: &mut impl Write) -> Result<(), Failure> {
    let code = crate::parse_code(&args.code).map_err(Failure::Usage)?;
    let format = args.format.format();
    let theme = theme(&args)?;
    let template = match &args.template {
        None => None,
        Some(_) if format == Format::ProblemJson => {
            return Err(Failure::Usage(
                "--template: problem+json is structured and takes no template; \
                 use --format html or --format text"
                    .to_owned(),
            ))
        }
        Some(path) => Some(
            match format {
                Format::Text => PageTemplate::text_file(path),
                _ => PageTemplate::html_file(path),
            }
            .map_err(|e| Failure::Failed(e.to_string()))?,
        ),
    };
    let catalog = Catalog::embedded();
    let mut page = catalog
        .error_page(code)
        .with_locale(catalog.locale(locale))
        .theme(&theme);
    if let Some(template) = &template {
        page = page.template(template);
    }
    if let Some(detail) = &args.detail {
        page = page.detail(detail.as_str());
    }
    // A template that loaded renders every class; should this one page still fail, say
    // so rather than print the default page in its place.
    let body = page
        .try_render(format)
        .map_err(|e| Failure::Failed(e.to_string()))?;
    let io = |e: std::io::Error| Failure::Failed(format!("cannot write the output: {e}"));
    if args.headers {
        for (name, value) in page.render_page(format).headers().fields() {
            writeln!(out, "{name}: {value}").map_err(io)?;
        }
        writeln!(out).map_err(io)?;
    }
    out.write_all(body.as_bytes()).map_err(io)?;
    if !body.ends_with('\n') {
        writeln!(out).map_err(io)?;
    }
    Ok(())
}
