//! The perfect hash of the tag index: packing a short tag into a `u64`, and finding a
//! multiplier that sends every packed tag of a set to its own slot. Plain functions over
//! `core`, so that `build.rs` (which bakes the index of the embedded locales) and the
//! index of catalogues with overrides share them.

/// Tags longer than this are not in the fast index.
pub(crate) const MAX_PACKED: usize = 7;

/// Packs a tag of 1 to 7 bytes into a `u64`, its length in the top byte. Two overlapping
/// 4-byte reads instead of a variable-length copy keep this branch-light and call-free.
#[inline]
pub(crate) fn pack(tag: &str) -> Option<u64> {
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

/// A multiplier from a splitmix64 sequence: odd, with well-mixed bits.
fn multiplier(n: u64) -> u64 {
    let mut z = n.wrapping_add(1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    (z ^ (z >> 31)) | 1
}

/// How many multipliers are tried for one table size before the table grows.
const TRIES_PER_SIZE: u64 = 256;

/// The slots, multiplier and shift of a perfect hash of `keys` (packed tag, position):
/// the smallest table (at least twice the keys) for which one of the tried multipliers
/// sends every key to its own slot. An empty slot holds key 0, which no packed tag is.
pub(crate) fn perfect_hash(keys: &[(u64, u16)]) -> (Vec<(u64, u16)>, u64, u32) {
    let mut bits = 4u32;
    while (1usize << bits) < keys.len() * 2 {
        bits += 1;
    }
    let mut slots = Vec::new();
    loop {
        let shift = 64 - bits;
        for n in 0..TRIES_PER_SIZE {
            let multiplier = multiplier(n);
            slots.clear();
            slots.resize(1 << bits, (0u64, 0u16));
            let fits = keys.iter().all(|&(key, position)| {
                match slots.get_mut((key.wrapping_mul(multiplier) >> shift) as usize) {
                    Some(slot) if slot.0 == 0 || slot.0 == key => {
                        *slot = (key, position);
                        true
                    }
                    _ => false,
                }
            });
            if fits {
                return (slots, multiplier, shift);
            }
        }
        bits += 1;
    }
}
