//! Which locales of a catalogue serve a request, in order: from the baked CLDR tables for
//! catalogues of shipped locales, through ICU4X for catalogues whose overrides add others.

use super::cldr;
#[cfg(feature = "overrides")]
use super::icu::{self, FallbackResolver};
use super::LanguageTag;

/// A catalogue's resolver of requests to chains of its locales.
#[derive(Debug)]
pub(crate) enum Resolver {
    /// Every locale is a shipped one: the baked tables answer.
    Baked {
        /// The catalogue's tags, by position.
        tags: Vec<String>,
        default: u16,
    },
    /// Overrides added locales the baked tables do not know.
    #[cfg(feature = "overrides")]
    Icu(FallbackResolver),
}

impl Resolver {
    /// A resolver over `tags` (canonical, in catalogue order); `baked` says whether all of
    /// them are shipped locales.
    pub(crate) fn new(tags: Vec<String>, default: u16, baked: bool) -> Resolver {
        #[cfg(feature = "overrides")]
        if !baked {
            let parsed: Vec<icu_locale::Locale> = tags
                .iter()
                .map(|tag| tag.parse().unwrap_or(icu_locale::Locale::UNKNOWN))
                .collect();
            return Resolver::Icu(FallbackResolver::new(&parsed, default));
        }
        let _ = baked;
        Resolver::Baked { tags, default }
    }

    /// The chain for a canonical request (`None` for a malformed one, which gets the
    /// default alone), always ending in the default.
    pub(crate) fn chain(&self, request: Option<&LanguageTag>) -> Vec<u16> {
        match self {
            Resolver::Baked { tags, default } => {
                let mut chain: Vec<u16> = request
                    .map(cldr::chain)
                    .unwrap_or_default()
                    .into_iter()
                    .filter_map(|tag| position(tags, tag))
                    .collect();
                chain.dedup();
                if !chain.contains(default) {
                    chain.push(*default);
                }
                chain
            }
            #[cfg(feature = "overrides")]
            Resolver::Icu(resolver) => resolver.chain(request.and_then(icu::to_icu).as_ref()),
        }
    }

    /// The likely-subtags form of the locale at `position`.
    pub(crate) fn maximized_at(&self, position: u16) -> Option<LanguageTag> {
        match self {
            Resolver::Baked { tags, .. } => {
                cldr::shipped_maximized(tags.get(usize::from(position))?)
            }
            #[cfg(feature = "overrides")]
            Resolver::Icu(resolver) => icu::from_icu(resolver.maximized_at(position)?),
        }
    }

    /// The locales with the language and script of `request` (likely subtags added),
    /// whatever their region, in catalogue order.
    pub(crate) fn same_language_and_script(&self, request: &LanguageTag) -> Vec<u16> {
        match self {
            Resolver::Baked { tags, .. } => {
                let Some(wanted) = cldr::maximized(request) else {
                    return Vec::new();
                };
                (0..tags.len())
                    .filter_map(|i| u16::try_from(i).ok())
                    .filter(|&i| {
                        self.maximized_at(i).is_some_and(|max| {
                            max.language == wanted.language && max.script == wanted.script
                        })
                    })
                    .collect()
            }
            #[cfg(feature = "overrides")]
            Resolver::Icu(resolver) => match icu::to_icu(request) {
                Some(request) => resolver.same_language_and_script(&request),
                None => Vec::new(),
            },
        }
    }
}

fn position(tags: &[String], tag: &str) -> Option<u16> {
    tags.iter()
        .position(|t| t == tag)
        .and_then(|i| u16::try_from(i).ok())
}
