//! Page templates: an application's own HTML or plain-text page, in Jinja syntax
//! (minijinja), fed with every text and fact of the page.

use std::collections::HashMap;
use std::convert::Infallible;
use std::fmt;
use std::fs;
use std::hash::BuildHasherDefault;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, PoisonError, RwLock};

use minijinja::value::Value;
use minijinja::{AutoEscape, Environment, UndefinedBehavior};

mod context;
mod plan;

use context::{optional_text, stable_context, text_value, PageContext, StableContext};

use super::{Format, Parts, Theme};
use crate::catalog::Catalog;
use crate::error::{LoadError, LoadErrorKind, Position};
use crate::scheme::PageMessage;

/// The variables a template sees at the top level.
pub const VARIABLES: [&str; 14] = [
    "code",
    "class",
    "title",
    "description",
    "advice",
    "detail",
    "reason_phrase",
    "lang",
    "dir",
    "home_url",
    "uses_fallback",
    "labels",
    "source",
    "theme",
];

/// The names under `labels` (and `source`): one per page text of `error-page.ftl`.
pub(crate) const LABELS: [(&str, PageMessage); 6] = [
    ("error_label", PageMessage::ErrorLabel),
    ("status_code", PageMessage::StatusCode),
    ("details", PageMessage::Details),
    ("home_link", PageMessage::HomeLink),
    ("technical_info", PageMessage::TechnicalInfo),
    ("fallback_note", PageMessage::FallbackNote),
];

/// What `source.<text>` holds for each text.
pub(crate) const SOURCE_FIELDS: [&str; 4] = ["lang", "dir", "is_fallback", "attrs"];

/// What `theme` holds.
pub(crate) const THEME_FIELDS: [&str; 4] = ["name", "logo", "accent", "css"];

/// The functions minijinja offers every template.
const GLOBALS: [&str; 4] = ["range", "dict", "namespace", "debug"];

/// The codes a template is rendered for before it is accepted: one of each class, a code
/// without advice, one the registry does not know, and one outside 100..=599.
const CHECK_CODES: [u16; 8] = [100, 200, 301, 404, 429, 503, 599, 999];

/// An application's own page, in Jinja syntax (minijinja), for HTML or plain text.
///
/// A template is checked when it is made, not when the first visitor meets an error: it
/// must compile, use only the page's variables, hold no `<script`, and render for a code
/// of every class (with and without detail, left-to-right and right-to-left). Otherwise
/// [`PageTemplate::html`] returns a [`LoadError`] with the file, line and column.
///
/// In an HTML template, auto-escaping is always on, and every text that comes from a
/// translation, an override or a request is handed to the template already escaped, so
/// even `{{ detail|safe }}` cannot put markup from it on the page: `|safe` only ever
/// applies to what the template's author wrote.
///
/// The variables (README lists them with examples): `code`, `class`, `title`,
/// `description`, `advice`, `detail`, `reason_phrase`, `lang`, `dir`, `home_url`,
/// `uses_fallback`, `labels.*` (the page texts), `source.*` (the locale of
/// each text, with `attrs` ready to put in its element), and `theme.*`.
///
/// ```
/// use http_status_i18n::{ErrorPage, PageTemplate};
///
/// let template = PageTemplate::html(
///     "page.html",
///     r#"<!DOCTYPE html><html lang="{{ lang }}" dir="{{ dir }}"><title>{{ title }}</title>
/// <h1{{ source.title.attrs }}>{{ code }} {{ title }}</h1>
/// {% if detail %}<p>{{ detail|safe }}</p>{% endif %}"#,
/// )?;
/// let page = ErrorPage::new(404)
///     .locale("de")
///     .detail("<b>no</b>")
///     .template(&template);
/// let html = page.render_html();
/// assert!(html.contains("<h1>404 Nicht gefunden</h1>"));
/// assert!(html.contains("&lt;b&gt;no&lt;/b&gt;"));
///
/// let err = PageTemplate::html("bad.html", "<p>{{ titel }}</p>").unwrap_err();
/// assert_eq!(err.to_string(),
///     "bad.html:1:7: template: unknown variable `titel`; the page has code, class, title, \
/// description, advice, detail, reason_phrase, lang, dir, home_url, uses_fallback, labels, \
/// source, theme");
/// # Ok::<(), http_status_i18n::LoadError>(())
/// ```
#[derive(Clone)]
pub struct PageTemplate {
    inner: Arc<TemplateData>,
}

