//! ICU4X itself, behind the `overrides` feature: the fallback chains of a catalogue whose
//! overrides add locales the crate does not ship (the baked tables know only the shipped
//! ones), the direction of such a locale's script, and the bake, which reads its CLDR
//! tables out of ICU4X through this resolver.

use icu_locale::fallback::LocaleFallbackConfig;
use icu_locale::{LanguageIdentifier, Locale as IcuLocale, LocaleExpander, LocaleFallbacker};

/// The expander with all of CLDR's likely subtags; constructing it is free (`const`,
/// over compiled data), and its owned form is not `Sync`, so it is made where used.
const EXPANDER: LocaleExpander = LocaleExpander::new_extended();

/// Longest chain a request can get before the default locale; CLDR chains are at most
/// four steps deep (`es-MX` → `es-419` → `es`), so this only guards against surprises.
const MAX_STEPS: usize = 16;

/// CLDR parent locales that ICU4X's fallbacker steps over because the script is implied
/// by the region: CLDR's parentLocales has `zh_Hant_MO` → `zh_Hant_HK`, while the
/// fallbacker goes from `zh-MO` straight to `zh-Hant`. Keyed by the maximized child; the
/// parent is tried right after the child.
const PARENTS_BY_LIKELY_SUBTAGS: [(&str, &str); 1] = [("zh-Hant-MO", "zh-Hant-HK")];

/// One shipped locale, as the resolver compares it with requests.
#[derive(Debug, Clone)]
struct Shipped {
    id: LanguageIdentifier,
    maximized: LanguageIdentifier,
}

/// Maps a requested locale to the shipped locales that serve it, in order.
#[derive(Debug, Clone)]
pub(crate) struct FallbackResolver {
    shipped: Vec<Shipped>,
    default: u16,
}

fn maximized(id: &LanguageIdentifier) -> LanguageIdentifier {
    let mut id = id.clone();
    EXPANDER.maximize(&mut id);
    id
}

fn normalize_macrolanguage(id: &mut LanguageIdentifier) {
    if id.language == icu_locale::subtags::language!("no") {
        id.language = icu_locale::subtags::language!("nb");
    }
}

impl FallbackResolver {
    /// `shipped` are canonical locales in catalogue order; `default` is the position of the
    /// one that ends every chain (en-US).
    pub(crate) fn new(shipped: &[IcuLocale], default: u16) -> Self {
        let shipped = shipped
            .iter()
            .map(|locale| Shipped {
                id: locale.id.clone(),
                maximized: maximized(&locale.id),
            })
            .collect();
        FallbackResolver { shipped, default }
    }

    /// The likely-subtags form of the shipped locale at `position`.
    pub(crate) fn maximized_at(&self, position: u16) -> Option<&LanguageIdentifier> {
        self.shipped
            .get(usize::from(position))
            .map(|s| &s.maximized)
    }

    /// The shipped locales with the language and script of `request` (likely subtags
    /// added), whatever their region, in catalogue order.
    pub(crate) fn same_language_and_script(&self, request: &IcuLocale) -> Vec<u16> {
        let mut wanted = request.id.clone();
        normalize_macrolanguage(&mut wanted);
        let wanted = maximized(&wanted);
        self.shipped
            .iter()
            .enumerate()
            .filter(|(_, s)| {
                s.maximized.language == wanted.language && s.maximized.script == wanted.script
            })
            .filter_map(|(i, _)| u16::try_from(i).ok())
            .collect()
    }

    /// The shipped locale that stands for `candidate`: the one written exactly so, else
    /// the one with the same language, script and region once likely subtags are added.
    fn find(&self, candidate: &LanguageIdentifier) -> Option<u16> {
        let exact = self.shipped.iter().position(|s| &s.id == candidate);
        let found = exact.or_else(|| {
            let max = maximized(candidate);
            self.shipped.iter().position(|s| s.maximized == max)
        })?;
        u16::try_from(found).ok()
    }

    /// The chain for a canonical request (see [`super::canonical_locale`]); `None` stands
    /// for a malformed tag and gets the default alone.
    ///
    /// The chain follows CLDR parent locales, so it never changes script: `zh-HK` goes
    /// to `zh-Hant` and from there to the shipped `zh-TW`, never to `zh-CN`. It stops at
    /// the default locale, which is always its last element.
    pub(crate) fn chain(&self, request: Option<&IcuLocale>) -> Vec<u16> {
        let mut chain: Vec<u16> = Vec::with_capacity(4);
        if let Some(request) = request {
            let fallbacker = LocaleFallbacker::new();
            let mut candidates = fallbacker
                .for_config(LocaleFallbackConfig::default())
                .fallback_for(request.into());
            for _ in 0..MAX_STEPS {
                let data_locale = *candidates.get();
                if data_locale.is_unknown() {
                    break;
                }
                let mut candidate = data_locale.into_locale().id;
                normalize_macrolanguage(&mut candidate);
                let likely = maximized(&candidate).to_string();
                let parent = PARENTS_BY_LIKELY_SUBTAGS
                    .iter()
                    .find(|(child, _)| *child == likely)
                    .and_then(|(_, parent)| parent.parse::<LanguageIdentifier>().ok());
                for candidate in std::iter::once(candidate).chain(parent) {
                    if let Some(found) = self.find(&candidate) {
                        if !chain.contains(&found) {
                            chain.push(found);
                        }
                        if found == self.default {
                            return chain;
                        }
                    }
                }
                candidates.step();
            }
        }
        chain.push(self.default);
        chain
    }
}

/// The ICU4X locale of a parsed tag.
pub(crate) fn to_icu(tag: &super::LanguageTag) -> Option<IcuLocale> {
    tag.to_string().parse().ok()
}

/// The parsed tag of an ICU4X language identifier.
pub(crate) fn from_icu(id: &LanguageIdentifier) -> Option<super::LanguageTag> {
    super::LanguageTag::parse(&id.to_string())
}

/// The direction of a tag's script, from CLDR's script data (through likely subtags):
/// right to left for Arabic, Hebrew, Persian, Urdu ...; left to right otherwise and for
/// malformed tags. Shipped locales have theirs baked; this is for locales that overrides
/// add.
///
/// ```
/// use http_status_i18n::{direction_of, Direction};
/// assert_eq!(direction_of("ur"), Direction::RightToLeft);
/// assert_eq!(direction_of("sr-Latn"), Direction::LeftToRight);
/// ```
pub fn direction_of(tag: &str) -> crate::Direction {
    let directionality = icu_locale::LocaleDirectionality::new_common();
    let rtl = super::canonical_locale(tag)
        .and_then(|tag| to_icu(&tag))
        .map(|locale| directionality.is_right_to_left(&locale.id));
    match rtl {
        Some(true) => crate::Direction::RightToLeft,
        _ => crate::Direction::LeftToRight,
    }
}
