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
//! Written by hand because the crates that build perfect hashes (phf) do it at compile
//! time for a fixed set, and a catalogue's set of tags is only known when it is built.

/// Tags longer than this are not in the fast index.
const MAX_PACKED: usize = 7;

/// Multipliers tried in turn; odd 64-bit constants with well-mixed bits.
const MULTIPLIERS: [u64; 8] = [
    0x9E37_79B9_7F4A_7C15,
    0xC2B2_AE3D_27D4_EB4F,
    0x1656_67B1_9E37_79F9,
    0xD6E8_FEB8_6659_FD93,
    0xFF51_AFD7_ED55_8CCD,
    0xC4CE_B9FE_1A85_EC53,
    0x2545_F491_4F6C_DD1D,
    0x9FB2_1C65_1E98_DF25,
];

#[derive(Debug, Clone)]
pub(crate) struct TagIndex {
    /// `(packed tag, locale position)`; a packed key of 0 marks an empty slot (a real key
    /// has its length, at least 1, in the top byte).
    slots: Box<[(u64, u16)]>,
    multiplier: u64,
    shift: u32,
}

/// Packs a tag of 1 to 7 bytes into a `u64`, its length in the top byte. Two overlapping
/// 4-byte reads instead of a variable-length copy keep this branch-light and call-free.
#[inline]
fn pack(tag: &str) -> Option<u64> {
    let bytes = tag.as_bytes();
    let n = bytes.len();
    let value = match n {
        4..=MAX_PACKED => {
            let low = u32::from_le_bytes(bytes.first_chunk::<4>().copied()?);
            let high = u32::from_le_bytes(bytes.last_chunk::<4>().copied()?);
            // The overlapping bytes are the same in both reads, so OR-ing is exact.
            u64::from(low) | (u64::from(high) << (8 * (n - 4)))
        }
        1..=3 => bytes
            .iter()
            .enumerate()
            .fold(0u64, |v, (i, &b)| v | (u64::from(b) << (8 * i))),
        _ => return None,
    };
    Some(value | ((n as u64) << 56))
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
        let mut bits = 4u32;
        while (1usize << bits) < keys.len() * 2 {
            bits += 1;
        }
        loop {
            for multiplier in MULTIPLIERS {
                if let Some(index) = Self::try_build(&keys, multiplier, bits) {
                    return index;
                }
            }
            bits += 1;
        }
    }

    fn try_build(keys: &[(u64, u16)], multiplier: u64, bits: u32) -> Option<TagIndex> {
        let mut slots = vec![(0u64, 0u16); 1 << bits].into_boxed_slice();
        let shift = 64 - bits;
        for &(key, position) in keys {
            let slot = slots.get_mut((key.wrapping_mul(multiplier) >> shift) as usize)?;
            if slot.0 != 0 && slot.0 != key {
                return None;
            }
            *slot = (key, position);
        }
        Some(TagIndex {
            slots,
            multiplier,
            shift,
        })
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
