//! Themes: an application's name, logo, accent colour and extra CSS on the error pages,
//! with the Content-Security-Policy that allows exactly those.

use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use super::csp::{self, Csp};
use super::push_escaped;

/// Most bytes of a theme's extra CSS.
pub const MAX_EXTRA_CSS: usize = 64 * 1024;

/// Most bytes of a site name.
pub const MAX_SITE_NAME: usize = 256;

/// The look of an application's error pages: its name, its logo, an accent colour and its
/// own CSS. Set it on one page with [`ErrorPage::theme`](crate::ErrorPage::theme), or on
/// a catalogue with [`CatalogBuilder::theme`](crate::CatalogBuilder::theme) so every page
/// of the catalogue has it.
///
/// Everything is validated when it is set, so a theme that exists is safe to render:
///
/// - the **logo** is a path on the site (`/logo.svg`) or an `https:` address; the page's
///   Content-Security-Policy then allows images from exactly that origin (`'self'` for a
///   path) and from nowhere else;
/// - the **accent colour** is any CSS colour (`#0b57d0`, `rebeccapurple`,
///   `rgb(11 87 208)`, ...) and is written as `#rrggbb` (or `#rrggbbaa`). The default page
///   uses it only for decoration: the stripe at the top of the card, the border of the
///   detail box and the focus ring. Text never takes the accent colour, so no accent can
///   make text unreadable in light or dark mode;
/// - **extra CSS** is added in its own `<style>` element after the page's, and its SHA-256
///   hash goes into the CSP's `style-src`. It may not contain `</style` or `<!--`.
///
/// ```
/// use http_status_i18n::{ErrorPage, Format, Theme};
///
/// let theme = Theme::new()
///     .site_name("Acme Cloud")
///     .logo("https://cdn.acme.example/logo.svg")?
///     .accent("rebeccapurple")?
///     .extra_css("main { border-radius: 0 }")?;
/// assert_eq!(theme.accent_color(), Some("#663399"));
/// let page = ErrorPage::new(404).theme(&theme);
/// let html = page.render_html();
/// assert!(html.contains("Acme Cloud"));
/// assert!(html.contains(r#"src="https://cdn.acme.example/logo.svg""#));
/// let csp = page.page_headers(Format::Html).content_security_policy().to_owned();
/// assert!(csp.contains("img-src https://cdn.acme.example;"));
/// # Ok::<(), http_status_i18n::ThemeError>(())
/// ```
#[derive(Clone, Default)]
pub struct Theme {
    inner: Arc<ThemeData>,
}

impl PartialEq for Theme {
    fn eq(&self, other: &Self) -> bool {
        let (a, b) = (&*self.inner, &*other.inner);
        a.site_name == b.site_name
            && a.logo == b.logo
            && a.accent == b.accent
            && a.extra_css == b.extra_css
    }
}

impl Eq for Theme {}

/// Numbers of themes, so that a template can keep what it derived from one.
static THEME_NUMBERS: AtomicU64 = AtomicU64::new(1);

#[derive(Clone, Default)]
struct ThemeData {
    /// Unique in the process for each state of a theme (0: none made yet).
    number: u64,
    site_name: Option<String>,
    logo: Option<Logo>,
    accent: Option<String>,
    extra_css: String,
    /// The `<style>` element the theme adds to the default page (accent and extra CSS).
    style: String,
    /// The default page's CSP with this theme.
    csp: String,
}

/// Where a logo comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Logo {
    /// The address as written into `src` (normalized).
    url: String,
    /// The CSP source that allows it: `'self'` or the `https:` origin.
    source: String,
}

impl fmt::Debug for Theme {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Theme")
            .field("site_name", &self.inner.site_name)
            .field("logo", &self.logo_url())
            .field("accent", &self.inner.accent)
            .field("extra_css_bytes", &self.inner.extra_css.len())
            .finish()
    }
}

