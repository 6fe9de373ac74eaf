//! Tags that are not in the pack but that the library's CLDR chains send to another pack
//! locale than their bare language does: `zh-MO` → zh-HK (not zh-CN, which `zh` gets),
//! `zh-Hant` → zh-TW, `es-MX` → es-419, `pt-AO` → pt-PT.
//!
//! Servers that match languages by prefix (Apache's mod_negotiation, the nginx and Caddy
//! maps, HAProxy's `language` converter) cannot follow those chains, so the pack lists
//! each alias next to the file it must get: a Traditional Chinese region never falls to
//! Simplified Chinese.

use http_status_i18n::Catalog;

/// ISO 3166-1 regions, and UN M.49 419 (Latin America), as CLDR uses them.
const REGIONS: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI \
    BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX \
    CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL \
    GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP \
    KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK \
    ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE \
    PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM \
    SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY \
    UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW 419";

/// The scripts that decide a locale on their own (`zh-Hant`, `sr-Latn`).
const SCRIPTS: [&str; 5] = ["Latn", "Cyrl", "Arab", "Hans", "Hant"];

/// For Apache's `LanguagePriority`: a tag that only `base`'s variants carry, so that a
/// tie on a bare range (`sr` matches `sr` and `sr-Latn` by prefix) goes to `base`. That is
/// `base` itself unless another pack tag starts with it, else its script alias.
pub(crate) fn priority_tag<'a>(base: &'a str, pack: &[&str], aliases: &'a [Alias]) -> &'a str {
    let prefix = format!("{base}-");
    if !pack.iter().any(|tag| tag.starts_with(&prefix)) {
        return base;
    }
    aliases
        .iter()
        .find(|a| {
            a.target == base
                && a.tag
                    .strip_prefix(&prefix)
                    .is_some_and(|script| SCRIPTS.contains(&script))
        })
        .map_or(base, |a| a.tag.as_str())
}

/// A tag that is not in the pack, and the pack locale whose files it gets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Alias {
    /// The tag, as CLDR spells it (`zh-MO`).
    pub(crate) tag: String,
    /// The pack locale it resolves to (`zh-HK`).
    pub(crate) target: &'static str,
}

/// The first locale of `tag`'s fallback chain that is in the pack.
pub(crate) fn resolve_in_pack(
    catalog: &'static Catalog,
    pack: &[&'static str],
    tag: &str,
) -> Option<&'static str> {
    let locale = catalog.find_locale(tag)?;
    locale
        .fallback_chain()
        .into_iter()
        .find(|chained| pack.contains(chained))
}

/// The aliases for a pack of `pack` locales: language-region and language-script tags
/// whose locale differs from their bare language's; each bare language that is not a
/// pack tag itself (`zh` → zh-CN, `pt` → pt-BR); and where a bare language is a pack tag
/// that shares its language with others (`sr` next to `sr-Latn`, `es` next to `es-419`),
/// the first script tag that resolves to it (`sr-Cyrl`, `es-Latn`): a tag only its files
/// carry, for Apache's `LanguagePriority` (see [`priority_tag`]). Sorted by tag.
pub(crate) fn aliases(catalog: &'static Catalog, pack: &[&'static str]) -> Vec<Alias> {
    let mut languages: Vec<&str> = pack
        .iter()
        .filter_map(|tag| tag.split('-').next())
        .collect();
    languages.sort_unstable();
    languages.dedup();
    let is_pack_tag = |tag: &str| pack.iter().any(|p| p.eq_ignore_ascii_case(tag));
    let mut found = Vec::new();
    for language in languages {
        let Some(base) = resolve_in_pack(catalog, pack, language) else {
            continue;
        };
        let several = pack
            .iter()
            .filter(|tag| tag.split('-').next() == Some(language))
            .count()
            > 1;
        let mut needs_own_tag = several && is_pack_tag(language);
        if !is_pack_tag(language) {
            found.push(Alias {
                tag: language.to_owned(),
                target: base,
            });
        }
        let suffixes = REGIONS.split_whitespace().chain(SCRIPTS);
        for suffix in suffixes {
            let tag = format!("{language}-{suffix}");
            if is_pack_tag(&tag) {
                continue;
            }
            if let Some(target) = resolve_in_pack(catalog, pack, &tag) {
                let own_tag = needs_own_tag && SCRIPTS.contains(&suffix) && target == base;
                if target != base || own_tag {
                    needs_own_tag &= !own_tag;
                    found.push(Alias { tag, target });
                }
            }
        }
    }
    found.sort_by(|a, b| a.tag.cmp(&b.tag));
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target<'a>(aliases: &'a [Alias], tag: &str) -> Option<&'a str> {
        aliases.iter().find(|a| a.tag == tag).map(|a| a.target)
    }

    #[test]
    fn traditional_chinese_regions_never_get_simplified() {
        let catalog = Catalog::embedded();
        let pack: Vec<&str> = catalog.locales().map(|l| l.tag()).collect();
        let found = aliases(catalog, &pack);
        assert_eq!(target(&found, "zh-MO"), Some("zh-HK"));
        assert_eq!(target(&found, "zh-Hant"), Some("zh-TW"));
        assert_eq!(target(&found, "zh"), Some("zh-CN"));
        assert_eq!(target(&found, "es-MX"), Some("es-419"));
        assert_eq!(target(&found, "pt-AO"), Some("pt-PT"));
        // Same locale as the bare language: no alias needed.
        assert_eq!(target(&found, "de-AT"), None);
        assert_eq!(target(&found, "zh-SG"), None);
        // A tag only sr's files carry, for Apache's LanguagePriority.
        assert_eq!(target(&found, "sr-Cyrl"), Some("sr"));
        assert_eq!(target(&found, "es-Latn"), Some("es"));
        assert_eq!(priority_tag("sr", &pack, &found), "sr-Cyrl");
        assert_eq!(priority_tag("zh-CN", &pack, &found), "zh-CN");
        // Pack tags are never aliases.
        assert_eq!(target(&found, "zh-HK"), None);
    }

    #[test]
    fn aliases_follow_the_pack_not_the_catalogue() {
        let catalog = Catalog::embedded();
        // Without zh-HK in the pack, zh-MO follows zh-HK's chain to zh-TW.
        let found = aliases(catalog, &["en-US", "zh-CN", "zh-TW"]);
        assert_eq!(target(&found, "zh-MO"), Some("zh-TW"));
        assert_eq!(target(&found, "zh-HK"), Some("zh-TW"));
        assert!(found
            .iter()
            .all(|a| ["zh-CN", "zh-TW", "en-US"].contains(&a.target)));
    }
}
