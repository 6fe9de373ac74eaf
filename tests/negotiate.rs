//! Accept-Language negotiation: RFC examples, real browsers' headers, every malformed form.

use http_status_i18n::{negotiate, Catalog, Direction};

/// `(header, expected locale)`.
const CASES: &[(&str, &str)] = &[
    // RFC 9110 section 12.5.4's example: Danish, then British English, then any English.
    ("da, en-gb;q=0.8, en;q=0.7", "da"),
    ("en-gb;q=0.8, en;q=0.7", "en-US"),
    // RFC 4647 lookup: the most specific range falls back along its chain.
    ("de-CH-1996", "de"),
    ("zh-Hant-CN-x-private1-private2", "zh-TW"),
    // Chrome (Windows, German user).
    ("de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7", "de"),
    // Chrome (Chinese, mainland).
    ("zh-CN,zh;q=0.9,en;q=0.8", "zh-CN"),
    // Chrome (Hong Kong user): Traditional, never Simplified.
    ("zh-HK,zh;q=0.9,en;q=0.8", "zh-TW"),
    ("zh-HK,zh-TW;q=0.9,zh;q=0.8,en-US;q=0.7,en;q=0.6", "zh-TW"),
    // Firefox.
    ("fr,fr-FR;q=0.8,en-US;q=0.5,en;q=0.3", "fr"),
    ("ja,en-US;q=0.7,en;q=0.3", "ja"),
    ("pt-BR,pt;q=0.8,en-US;q=0.5,en;q=0.3", "pt-BR"),
    // Safari.
    ("ko-KR", "ko"),
    ("en-GB", "en-US"),
    ("pt-PT", "pt-PT"),
    // Edge.
    (
        "nb-NO,nb;q=0.9,no;q=0.8,nn;q=0.7,en-US;q=0.6,en;q=0.5",
        "nb",
    ),
    ("sv-SE,sv;q=0.9", "sv"),
    // Old Internet Explorer with a script subtag.
    ("zh-Hans-CN", "zh-CN"),
    ("zh-Hant-TW", "zh-TW"),
    // Deprecated codes and POSIX-style underscores.
    ("iw-IL", "he"),
    ("in", "id"),
    ("no", "nb"),
    ("zh_CN", "zh-CN"),
    ("sr_RS@latin", "en-US"),
    ("sr-Latn-RS", "sr-Latn"),
    ("sr-ME", "sr-Latn"),
    ("sr-RS", "sr"),
    ("pt-AO", "pt-PT"),
    ("es-MX,es;q=0.9", "es"),
    ("ar-SA,ar;q=0.9", "ar"),
    ("fa-IR", "fa"),
    // q-values decide, ties keep the header's order.
    ("de;q=0.5, fr", "fr"),
    ("de;q=0.5, fr;q=0.5", "de"),
    ("fr;q=0.5, de;q=0.5", "fr"),
    ("it;q=0.001, ru;q=0.002", "ru"),
    ("pl;Q=0.9, cs;q=0.8", "pl"),
    ("pl ; q=0.7 , cs ;q=0.8", "cs"),
    ("pl;q=1.000, cs;q=0.999", "pl"),
    // q=0 excludes, and wins over a positive duplicate.
    ("de;q=0, de;q=1, fr;q=0.5", "fr"),
    ("de, de;q=0, fr;q=0.5", "fr"),
    ("zh-CN;q=0, zh-TW;q=0.5", "zh-TW"),
    ("zh;q=0, ja;q=0.2", "ja"),
    ("en;q=0, *", "ar"),
    ("de;q=0, *", "en-US"),
    // *;q=0 excludes everything not listed.
    ("fr, *;q=0", "fr"),
    ("tlh, *;q=0", "en-US"),
    ("*", "en-US"),
    // Malformed elements are dropped alone.
    ("de;q=2, fr", "fr"),
    ("de;q=0.5000, fr;q=0.1", "fr"),
    ("de;q=abc, fr;q=0.1", "fr"),
    ("de;level=1, fr;q=0.1", "fr"),
    ("de;q=0.5;q=0.6, fr;q=0.1", "fr"),
    ("de;q = 0.5, fr;q=0.1", "fr"),
    ("d€, fr;q=0.1", "fr"),
    ("abcdefghi, fr;q=0.1", "fr"),
    ("de-, fr;q=0.1", "fr"),
    ("-de, fr;q=0.1", "fr"),
    ("1de, fr;q=0.1", "fr"),
    ("de--DE, fr;q=0.1", "fr"),
    ("de;, fr;q=0.1", "fr"),
    ("de;q=, fr;q=0.1", "fr"),
    (";q=0.5, fr;q=0.1", "fr"),
    // Empty elements are skipped.
    (",,, ,fr,,", "fr"),
    ("\t fr \t", "fr"),
    // Empty, absent or all-invalid headers get the default.
    ("", "en-US"),
    ("   ", "en-US"),
    (",,,", "en-US"),
    ("garbage;;;", "en-US"),
    ("q=0.5", "en-US"),
    ("tlh, qaa", "en-US"),
    // Non-ASCII junk (the first fuzzing input that broke the fuzz target's own slicing).
    ("ēe", "en-US"),
    ("中文, ja;q=0.5", "ja"),
];