/// Why a theme setting was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ThemeError {
    /// The logo is neither a path on the site nor an `https:` address with a host.
    Logo {
        /// The refused value.
        value: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// The accent is not a CSS colour.
    Accent {
        /// The refused value.
        value: String,
    },
    /// The extra CSS could end its `<style>` element or is too long.
    ExtraCss {
        /// What is wrong with it.
        reason: &'static str,
    },
}

impl fmt::Display for ThemeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ThemeError::Logo { value, reason } => write!(
                f,
                "logo `{value}`: {reason}; give a path on the site (/logo.svg) or an https: address"
            ),
            ThemeError::Accent { value } => write!(
                f,
                "accent `{value}` is not a CSS colour; give one such as #0b57d0, teal or rgb(11 87 208)"
            ),
            ThemeError::ExtraCss { reason } => write!(f, "extra CSS: {reason}"),
        }
    }
}

impl std::error::Error for ThemeError {}

impl Theme {
    /// A theme with nothing set: the default page as it is.
    pub fn new() -> Self {
        Theme::default().rebuilt(|_| {})
    }

    /// The application's name, shown at the top of the card (as text, escaped).
    ///
    /// Names longer than [`MAX_SITE_NAME`] bytes are cut at a character boundary, control
    /// characters become spaces and bidirectional controls are dropped (the page's `dir`
    /// orders the text).
    #[must_use]
    pub fn site_name(self, name: impl Into<String>) -> Self {
        let name: String = name
            .into()
            .chars()
            .filter(|c| !is_bidi_control(*c))
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        let mut end = name.len().min(MAX_SITE_NAME);
        while !name.is_char_boundary(end) {
            end -= 1;
        }
        let name = name.get(..end).unwrap_or_default().trim().to_owned();
        self.rebuilt(|data| data.site_name = (!name.is_empty()).then_some(name))
    }

    /// The logo: a path on the site (`/static/logo.svg`) or an `https:` address.
    ///
    /// # Errors
    ///
    /// [`ThemeError::Logo`] for anything else: `http:`, `data:`, `javascript:`, a
    /// scheme-relative `//host/...`, credentials in the address, control characters.
    pub fn logo(self, url: &str) -> Result<Self, ThemeError> {
        let logo = parse_logo(url)?;
        Ok(self.rebuilt(|data| data.logo = Some(logo)))
    }

    /// The accent colour, any CSS colour.
    ///
    /// # Errors
    ///
    /// [`ThemeError::Accent`] when the value is not a CSS colour.
    pub fn accent(self, color: &str) -> Result<Self, ThemeError> {
        let refused = || ThemeError::Accent {
            value: color.to_owned(),
        };
        if color.len() > 128 {
            return Err(refused());
        }
        let parsed = csscolorparser::parse(color.trim()).map_err(|_| refused())?;
        let [r, g, b, a] = parsed.to_rgba8();
        let hex = if a == 255 {
            format!("#{r:02x}{g:02x}{b:02x}")
        } else {
            format!("#{r:02x}{g:02x}{b:02x}{a:02x}")
        };
        Ok(self.rebuilt(|data| data.accent = Some(hex)))
    }

    /// CSS of the application's own, added after the page's style sheet (so it wins).
    ///
    /// # Errors
    ///
    /// [`ThemeError::ExtraCss`] when the text holds `</style` or `<!--` (which could end
    /// the element) or is longer than [`MAX_EXTRA_CSS`] bytes.
    pub fn extra_css(self, css: impl Into<String>) -> Result<Self, ThemeError> {
        let css = css.into();
        if css.len() > MAX_EXTRA_CSS {
            return Err(ThemeError::ExtraCss {
                reason: "longer than 64 KiB",
            });
        }
        let lower = css.to_ascii_lowercase();
        if lower.contains("</style") || lower.contains("<!--") {
            return Err(ThemeError::ExtraCss {
                reason: "holds `</style` or `<!--`, which would end the style element",
            });
        }
        Ok(self.rebuilt(|data| data.extra_css = css))
    }

    /// The site name, if set.
    pub fn name(&self) -> Option<&str> {
        self.inner.site_name.as_deref()
    }

    /// The logo's address, if set.
    pub fn logo_url(&self) -> Option<&str> {
        self.inner.logo.as_ref().map(|logo| logo.url.as_str())
    }