struct TemplateData {
    env: Environment<'static>,
    name: String,
    format: Format,
    /// The part of the context that depends only on (catalogue, locale, code, theme),
    /// made once: the texts, escaped, their sources, the labels, the theme.
    contexts: RwLock<HashMap<ContextKey, Arc<StableContext>, BuildHasherDefault<KeyHasher>>>,
    /// Whether pages are rendered once and the request's values filled in (see
    /// [`plan`]); cleared if a checking render finds a difference from a full render.
    fills_in: AtomicBool,
    /// The pages rendered with markers, per (context key, has detail); `None` where the
    /// two marked renders disagreed (the page is then rendered in full).
    plans: RwLock<Plans>,
    /// The CSP hashes of style texts this template rendered.
    style_hashes: RwLock<HashMap<String, String, BuildHasherDefault<KeyHasher>>>,
}

/// (catalogue number, locale position, code, theme number), packed: the low 64 bits the
/// first three, the high 64 the theme.
type ContextKey = u128;

fn context_key(catalog: u32, locale: u16, code: u16, theme: u64) -> ContextKey {
    (u128::from(theme) << 64)
        | (u128::from(catalog) << 32)
        | (u128::from(locale) << 16)
        | u128::from(code)
}

/// A hasher for [`ContextKey`]s and the style texts of rendered pages, which come from
/// the process and the application's own template (no visitor chooses them to collide):
/// a multiply-and-fold instead of SipHash, which costs more than the lookup it serves.
#[derive(Debug, Default, Clone, Copy)]
struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0; 8];
            word.copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(word));
        }
        for &byte in chunks.remainder() {
            self.write_u64(u64::from(byte));
        }
    }

    fn write_u128(&mut self, key: u128) {
        let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
        self.0 = (self.0 ^ folded).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }

    fn write_u64(&mut self, value: u64) {
        self.0 = (self.0 ^ value).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

/// Most contexts and style hashes a template keeps; past it, they are made per page.
const MAX_KEPT: usize = 4096;

/// The planned pages of a template, per (context key, has detail).
type Plans = HashMap<(ContextKey, bool), Option<Arc<plan::Plan>>, BuildHasherDefault<KeyHasher>>;

/// Most planned pages a template keeps (a few KiB each); past it, pages are rendered in
/// full.
const MAX_PLANS: usize = 1024;

/// The value under `key` in a kept map, or a new one from `make`, kept if the map has
/// fewer than `limit` entries; `owned` makes the stored key only when one is stored.
fn kept<Q, K, V, S, E>(
    map: &RwLock<HashMap<K, V, S>>,
    key: &Q,
    owned: impl FnOnce() -> K,
    limit: usize,
    make: impl FnOnce() -> Result<V, E>,
) -> Result<V, E>
where
    Q: std::hash::Hash + Eq + ?Sized,
    K: std::hash::Hash + Eq + std::borrow::Borrow<Q>,
    V: Clone,
    S: std::hash::BuildHasher,
{
    if let Some(found) = map.read().unwrap_or_else(PoisonError::into_inner).get(key) {
        return Ok(found.clone());
    }
    let value = make()?;
    let mut map = map.write().unwrap_or_else(PoisonError::into_inner);
    if map.len() < limit {
        map.insert(owned(), value.clone());
    }
    Ok(value)
}

impl fmt::Debug for PageTemplate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PageTemplate")
            .field("name", &self.inner.name)
            .field("format", &self.inner.format)
            .finish_non_exhaustive()
    }
}

