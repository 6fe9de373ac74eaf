//! A per-thread memo of recently resolved tags, in front of a catalogue's shared cache.
//!
//! Tags that are not spelled like a shipped locale (`zh-HK`, `en-GB`, `de_DE`) are resolved
//! once per catalogue and cached behind a lock; taking even a read lock costs more than the
//! whole lookup of a shipped tag. This memo answers repeated requests from the same thread
//! without any shared memory: a small direct-mapped table of exact tags (up to 15 bytes,
//! packed into a `u128` with their length), keyed also by the catalogue's unique number so
//! that catalogues never see each other's answers. A miss simply falls through to the shared
//! cache; nothing here can give a wrong answer, only a slower one.

use std::cell::Cell;
use std::sync::atomic::{AtomicU32, Ordering};

const SLOTS: usize = 64;
const MAX_PACKED: usize = 15;

/// `(packed tag, catalogue key, answer)`; catalogue key 0 marks an empty slot.
type Slot = (u128, u32, u16);

thread_local! {
    static RECENT: [Cell<Slot>; SLOTS] = const { [const { Cell::new((0, 0, 0)) }; SLOTS] };
}

static NEXT_CATALOG: AtomicU32 = AtomicU32::new(1);

/// A number no other catalogue of this process has (catalogue keys are `2 × number` and
/// `2 × number + 1`, one per kind of answer). Wraps after two billion catalogues, which
/// would only cost cache misses if they overlapped in one thread's memo.
pub(crate) fn new_catalog_number() -> u32 {
    NEXT_CATALOG.fetch_add(1, Ordering::Relaxed).max(1)
}

/// Packs a tag of 1 to 15 bytes with its length in the top byte: overlapping 8-byte reads
/// (the overlapping bytes are equal in both, so OR-ing is exact) rather than a copy.
#[inline]
fn pack(tag: &str) -> Option<u128> {
    let bytes = tag.as_bytes();
    let n = bytes.len();
    let value: u128 = match n {
        8..=MAX_PACKED => {
            let low = u64::from_le_bytes(*bytes.first_chunk::<8>()?);
            let high = u64::from_le_bytes(*bytes.last_chunk::<8>()?);
            u128::from(low) | (u128::from(high) << (8 * (n - 8)))
        }
        4..=7 => {
            let low = u32::from_le_bytes(*bytes.first_chunk::<4>()?);
            let high = u32::from_le_bytes(*bytes.last_chunk::<4>()?);
            u128::from(low) | (u128::from(high) << (8 * (n - 4)))
        }
        1..=3 => bytes
            .iter()
            .enumerate()
            .fold(0, |v, (i, &b)| v | (u128::from(b) << (8 * i))),
        _ => return None,
    };
    Some(value | ((n as u128) << 120))
}

#[inline]
fn slot_of(key: u128, catalog: u32) -> usize {
    let mixed = (key as u64) ^ ((key >> 64) as u64) ^ u64::from(catalog);
    (mixed.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 58) as usize
}

/// The remembered answer for `tag` in catalogue key `catalog`.
#[inline]
pub(crate) fn get(catalog: u32, tag: &str) -> Option<u16> {
    let key = pack(tag)?;
    RECENT
        .try_with(|slots| {
            let (found, owner, answer) = slots.get(slot_of(key, catalog))?.get();
            (found == key && owner == catalog).then_some(answer)
        })
        .ok()
        .flatten()
}

/// Remembers `answer` for `tag` in catalogue key `catalog` (replacing whatever shared its
/// slot).
pub(crate) fn put(catalog: u32, tag: &str, answer: u16) {
    let Some(key) = pack(tag) else { return };
    let _ = RECENT.try_with(|slots| {
        if let Some(slot) = slots.get(slot_of(key, catalog)) {
            slot.set((key, catalog, answer));
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembers_exact_tags_per_catalogue() {
        let a = new_catalog_number() * 2;
        let b = new_catalog_number() * 2;
        put(a, "zh-HK", 7);
        assert_eq!(get(a, "zh-HK"), Some(7));
        assert_eq!(get(b, "zh-HK"), None);
        assert_eq!(get(a, "zh-hk"), None);
        assert_eq!(get(a, "zh-HK\0"), None);
        put(a, "sr-Latn-ME-xyz", 3);
        assert_eq!(get(a, "sr-Latn-ME-xyz"), Some(3));
        put(a, "a-very-long-tag-indeed", 1);
        assert_eq!(get(a, "a-very-long-tag-indeed"), None);
    }
}
