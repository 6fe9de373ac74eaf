//! The code table: every status code the catalogue knows, with its class, canonical English
//! reason phrase, registry state, vendor, reference and former names.
//!
//! The registered codes follow the IANA "HTTP Status Code Registry" with the names of
//! RFC 9110. The unofficial codes are the ones widely seen in the wild; each names the
//! vendor that uses it. Where a vendor's meaning collides with a registered code (103,
//! 451), the registered meaning is the one listed. Where vendors collide with each other,
//! one meaning is chosen and documented on the code:
//!
//! - 420: Twitter's "Enhance Your Calm" (not Spring's deprecated "Method Failure");
//! - 499: nginx's "Client Closed Request" (not ArcGIS's "Token Required");
//! - 530: Cloudflare's origin error (not Pantheon's "Site Frozen").

/// The five classes of status codes (RFC 9110 section 15), named after their first digit.
///
/// ```
/// use http_status_i18n::Class;
/// assert_eq!(Class::of(404), Some(Class::ClientError));
/// assert_eq!(Class::ClientError.as_str(), "4xx");
/// assert_eq!(Class::of(600), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[allow(clippy::exhaustive_enums)] // RFC 9110 fixes the five classes: 1xx to 5xx.
pub enum Class {
    /// 1xx: an interim response.
    Informational,
    /// 2xx: the request succeeded.
    Success,
    /// 3xx: further action is needed.
    Redirection,
    /// 4xx: the request was at fault.
    ClientError,
    /// 5xx: the server was at fault.
    ServerError,
}

impl Class {
    /// All five classes, in order.
    pub const ALL: [Class; 5] = [
        Class::Informational,
        Class::Success,
        Class::Redirection,
        Class::ClientError,
        Class::ServerError,
    ];

    /// The class of `code`, or `None` outside 100..=599.
    pub const fn of(code: u16) -> Option<Class> {
        match code {
            100..=199 => Some(Class::Informational),
            200..=299 => Some(Class::Success),
            300..=399 => Some(Class::Redirection),
            400..=499 => Some(Class::ClientError),
            500..=599 => Some(Class::ServerError),
            _ => None,
        }
    }

    /// The class as written in texts: `"1xx"` to `"5xx"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Class::Informational => "1xx",
            Class::Success => "2xx",
            Class::Redirection => "3xx",
            Class::ClientError => "4xx",
            Class::ServerError => "5xx",
        }
    }

    /// The Fluent message ID of the class text, such as `"http-4xx"`.
    pub const fn message_id(self) -> &'static str {
        match self {
            Class::Informational => "http-1xx",
            Class::Success => "http-2xx",
            Class::Redirection => "http-3xx",
            Class::ClientError => "http-4xx",
            Class::ServerError => "http-5xx",
        }
    }

    /// The position of the class in [`Class::ALL`].
    pub(crate) const fn index(self) -> usize {
        match self {
            Class::Informational => 0,
            Class::Success => 1,
            Class::Redirection => 2,
            Class::ClientError => 3,
            Class::ServerError => 4,
        }
    }

    /// Parses `"4xx"`, `"4XX"` or `"4"`.
    ///
    /// ```
    /// use http_status_i18n::Class;
    /// assert_eq!(Class::parse("5xx"), Some(Class::ServerError));
    /// assert_eq!(Class::parse("6xx"), None);
    /// ```
    pub fn parse(text: &str) -> Option<Class> {
        let digit = match text.as_bytes() {
            [d] => *d,
            [d, x1, x2] if x1.eq_ignore_ascii_case(&b'x') && x2.eq_ignore_ascii_case(&b'x') => *d,
            _ => return None,
        };
        match digit {
            b'1' => Some(Class::Informational),
            b'2' => Some(Class::Success),
            b'3' => Some(Class::Redirection),
            b'4' => Some(Class::ClientError),
            b'5' => Some(Class::ServerError),
            _ => None,
        }
    }
}

impl std::fmt::Display for Class {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Class {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// The state of a code: registered with IANA or not, and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "kebab-case")
)]
#[non_exhaustive]
pub enum Kind {
    /// Registered and in use.
    Registered,
    /// Registered only temporarily (an early allocation for a draft).
    Temporary,
    /// Reserved and not to be used (306, 418).
    Unused,
    /// Registered, but its specification is obsolete (510).
    Obsoleted,
    /// Not registered; used by a vendor or by convention.
    Unofficial,
}

