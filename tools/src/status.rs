//! `status`: per locale, translated / missing / stale / obsolete counts and coverage, as a
//! table with bars, Markdown or JSON.

use std::fmt::Write;

use serde::Serialize;

use crate::check::LocaleStatus;

/// How `status` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
#[non_exhaustive]
pub enum StatusFormat {
    /// An aligned table with a coverage bar.
    Text,
    /// A Markdown table (for a pull request or a wiki page).
    Markdown,
    /// `{"locales": [...], "summary": {...}}`.
    Json,
}

/// Width of the coverage bar in characters.
const BAR_WIDTH: usize = 20;

/// A coverage bar: `█` for covered twentieths, `░` for the rest.
///
/// ```
/// assert_eq!(l10n::status::bar(50.0), "██████████░░░░░░░░░░");
/// assert_eq!(l10n::status::bar(99.9), "███████████████████░");
/// ```
pub fn bar(coverage: f64) -> String {
    let full = ((coverage / 100.0) * BAR_WIDTH as f64).floor() as usize;
    let full = full.min(BAR_WIDTH);
    format!("{}{}", "█".repeat(full), "░".repeat(BAR_WIDTH - full))
}

#[derive(Serialize)]
struct JsonLocale<'a> {
    #[serde(flatten)]
    status: &'a LocaleStatus,
    coverage: f64,
}

#[derive(Serialize)]
struct JsonStatus<'a> {
    locales: Vec<JsonLocale<'a>>,
    summary: JsonSummary<'a>,
}

#[derive(Serialize)]
struct JsonSummary<'a> {
    locales: usize,
    min_coverage: Option<f64>,
    below_min_coverage: Vec<&'a str>,
}

/// The locales whose coverage is below `min`.
pub fn below(statuses: &[LocaleStatus], min: Option<f64>) -> Vec<&str> {
    match min {
        Some(min) => statuses
            .iter()
            .filter(|s| s.coverage() < min)
            .map(|s| s.locale.as_str())
            .collect(),
        None => Vec::new(),
    }
}

fn percent(coverage: f64) -> String {
    // Never round up to 100.0% while something is missing.
    let tenths = (coverage * 10.0).floor() / 10.0;
    format!("{tenths:.1}%")
}

/// Renders the statuses.
pub fn render(statuses: &[LocaleStatus], format: StatusFormat, min: Option<f64>) -> String {
    let failing = below(statuses, min);
    let mut out = String::new();
    match format {
        StatusFormat::Json => {
            let doc = JsonStatus {
                locales: statuses
                    .iter()
                    .map(|status| JsonLocale {
                        status,
                        coverage: (status.coverage() * 10.0).floor() / 10.0,
                    })
                    .collect(),
                summary: JsonSummary {
                    locales: statuses.len(),
                    min_coverage: min,
                    below_min_coverage: failing,
                },
            };
            out = serde_json::to_string_pretty(&doc).unwrap_or_default();
            out.push('\n');
        }
        StatusFormat::Markdown => {
            out.push_str("| locale | translated | missing | stale | obsolete | coverage |\n");
            out.push_str("|:--|--:|--:|--:|--:|:--|\n");
            for s in statuses {
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {} | {} | {} `{}` |",
                    s.locale,
                    s.translated,
                    s.missing,
                    s.stale,
                    s.obsolete,
                    percent(s.coverage()),
                    bar(s.coverage())
                );
            }
        }
        StatusFormat::Text => {
            let width = statuses
                .iter()
                .map(|s| s.locale.len())
                .chain([6])
                .max()
                .unwrap_or(6);
            let _ = writeln!(
                out,
                "{:width$}  translated  missing  stale  obsolete  coverage",
                "locale"
            );
            for s in statuses {
                let _ = writeln!(
                    out,
                    "{:width$}  {:>10}  {:>7}  {:>5}  {:>8}  {:>6}  {}",
                    s.locale,
                    s.translated,
                    s.missing,
                    s.stale,
                    s.obsolete,
                    percent(s.coverage()),
                    bar(s.coverage())
                );
            }
            if let Some(min) = min {
                if failing.is_empty() {
                    let _ = writeln!(out, "every locale has at least {min}% coverage");
                } else {
                    let _ = writeln!(out, "below {min}% coverage: {}", failing.join(", "));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status(locale: &str, translated: usize, missing: usize) -> LocaleStatus {
        LocaleStatus {
            locale: locale.into(),
            total: translated + missing,
            translated,
            missing,
            stale: 0,
            obsolete: 0,
        }
    }

    #[test]
    fn coverage_is_rounded_down_so_that_incomplete_is_never_100() {
        assert_eq!(percent(status("de", 999, 1).coverage()), "99.9%");
        assert_eq!(percent(status("de", 1999, 1).coverage()), "99.9%");
        assert_eq!(
            below(&[status("de", 1, 1), status("fr", 2, 0)], Some(60.0)),
            ["de"]
        );
    }

    #[test]
    fn the_markdown_table_has_one_row_per_locale() {
        let text = render(&[status("de", 3, 1)], StatusFormat::Markdown, None);
        assert_eq!(
            text.lines().nth(2).unwrap(),
            "| de | 3 | 1 | 0 | 0 | 75.0% `███████████████░░░░░` |"
        );
    }
}
