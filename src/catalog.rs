//! [`Catalog`]: the locales, their texts pre-rendered into tables, and the lookups.
//!
//! Each locale's `.ftl` files are parsed on the first lookup in that locale, once, and every
//! message rendered into a table indexed by registry position. The table of a locale is
//! already merged with its fallback chain, so a lookup after warm-up is a tag match (see
//! [`crate::locale`]), an atomic load and two array reads: no parsing, no formatting, no
//! allocation.

use std::collections::HashMap;
use std::fmt;
use std::path::Path;
use std::sync::{OnceLock, PoisonError, RwLock};

use icu_locale::Locale as IcuLocale;

use crate::embedded::{self, DEFAULT_LOCALE};
use crate::entry::Entry;
use crate::ftl::{self, Layer, PageMessage, PartialTexts, Template, TABLE_LEN};
use crate::locale::{canonical_locale, recent, FallbackResolver, TagIndex, MAX_TAG_LEN};
use crate::registry::{self, Class};
use crate::CatalogBuilder;

/// How many distinct request tags a catalogue remembers after resolving them. Further
/// tags are resolved each time (correct, only slower), so that hostile input cannot grow
/// memory without bound.
const MAX_CACHED_TAGS: usize = 1024;

/// One text and the position of the locale that supplied it.
#[derive(Debug)]
pub(crate) struct Text {
    pub(crate) text: Box<str>,
    pub(crate) locale: u16,
}

/// The texts of one message in one locale, merged along its fallback chain.
#[derive(Debug)]
pub(crate) struct Resolved {
    pub(crate) title: Text,
    pub(crate) description: Text,
    pub(crate) advice: Option<Text>,
}

/// A page text and the position of the locale that supplied it.
#[derive(Debug)]
pub(crate) struct PageText {
    pub(crate) template: Template,
    pub(crate) locale: u16,
}

/// A locale's texts merged along its chain.
#[derive(Debug)]
pub(crate) struct Table {
    /// Status texts by table position; `None` only where no locale in the chain has a
    /// title and a description (never for the shipped locales, which tests check).
    entries: Box<[Option<Resolved>]>,
    /// Page texts by [`ftl::PAGE_MESSAGES`] position.
    page: Box<[Option<PageText>]>,
    /// The direction of the locale's script.
    direction: Direction,
}

impl Table {
    #[inline]
    fn get(&self, position: usize) -> Option<&Option<Resolved>> {
        self.entries.get(position)
    }
}

/// One locale of a catalogue.
pub(crate) struct LocaleData {
    /// Canonical tag.
    pub(crate) tag: Box<str>,
    /// The tag of the embedded locale folder, if the crate ships this locale.
    pub(crate) embedded: Option<&'static str>,
    /// Overrides from the builder, already validated, in the order given.
    pub(crate) overrides: Vec<Layer>,
    /// Positions of the locales consulted, this one first and the default last; computed
    /// on first use, so that building a catalogue stays cheap.
    chain: OnceLock<Vec<u16>>,
    /// Embedded texts with the overrides applied; rendered on first use.
    own: OnceLock<Layer>,
    /// Texts merged along the chain; built on first use.
    table: OnceLock<Table>,
}

impl LocaleData {
    pub(crate) fn new(tag: Box<str>, embedded: Option<&'static str>) -> LocaleData {
        LocaleData {
            tag,
            embedded,
            overrides: Vec::new(),
            chain: OnceLock::new(),
            own: OnceLock::new(),
            table: OnceLock::new(),
        }
    }
}