/// A template failed while rendering one page (checked templates rarely do: it takes a
/// filter that fails on one particular text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderError {
    message: String,
}

impl fmt::Display for RenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for RenderError {}

impl PageTemplate {
    /// An HTML template named `name` (the name appears in errors), checked now.
    ///
    /// # Errors
    ///
    /// A [`LoadError`] of kind [`LoadErrorKind::Template`] with the line and column, when
    /// the template does not compile, uses an unknown variable, holds `<script` or fails
    /// to render for some class of codes.
    pub fn html(name: impl Into<String>, source: impl Into<String>) -> Result<Self, LoadError> {
        PageTemplate::new(name.into(), source.into(), Format::Html)
    }

    /// A plain-text template, checked now; see [`html`](Self::html).
    ///
    /// # Errors
    ///
    /// As for [`html`](Self::html), but `<script` is allowed (text is never run).
    pub fn text(name: impl Into<String>, source: impl Into<String>) -> Result<Self, LoadError> {
        PageTemplate::new(name.into(), source.into(), Format::Text)
    }

    /// Reads an HTML template from a file (UTF-8, at most 1 MiB).
    ///
    /// # Errors
    ///
    /// As for [`html`](Self::html), plus I/O, size and UTF-8 errors, all naming the file.
    pub fn html_file(path: impl AsRef<Path>) -> Result<Self, LoadError> {
        let (name, source) = read(path.as_ref())?;
        PageTemplate::new(name, source, Format::Html)
    }

    /// Reads a plain-text template from a file; see [`html_file`](Self::html_file).
    ///
    /// # Errors
    ///
    /// As for [`html_file`](Self::html_file).
    pub fn text_file(path: impl AsRef<Path>) -> Result<Self, LoadError> {
        let (name, source) = read(path.as_ref())?;
        PageTemplate::new(name, source, Format::Text)
    }

    /// The format the template renders: [`Format::Html`] or [`Format::Text`].
    pub fn format(&self) -> Format {
        self.inner.format
    }

    /// The template's name, as errors show it.
    pub fn name(&self) -> &str {
        &self.inner.name
    }

    fn new(name: String, source: String, format: Format) -> Result<Self, LoadError> {
        let error = |position: Option<Position>, message: String| {
            LoadError::new(&name, position, LoadErrorKind::Template { message })
        };
        if format == Format::Html {
            if let Some(offset) = source.to_ascii_lowercase().find("<script") {
                return Err(error(
                    Some(Position::of_offset(&source, offset)),
                    "a script element; error pages run no script (their CSP allows none)"
                        .to_owned(),
                ));
            }
        }
        let mut env = Environment::new();
        env.set_debug(true);
        // The file's last newline belongs to the page (a text page ends with one).
        if let Ok(syntax) = minijinja::syntax::SyntaxConfig::builder()
            .keep_trailing_newline(true)
            .build()
        {
            env.set_syntax(syntax);
        }
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        // A missing text (`advice` of a 1xx code, an unset theme name) prints as nothing,
        // not as `none`; `{% if advice %}` and `is none` still see it.
        env.set_auto_escape_callback(move |_| match format {
            Format::Html => AutoEscape::Html,
            _ => AutoEscape::None,
        });
        env.add_template_owned(name.clone(), source.clone())
            .map_err(|err| error(engine_position(&source, &err), engine_message(&err)))?;
        let template = PageTemplate {
            inner: Arc::new(TemplateData {
                env,
                name,
                format,
                contexts: RwLock::new(HashMap::default()),
                fills_in: AtomicBool::new(plan::fills_in(&source)),
                plans: RwLock::new(HashMap::default()),
                style_hashes: RwLock::new(HashMap::default()),
            }),
        };
        template.check_variables(&source)?;
        template.check_renders(&source)?;
        Ok(template)
    }

