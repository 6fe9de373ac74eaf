//! [`Catalog`]: the locales, each with its table of texts merged along its fallback chain,
//! and the resolution of a requested tag to one of them.
//!
//! The shipped locales' tables are baked ([`baked`], written by `cargo l10n bake`), so the
//! embedded catalogue parses nothing and renders nothing: a lookup is a tag match (see
//! [`crate::locale`]) and two reads from static data. [`Catalog::builder`] layers an
//! application's own `.ftl` files over them (the `overrides` feature).

#[allow(dead_code, clippy::all)]
#[rustfmt::skip]
pub(crate) mod baked;
pub(crate) mod builder;
mod embedded;
mod handle;
#[cfg(feature = "overrides")]
pub(crate) mod overrides;
pub(crate) mod table;

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::sync::{OnceLock, PoisonError, RwLock};

pub use handle::{Direction, Locale};
pub(crate) use handle::{Sourced, Texts};

use crate::locale::{canonical_locale, recent, LanguageTag, Resolver, TagIndex, MAX_TAG_LEN};
use crate::DEFAULT_LOCALE;
use table::Table;

/// How many distinct request tags a catalogue remembers after resolving them. Further
/// tags are resolved each time (correct, only slower), so that hostile input cannot grow
/// memory without bound.
const MAX_CACHED_TAGS: usize = 1024;

/// One locale of a catalogue.
#[derive(Debug, Clone)]
pub(crate) struct LocaleData {
    /// Canonical tag.
    pub(crate) tag: Cow<'static, str>,
    /// Positions of the locales consulted, this one first and the default last.
    pub(crate) chain: Cow<'static, [u16]>,
    /// Texts merged along the chain; a text's source is a position in `chain`.
    pub(crate) table: Table,
    /// The direction of the locale's script.
    pub(crate) direction: Direction,
}

/// Request tag → answer, for tags resolved the slow way; at most [`MAX_CACHED_TAGS`]
/// entries, so that hostile input cannot grow memory without bound. The map (and its
/// random hash keys) is made on first use.
#[derive(Debug)]
struct TagCache<T> {
    map: OnceLock<RwLock<HashMap<Box<str>, T>>>,
}

impl<T> Default for TagCache<T> {
    fn default() -> Self {
        TagCache {
            map: OnceLock::new(),
        }
    }
}

impl<T: Copy> TagCache<T> {
    fn map(&self) -> &RwLock<HashMap<Box<str>, T>> {
        self.map.get_or_init(|| RwLock::new(HashMap::new()))
    }

    fn get(&self, tag: &str) -> Option<T> {
        self.map
            .get()?
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .get(tag)
            .copied()
    }

    fn put(&self, tag: &str, value: T) {
        let mut map = self.map().write().unwrap_or_else(PoisonError::into_inner);
        if map.len() < MAX_CACHED_TAGS {
            map.insert(tag.into(), value);
        }
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.map.get().map_or(0, |m| {
            m.read().unwrap_or_else(PoisonError::into_inner).len()
        })
    }
}

/// The catalogue of status texts in every locale it has.
///
/// [`Catalog::embedded`] has the locales shipped with the crate; [`Catalog::builder`]
/// layers an application's own `.ftl` files over them. A catalogue is `Send + Sync`: share
/// one between threads.
///
/// ```
/// use http_status_i18n::Catalog;
/// let catalog = Catalog::embedded();
/// let entry = catalog.lookup(404, "zh-CN").unwrap();
/// assert_eq!(entry.title(), "未找到");
/// assert_eq!(entry.locale(), "zh-CN");
/// assert_eq!(entry.reason_phrase(), Some("Not Found"));
/// ```
pub struct Catalog {
    /// This catalogue's number, for the per-thread memo of resolved tags.
    number: u32,
    locales: Vec<LocaleData>,
    default: u16,
    index: TagIndex,
    /// Whether every locale is a shipped one (the baked CLDR tables then answer).
    baked: bool,
    /// CLDR chains over this catalogue's locales, for requests that are not spelled as one
    /// of its tags; built on first need.
    resolver: OnceLock<Resolver>,
    /// Request tag → locale serving it (chain head, default included).
    cache: TagCache<u16>,
    /// Accept-Language range → locale that really matches it, if any.
    range_cache: TagCache<Option<u16>>,
    /// The application's theme and templates for its error pages.
    look: Look,
}

/// The look of a catalogue's error pages: a theme and templates, if the application set
/// them.
#[derive(Debug, Clone, Default)]
pub(crate) struct Look {
    #[cfg(feature = "themes")]
    pub(crate) theme: Option<crate::Theme>,
    #[cfg(feature = "templates")]
    pub(crate) html: Option<crate::PageTemplate>,
    #[cfg(feature = "templates")]
    pub(crate) text: Option<crate::PageTemplate>,
}

