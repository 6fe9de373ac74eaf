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

#[cfg(test)]
mod tests {
    use super::push_escaped;

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