#[test]
fn negotiation_cases() {
    assert!(CASES.len() >= 50, "{} cases", CASES.len());
    let mut failures = Vec::new();
    for (header, expected) in CASES {
        let got = negotiate(header);
        if got != *expected {
            failures.push(format!("{header:?}: expected {expected}, got {got}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_20_kb_header_is_read_up_to_the_cap_without_failing() {
    let mut header = "tlh;q=0.9,".repeat(2000);
    header.push_str("fr");
    assert!(header.len() > 20_000);
    // The French element lies beyond the cap and is not read.
    assert_eq!(negotiate(&header), "en-US");
    let mut header = String::from("ja;q=0.1,");
    header.push_str(&"x".repeat(20_000));
    assert_eq!(negotiate(&header), "ja");
}

#[test]
fn only_the_first_64_elements_are_read() {
    let mut header = "tlh,".repeat(64);
    header.push_str("fr");
    assert_eq!(negotiate(&header), "en-US");
    let mut header = "tlh,".repeat(63);
    header.push_str("fr");
    assert_eq!(negotiate(&header), "fr");
}

#[test]
fn same_language_in_another_region_is_a_last_resort_never_another_script() {
    let catalog = Catalog::builder()
        .add_ftl("fr-CA", "http-404 = Introuvable (CA)\n")
        .add_ftl("zh-Hant-HK", "http-404 = 搵唔到\n")
        .build()
        .unwrap();
    // With "fr" shipped, fr-FR goes to fr by CLDR, not to fr-CA.
    assert_eq!(catalog.negotiate("fr-FR").tag(), "fr");
    // A direct match of any listed range beats the region fallback of an earlier one.
    assert_eq!(catalog.negotiate("fr-CA;q=0.5, de;q=0.4").tag(), "fr-CA");
    let only_canada = Catalog::builder()
        .add_ftl("fr-CA", "http-404 = Introuvable (CA)\n")
        .build()
        .unwrap();
    assert_eq!(only_canada.negotiate("fr-CA").tag(), "fr-CA");
    assert_eq!(catalog.negotiate("zh-Hans-HK").tag(), "zh-CN");
}

#[test]
fn explicit_choice_overrides_the_header() {
    let catalog = Catalog::embedded();
    assert_eq!(catalog.negotiate_with(Some("ko"), "de,fr").tag(), "ko");
    assert_eq!(catalog.negotiate_with(Some("zh-HK"), "de").tag(), "zh-TW");
    assert_eq!(catalog.negotiate_with(Some("not a tag"), "de").tag(), "de");
    assert_eq!(catalog.negotiate_with(None, "").tag(), "en-US");
}

#[test]
fn the_negotiated_handle_knows_chain_and_direction() {
    let catalog = Catalog::embedded();
    let he = catalog.negotiate("he-IL,he;q=0.9");
    assert_eq!(he.tag(), "he");
    assert_eq!(he.direction(), Direction::RightToLeft);
    assert_eq!(he.fallback_chain(), ["he", "en-US"]);
    for rtl in ["ar", "he", "fa"] {
        assert_eq!(
            catalog.locale(rtl).direction(),
            Direction::RightToLeft,
            "{rtl}"
        );
    }
    for ltr in ["en-US", "zh-TW", "ja", "ru", "hi", "th"] {
        assert_eq!(
            catalog.locale(ltr).direction(),
            Direction::LeftToRight,
            "{ltr}"
        );
    }
}

#[test]
fn a_narrower_positive_range_wins_over_a_wider_exclusion() {
    assert_eq!(negotiate("sr;q=0, sr-Latn"), "sr-Latn");
    assert_eq!(negotiate("zh;q=0, zh-TW;q=0.4"), "zh-TW");
    // The same or a wider positive range does not.
    assert_eq!(negotiate("pt-BR;q=0, pt"), "pt-PT");
    assert_eq!(negotiate("zh-Hant;q=0, zh-HK, ja;q=0.1"), "ja");
}
