//! The locales compiled into the crate: the baked locales of [`super::baked`], or the
//! subset chosen at build time with `HTTP_STATUS_I18N_LOCALES` (build.rs writes the list,
//! adding each chosen locale's chain and en-US, so no chain points outside it).

use std::borrow::Cow;

use super::table::{BakedLocale, Table};
use super::{Direction, LocaleData};
use crate::locale::TagIndex;

include!(concat!(env!("OUT_DIR"), "/embedded_locales.rs"));

/// The index of the embedded tags, baked by build.rs.
pub(crate) fn index() -> TagIndex {
    INDEX.clone()
}

/// The embedded locales as catalogue data, in baked (tag) order. Borrows everything
/// from static data: the only allocation is the list itself.
pub(crate) fn locale_data() -> Vec<LocaleData> {
    LOCALES
        .iter()
        .zip(CHAIN_RANGES)
        .map(
            |(&locale, &(start, length)): (&&'static BakedLocale, _)| LocaleData {
                tag: Cow::Borrowed(locale.tag),
                chain: Cow::Borrowed(CHAIN_POSITIONS.get(start..start + length).unwrap_or(&[])),
                table: Table::baked(locale),
                direction: if locale.right_to_left {
                    Direction::RightToLeft
                } else {
                    Direction::LeftToRight
                },
            },
        )
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn every_chain_is_the_baked_one_as_positions() {
        let listed = include_str!("baked/locales.txt");
        let data = locale_data();
        for (locale, data) in LOCALES.iter().zip(&data) {
            let line = listed
                .lines()
                .find(|l| l.split(' ').next() == Some(locale.tag))
                .unwrap();
            let chain: Vec<&str> = line.split(' ').skip(2).collect();
            let positions: Vec<&str> = data
                .chain
                .iter()
                .map(|&p| LOCALES[usize::from(p)].tag)
                .collect();
            assert_eq!(positions, chain, "{}", locale.tag);
        }
        assert!(LOCALES.iter().any(|l| l.tag == crate::DEFAULT_LOCALE));
    }
}
