//! The message scheme: which Fluent messages and attributes the catalogue has, which file
//! holds each, and where each message's texts sit in a locale's table.
//!
//! This is the one definition of the scheme. The bake, override loading and the
//! translators' tool (`cargo l10n check`) all ask this module; none of them spells a
//! message ID of its own.
//!
//! - `http-status.ftl` holds `http-NNN` for every code of the [`registry`],
//!   `http-1xx` to `http-5xx` for the classes and `http-unknown` for numbers outside
//!   100..=599. Each has a value (the title) and a `.description`; 4xx and 5xx codes, the
//!   4xx and 5xx classes and `http-unknown` also have `.advice`.
//! - `error-page.ftl` holds the `page-*` texts of an error page; only `page-error-label`
//!   takes a variable, `$code`.
//!
//! ```
//! use http_status_i18n::scheme::{self, Message};
//! assert_eq!(scheme::message("http-404"), Some(Message::Status(scheme::position(404).unwrap())));
//! assert_eq!(scheme::message("http-460"), None); // not a known code
//! assert_eq!(scheme::message_id(scheme::position(404).unwrap()), "http-404");
//! assert!(scheme::needs_advice(scheme::position(404).unwrap()));
//! assert!(!scheme::needs_advice(scheme::position(200).unwrap()));
//! ```

use std::borrow::Cow;

use crate::registry::{self, Class, STATUS_CODES};

/// The file of the status texts.
pub const STATUS_FILE: &str = "http-status.ftl";

/// The file of the error-page texts.
pub const PAGE_FILE: &str = "error-page.ftl";

/// The files every locale folder has, sorted by name.
pub const FILES: [&str; 2] = [PAGE_FILE, STATUS_FILE];

/// The attribute that holds the description for developers.
pub const DESCRIPTION: &str = "description";

/// The attribute that holds the advice for visitors of an error page.
pub const ADVICE: &str = "advice";

/// Number of status texts a locale has: one per known code, one per class, one for
/// numbers that are no status code.
pub const TABLE_LEN: usize = STATUS_CODES.len() + Class::ALL.len() + 1;

/// Table position of the `http-unknown` texts.
pub const UNKNOWN_POSITION: usize = TABLE_LEN - 1;

/// Table position of a known code's texts.
///
/// ```
/// use http_status_i18n::scheme;
/// assert_eq!(scheme::position(100), Some(0));
/// assert_eq!(scheme::position(460), None);
/// ```
#[inline]
pub fn position(code: u16) -> Option<usize> {
    registry::position(code)
}

/// Table position of a class's texts.
#[inline]
pub const fn class_position(class: Class) -> usize {
    STATUS_CODES.len() + class.index()
}

/// Whether the message at a table position has advice in a complete locale: every 4xx
/// and 5xx code and class, and the unknown status.
pub fn needs_advice(position: usize) -> bool {
    match STATUS_CODES.get(position) {
        Some(info) => info.code >= 400,
        None => match position
            .checked_sub(STATUS_CODES.len())
            .and_then(|i| Class::ALL.get(i))
        {
            Some(class) => matches!(class, Class::ClientError | Class::ServerError),
            None => position == UNKNOWN_POSITION,
        },
    }
}

/// The message ID of a table position (`http-404`, `http-4xx`, `http-unknown`).
pub fn message_id(position: usize) -> Cow<'static, str> {
    if let Some(info) = STATUS_CODES.get(position) {
        return Cow::Owned(format!("http-{}", info.code));
    }
    match position
        .checked_sub(STATUS_CODES.len())
        .and_then(|i| Class::ALL.get(i))
    {
        Some(class) => Cow::Borrowed(class.message_id()),
        None => Cow::Borrowed("http-unknown"),
    }
}

/// The page texts of `error-page.ftl`, in table order.
pub const PAGE_MESSAGES: [&str; 6] = [
    "page-error-label",
    "page-status-code",
    "page-details",
    "page-home-link",
    "page-technical-info",
    "page-fallback-note",
];

/// One of the page texts of `error-page.ftl`, by its position in [`PAGE_MESSAGES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PageMessage {
    /// `page-error-label`: "Error { $code }", the label above the heading.
    ErrorLabel = 0,
    /// `page-status-code`: "Status code", before the number in the text version.
    StatusCode = 1,
    /// `page-details`: "Details", heading of the application's detail.
    Details = 2,
    /// `page-home-link`: "Go to the home page".
    HomeLink = 3,
    /// `page-technical-info`: "Technical information", summary of the description.
    TechnicalInfo = 4,
    /// `page-fallback-note`: a note that some text is shown in another language.
    FallbackNote = 5,
}

