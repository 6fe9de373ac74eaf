//! Accept-Language negotiation: RFC examples, real browsers' headers, every malformed form.

use http_status_i18n::{negotiate, Catalog, Direction};

/// The cases of `tests/data/negotiation.txt`: `(header, expected locale)`.
fn cases() -> Vec<(String, String)> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/negotiation.txt");
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| serde_json::from_str::<(String, String)>(line).unwrap())
        .collect()
}

#[test]
fn negotiation_cases() {
    let cases = cases();
    assert!(cases.len() >= 50, "{} cases", cases.len());
    let mut failures = Vec::new();
    for (header, expected) in &cases {
        let got = negotiate(header);
        if got != expected {
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
    assert_eq!(catalog.negotiate_with(Some("zh-HK"), "de").tag(), "zh-HK");
    assert_eq!(catalog.negotiate_with(Some("zh-Hant"), "de").tag(), "zh-TW");
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
