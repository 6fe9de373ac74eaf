//! FTL overrides through `Catalog::builder()`: any bytes give a catalogue or a `LoadError`
//! with a message; a built catalogue answers every code; the embedded catalogue never
//! changes.
#![no_main]

use http_status_i18n::{Catalog, LoadError};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let before = Catalog::embedded().describe(404, "de").map(str::to_owned);
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    for tag in ["de", "en-US", "zh-Hant-HK"] {
        match Catalog::builder().add_ftl(tag, source).build() {
            Ok(catalog) => {
                for code in [100, 200, 404, 460, 503, 599] {
                    assert!(catalog.lookup(code, tag).is_some());
                }
                let _ = catalog.error_page(404).locale(tag).render_html();
            }
            Err(error) => {
                let error: LoadError = error;
                assert!(!error.to_string().is_empty());
            }
        }
    }
    assert_eq!(Catalog::embedded().describe(404, "de").map(str::to_owned), before);
});
