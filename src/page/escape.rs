//! HTML escaping of every piece of text that goes into a page.

/// Appends `text` to `out`, escaped for HTML text and for attribute values in double or
/// single quotes: `&`, `<`, `>`, `"` and `'` become character references, so that no input
/// (a translation, an override or an application's detail) can open a tag or end an
/// attribute.
pub(crate) fn push_escaped(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(i) = rest.find(['&', '<', '>', '"', '\'']) {
        let (plain, special) = rest.split_at(i);
        out.push_str(plain);
        let mut chars = special.chars();
        out.push_str(match chars.next() {
            Some('&') => "&amp;",
            Some('<') => "&lt;",
            Some('>') => "&gt;",
            Some('"') => "&quot;",
            _ => "&#39;",
        });
        rest = chars.as_str();
    }
    out.push_str(rest);
}

/// Appends `text` to `out` as a JSON string (RFC 8259 section 7): quotes and backslashes
/// escaped, control characters as `\n`, `\t` ... or `\u00XX`; everything else as it is.
/// The same bytes serde_json writes (a test compares them).
pub(crate) fn push_json_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if u32::from(c) < 0x20 => {
                use std::fmt::Write;
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::{push_escaped, push_json_string};

    #[test]
    fn json_strings_are_escaped_as_rfc_8259_requires() {
        let mut out = String::new();
        push_json_string(&mut out, "a\"b\\c\nd\u{1}\u{1f}é</script>\u{7f}");
        assert_eq!(out, "\"a\\\"b\\\\c\\nd\\u0001\\u001fé</script>\u{7f}\"");
    }

    #[test]
    fn escapes_every_character_that_could_open_markup_or_end_an_attribute() {
        let mut out = String::new();
        push_escaped(&mut out, "<script>alert('x&y')</script> \"q\"");
        assert_eq!(
            out,
            "&lt;script&gt;alert(&#39;x&amp;y&#39;)&lt;/script&gt; &quot;q&quot;"
        );
        let mut plain = String::new();
        push_escaped(&mut plain, "未找到 – ok");
        assert_eq!(plain, "未找到 – ok");
    }
}
