//! ICU4X is the oracle of the baked CLDR tables: canonicalization and fallback chains from
//! `src/catalog/baked/cldr.rs` must give what ICU4X itself gives, over many thousands of
//! generated tags: every shipped language and the deprecated codes that lead to one, with
//! scripts and every region, variants, extensions, POSIX names, and malformed tags.
#![cfg(feature = "bake")]

use http_status_i18n::bake::{icu_canonicalize, icu_fallback_chain};
use http_status_i18n::{canonicalize, fallback_chain, Catalog};

fn shipped() -> Vec<&'static str> {
    Catalog::embedded().locales().map(|l| l.tag()).collect()
}

/// The chain the catalogue must report for `request`: the head ICU4X picks, then that
/// locale's own chain.
fn expected_chain(tags: &[&str], request: &str) -> Vec<String> {
    let head = icu_fallback_chain(tags, request)
        .into_iter()
        .next()
        .unwrap_or_else(|| "en-US".to_owned());
    let mut chain = vec![head.clone()];
    for tag in icu_fallback_chain(tags, &head) {
        if !chain.contains(&tag) {
            chain.push(tag);
        }
    }
    chain
}

fn regions() -> Vec<String> {
    let mut regions: Vec<String> = (b'A'..=b'Z')
        .flat_map(|a| (b'A'..=b'Z').map(move |b| String::from_utf8_lossy(&[a, b]).into_owned()))
        .collect();
    regions.extend(["001", "150", "419", "029", "999", "123"].map(String::from));
    regions
}

fn languages() -> Vec<String> {
    let mut languages: Vec<String> = shipped()
        .iter()
        .map(|t| t.split('-').next().unwrap_or_default().to_owned())
        .collect();
    // Deprecated and macrolanguage codes that lead to a shipped language, and neighbours
    // that must not: Nynorsk, Cantonese, Serbo-Croatian, Montenegrin, Moldavian.
    languages.extend(
        [
            "iw", "in", "no", "nn", "tl", "sh", "cnr", "mo", "ji", "yue", "hr", "bs", "zz", "qaa",
        ]
        .map(String::from),
    );
    languages.sort();
    languages.dedup();
    languages
}

#[test]
fn chains_and_canonical_forms_match_icu4x_for_languages_scripts_and_regions() {
    let tags = shipped();
    let scripts = [
        "", "-Latn", "-Cyrl", "-Arab", "-Hans", "-Hant", "-Deva", "-Grek", "-Zzzz",
    ];
    let mut compared = 0;
    let mut mismatches = Vec::new();
    for language in languages() {
        for script in scripts {
            for region in
                std::iter::once(String::new()).chain(regions().iter().map(|r| format!("-{r}")))
            {
                let tag = format!("{language}{script}{region}");
                compared += 1;
                if canonicalize(&tag) != icu_canonicalize(&tag) {
                    mismatches.push(format!(
                        "canonicalize({tag}): {:?} vs ICU4X {:?}",
                        canonicalize(&tag),
                        icu_canonicalize(&tag)
                    ));
                }
                let chain = fallback_chain(&tag);
                let expected = expected_chain(&tags, &tag);
                if chain != expected {
                    mismatches.push(format!(
                        "fallback_chain({tag}): {chain:?} vs ICU4X {expected:?}"
                    ));
                }
            }
        }
    }
    assert!(compared > 100_000, "{compared}");
    assert!(
        mismatches.is_empty(),
        "{} of {compared} differ, e.g.:\n{}",
        mismatches.len(),
        mismatches
            .iter()
            .take(30)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn every_language_code_canonicalizes_as_icu4x_does() {
    let mut mismatches = Vec::new();
    for a in b'a'..=b'z' {
        for b in b'a'..=b'z' {
            for c in std::iter::once(None).chain((b'a'..=b'z').map(Some)) {
                let mut code = String::from_utf8_lossy(&[a, b]).into_owned();
                code.extend(c.map(char::from));
                for tag in [
                    code.clone(),
                    format!("{code}-SU"),
                    format!("{code}-Cyrl-YU"),
                ] {
                    if canonicalize(&tag) != icu_canonicalize(&tag) {
                        mismatches.push(format!(
                            "{tag}: {:?} vs ICU4X {:?}",
                            canonicalize(&tag),
                            icu_canonicalize(&tag)
                        ));
                    }
                }
            }
        }
    }
    assert!(
        mismatches.is_empty(),
        "{} differ, e.g.:\n{}",
        mismatches.len(),
        mismatches
            .iter()
            .take(30)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn variants_extensions_posix_names_and_malformed_tags_match_icu4x() {
    let tags = shipped();
    let cases = [
        "de-DE-1996",
        "de-1996-1901",
        "ca-ES-valencia",
        "sr-Latn-RS-ekavsk",
        "hy-arevela",
        "de-DE-u-co-phonebk",
        "de-u-ca-gregory-nu-latn",
        "ja-JP-u-ca-japanese-x-private",
        "en-t-ja",
        "en-t-h0-hybrid",
        "zh-Hant-TW-x-foo-bar",
        "es-419-u-nu-latn",
        "de-a-bcd-u-ca-gregory",
        "fr-y-abc",
        "zh_CN.UTF-8",
        "sr_RS@latin",
        "sr_RS@cyrillic",
        "pt_BR",
        "de_DE.ISO-8859-1@euro",
        "C",
        "POSIX",
        "C.UTF-8",
        "en_US.UTF-8",
        "",
        " ",
        "x-klingon",
        "i-klingon",
        "und",
        "und-Latn",
        "und-AX",
        "und-419",
        "en--US",
        "en-",
        "-en",
        "english",
        "e",
        "zh-yue",
        "de-1996-1996",
        "en-u",
        "en-x",
        "en-u-u-ca",
        "de-u-ca-gregory-u-nu-latn",
        "de-t",
        "de-t-x",
        "ä",
        "de_DE_",
        "tlh-Latn",
        "art-lojban",
        "zh-guoyu",
        "zh-min-nan",
        "sgn-BR",
        "en-GB-oed",
        "no-NO-nynorsk",
        "NB-no",
        "ZH-hant-hk",
        "zh-Hant-MO",
        "zh-MO",
        "pt-AO",
        "es-MX",
        "sr-ME",
        "sr-Cyrl-ME",
        "az-IR",
        "pa-PK",
        "en-US-POSIX",
        "de-CH-1901-u-co-phonebk",
        &"x".repeat(200),
        "en-US-u-ca-gregory-co-phonebk-hc-h23-ms-metric-nu-latn",
    ];
    let mut mismatches = Vec::new();
    for tag in cases {
        if canonicalize(tag) != icu_canonicalize(tag) {
            mismatches.push(format!(
                "canonicalize({tag:?}): {:?} vs ICU4X {:?}",
                canonicalize(tag),
                icu_canonicalize(tag)
            ));
        }
        let expected = expected_chain(&tags, tag);
        if fallback_chain(tag) != expected {
            mismatches.push(format!(
                "fallback_chain({tag:?}): {:?} vs ICU4X {expected:?}",
                fallback_chain(tag)
            ));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}
