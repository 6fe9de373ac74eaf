//! Locale resolution: canonicalization and CLDR fallback chains, on the shipped locales and
//! on locales added through the builder.

use http_status_i18n::{canonicalize, fallback_chain, Catalog};

#[test]
fn chains_always_end_with_en_us() {
    for tag in [
        "zh-HK", "de", "en-GB", "xx", "", "pt-AO", "sr-ME", "ja-JP", "en-US",
    ] {
        assert_eq!(fallback_chain(tag).last(), Some(&"en-US"), "{tag:?}");
    }
}

/// The cases of `tests/data/fallback-chains.txt`: `request: chain`.
fn chain_cases() -> Vec<(String, Vec<String>)> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/fallback-chains.txt"
    );
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            let (request, chain) = line.rsplit_once(": ").unwrap();
            let chain = chain.split(' ').map(str::to_owned).collect();
            (request.to_owned(), chain)
        })
        .collect()
}

#[test]
fn fallback_chains_follow_the_table_of_cases() {
    let cases = chain_cases();
    assert!(cases.len() > 50);
    for (request, expected) in cases {
        assert_eq!(fallback_chain(&request), expected, "{request}");
        // A resolved handle reports the same chain.
        assert_eq!(
            Catalog::embedded().locale(&request).fallback_chain(),
            expected,
            "{request}"
        );
    }
}

#[test]
fn chinese_never_crosses_scripts() {
    for (request, chain) in chain_cases() {
        if !request.starts_with("zh") {
            continue;
        }
        let simplified = chain.iter().any(|t| t == "zh-CN");
        let traditional = chain.iter().any(|t| t == "zh-TW" || t == "zh-HK");
        assert!(!(simplified && traditional), "{request}: {chain:?}");
    }
    // A script we do not ship goes to the default, not to another Chinese script.
    assert_eq!(fallback_chain("zh-Latn"), ["en-US"]);
}

#[test]
fn portuguese_follows_cldr_parents() {
    assert_eq!(fallback_chain("pt"), ["pt-BR", "en-US"]);
    assert_eq!(fallback_chain("pt-BR")[0], "pt-BR");
    assert_eq!(fallback_chain("pt-PT")[0], "pt-PT");
    // CLDR: pt-AO and pt-MZ have pt-PT as parent; pt itself is Brazilian.
    assert_eq!(fallback_chain("pt-AO"), ["pt-PT", "pt-BR", "en-US"]);
    assert_eq!(fallback_chain("pt-MZ")[0], "pt-PT");
}

#[test]
fn serbian_keeps_its_script() {
    // Montenegro's likely script is Latin.
    assert_eq!(fallback_chain("sr-ME")[0], "sr-Latn");
    assert_eq!(fallback_chain("sr-Latn-RS")[0], "sr-Latn");
    assert_eq!(fallback_chain("sr_RS@latin")[0], "sr-Latn");
    assert!(!fallback_chain("sr-Latn").contains(&"sr"));
    assert_eq!(fallback_chain("sr")[0], "sr");
    assert_eq!(fallback_chain("sr-RS")[0], "sr");
    assert_eq!(fallback_chain("sr-Cyrl-ME")[0], "sr");
    assert!(!fallback_chain("sr-Cyrl").contains(&"sr-Latn"));
}

#[test]
fn deprecated_and_macrolanguage_codes_are_read_as_their_replacements() {
    assert_eq!(canonicalize("iw").as_deref(), Some("he"));
    assert_eq!(canonicalize("in").as_deref(), Some("id"));
    assert_eq!(canonicalize("no").as_deref(), Some("nb"));
    assert_eq!(canonicalize("no-NO").as_deref(), Some("nb-NO"));
    assert_eq!(canonicalize("iw-IL").as_deref(), Some("he-IL"));
    assert_eq!(fallback_chain("no")[0], "nb");
    assert_eq!(fallback_chain("nb-NO")[0], "nb");
    // Nynorsk's CLDR parent is the macrolanguage, which we read as Bokmål.
    assert_eq!(fallback_chain("nn")[0], "nb");
}

