//! The locales compiled into the crate: `locales/<tag>/*.ftl`, embedded with include_dir.
//! `build.rs` lists the locale folders and makes a changed or added file rebuild the crate.

use include_dir::{include_dir, Dir};

static LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

include!(concat!(env!("OUT_DIR"), "/locale_tags.rs"));

/// The tag that ends every fallback chain and holds the source texts.
pub const DEFAULT_LOCALE: &str = "en-US";

/// One embedded `.ftl` file.
#[derive(Debug, Clone, Copy)]
pub(crate) struct EmbeddedFile {
    /// The file's path inside `locales/`, such as `zh-CN/http-status.ftl`.
    pub(crate) path: &'static str,
    /// Bytes, not `str`: UTF-8 validation happens when a locale is first used.
    pub(crate) bytes: &'static [u8],
}

/// The tags of the shipped locales, sorted.
pub(crate) fn tags() -> &'static [&'static str] {
    LOCALE_TAGS
}

/// The `.ftl` files of a shipped locale, sorted by name; looked up when the locale is first
/// used, so that only its own embedded data is touched.
pub(crate) fn files(tag: &str) -> Vec<EmbeddedFile> {
    let Some(dir) = LOCALES.get_dir(tag) else {
        return Vec::new();
    };
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
    files
}
