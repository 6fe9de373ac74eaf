//! The table of one locale: every text of the [scheme](crate::scheme), already merged along
//! the locale's fallback chain, as one string and the end offset of each text in it.
//!
//! The shipped locales' tables are baked (`src/catalog/baked/`, written by
//! `cargo l10n bake`) and borrowed from static data; tables of locales with overrides are
//! built the same way at [`CatalogBuilder::build`](crate::CatalogBuilder::build) and owned.
//! One string and a few offsets, rather than one `&str` per text, keeps the static data
//! free of pointers, and so of relocations, which would cost more binary size than the
//! texts themselves.
//!
//! Slot layout: for table position `p` (see [`crate::scheme`]), slot `3p` is the title,
//! `3p + 1` the description and `3p + 2` the advice; after the status texts, one slot per
//! page text. An empty slot has no text (valid texts are never empty). Page texts carry
//! [`CODE_MARK`] where the status code goes.

use std::borrow::Cow;

#[cfg(any(test, feature = "overrides"))]
use crate::scheme::PAGE_MESSAGES;
use crate::scheme::{PageMessage, TABLE_LEN};

/// Stands for the `$code` variable in a page text. A private-use character that no
/// shipped or override text may contain (loading refuses it).
pub(crate) const CODE_MARK: char = '\u{E000}';

/// Number of slots of a table.
#[cfg(any(test, feature = "overrides"))]
pub(crate) const SLOTS: usize = TABLE_LEN * 3 + PAGE_MESSAGES.len();

/// One text of a status message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    /// The title: the value of the message.
    Title = 0,
    /// `.description`.
    Description = 1,
    /// `.advice`.
    Advice = 2,
}

/// The slot of a status text.
#[inline]
pub(crate) const fn status_slot(position: usize, part: Part) -> usize {
    position * 3 + part as usize
}

/// The slot of a page text.
#[inline]
pub(crate) const fn page_slot(message: PageMessage) -> usize {
    TABLE_LEN * 3 + message as usize
}

/// A shipped locale's baked table and facts, as `cargo l10n bake` writes them.
#[derive(Debug)]
pub(crate) struct BakedLocale {
    /// The canonical tag.
    pub(crate) tag: &'static str,
    /// Whether the locale's script is written right to left.
    pub(crate) right_to_left: bool,
    /// Every text, one after the other.
    pub(crate) texts: &'static str,
    /// End offset of each slot in `texts`.
    pub(crate) ends: &'static [u32],
    /// For each slot, the position in the locale's chain (`locales.txt`) of the locale
    /// that supplied its text; empty
    /// when the locale supplied every text itself (every complete locale).
    pub(crate) sources: &'static [u8],
}

/// A locale's texts merged along its chain: borrowed from baked data, or owned.
#[derive(Debug, Clone)]
pub(crate) struct Table {
    pub(crate) texts: Cow<'static, str>,
    pub(crate) ends: Cow<'static, [u32]>,
    pub(crate) sources: Cow<'static, [u8]>,
}

impl Table {
    /// A table without texts.
    pub(crate) fn empty() -> Table {
        Table {
            texts: Cow::Borrowed(""),
            ends: Cow::Borrowed(&[]),
            sources: Cow::Borrowed(&[]),
        }
    }

    /// The table of a baked locale.
    pub(crate) fn baked(locale: &'static BakedLocale) -> Table {
        Table {
            texts: Cow::Borrowed(locale.texts),
            ends: Cow::Borrowed(locale.ends),
            sources: Cow::Borrowed(locale.sources),
        }
    }

    /// The text of a slot, or `None` if the slot is empty or out of range.
    #[inline]
    pub(crate) fn text(&self, slot: usize) -> Option<&str> {
        let end = *self.ends.get(slot)? as usize;
        let start = match slot.checked_sub(1) {
            Some(before) => *self.ends.get(before)? as usize,
            None => 0,
        };
        self.texts.get(start..end).filter(|text| !text.is_empty())
    }

    /// The text of a slot and the position in the chain of the locale that supplied it.
    #[inline]
    pub(crate) fn sourced(&self, slot: usize) -> Option<(&str, u8)> {
        let source = match self.sources.is_empty() {
            true => 0,
            false => *self.sources.get(slot)?,
        };
        Some((self.text(slot)?, source))
    }

    /// Whether the table has every slot it should: `SLOTS` ends and sources, offsets that
    /// rise and fall on character boundaries.
    #[cfg(test)]
    pub(crate) fn is_well_formed(&self) -> bool {
        self.ends.len() == SLOTS
            && (self.sources.is_empty() || self.sources.len() == SLOTS)
            && self.ends.windows(2).all(|w| w.first() <= w.get(1))
            && self
                .ends
                .iter()
                .all(|&end| self.texts.is_char_boundary(end as usize))
    }
}

/// Builds a table slot by slot; used by overrides and by the bake.
#[cfg(any(test, feature = "overrides"))]
#[derive(Debug, Default)]
pub(crate) struct TableWriter {
    texts: String,
    ends: Vec<u32>,
    sources: Vec<u8>,
}

#[cfg(any(test, feature = "overrides"))]
impl TableWriter {
    /// Appends the next slot: its text (or none) and the chain position of its source.
    pub(crate) fn push(&mut self, text: Option<&str>, source: u8) {
        if let Some(text) = text {
            self.texts.push_str(text);
        }
        self.ends
            .push(u32::try_from(self.texts.len()).unwrap_or(u32::MAX));
        self.sources.push(source);
    }

    /// The finished table.
    pub(crate) fn finish(self) -> Table {
        Table {
            texts: Cow::Owned(self.texts),
            ends: Cow::Owned(self.ends),
            sources: Cow::Owned(self.sources),
        }
    }
}

/// A page text split around its code marks, with the code filled in.
pub(crate) fn fill_code(template: &str, code: u16) -> String {
    let mut out = String::with_capacity(template.len() + 3);
    for (i, piece) in template.split(CODE_MARK).enumerate() {
        if i > 0 {
            use std::fmt::Write;
            let _ = write!(out, "{code}");
        }
        out.push_str(piece);
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn a_written_table_gives_back_each_slot_and_its_source() {
        let mut writer = TableWriter::default();
        writer.push(Some("Nicht gefunden"), 0);
        writer.push(None, 0);
        writer.push(Some("Not Found"), 1);
        let table = writer.finish();
        assert_eq!(table.sourced(0), Some(("Nicht gefunden", 0)));
        assert_eq!(table.sourced(1), None);
        assert_eq!(table.sourced(2), Some(("Not Found", 1)));
        assert_eq!(table.sourced(3), None);
        assert!(!table.is_well_formed(), "three slots are not a whole table");
    }

    #[test]
    fn code_marks_are_filled_with_the_code() {
        assert_eq!(fill_code("Error \u{E000}", 404), "Error 404");
        assert_eq!(fill_code("\u{E000}: \u{E000}", 5), "5: 5");
        assert_eq!(fill_code("no code", 5), "no code");
    }

    #[test]
    fn slots_do_not_overlap() {
        assert_eq!(status_slot(0, Part::Advice), 2);
        assert_eq!(
            status_slot(TABLE_LEN - 1, Part::Advice) + 1,
            page_slot(PageMessage::ErrorLabel)
        );
        assert_eq!(page_slot(PageMessage::FallbackNote) + 1, SLOTS);
    }
}
