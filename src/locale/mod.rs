//! Language tags: canonicalization, CLDR fallback chains and the index of the locales a
//! catalogue ships.
//!
//! Canonicalization and fallback are CLDR's, through ICU4X (`icu_locale`): aliases
//! (`iw` → `he`, `in` → `id`, `sh` → `sr-Latn`), likely subtags (`zh-HK` is written in
//! Traditional script) and parent locales (`pt-AO` → `pt-PT`, `es-MX` → `es-419` → `es`).
//! What this module adds by hand is only what CLDR leaves to applications: POSIX locale
//! names (`zh_CN.UTF-8`, `sr_RS@latin`), dropping extensions, and reading the macrolanguage
//! `no` as Bokmål, the written standard the catalogue ships as `nb`.

mod chain;
mod index;
pub(crate) mod recent;

pub(crate) use chain::FallbackResolver;
pub(crate) use index::TagIndex;

use icu_locale::{Locale as IcuLocale, LocaleCanonicalizer};

/// Longest tag that is looked at. Real tags are far shorter (BCP 47 recommends support
/// for 35 characters); anything longer is treated as malformed without being parsed.
pub const MAX_TAG_LEN: usize = 128;

/// Constructing it is free (`const`, over compiled data); its owned form is not `Sync`.
const CANONICALIZER: LocaleCanonicalizer = LocaleCanonicalizer::new_extended();

/// Canonicalizes a language tag the way the catalogue reads it, or `None` when the tag is
/// malformed, empty, too long or names no language (`und`, `C`, `POSIX`).
///
/// Accepts BCP 47 tags in any case, `_` for `-`, POSIX locale names with a codeset or
/// modifier (`zh_CN.UTF-8`, `sr_RS@latin`), deprecated codes (`iw`, `in`, `no`), and
/// ignores `-u-`, `-t-` and `-x-` extensions.
///
/// ```
/// use http_status_i18n::canonicalize;
/// assert_eq!(canonicalize("zh_cn.UTF-8").as_deref(), Some("zh-CN"));
/// assert_eq!(canonicalize("iw").as_deref(), Some("he"));
/// assert_eq!(canonicalize("no").as_deref(), Some("nb"));
/// assert_eq!(canonicalize("sr_RS@latin").as_deref(), Some("sr-Latn-RS"));
/// assert_eq!(canonicalize("de-DE-u-co-phonebk-x-private").as_deref(), Some("de-DE"));
/// assert_eq!(canonicalize("not a tag"), None);
/// ```
pub fn canonicalize(tag: &str) -> Option<String> {
    canonical_locale(tag).map(|locale| locale.to_string())
}

/// [`canonicalize`], returning the ICU4X locale.
pub(crate) fn canonical_locale(tag: &str) -> Option<IcuLocale> {
    let tag = tag.trim_matches(|c: char| c.is_ascii_whitespace());
    if tag.is_empty() || tag.len() > MAX_TAG_LEN || !tag.is_ascii() {
        return None;
    }
    // POSIX: language[_territory][.codeset][@modifier]. The codeset says nothing about
    // the language; the modifiers `latin` and `cyrillic` name a script.
    let (tag, modifier) = match tag.split_once('@') {
        Some((tag, modifier)) => (tag, Some(modifier)),
        None => (tag, None),
    };
    let tag = tag.split_once('.').map_or(tag, |(tag, _codeset)| tag);
    if tag.eq_ignore_ascii_case("C") || tag.eq_ignore_ascii_case("POSIX") {
        return None;
    }
    let tag = tag.replace('_', "-");
    let mut locale = IcuLocale::try_from_str(&tag).ok()?;
    locale.extensions = Default::default();
    if let Some(modifier) = modifier {
        let script = if modifier.eq_ignore_ascii_case("latin") {
            Some(icu_locale::subtags::script!("Latn"))
        } else if modifier.eq_ignore_ascii_case("cyrillic") {
            Some(icu_locale::subtags::script!("Cyrl"))
        } else {
            None
        };
        if script.is_some() {
            locale.id.script = script;
        }
    }
    CANONICALIZER.canonicalize(&mut locale);
    if locale.id.language.is_unknown() {
        return None;
    }
    // CLDR keeps `no` as the macrolanguage; written Norwegian is Bokmål in the large
    // majority of texts, and the catalogue ships it as `nb`.
    if locale.id.language == icu_locale::subtags::language!("no") {
        locale.id.language = icu_locale::subtags::language!("nb");
    }
    Some(locale)
}

/// The direction of a tag's script, from CLDR's script data (through likely subtags):
/// right to left for Arabic, Hebrew, Persian, Urdu ...; left to right otherwise and for
/// malformed tags.
///
/// ```
/// use http_status_i18n::{direction_of, Direction};
/// assert_eq!(direction_of("ur"), Direction::RightToLeft);
/// assert_eq!(direction_of("sr-Latn"), Direction::LeftToRight);
/// ```
pub fn direction_of(tag: &str) -> crate::Direction {
    let directionality = icu_locale::LocaleDirectionality::new_common();
    match canonical_locale(tag).map(|locale| directionality.is_right_to_left(&locale.id)) {
        Some(true) => crate::Direction::RightToLeft,
        _ => crate::Direction::LeftToRight,
    }
}
