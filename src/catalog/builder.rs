//! [`CatalogBuilder`]: an application's own `.ftl` files layered over the embedded ones,
//! and the look of its error pages (theme, templates).

#[cfg(feature = "overrides")]
use std::fs;
#[cfg(feature = "overrides")]
use std::path::{Path, PathBuf};

#[cfg(feature = "overrides")]
use super::overrides::Overrides;
use super::{Catalog, Look};
use crate::error::LoadError;
#[cfg(feature = "overrides")]
use crate::error::LoadErrorKind;
#[cfg(feature = "overrides")]
use crate::ftl;
#[cfg(feature = "overrides")]
use crate::locale::canonicalize;
#[cfg(feature = "overrides")]
use crate::source::{self, MAX_FTL_BYTES};

/// One source given to the builder, kept until [`CatalogBuilder::build`].
#[cfg(feature = "overrides")]
#[derive(Debug)]
enum Source {
    Ftl { tag: String, text: String },
    Dir(PathBuf),
}

/// Builds a [`Catalog`] from the embedded locales plus an application's overrides (feature
/// `overrides`), theme (feature `themes`) and page templates (feature `templates`).
///
/// An override may add a locale the crate does not ship, or replace single messages or
/// single attributes of one it does; everything it leaves out falls back as usual. All
/// input is validated in [`build`](Self::build): a syntax error, Junk, a byte order mark,
/// a duplicate or unknown ID, an unknown attribute, a text that needs a variable, a file
/// over [`MAX_FTL_BYTES`](crate::MAX_FTL_BYTES) or a malformed tag makes `build` return a
/// [`LoadError`] naming the file, line and column, and no catalogue is made from any of it.
///
/// ```
/// use http_status_i18n::Catalog;
/// let catalog = Catalog::builder()
///     // Replace one attribute of a shipped locale.
///     .add_ftl("en-US", "http-404 =\n    .advice = Try our search page.\n")
///     // Add a locale the crate does not ship; the rest comes from its chain.
///     .add_ftl("en-GB", "http-413 = Request Entity Too Large\n")
///     .build()?;
/// let not_found = catalog.lookup(404, "en-US").unwrap();
/// assert_eq!(not_found.advice(), Some("Try our search page."));
/// assert_eq!(not_found.title(), "Not Found");
/// let too_large = catalog.lookup(413, "en-GB").unwrap();
/// assert_eq!(too_large.title(), "Request Entity Too Large");
/// assert_eq!(too_large.description_locale(), "en-US");
/// # Ok::<(), http_status_i18n::LoadError>(())
/// ```
#[derive(Debug, Default)]
#[must_use = "a builder does nothing until `build` is called"]
pub struct CatalogBuilder {
    #[cfg(feature = "overrides")]
    sources: Vec<Source>,
    look: Look,
}

impl CatalogBuilder {
    /// A builder over the embedded locales.
    pub fn new() -> Self {
        CatalogBuilder::default()
    }

    /// The theme of every error page of the catalogue; see [`crate::Theme`].
    #[cfg(feature = "themes")]
    pub fn theme(mut self, theme: crate::Theme) -> Self {
        self.look.theme = Some(theme);
        self
    }

    /// The page template of every error page of the catalogue in the template's format
    /// (HTML or plain text); see [`crate::PageTemplate`]. Templates are checked when they
    /// are made, so `build` has nothing left to refuse about them.
    ///
    /// ```
    /// use http_status_i18n::{Catalog, Format, PageTemplate};
    /// let catalog = Catalog::builder()
    ///     .template(PageTemplate::text("page.txt", "{{ code }} {{ title }}\n")?)
    ///     .build()?;
    /// let page = catalog.error_page(404).locale("it");
    /// assert_eq!(page.render_text(), "404 Non trovato\n");
    /// # Ok::<(), http_status_i18n::LoadError>(())
    /// ```
    #[cfg(feature = "templates")]
    pub fn template(mut self, template: crate::PageTemplate) -> Self {
        match template.format() {
            crate::Format::Text => self.look.text = Some(template),
            _ => self.look.html = Some(template),
        }
        self
    }

    /// Adds Fluent source text for the locale `tag`. Errors name the file `<tag>`.
    #[cfg(feature = "overrides")]
    pub fn add_ftl(mut self, tag: impl Into<String>, source: impl Into<String>) -> Self {
        self.sources.push(Source::Ftl {
            tag: tag.into(),
            text: source.into(),
        });
        self
    }

