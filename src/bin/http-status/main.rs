//! `http-status`: look up an HTTP status code in any language.
//!
//! ```text
//! http-status 404 --locale zh-CN      title, description and advice
//! http-status 404 --json              the whole entry as JSON
//! http-status list --class 4xx        every known code of a class
//! http-status locales                 the shipped locales and their fallback chains
//! http-status page 404 --locale ar     the rendered error page (HTML, text or JSON)
//! http-status pages --out DIR         a static pack of error pages with server configuration
//! http-status serve --listen ADDR     localized error pages over HTTP (feature `server`)
//! ```
//!
//! Exit codes: 0 success, 1 failure (a template that does not load, a pack that could not
//! be written, output that cannot be written), 2 usage error (including a number that is
//! no status code).

mod look;
mod pack;
mod page;
mod pages;
#[cfg(feature = "server")]
mod serve;

use std::io::{self, Write};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use http_status_i18n::{registry, Catalog, Class, Entry};

/// Look up an HTTP status code: its title, description and advice in your language.
#[derive(Debug, Parser)]
#[command(name = "http-status", version, args_conflicts_with_subcommands = true)]
struct Cli {
    /// The status code to look up, such as 404.
    code: Option<String>,

    /// Language tag (BCP 47 or POSIX, such as zh-CN or de_DE.UTF-8). Defaults to the
    /// environment's LC_ALL, LC_MESSAGES or LANG, else en-US.
    #[arg(short, long, global = true)]
    locale: Option<String>,

    /// Print JSON instead of text.
    #[arg(long, global = true)]
    json: bool,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// List the known codes with their titles.
    List {
        /// Only this class: 1xx, 2xx, 3xx, 4xx or 5xx.
        #[arg(long, value_parser = parse_class)]
        class: Option<Class>,
    },
    /// List the shipped locales and their fallback chains.
    Locales {
        /// Only the tags, one per line (for shell loops).
        #[arg(long)]
        tags: bool,
    },
    /// Print the error page for a code: the default page, or your template and theme.
    Page(page::PageArgs),
    /// Write a static pack: every error page in every locale, with Apache type maps and
    /// configuration for Apache, nginx, Caddy and HAProxy.
    Pages(pages::PagesArgs),
    /// Serve localized error pages over HTTP (`--locale` forces the language).
    #[cfg(feature = "server")]
    Serve(serve::ServeArgs),
}

/// Why a command did not succeed, and so its exit code.
#[derive(Debug)]
enum Failure {
    /// Bad arguments: exit 2.
    Usage(String),
    /// A failure: exit 1.
    Failed(String),
}

fn parse_class(text: &str) -> Result<Class, String> {
    Class::parse(text)
        .ok_or_else(|| format!("`{text}` is not a class; use 1xx, 2xx, 3xx, 4xx or 5xx"))
}

/// The status code in `text`, or a message that says what is wrong with it.
fn parse_code(text: &str) -> Result<u16, String> {
    let number: u64 = text
        .trim()
        .parse()
        .map_err(|_| format!("`{text}` is not a number; give a status code such as 404"))?;
    u16::try_from(number)
        .ok()
        .filter(|&code| Class::of(code).is_some())
        .ok_or_else(|| format!("{number} is not an HTTP status code; status codes are 100 to 599"))
}

/// The locale to use: the flag, else the POSIX environment in its order of precedence.
fn requested_locale(flag: Option<String>) -> String {
    flag.or_else(|| {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| std::env::var(name).ok())
            .find(|value| !value.is_empty())
    })
    .unwrap_or_else(|| http_status_i18n::DEFAULT_LOCALE.to_owned())
}

fn print_entry(out: &mut impl Write, entry: &Entry<'_>, json: bool) -> io::Result<()> {
    if json {
        let text = serde_json::to_string_pretty(entry).map_err(io::Error::other)?;
        return writeln!(out, "{text}");
    }
    writeln!(out, "{} {}", entry.code(), entry.title())?;
    if let Some(phrase) = entry.reason_phrase() {
        if phrase != entry.title() {
            writeln!(out, "  reason phrase: {phrase}")?;
        }
    }
    if entry.is_class_fallback() {
        writeln!(
            out,
            "  (not a known code; showing the {} class)",
            entry.class()
        )?;
    }
    writeln!(out, "  {}", entry.description())?;
    if let Some(advice) = entry.advice() {
        writeln!(out, "  {advice}")?;
    }
    let mut facts = vec![format!("class {}", entry.class())];
    if let Some(kind) = entry.kind() {
        facts.push(kind.to_string());
    }
    if let Some(vendor) = entry.vendor() {
        facts.push(format!("vendor {vendor}"));
    }
    if let Some(reference) = entry.reference() {
        facts.push(reference.to_owned());
    }
    facts.push(format!("locale {}", entry.locale()));
    writeln!(out, "  [{}]", facts.join("; "))
}

