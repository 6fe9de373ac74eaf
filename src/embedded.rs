//! The locales compiled into the crate: `locales/<tag>/*.ftl`, embedded with include_dir.
//! `build.rs` makes a changed or added file rebuild the crate.

use include_dir::{include_dir, Dir};

static LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// The file of each locale folder that holds the status texts.
pub(crate) const STATUS_FILE: &str = "http-status.ftl";

/// The tag that ends every fallback chain and holds the source texts.
pub const DEFAULT_LOCALE: &str = "en-US";

/// One embedded locale folder.
#[derive(Debug, Clone, Copy)]
pub(crate) struct EmbeddedLocale {
    /// The folder name, a canonical tag.
    pub(crate) tag: &'static str,
    /// The status texts, if the folder has them. Bytes, not `str`: UTF-8 validation of
    /// every locale up front would cost a millisecond at start-up, so it happens when a
    /// locale is first used.
    pub(crate) status_source: Option<&'static [u8]>,
}

/// Every embedded locale folder, sorted by tag.
pub(crate) fn locales() -> Vec<EmbeddedLocale> {
    let mut locales: Vec<EmbeddedLocale> = LOCALES
        .dirs()
        .filter_map(|dir| {
            let tag = dir.path().file_name()?.to_str()?;
            let status_source = dir
                .get_file(dir.path().join(STATUS_FILE))
                .map(|file| file.contents());
            Some(EmbeddedLocale { tag, status_source })
        })
        .collect();
    locales.sort_by_key(|locale| locale.tag);
    locales
}