/// The catalogue of status texts in every locale it has.
///
/// [`Catalog::embedded`] has the locales shipped with the crate; [`Catalog::builder`]
/// layers an application's own `.ftl` files over them. A catalogue is `Send + Sync`: share
/// one between threads (it loads each locale once, whichever thread asks first).
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
    by_tag: HashMap<Box<str>, u16>,
    /// CLDR chains over this catalogue's locales; built on first need, since a lookup by
    /// an exact tag in a complete locale never needs it.
    resolver: OnceLock<FallbackResolver>,
    /// Request tag → locale serving it (chain head, default included).
    cache: RwLock<HashMap<Box<str>, u16>>,
    /// Accept-Language range → locale that really matches it, if any.
    range_cache: RwLock<HashMap<Box<str>, Option<u16>>>,
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
    /// The catalogue of the locales shipped with the crate, built on first use.
    ///
    /// ```
    /// let catalog = http_status_i18n::Catalog::embedded();
    /// assert!(catalog.locales().any(|locale| locale.tag() == "en-US"));
    /// ```
    #[inline]
    pub fn embedded() -> &'static Catalog {
        static EMBEDDED: OnceLock<Catalog> = OnceLock::new();
        EMBEDDED.get_or_init(|| Catalog::from_locales(embedded_locale_data()))
    }

    /// A builder that starts from the embedded locales; see [`CatalogBuilder`].
    pub fn builder() -> CatalogBuilder {
        CatalogBuilder::new()
    }

    /// Builds a catalogue over `locales`, which must hold the default locale (the
    /// embedded one always does).
    pub(crate) fn from_locales(mut locales: Vec<LocaleData>) -> Catalog {
        let default = locales
            .iter()
            .position(|l| &*l.tag == DEFAULT_LOCALE)
            .unwrap_or_else(|| {
                locales.push(LocaleData::new(DEFAULT_LOCALE.into(), None));
                locales.len() - 1
            });
        let default = u16::try_from(default).unwrap_or(0);
        let index = TagIndex::new(locales.iter().map(|l| &*l.tag));
        let by_tag = locales
            .iter()
            .enumerate()
            .filter_map(|(i, l)| Some((l.tag.clone(), u16::try_from(i).ok()?)))
            .collect();
        Catalog {
            number: recent::new_catalog_number(),
            locales,
            default,
            index,
            by_tag,
            resolver: OnceLock::new(),
            cache: RwLock::new(HashMap::new()),
            range_cache: RwLock::new(HashMap::new()),
        }
    }

    /// The locale at a position of this catalogue.
    #[cfg(feature = "axum")]
    pub(crate) fn locale_at(&self, position: u16) -> Option<Locale<'_>> {
        (usize::from(position) < self.locales.len()).then_some(Locale {
            catalog: self,
            id: position,
        })
    }

    /// The CLDR chain resolver, built on first use.
    fn resolver(&self) -> &FallbackResolver {
        self.resolver.get_or_init(|| {
            let parsed: Vec<IcuLocale> = self
                .locales
                .iter()
                .map(|l| canonical_locale(&l.tag).unwrap_or(IcuLocale::UNKNOWN))
                .collect();
            FallbackResolver::new(&parsed, self.default)
        })
    }

    /// The locales of this catalogue, sorted by tag for the embedded ones, followed by
    /// locales that overrides added.
    pub fn locales(&self) -> impl ExactSizeIterator<Item = Locale<'_>> + '_ {
        (0..self.locales.len()).map(move |i| Locale {
            catalog: self,
            id: u16::try_from(i).unwrap_or(self.default),
        })
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
        Locale { catalog: self, id }
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
        Some(Locale {
            catalog: self,
            id: first,
        })
    }

    /// Whether `tag` itself leads to the default locale (en-US, en-GB, en...), as opposed
    /// to landing there because nothing else matched.
    fn resolves_to_default(&self, tag: &str) -> bool {
        let Some(request) = canonical_locale(tag) else {
            return false;
        };
        let Some(default) = self
            .locales
            .get(usize::from(self.default))
            .and_then(|d| canonical_locale(&d.tag))
        else {
            return false;
        };
        request.id.language == default.id.language
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
        if let Some(&id) = self
            .cache
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .get(tag)
        {
            return id;
        }
        let canonical = canonical_locale(tag);
        let id = canonical
            .as_ref()
            .and_then(|locale| self.by_tag.get(locale.to_string().as_str()).copied())
            .or_else(|| self.resolver().chain(canonical.as_ref()).first().copied())
            .unwrap_or(self.default);
        let mut cache = self.cache.write().unwrap_or_else(PoisonError::into_inner);
        if cache.len() < MAX_CACHED_TAGS {
            cache.insert(tag.into(), id);
        }
        id
    }

    /// The default locale (en-US), which ends every chain.
    pub fn default_locale(&self) -> Locale<'_> {
        Locale {
            catalog: self,
            id: self.default,
        }
    }

    /// The locale that really matches a language range (not the default by omission),
    /// cached per distinct range.
    pub(crate) fn match_range(&self, range: &str) -> Option<Locale<'_>> {
        if let Some(id) = self.index.get(range) {
            return Some(Locale { catalog: self, id });
        }
        if range.len() > MAX_TAG_LEN {
            return None;
        }
        let memo = self.number.wrapping_mul(2).wrapping_add(1);
        if let Some(answer) = recent::get(memo, range) {
            return (answer != u16::MAX).then_some(Locale {
                catalog: self,
                id: answer,
            });
        }
        let cached = self
            .range_cache
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .get(range)
            .copied();
        let id = match cached {
            Some(id) => id,
            None => {
                let id = self.find_locale(range).map(|locale| locale.id);
                let mut cache = self
                    .range_cache
                    .write()
                    .unwrap_or_else(PoisonError::into_inner);
                if cache.len() < MAX_CACHED_TAGS {
                    cache.insert(range.into(), id);
                }
                id
            }
        };
        recent::put(memo, range, id.unwrap_or(u16::MAX));
        id.map(|id| Locale { catalog: self, id })
    }

    /// The locales with the language and script of `range`, in any region.
    pub(crate) fn same_language_other_region(&self, range: &str) -> Vec<Locale<'_>> {
        let Some(request) = canonical_locale(range) else {
            return Vec::new();
        };
        self.resolver()
            .same_language_and_script(&request)
            .into_iter()
            .map(|id| Locale { catalog: self, id })
            .collect()
    }

    /// The likely-subtags form of a locale's tag.
    pub(crate) fn maximized(&self, locale: Locale<'_>) -> Option<&icu_locale::LanguageIdentifier> {
        self.resolver().maximized_at(locale.id)
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
    pub fn lookup(&self, code: u16, tag: &str) -> Option<Entry<'_>> {
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

    pub(crate) fn tag_of(&self, id: u16) -> &str {
        self.locales
            .get(usize::from(id))
            .map_or(DEFAULT_LOCALE, |l| &l.tag)
    }

    /// The chain of a locale, computed on first use.
    fn chain(&self, id: u16) -> &[u16] {
        match self.locales.get(usize::from(id)) {
            Some(data) => data.chain.get_or_init(|| {
                self.resolver()
                    .chain(canonical_locale(&data.tag).as_ref())
                    .into_iter()
                    // A locale always serves itself first, whatever CLDR says of its tag.
                    .fold(vec![id], |mut chain, next| {
                        if !chain.contains(&next) {
                            chain.push(next);
                        }
                        chain
                    })
            }),
            None => &[],
        }
    }

    /// Embedded texts with overrides applied, rendered on first use.
    fn own(&self, id: u16) -> Option<&Layer> {
        let data = self.locales.get(usize::from(id))?;
        Some(data.own.get_or_init(|| {
            let mut layer = Layer::empty();
            let files = data.embedded.into_iter().flat_map(embedded::files);
            for file in files {
                // The shipped files load without errors (tests/locales.rs checks every one);
                // should one not, its texts fall back along the chain.
                let loaded = std::str::from_utf8(file.bytes).ok().and_then(|source| {
                    ftl::load_layer(Path::new(file.path), &data.tag, source).ok()
                });
                if let Some(loaded) = loaded {
                    layer.overlay(&loaded);
                }
            }
            for over in &data.overrides {
                layer.overlay(over);
            }
            layer
        }))
    }

    /// The merged table of a locale, built on first use.
    #[inline]
    fn table(&self, id: u16) -> Option<&Table> {
        let data = self.locales.get(usize::from(id))?;
        Some(
            data.table
                .get_or_init(|| self.build_table(id, direction_of(&data.tag))),
        )
    }

    #[cold]
    fn build_table(&self, id: u16, direction: Direction) -> Table {
        // Walk the chain only as far as needed: a complete locale (every shipped one) needs
        // no other, and not even its chain, which halves the work of its first use.
        let mut layers: Vec<(u16, &Layer)> = Vec::with_capacity(4);
        if let Some(layer) = self.own(id) {
            layers.push((id, layer));
        }
        if !covers_everything(&layers) {
            for &next in self.chain(id).iter().skip(1) {
                if let Some(layer) = self.own(next) {
                    layers.push((next, layer));
                }
                if covers_everything(&layers) {
                    break;
                }
            }
        }
        let page = (0..ftl::PAGE_MESSAGES.len())
            .map(|position| {
                layers.iter().find_map(|(id, layer)| {
                    let template = layer.page.get(position)?.as_ref()?;
                    Some(PageText {
                        template: template.clone(),
                        locale: *id,
                    })
                })
            })
            .collect();
        let entries = (0..TABLE_LEN)
            .map(|position| {
                let pick = |field: fn(&PartialTexts) -> &Option<Box<str>>| {
                    layers.iter().find_map(|(id, layer)| {
                        let text = field(layer.texts.get(position)?).as_ref()?;
                        Some(Text {
                            text: text.clone(),
                            locale: *id,
                        })
                    })
                };
                Some(Resolved {
                    title: pick(|t| &t.title)?,
                    description: pick(|t| &t.description)?,
                    advice: pick(|t| &t.advice),
                })
            })
            .collect();
        Table {
            entries,
            page,
            direction,
        }
    }
}