    /// Adds every `*.ftl` file of every sub-folder of `path`, one sub-folder per locale,
    /// named by its tag (the layout of the crate's own `locales/`). Files are read in
    /// [`build`](Self::build), in name order.
    #[cfg(feature = "overrides")]
    pub fn add_dir(mut self, path: impl AsRef<Path>) -> Self {
        self.sources.push(Source::Dir(path.as_ref().to_owned()));
        self
    }

    /// Validates every source and builds the catalogue, or returns the first problem.
    pub fn build(self) -> Result<Catalog, LoadError> {
        #[cfg(feature = "overrides")]
        let mut catalog = self.build_overrides()?;
        #[cfg(not(feature = "overrides"))]
        let mut catalog = Catalog::embedded_copy();
        catalog.set_look(self.look);
        Ok(catalog)
    }

    #[cfg(feature = "overrides")]
    fn build_overrides(&self) -> Result<Catalog, LoadError> {
        let mut locales = Overrides::new(super::embedded::locale_data());
        for source in &self.sources {
            match source {
                Source::Ftl { tag, text } => {
                    let file = PathBuf::from(format!("<{tag}>"));
                    add_layer(&mut locales, &file, tag, text)?;
                }
                Source::Dir(dir) => {
                    for (tag, file) in ftl_files(dir)? {
                        let bytes = fs::read(&file).map_err(|source| io_error(&file, source))?;
                        let text = source::decode(&file, bytes)?;
                        add_layer(&mut locales, &file, &tag, &text)?;
                    }
                }
            }
        }
        let baked = !locales.added_locales();
        Ok(Catalog::with_locales(locales.merge(), baked))
    }
}

#[cfg(feature = "overrides")]
fn io_error(path: &Path, source: std::io::Error) -> LoadError {
    LoadError::new(path, None, LoadErrorKind::Io { source })
}

#[cfg(feature = "overrides")]
/// `(folder name, folder)` for every subfolder of `dir` (one per locale), sorted.
pub(crate) fn locale_folders(dir: &Path) -> Result<Vec<(String, PathBuf)>, LoadError> {
    let mut folders = read_dir_sorted(dir)?;
    folders.retain(|path| path.is_dir());
    Ok(folders
        .into_iter()
        .map(|folder| {
            let name = folder
                .file_name()
                .and_then(|name| name.to_str())
                .unwrap_or_default()
                .to_owned();
            (name, folder)
        })
        .collect())
}

#[cfg(feature = "overrides")]
/// `(tag, file)` for every `*.ftl` file in the tag folders of `dir`, sorted.
fn ftl_files(dir: &Path) -> Result<Vec<(String, PathBuf)>, LoadError> {
    let mut files = Vec::new();
    for (tag, folder) in locale_folders(dir)? {
        for file in read_dir_sorted(&folder)? {
            if file.extension().is_some_and(|ext| ext == "ftl") && !file.is_dir() {
                let metadata = fs::metadata(&file).map_err(|source| io_error(&file, source))?;
                if metadata.len() > MAX_FTL_BYTES as u64 {
                    return Err(LoadError::new(
                        &file,
                        None,
                        LoadErrorKind::TooLarge {
                            size: metadata.len(),
                            limit: MAX_FTL_BYTES,
                        },
                    ));
                }
                files.push((tag.clone(), file));
            }
        }
    }
    Ok(files)
}

#[cfg(feature = "overrides")]
fn read_dir_sorted(dir: &Path) -> Result<Vec<PathBuf>, LoadError> {
    let entries = fs::read_dir(dir).map_err(|source| io_error(dir, source))?;
    let mut paths = Vec::new();
    for entry in entries {
        paths.push(entry.map_err(|source| io_error(dir, source))?.path());
    }
    paths.sort();
    Ok(paths)
}

#[cfg(feature = "overrides")]
/// Validates one source and records it as an override of its locale.
fn add_layer(locales: &mut Overrides, file: &Path, tag: &str, text: &str) -> Result<(), LoadError> {
    let canonical = canonicalize(tag).ok_or_else(|| {
        LoadError::new(
            file,
            None,
            LoadErrorKind::InvalidTag {
                tag: tag.to_owned(),
            },
        )
    })?;
    let layer = ftl::load_layer(file, &canonical, text)?;
    locales.add(&canonical, layer);
    Ok(())
}

impl Catalog {
    /// A builder that starts from the embedded locales; see [`CatalogBuilder`].
    pub fn builder() -> CatalogBuilder {
        CatalogBuilder::new()
    }
}