fn run(cli: Cli, out: &mut impl Write) -> Result<(), Failure> {
    let requested = requested_locale(cli.locale);
    match (cli.command, cli.code) {
        (Some(Command::Page(args)), _) => page::run(args, &requested, out),
        (Some(Command::Pages(args)), _) => pages::run(args, out).map_err(|error| match error {
            pages::PagesError::Usage(message) => Failure::Usage(message),
            pages::PagesError::Failed(message) => Failure::Failed(format!("pages: {message}")),
        }),
        (command, code) => lookup(command, code, &requested, cli.json, out).map_err(Failure::Usage),
    }
}

/// The lookups: a code, `list` and `locales`.
fn lookup(
    command: Option<Command>,
    code: Option<String>,
    requested: &str,
    json: bool,
    out: &mut impl Write,
) -> Result<(), String> {
    let catalog = Catalog::embedded();
    let locale = catalog.locale(requested);
    let io = |e: io::Error| format!("cannot write the output: {e}");
    match (command, code) {
        (Some(Command::List { class }), _) => {
            let codes = registry::STATUS_CODES
                .iter()
                .filter(|info| class.is_none_or(|class| info.class() == class));
            let entries: Vec<Entry<'_>> =
                codes.filter_map(|info| locale.lookup(info.code)).collect();
            if json {
                let text = serde_json::to_string_pretty(&entries).map_err(|e| e.to_string())?;
                writeln!(out, "{text}").map_err(io)?;
            } else {
                for entry in entries {
                    writeln!(out, "{} {}", entry.code(), entry.title()).map_err(io)?;
                }
            }
        }
        (Some(Command::Locales { tags: true }), _) => {
            for locale in catalog.locales() {
                writeln!(out, "{}", locale.tag()).map_err(io)?;
            }
        }
        (Some(Command::Locales { tags: false }), _) => {
            let rows: Vec<(&str, Vec<&str>)> = catalog
                .locales()
                .map(|l| (l.tag(), l.fallback_chain()))
                .collect();
            if json {
                let map: Vec<serde_json::Value> = rows
                    .iter()
                    .map(|(tag, chain)| serde_json::json!({"tag": tag, "fallback_chain": chain}))
                    .collect();
                let text = serde_json::to_string_pretty(&map).map_err(|e| e.to_string())?;
                writeln!(out, "{text}").map_err(io)?;
            } else {
                for (tag, chain) in rows {
                    writeln!(out, "{tag:8} {}", chain.join(" → ")).map_err(io)?;
                }
            }
        }
        (None, Some(code)) => {
            let code = parse_code(&code)?;
            // Every code in 100..=599 has an entry (its own or its class's).
            let entry = locale
                .lookup(code)
                .ok_or_else(|| format!("no text for {code} in {}", locale.tag()))?;
            print_entry(out, &entry, json).map_err(io)?;
        }
        // `run` answers `page` and `pages` itself, `main` answers `serve`.
        (Some(Command::Page(_) | Command::Pages(_)), _) => {}
        #[cfg(feature = "server")]
        (Some(Command::Serve(_)), _) => {}
        (None, None) => {
            return Err(
                "give a status code (such as `http-status 404`), `list` or `locales`; \
                 see --help"
                    .to_owned(),
            )
        }
    }
    Ok(())
}

/// Standard output that ends quietly when the reader goes away (`http-status list | head
/// -1`): after a broken pipe, writes are dropped and the command still succeeds.
struct PipeOutput<W> {
    inner: W,
    closed: bool,
}

impl<W: Write> Write for PipeOutput<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.closed {
            return Ok(buf.len());
        }
        match self.inner.write(buf) {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(buf.len())
            }
            other => other,
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self.inner.flush() {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(())
            }
            other => other,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    #[cfg(feature = "server")]
    if let Some(Command::Serve(args)) = cli.command {
        if cli.json {
            eprintln!("http-status: error: `serve` takes no --json");
            return ExitCode::from(2);
        }
        return serve::run(args, cli.locale);
    }
    let mut out = PipeOutput {
        inner: io::stdout().lock(),
        closed: false,
    };
    match run(cli, &mut out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Usage(message)) => {
            eprintln!("http-status: error: {message}");
            ExitCode::from(2)
        }
        Err(Failure::Failed(message)) => {
            eprintln!("http-status: error: {message}");
            ExitCode::from(1)
        }
    }
}