    /// The CSP source that allows the logo: `'self'` for a path, else its origin.
    pub fn logo_source(&self) -> Option<&str> {
        self.inner.logo.as_ref().map(|logo| logo.source.as_str())
    }

    /// The accent colour as `#rrggbb` (or `#rrggbbaa`), if set.
    pub fn accent_color(&self) -> Option<&str> {
        self.inner.accent.as_deref()
    }

    /// The extra CSS (empty if none).
    pub fn css(&self) -> &str {
        &self.inner.extra_css
    }

    /// The `<style>` element's text the theme adds to the default page (empty if none).
    pub(crate) fn style(&self) -> &str {
        &self.inner.style
    }

    /// The default page's Content-Security-Policy with this theme.
    pub fn content_security_policy(&self) -> &str {
        &self.inner.csp
    }

    /// Writes the site header of the default page: logo and name, if any.
    pub(crate) fn push_header(&self, out: &mut String) {
        let data = &*self.inner;
        if data.site_name.is_none() && data.logo.is_none() {
            return;
        }
        out.push_str("<header class=\"site\">");
        if let Some(logo) = &data.logo {
            out.push_str("<img src=\"");
            push_escaped(out, &logo.url);
            // The name beside it says what the logo says; without a name, the logo is
            // the only sign of the site and its text alternative is empty by necessity.
            out.push_str("\" alt=\"\" height=\"32\">");
        }
        if let Some(name) = &data.site_name {
            out.push_str("<span>");
            push_escaped(out, name);
            out.push_str("</span>");
        }
        out.push_str("</header>\n");
    }

    /// A number that differs for every theme made (and every change of one).
    #[cfg(feature = "templates")]
    pub(crate) fn number(&self) -> u64 {
        self.inner.number
    }

    fn rebuilt(mut self, change: impl FnOnce(&mut ThemeData)) -> Self {
        let data = Arc::make_mut(&mut self.inner);
        change(data);
        data.number = THEME_NUMBERS.fetch_add(1, Ordering::Relaxed);
        data.style = match &data.accent {
            Some(accent) => format!(":root{{--accent:{accent}}}\n{}", data.extra_css),
            None => data.extra_css.clone(),
        };
        let mut policy = Csp::default_page();
        if !data.style.is_empty() {
            policy.add_style(&data.style);
        }
        if let Some(logo) = &data.logo {
            policy.add_image_source(&logo.source);
        }
        data.csp = policy.to_string();
        self
    }
}

