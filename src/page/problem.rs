//! RFC 9457 problem details, written directly (members in a fixed order, strings escaped
//! as RFC 8259 requires), so that pages need no JSON library.

use super::escape::push_json_string;
use super::Parts;

pub(crate) fn render(parts: &Parts<'_>) -> String {
    // The application's detail, else the localized advice, else the description.
    let detail = parts
        .detail
        .or_else(|| parts.advice().map(|a| a.text))
        .or_else(|| parts.description().map(|d| d.text));
    let mut out = String::with_capacity(256);
    // `about:blank`: the problem is the status code itself.
    out.push_str("{\"type\":\"about:blank\"");
    // The localized title of the status (RFC 9457 section 4.2.1 allows localizing it).
    if let Some(title) = parts.title() {
        out.push_str(",\"title\":");
        push_json_string(&mut out, title.text);
    }
    out.push_str(",\"status\":");
    out.push_str(&parts.code.to_string());
    if let Some(detail) = detail {
        out.push_str(",\"detail\":");
        push_json_string(&mut out, detail);
    }
    out.push('}');
    out
}
