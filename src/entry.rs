//! [`Entry`]: one status code's facts and texts in one locale.

use crate::registry::{Class, Kind, StatusInfo};

/// A status code's facts and its texts in one locale, as [`Catalog::lookup`](crate::Catalog::lookup) returns it.
///
/// With the `serde` feature, it serializes to an object with `code`, `class`, `reason_phrase`, `title`,
/// `description`, `advice`, `locale`, `class_fallback`, `kind`, `vendor` and `reference`.
///
/// ```
/// let entry = http_status_i18n::Catalog::embedded().lookup(429, "en-US").unwrap();
/// assert_eq!(entry.code(), 429);
/// assert_eq!(entry.class().as_str(), "4xx");
/// assert_eq!(entry.title(), "Too Many Requests");
/// assert!(entry.advice().is_some());
/// assert_eq!(entry.reference(), Some("RFC 6585"));
/// ```
#[derive(Clone, Copy)]
pub struct Entry<'a> {
    code: u16,
    info: Option<&'static StatusInfo>,
    /// Title and description, each with the tag of the locale that supplied it.
    texts: [(&'a str, &'a str); 2],
    advice: Option<(&'a str, &'a str)>,
    class_fallback: bool,
}

impl std::fmt::Debug for Entry<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Entry")
            .field("code", &self.code)
            .field("title", &self.title())
            .field("description", &self.description())
            .field("advice", &self.advice())
            .field("locale", &self.locale())
            .field("class_fallback", &self.class_fallback)
            .finish()
    }
}

impl<'a> Entry<'a> {
    pub(crate) fn new(
        code: u16,
        info: Option<&'static StatusInfo>,
        texts: [(&'a str, &'a str); 2],
        advice: Option<(&'a str, &'a str)>,
        class_fallback: bool,
    ) -> Self {
        Entry {
            code,
            info,
            texts,
            advice,
            class_fallback,
        }
    }

    /// The numeric code that was looked up.
    pub fn code(&self) -> u16 {
        self.code
    }

    /// The class of the code.
    pub fn class(&self) -> Class {
        Class::of(self.code).unwrap_or(Class::ServerError)
    }

    /// The canonical English reason phrase for the wire, or `None` for a code the
    /// catalogue does not know (a class fallback).
    pub fn reason_phrase(&self) -> Option<&'static str> {
        self.info.map(|info| info.reason_phrase)
    }

    /// The title: the reason phrase as people read it, in the entry's locale. For a class
    /// fallback, the class's name ("Client Error").
    pub fn title(&self) -> &'a str {
        self.texts[0].0
    }

    /// One or two sentences for developers.
    pub fn description(&self) -> &'a str {
        self.texts[1].0
    }

    /// One sentence for visitors of an error page (4xx and 5xx codes).
    pub fn advice(&self) -> Option<&'a str> {
        self.advice.map(|(text, _)| text)
    }

    /// The tag of the locale that supplied the title, which may be a fallback locale of
    /// the one asked for.
    pub fn locale(&self) -> &'a str {
        self.texts[0].1
    }

    /// The tag of the locale that supplied the description.
    pub fn description_locale(&self) -> &'a str {
        self.texts[1].1
    }

    /// The tag of the locale that supplied the advice, if there is advice.
    pub fn advice_locale(&self) -> Option<&'a str> {
        self.advice.map(|(_, locale)| locale)
    }

    /// Whether the texts are the class's, because the catalogue does not know the code.
    pub fn is_class_fallback(&self) -> bool {
        self.class_fallback
    }

    /// The registry facts, for a known code.
    pub fn info(&self) -> Option<&'static StatusInfo> {
        self.info
    }

    /// Registry state, for a known code.
    pub fn kind(&self) -> Option<Kind> {
        self.info.map(|info| info.kind)
    }

    /// The vendor of an unofficial code.
    pub fn vendor(&self) -> Option<&'static str> {
        self.info.and_then(|info| info.vendor)
    }

    /// The specification or documentation of a known code.
    pub fn reference(&self) -> Option<&'static str> {
        self.info.map(|info| info.reference)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Entry<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Entry", 11)?;
        s.serialize_field("code", &self.code)?;
        s.serialize_field("class", &self.class())?;
        s.serialize_field("reason_phrase", &self.reason_phrase())?;
        s.serialize_field("title", self.title())?;
        s.serialize_field("description", self.description())?;
        s.serialize_field("advice", &self.advice())?;
        s.serialize_field("locale", self.locale())?;
        s.serialize_field("class_fallback", &self.class_fallback)?;
        s.serialize_field("kind", &self.kind())?;
        s.serialize_field("vendor", &self.vendor())?;
        s.serialize_field("reference", &self.reference())?;
        s.end()
    }
}
