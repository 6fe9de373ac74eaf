//! The plain-text page.

use super::Parts;
use crate::scheme::PageMessage;

/// Control characters other than line feed and tab would let a detail rewrite the
/// terminal or fake a line ending; they are shown as U+FFFD.
fn push_clean(out: &mut String, text: &str) {
    out.extend(text.chars().map(|c| {
        if c.is_control() && c != '\n' && c != '\t' {
            '\u{FFFD}'
        } else {
            c
        }
    }));
}

pub(crate) fn render(parts: &Parts<'_>) -> String {
    let mut out = String::with_capacity(1024);
    let code = parts.code.to_string();
    match parts.page_text(PageMessage::ErrorLabel) {
        Some((label, _)) => push_clean(&mut out, &label),
        None => out.push_str(&code),
    }
    if let Some(title) = parts.title() {
        out.push_str(": ");
        push_clean(&mut out, title.text);
    }
    out.push('\n');
    if let Some(advice) = parts.advice() {
        push_clean(&mut out, advice.text);
        out.push('\n');
    }
    if let Some(detail) = parts.detail {
        out.push('\n');
        if let Some((heading, _)) = parts.page_text(PageMessage::Details) {
            push_clean(&mut out, &heading);
            out.push_str(": ");
        }
        push_clean(&mut out, detail);
        out.push('\n');
    }
    out.push('\n');
    if let Some((label, _)) = parts.page_text(PageMessage::StatusCode) {
        push_clean(&mut out, &label);
        out.push_str(": ");
    }
    out.push_str(&code);
    if let Some(phrase) = parts.reason_phrase {
        out.push(' ');
        out.push_str(phrase);
    }
    out.push('\n');
    if let Some(description) = parts.description() {
        push_clean(&mut out, description.text);
        out.push('\n');
    }
    if let Some((link, _)) = parts.page_text(PageMessage::HomeLink) {
        push_clean(&mut out, &link);
        out.push_str(": ");
        push_clean(&mut out, parts.home_url);
        out.push('\n');
    }
    out
}
