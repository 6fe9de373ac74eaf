//! The locales compiled into the crate: the `.ftl` files of `locales/<tag>/`, embedded by
//! `build.rs` (which also makes a changed or added file rebuild the crate).

/// An embedded file as build.rs lists it: its path inside `locales/` and its bytes.
type EmbeddedSource = (&'static str, &'static [u8]);

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

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
pub(crate) fn tags() -> impl Iterator<Item = &'static str> {
    LOCALES.iter().map(|(tag, _)| *tag)
}

/// The `.ftl` files of a shipped locale, sorted by name.
pub(crate) fn files(tag: &str) -> impl Iterator<Item = EmbeddedFile> + use<'_> {
    LOCALES
        .iter()
        .filter(move |(t, _)| *t == tag)
        .flat_map(|(_, files)| files.iter())
        .map(|&(path, bytes)| EmbeddedFile { path, bytes })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_ftl_files_are_embedded_and_every_locale_has_both_files() {
        for (tag, files) in LOCALES {
            assert!(
                files.iter().all(|(path, _)| path.ends_with(".ftl")),
                "{tag}"
            );
            let names: Vec<&str> = files.iter().map(|(path, _)| *path).collect();
            assert_eq!(
                names,
                [
                    format!("{tag}/error-page.ftl"),
                    format!("{tag}/http-status.ftl")
                ],
                "{tag}"
            );
        }
        assert!(tags().any(|tag| tag == DEFAULT_LOCALE));
    }
}
