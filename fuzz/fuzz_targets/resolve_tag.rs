//! Tag resolution: any string resolves to a locale whose chain starts with it and ends in
//! en-US; canonicalization is idempotent; every code in range has a description.
#![no_main]

use http_status_i18n::{canonicalize, describe, Catalog};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|tag: &str| {
    let locale = Catalog::embedded().locale(tag);
    let chain = locale.fallback_chain();
    assert_eq!(chain.first(), Some(&locale.tag()));
    assert_eq!(chain.last(), Some(&"en-US"));
    if let Some(canonical) = canonicalize(tag) {
        assert_eq!(canonicalize(&canonical).as_deref(), Some(canonical.as_str()));
    }
    assert!(describe(404, tag).is_some());
    assert!(describe(460, tag).is_some());
    assert!(describe(600, tag).is_none());
});
