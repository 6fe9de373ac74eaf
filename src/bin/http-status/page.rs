//! `http-status page`: prints a rendered error page, so that a designer can preview a
//! template and a theme in every language without writing Rust.

use std::io::Write;

use clap::{Args, ValueEnum};
use http_status_i18n::{Catalog, Format};

use crate::look::{self, LookArgs, LookError};
use crate::Failure;

impl From<LookError> for Failure {
    fn from(error: LookError) -> Self {
        match error {
            LookError::Usage(message) => Failure::Usage(message),
            LookError::Failed(message) => Failure::Failed(message),
        }
    }
}

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

    #[command(flatten)]
    look: LookArgs,

    /// The application's detail about this occurrence (shown escaped).
    #[arg(long, value_name = "TEXT")]
    detail: Option<String>,

    /// Also print the response headers, before a blank line and the page.
    #[arg(long)]
    headers: bool,
}

/// Prints the page; a template that does not load is a failure (exit 1) with its
/// file:line:column message.
pub(crate) fn run(args: PageArgs, locale: &str, out: &mut impl Write) -> Result<(), Failure> {
    let code = crate::parse_code(&args.code).map_err(Failure::Usage)?;
    let format = args.format.format();
    let theme = args.look.theme()?;
    // `--template` is the template of the format printed; `--text-template` is taken
    // for text too.
    let template = match (format, &args.look.template, &args.look.text_template) {
        (Format::ProblemJson, Some(_), _) | (Format::ProblemJson, _, Some(_)) => {
            return Err(Failure::Usage(
                "--template: problem+json is structured and takes no template; \
                 use --format html or --format text"
                    .to_owned(),
            ))
        }
        (Format::Text, _, Some(path)) | (Format::Text, Some(path), None) => {
            Some(look::text_template(path)?)
        }
        (_, Some(path), _) => Some(look::html_template(path)?),
        _ => None,
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