impl PageMessage {
    /// Every page text, in table order.
    pub const ALL: [PageMessage; 6] = [
        PageMessage::ErrorLabel,
        PageMessage::StatusCode,
        PageMessage::Details,
        PageMessage::HomeLink,
        PageMessage::TechnicalInfo,
        PageMessage::FallbackNote,
    ];

    /// The message ID, such as `"page-home-link"`.
    pub const fn id(self) -> &'static str {
        match self {
            PageMessage::ErrorLabel => "page-error-label",
            PageMessage::StatusCode => "page-status-code",
            PageMessage::Details => "page-details",
            PageMessage::HomeLink => "page-home-link",
            PageMessage::TechnicalInfo => "page-technical-info",
            PageMessage::FallbackNote => "page-fallback-note",
        }
    }

    /// The variables the text may use: `$code` in `page-error-label`, none elsewhere.
    pub const fn variables(self) -> &'static [&'static str] {
        match self {
            PageMessage::ErrorLabel => &["code"],
            _ => &[],
        }
    }
}

/// What a message ID names in the scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Message {
    /// A status message of `http-status.ftl`, at this table position.
    Status(usize),
    /// A page text of `error-page.ftl`.
    Page(PageMessage),
}

impl Message {
    /// The file that holds the message.
    pub const fn file(self) -> &'static str {
        match self {
            Message::Status(_) => STATUS_FILE,
            Message::Page(_) => PAGE_FILE,
        }
    }

    /// The attributes the message has in a complete locale, in source order.
    pub fn attributes(self) -> &'static [&'static str] {
        match self {
            Message::Status(position) if needs_advice(position) => &[DESCRIPTION, ADVICE],
            Message::Status(_) => &[DESCRIPTION],
            Message::Page(_) => &[],
        }
    }

    /// Whether `attribute` may appear on the message. `.advice` is allowed on every status
    /// message (an override may add advice to a 2xx code); only the scheme's complete
    /// locales must have exactly [`Message::attributes`].
    pub fn allows_attribute(self, attribute: &str) -> bool {
        match self {
            Message::Status(_) => attribute == DESCRIPTION || attribute == ADVICE,
            Message::Page(_) => false,
        }
    }

    /// The variables a text of the message may use.
    pub const fn variables(self) -> &'static [&'static str] {
        match self {
            Message::Status(_) => &[],
            Message::Page(page) => page.variables(),
        }
    }
}

/// What `id` names, or `None` if the catalogue has no such message.
pub fn message(id: &str) -> Option<Message> {
    if let Some(page) = PageMessage::ALL.iter().find(|p| p.id() == id) {
        return Some(Message::Page(*page));
    }
    let rest = id.strip_prefix("http-")?;
    if rest == "unknown" {
        return Some(Message::Status(UNKNOWN_POSITION));
    }
    if rest.len() != 3 {
        return None;
    }
    if rest.ends_with("xx") {
        return Class::parse(rest).map(|class| Message::Status(class_position(class)));
    }
    if !rest.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    position(rest.parse().ok()?).map(Message::Status)
}

/// Every message of the scheme, in the order of the en-US source files: the file's
/// messages grouped by file (`error-page.ftl` first), status messages by table position.
pub fn messages() -> impl Iterator<Item = (&'static str, Message)> {
    let pages = PageMessage::ALL
        .into_iter()
        .map(|page| (PAGE_FILE, Message::Page(page)));
    let status = (0..TABLE_LEN).map(|position| (STATUS_FILE, Message::Status(position)));
    pages.chain(status)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn message_ids_and_positions_round_trip() {
        for position in 0..TABLE_LEN {
            assert_eq!(
                message(&message_id(position)),
                Some(Message::Status(position))
            );
        }
        for page in PageMessage::ALL {
            assert_eq!(message(page.id()), Some(Message::Page(page)));
            assert_eq!(PAGE_MESSAGES[page as usize], page.id());
        }
        for bad in [
            "http-460",
            "http-6xx",
            "http-40",
            "http-4044",
            "404",
            "http-",
            "page-x",
            "http-4x",
            "http-x4x",
            "http-4XX",
        ] {
            assert_eq!(message(bad), None, "{bad}");
        }
    }

    #[test]
    fn advice_is_needed_for_errors_their_classes_and_unknown_only() {
        let with_advice: Vec<String> = (0..TABLE_LEN)
            .filter(|&p| needs_advice(p))
            .map(|p| message_id(p).into_owned())
            .collect();
        assert!(with_advice.contains(&"http-404".to_owned()));
        assert!(with_advice.contains(&"http-4xx".to_owned()));
        assert!(with_advice.contains(&"http-5xx".to_owned()));
        assert!(with_advice.contains(&"http-unknown".to_owned()));
        assert!(!with_advice.contains(&"http-3xx".to_owned()));
        assert!(!with_advice.contains(&"http-200".to_owned()));
        assert!(!needs_advice(TABLE_LEN));
    }
}
