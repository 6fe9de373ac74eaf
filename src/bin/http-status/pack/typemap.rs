//! Apache httpd type maps (`pages/<code>.var`, handler `type-map`): one variant per locale
//! and format, so that mod_negotiation picks the language from `Accept-Language` with its
//! q-values and the format from `Accept`.
//!
//! mod_negotiation matches a language range against a variant's languages exactly or by
//! prefix (`zh` matches `zh-HK`); it knows no CLDR chains. So each [`Alias`] (`zh-MO`) is a
//! variant of its own that points at its target's file (`404.zh-HK.html`), and `zh` points
//! at zh-CN. HTML is preferred (`qs`) when the client accepts every format equally.

use super::{extension, Alias, FORMATS};
use http_status_i18n::Format;

/// The source quality of each format: HTML first for `*/*`, then problem+json, then text.
fn source_quality(format: Format) -> &'static str {
    match format {
        Format::Html => "1.0",
        Format::ProblemJson => "0.9",
        _ => "0.8",
    }
}

/// The media type of a variant, without parameters (mod_negotiation compares it with
/// `Accept`; `AddType` in the configuration gives the charset).
fn media_type(format: Format) -> &'static str {
    match format {
        Format::Html => "text/html",
        Format::ProblemJson => "application/problem+json",
        _ => "text/plain",
    }
}

fn push_variant(out: &mut String, file: &str, media: &str, qs: &str, language: &str) {
    out.push_str("URI: ");
    out.push_str(file);
    out.push_str("\nContent-type: ");
    out.push_str(media);
    out.push_str("; qs=");
    out.push_str(qs);
    out.push_str("\nContent-language: ");
    out.push_str(language);
    out.push_str("\n\n");
}

/// The type map of `code`: each pack tag, then each alias, in every format. A client that
/// asks for `application/json` gets the problem+json file too (a variant typed
/// `application/json` with a lower source quality; the configuration sends it as
/// `application/problem+json`).
pub(crate) fn render(code: u16, tags: &[&str], aliases: &[Alias]) -> String {
    let mut out = String::new();
    let entries = tags
        .iter()
        .map(|&tag| (tag, tag))
        .chain(aliases.iter().map(|a| (a.tag.as_str(), a.target)));
    for (language, file_tag) in entries {
        for format in FORMATS {
            let file = format!("{code}.{file_tag}.{}", extension(format));
            let qs = source_quality(format);
            push_variant(&mut out, &file, media_type(format), qs, language);
            if format == Format::ProblemJson {
                push_variant(&mut out, &file, "application/json", "0.85", language);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_tag_and_alias_has_every_format() {
        let aliases = [Alias {
            tag: "zh-MO".into(),
            target: "zh-HK",
        }];
        let map = render(404, &["en-US", "zh-HK"], &aliases);
        let records: Vec<&str> = map.split("\n\n").filter(|r| !r.is_empty()).collect();
        assert_eq!(records.len(), 3 * 4);
        assert!(map.contains(
            "URI: 404.zh-HK.html\nContent-type: text/html; qs=1.0\nContent-language: zh-MO\n"
        ));
        assert!(map.contains(
            "URI: 404.en-US.json\nContent-type: application/problem+json; qs=0.9\nContent-language: en-US\n"
        ));
        assert!(
            !map.contains("404.zh-MO."),
            "aliases point at their target's files"
        );
    }
}
