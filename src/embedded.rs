//! The locales compiled into the crate: `locales/<tag>/*.ftl`, embedded with include_dir.
//! `build.rs` makes a changed or added file rebuild the crate.

use include_dir::{include_dir, Dir};

static LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// The tag that ends every fallback chain and holds the source texts.
pub const DEFAULT_LOCALE: &str = "en-US";

/// One embedded `.ftl` file.
#[derive(Debug, Clone, Copy)]
pub(crate) struct EmbeddedFile {
    /// The file's path inside `locales/`, such as `zh-CN/http-status.ftl`.
    pub(crate) path: &'static str,
    /// Bytes, not `str`: UTF-8 validation of every locale up front would cost a
    /// millisecond at start-up, so it happens when a locale is first used.
    pub(crate) bytes: &'static [u8],
}

/// One embedded locale folder.
#[derive(Debug, Clone)]
pub(crate) struct EmbeddedLocale {
    /// The folder name, a canonical tag.
    pub(crate) tag: &'static str,
    /// Its `.ftl` files, sorted by name.
    pub(crate) files: Vec<EmbeddedFile>,
}

/// Every embedded locale folder, sorted by tag.
pub(crate) fn locales() -> Vec<EmbeddedLocale> {
    let mut locales: Vec<EmbeddedLocale> = LOCALES
        .dirs()
        .filter_map(|dir| {
            let tag = dir.path().file_name()?.to_str()?;
            let mut files: Vec<EmbeddedFile> = dir
                .files()
                .filter(|file| file.path().extension().is_some_and(|ext| ext == "ftl"))
                .filter_map(|file| {
                    Some(EmbeddedFile {
                        path: file.path().to_str()?,
                        bytes: file.contents(),
                    })
                })
                .collect();
            files.sort_by_key(|file| file.path);
            Some(EmbeddedLocale { tag, files })
        })
        .collect();
    locales.sort_by_key(|locale| locale.tag);
    locales
}