#[test]
fn canonicalization_handles_case_underscores_posix_names_and_extensions() {
    let cases = [
        ("ZH-cn", "zh-CN"),
        ("zh_hant_hk", "zh-Hant-HK"),
        ("de_DE.UTF-8", "de-DE"),
        ("de_DE.ISO8859-15@euro", "de-DE"),
        ("sr_RS@latin", "sr-Latn-RS"),
        ("sr_RS@cyrillic", "sr-Cyrl-RS"),
        ("en-US-u-ca-buddhist", "en-US"),
        ("fr-CA-x-private", "fr-CA"),
        ("  ja  ", "ja"),
    ];
    for (input, expected) in cases {
        assert_eq!(canonicalize(input).as_deref(), Some(expected), "{input}");
    }
}

#[test]
fn malformed_or_empty_tags_canonicalize_to_nothing_and_resolve_to_en_us() {
    let long = "a".repeat(10 * 1024);
    let bad = [
        "",
        " ",
        "-",
        "zh-",
        "--",
        "C",
        "POSIX",
        "und",
        "中文",
        "en US",
        "e",
        "x-klingon",
        &long,
    ];
    for tag in bad {
        assert_eq!(canonicalize(tag), None, "{tag:?}");
        assert_eq!(fallback_chain(tag), ["en-US"], "{tag:?}");
    }
}

#[test]
fn unknown_languages_resolve_to_en_us() {
    for tag in ["tlh", "qaa", "xx-YY", "art-lojban"] {
        assert_eq!(fallback_chain(tag), ["en-US"], "{tag}");
    }
}

#[test]
fn english_variants_resolve_to_en_us() {
    for tag in ["en", "en-GB", "en-AU", "en-IN", "EN-us"] {
        assert_eq!(fallback_chain(tag), ["en-US"], "{tag}");
    }
}

#[test]
fn entry_locale_says_which_locale_supplied_the_text() {
    let catalog = Catalog::builder()
        .add_ftl("de-AT", "http-404 = Nicht gefunden (AT)\n")
        .build()
        .unwrap();
    let entry = catalog.lookup(404, "de-AT").unwrap();
    assert_eq!(entry.title(), "Nicht gefunden (AT)");
    assert_eq!(entry.locale(), "de-AT");
    assert_eq!(entry.description_locale(), "de");
    assert_eq!(
        catalog.locale("de-AT").fallback_chain(),
        ["de-AT", "de", "en-US"]
    );
    let other = catalog.lookup(500, "de-AT").unwrap();
    assert_eq!(other.locale(), "de");
}

#[test]
fn builder_added_locales_take_part_in_cldr_chains() {
    let catalog = Catalog::builder()
        .add_ftl("zh-Hant-MO", "http-404 = 搵唔到\n")
        .add_ftl("es-MX", "http-404 = No se encontró\n")
        .add_ftl("en-GB", "http-413 = Request Entity Too Large\n")
        .build()
        .unwrap();
    // zh-MO is written in Traditional script: it matches zh-Hant-MO, then CLDR's parent
    // zh-Hant-HK (the shipped zh-HK), then zh-Hant (the shipped zh-TW).
    assert_eq!(
        catalog.locale("zh-MO").fallback_chain(),
        ["zh-Hant-MO", "zh-HK", "zh-TW", "en-US"]
    );
    assert_eq!(catalog.title(404, "zh-MO"), Some("搵唔到"));
    assert_eq!(catalog.lookup(500, "zh-MO").unwrap().locale(), "zh-HK");
    // Simplified requests never reach the Traditional Hong Kong locale.
    assert_eq!(
        catalog.locale("zh-Hans-HK").fallback_chain(),
        ["zh-CN", "en-US"]
    );
    assert_eq!(
        catalog.locale("es-MX").fallback_chain(),
        ["es-MX", "es-419", "es", "en-US"]
    );
    assert_eq!(catalog.lookup(500, "es-MX").unwrap().locale(), "es-419");
    assert_eq!(catalog.locale("es-ES").fallback_chain(), ["es", "en-US"]);
    assert_eq!(catalog.locale("en-AU").fallback_chain(), ["en-US"]);
    assert_eq!(catalog.locale("en-GB").fallback_chain(), ["en-GB", "en-US"]);
}