    /// Every variable the template reads must be one the page has.
    fn check_variables(&self, source: &str) -> Result<(), LoadError> {
        let compiled = self
            .inner
            .env
            .get_template(&self.inner.name)
            .map_err(|err| self.error(source, &err))?;
        let mut used: Vec<String> = compiled.undeclared_variables(true).into_iter().collect();
        used.sort();
        for path in used {
            if let Err(unknown) = known_variable(&path) {
                return Err(LoadError::new(
                    &self.inner.name,
                    first_use(source, &unknown),
                    LoadErrorKind::Template {
                        message: format!("unknown variable `{unknown}`; {}", hint(&unknown)),
                    },
                ));
            }
        }
        Ok(())
    }

    /// Renders the template for a code of every class, with and without detail and
    /// theme, left to right and right to left.
    fn check_renders(&self, source: &str) -> Result<(), LoadError> {
        let catalog = Catalog::embedded();
        let themed = Theme::new()
            .site_name("Example")
            .logo("/logo.svg")
            .and_then(|theme| theme.accent("#0b57d0"))
            .unwrap_or_default();
        let locales = [catalog.default_locale(), catalog.locale("ar")];
        for locale in locales {
            for code in CHECK_CODES {
                for (detail, theme) in [(None, None), (Some("detail"), Some(&themed))] {
                    let page = catalog.error_page(code).with_locale(locale);
                    let mut parts = page.parts();
                    parts.detail = detail;
                    parts.theme = theme;
                    self.check_plan(&parts);
                    self.render_parts(&parts).map_err(|err| {
                        let message = format!(
                            "{} (while rendering {code} in {}{})",
                            engine_message(&err),
                            locale.tag(),
                            if detail.is_some() {
                                ", with detail and theme"
                            } else {
                                ""
                            }
                        );
                        LoadError::new(
                            &self.inner.name,
                            engine_position(source, &err),
                            LoadErrorKind::Template { message },
                        )
                    })?;
                }
            }
        }
        Ok(())
    }

    fn error(&self, source: &str, err: &minijinja::Error) -> LoadError {
        LoadError::new(
            &self.inner.name,
            engine_position(source, err),
            LoadErrorKind::Template {
                message: engine_message(err),
            },
        )
    }

    /// Renders one page.
    pub(crate) fn render(&self, parts: &Parts<'_>) -> Result<String, RenderError> {
        self.render_parts(parts).map_err(|err| RenderError {
            message: format!("{}: {}", self.inner.name, engine_message(&err)),
        })
    }

    /// The Content-Security-Policy a page this template rendered needs.
    pub(crate) fn policy(&self, html: &str) -> String {
        super::csp::Csp::of_page_with(html, &mut |text| {
            let Ok(hash) = kept(
                &self.inner.style_hashes,
                text,
                || text.to_owned(),
                MAX_KEPT,
                || Ok::<_, Infallible>(super::csp::style_hash(text)),
            );
            hash
        })
        .to_string()
    }

    /// Turns planned rendering off for this template if a planned page differs from the
    /// full render of the same page (it cannot for templates that qualify; this is the
    /// proof, made for every checking render).
    fn check_plan(&self, parts: &Parts<'_>) {
        if !self.inner.fills_in.load(Ordering::Relaxed) {
            return;
        }
        let planned = self.render_parts(parts).ok();
        let full = self.render_in_full(parts).ok();
        if planned != full {
            self.inner.fills_in.store(false, Ordering::Relaxed);
        }
    }

    /// Whether pages are planned (for tests).
    #[cfg(test)]
    pub(crate) fn fills_in(&self) -> bool {
        self.inner.fills_in.load(Ordering::Relaxed)
    }

