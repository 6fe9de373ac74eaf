//! Language tags: canonicalization, CLDR fallback chains and the index of the locales a
//! catalogue ships.
//!
//! Canonicalization and fallback are CLDR's, from tables that the bake reads out of ICU4X
//! (`icu_locale`; see [`cldr`]), so ICU4X is not part of the runtime build: aliases
//! (`iw` → `he`, `in` → `id`, `sh` → `sr-Latn`), likely subtags (`zh-HK` is written in
//! Traditional script) and parent locales (`pt-AO` → `pt-PT`, `es-MX` → `es-419` → `es`).
//! What this module adds by hand is only what CLDR leaves to applications: POSIX locale
//! names (`zh_CN.UTF-8`, `sr_RS@latin`), dropping extensions, and reading the macrolanguage
//! `no` as Bokmål, the written standard the catalogue ships as `nb`.

pub(crate) mod cldr;
#[cfg(feature = "overrides")]
pub(crate) mod icu;
mod index;
pub(crate) mod perfect_hash;
pub(crate) mod recent;
mod resolver;
pub(crate) mod tag;

pub(crate) use index::TagIndex;
pub(crate) use resolver::Resolver;
pub(crate) use tag::LanguageTag;

/// Longest tag that is looked at. Real tags are far shorter (BCP 47 recommends support
/// for 35 characters); anything longer is treated as malformed without being parsed.
pub const MAX_TAG_LEN: usize = 128;

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

/// What the catalogue reads before BCP 47 parsing: the tag trimmed, within
/// [`MAX_TAG_LEN`] and ASCII, POSIX names taken apart (`language[_territory][.codeset]
/// [@modifier]`: the codeset says nothing about the language, the modifiers `latin` and
/// `cyrillic` name a script), `_` read as `-`. `None` for what names no locale (`C`,
/// `POSIX`, empty, too long, not ASCII). Returns the tag and the modifier's script.
pub(crate) fn posix_parts(tag: &str) -> Option<(String, Option<&'static str>)> {
    let tag = tag.trim_matches(|c: char| c.is_ascii_whitespace());
    if tag.is_empty() || tag.len() > MAX_TAG_LEN || !tag.is_ascii() {
        return None;
    }
    let (tag, modifier) = match tag.split_once('@') {
        Some((tag, modifier)) => (tag, Some(modifier)),
        None => (tag, None),
    };
    let tag = tag.split_once('.').map_or(tag, |(tag, _codeset)| tag);
    if tag.eq_ignore_ascii_case("C") || tag.eq_ignore_ascii_case("POSIX") {
        return None;
    }
    let script = modifier.and_then(|modifier| {
        if modifier.eq_ignore_ascii_case("latin") {
            Some("Latn")
        } else if modifier.eq_ignore_ascii_case("cyrillic") {
            Some("Cyrl")
        } else {
            None
        }
    });
    Some((tag.replace('_', "-"), script))
}

/// [`canonicalize`], returning the parsed tag.
pub(crate) fn canonical_locale(tag: &str) -> Option<LanguageTag> {
    let (tag, script) = posix_parts(tag)?;
    let mut locale = LanguageTag::parse(&tag)?;
    if let Some(script) = script {
        locale.script = Some(script.to_owned());
    }
    cldr::canonicalize(&mut locale);
    if locale.language == "und" {
        return None;
    }
    // CLDR keeps `no` as the macrolanguage; written Norwegian is Bokmål in the large
    // majority of texts, and the catalogue ships it as `nb`.
    if locale.language == "no" {
        "nb".clone_into(&mut locale.language);
    }
    Some(locale)
}
