//! CLDR canonicalization, likely subtags and fallback chains over the shipped locales, from
//! the tables that the bake reads out of ICU4X (`src/catalog/baked/cldr.rs`). No ICU4X
//! code runs here; `tests/cldr.rs` checks every answer against ICU4X.

use super::tag::LanguageTag;
use crate::catalog::baked::cldr::{
    COMPLEX_REGIONS, LANGUAGES, LANGUAGE_ALIASES, LANGUAGE_RULES, LANGUAGE_VARIANT_RULES,
    LIKELY_REGIONS, REGION_ALIASES, SCRIPT_ALIASES, SHIPPED, SIGN_LANGUAGES, VARIANT_ALIASES,
};

/// Likely subtags and fallback chains of one shipped language.
#[derive(Debug)]
pub(crate) struct LanguageData {
    /// The language code.
    pub(crate) language: &'static str,
    /// Its likely script, where no region says otherwise.
    pub(crate) script: &'static str,
    /// Its likely region, where no script says otherwise.
    pub(crate) region: &'static str,
    /// Regions whose likely script is another one (`zh`: `HK` → `Hant`).
    pub(crate) scripts_by_region: &'static [(&'static str, &'static str)],
    /// Scripts whose likely region is another one (`zh`: `Hant` → `TW`).
    pub(crate) regions_by_script: &'static [(&'static str, &'static str)],
    /// Fallback chains (shipped tags, en-US left out) by script.
    pub(crate) chains: &'static [ScriptChains],
}

/// The fallback chains of one language in one script.
#[derive(Debug)]
pub(crate) struct ScriptChains {
    pub(crate) script: &'static str,
    /// The chain without a region, and for every region not listed.
    pub(crate) default: &'static [&'static str],
    pub(crate) by_region: &'static [(&'static str, &'static [&'static str])],
}

fn lookup<'t, T>(table: &'t [(&'static str, T)], key: &str) -> Option<&'t T> {
    table
        .binary_search_by(|(k, _)| (*k).cmp(key))
        .ok()
        .and_then(|i| table.get(i))
        .map(|(_, value)| value)
}

fn language(code: &str) -> Option<&'static LanguageData> {
    LANGUAGES
        .binary_search_by(|data| data.language.cmp(code))
        .ok()
        .and_then(|i| LANGUAGES.get(i))
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
    let parse = |text: &str| LanguageTag::parse(text);
    if tag.variants.is_empty() {
        for (from, to) in LANGUAGE_RULES {
            if let (Some(rule), Some(replacement)) = (parse(from), parse(to)) {
                if rule_matches(tag, &rule) {
                    replace(tag, &rule, &replacement);
                    return true;
                }
            }
        }
    } else {
        for (language, variants, to) in LANGUAGE_VARIANT_RULES {
            let rule = LanguageTag {
                language: (*language).to_owned(),
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
                tag.language = (*language).to_owned();
                tag.region = None;
                return true;
            }
        }
        if let Some(replacement) = lookup(LANGUAGE_ALIASES, &tag.language).and_then(|to| parse(to))
        {
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
        tag.script = Some((*replacement).to_owned());
        return true;
    }
    if let Some(region) = tag.region.clone() {
        if let Some(replacement) = lookup(REGION_ALIASES, &region) {
            tag.region = Some((*replacement).to_owned());
            return true;
        }
        if let Some(successors) = lookup(COMPLEX_REGIONS, &region) {
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
            *variant = (*replacement).to_owned();
            changed = true;
        }
    }
    if changed {
        tag.variants.sort();
        tag.variants.dedup();
    }
    changed
}

/// The likely region of a language (and script), where the complex-region rule needs it.
fn likely_region(language: &str, script: Option<&str>) -> Option<&'static str> {
    if let Some(data) = self::language(language) {
        let by_script = script
            .and_then(|s| lookup(data.regions_by_script, s))
            .copied();
        return Some(by_script.unwrap_or(data.region));
    }
    lookup(LIKELY_REGIONS, language).copied()
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

/// The likely script of a tag in a shipped language, or `None` for other languages.
pub(crate) fn likely_script(tag: &LanguageTag) -> Option<&'static str> {
    let data = language(&tag.language)?;
    let by_region = tag
        .region
        .as_deref()
        .and_then(|region| lookup(data.scripts_by_region, region));
    Some(by_region.copied().unwrap_or(data.script))
}

/// The likely-subtags form (language, script, region) of a tag in a shipped language, or
/// `None` for other languages.
pub(crate) fn maximized(tag: &LanguageTag) -> Option<LanguageTag> {
    let data = language(&tag.language)?;
    let script = match &tag.script {
        Some(script) => script.clone(),
        None => likely_script(tag)?.to_owned(),
    };
    let region = match &tag.region {
        Some(region) => region.clone(),
        None => tag
            .script
            .as_deref()
            .and_then(|script| lookup(data.regions_by_script, script))
            .copied()
            .unwrap_or(data.region)
            .to_owned(),
    };
    Some(LanguageTag::new(
        &tag.language,
        Some(&script),
        Some(&region),
    ))
}

/// The shipped tags a canonical request falls back through, before en-US.
pub(crate) fn chain(tag: &LanguageTag) -> &'static [&'static str] {
    let Some(data) = language(&tag.language) else {
        return &[];
    };
    let Some(script) = tag.script.as_deref().or_else(|| likely_script(tag)) else {
        return &[];
    };
    let Some(chains) = data.chains.iter().find(|c| c.script == script) else {
        return &[];
    };
    tag.region
        .as_deref()
        .and_then(|region| lookup(chains.by_region, region))
        .copied()
        .unwrap_or(chains.default)
}

/// The likely-subtags form of a shipped locale's tag.
pub(crate) fn shipped_maximized(tag: &str) -> Option<LanguageTag> {
    SHIPPED
        .iter()
        .find(|(shipped, _)| *shipped == tag)
        .and_then(|(_, max)| LanguageTag::parse(max))
}
