//! The access log: one logfmt line per request on stderr, such as
//!
//! ```text
//! time=2026-12-06T13:50:53.123Z method=GET path="/404.html" code=404 status=404 locale=de format=html encoding=gzip bytes=4711 duration_us=87 request_id="abc-123"
//! ```
//!
//! Values that come from the request (`method`, `path`, `request_id`) are quoted, with
//! `"` and `\` escaped, every byte outside visible ASCII written as `\xNN`, and cut at
//! [`MAX_LOGGED_PATH`] bytes, so that no request can forge or break a line.

use std::fmt::Write as _;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::Format;

/// The most bytes of a request's path (with its query) that are logged.
pub const MAX_LOGGED_PATH: usize = 256;

/// What one access-log line says.
#[derive(Debug, Clone)]
pub(crate) struct Record<'r> {
    pub(crate) time: SystemTime,
    pub(crate) method: &'r str,
    pub(crate) path: &'r str,
    pub(crate) code: u16,
    pub(crate) status: u16,
    pub(crate) locale: &'r str,
    pub(crate) format: Option<Format>,
    pub(crate) encoding: &'r str,
    pub(crate) bytes: usize,
    pub(crate) duration: Duration,
    pub(crate) request_id: Option<&'r str>,
}

impl Record<'_> {
    /// The line, with its newline.
    pub(crate) fn line(&self) -> String {
        let mut out = String::with_capacity(192);
        out.push_str("time=");
        push_rfc3339(&mut out, self.time);
        out.push_str(" method=");
        push_quoted(&mut out, self.method);
        out.push_str(" path=");
        push_quoted(&mut out, self.path);
        let format = match self.format {
            Some(Format::Html) => "html",
            Some(Format::Text) => "text",
            Some(Format::ProblemJson) => "problem+json",
            None => "-",
        };
        let _ = write!(out, " code={} status={} locale=", self.code, self.status);
        push_quoted(
            &mut out,
            if self.locale.is_empty() {
                "-"
            } else {
                self.locale
            },
        );
        let _ = write!(
            out,
            " format={format} encoding={} bytes={} duration_us={}",
            self.encoding,
            self.bytes,
            self.duration.as_micros()
        );
        if let Some(id) = self.request_id {
            out.push_str(" request_id=");
            push_quoted(&mut out, id);
        }
        out.push('\n');
        out
    }
}

/// `value` in double quotes, escaped as the module says, cut at [`MAX_LOGGED_PATH`]
/// bytes of input (a cut value ends in `...`).
fn push_quoted(out: &mut String, value: &str) {
    out.push('"');
    for (i, byte) in value.bytes().enumerate() {
        if i == MAX_LOGGED_PATH {
            out.push_str("...");
            break;
        }
        match byte {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b' '..=b'~' => out.push(char::from(byte)),
            _ => {
                let _ = write!(out, "\\x{byte:02x}");
            }
        }
    }
    out.push('"');
}

/// `time` as an RFC 3339 UTC timestamp with milliseconds.
fn push_rfc3339(out: &mut String, time: SystemTime) {
    let since = time.duration_since(UNIX_EPOCH).unwrap_or_default();
    let seconds = since.as_secs();
    let (year, month, day) = civil_from_days(seconds / 86_400);
    let of_day = seconds % 86_400;
    let _ = write!(
        out,
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{:03}Z",
        of_day / 3600,
        of_day % 3600 / 60,
        of_day % 60,
        since.subsec_millis()
    );
}

/// The proleptic Gregorian date of a day count since 1970-01-01 (Howard Hinnant's
/// `civil_from_days`, for days on or after the epoch).
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let day_of_era = z % 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = year_of_era + era * 400 + u64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(path: &str) -> Record<'_> {
        Record {
            time: UNIX_EPOCH + Duration::from_millis(1_796_565_053_123),
            method: "GET",
            path,
            code: 404,
            status: 200,
            locale: "zh-TW",
            format: Some(Format::ProblemJson),
            encoding: "br",
            bytes: 321,
            duration: Duration::from_micros(87),
            request_id: Some("a\"b"),
        }
    }

    #[test]
    fn a_line_has_every_field_in_logfmt() {
        assert_eq!(
            record("/404.json?lang=de").line(),
            "time=2026-12-06T13:50:53.123Z method=\"GET\" path=\"/404.json?lang=de\" \
             code=404 status=200 locale=\"zh-TW\" format=problem+json encoding=br bytes=321 \
             duration_us=87 request_id=\"a\\\"b\"\n"
        );
    }

    #[test]
    fn request_values_cannot_break_the_line() {
        let line = record("/x\"y\\z\n\u{1b}[31mé").line();
        assert!(
            line.contains(r#"path="/x\"y\\z\x0a\x1b[31m\xc3\xa9""#),
            "{line}"
        );
        assert_eq!(line.matches('\n').count(), 1);
        let long = "/".repeat(10_000);
        let line = record(&long).line();
        assert!(line.len() < MAX_LOGGED_PATH + 300, "{}", line.len());
        assert!(line.contains("/...\""));
    }

    #[test]
    fn dates_follow_the_gregorian_calendar() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        assert_eq!(civil_from_days(11_017), (2000, 3, 1));
        assert_eq!(civil_from_days(20_793), (2026, 12, 6));
        assert_eq!(civil_from_days(47_540), (2100, 2, 28));
        assert_eq!(civil_from_days(47_541), (2100, 3, 1));
    }
}