impl Kind {
    /// The state as a lowercase word: `"registered"`, `"temporary"`, `"unused"`,
    /// `"obsoleted"` or `"unofficial"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Kind::Registered => "registered",
            Kind::Temporary => "temporary",
            Kind::Unused => "unused",
            Kind::Obsoleted => "obsoleted",
            Kind::Unofficial => "unofficial",
        }
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The facts about one status code.
///
/// ```
/// use http_status_i18n::{registry, Kind};
/// let info = registry::get(413).unwrap();
/// assert_eq!(info.reason_phrase, "Content Too Large");
/// assert_eq!(info.kind, Kind::Registered);
/// assert!(info.aliases.contains(&"Payload Too Large"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct StatusInfo {
    /// The numeric code.
    pub code: u16,
    /// The canonical English reason phrase, as sent on the wire.
    pub reason_phrase: &'static str,
    /// Registry state.
    pub kind: Kind,
    /// For unofficial codes, who uses it; `None` for registered codes.
    pub vendor: Option<&'static str>,
    /// The specification, as the IANA registry cites it (for example
    /// `"RFC 9110, Section 15.5.5"`), or the vendor's documentation for unofficial codes.
    pub reference: &'static str,
    /// Former or popular alternative names, for search and display.
    pub aliases: &'static [&'static str],
}

impl StatusInfo {
    /// The class of this code.
    pub const fn class(&self) -> Class {
        match Class::of(self.code) {
            Some(class) => class,
            // The table only holds codes inside 100..=599 (checked by a test).
            None => Class::ServerError,
        }
    }
}

const fn reg(code: u16, reason_phrase: &'static str, reference: &'static str) -> StatusInfo {
    StatusInfo {
        code,
        reason_phrase,
        kind: Kind::Registered,
        vendor: None,
        reference,
        aliases: &[],
    }
}

const fn unofficial(
    code: u16,
    reason_phrase: &'static str,
    vendor: &'static str,
    reference: &'static str,
) -> StatusInfo {
    StatusInfo {
        code,
        reason_phrase,
        kind: Kind::Unofficial,
        vendor: Some(vendor),
        reference,
        aliases: &[],
    }
}

const fn with_aliases(info: StatusInfo, aliases: &'static [&'static str]) -> StatusInfo {
    StatusInfo { aliases, ..info }
}

const fn with_kind(info: StatusInfo, kind: Kind) -> StatusInfo {
    StatusInfo { kind, ..info }
}

/// Every code the catalogue knows, sorted by code.
pub static STATUS_CODES: &[StatusInfo] = STATUS_TABLE;

