//! The look of the pages on the command line: the theme flags and page templates that
//! `page`, `pages` and `serve` share.

use std::path::{Path, PathBuf};

use clap::Args;
use http_status_i18n::{CatalogBuilder, PageTemplate, Theme};

/// The theme and template flags.
#[derive(Debug, Args)]
pub(crate) struct LookArgs {
    /// A page template (Jinja syntax). `page` uses it for the format it prints (HTML or
    /// text); `pages` and `serve` for their HTML pages.
    #[arg(long, value_name = "FILE")]
    pub(crate) template: Option<PathBuf>,

    /// A plain-text page template (Jinja syntax), for text pages.
    #[arg(long, value_name = "FILE")]
    pub(crate) text_template: Option<PathBuf>,

    /// The site's name, shown at the top of the default page.
    #[arg(long, value_name = "NAME")]
    theme_name: Option<String>,

    /// The logo: a path on the site (/logo.svg) or an https: address.
    #[arg(long, value_name = "URL")]
    theme_logo: Option<String>,

    /// The accent colour: any CSS colour (#0b57d0, teal, rgb(11 87 208)).
    #[arg(long, value_name = "COLOR")]
    theme_accent: Option<String>,

    /// A file of extra CSS for the default page.
    #[arg(long, value_name = "FILE")]
    theme_css: Option<PathBuf>,
}

/// Why the look could not be made: a bad flag value (exit 2) or a file that does not load
/// (exit 1, with its file:line:column).
#[derive(Debug)]
pub(crate) enum LookError {
    /// A flag's value is refused: exit 2.
    Usage(String),
    /// A file could not be read or checked: exit 1.
    Failed(String),
}

impl LookArgs {
    /// The theme the flags describe.
    pub(crate) fn theme(&self) -> Result<Theme, LookError> {
        let mut theme = Theme::new();
        if let Some(name) = &self.theme_name {
            theme = theme.site_name(name.as_str());
        }
        if let Some(logo) = &self.theme_logo {
            theme = theme
                .logo(logo)
                .map_err(|e| LookError::Usage(format!("--theme-logo: {e}")))?;
        }
        if let Some(accent) = &self.theme_accent {
            theme = theme
                .accent(accent)
                .map_err(|e| LookError::Usage(format!("--theme-accent: {e}")))?;
        }
        if let Some(path) = &self.theme_css {
            let css = std::fs::read_to_string(path).map_err(|e| {
                LookError::Failed(format!("{}: cannot read it: {e}", path.display()))
            })?;
            theme = theme
                .extra_css(css)
                .map_err(|e| LookError::Failed(format!("{}: {e}", path.display())))?;
        }
        Ok(theme)
    }

    /// `builder` with the theme and the templates of the flags.
    pub(crate) fn apply(&self, builder: CatalogBuilder) -> Result<CatalogBuilder, LookError> {
        let mut builder = builder.theme(self.theme()?);
        if let Some(path) = &self.template {
            builder = builder.template(html_template(path)?);
        }
        if let Some(path) = &self.text_template {
            builder = builder.template(text_template(path)?);
        }
        Ok(builder)
    }
}

/// An HTML template from a file; an error names its file, line and column.
pub(crate) fn html_template(path: &Path) -> Result<PageTemplate, LookError> {
    PageTemplate::html_file(path).map_err(|e| LookError::Failed(e.to_string()))
}

/// A plain-text template from a file; an error names its file, line and column.
pub(crate) fn text_template(path: &Path) -> Result<PageTemplate, LookError> {
    PageTemplate::text_file(path).map_err(|e| LookError::Failed(e.to_string()))
}
