//! `http-status pages --out DIR`: the static page pack (arguments → [`crate::pack`]).
//!
//! Exit codes: 0 written, 1 failure (DIR not empty without `--force`, a write failed),
//! 2 usage error (a code that is no 4xx/5xx code or class, a locale the catalogue lacks).

use std::path::PathBuf;

use clap::Args;
use http_status_i18n::{registry, Catalog, Class, Locale};

use crate::look::{LookArgs, LookError};
use crate::pack::{self, Plan};

/// Write every error page (4xx and 5xx) in every shipped locale, as HTML, problem+json
/// and text, with Apache type maps and configuration for Apache, nginx, Caddy and HAProxy.
#[derive(Debug, Args)]
pub(crate) struct PagesArgs {
    /// The folder to write; built next to it, then renamed into place.
    #[arg(long, value_name = "DIR")]
    out: PathBuf,

    /// Only these codes and classes, comma-separated: `404,5xx`. Default: every known 4xx
    /// and 5xx code.
    #[arg(long, value_name = "LIST")]
    codes: Option<String>,

    /// Only these locales, comma-separated: `de,ja`. en-US, the fallback, is always
    /// written. Default: every shipped locale.
    #[arg(long, value_name = "LIST")]
    locales: Option<String>,

    /// Replace DIR if it exists and is not empty.
    #[arg(long)]
    force: bool,

    /// Where `http-status serve` listens, for the configurations that use it.
    #[arg(long, value_name = "HOST:PORT", default_value = "127.0.0.1:8080")]
    serve_addr: String,

    #[command(flatten)]
    look: LookArgs,
}

/// What went wrong, and the exit code it gets.
#[derive(Debug)]
pub(crate) enum PagesError {
    /// A usage error (exit 2).
    Usage(String),
    /// A failure while writing (exit 1).
    Failed(String),
}

/// Runs `http-status pages`; prints a one-line summary to `out`.
pub(crate) fn run(args: PagesArgs, out: &mut impl std::io::Write) -> Result<(), PagesError> {
    let catalog = Catalog::embedded();
    let codes = match &args.codes {
        Some(list) => parse_codes(list).map_err(PagesError::Usage)?,
        None => default_codes(),
    };
    let locales = match &args.locales {
        Some(list) => parse_locales(catalog, list).map_err(PagesError::Usage)?,
        None => catalog.locales().collect(),
    };
    if !is_host_port(&args.serve_addr) {
        return Err(PagesError::Usage(format!(
            "--serve-addr `{}` is not HOST:PORT (such as 127.0.0.1:8080)",
            args.serve_addr
        )));
    }
    let pages = args
        .look
        .apply(Catalog::builder())
        .and_then(|builder| {
            builder
                .build()
                .map_err(|e| LookError::Failed(e.to_string()))
        })
        .map_err(|error| match error {
            LookError::Usage(message) => PagesError::Usage(message),
            LookError::Failed(message) => PagesError::Failed(message),
        })?;
    let plan = Plan {
        catalog,
        pages: &pages,
        codes,
        locales,
        serve_addr: args.serve_addr,
    };
    let summary =
        pack::write(&plan, &args.out, args.force).map_err(|e| PagesError::Failed(e.to_string()))?;
    writeln!(
        out,
        "http-status pages: wrote {} codes × {} locales ({} files) to {}",
        plan.codes.len(),
        plan.locales.len(),
        summary.files,
        summary.dir.display()
    )
    .map_err(|e| PagesError::Failed(format!("cannot write the output: {e}")))
}

/// Every known 4xx and 5xx code of the registry.
fn default_codes() -> Vec<u16> {
    registry::STATUS_CODES
        .iter()
        .filter(|info| matches!(info.class(), Class::ClientError | Class::ServerError))
        .map(|info| info.code)
        .collect()
}

/// `404,5xx` → the codes, sorted, without repeats. A class stands for its known codes; a
/// single code may be any number in 400..=599 (unknown ones show their class's texts).
pub(crate) fn parse_codes(list: &str) -> Result<Vec<u16>, String> {
    let mut codes = Vec::new();
    for item in list.split(',').map(str::trim) {
        if item.is_empty() {
            return Err(format!("--codes `{list}` has an empty item"));
        }
        if let Some(class) = Class::parse(item) {
            if !matches!(class, Class::ClientError | Class::ServerError) {
                return Err(format!(
                    "--codes: `{item}` is not an error class; error pages are 4xx and 5xx"
                ));
            }
            codes.extend(registry::of_class(class).map(|info| info.code));
            continue;
        }
        let code: u16 = item
            .parse()
            .ok()
            .filter(|code| (400..=599).contains(code))
            .ok_or_else(|| {
                format!("--codes: `{item}` is no 4xx or 5xx code nor a class (4xx, 5xx)")
            })?;
        codes.push(code);
    }
    codes.sort_unstable();
    codes.dedup();
    Ok(codes)
}

/// `de,ja` → those shipped locales, plus en-US (the fallback every server configuration
/// ends on), in catalogue order. A tag must name a shipped locale (any spelling the
/// catalogue resolves to one, such as `de-DE` → `de`); anything else is a usage error.
pub(crate) fn parse_locales<'c>(
    catalog: &'c Catalog,
    list: &str,
) -> Result<Vec<Locale<'c>>, String> {
    let mut wanted = vec![catalog.default_locale().tag()];
    for item in list.split(',').map(str::trim) {
        if item.is_empty() {
            return Err(format!("--locales `{list}` has an empty item"));
        }
        let locale = catalog.find_locale(item).ok_or_else(|| {
            format!("--locales: `{item}` is not a shipped locale; see `http-status locales`")
        })?;
        wanted.push(locale.tag());
    }
    Ok(catalog
        .locales()
        .filter(|locale| wanted.contains(&locale.tag()))
        .collect())
}

/// `host:port` with a port number; the host is a name or an address (`[::1]` too).
fn is_host_port(text: &str) -> bool {
    text.rsplit_once(':').is_some_and(|(host, port)| {
        !host.is_empty()
            && port.parse::<u16>().is_ok()
            && host
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '[' | ']' | ':'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_expand_to_their_known_codes() {
        let codes = parse_codes("5xx, 404,404").unwrap();
        assert!(codes.contains(&404) && codes.contains(&500) && codes.contains(&503));
        assert_eq!(codes.iter().filter(|&&c| c == 404).count(), 1);
        assert!(codes.iter().all(|&c| c == 404 || (500..600).contains(&c)));
    }

    #[test]
    fn codes_outside_errors_are_refused() {
        for bad in ["200", "3xx", "600", "abc", "404,", "99999"] {
            assert!(parse_codes(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn locales_resolve_and_keep_the_fallback() {
        let catalog = Catalog::embedded();
        let tags: Vec<&str> = parse_locales(catalog, "ja,de-DE")
            .unwrap()
            .iter()
            .map(|l| l.tag())
            .collect();
        assert_eq!(tags, ["de", "en-US", "ja"]);
        let error = parse_locales(catalog, "de,x-klingon").unwrap_err();
        assert!(error.contains("x-klingon"), "{error}");
    }

    #[test]
    fn serve_addresses() {
        assert!(is_host_port("127.0.0.1:8080"));
        assert!(is_host_port("[::1]:80"));
        assert!(is_host_port("errors.internal:8080"));
        assert!(!is_host_port("127.0.0.1"));
        assert!(!is_host_port("a b:80"));
        assert!(!is_host_port(":80"));
    }
}
