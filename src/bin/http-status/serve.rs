//! `http-status serve`: the command-line side of the error-page service. The arguments
//! become an [`ErrorPages`] and [`Limits`]; the service itself is
//! `http_status_i18n::server`.
//!
//! Exit codes: 0 after a graceful shutdown, 1 when the service cannot start (address in
//! use, a broken `--locales-dir`), 2 for a usage error.

use std::net::{SocketAddr, TcpListener, ToSocketAddrs};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use clap::Args;
use http_status_i18n::server::{shutdown_signal, ErrorPages, Limits, Server};
use http_status_i18n::Catalog;

/// The environment variable that gives the address when `--listen` is not given.
const LISTEN_ENV: &str = "HTTP_STATUS_LISTEN";
/// The address when neither `--listen` nor the environment gives one.
const DEFAULT_LISTEN: &str = "127.0.0.1:8080";

/// Serve localized error pages over HTTP: `/404`, `/404.html`, `/404.json`, `/404.txt`,
/// or any path with an `X-Code` header. The language comes from `--locale`, else the
/// `--locale-query` parameter, else Accept-Language.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on, such as `127.0.0.1:8080` or `[::]:8080`. Defaults to the
    /// environment variable HTTP_STATUS_LISTEN, else 127.0.0.1:8080.
    #[arg(long, value_name = "ADDR")]
    listen: Option<String>,

    /// Code for requests whose path and X-Code name no error status (400 to 599).
    #[arg(long, value_name = "N", default_value_t = 404)]
    default_code: u16,

    /// Query parameter that may choose the language, such as `lang` for `?lang=ja`.
    #[arg(long, value_name = "NAME")]
    locale_query: Option<String>,

    /// Answer with status 200 (same body), for proxies that want a 200 from the backend.
    #[arg(long)]
    status_200: bool,

    /// No access log on stderr.
    #[arg(long)]
    quiet: bool,

    /// The application's overrides: one sub-folder of .ftl files per locale tag.
    #[arg(long, value_name = "DIR")]
    locales_dir: Option<std::path::PathBuf>,

    #[command(flatten)]
    look: crate::look::LookArgs,

    /// Most bytes of request line and headers (431 beyond; at least 8192).
    #[arg(long, value_name = "BYTES", default_value_t = 16 * 1024,
          value_parser = clap::value_parser!(u32).range(8192..))]
    max_header_bytes: u32,

    /// Most header fields per request (431 beyond).
    #[arg(long, value_name = "N", default_value_t = 64,
          value_parser = clap::value_parser!(u32).range(1..=1000))]
    max_headers: u32,

    /// Seconds a client may take to send a request's head (and an idle keep-alive
    /// connection may stay open).
    #[arg(long, value_name = "SECONDS", default_value_t = 10.0, value_parser = parse_seconds)]
    header_timeout: f64,

    /// Most connections served at once; more wait in the listen queue.
    #[arg(long, value_name = "N", default_value_t = 1024,
          value_parser = clap::value_parser!(u32).range(1..))]
    max_connections: u32,

    /// Worker threads, each with its own event loop (default: one per core).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=1024))]
    threads: Option<u32>,

    /// Seconds shutdown waits for in-flight requests.
    #[arg(long, value_name = "SECONDS", default_value_t = 10.0, value_parser = parse_seconds)]
    shutdown_timeout: f64,
}

/// A positive number of seconds, at most a day.
fn parse_seconds(text: &str) -> Result<f64, String> {
    let seconds: f64 = text
        .parse()
        .map_err(|_| format!("`{text}` is not a number of seconds"))?;
    if seconds.is_finite() && seconds > 0.0 && seconds <= 86_400.0 {
        Ok(seconds)
    } else {
        Err(format!(
            "{text} seconds: give more than 0 and at most 86400"
        ))
    }
}

/// A flag's count as a `usize` (every `u32` fits on the platforms tokio runs on).
fn usize_of(n: u32) -> usize {
    usize::try_from(n).unwrap_or(usize::MAX)
}

/// Why `serve` stopped: a usage error (exit 2) or a failure to start or run (exit 1).
enum Failure {
    Usage(String),
    Runtime(String),
}

/// Runs the service until SIGTERM or SIGINT; `locale` is the global `--locale`, which
/// forces the language here.
pub fn run(args: ServeArgs, locale: Option<String>) -> ExitCode {
    match serve(args, locale) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Usage(message)) => {
            eprintln!("http-status serve: error: {message}");
            ExitCode::from(2)
        }
        Err(Failure::Runtime(message)) => {
            eprintln!("http-status serve: error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn serve(args: ServeArgs, locale: Option<String>) -> Result<(), Failure> {
    let address = args
        .listen
        .clone()
        .or_else(|| std::env::var(LISTEN_ENV).ok().filter(|a| !a.is_empty()))
        .unwrap_or_else(|| DEFAULT_LISTEN.to_owned());
    let addresses: Vec<SocketAddr> = address
        .to_socket_addrs()
        .map_err(|e| Failure::Usage(format!("`{address}` is no address to listen on: {e}")))?
        .collect();
    let pages = error_pages(&args, locale.as_deref())?;
    let limits = Limits::default()
        .max_header_bytes(usize_of(args.max_header_bytes))
        .max_headers(usize_of(args.max_headers))
        .header_timeout(Duration::from_secs_f64(args.header_timeout))
        .max_connections(usize_of(args.max_connections))
        .shutdown_timeout(Duration::from_secs_f64(args.shutdown_timeout));
    let listener = TcpListener::bind(&addresses[..])
        .map_err(|e| Failure::Runtime(format!("cannot listen on {address}: {e}")))?;
    let local = listener
        .local_addr()
        .map_err(|e| Failure::Runtime(format!("cannot listen on {address}: {e}")))?;
    let threads = args.threads.map_or_else(
        || std::thread::available_parallelism().map_or(1, usize::from),
        usize_of,
    );
    Server::new(pages)
        .limits(limits)
        .access_log(!args.quiet)
        .run_threads(listener, threads, shutdown_signal(), || {
            eprintln!("http-status serve: listening on http://{local}");
        })
        .map_err(|e| Failure::Runtime(format!("the service stopped: {e}")))?;
    eprintln!("http-status serve: stopped");
    Ok(())
}

/// The pages: the catalogue (with `--locales-dir`), the default code, the forced locale,
/// the query parameter and `--status-200`.
fn error_pages(args: &ServeArgs, locale: Option<&str>) -> Result<ErrorPages, Failure> {
    let mut builder = Catalog::builder();
    if let Some(dir) = &args.locales_dir {
        builder = builder.add_dir(dir);
    }
    let builder = args.look.apply(builder).map_err(|error| match error {
        crate::look::LookError::Usage(message) => Failure::Usage(message),
        crate::look::LookError::Failed(message) => Failure::Runtime(message),
    })?;
    let catalog = builder
        .build()
        .map_err(|e| Failure::Runtime(e.to_string()))?;
    let pages = ErrorPages::with_catalog(Arc::new(catalog));
    let mut pages = pages
        .default_code(args.default_code)
        .map_err(|e| Failure::Usage(e.to_string()))?
        .status_200(args.status_200);
    if let Some(tag) = locale {
        pages = pages
            .force_locale(tag)
            .map_err(|e| Failure::Usage(e.to_string()))?;
    }
    if let Some(name) = &args.locale_query {
        pages = pages.locale_query(name.clone());
    }
    Ok(pages)
}