    fn stable(&self, parts: &Parts<'_>) -> (ContextKey, Arc<StableContext>) {
        let key = context_key(
            parts.locale.catalog().number(),
            parts.locale.id(),
            parts.code,
            parts.theme.map_or(0, Theme::number),
        );
        let format = self.inner.format;
        let Ok(stable) = kept(
            &self.inner.contexts,
            &key,
            || key,
            MAX_KEPT,
            || Ok::<_, Infallible>(Arc::new(stable_context(parts, format))),
        );
        (key, stable)
    }

    fn render_parts(&self, parts: &Parts<'_>) -> Result<String, minijinja::Error> {
        if self.inner.fills_in.load(Ordering::Relaxed) {
            if let Some(page) = self.planned(parts)? {
                return Ok(page);
            }
        }
        self.render_in_full(parts)
    }

    /// The page from its plan, if it has one.
    fn planned(&self, parts: &Parts<'_>) -> Result<Option<String>, minijinja::Error> {
        let (key, stable) = self.stable(parts);
        let has_detail = parts.detail.is_some_and(|detail| !detail.is_empty());
        let plan = kept(
            &self.inner.plans,
            &(key, has_detail),
            || (key, has_detail),
            MAX_PLANS,
            || self.plan(&stable, has_detail),
        )?;
        let Some(plan) = plan else {
            return Ok(None);
        };
        let format = self.inner.format;
        let mut detail = String::new();
        let mut home_url = String::new();
        if format == Format::Html {
            super::push_escaped(&mut detail, parts.detail.unwrap_or_default());
            super::push_escaped(&mut home_url, parts.home_url);
        } else {
            detail.push_str(parts.detail.unwrap_or_default());
            home_url.push_str(parts.home_url);
        }
        Ok(Some(plan.fill(&detail, &home_url)))
    }

    /// Renders the page twice with markers for the request's values; its plan if the
    /// two agree.
    fn plan(
        &self,
        stable: &Arc<StableContext>,
        has_detail: bool,
    ) -> Result<Option<Arc<plan::Plan>>, minijinja::Error> {
        let template = self.inner.env.get_template(&self.inner.name)?;
        let mut renders = Vec::with_capacity(2);
        for set in plan::MARKERS {
            let detail = if has_detail {
                Value::from_safe_string(plan::marker(set, plan::Slot::Detail))
            } else {
                Value::from_safe_string(String::new())
            };
            let home_url = Value::from_safe_string(plan::marker(set, plan::Slot::HomeUrl));
            let context = PageContext::new(Arc::clone(stable), detail, home_url);
            renders.push(template.render(Value::from_object(context))?);
        }
        let [first, second] = &renders[..] else {
            return Ok(None);
        };
        Ok(plan::Plan::from_renders(first, second).map(Arc::new))
    }

    /// Renders the page with all its values, no plan.
    fn render_in_full(&self, parts: &Parts<'_>) -> Result<String, minijinja::Error> {
        let format = self.inner.format;
        let (_, stable) = self.stable(parts);
        let context = Value::from_object(PageContext::new(
            stable,
            optional_text(parts.detail, format),
            text_value(parts.home_url, format),
        ));
        self.inner
            .env
            .get_template(&self.inner.name)?
            .render(context)
    }
}

fn read(path: &Path) -> Result<(String, String), LoadError> {
    let bytes = fs::read(path)
        .map_err(|source| LoadError::new(path, None, LoadErrorKind::Io { source }))?;
    let source = crate::source::decode(path, bytes)?;
    Ok((path.display().to_string(), source))
}

