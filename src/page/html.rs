//! The HTML page.

use super::{push_escaped, Parts, Sourced};
use crate::catalog::Locale;
use crate::scheme::PageMessage;

/// The style sheet, inlined; its hash is in the Content-Security-Policy.
pub(crate) const STYLE: &str = include_str!("style.css");

/// Adds `lang` and `dir` when the text's locale is not the page's, so that text from a
/// fallback locale is read and shaped in its own language.
fn push_lang_dir(out: &mut String, text_locale: Locale<'_>, page: Locale<'_>) {
    if text_locale != page {
        out.push_str(" lang=\"");
        push_escaped(out, text_locale.tag());
        out.push_str("\" dir=\"");
        out.push_str(text_locale.direction().as_html());
        out.push('"');
    }
}

/// Opens an element, with its language where that differs from the page's.
fn open(
    out: &mut String,
    tag: &str,
    class: Option<&str>,
    text_locale: Locale<'_>,
    page: Locale<'_>,
) {
    out.push('<');
    out.push_str(tag);
    if let Some(class) = class {
        out.push_str(" class=\"");
        out.push_str(class);
        out.push('"');
    }
    push_lang_dir(out, text_locale, page);
    out.push('>');
}

fn element(out: &mut String, tag: &str, class: Option<&str>, text: &Sourced<'_>, page: Locale<'_>) {
    open(out, tag, class, text.locale, page);
    push_escaped(out, text.text);
    out.push_str("</");
    out.push_str(tag);
    out.push_str(">\n");
}

pub(crate) fn render(parts: &Parts<'_>) -> String {
    let page = parts.locale;
    let mut out = String::with_capacity(4096);
    out.push_str("<!DOCTYPE html>\n<html lang=\"");
    push_escaped(&mut out, page.tag());
    out.push_str("\" dir=\"");
    out.push_str(page.direction().as_html());
    out.push_str("\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<meta name=\"color-scheme\" content=\"light dark\">\n");
    out.push_str("<meta name=\"robots\" content=\"noindex\">\n<title>");
    out.push_str(itoa_code(parts.code).as_str());
    if let Some(title) = parts.title() {
        out.push(' ');
        push_escaped(&mut out, title.text);
    }
    out.push_str("</title>\n<style>");
    out.push_str(STYLE);
    out.push_str("</style>\n");
    #[cfg(feature = "themes")]
    if let Some(theme) = parts.theme.filter(|theme| !theme.style().is_empty()) {
        // The theme's accent and CSS: validated, hashed into the theme's CSP.
        out.push_str("<style>");
        out.push_str(theme.style());
        out.push_str("</style>\n");
    }
    out.push_str("</head>\n<body>\n<main>\n");
    #[cfg(feature = "themes")]
    if let Some(theme) = parts.theme {
        theme.push_header(&mut out);
    }

    let label = parts
        .page_text(PageMessage::ErrorLabel)
        .unwrap_or_else(|| (itoa_code(parts.code), page));
    element(
        &mut out,
        "p",
        Some("label"),
        &Sourced {
            text: &label.0,
            locale: label.1,
        },
        page,
    );
    if let Some(title) = parts.title() {
        element(&mut out, "h1", None, &title, page);
    }
    if let Some(advice) = parts.advice() {
        element(&mut out, "p", Some("advice"), &advice, page);
    }
    if let Some(detail) = parts.detail {
        out.push_str("<section class=\"detail\">\n");
        if let Some((heading, locale)) = parts.page_text(PageMessage::Details) {
            element(
                &mut out,
                "h2",
                None,
                &Sourced {
                    text: &heading,
                    locale,
                },
                page,
            );
        }
        // The application's own text: its language is unknown, so it gets none, and its
        // direction is taken from its first strong character (an English detail on an
        // Arabic page keeps its full stop on the right).
        out.push_str("<p dir=\"auto\">");
        push_escaped(&mut out, detail);
        out.push_str("</p>\n</section>\n");
    }
    if let Some((link, locale)) = parts.page_text(PageMessage::HomeLink) {
        out.push_str("<p><a href=\"");
        push_escaped(&mut out, parts.home_url);
        out.push('"');
        push_lang_dir(&mut out, locale, page);
        out.push('>');
        push_escaped(&mut out, &link);
        out.push_str("</a></p>\n");
    }
    if let Some(description) = parts.description() {
        out.push_str("<details>\n");
        if let Some((summary, locale)) = parts.page_text(PageMessage::TechnicalInfo) {
            element(
                &mut out,
                "summary",
                None,
                &Sourced {
                    text: &summary,
                    locale,
                },
                page,
            );
        }
        element(&mut out, "p", None, &description, page);
        out.push_str("<p lang=\"en\" dir=\"ltr\">HTTP ");
        out.push_str(itoa_code(parts.code).as_str());
        if let Some(phrase) = parts.reason_phrase {
            out.push(' ');
            push_escaped(&mut out, phrase);
        }
        out.push_str("</p>\n</details>\n");
    }
    if parts.uses_fallback() {
        if let Some((note, locale)) = parts.page_text(PageMessage::FallbackNote) {
            element(
                &mut out,
                "p",
                Some("note"),
                &Sourced {
                    text: &note,
                    locale,
                },
                page,
            );
        }
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

fn itoa_code(code: u16) -> String {
    code.to_string()
}
