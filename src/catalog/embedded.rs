//! The locales compiled into the crate: the baked locales of [`super::baked`], or the
//! subset chosen at build time with `HTTP_STATUS_I18N_LOCALES` (build.rs writes the list,
//! adding each chosen locale's chain and en-US, so no chain points outside it).

use std::borrow::Cow;

use super::table::{BakedLocale, Table};
use super::{Direction, LocaleData};

include!(concat!(env!("OUT_DIR"), "/embedded_locales.rs"));

/// The embedded locales as catalogue data, in baked (tag) order.
pub(crate) fn locale_data() -> Vec<LocaleData> {
    let position = |tag: &str| {
        LOCALES
            .iter()
            .position(|locale| locale.tag == tag)
            .and_then(|i| u16::try_from(i).ok())
    };
    LOCALES
        .iter()
        .map(|&locale: &&'static BakedLocale| LocaleData {
            tag: Cow::Borrowed(locale.tag),
            chain: locale
                .chain
                .iter()
                .filter_map(|tag| position(tag))
                .collect(),
            table: Table::baked(locale),
            direction: if locale.right_to_left {
                Direction::RightToLeft
            } else {
                Direction::LeftToRight
            },
        })
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn every_chain_stays_inside_the_embedded_locales() {
        for (locale, data) in LOCALES.iter().zip(locale_data()) {
            assert_eq!(locale.chain.len(), data.chain.len(), "{}", locale.tag);
        }
        assert!(LOCALES.iter().any(|l| l.tag == crate::DEFAULT_LOCALE));
    }
}