/// `Err(name)` with the unknown part of a dotted variable path.
fn known_variable(path: &str) -> Result<(), String> {
    let mut segments = path.split('.');
    let top = segments.next().unwrap_or_default();
    if GLOBALS.contains(&top) {
        return Ok(());
    }
    if !VARIABLES.contains(&top) {
        return Err(top.to_owned());
    }
    let Some(second) = segments.next() else {
        return Ok(());
    };
    let known = match top {
        "labels" => LABELS.iter().any(|(name, _)| *name == second),
        "theme" => THEME_FIELDS.contains(&second),
        "source" => {
            let text = ["title", "description", "advice"].contains(&second)
                || LABELS.iter().any(|(name, _)| *name == second);
            if !text {
                return Err(format!("source.{second}"));
            }
            return match segments.next() {
                Some(field) if !SOURCE_FIELDS.contains(&field) => {
                    Err(format!("source.{second}.{field}"))
                }
                _ => Ok(()),
            };
        }
        // Plain values: a dot reaches a string's methods (`title.upper()`); whether it
        // exists is for the checking render to find.
        _ => true,
    };
    if known {
        Ok(())
    } else {
        Err(format!("{top}.{second}"))
    }
}

fn hint(unknown: &str) -> String {
    let top = unknown.split('.').next().unwrap_or_default();
    match top {
        "labels" => format!("`labels` has {}", LABELS.map(|(name, _)| name).join(", ")),
        "theme" => format!("`theme` has {}", THEME_FIELDS.join(", ")),
        "source" => format!(
            "`source` has title, description, advice and the label names, each with {}",
            SOURCE_FIELDS.join(", ")
        ),
        _ => format!("the page has {}", VARIABLES.join(", ")),
    }
}

/// Where `unknown` (or its last segment) first appears in the source as a whole word.
fn first_use(source: &str, unknown: &str) -> Option<Position> {
    let is_word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut from = 0;
    while let Some(found) = source.get(from..).and_then(|rest| rest.find(unknown)) {
        let start = from + found;
        let end = start + unknown.len();
        let before = start
            .checked_sub(1)
            .and_then(|i| source.as_bytes().get(i))
            .copied();
        let after = source.as_bytes().get(end).copied();
        if !before.is_some_and(is_word) && !after.is_some_and(is_word) {
            return Some(Position::of_offset(source, start));
        }
        from = end;
    }
    None
}

fn engine_position(source: &str, err: &minijinja::Error) -> Option<Position> {
    if let Some(range) = err.range() {
        return Some(Position::of_offset(source, range.start));
    }
    let line = err.line()?;
    let offset: usize = source
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    Some(Position::of_offset(source, offset))
}

