//! [`Locale`]: a resolved locale of a catalogue, and the lookups through it.

use std::fmt;
use std::hash::{Hash, Hasher};

use super::table::{page_slot, status_slot, Part};
use super::{Catalog, LocaleData};
use crate::entry::Entry;
use crate::registry::{self, Class};
use crate::scheme::{self, PageMessage, UNKNOWN_POSITION};

/// A locale of a [`Catalog`], already resolved: lookups through it skip tag resolution.
///
/// Cheap to copy; get one with [`Catalog::locale`] and keep it for the lifetime of a
/// request or a whole application. Two handles are equal when they name the same locale
/// of the same catalogue, and hash alike then, so a handle can key a cache.
///
/// ```
/// let zh_hk = http_status_i18n::Catalog::embedded().locale("zh-Hant-HK");
/// assert_eq!(zh_hk.fallback_chain().last(), Some(&"en-US"));
/// assert_eq!(zh_hk.title(999), None);
/// ```
#[derive(Clone, Copy)]
pub struct Locale<'a> {
    catalog: &'a Catalog,
    id: u16,
}

impl fmt::Debug for Locale<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Locale").field(&self.tag()).finish()
    }
}

impl fmt::Display for Locale<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

impl PartialEq for Locale<'_> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.catalog, other.catalog) && self.id == other.id
    }
}

impl Eq for Locale<'_> {}

impl Hash for Locale<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        std::ptr::hash(self.catalog, state);
        self.id.hash(state);
    }
}

/// A text and the locale that supplied it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Sourced<'a> {
    pub(crate) text: &'a str,
    pub(crate) locale: Locale<'a>,
}

/// The texts of one status message in one locale.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Texts<'a> {
    pub(crate) title: Sourced<'a>,
    pub(crate) description: Sourced<'a>,
    pub(crate) advice: Option<Sourced<'a>>,
}

impl<'a> Locale<'a> {
    #[inline]
    pub(crate) fn new(catalog: &'a Catalog, id: u16) -> Self {
        Locale { catalog, id }
    }

    /// This locale's position in its catalogue.
    #[inline]
    pub(crate) fn id(self) -> u16 {
        self.id
    }

    #[inline]
    fn data(self) -> Option<&'a LocaleData> {
        self.catalog.data(self.id)
    }

    /// The canonical tag of this locale, such as `"zh-TW"`.
    pub fn tag(self) -> &'a str {
        self.catalog.tag_of(self.id)
    }

    /// The catalogue this locale belongs to.
    pub fn catalog(self) -> &'a Catalog {
        self.catalog
    }

    /// The tags consulted for a text, in order: this locale first, en-US last.
    pub fn fallback_chain(self) -> Vec<&'a str> {
        self.data()
            .map(|data| {
                data.chain
                    .iter()
                    .map(|&id| self.catalog.tag_of(id))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The direction this locale's text is written in, a property of its tag.
    ///
    /// ```
    /// use http_status_i18n::{Catalog, Direction};
    /// assert_eq!(Catalog::embedded().locale("ar").direction(), Direction::RightToLeft);
    /// assert_eq!(Catalog::embedded().locale("fr").direction(), Direction::LeftToRight);
    /// ```
    pub fn direction(self) -> Direction {
        self.data()
            .map_or(Direction::LeftToRight, |data| data.direction)
    }

    /// The table position serving `code` (its own, or its class's) and whether it is the
    /// class's.
    #[inline]
    fn position(code: u16) -> Option<(usize, bool)> {
        match scheme::position(code) {
            Some(position) => Some((position, false)),
            None => Some((scheme::class_position(Class::of(code)?), true)),
        }
    }

    /// The text in a slot, with the locale that supplied it.
    #[inline]
    fn sourced(self, data: &'a LocaleData, slot: usize) -> Option<Sourced<'a>> {
        let (text, source) = data.table.sourced(slot)?;
        let id = *data.chain.get(usize::from(source))?;
        Some(Sourced {
            text,
            locale: Locale::new(self.catalog, id),
        })
    }

    /// The texts at a table position.
    fn texts_at(self, position: usize) -> Option<Texts<'a>> {
        let data = self.data()?;
        Some(Texts {
            title: self.sourced(data, status_slot(position, Part::Title))?,
            description: self.sourced(data, status_slot(position, Part::Description))?,
            advice: self.sourced(data, status_slot(position, Part::Advice)),
        })
    }

    /// The entry for `code`: its facts and its texts in this locale.
    ///
    /// A code in 100..=599 that the catalogue does not know gets its class's texts
    /// ([`Entry::is_class_fallback`]); a number outside 100..=599 gets `None`.
    #[inline]
    pub fn lookup(self, code: u16) -> Option<Entry<'a>> {
        let (position, class_fallback) = Self::position(code)?;
        let texts = self.texts_at(position)?;
        Some(Entry::new(
            code,
            registry::get(code),
            [texts.title, texts.description].map(|s| (s.text, s.locale.tag())),
            texts.advice.map(|s| (s.text, s.locale.tag())),
            class_fallback,
        ))
    }

    /// The text of one part of `code`'s message.
    #[inline]
    fn part(self, code: u16, part: Part) -> Option<&'a str> {
        let (position, _) = Self::position(code)?;
        self.data()?.table.text(status_slot(position, part))
    }

    /// The description of `code` (for developers) in this locale.
    #[inline]
    pub fn describe(self, code: u16) -> Option<&'a str> {
        self.part(code, Part::Description)
    }

    /// The title of `code` (its reason phrase as people read it) in this locale.
    #[inline]
    pub fn title(self, code: u16) -> Option<&'a str> {
        self.part(code, Part::Title)
    }

    /// The advice for visitors of an error page with `code`, where there is one (4xx and
    /// 5xx).
    #[inline]
    pub fn advice(self, code: u16) -> Option<&'a str> {
        self.part(code, Part::Advice)
    }

    /// A page text (from `error-page.ftl`, with the code as [`super::table::CODE_MARK`])
    /// and the locale that supplied it.
    pub(crate) fn page_text(self, message: PageMessage) -> Option<Sourced<'a>> {
        self.sourced(self.data()?, page_slot(message))
    }

    /// The texts for `code`, its own or its class's, or the unknown-status texts outside
    /// 100..=599.
    pub(crate) fn texts_or_unknown(self, code: u16) -> Option<Texts<'a>> {
        let position = Self::position(code).map_or(UNKNOWN_POSITION, |(position, _)| position);
        self.texts_at(position)
    }
}

/// The direction a script is written in, for `dir` attributes of HTML.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Direction {
    /// Left to right (`dir="ltr"`).
    LeftToRight,
    /// Right to left (`dir="rtl"`): Arabic, Hebrew, Persian, ...
    RightToLeft,
}

impl Direction {
    /// The value of an HTML `dir` attribute: `"ltr"` or `"rtl"`.
    pub const fn as_html(self) -> &'static str {
        match self {
            Direction::LeftToRight => "ltr",
            Direction::RightToLeft => "rtl",
        }
    }
}
