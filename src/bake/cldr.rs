//! The CLDR data the catalogue needs at run time, read out of ICU4X at bake time, so that
//! the crate resolves tags without ICU4X in its build: alias tables for canonicalization,
//! likely subtags of the shipped languages, and the fallback chain of every request in a
//! shipped language, by script and region.
//!
//! Everything here is found by asking ICU4X (its canonicalizer, expander and fallbacker,
//! through [`FallbackResolver`]) about every subtag of the kind in question; nothing is
//! written by hand. `tests/cldr.rs` compares the result with ICU4X over many thousands of
//! tags, so a newer ICU4X with other data shows as a failing test and a stale bake.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use icu_locale::{LanguageIdentifier, Locale, LocaleExpander};

use crate::locale::icu::FallbackResolver;

/// UN M.49 area codes that CLDR uses as regions (`es-419`, `en-001`, `en-150` ...); other
/// three-digit codes behave like an unknown region.
pub(crate) const AREA_CODES: [&str; 31] = [
    "001", "002", "003", "005", "009", "011", "013", "014", "015", "017", "018", "019", "021",
    "029", "030", "034", "035", "039", "053", "054", "057", "061", "142", "143", "145", "150",
    "151", "154", "155", "202", "419",
];

/// ICU4X's alias data (CLDR's `alias` and `supplementalMetadata`), written as tables in
/// the order the canonicalization algorithm of UTS #35 consults them. Returns the simple
/// language aliases.
fn write_aliases(out: &mut String) -> Vec<(String, String)> {
    use icu_provider::{DataProvider, DataRequest};
    use zerofrom::ZeroFrom;
    use zerovec::ule::AsULE;

    let Ok(response) = DataProvider::<icu_locale::provider::LocaleAliasesV1>::load(
        &icu_locale::provider::Baked,
        DataRequest::default(),
    ) else {
        return Vec::new();
    };
    let aliases = response.payload.get();
    let text = |t: Option<String>| t.unwrap_or_default();

    let mut rows = Vec::new();
    for rule in aliases.language_variants.iter() {
        let icu_locale::provider::LanguageStrStrPair(language, variants, to) =
            ZeroFrom::zero_from(rule);
        rows.push(format!("{} {variants} {to}", language.as_str()));
    }
    write_table(
        out,
        "LANGUAGE_VARIANT_RULES",
        "`language variants replacement`: rules on a language and variants, in order.",
        &rows,
    );
    let mut rows = Vec::new();
    for rule in aliases.language.iter() {
        let icu_locale::provider::StrStrPair(from, to) = ZeroFrom::zero_from(rule);
        rows.push(format!("{from} {to}"));
    }
    write_table(
        out,
        "LANGUAGE_RULES",
        "`pattern replacement`: rules on whole identifiers, in order.",
        &rows,
    );

    let mut language_aliases: Vec<(String, String)> = Vec::new();
    for (from, to) in aliases.language_len2.iter() {
        let from = text(from.try_into_tinystr().ok().map(|t| t.to_string()));
        language_aliases.push((from, to.to_owned()));
    }
    for (from, to) in aliases.language_len3.iter() {
        let from = text(from.try_into_tinystr().ok().map(|t| t.to_string()));
        language_aliases.push((from, to.to_owned()));
    }
    write_pairs(out, "LANGUAGE_ALIASES", "Language code → its replacement (language, maybe script and region, filled in where the tag has none).", &language_aliases);

    let mut sgn = Vec::new();
    for (region, language) in aliases.sgn_region.iter() {
        let region = text(region.try_into_tinystr().ok().map(|t| t.to_string()));
        sgn.push((
            region,
            icu_locale::subtags::Language::from_unaligned(*language).to_string(),
        ));
    }
    write_pairs(
        out,
        "SIGN_LANGUAGES",
        "`sgn-REGION` → the sign language of that region.",
        &sgn,
    );

    let mut scripts = Vec::new();
    for (from, to) in aliases.script.iter() {
        let from = text(from.try_into_tinystr().ok().map(|t| t.to_string()));
        scripts.push((
            from,
            icu_locale::subtags::Script::from_unaligned(*to).to_string(),
        ));
    }
    write_pairs(
        out,
        "SCRIPT_ALIASES",
        "Script code → its replacement.",
        &scripts,
    );

    let mut regions = Vec::new();
    for (from, to) in aliases.region_alpha.iter() {
        let from = text(from.try_into_tinystr().ok().map(|t| t.to_string()));
        regions.push((
            from,
            icu_locale::subtags::Region::from_unaligned(*to).to_string(),
        ));
    }
    for (from, to) in aliases.region_num.iter() {
        let from = text(from.try_into_tinystr().ok().map(|t| t.to_string()));
        regions.push((
            from,
            icu_locale::subtags::Region::from_unaligned(*to).to_string(),
        ));
    }
    write_pairs(
        out,
        "REGION_ALIASES",
        "Region code → its replacement.",
        &regions,
    );

    let mut complex: Vec<(String, Vec<String>)> = Vec::new();
    for (from, to) in aliases.complex_region.iter() {
        let from = text(from.try_into_tinystr().ok().map(|t| t.to_string()));
        let to: Vec<String> = to
            .iter()
            .map(|r| icu_locale::subtags::Region::from_unaligned(r).to_string())
            .collect();
        complex.push((from, to));
    }
    complex.sort();
    let mut rows: Vec<String> = complex
        .iter()
        .map(|(from, to)| format!("{from} {}", to.join(" ")))
        .collect();
    rows.sort();
    write_table(out, "COMPLEX_REGIONS", "`region successors...`: a region that split; the language's likely region picks one, else the first.", &rows);

    // The likely region of every language whose likely region is a successor of a split
    // region: all that the complex-region rule asks of likely subtags.
    let successors: BTreeSet<&String> = complex.iter().flat_map(|(_, to)| to).collect();
    let mut likely = Vec::new();
    for language in languages() {
        let mut id: LanguageIdentifier = match language.parse() {
            Ok(id) => id,
            Err(_) => continue,
        };
        if EXPANDER.maximize(&mut id) == icu_locale::TransformResult::Modified {
            if let Some(region) = id.region.map(|r| r.to_string()) {
                if successors.contains(&region) {
                    likely.push((language, region));
                }
            }
        }
    }
    write_pairs(out, "LIKELY_REGIONS", "Language → its likely region, for the languages whose likely region succeeded a split region.", &likely);

    let mut variants = Vec::new();
    for (from, to) in aliases.variant.iter() {
        let from = text(from.try_into_tinystr().ok().map(|t| t.to_string()));
        variants.push((
            from,
            icu_locale::subtags::Variant::from_unaligned(*to).to_string(),
        ));
    }
    write_pairs(
        out,
        "VARIANT_ALIASES",
        "Variant → its replacement.",
        &variants,
    );

    language_aliases
}