impl fmt::Debug for Catalog {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Catalog")
            .field(
                "locales",
                &self.locales().map(|l| l.tag()).collect::<Vec<_>>(),
            )
            .finish_non_exhaustive()
    }
}

impl Catalog {
    /// The catalogue of the locales shipped with the crate (or those selected at build
    /// time; see the crate documentation), built on first use from static tables.
    ///
    /// ```
    /// let catalog = http_status_i18n::Catalog::embedded();
    /// assert!(catalog.locales().any(|locale| locale.tag() == "en-US"));
    /// ```
    #[inline]
    pub fn embedded() -> &'static Catalog {
        static EMBEDDED: OnceLock<Catalog> = OnceLock::new();
        EMBEDDED.get_or_init(Catalog::embedded_copy)
    }

    /// Builds a catalogue over `locales`, which hold the default locale (the embedded ones
    /// always do; a stand-in without texts is added otherwise).
    #[cfg(test)]
    pub(crate) fn from_locales(locales: Vec<LocaleData>) -> Catalog {
        Catalog::with_index(locales, true, None)
    }

    /// Builds a catalogue; `baked` says whether every locale is a shipped one.
    #[cfg(feature = "overrides")]
    pub(crate) fn with_locales(locales: Vec<LocaleData>, baked: bool) -> Catalog {
        // Overrides of shipped locales only keep the embedded locales' positions, and so
        // the embedded index.
        let index = baked.then(embedded::index);
        Catalog::with_index(locales, baked, index)
    }

    /// Builds a catalogue with a tag index that fits `locales`, or a new one.
    fn with_index(mut locales: Vec<LocaleData>, baked: bool, index: Option<TagIndex>) -> Catalog {
        let default = locales
            .iter()
            .position(|l| l.tag == DEFAULT_LOCALE)
            .unwrap_or_else(|| {
                let position = locales.len();
                locales.push(LocaleData {
                    tag: Cow::Borrowed(DEFAULT_LOCALE),
                    chain: Cow::Owned(vec![u16::try_from(position).unwrap_or(0)]),
                    table: Table::empty(),
                    direction: Direction::LeftToRight,
                });
                position
            });
        let default = u16::try_from(default).unwrap_or(0);
        let index = index.unwrap_or_else(|| TagIndex::new(locales.iter().map(|l| &*l.tag)));
        Catalog {
            number: recent::new_catalog_number(),
            locales,
            default,
            index,
            baked,
            resolver: OnceLock::new(),
            cache: TagCache::default(),
            range_cache: TagCache::default(),
            look: Look::default(),
        }
    }

    /// A copy of the embedded catalogue, to give a look of its own.
    pub(crate) fn embedded_copy() -> Catalog {
        Catalog::with_index(embedded::locale_data(), true, Some(embedded::index()))
    }

    /// This catalogue's number, unique in the process.
    #[cfg(feature = "templates")]
    pub(crate) fn number(&self) -> u32 {
        self.number
    }

    pub(crate) fn set_look(&mut self, look: Look) {
        self.look = look;
    }

    /// The theme of this catalogue's error pages, if it has one.
    #[cfg(feature = "themes")]
    pub fn theme(&self) -> Option<&crate::Theme> {
        self.look.theme.as_ref()
    }

    /// This catalogue's page template for `format`, if it has one.
    #[cfg(feature = "templates")]
    pub fn template(&self, format: crate::Format) -> Option<&crate::PageTemplate> {
        match format {
            crate::Format::Html => self.look.html.as_ref(),
            crate::Format::Text => self.look.text.as_ref(),
            _ => None,
        }
    }

    /// The CLDR chain resolver over this catalogue's locales, built on first use.
    pub(crate) fn resolver(&self) -> &Resolver {
        self.resolver.get_or_init(|| {
            let tags = self.locales.iter().map(|l| l.tag.to_string()).collect();
            Resolver::new(tags, self.default, self.baked)
        })
    }

    /// The locales of this catalogue, sorted by tag for the embedded ones, followed by
    /// locales that overrides added.
    pub fn locales(&self) -> impl ExactSizeIterator<Item = Locale<'_>> + '_ {
        (0..self.locales.len()).map(move |i| self.at(u16::try_from(i).unwrap_or(self.default)))
    }

    /// The handle of the locale at a position.
    #[inline]
    pub(crate) fn at(&self, id: u16) -> Locale<'_> {
        Locale::new(self, id)
    }

    /// The data of the locale at a position.
    #[inline]
    pub(crate) fn data(&self, id: u16) -> Option<&LocaleData> {
        self.locales.get(usize::from(id))
    }

    /// The locale that serves requests for `tag`: the first locale of its fallback chain.
    ///
    /// Never fails: a malformed or unknown tag gets the default locale, en-US. A tag
    /// spelled exactly as the catalogue spells it is found in a few nanoseconds; other
    /// tags are canonicalized and resolved once, then cached.
    ///
    /// ```
    /// let catalog = http_status_i18n::Catalog::embedded();
    /// assert_eq!(catalog.locale("zh_CN.UTF-8").tag(), "zh-CN");
    /// assert_eq!(catalog.locale("tlh-Latn").tag(), "en-US");
    /// ```
    #[inline]
    pub fn locale(&self, tag: &str) -> Locale<'_> {
        let id = match self.index.get(tag) {
            Some(id) => id,
            None => self.resolve_uncommon(tag),
        };
        self.at(id)
    }

    /// The locale that `tag` resolves to, or `None` if the catalogue has nothing closer
    /// than the default locale for it. Malformed tags give `None` too.
    ///
    /// ```
    /// let catalog = http_status_i18n::Catalog::embedded();
    /// assert_eq!(catalog.find_locale("zh-SG").map(|l| l.tag()), Some("zh-CN"));
    /// assert_eq!(catalog.find_locale("en-GB").map(|l| l.tag()), Some("en-US"));
    /// assert!(catalog.find_locale("x-klingon").is_none());
    /// ```
    pub fn find_locale(&self, tag: &str) -> Option<Locale<'_>> {
        let chain = self.resolver().chain(canonical_locale(tag).as_ref());
        let &first = chain.first()?;
        let default_matched = chain.len() == 1 && first == self.default;
        if default_matched && !self.resolves_to_default(tag) {
            return None;
        }
        Some(self.at(first))
    }

    /// Whether `tag` itself leads to the default locale (en-US, en-GB, en...), as opposed
    /// to landing there because nothing else matched.
    fn resolves_to_default(&self, tag: &str) -> bool {
        let Some(request) = canonical_locale(tag) else {
            return false;
        };
        let Some(default) = self
            .data(self.default)
            .and_then(|d| canonical_locale(&d.tag))
        else {
            return false;
        };
        request.language == default.language
    }

    /// Resolution of tags that are not spelled exactly like one of ours: the thread's memo,
    /// then the shared cache, then canonicalization and the CLDR chain.
    #[inline(never)]
    fn resolve_uncommon(&self, tag: &str) -> u16 {
        let memo = self.number.wrapping_mul(2);
        if let Some(id) = recent::get(memo, tag) {
            return id;
        }
        let id = self.resolve_shared(tag);
        recent::put(memo, tag, id);
        id
    }

    #[cold]
    fn resolve_shared(&self, tag: &str) -> u16 {
        if tag.len() > MAX_TAG_LEN {
            return self.default;
        }
        if let Some(id) = self.cache.get(tag) {
            return id;
        }
        let canonical = canonical_locale(tag);
        let id = canonical
            .as_ref()
            .and_then(|locale| self.position_of(&locale.to_string()))
            .or_else(|| self.resolver().chain(canonical.as_ref()).first().copied())
            .unwrap_or(self.default);
        self.cache.put(tag, id);
        id
    }

    /// The default locale (en-US), which ends every chain.
    pub fn default_locale(&self) -> Locale<'_> {
        self.at(self.default)
    }

    /// The locale that really matches a language range (not the default by omission),
    /// cached per distinct range.
    pub(crate) fn match_range(&self, range: &str) -> Option<Locale<'_>> {
        if let Some(id) = self.index.get(range) {
            return Some(self.at(id));
        }
        if range.len() > MAX_TAG_LEN {
            return None;
        }
        let memo = self.number.wrapping_mul(2).wrapping_add(1);
        if let Some(answer) = recent::get(memo, range) {
            return (answer != u16::MAX).then(|| self.at(answer));
        }
        let cached = self.range_cache.get(range);
        let id = match cached {
            Some(id) => id,
            None => {
                let id = self.find_locale(range).map(|locale| locale.id());
                self.range_cache.put(range, id);
                id
            }
        };
        recent::put(memo, range, id.unwrap_or(u16::MAX));
        id.map(|id| self.at(id))
    }

    /// The locales with the language and script of `range`, in any region.
    pub(crate) fn same_language_other_region(&self, range: &str) -> Vec<Locale<'_>> {
        let Some(request) = canonical_locale(range) else {
            return Vec::new();
        };
        self.resolver()
            .same_language_and_script(&request)
            .into_iter()
            .map(|id| self.at(id))
            .collect()
    }

    /// The likely-subtags form of a locale's tag.
    pub(crate) fn maximized(&self, locale: Locale<'_>) -> Option<LanguageTag> {
        self.resolver().maximized_at(locale.id())
    }

    /// The entry for `code` in the locale that `tag` resolves to; see [`Locale::lookup`].
    ///
    /// ```
    /// let catalog = http_status_i18n::Catalog::embedded();
    /// let entry = catalog.lookup(460, "en-US").unwrap();
    /// assert!(entry.is_class_fallback());
    /// assert_eq!(entry.title(), "Client Error");
    /// assert!(catalog.lookup(600, "en-US").is_none());
    /// ```
    #[inline]
    pub fn lookup(&self, code: u16, tag: &str) -> Option<crate::Entry<'_>> {
        self.locale(tag).lookup(code)
    }

    /// The description of `code` in the locale that `tag` resolves to.
    #[inline]
    pub fn describe(&self, code: u16, tag: &str) -> Option<&str> {
        self.locale(tag).describe(code)
    }

    /// The title of `code` in the locale that `tag` resolves to.
    #[inline]
    pub fn title(&self, code: u16, tag: &str) -> Option<&str> {
        self.locale(tag).title(code)
    }

    /// The position of the locale with canonical tag `tag`.
    fn position_of(&self, tag: &str) -> Option<u16> {
        self.index.get(tag).or_else(|| {
            let i = self.locales.iter().position(|l| l.tag == tag)?;
            u16::try_from(i).ok()
        })
    }

    /// The tag of the locale at a position.
    pub(crate) fn tag_of(&self, id: u16) -> &str {
        self.data(id).map_or(DEFAULT_LOCALE, |l| &l.tag)
    }
}

