//! The command line: arguments (clap), dispatch, output and exit codes
//! (0 ok, 1 findings or failure, 2 usage or I/O error).

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::bake;
use crate::check;
use crate::config::Config;
use crate::error::{Error, Result};
use crate::finding::Severity;
use crate::format;
use crate::interchange;
use crate::layout::Layout;
use crate::pseudo;
use crate::report::{self, FindingFormat};
use crate::scaffold;
use crate::stamp;
use crate::status::{self, StatusFormat};

/// The translators' tool: checks Fluent files against en-US, reports coverage and stale
/// translations, scaffolds locales, makes pseudo-locales, formats, and exchanges XLIFF/PO.
///
/// Exit codes: 0 ok, 1 findings at error level (or a failed check), 2 usage or I/O error.
#[derive(Debug, Parser)]
#[command(name = "l10n", version, about, long_about = None)]
#[non_exhaustive]
pub struct Cli {
    /// The project configuration (compare-locales format). Default: l10n.toml or
    /// tools/l10n.toml in this folder or an ancestor.
    #[arg(long, global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Text or JSON, for commands that print a short result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
#[non_exhaustive]
pub enum OutputFormat {
    /// Lines for people.
    Text,
    /// One JSON document.
    Json,
}

/// Which locales, and where their folders are.
#[derive(Debug, Clone, Args)]
#[non_exhaustive]
pub struct LocaleSelection {
    /// Only these locales (repeatable). Default: the configured locales, or every folder
    /// of --l10n-base.
    #[arg(long = "locale", value_name = "TAG")]
    pub locales: Vec<String>,
    /// Read the locale folders from DIR instead of the configured place (for example
    /// target/pseudo-locales); like compare-locales' l10n-base-dir.
    #[arg(long, value_name = "DIR")]
    pub l10n_base: Option<PathBuf>,
}

/// The commands.
#[derive(Debug, Subcommand)]
#[non_exhaustive]
pub enum Command {
    /// Check syntax, completeness, placeables, plurals, markup, bidi controls, untranslated
    /// text, ID naming and stale translations.
    Check {
        /// Which locales.
        #[command(flatten)]
        selection: LocaleSelection,
        /// Output format.
        #[arg(long, value_enum, default_value_t = FindingFormat::Text)]
        format: FindingFormat,
    },
    /// Render the shipped locales into the library's static tables (src/catalog/baked/).
    /// Run it after every change to a .ftl file under locales/; `check` fails until then.
    Bake {
        /// Change nothing; exit 1 if a baked file is not what the bake would write.
        #[arg(long)]
        check: bool,
    },
    /// Per locale: translated, missing, stale and obsolete counts and coverage.
    Status {
        /// Which locales.
        #[command(flatten)]
        selection: LocaleSelection,
        /// Output format.
        #[arg(long, value_enum, default_value_t = StatusFormat::Text)]
        format: StatusFormat,
        /// Fail (exit 1) if a locale's coverage is below N percent.
        #[arg(long, value_name = "N")]
        min_coverage: Option<f64>,
    },
    /// Record in the lock file that translations of LOCALE match today's en-US texts.
    MarkCurrent {
        /// The locale.
        locale: String,
        /// Every translation of the locale (and forget keys it no longer has).
        #[arg(long, conflicts_with = "ids")]
        all: bool,
        /// Message IDs (all their texts) or `id.attribute`.
        #[arg(value_name = "ID", required_unless_present = "all")]
        ids: Vec<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
    },
    /// Start a locale: every en-US file with comments kept and messages commented out.
    NewLocale {
        /// The BCP 47 tag, such as `pt-BR` or `sr-Latn`.
        tag: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
    },
    /// Write the pseudo-locales en-XA (accented, longer) and ar-XB (mirrored) from en-US.
    Pseudo {
        /// Output folder (default: `pseudo-dir` of l10n.toml, target/pseudo-locales).
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
    },
    /// Rewrite .ftl files in the fluent-syntax serializer's canonical layout.
    Fmt {
        /// Change nothing; exit 1 if a file would change.
        #[arg(long)]
        check: bool,
        /// Which locales.
        #[command(flatten)]
        selection: LocaleSelection,
        /// Output format.
        #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
    },
    /// Write a locale as XLIFF 2.0 or PO for a translation tool.
    Export {
        /// The locale.
        #[arg(long, value_name = "TAG")]
        locale: String,
        /// The file format.
        #[arg(long, value_enum)]
        format: interchange::Format,
        /// Output file (default: standard output).
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Read translations back from an XLIFF 2.0 or PO file; writes nothing if the result
    /// fails `check`.
    Import {
        /// The .xlf or .po file.
        file: PathBuf,
        /// The locale (default: the file's target language).
        #[arg(long, value_name = "TAG")]
        locale: Option<String>,
        /// Output format of the findings.
        #[arg(long, value_enum, default_value_t = FindingFormat::Text)]
        format: FindingFormat,
    },
}

/// Runs the tool with `args` (the program name first), printing to stdout and stderr.
pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(err) => {
            let _ = err.print();
            return ExitCode::from(u8::try_from(err.exit_code()).unwrap_or(2));
        }
    };
    match execute(cli) {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::from(2)
        }
    }
}

