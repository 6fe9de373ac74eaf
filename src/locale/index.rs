//! Exact lookup of a catalogue's own tags in a few nanoseconds.
//!
//! `describe(404, "zh-CN")` has to cost about as much as a `match` on the code, so the
//! common case, a tag spelled exactly as the catalogue spells it, is answered without
//! hashing a string or taking a lock. Tags of up to seven bytes are packed into a `u64`
//! with their length in the top byte; a multiplier chosen when the catalogue is built
//! sends every packed tag to its own slot (a perfect hash), so a lookup is one
//! multiplication, one load and one comparison. Longer or differently spelled tags go the
//! slow way (canonicalization, then a cache), which is correct for every input.
//!
//! Written by hand because the crates that build perfect hashes (phf) do it with a proc
//! macro for a set fixed in the source; here the embedded set is chosen when the crate is
//! built (build.rs bakes its index with [`super::perfect_hash`]) and a catalogue with
//! overrides knows its set only when it is built.

use std::borrow::Cow;

use super::perfect_hash::{pack, perfect_hash};

#[derive(Debug, Clone)]
pub(crate) struct TagIndex {
    /// `(packed tag, locale position)`; a packed key of 0 marks an empty slot (a real key
    /// has its length, at least 1, in the top byte).
    slots: Cow<'static, [(u64, u16)]>,
    multiplier: u64,
    shift: u32,
}

impl TagIndex {
    /// Indexes `tags` (position in the slice = locale position). Tags that cannot be
    /// packed are left to the slow path.
    pub(crate) fn new<'t>(tags: impl IntoIterator<Item = &'t str>) -> TagIndex {
        let keys: Vec<(u64, u16)> = tags
            .into_iter()
            .enumerate()
            .filter_map(|(i, tag)| Some((pack(tag)?, u16::try_from(i).ok()?)))
            .collect();
        let (slots, multiplier, shift) = perfect_hash(&keys);
        TagIndex {
            slots: Cow::Owned(slots),
            multiplier,
            shift,
        }
    }

    /// The index that build.rs baked for the embedded locales.
    pub(crate) const fn baked(slots: &'static [(u64, u16)], multiplier: u64, shift: u32) -> Self {
        TagIndex {
            slots: Cow::Borrowed(slots),
            multiplier,
            shift,
        }
    }

    /// The position of `tag` if it is spelled exactly like one of the indexed tags.
    #[inline]
    pub(crate) fn get(&self, tag: &str) -> Option<u16> {
        let key = pack(tag)?;
        let &(found, position) = self
            .slots
            .get((key.wrapping_mul(self.multiplier) >> self.shift) as usize)?;
        (found == key).then_some(position)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_indexed_tag_and_nothing_else() {
        let tags = [
            "en-US", "zh-CN", "zh-TW", "sr-Latn", "sr", "pt-BR", "pt-PT", "ja",
        ];
        let index = TagIndex::new(tags);
        for (i, tag) in tags.iter().enumerate() {
            assert_eq!(index.get(tag), Some(i as u16), "{tag}");
        }
        for other in [
            "",
            "zh",
            "zh-cn",
            "en-US\0",
            "en-USA",
            "sr-Latn-RS",
            "ja-JP",
        ] {
            assert_eq!(index.get(other), None, "{other:?}");
        }
    }

    #[test]
    fn a_nul_byte_does_not_alias_a_shorter_tag() {
        let index = TagIndex::new(["ja"]);
        assert_eq!(index.get("ja\0"), None);
    }
}
