//! # http-status-i18n
//!
//! Every HTTP status code, with its class, canonical English reason phrase, registry state
//! and reference, and texts for people in many languages: a **title** (the reason phrase
//! as people read it), a **description** for developers and, for 4xx and 5xx, **advice**
//! for visitors of an error page. The texts live in Fluent (`.ftl`) files that
//! translators edit; `cargo l10n bake` renders them into static tables before the crate
//! is compiled, so lookups read pre-rendered texts and nothing is parsed at run time.
//!
//! ```
//! use http_status_i18n::{describe, fallback_chain, reason_phrase, title};
//!
//! assert_eq!(title(404, "zh-CN"), Some("未找到"));
//! assert_eq!(reason_phrase(404), Some("Not Found"));
//! // Locales fall back the CLDR way and always end in en-US.
//! assert_eq!(fallback_chain("zh-MO"), ["zh-HK", "zh-TW", "en-US"]);
//! // Codes fall back to their class; numbers that are no status code give None.
//! assert_eq!(title(460, "en-US"), Some("Client Error"));
//! assert_eq!(describe(700, "en-US"), None);
//! ```
//!
//! ## Locale fallback
//!
//! A requested tag is first canonicalized: case, `_` for `-`, POSIX names such as
//! `zh_CN.UTF-8` or `sr_RS@latin`, deprecated codes (`iw` → `he`, `in` → `id`,
//! `no` → `nb`), with `-u-`/`-t-`/`-x-` extensions ignored. It then follows CLDR's parent
//! locales and likely subtags over the locales the catalogue has, never crossing scripts:
//! `zh-MO` and `zh-Hant-HK` go to `zh-HK` and then `zh-TW`, `zh-Hant` to `zh-TW`; `zh`,
//! `zh-SG` and `zh-Hans` to `zh-CN`; `pt` to `pt-BR` and `pt-AO` to `pt-PT`; `es-MX` to
//! `es-419` and then `es`; `sr-ME` to `sr-Latn`; `tl` to `fil`. A
//! malformed or unknown tag gets en-US. A message missing in one locale comes from the
//! next in the chain, and [`Entry::locale`] tells which locale supplied it.
//!
//! ## Overrides
//!
//! [`Catalog::builder`] layers an application's own `.ftl` files over the embedded ones,
//! validating all of them first; see [`CatalogBuilder`].
//!
//! ## Speed
//!
//! A lookup by a tag spelled as the catalogue spells it (`"zh-CN"`) costs a perfect-hash
//! probe and two reads of static data, from the first use on; a [`Locale`] handle skips
//! even the probe. Other tags are resolved once from the baked CLDR tables and cached.
//! Nothing on that path parses, formats or allocates.

#![warn(missing_docs, missing_debug_implementations)]
#![warn(clippy::exhaustive_structs, clippy::exhaustive_enums)]
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

#[cfg(feature = "bake")]
pub mod bake;
mod catalog;
mod entry;
mod error;
#[cfg(feature = "overrides")]
mod ftl;
pub mod integrations;
mod locale;
pub mod negotiate;
mod page;
pub mod registry;
pub mod scheme;
#[cfg(feature = "server")]
pub mod server;
pub mod source;

pub use catalog::builder::CatalogBuilder;
pub use catalog::{Catalog, Direction, Locale};
pub use entry::Entry;
pub use error::{LoadError, LoadErrorKind, Position};
#[cfg(feature = "overrides")]
pub use locale::icu::direction_of;
pub use locale::{canonicalize, MAX_TAG_LEN};
pub use negotiate::negotiate;
pub use page::{ErrorPage, Format, PageHeaders, RenderedPage, CONTENT_SECURITY_POLICY};
#[cfg(feature = "templates")]
pub use page::{PageTemplate, RenderError, TEMPLATE_VARIABLES};
#[cfg(feature = "themes")]
pub use page::{Theme, ThemeError, MAX_EXTRA_CSS, MAX_SITE_NAME};
pub use registry::{reason_phrase, Class, Kind, StatusInfo};
pub use source::{MAX_FTL_BYTES, MAX_PLACEABLE_DEPTH};

/// The tag that ends every fallback chain and holds the source texts.
pub const DEFAULT_LOCALE: &str = "en-US";

/// The description (for developers) of `code` in the shipped locale that `locale`
/// resolves to.
///
/// `None` only for numbers outside 100..=599; an unknown code inside that range gets its
/// class's description, and an unknown or malformed locale gets en-US.
///
/// ```
/// let text = http_status_i18n::describe(404, "de").unwrap();
/// assert!(!text.is_empty());
/// assert_eq!(http_status_i18n::describe(0, "de"), None);
/// ```
#[inline]
pub fn describe(code: u16, locale: &str) -> Option<&'static str> {
    Catalog::embedded().describe(code, locale)
}

/// The title (the reason phrase as people read it) of `code` in the shipped locale that
/// `locale` resolves to.
///
/// ```
/// assert_eq!(http_status_i18n::title(503, "en-US"), Some("Service Unavailable"));
/// ```
#[inline]
pub fn title(code: u16, locale: &str) -> Option<&'static str> {
    Catalog::embedded().title(code, locale)
}

/// The advice for visitors of an error page with `code`, in the shipped locale that
/// `locale` resolves to; `None` for codes without advice (1xx to 3xx).
///
/// ```
/// assert!(http_status_i18n::advice(404, "en-US").is_some());
/// assert_eq!(http_status_i18n::advice(200, "en-US"), None);
/// ```
#[inline]
pub fn advice(code: u16, locale: &str) -> Option<&'static str> {
    Catalog::embedded().locale(locale).advice(code)
}

/// The shipped locale tags consulted for `locale`, in order, always ending with `"en-US"`.
///
/// ```
/// use http_status_i18n::fallback_chain;
/// assert_eq!(fallback_chain("pt-AO"), ["pt-PT", "pt-BR", "en-US"]);
/// assert_eq!(fallback_chain("not a tag!"), ["en-US"]);
/// ```
pub fn fallback_chain(locale: &str) -> Vec<&'static str> {
    Catalog::embedded().locale(locale).fallback_chain()
}

/// The examples of README.md, run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