fn print(text: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        // A closed pipe (`| head`) is not an error of the tool.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Error::io(
            std::path::Path::new("<stdout>"),
            "cannot write",
            e,
        )),
        Ok(()) => Ok(()),
    }
}

fn json(value: &impl serde::Serialize) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}

fn execute(cli: Cli) -> Result<u8> {
    let config = Config::discover(cli.config.as_deref())?;
    match cli.command {
        Command::Check { selection, format } => {
            let other_base = selection.l10n_base.is_some();
            let outcome = check::run(&config, &selection.locales, selection.l10n_base)?;
            print(&report::render(
                &outcome.findings,
                &outcome.sources,
                outcome.statuses.len(),
                format,
            ))?;
            let failed = outcome
                .findings
                .iter()
                .any(|f| f.severity == Severity::Error);
            // The baked tables are checked only for the shipped tree, not for another base.
            let freshness = if other_base {
                bake::Freshness::Current
            } else {
                bake::freshness(&config)
            };
            print(&bake::report(&freshness))?;
            let current = matches!(freshness, bake::Freshness::Current);
            Ok(u8::from(failed || !current))
        }
        Command::Bake { check } => {
            if check {
                let freshness = bake::freshness(&config);
                match freshness {
                    bake::Freshness::Current => print("l10n bake: the baked tables are current\n")?,
                    _ => print(&bake::report(&freshness))?,
                }
                return Ok(u8::from(!matches!(freshness, bake::Freshness::Current)));
            }
            match bake::write(&config) {
                Ok(written) => {
                    let mut text = String::new();
                    for file in &written {
                        text.push_str(&format!("wrote {}\n", file.display()));
                    }
                    text.push_str(&format!("l10n bake: {} file(s) changed\n", written.len()));
                    print(&text)?;
                    Ok(0)
                }
                Err(message) => {
                    eprintln!("error: {message}");
                    Ok(1)
                }
            }
        }
        Command::Status {
            selection,
            format,
            min_coverage,
        } => {
            let outcome = check::run(&config, &selection.locales, selection.l10n_base)?;
            print(&status::render(&outcome.statuses, format, min_coverage))?;
            Ok(u8::from(
                !status::below(&outcome.statuses, min_coverage).is_empty(),
            ))
        }
        Command::MarkCurrent {
            locale,
            all,
            ids,
            format,
        } => {
            let stamped = stamp::mark_current(&config, &locale, all, &ids)?;
            match format {
                OutputFormat::Json => print(&json(&stamped))?,
                OutputFormat::Text => {
                    let mut text = format!(
                        "{}: marked {} translation(s) current",
                        stamped.locale,
                        stamped.stamped.len()
                    );
                    if !stamped.removed.is_empty() {
                        text.push_str(&format!(
                            ", forgot {} that no longer exist",
                            stamped.removed.len()
                        ));
                    }
                    text.push('\n');
                    print(&text)?;
                }
            }
            Ok(0)
        }
        Command::NewLocale { tag, format } => {
            let created = scaffold::new_locale(&config, &tag)?;
            match format {
                OutputFormat::Json => print(&json(&created))?,
                OutputFormat::Text => {
                    let mut text = format!("{}: created\n", created.locale);
                    for file in &created.files {
                        text.push_str(&format!("  {file}\n"));
                    }
                    text.push_str(
                        "Translate each commented-out message: remove its `# ` and replace the \
                         English text. `cargo l10n status` shows the progress.\n",
                    );
                    print(&text)?;
                }
            }
            Ok(0)
        }
        Command::Pseudo { out, format } => {
            let written = pseudo::generate(&config, out.as_deref())?;
            let shown: Vec<String> = written.iter().map(|p| config.display(p)).collect();
            match format {
                OutputFormat::Json => print(&json(&serde_json::json!({ "files": shown })))?,
                OutputFormat::Text => {
                    let mut text = String::new();
                    for file in &shown {
                        text.push_str(&format!("wrote {file}\n"));
                    }
                    print(&text)?;
                }
            }
            Ok(0)
        }
        Command::Fmt {
            check,
            selection,
            format,
        } => {
            let layout = Layout::new(&config, selection.l10n_base);
            let locales = layout.locales(&selection.locales)?;
            let results = format::run(&layout, &locales, check)?;
            let changed = results.iter().filter(|r| r.state == "changed").count();
            let refused = results.iter().filter(|r| r.state == "refused").count();
            match format {
                OutputFormat::Json => print(&json(&serde_json::json!({ "files": results })))?,
                OutputFormat::Text => {
                    let mut text = String::new();
                    for result in &results {
                        match (result.state, check) {
                            ("changed", true) => {
                                text.push_str(&format!("would reformat {}\n", result.file));
                            }
                            ("changed", false) => {
                                text.push_str(&format!("reformatted {}\n", result.file));
                            }
                            ("refused", _) => text.push_str(&format!(
                                "cannot format {}: {}\n",
                                result.file,
                                result.reason.as_deref().unwrap_or("")
                            )),
                            _ => {}
                        }
                    }
                    let verb = if check { "would change" } else { "changed" };
                    text.push_str(&format!(
                        "l10n fmt: {} file(s), {changed} {verb}, {refused} not formattable\n",
                        results.len()
                    ));
                    print(&text)?;
                }
            }
            Ok(u8::from(refused > 0 || (check && changed > 0)))
        }
        Command::Export {
            locale,
            format,
            output,
        } => {
            let text = interchange::export_text(&config, &locale, format)?;
            match output {
                Some(path) => crate::files::write_atomic(&path, &text)?,
                None => print(&text)?,
            }
            Ok(0)
        }
        Command::Import {
            file,
            locale,
            format,
        } => {
            let outcome = interchange::import(&config, &file, locale.as_deref())?;
            let mut text = String::new();
            if !outcome.check.findings.is_empty() || format != FindingFormat::Text {
                text.push_str(&report::render(
                    &outcome.check.findings,
                    &outcome.check.sources,
                    1,
                    format,
                ));
            }
            if format == FindingFormat::Text {
                if outcome.written {
                    text.push_str(&format!(
                        "{}: imported {} changed text(s) into {} file(s); {} marked current\n",
                        outcome.locale,
                        outcome.changed_units.len(),
                        outcome.changed_files.len(),
                        outcome.stamped.len()
                    ));
                    if !outcome.outdated_source.is_empty() {
                        text.push_str(&format!(
                            "note: {} unit(s) were translated from an older en-US text and stay \
                             stale: {}\n",
                            outcome.outdated_source.len(),
                            outcome.outdated_source.join(", ")
                        ));
                    }
                } else {
                    text.push_str(&format!(
                        "{}: nothing written: the imported translations fail `check` (errors above)\n",
                        outcome.locale
                    ));
                }
            }
            print(&text)?;
            Ok(u8::from(!outcome.written))
        }
    }
}