/// ISO 15924 codes for no particular script, asked about for every language.
const SPECIAL_SCRIPTS: [&str; 9] = [
    "Qaaa", "Qabx", "Zinh", "Zmth", "Zsye", "Zsym", "Zxxx", "Zyyy", "Zzzz",
];

/// Every two-letter region code, then the area codes.
pub(crate) fn regions() -> Vec<String> {
    let mut regions = Vec::with_capacity(676 + AREA_CODES.len());
    for a in b'A'..=b'Z' {
        for b in b'A'..=b'Z' {
            regions.push(String::from_utf8_lossy(&[a, b]).into_owned());
        }
    }
    regions.extend(AREA_CODES.iter().map(|s| (*s).to_owned()));
    regions
}

/// Every two- and three-letter language code.
pub(crate) fn languages() -> Vec<String> {
    let mut languages = Vec::with_capacity(26 * 26 * 27);
    for a in b'a'..=b'z' {
        for b in b'a'..=b'z' {
            languages.push(String::from_utf8_lossy(&[a, b]).into_owned());
            for c in b'a'..=b'z' {
                languages.push(String::from_utf8_lossy(&[a, b, c]).into_owned());
            }
        }
    }
    languages
}

const EXPANDER: LocaleExpander = LocaleExpander::new_extended();