#[test]
fn a_missing_message_comes_from_the_next_locale_in_the_chain() {
    let catalog = Catalog::builder()
        .add_ftl(
            "fr-CA",
            "http-404 = Page introuvable\n    .advice = Vérifiez l'adresse.\n",
        )
        .build()
        .unwrap();
    let entry = catalog.lookup(404, "fr-CA").unwrap();
    assert_eq!(entry.title(), "Page introuvable");
    assert_eq!(entry.advice_locale(), Some("fr-CA"));
    assert_eq!(entry.description_locale(), "fr");
    let teapot = catalog.lookup(418, "fr-CA").unwrap();
    assert_eq!(teapot.locale(), "fr");
}

#[test]
fn a_resolved_handle_gives_the_same_answers_as_the_tag() {
    let catalog = Catalog::embedded();
    for tag in ["zh-HK", "de", "pt-AO", "garbage", "zh_CN.UTF-8"] {
        let handle = catalog.locale(tag);
        for code in [100, 200, 404, 460, 503, 599] {
            assert_eq!(handle.describe(code), catalog.describe(code, tag));
            assert_eq!(handle.title(code), catalog.title(code, tag));
        }
    }
}

#[test]
fn find_locale_tells_a_real_match_from_the_default() {
    let catalog = Catalog::embedded();
    assert_eq!(catalog.find_locale("zh-HK").map(|l| l.tag()), Some("zh-HK"));
    assert_eq!(
        catalog.find_locale("zh-Hant").map(|l| l.tag()),
        Some("zh-TW")
    );
    assert_eq!(catalog.find_locale("en-GB").map(|l| l.tag()), Some("en-US"));
    assert!(catalog.find_locale("tlh").is_none());
    assert!(catalog.find_locale("").is_none());
}

#[test]
fn all_60_locales_are_shipped() {
    let expected = [
        "ar", "az", "bg", "bn", "ca", "cs", "da", "de", "el", "en-US", "es", "es-419", "et", "fa",
        "fi", "fil", "fr", "ga", "gu", "he", "hi", "hr", "hu", "hy", "id", "it", "ja", "ka", "kk",
        "kn", "ko", "lt", "lv", "ml", "mr", "ms", "nb", "nl", "pa", "pl", "pt-BR", "pt-PT", "ro",
        "ru", "sk", "sl", "sr", "sr-Latn", "sv", "sw", "ta", "te", "th", "tr", "uk", "ur", "vi",
        "zh-CN", "zh-HK", "zh-TW",
    ];
    assert_eq!(expected.len(), 60);
    let shipped: Vec<&str> = Catalog::embedded().locales().map(|l| l.tag()).collect();
    assert_eq!(shipped, expected);
}

#[test]
fn fallback_chains_meet_the_real_locales() {
    let cases = [
        ("zh-HK", "zh-HK"),
        ("zh-MO", "zh-HK"),
        ("zh-Hant", "zh-TW"),
        ("pt-AO", "pt-PT"),
        ("sr-ME", "sr-Latn"),
        ("iw", "he"),
        ("iw-IL", "he"),
        ("no", "nb"),
        ("in", "id"),
        ("in-ID", "id"),
        ("fa-AF", "fa"),
        ("ar-EG", "ar"),
        ("de-CH", "de"),
        ("fr-BE", "fr"),
        ("nl-BE", "nl"),
        ("ga-IE", "ga"),
        ("sh", "sr-Latn"),
        ("mo", "ro"),
    ];
    for (request, first) in cases {
        let chain = fallback_chain(request);
        assert_eq!(chain.first(), Some(&first), "{request}: {chain:?}");
        assert_eq!(chain.last(), Some(&"en-US"), "{request}");
    }
    assert_eq!(
        http_status_i18n::title(404, "iw"),
        http_status_i18n::title(404, "he")
    );
    assert_ne!(
        http_status_i18n::title(404, "he"),
        http_status_i18n::title(404, "en-US")
    );
}