/// An ICU4X chain resolver over locales given by their canonical tags, in catalogue order
/// (for the bake, and for catalogues whose overrides add locales).
#[cfg(feature = "overrides")]
pub(crate) fn resolver_for<'t>(
    tags: impl Iterator<Item = &'t str>,
) -> crate::locale::icu::FallbackResolver {
    let mut default = 0;
    let parsed: Vec<icu_locale::Locale> = tags
        .enumerate()
        .map(|(i, tag)| {
            if tag == DEFAULT_LOCALE {
                default = u16::try_from(i).unwrap_or(0);
            }
            tag.parse().unwrap_or(icu_locale::Locale::UNKNOWN)
        })
        .collect();
    crate::locale::icu::FallbackResolver::new(&parsed, default)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn every_embedded_table_is_well_formed_and_every_chain_ends_in_the_default() {
        let catalog = Catalog::embedded();
        for data in &catalog.locales {
            assert!(data.table.is_well_formed(), "{}", data.tag);
            assert_eq!(
                data.chain.first().map(|&id| catalog.tag_of(id)),
                Some(&*data.tag)
            );
            assert_eq!(data.chain.last(), Some(&catalog.default), "{}", data.tag);
        }
    }

    #[test]
    fn the_baked_index_finds_every_embedded_locale_at_its_position() {
        let catalog = Catalog::embedded();
        for (position, data) in catalog.locales.iter().enumerate() {
            assert_eq!(
                catalog.index.get(&data.tag),
                Some(position as u16),
                "{}",
                data.tag
            );
        }
        assert_eq!(catalog.index.get("xx-YY"), None);
    }

    #[test]
    fn exact_tags_resolve_without_the_resolver() {
        let catalog = Catalog::from_locales(embedded::locale_data());
        assert_eq!(catalog.locale("de").tag(), "de");
        assert!(catalog.resolver.get().is_none());
        assert_eq!(catalog.locale("de-AT").tag(), "de");
        assert!(catalog.resolver.get().is_some());
    }

    #[test]
    fn a_catalogue_without_the_default_gets_an_empty_stand_in() {
        let catalog = Catalog::from_locales(Vec::new());
        assert_eq!(catalog.default_locale().tag(), DEFAULT_LOCALE);
        assert_eq!(catalog.title(404, "de"), None);
    }

    #[test]
    fn the_tag_cache_stops_growing_at_its_limit() {
        let catalog = Catalog::from_locales(embedded::locale_data());
        for i in 0..MAX_CACHED_TAGS + 10 {
            let _ = catalog.locale(&format!("de-x-{i}"));
        }
        let cached = catalog.cache.len();
        assert_eq!(cached, MAX_CACHED_TAGS);
    }
}