const STATUS_TABLE: &[StatusInfo] = &[
    // 1xx
    reg(100, "Continue", "RFC 9110, Section 15.2.1"),
    reg(101, "Switching Protocols", "RFC 9110, Section 15.2.2"),
    reg(102, "Processing", "RFC 2518"),
    reg(103, "Early Hints", "RFC 8297"),
    with_kind(
        reg(
            104,
            "Upload Resumption Supported",
            "draft-ietf-httpbis-resumable-upload-05",
        ),
        Kind::Temporary,
    ),
    // 2xx
    reg(200, "OK", "RFC 9110, Section 15.3.1"),
    reg(201, "Created", "RFC 9110, Section 15.3.2"),
    reg(202, "Accepted", "RFC 9110, Section 15.3.3"),
    reg(
        203,
        "Non-Authoritative Information",
        "RFC 9110, Section 15.3.4",
    ),
    reg(204, "No Content", "RFC 9110, Section 15.3.5"),
    reg(205, "Reset Content", "RFC 9110, Section 15.3.6"),
    reg(206, "Partial Content", "RFC 9110, Section 15.3.7"),
    reg(207, "Multi-Status", "RFC 4918"),
    reg(208, "Already Reported", "RFC 5842"),
    reg(226, "IM Used", "RFC 3229"),
    // 3xx
    reg(300, "Multiple Choices", "RFC 9110, Section 15.4.1"),
    reg(301, "Moved Permanently", "RFC 9110, Section 15.4.2"),
    with_aliases(
        reg(302, "Found", "RFC 9110, Section 15.4.3"),
        &["Moved Temporarily"],
    ),
    reg(303, "See Other", "RFC 9110, Section 15.4.4"),
    reg(304, "Not Modified", "RFC 9110, Section 15.4.5"),
    reg(305, "Use Proxy", "RFC 9110, Section 15.4.6"),
    with_aliases(
        with_kind(
            reg(306, "(Unused)", "RFC 9110, Section 15.4.7"),
            Kind::Unused,
        ),
        &["Switch Proxy"],
    ),
    reg(307, "Temporary Redirect", "RFC 9110, Section 15.4.8"),
    reg(308, "Permanent Redirect", "RFC 9110, Section 15.4.9"),
    // 4xx
    reg(400, "Bad Request", "RFC 9110, Section 15.5.1"),
    reg(401, "Unauthorized", "RFC 9110, Section 15.5.2"),
    reg(402, "Payment Required", "RFC 9110, Section 15.5.3"),
    reg(403, "Forbidden", "RFC 9110, Section 15.5.4"),
    reg(404, "Not Found", "RFC 9110, Section 15.5.5"),
    reg(405, "Method Not Allowed", "RFC 9110, Section 15.5.6"),
    reg(406, "Not Acceptable", "RFC 9110, Section 15.5.7"),
    reg(
        407,
        "Proxy Authentication Required",
        "RFC 9110, Section 15.5.8",
    ),
    reg(408, "Request Timeout", "RFC 9110, Section 15.5.9"),
    reg(409, "Conflict", "RFC 9110, Section 15.5.10"),
    reg(410, "Gone", "RFC 9110, Section 15.5.11"),
    reg(411, "Length Required", "RFC 9110, Section 15.5.12"),
    reg(412, "Precondition Failed", "RFC 9110, Section 15.5.13"),
    with_aliases(
        reg(413, "Content Too Large", "RFC 9110, Section 15.5.14"),
        &["Payload Too Large", "Request Entity Too Large"],
    ),
    with_aliases(
        reg(414, "URI Too Long", "RFC 9110, Section 15.5.15"),
        &["Request-URI Too Long"],
    ),
    reg(415, "Unsupported Media Type", "RFC 9110, Section 15.5.16"),
    with_aliases(
        reg(416, "Range Not Satisfiable", "RFC 9110, Section 15.5.17"),
        &["Requested Range Not Satisfiable"],
    ),
    reg(417, "Expectation Failed", "RFC 9110, Section 15.5.18"),
    with_aliases(
        with_kind(
            reg(418, "(Unused)", "RFC 9110, Section 15.5.19"),
            Kind::Unused,
        ),
        &["I'm a teapot"],
    ),
    with_aliases(
        unofficial(
            420,
            "Enhance Your Calm",
            "Twitter",
            "Twitter Search and Trends API v1 (retired)",
        ),
        &["Method Failure"],
    ),
    reg(421, "Misdirected Request", "RFC 9110, Section 15.5.20"),
    with_aliases(
        reg(422, "Unprocessable Content", "RFC 9110, Section 15.5.21"),
        &["Unprocessable Entity"],
    ),
    reg(423, "Locked", "RFC 4918"),
    reg(424, "Failed Dependency", "RFC 4918"),
    reg(425, "Too Early", "RFC 8470"),
    reg(426, "Upgrade Required", "RFC 9110, Section 15.5.22"),
    reg(428, "Precondition Required", "RFC 6585"),
    reg(429, "Too Many Requests", "RFC 6585"),
    reg(431, "Request Header Fields Too Large", "RFC 6585"),
    unofficial(440, "Login Time-out", "Microsoft", "Microsoft IIS"),
    unofficial(444, "No Response", "nginx", "nginx"),
    unofficial(449, "Retry With", "Microsoft", "Microsoft IIS"),
    unofficial(
        450,
        "Blocked by Windows Parental Controls",
        "Microsoft",
        "Microsoft Windows",
    ),
    reg(451, "Unavailable For Legal Reasons", "RFC 7725"),
    unofficial(494, "Request Header Too Large", "nginx", "nginx"),
    unofficial(495, "SSL Certificate Error", "nginx", "nginx"),
    unofficial(496, "SSL Certificate Required", "nginx", "nginx"),
    unofficial(497, "HTTP Request Sent to HTTPS Port", "nginx", "nginx"),
    with_aliases(
        unofficial(499, "Client Closed Request", "nginx", "nginx"),
        &["Token Required"],
    ),
    // 5xx
    reg(500, "Internal Server Error", "RFC 9110, Section 15.6.1"),
    reg(501, "Not Implemented", "RFC 9110, Section 15.6.2"),
    reg(502, "Bad Gateway", "RFC 9110, Section 15.6.3"),
    reg(503, "Service Unavailable", "RFC 9110, Section 15.6.4"),
    reg(504, "Gateway Timeout", "RFC 9110, Section 15.6.5"),
    reg(
        505,
        "HTTP Version Not Supported",
        "RFC 9110, Section 15.6.6",
    ),
    reg(506, "Variant Also Negotiates", "RFC 2295"),
    reg(507, "Insufficient Storage", "RFC 4918"),
    reg(508, "Loop Detected", "RFC 5842"),
    unofficial(
        509,
        "Bandwidth Limit Exceeded",
        "Apache / cPanel",
        "Apache bw_limited module, cPanel",
    ),
    with_kind(
        reg(
            510,
            "Not Extended",
            "RFC 2774; status change of HTTP experiments to Historic",
        ),
        Kind::Obsoleted,
    ),
    reg(511, "Network Authentication Required", "RFC 6585"),
    unofficial(
        520,
        "Web Server Returned an Unknown Error",
        "Cloudflare",
        "Cloudflare 5xx errors",
    ),
    unofficial(
        521,
        "Web Server Is Down",
        "Cloudflare",
        "Cloudflare 5xx errors",
    ),
    unofficial(
        522,
        "Connection Timed Out",
        "Cloudflare",
        "Cloudflare 5xx errors",
    ),
    unofficial(
        523,
        "Origin Is Unreachable",
        "Cloudflare",
        "Cloudflare 5xx errors",
    ),
    unofficial(
        524,
        "A Timeout Occurred",
        "Cloudflare",
        "Cloudflare 5xx errors",
    ),
    unofficial(
        525,
        "SSL Handshake Failed",
        "Cloudflare",
        "Cloudflare 5xx errors",
    ),
    unofficial(
        526,
        "Invalid SSL Certificate",
        "Cloudflare",
        "Cloudflare 5xx errors",
    ),
    with_aliases(
        unofficial(
            530,
            "Origin DNS Error",
            "Cloudflare",
            "Cloudflare 5xx errors",
        ),
        &["Site Frozen"],
    ),
    unofficial(
        598,
        "Network Read Timeout Error",
        "convention (some proxies)",
        "informal convention",
    ),
    unofficial(
        599,
        "Network Connect Timeout Error",
        "convention (some proxies)",
        "informal convention",
    ),
];

