//! CLDR canonicalization, likely subtags and fallback chains over the shipped locales, from
//! the tables that the bake reads out of ICU4X (`src/catalog/baked/cldr.rs`). No ICU4X
//! code runs here; `tests/cldr.rs` checks every answer against ICU4X.

use super::tag::LanguageTag;
use crate::catalog::baked::cldr::{
    CHAINS, COMPLEX_REGIONS, LANGUAGE_ALIASES, LANGUAGE_RULES, LANGUAGE_VARIANT_RULES, LIKELY,
    LIKELY_REGIONS, REGIONS_BY_SCRIPT, REGION_ALIASES, SCRIPTS_BY_REGION, SCRIPT_ALIASES, SHIPPED,
    SIGN_LANGUAGES, VARIANT_ALIASES,
};

/// The rows of a baked table: lines of fields separated by spaces. The tables are strings,
/// not arrays of `&str`, so that the static data holds no pointers (and the binary no
/// relocations for them).
fn rows(table: &'static str) -> impl Iterator<Item = std::str::SplitWhitespace<'static>> {
    table.lines().map(str::split_whitespace)
}

/// How a row compares with a key of its leading fields (`"zh Hant HK"`).
fn compare_row(row: &str, key: &str) -> std::cmp::Ordering {
    match row.strip_prefix(key) {
        Some(rest) if rest.is_empty() || rest.starts_with(' ') => std::cmp::Ordering::Equal,
        _ => row.cmp(key),
    }
}

/// The fields after the leading fields `key` of a row of a sorted table, found by binary
/// search over the lines (every keyed table is written sorted by the bake).
fn find(table: &'static str, key: &[&str]) -> Option<std::str::SplitWhitespace<'static>> {
    let key = key.join(" ");
    let (mut low, mut high) = (0, table.len());
    while low < high {
        let middle = (low + high) / 2;
        let start = table.get(..middle)?.rfind('\n').map_or(0, |i| i + 1);
        let end = table
            .get(start..)?
            .find('\n')
            .map_or(table.len(), |i| start + i);
        let row = table.get(start..end)?;
        match compare_row(row, &key) {
            std::cmp::Ordering::Less => low = end + 1,
            std::cmp::Ordering::Greater => high = start,
            std::cmp::Ordering::Equal => {
                let mut fields = row.split_whitespace();
                for _ in key.split(' ') {
                    fields.next();
                }
                return Some(fields);
            }
        }
    }
    None
}

/// The second field of the row whose first field is `key`.
fn lookup(table: &'static str, key: &str) -> Option<&'static str> {
    find(table, &[key])?.next()
}

/// Whether a rule's pattern could match a tag in `language`, judged on its first subtag
/// before it is parsed.
fn may_match(pattern: &str, language: &str) -> bool {
    let first = pattern.split('-').next().unwrap_or_default();
    first == "und" || first == language
}

/// Whether `rule` (language, script, region, variants; `und` for any language) matches
/// `tag`: each subtag the rule has is the tag's, and its variants are among the tag's.
fn rule_matches(tag: &LanguageTag, rule: &LanguageTag) -> bool {
    (rule.language == "und" || rule.language == tag.language)
        && rule
            .script
            .as_ref()
            .is_none_or(|s| tag.script.as_ref() == Some(s))
        && rule
            .region
            .as_ref()
            .is_none_or(|r| tag.region.as_ref() == Some(r))
        && rule.variants.iter().all(|v| tag.variants.contains(v))
}

/// Applies a matched rule (UTS #35 "replacement"): the subtags the rule names are replaced,
/// the others are filled in from the replacement only where the tag has none; the rule's
/// variants are removed and the replacement's added.
fn replace(tag: &mut LanguageTag, rule: &LanguageTag, replacement: &LanguageTag) {
    if rule.language != "und" || (tag.language == "und" && replacement.language != "und") {
        tag.language.clone_from(&replacement.language);
    }
    if rule.script.is_some() || (tag.script.is_none() && replacement.script.is_some()) {
        tag.script.clone_from(&replacement.script);
    }
    if rule.region.is_some() || (tag.region.is_none() && replacement.region.is_some()) {
        tag.region.clone_from(&replacement.region);
    }
    if !rule.variants.is_empty() || !replacement.variants.is_empty() {
        tag.variants.retain(|v| !rule.variants.contains(v));
        tag.variants.extend(replacement.variants.iter().cloned());
        tag.variants.sort();
        tag.variants.dedup();
    }
}

/// One step of UTS #35 canonicalization, in the order ICU4X takes them; `false` when no
/// rule applies any more.
fn canonicalize_step(tag: &mut LanguageTag) -> bool {
    let parse = LanguageTag::parse;
    if tag.variants.is_empty() {
        for mut row in rows(LANGUAGE_RULES) {
            let (Some(from), Some(to)) = (row.next(), row.next()) else {
                continue;
            };
            if !may_match(from, &tag.language) {
                continue;
            }
            if let (Some(rule), Some(replacement)) = (parse(from), parse(to)) {
                if rule_matches(tag, &rule) {
                    replace(tag, &rule, &replacement);
                    return true;
                }
            }
        }
    } else {
        for mut row in rows(LANGUAGE_VARIANT_RULES) {
            let (Some(language), Some(variants), Some(to)) = (row.next(), row.next(), row.next())
            else {
                continue;
            };
            if !may_match(language, &tag.language) {
                continue;
            }
            let rule = LanguageTag {
                language: language.to_owned(),
                variants: variants.split('-').map(str::to_owned).collect(),
                ..LanguageTag::default()
            };
            if let Some(replacement) = parse(to) {
                if rule_matches(tag, &rule) {
                    replace(tag, &rule, &replacement);
                    return true;
                }
            }
        }
    }
    if tag.language != "und" {
        if tag.language == "sgn" {
            if let Some(language) = tag
                .region
                .as_deref()
                .and_then(|r| lookup(SIGN_LANGUAGES, r))
            {
                tag.language = language.to_owned();
                tag.region = None;
                return true;
            }
        }
        if let Some(replacement) = lookup(LANGUAGE_ALIASES, &tag.language).and_then(parse) {
            let rule = LanguageTag::new(&tag.language, None, None);
            replace(tag, &rule, &replacement);
            return true;
        }
    }
    if let Some(replacement) = tag
        .script
        .as_deref()
        .and_then(|s| lookup(SCRIPT_ALIASES, s))
    {
        tag.script = Some(replacement.to_owned());
        return true;
    }
    if let Some(region) = tag.region.clone() {
        if let Some(replacement) = lookup(REGION_ALIASES, &region) {
            tag.region = Some(replacement.to_owned());
            return true;
        }
        if let Some(successors) = find(COMPLEX_REGIONS, &[&region]) {
            let successors: Vec<&str> = successors.collect();
            if let Some(&first) = successors.first() {
                let likely = likely_region(&tag.language, tag.script.as_deref());
                let chosen = likely
                    .filter(|likely| successors.contains(likely))
                    .unwrap_or(first);
                tag.region = Some(chosen.to_owned());
                return true;
            }
        }
    }
    let mut changed = false;
    for variant in &mut tag.variants {
        if let Some(replacement) = lookup(VARIANT_ALIASES, variant) {
            *variant = replacement.to_owned();
            changed = true;
        }
    }
    if changed {
        tag.variants.sort();
        tag.variants.dedup();
    }
    changed
}

/// Applies CLDR's aliases with the algorithm of UTS #35 (as ICU4X does): rules on whole
/// identifiers and on language and variants, sign languages by region, language, script,
/// region (a region that split takes the one the language's likely region names) and
/// variant aliases, until none applies.
pub(crate) fn canonicalize(tag: &mut LanguageTag) {
    // CLDR's rules reach a fixed point in a few steps; the bound only guards against data
    // that would not.
    for _ in 0..32 {
        if !canonicalize_step(tag) {
            break;
        }
    }
}

/// The likely script and region of a language whose chains reach a shipped locale.
fn likely(language: &str) -> Option<(&'static str, &'static str)> {
    let mut fields = find(LIKELY, &[language])?;
    Some((fields.next()?, fields.next()?))
}

/// The likely region of a language (and script), where the complex-region rule needs it.
fn likely_region(language: &str, script: Option<&str>) -> Option<&'static str> {
    if let Some((_, region)) = likely(language) {
        let by_script = script.and_then(|s| find(REGIONS_BY_SCRIPT, &[language, s])?.next());
        return Some(by_script.unwrap_or(region));
    }
    lookup(LIKELY_REGIONS, language)
}

/// The likely script of a tag in a language whose chains reach a shipped locale, or
/// `None` for other languages.
pub(crate) fn likely_script(tag: &LanguageTag) -> Option<&'static str> {
    let (script, _) = likely(&tag.language)?;
    let by_region = tag
        .region
        .as_deref()
        .and_then(|region| find(SCRIPTS_BY_REGION, &[&tag.language, region])?.next());
    Some(by_region.unwrap_or(script))
}

/// The likely-subtags form (language, script, region) of a tag in a language whose chains
/// reach a shipped locale, or `None` for other languages.
pub(crate) fn maximized(tag: &LanguageTag) -> Option<LanguageTag> {
    let (_, default_region) = likely(&tag.language)?;
    let script = match &tag.script {
        Some(script) => script.clone(),
        None => likely_script(tag)?.to_owned(),
    };
    let region = match &tag.region {
        Some(region) => region.clone(),
        None => tag
            .script
            .as_deref()
            .and_then(|script| find(REGIONS_BY_SCRIPT, &[&tag.language, script])?.next())
            .unwrap_or(default_region)
            .to_owned(),
    };
    Some(LanguageTag::new(
        &tag.language,
        Some(&script),
        Some(&region),
    ))
}

/// The shipped tags a canonical request falls back through, before en-US.
pub(crate) fn chain(tag: &LanguageTag) -> Vec<&'static str> {
    let Some(script) = tag.script.as_deref().or_else(|| likely_script(tag)) else {
        return Vec::new();
    };
    let language = tag.language.as_str();
    tag.region
        .as_deref()
        .and_then(|region| find(CHAINS, &[language, script, region]))
        .or_else(|| find(CHAINS, &[language, script, "*"]))
        .map(Iterator::collect)
        .unwrap_or_default()
}

/// The likely-subtags form of a shipped locale's tag.
pub(crate) fn shipped_maximized(tag: &str) -> Option<LanguageTag> {
    lookup(SHIPPED, tag).and_then(LanguageTag::parse)
}