/// The explicit bidirectional formatting characters (UAX #9): embeddings, overrides,
/// isolates and marks.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Reads a logo address: a path on the site, or an `https:` URL with a host.
fn parse_logo(value: &str) -> Result<Logo, ThemeError> {
    let refuse = |reason| ThemeError::Logo {
        value: value.to_owned(),
        reason,
    };
    if value.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return Err(refuse("it holds spaces or control characters"));
    }
    if value.len() > 2048 {
        return Err(refuse("it is longer than 2048 bytes"));
    }
    if value.starts_with('/') {
        if value.starts_with("//") || value.starts_with("/\\") {
            return Err(refuse("a scheme-relative address names another host"));
        }
        // Read as the browser will, against some origin, and written back
        // percent-encoded: `"`, `<`, `>` and spaces become `%22`, `%3C`, ...
        let base =
            url::Url::parse("https://site.invalid/").map_err(|_| refuse("it is not a URL"))?;
        let url = base
            .join(value)
            .map_err(|_| refuse("it is not a URL path"))?;
        if url.origin() != base.origin() {
            return Err(refuse("a path must stay on the site"));
        }
        return Ok(Logo {
            url: url[url::Position::BeforePath..].to_owned(),
            source: "'self'".to_owned(),
        });
    }
    let url = url::Url::parse(value).map_err(|_| refuse("it is not a URL"))?;
    if url.scheme() != "https" {
        return Err(refuse("only https: addresses are allowed"));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(refuse("it holds credentials"));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(refuse("it has no host"));
    }
    let origin = url.origin().ascii_serialization();
    if !csp::is_plain_source(&origin) {
        return Err(refuse("its origin cannot be written in a CSP"));
    }
    Ok(Logo {
        url: url.to_string(),
        source: origin,
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn logos_are_paths_or_https_addresses() {
        let theme = Theme::new().logo("/static/logo.svg").unwrap();
        assert_eq!(theme.logo_source(), Some("'self'"));
        let theme = Theme::new()
            .logo("https://cdn.example:8443/a/b.png")
            .unwrap();
        assert_eq!(theme.logo_source(), Some("https://cdn.example:8443"));
        let theme = Theme::new().logo("https://bücher.example/l.png").unwrap();
        assert_eq!(theme.logo_source(), Some("https://xn--bcher-kva.example"));
        for bad in [
            "http://cdn.example/l.png",
            "javascript:alert(1)",
            "data:image/png;base64,AAAA",
            "//evil.example/l.png",
            "/\\evil.example",
            "https://user:pw@cdn.example/l.png",
            "https://",
            "logo.png",
            "https://cdn.example/a b.png",
            "/logo\n.png",
            "",
        ] {
            assert!(
                matches!(Theme::new().logo(bad), Err(ThemeError::Logo { .. })),
                "{bad}"
            );
        }
    }

    #[test]
    fn logo_paths_are_written_percent_encoded() {
        let theme = Theme::new().logo("/a\"<x>.svg?v=1").unwrap();
        assert_eq!(theme.logo_url(), Some("/a%22%3Cx%3E.svg?v=1"));
        let theme = Theme::new().logo("/img/../logo.svg").unwrap();
        assert_eq!(theme.logo_url(), Some("/logo.svg"));
    }

    #[test]
    fn accents_are_css_colours_written_as_hex() {
        let hex = |c: &str| Theme::new().accent(c).map(|t| t.inner.accent.clone());
        assert_eq!(hex("#0B57D0").unwrap().as_deref(), Some("#0b57d0"));
        assert_eq!(hex("teal").unwrap().as_deref(), Some("#008080"));
        assert_eq!(
            hex("rgb(255 0 0 / 50%)").unwrap().as_deref(),
            Some("#ff000080")
        );
        assert_eq!(
            hex("hsl(120 100% 25%)").unwrap().as_deref(),
            Some("#008000")
        );
        for bad in ["red;}</style>", "expression(alert(1))", "", "#12", "url(x)"] {
            assert!(hex(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn extra_css_cannot_end_its_element() {
        assert!(Theme::new().extra_css("a{color:red}").is_ok());
        assert!(Theme::new().extra_css("a{}</STYLE><script>").is_err());
        assert!(Theme::new().extra_css("<!-- x").is_err());
        assert!(Theme::new()
            .extra_css("a".repeat(MAX_EXTRA_CSS + 1))
            .is_err());
    }

    #[test]
    fn the_csp_hashes_the_theme_style_and_allows_only_the_logo_origin() {
        let theme = Theme::new()
            .accent("#112233")
            .unwrap()
            .logo("https://cdn.example/l.svg")
            .unwrap();
        let csp = theme.content_security_policy();
        assert!(csp.contains(&csp::style_hash(theme.style())), "{csp}");
        assert!(csp.contains(&csp::style_hash(super::super::html::STYLE)));
        assert!(csp.contains("img-src https://cdn.example;"), "{csp}");
        assert!(csp.starts_with("default-src 'none'"));
        assert_eq!(
            Theme::new().content_security_policy(),
            super::super::CONTENT_SECURITY_POLICY
        );
    }

    #[test]
    fn site_names_lose_control_characters_and_are_capped() {
        let theme = Theme::new().site_name("Acme\u{202e}\nCloud");
        assert_eq!(theme.name(), Some("Acme Cloud"));
        let long = Theme::new().site_name("é".repeat(MAX_SITE_NAME));
        assert!(long.name().unwrap().len() <= MAX_SITE_NAME);
        assert_eq!(Theme::new().site_name("  ").name(), None);
    }
}