fn engine_message(err: &minijinja::Error) -> String {
    match err.detail() {
        Some(detail) => format!("{}: {detail}", err.kind()),
        None => err.kind().to_string(),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::ErrorPage;

    fn context(parts: &Parts<'_>, format: Format) -> Value {
        Value::from_object(PageContext::new(
            Arc::new(stable_context(parts, format)),
            optional_text(parts.detail, format),
            text_value(parts.home_url, format),
        ))
    }

    #[test]
    fn every_documented_variable_is_in_the_context() {
        let page = ErrorPage::new(404);
        let context = context(&page.parts(), Format::Html);
        for name in VARIABLES {
            assert!(
                context.get_attr(name).is_ok_and(|v| !v.is_undefined()),
                "{name}"
            );
        }
        let labels = context.get_attr("labels").unwrap();
        let sources = context.get_attr("source").unwrap();
        for (name, _) in LABELS {
            assert!(!labels.get_attr(name).unwrap().is_undefined(), "{name}");
            let source = sources.get_attr(name).unwrap();
            for field in SOURCE_FIELDS {
                assert!(
                    !source.get_attr(field).unwrap().is_undefined(),
                    "{name}.{field}"
                );
            }
        }
        let theme = context.get_attr("theme").unwrap();
        for field in THEME_FIELDS {
            assert!(!theme.get_attr(field).unwrap().is_undefined(), "{field}");
        }
    }

    #[test]
    fn every_name_is_found_at_its_position() {
        for (names, position) in context::POSITIONS {
            for (i, name) in names.iter().enumerate() {
                assert_eq!(position(name), Some(i), "{name}");
            }
            assert_eq!(position("nope"), None);
        }
    }

    #[test]
    fn the_label_names_agree() {
        let names: Vec<&str> = LABELS.iter().map(|(name, _)| *name).collect();
        assert_eq!(names, context::LABEL_NAMES);
        assert_eq!(
            context::SOURCE_NAMES[..3],
            ["title", "description", "advice"]
        );
        assert_eq!(context::SOURCE_NAMES[3..], context::LABEL_NAMES);
    }

    #[test]
    fn planned_pages_are_the_full_render_for_every_locale_code_and_value() {
        let template = PageTemplate::html(
            "product.html",
            include_str!("../../../examples/templates/product.html"),
        )
        .unwrap();
        assert!(template.fills_in(), "the example template is planned");
        let text = PageTemplate::text(
            "product.txt",
            include_str!("../../../examples/templates/product.txt"),
        )
        .unwrap();
        let theme = Theme::new().site_name("N").accent("teal").unwrap();
        let catalog = Catalog::embedded();
        for locale in catalog.locales() {
            for code in [400, 404, 418, 451, 500, 503, 599, 999] {
                for detail in [None, Some(""), Some("<b>\"x\" & 'y'</b>\u{e000}D\u{e001}")] {
                    let mut page = catalog
                        .error_page(code)
                        .with_locale(locale)
                        .home_url("/start?a=1&b=<2>");
                    if let Some(detail) = detail {
                        page = page.detail(detail);
                    }
                    let themed = page.theme(&theme);
                    let parts = themed.parts();
                    for template in [&template, &text] {
                        let planned = template.render_parts(&parts).unwrap();
                        let full = template.render_in_full(&parts).unwrap();
                        assert_eq!(planned, full, "{} {code} {detail:?}", locale.tag());
                    }
                }
            }
        }
    }

    #[test]
    fn templates_that_transform_the_request_values_are_rendered_in_full() {
        let template = PageTemplate::html(
            "t.html",
            "<p>{{ detail|upper }}</p><a href=\"{{ home_url }}\">",
        )
        .unwrap();
        assert!(!template.fills_in());
        let page = ErrorPage::new(404).detail("abc").template(&template);
        assert_eq!(page.render_html(), "<p>ABC</p><a href=\"/\">");
    }

    #[test]
    fn a_text_that_holds_a_marker_cannot_move_a_value() {
        // Overrides refuse private-use characters; a theme's name may hold one.
        let theme = Theme::new().site_name("Lost \u{e000}D\u{e001} here");
        let template =
            PageTemplate::html("t.html", "<h1>{{ theme.name }}</h1><p>{{ detail }}</p>").unwrap();
        assert!(template.fills_in());
        let page = ErrorPage::new(404)
            .detail("X")
            .theme(&theme)
            .template(&template);
        assert_eq!(
            page.render_html(),
            "<h1>Lost \u{e000}D\u{e001} here</h1><p>X</p>"
        );
    }

    #[test]
    fn missing_texts_print_as_nothing() {
        let template = PageTemplate::text("t.txt", "[{{ advice }}][{{ theme.name }}]").unwrap();
        let text = ErrorPage::new(100).template(&template).render_text();
        assert_eq!(text, "[][]");
    }

    #[test]
    fn unknown_paths_are_named() {
        assert_eq!(known_variable("labels.home_link"), Ok(()));
        assert_eq!(known_variable("source.title.attrs"), Ok(()));
        assert_eq!(known_variable("range"), Ok(()));
        assert_eq!(known_variable("labels.home"), Err("labels.home".to_owned()));
        assert_eq!(
            known_variable("source.titel.lang"),
            Err("source.titel".to_owned())
        );
        assert_eq!(
            known_variable("source.title.language"),
            Err("source.title.language".to_owned())
        );
        assert_eq!(known_variable("user"), Err("user".to_owned()));
    }

    #[test]
    fn first_use_finds_whole_words() {
        let p = first_use("{{ titles }}\n{{ title }}", "title").unwrap();
        assert_eq!((p.line, p.column), (2, 4));
    }
}
