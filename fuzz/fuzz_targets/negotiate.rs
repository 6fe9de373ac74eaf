//! Accept-Language negotiation: any header gives a shipped locale, with or without an
//! explicit choice, and the same answer twice (the caches change nothing).
#![no_main]

use http_status_i18n::{negotiate, Catalog};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|header: &str| {
    let catalog = Catalog::embedded();
    let chosen = negotiate(header);
    assert!(catalog.locales().any(|l| l.tag() == chosen));
    assert_eq!(negotiate(header), chosen);
    let middle = (0..=header.len() / 2)
        .rev()
        .find(|&i| header.is_char_boundary(i))
        .unwrap_or(0);
    let (explicit, rest) = header.split_at(middle);
    let _ = catalog.negotiate_with(Some(explicit), rest).tag();
});