/// No entry in [`CODE_POSITIONS`].
const NONE: u8 = u8::MAX;

/// Position in [`STATUS_CODES`] of every code in 100..=599 (index `code - 100`), or
/// [`NONE`]. Built at compile time so that a lookup is a single array read.
static CODE_POSITIONS: [u8; 500] = code_positions();

// Compile-time evaluation: an out-of-bounds index here is a build error, not a panic.
#[allow(clippy::indexing_slicing)]
const fn code_positions() -> [u8; 500] {
    let mut positions = [NONE; 500];
    let mut i = 0;
    while i < STATUS_TABLE.len() {
        let code = STATUS_TABLE[i].code;
        assert!(
            code >= 100 && code <= 599,
            "registry code outside 100..=599"
        );
        assert!(i < NONE as usize, "registry too large for u8 positions");
        assert!(
            i == 0 || STATUS_TABLE[i - 1].code < code,
            "registry not sorted"
        );
        positions[(code - 100) as usize] = i as u8;
        i += 1;
    }
    positions
}

/// The position of `code` in [`STATUS_CODES`], if it is there.
#[inline]
pub(crate) fn position(code: u16) -> Option<usize> {
    let slot = *CODE_POSITIONS.get(usize::from(code.checked_sub(100)?))?;
    (slot != NONE).then_some(usize::from(slot))
}

/// The facts about `code`, or `None` if the catalogue does not know it.
///
/// ```
/// use http_status_i18n::{registry, Kind};
/// assert_eq!(registry::get(499).unwrap().vendor, Some("nginx"));
/// assert_eq!(registry::get(510).unwrap().kind, Kind::Obsoleted);
/// assert!(registry::get(460).is_none());
/// ```
#[inline]
pub fn get(code: u16) -> Option<&'static StatusInfo> {
    STATUS_CODES.get(position(code)?)
}

/// All known codes of one class, in order.
///
/// ```
/// use http_status_i18n::{registry, Class};
/// assert!(registry::of_class(Class::Success).all(|info| info.class() == Class::Success));
/// ```
pub fn of_class(class: Class) -> impl Iterator<Item = &'static StatusInfo> {
    STATUS_CODES
        .iter()
        .filter(move |info| info.class() == class)
}

/// The canonical English reason phrase of `code`, for the wire.
///
/// Registered codes give their RFC 9110 name (413 is `"Content Too Large"`); reserved
/// codes give the registry's `"(Unused)"`; unofficial codes give their vendor's phrase.
///
/// ```
/// assert_eq!(http_status_i18n::reason_phrase(422), Some("Unprocessable Content"));
/// assert_eq!(http_status_i18n::reason_phrase(460), None);
/// ```
#[inline]
pub fn reason_phrase(code: u16) -> Option<&'static str> {
    get(code).map(|info| info.reason_phrase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_point_back_to_their_code() {
        for (i, info) in STATUS_CODES.iter().enumerate() {
            assert_eq!(position(info.code), Some(i));
        }
        assert_eq!(position(0), None);
        assert_eq!(position(99), None);
        assert_eq!(position(600), None);
        assert_eq!(position(u16::MAX), None);
    }
}
