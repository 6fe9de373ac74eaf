//! Property tests (proptest): negotiation, resolution and lookups hold for generated input.

use http_status_i18n::{canonicalize, describe, fallback_chain, negotiate, Catalog};
use icu_locale::{LanguageIdentifier, LocaleExpander};
use proptest::prelude::*;

fn shipped() -> Vec<&'static str> {
    Catalog::embedded().locales().map(|l| l.tag()).collect()
}

/// Language ranges: shipped tags, their relatives, and junk.
fn range() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::sample::select(shipped()).prop_map(str::to_owned),
        proptest::sample::select(vec![
            "zh", "zh-HK", "zh-Hant", "zh-Hans", "pt", "pt-AO", "sr-ME", "es-MX", "en", "en-GB",
            "de-AT", "fr-CA", "iw", "in", "no", "nn", "tlh", "x-pig", "*",
        ])
        .prop_map(str::to_owned),
        "[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8}){0,2}",
    ]
}

/// A q-value in thousandths, sometimes 0.
fn q() -> impl Strategy<Value = u16> {
    prop_oneof![Just(0u16), Just(1000u16), 1u16..1000]
}

fn element(range: &str, q: u16) -> String {
    if q == 1000 {
        range.to_owned()
    } else {
        format!("{range};q={}.{:03}", q / 1000, q % 1000)
    }
}

fn script_of(tag: &str) -> Option<icu_locale::subtags::Script> {
    let mut id: LanguageIdentifier = canonicalize(tag)?.parse().ok()?;
    LocaleExpander::new_extended().maximize(&mut id);
    id.script
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn negotiation_always_returns_a_shipped_locale(header in ".{0,200}") {
        prop_assert!(shipped().contains(&negotiate(&header)));
    }

    #[test]
    fn negotiation_of_structured_headers_returns_a_shipped_locale(
        elements in proptest::collection::vec((range(), q()), 0..12)
    ) {
        let header: Vec<String> = elements.iter().map(|(r, q)| element(r, *q)).collect();
        prop_assert!(shipped().contains(&negotiate(&header.join(", "))));
    }

    #[test]
    fn a_locale_excluded_with_q0_is_never_chosen_while_another_is_acceptable(
        excluded in proptest::sample::select(shipped()),
        wanted in proptest::sample::select(shipped()),
        q_wanted in 1u16..=1000,
        excluded_first in any::<bool>(),
    ) {
        prop_assume!(excluded != wanted);
        let exclusion = element(excluded, 0);
        let positive = element(wanted, q_wanted);
        let header = if excluded_first {
            format!("{exclusion}, {positive}")
        } else {
            format!("{positive}, {exclusion}")
        };
        let chosen = negotiate(&header);
        prop_assert_ne!(chosen, excluded, "{}", header);
        prop_assert_eq!(chosen, wanted, "{}", header);
    }

    #[test]
    fn order_of_elements_with_distinct_q_does_not_matter(
        ranges in proptest::collection::vec(range(), 1..8),
        seed in any::<u64>(),
    ) {
        // Distinct, positive q-values: 1.0, 0.9, 0.8, ...
        let elements: Vec<String> = ranges
            .iter()
            .enumerate()
            .map(|(i, r)| element(r, 1000 - 100 * i as u16))
            .collect();
        let mut shuffled = elements.clone();
        let mut state = seed;
        for i in (1..shuffled.len()).rev() {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            shuffled.swap(i, (state >> 33) as usize % (i + 1));
        }
        prop_assert_eq!(negotiate(&elements.join(",")), negotiate(&shuffled.join(",")));
    }

    #[test]
    fn resolution_is_idempotent(tag in prop_oneof![range(), ".{0,40}"]) {
        if let Some(canonical) = canonicalize(&tag) {
            let again = canonicalize(&canonical);
            prop_assert_eq!(again.as_deref(), Some(canonical.as_str()));
        }
        let catalog = Catalog::embedded();
        let once = catalog.locale(&tag);
        prop_assert_eq!(catalog.locale(once.tag()), once);
        prop_assert_eq!(fallback_chain(once.tag()), fallback_chain(&tag));
    }

    #[test]
    fn describe_is_some_for_every_code_in_range_and_every_tag(
        code in 100u16..=599,
        tag in prop_oneof![range(), ".{0,40}"],
    ) {
        prop_assert!(describe(code, &tag).is_some());
    }

    #[test]
    fn describe_is_none_outside_the_range(code in prop_oneof![0u16..100, 600u16..=u16::MAX]) {
        prop_assert!(describe(code, "en-US").is_none());
    }

    #[test]
    fn chains_end_in_en_us_and_never_change_script(tag in range()) {
        let chain = fallback_chain(&tag);
        prop_assert_eq!(chain.last(), Some(&"en-US"));
        if let Some(script) = script_of(&tag) {
            for link in &chain[..chain.len() - 1] {
                prop_assert_eq!(script_of(link), Some(script), "{} -> {:?}", tag, chain);
            }
        }
    }
}