fn maximized(tag: &str) -> Option<LanguageIdentifier> {
    let mut id: LanguageIdentifier = tag.parse().ok()?;
    EXPANDER.maximize(&mut id);
    Some(id)
}

/// The Rust source of `src/catalog/baked/cldr.rs` for the shipped locales `tags`.
pub(crate) fn render(tags: &[String]) -> String {
    let regions = regions();
    let languages = languages();
    let mut out = String::from(super::GENERATED_HEADER);
    out.push_str(
        "//! CLDR data read out of ICU4X by the bake (src/bake/cldr.rs).\n\n\
\n",
    );

    let language_aliases = write_aliases(&mut out);

    // Shipped locales and their likely subtags.
    let shipped: Vec<Locale> = tags.iter().filter_map(|t| t.parse().ok()).collect();
    let resolver = FallbackResolver::new(&shipped, default_position(tags));
    let mut rows: Vec<String> = tags
        .iter()
        .map(|tag| {
            format!(
                "{tag} {}",
                maximized(tag).map(|m| m.to_string()).unwrap_or_default()
            )
        })
        .collect();
    rows.sort();
    write_table(
        &mut out,
        "SHIPPED",
        "`tag likely-subtags`: each shipped locale.",
        &rows,
    );

    // Per shipped language: likely subtags and chains.
    let mut shipped_languages: BTreeSet<String> = shipped
        .iter()
        .map(|l| normalize(&l.id.language.to_string()))
        .collect();
    // Languages the catalogue does not ship whose CLDR chain still reaches a shipped
    // locale (Nynorsk's parent is `no`, read as `nb`).
    let default = default_position(tags);
    for language in &languages {
        if language_aliases.iter().any(|(from, _)| from == language) {
            continue;
        }
        let locale: Option<Locale> = language.parse().ok();
        if resolver
            .chain(locale.as_ref())
            .iter()
            .any(|&id| id != default)
        {
            shipped_languages.insert(normalize(language));
        }
    }
    let mut likely_rows = Vec::new();
    let mut scripts_rows = Vec::new();
    let mut regions_rows = Vec::new();
    let mut chain_rows = Vec::new();
    for language in &shipped_languages {
        let Some(base) = maximized(language) else {
            continue;
        };
        let script = base.script.map(|s| s.to_string()).unwrap_or_default();
        let region = base.region.map(|r| r.to_string()).unwrap_or_default();
        let mut scripts_by_region = Vec::new();
        let mut scripts: BTreeSet<String> = BTreeSet::from([script.clone()]);
        for r in &regions {
            if let Some(max) = maximized(&format!("{language}-{r}")) {
                let s = max.script.map(|s| s.to_string()).unwrap_or_default();
                if s != script {
                    scripts_by_region.push((r.clone(), s.clone()));
                }
                scripts.insert(s);
            }
        }
        scripts_by_region.sort();
        for locale in shipped
            .iter()
            .filter(|l| normalize(&l.id.language.to_string()) == *language)
        {
            if let Some(max) = maximized(&locale.to_string()) {
                scripts.insert(max.script.map(|s| s.to_string()).unwrap_or_default());
            }
        }
        // Codes for no particular script: `Zzzz` (unknown) falls back to the language
        // itself; the others lead nowhere. Asked like every other script.
        scripts.extend(SPECIAL_SCRIPTS.iter().map(|s| (*s).to_owned()));
        let mut regions_by_script = Vec::new();
        for s in &scripts {
            if let Some(max) = maximized(&format!("{language}-{s}")) {
                let r = max.region.map(|r| r.to_string()).unwrap_or_default();
                if r != region {
                    regions_by_script.push((s.clone(), r));
                }
            }
        }
        likely_rows.push(format!("{language} {script} {region}"));
        scripts_rows.extend(
            scripts_by_region
                .iter()
                .map(|(r, s)| format!("{language} {r} {s}")),
        );
        regions_rows.extend(
            regions_by_script
                .iter()
                .map(|(s, r)| format!("{language} {s} {r}")),
        );
        for s in &scripts {
            let likely_for = |r: Option<&str>| -> String {
                match r {
                    None => script.clone(),
                    Some(r) => scripts_by_region
                        .iter()
                        .find(|(region, _)| region == r)
                        .map_or_else(|| script.clone(), |(_, s)| s.clone()),
                }
            };
            let request = |r: Option<&str>| -> String {
                let mut tag = language.clone();
                if *s != likely_for(r) {
                    tag.push('-');
                    tag.push_str(s);
                }
                if let Some(r) = r {
                    tag.push('-');
                    tag.push_str(r);
                }
                tag
            };
            let chain = |r: Option<&str>| -> Vec<&str> {
                let locale: Option<Locale> = request(r).parse().ok();
                resolver
                    .chain(locale.as_ref())
                    .into_iter()
                    .filter_map(|id| tags.get(usize::from(id)).map(String::as_str))
                    .filter(|tag| *tag != crate::DEFAULT_LOCALE)
                    .collect()
            };
            let default = chain(None);
            let mut by_region: BTreeMap<String, Vec<&str>> = BTreeMap::new();
            for r in &regions {
                let c = chain(Some(r));
                if c != default {
                    by_region.insert(r.clone(), c);
                }
            }
            if default.is_empty() && by_region.is_empty() {
                continue;
            }
            chain_rows.push(
                format!("{language} {s} * {}", default.join(" "))
                    .trim_end()
                    .to_owned(),
            );
            for (r, c) in &by_region {
                chain_rows.push(
                    format!("{language} {s} {r} {}", c.join(" "))
                        .trim_end()
                        .to_owned(),
                );
            }
        }
    }
    likely_rows.sort();
    write_table(&mut out, "LIKELY", "`language script region`: the likely subtags of each language whose chains reach a shipped locale.", &likely_rows);
    scripts_rows.sort();
    regions_rows.sort();
    write_table(
        &mut out,
        "SCRIPTS_BY_REGION",
        "`language region script`: regions whose likely script is another one.",
        &scripts_rows,
    );
    write_table(
        &mut out,
        "REGIONS_BY_SCRIPT",
        "`language script region`: scripts whose likely region is another one.",
        &regions_rows,
    );
    chain_rows.sort();
    write_table(&mut out, "CHAINS", "`language script region|* chain...`: the shipped locales a request falls back through before en-US (`*`: any region not listed).", &chain_rows);
    out
}

/// `no` is read as `nb`, as the catalogue ships Norwegian Bokmål.
fn normalize(language: &str) -> String {
    if language == "no" {
        "nb".to_owned()
    } else {
        language.to_owned()
    }
}

fn default_position(tags: &[String]) -> u16 {
    tags.iter()
        .position(|t| t == crate::DEFAULT_LOCALE)
        .and_then(|i| u16::try_from(i).ok())
        .unwrap_or(0)
}

/// Writes a table as one string of lines, fields separated by spaces: no pointers in the
/// static data, so no relocations, which would cost more binary size than the data.
fn write_table(out: &mut String, name: &str, doc: &str, rows: &[String]) {
    writeln!(out, "/// {doc}\npub(crate) static {name}: &str = concat!(").ok();
    for row in rows {
        writeln!(out, "    {:?},", format!("{row}\n")).ok();
    }
    out.push_str(");\n\n");
}

fn write_pairs(out: &mut String, name: &str, doc: &str, pairs: &[(String, String)]) {
    let mut rows: Vec<String> = pairs.iter().map(|(a, b)| format!("{a} {b}")).collect();
    rows.sort();
    write_table(out, name, doc, &rows);
}
