//! RFC 9457 problem details.

use serde::Serialize;

use super::Parts;

#[derive(Serialize)]
struct Problem<'p> {
    /// `about:blank`: the problem is the status code itself.
    #[serde(rename = "type")]
    kind: &'static str,
    /// The localized title of the status (RFC 9457 section 4.2.1 allows localizing it).
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'p str>,
    status: u16,
    /// The application's detail, else the localized advice, else the description.
    #[serde(skip_serializing_if = "Option::is_none")]
    detail: Option<&'p str>,
}

pub(crate) fn render(parts: &Parts<'_>) -> String {
    let detail = parts
        .detail
        .or_else(|| parts.advice().map(|a| a.text))
        .or_else(|| parts.description().map(|d| d.text));
    let problem = Problem {
        kind: "about:blank",
        title: parts.title().map(|t| t.text),
        status: parts.code,
        detail,
    };
    // Serializing strings and numbers into a String cannot fail.
    serde_json::to_string(&problem).unwrap_or_else(|_| String::from("{}"))
}