/// Whether `layers` together have every text a complete locale has: title and description
/// of every message, advice of every 4xx/5xx code, class and the unknown status, and every
/// page text.
fn covers_everything(layers: &[(u16, &Layer)]) -> bool {
    let has = |get: &dyn Fn(&Layer) -> bool| layers.iter().any(|(_, layer)| get(layer));
    let texts_complete = (0..TABLE_LEN).all(|position| {
        let field = |pick: fn(&PartialTexts) -> bool| {
            has(&|layer: &Layer| layer.texts.get(position).is_some_and(pick))
        };
        field(|t| t.title.is_some())
            && field(|t| t.description.is_some())
            && (!ftl::needs_advice(position) || field(|t| t.advice.is_some()))
    });
    texts_complete
        && (0..ftl::PAGE_MESSAGES.len()).all(|position| {
            has(&|layer: &Layer| layer.page.get(position).is_some_and(Option::is_some))
        })
}

pub(crate) fn embedded_locale_data() -> Vec<LocaleData> {
    embedded::tags()
        .map(|tag| LocaleData::new(tag.into(), Some(tag)))
        .collect()
}

/// A locale of a [`Catalog`], already resolved: lookups through it skip tag resolution.
///
/// Cheap to copy; get one with [`Catalog::locale`] and keep it for the lifetime of a
/// request or a whole application.
///
/// ```
/// let zh_hk = http_status_i18n::Catalog::embedded().locale("zh-HK");
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

