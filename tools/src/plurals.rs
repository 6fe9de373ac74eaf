//! CLDR plural categories of a locale, from intl_pluralrules (the rules fluent-bundle
//! uses to select variants at run time).
//!
//! intl_pluralrules answers "which category is this number?" but has no list of a
//! locale's categories, so the list is found by asking it about sample numbers: every
//! integer up to 1000 and some larger ones, and decimals with one and two fraction
//! digits, which between them meet every category of every CLDR rule set.

use std::collections::BTreeSet;

use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

/// The names of the plural categories, in CLDR order.
pub const CATEGORY_NAMES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

fn name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

/// A locale's cardinal plural categories.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Categories {
    /// Categories that whole numbers select: a count needs a variant for each.
    pub integers: BTreeSet<&'static str>,
    /// Every category the locale has, decimals included.
    pub all: BTreeSet<&'static str>,
}

/// The categories of `tag`, or `None` if CLDR has no rules for its language.
/// Pseudo-locales (regions `XA`, `XB`, `XC`) carry English grammar and get English rules.
///
/// ```
/// let ru = l10n::plurals::categories("ru").unwrap();
/// assert_eq!(ru.integers.iter().copied().collect::<Vec<_>>(), ["few", "many", "one"]);
/// assert!(ru.all.contains("other"));
/// let ja = l10n::plurals::categories("ja").unwrap();
/// assert_eq!(ja.all.len(), 1);
/// ```
pub fn categories(tag: &str) -> Option<Categories> {
    let langid: LanguageIdentifier = tag.parse().ok()?;
    let pseudo = langid
        .region
        .is_some_and(|r| matches!(r.as_str(), "XA" | "XB" | "XC"));
    let candidates: Vec<LanguageIdentifier> = if pseudo {
        vec!["en".parse().ok()?]
    } else {
        let mut language_only = LanguageIdentifier::default();
        language_only.language = langid.language;
        vec![langid.clone(), language_only]
    };
    let rules = candidates
        .into_iter()
        .find_map(|l| PluralRules::create(l, PluralRuleType::CARDINAL).ok())?;
    let mut integers = BTreeSet::new();
    let samples = (0..=1000u64).chain([10_000, 100_000, 1_000_000, 2_000_000, 10_000_000]);
    for n in samples {
        if let Ok(category) = rules.select(n) {
            integers.insert(name(category));
        }
    }
    let mut all = integers.clone();
    for whole in 0..=120u32 {
        for fraction in ["0", "1", "2", "5", "00", "01", "10", "25", "50"] {
            if let Ok(category) = rules.select(format!("{whole}.{fraction}").as_str()) {
                all.insert(name(category));
            }
        }
    }
    Some(Categories { integers, all })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_has_six_categories_and_pseudo_arabic_has_english_ones() {
        assert_eq!(categories("ar").unwrap().all.len(), 6);
        let pseudo = categories("ar-XB").unwrap();
        assert_eq!(pseudo.integers, BTreeSet::from(["one", "other"]));
    }

    #[test]
    fn regional_and_script_variants_fall_back_to_the_language() {
        assert_eq!(categories("sr-Latn"), categories("sr"));
        assert!(categories("zh-TW").is_some());
        assert!(categories("xx").is_none());
    }
}
