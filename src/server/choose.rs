//! The rules that read a request: which status code, which format, which request ID. Pure
//! functions over strings, so that the rules are tested (and fuzzed) without a socket.

use crate::Format;

/// The longest `X-Request-ID` that is echoed; a longer one is dropped, not cut.
pub const MAX_REQUEST_ID_LEN: usize = 128;

/// A path that names a page: `/404`, `/404.html`, `/404.json` or `/404.txt`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PagePath {
    /// The three digits of the path, whatever their value (checked by [`error_code`]).
    pub(crate) number: u16,
    /// The format named by the extension, if there is one.
    pub(crate) format: Option<Format>,
}

/// The page a path names, or `None` for any other path (then `X-Code` and the default
/// code decide). Exactly three ASCII digits after the `/`, then nothing or one of the
/// extensions `.html`, `.json`, `.txt`.
pub(crate) fn page_path(path: &str) -> Option<PagePath> {
    let name = path.strip_prefix('/')?;
    let (stem, format) = match name.split_once('.') {
        None => (name, None),
        Some((stem, "html")) => (stem, Some(Format::Html)),
        Some((stem, "json")) => (stem, Some(Format::ProblemJson)),
        Some((stem, "txt")) => (stem, Some(Format::Text)),
        Some(_) => return None,
    };
    Some(PagePath {
        number: three_digits(stem)?,
        format,
    })
}

/// The number in `text` if it is exactly three ASCII digits.
fn three_digits(text: &str) -> Option<u16> {
    if text.len() != 3 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// The code of an `X-Code` header (surrounding spaces allowed), if it is three digits.
pub(crate) fn header_code(value: &str) -> Option<u16> {
    three_digits(value.trim())
}

/// `number` if it is a client or server error (400..=599): the codes an error page is
/// for. Anything else (a 200, a 302, 099) is replaced by the default code.
pub(crate) fn error_code(number: u16) -> Option<u16> {
    (400..=599).contains(&number).then_some(number)
}

/// The format from the path's extension, else from `X-Format` (which ingress-nginx fills
/// with the original request's `Accept`), else from `Accept`; both headers are read by
/// [`negotiate::preferred_format`](crate::negotiate::preferred_format). An empty
/// `X-Format` counts as absent.
pub(crate) fn format(extension: Option<Format>, x_format: &str, accept: &str) -> Format {
    if let Some(format) = extension {
        return format;
    }
    let list = if x_format.trim().is_empty() {
        accept
    } else {
        x_format
    };
    crate::negotiate::preferred_format(list)
}

/// The `X-Request-ID` to echo: 1 to [`MAX_REQUEST_ID_LEN`] bytes of visible ASCII
/// (`!` to `~`); anything else is dropped whole.
pub(crate) fn request_id(value: &[u8]) -> Option<&str> {
    let visible = value.iter().all(|b| (b'!'..=b'~').contains(b));
    if value.is_empty() || value.len() > MAX_REQUEST_ID_LEN || !visible {
        return None;
    }
    std::str::from_utf8(value).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_path_is_three_digits_and_an_optional_known_extension() {
        let cases = [
            ("/404", Some((404, None))),
            ("/404.html", Some((404, Some(Format::Html)))),
            ("/503.json", Some((503, Some(Format::ProblemJson)))),
            ("/418.txt", Some((418, Some(Format::Text)))),
            ("/200", Some((200, None))),
            ("/999.txt", Some((999, Some(Format::Text)))),
            ("/", None),
            ("/404.xml", None),
            ("/404.html.txt", None),
            ("/4040", None),
            ("/40", None),
            ("/+40", None),
            ("/404/", None),
            ("/errors/404", None),
            ("404", None),
            ("/٤٠٤", None),
        ];
        for (path, expected) in cases {
            let found = page_path(path).map(|p| (p.number, p.format));
            assert_eq!(found, expected, "{path:?}");
        }
    }

    #[test]
    fn only_client_and_server_errors_are_page_codes() {
        assert_eq!(error_code(400), Some(400));
        assert_eq!(error_code(599), Some(599));
        assert_eq!(error_code(399), None);
        assert_eq!(error_code(200), None);
        assert_eq!(error_code(600), None);
        assert_eq!(header_code(" 502 "), Some(502));
        assert_eq!(header_code("5O2"), None);
        assert_eq!(header_code("5020"), None);
    }

    #[test]
    fn the_extension_wins_then_x_format_then_accept() {
        assert_eq!(
            format(Some(Format::Text), "application/json", "text/html"),
            Format::Text
        );
        assert_eq!(
            format(None, "application/json", "text/plain"),
            Format::ProblemJson
        );
        assert_eq!(format(None, "  ", "text/plain"), Format::Text);
        assert_eq!(format(None, "", ""), Format::Html);
    }

    #[test]
    fn a_request_id_is_short_visible_ascii_or_nothing() {
        assert_eq!(request_id(b"abc-123"), Some("abc-123"));
        assert_eq!(request_id(b"<script>"), Some("<script>"));
        assert_eq!(request_id(b""), None);
        assert_eq!(request_id(b"has space"), None);
        assert_eq!(request_id("é".as_bytes()), None);
        assert_eq!(request_id(b"tab\there"), None);
        let longest = "a".repeat(MAX_REQUEST_ID_LEN);
        assert_eq!(request_id(longest.as_bytes()), Some(longest.as_str()));
        let too_long = "a".repeat(MAX_REQUEST_ID_LEN + 1);
        assert_eq!(request_id(too_long.as_bytes()), None);
    }
}