impl<'a> Locale<'a> {
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
        self.catalog
            .chain(self.id)
            .iter()
            .map(|&id| self.catalog.tag_of(id))
            .collect()
    }

    #[inline]
    fn resolved(self, code: u16) -> Option<(&'a Resolved, bool)> {
        let table = self.catalog.table(self.id)?;
        if let Some(position) = registry::position(code) {
            if let Some(Some(resolved)) = table.get(position) {
                return Some((resolved, false));
            }
        }
        let class = Class::of(code)?;
        table
            .get(ftl::class_position(class))?
            .as_ref()
            .map(|resolved| (resolved, true))
    }

    /// The entry for `code`: its facts and its texts in this locale.
    ///
    /// A code in 100..=599 that the catalogue does not know gets its class's texts
    /// ([`Entry::is_class_fallback`]); a number outside 100..=599 gets `None`.
    #[inline]
    pub fn lookup(self, code: u16) -> Option<Entry<'a>> {
        let (resolved, class_fallback) = self.resolved(code)?;
        Some(Entry::new(self.catalog, code, resolved, class_fallback))
    }

    /// The description of `code` (for developers) in this locale.
    #[inline]
    pub fn describe(self, code: u16) -> Option<&'a str> {
        self.resolved(code).map(|(r, _)| &*r.description.text)
    }

    /// The title of `code` (its reason phrase as people read it) in this locale.
    #[inline]
    pub fn title(self, code: u16) -> Option<&'a str> {
        self.resolved(code).map(|(r, _)| &*r.title.text)
    }

    /// The advice for visitors of an error page with `code`, where there is one (4xx and
    /// 5xx).
    #[inline]
    pub fn advice(self, code: u16) -> Option<&'a str> {
        self.resolved(code)
            .and_then(|(r, _)| r.advice.as_ref())
            .map(|advice| &*advice.text)
    }

    /// The direction this locale's text is written in.
    ///
    /// ```
    /// use http_status_i18n::{Catalog, Direction};
    /// assert_eq!(Catalog::embedded().locale("ar").direction(), Direction::RightToLeft);
    /// assert_eq!(Catalog::embedded().locale("fr").direction(), Direction::LeftToRight);
    /// ```
    pub fn direction(self) -> Direction {
        match self.catalog.table(self.id) {
            Some(table) => table.direction,
            None => direction_of(self.tag()),
        }
    }

    /// A page text (from `error-page.ftl`) and the locale that supplied it.
    pub(crate) fn page_text(self, message: PageMessage) -> Option<(&'a Template, Locale<'a>)> {
        let table = self.catalog.table(self.id)?;
        let text = table.page.get(message as usize)?.as_ref()?;
        Some((
            &text.template,
            Locale {
                catalog: self.catalog,
                id: text.locale,
            },
        ))
    }

    /// The texts for a number that is not a status code (`http-unknown`), with the
    /// locale that supplied each: `(title, description, advice)`.
    pub(crate) fn unknown_texts(self) -> Option<&'a Resolved> {
        let table = self.catalog.table(self.id)?;
        table.get(ftl::UNKNOWN_POSITION)?.as_ref()
    }

    /// The texts for `code`, its own or its class's, or the unknown-code texts outside
    /// 100..=599.
    pub(crate) fn texts_or_unknown(self, code: u16) -> Option<&'a Resolved> {
        match self.resolved(code) {
            Some((resolved, _)) => Some(resolved),
            None => self.unknown_texts(),
        }
    }

    /// This locale's position in its catalogue.
    #[cfg(feature = "axum")]
    pub(crate) fn position(self) -> u16 {
        self.id
    }

    /// The locale at a catalogue position (for texts that name their source locale).
    pub(crate) fn sibling(self, id: u16) -> Locale<'a> {
        Locale {
            catalog: self.catalog,
            id,
        }
    }
}

/// The direction a script is written in, for `dir` attributes of HTML.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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

/// Direction of a canonical tag, from CLDR's script data (through likely subtags).
fn direction_of(tag: &str) -> Direction {
    let directionality = icu_locale::LocaleDirectionality::new_common();
    match canonical_locale(tag).map(|locale| directionality.is_right_to_left(&locale.id)) {
        Some(true) => Direction::RightToLeft,
        _ => Direction::LeftToRight,
    }
}
