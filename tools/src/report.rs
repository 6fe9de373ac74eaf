//! Printing findings: rustc-like text with the source line and a caret, JSON
//! (`{"findings": [...], "summary": {...}}`), or GitHub Actions annotations.

use std::collections::BTreeMap;
use std::fmt::Write;

use serde::Serialize;

use crate::finding::{Finding, Severity, Summary};

/// How findings are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
#[non_exhaustive]
pub enum FindingFormat {
    /// rustc-like diagnostics with the source line and a caret.
    Text,
    /// `{"findings": [...], "summary": {...}}`.
    Json,
    /// GitHub Actions workflow commands (`::error file=...`).
    Github,
}

/// The JSON document of `check`.
#[derive(Debug, Serialize)]
#[non_exhaustive]
pub struct JsonReport<'a> {
    /// Every finding.
    pub findings: &'a [Finding],
    /// Counts.
    pub summary: JsonSummary,
}

/// The `summary` object of the JSON output.
#[derive(Debug, Serialize)]
#[non_exhaustive]
pub struct JsonSummary {
    /// Findings at error level.
    pub errors: usize,
    /// Findings at warning level.
    pub warnings: usize,
    /// Findings at info level.
    pub infos: usize,
    /// Locales checked (the reference not counted).
    pub locales: usize,
    /// Files read.
    pub files: usize,
}

/// Renders `findings` in `format`. `sources` maps displayed file names to their text
/// (for the source lines of the text format); `locales` is the number of locales checked.
pub fn render(
    findings: &[Finding],
    sources: &BTreeMap<String, String>,
    locales: usize,
    format: FindingFormat,
) -> String {
    let summary = Summary::of(findings);
    match format {
        FindingFormat::Json => {
            let report = JsonReport {
                findings,
                summary: JsonSummary {
                    errors: summary.errors,
                    warnings: summary.warnings,
                    infos: summary.infos,
                    locales,
                    files: sources.len(),
                },
            };
            let mut text = serde_json::to_string_pretty(&report).unwrap_or_default();
            text.push('\n');
            text
        }
        FindingFormat::Github => {
            let mut out = String::new();
            for finding in findings {
                let command = match finding.severity {
                    Severity::Error => "error",
                    Severity::Warning => "warning",
                    Severity::Info => "notice",
                };
                let mut properties = format!("file={}", escape_property(&finding.file));
                if let Some(line) = finding.line {
                    let _ = write!(properties, ",line={line}");
                }
                if let Some(column) = finding.column {
                    let _ = write!(properties, ",col={column}");
                }
                let _ = write!(
                    properties,
                    ",title={}",
                    escape_property(&format!("l10n {} ({})", finding.rule, finding.locale))
                );
                let _ = writeln!(
                    out,
                    "::{command} {properties}::{}",
                    escape_data(&finding.message)
                );
            }
            let _ = writeln!(out, "{}", summary_line(&summary, locales));
            out
        }
        FindingFormat::Text => {
            let mut out = String::new();
            for finding in findings {
                out.push_str(&text_finding(finding, sources));
                out.push('\n');
            }
            let _ = writeln!(out, "{}", summary_line(&summary, locales));
            out
        }
    }
}

/// `l10n: 2 errors, 1 warning (34 locales)` or `l10n: no findings (34 locales)`.
pub fn summary_line(summary: &Summary, locales: usize) -> String {
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    if summary.errors + summary.warnings + summary.infos == 0 {
        return format!("l10n: no findings ({})", plural(locales, "locale"));
    }
    let mut parts = vec![
        plural(summary.errors, "error"),
        plural(summary.warnings, "warning"),
    ];
    if summary.infos > 0 {
        parts.push(plural(summary.infos, "info"));
    }
    format!("l10n: {} ({})", parts.join(", "), plural(locales, "locale"))
}

/// One finding the way rustc shows a diagnostic.
pub fn text_finding(finding: &Finding, sources: &BTreeMap<String, String>) -> String {
    let mut out = format!(
        "{}[{}]: {}\n",
        finding.severity, finding.rule, finding.message
    );
    let place = match (finding.line, finding.column) {
        (Some(line), Some(column)) => format!("{}:{line}:{column}", finding.file),
        _ => finding.file.clone(),
    };
    let source_line = finding.line.and_then(|line| {
        sources
            .get(&finding.file)
            .and_then(|text| text.split('\n').nth(line as usize - 1))
    });
    let gutter = finding.line.map_or(1, |l| l.to_string().len());
    let pad = " ".repeat(gutter);
    let _ = writeln!(out, "{pad}--> {place}");
    if let (Some(line), Some(column), Some(source)) = (finding.line, finding.column, source_line) {
        let source = source.strip_suffix('\r').unwrap_or(source);
        let shown: String = source
            .chars()
            .map(|c| match c {
                '\t' => "    ".to_owned(),
                c if c.is_control() || crate::check::is_bidi_control(c) || c == '\u{feff}' => {
                    "\u{fffd}".to_owned()
                }
                c => c.to_string(),
            })
            .collect();
        let before: usize = source
            .chars()
            .take(column as usize - 1)
            .map(|c| if c == '\t' { 4 } else { 1 })
            .sum();
        let rest: Vec<char> = source.chars().skip(column as usize - 1).collect();
        let sigil = usize::from(rest.first() == Some(&'$'));
        let width = (sigil
            + rest
                .iter()
                .skip(sigil)
                .take_while(|c| c.is_alphanumeric() || **c == '-' || **c == '_')
                .count())
        .max(1);
        let _ = writeln!(out, "{pad} |");
        let _ = writeln!(out, "{line} | {shown}");
        let _ = writeln!(out, "{pad} | {}{}", " ".repeat(before), "^".repeat(width));
    }
    if let Some(note) = &finding.note {
        let _ = writeln!(out, "{pad} = note: {note}");
    }
    out
}

fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::Rule;

    fn finding() -> Finding {
        Finding {
            rule: Rule::Variables,
            severity: Severity::Error,
            locale: "de".into(),
            file: "locales/de/e.ftl".into(),
            line: Some(2),
            column: Some(30),
            id: Some("page-error-label".into()),
            message: "uses { $kode }, which en-US does not".into(),
            note: None,
        }
    }

    #[test]
    fn text_shows_the_source_line_with_a_caret_under_the_token() {
        let sources = BTreeMap::from([(
            "locales/de/e.ftl".to_owned(),
            "# c\npage-error-label = Fehler { $kode }\n".to_owned(),
        )]);
        let text = text_finding(&finding(), &sources);
        let expected = [
            "error[variables]: uses { $kode }, which en-US does not",
            " --> locales/de/e.ftl:2:30",
            "  |",
            "2 | page-error-label = Fehler { $kode }",
            "  |                              ^^^^",
            "",
        ];
        assert_eq!(text, expected.join("\n"));
    }

    #[test]
    fn github_annotations_escape_their_properties_and_data() {
        let mut f = finding();
        f.message = "50% done\nnext".into();
        let out = render(&[f], &BTreeMap::new(), 1, FindingFormat::Github);
        assert!(out.starts_with(
            "::error file=locales/de/e.ftl,line=2,col=30,title=l10n variables (de)::50%25 done%0Anext\n"
        ), "{out}");
    }
}
