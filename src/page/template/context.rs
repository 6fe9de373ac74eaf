//! What a template sees: the page's texts and facts as minijinja objects whose fields are
//! found by name without building maps, the part that depends only on (catalogue,
//! locale, code, theme) made once and shared.

use std::sync::Arc;

use minijinja::value::{Enumerator, Object, Value};

use super::{LABELS, SOURCE_FIELDS, THEME_FIELDS, VARIABLES};
use crate::catalog::Locale;
use crate::page::{push_escaped, Format, Parts, Theme};

/// Named values: an object whose fields are `names`, in that order.
#[derive(Debug)]
pub(super) struct Fields {
    names: &'static [&'static str],
    /// The position of a name in `names` (a `match`, which the compiler turns into a
    /// switch: a template looks up a few dozen names per page).
    position: fn(&str) -> Option<usize>,
    values: Vec<Value>,
}

impl Fields {
    fn new(
        names: &'static [&'static str],
        position: fn(&str) -> Option<usize>,
        mut value_of: impl FnMut(&str) -> Value,
    ) -> Fields {
        Fields {
            names,
            position,
            values: names.iter().map(|name| value_of(name)).collect(),
        }
    }

    fn get(&self, name: &str) -> Option<&Value> {
        self.values.get((self.position)(name)?)
    }
}

/// The position of a name in [`VARIABLES`].
fn variable_position(name: &str) -> Option<usize> {
    Some(match name {
        "code" => 0,
        "class" => 1,
        "title" => 2,
        "description" => 3,
        "advice" => 4,
        "detail" => 5,
        "reason_phrase" => 6,
        "lang" => 7,
        "dir" => 8,
        "home_url" => 9,
        "uses_fallback" => 10,
        "labels" => 11,
        "source" => 12,
        "theme" => 13,
        _ => return None,
    })
}

/// The position of a name in [`LABEL_NAMES`].
fn label_position(name: &str) -> Option<usize> {
    Some(match name {
        "error_label" => 0,
        "status_code" => 1,
        "details" => 2,
        "home_link" => 3,
        "technical_info" => 4,
        "fallback_note" => 5,
        _ => return None,
    })
}

/// The position of a name in [`SOURCE_NAMES`].
fn source_position(name: &str) -> Option<usize> {
    match name {
        "title" => Some(0),
        "description" => Some(1),
        "advice" => Some(2),
        label => label_position(label).map(|i| i + 3),
    }
}

/// The position of a name in [`SOURCE_FIELDS`].
fn source_field_position(name: &str) -> Option<usize> {
    Some(match name {
        "lang" => 0,
        "dir" => 1,
        "is_fallback" => 2,
        "attrs" => 3,
        _ => return None,
    })
}

/// The position of a name in [`THEME_FIELDS`].
fn theme_field_position(name: &str) -> Option<usize> {
    Some(match name {
        "name" => 0,
        "logo" => 1,
        "accent" => 2,
        "css" => 3,
        _ => return None,
    })
}

impl Object for Fields {
    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        self.get(key.as_str()?).cloned()
    }

    fn get_value_by_str(self: &Arc<Self>, key: &str) -> Option<Value> {
        self.get(key).cloned()
    }

    fn enumerate(self: &Arc<Self>) -> Enumerator {
        Enumerator::Str(self.names)
    }
}

/// What the template sees that depends only on (catalogue, locale, code, theme).
pub(super) type StableContext = Fields;

/// The template's context: the stable part, made once, and the page's own values.
#[derive(Debug)]
pub(super) struct PageContext {
    stable: Arc<StableContext>,
    detail: Value,
    home_url: Value,
}

impl PageContext {
    pub(super) fn new(stable: Arc<StableContext>, detail: Value, home_url: Value) -> Self {
        PageContext {
            stable,
            detail,
            home_url,
        }
    }
}

impl Object for PageContext {
    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        self.get_value_by_str(key.as_str()?)
    }

    fn get_value_by_str(self: &Arc<Self>, key: &str) -> Option<Value> {
        match key {
            "detail" => Some(self.detail.clone()),
            "home_url" => Some(self.home_url.clone()),
            name => self.stable.get(name).cloned(),
        }
    }

    fn enumerate(self: &Arc<Self>) -> Enumerator {
        Enumerator::Str(&VARIABLES)
    }
}

/// A text as the template gets it: escaped and marked safe for HTML (so that no filter
/// can unescape it), as it is for plain text.
pub(super) fn text_value(text: &str, format: Format) -> Value {
    if format == Format::Html {
        let mut escaped = String::with_capacity(text.len() + 16);
        push_escaped(&mut escaped, text);
        Value::from_safe_string(escaped)
    } else {
        Value::from(text)
    }
}

pub(super) fn optional_text(text: Option<&str>, format: Format) -> Value {
    text.map_or_else(
        || Value::from_safe_string(String::new()),
        |text| text_value(text, format),
    )
}

/// `source.<text>`: the locale that supplied a text.
/// The names under `source`: the three main texts, then the labels.
pub(super) const SOURCE_NAMES: [&str; 9] = [
    "title",
    "description",
    "advice",
    "error_label",
    "status_code",
    "details",
    "home_link",
    "technical_info",
    "fallback_note",
];

/// The label names, as [`LABELS`] has them.
pub(super) const LABEL_NAMES: [&str; 6] = [
    "error_label",
    "status_code",
    "details",
    "home_link",
    "technical_info",
    "fallback_note",
];

/// `source.<text>`: the locale that supplied a text.
fn source_value(text: Locale<'_>, page: Locale<'_>, format: Format) -> Value {
    let is_fallback = text != page;
    let fields = Fields::new(&SOURCE_FIELDS, source_field_position, |field| match field {
        "lang" => text_value(text.tag(), format),
        "dir" => Value::from(text.direction().as_html()),
        "is_fallback" => Value::from(is_fallback),
        _ if is_fallback && format == Format::Html => {
            let mut attrs = String::from(" lang=\"");
            push_escaped(&mut attrs, text.tag());
            attrs.push_str("\" dir=\"");
            attrs.push_str(text.direction().as_html());
            attrs.push('"');
            Value::from_safe_string(attrs)
        }
        _ => Value::from_safe_string(String::new()),
    });
    Value::from_object(fields)
}

fn theme_value(theme: Option<&Theme>, format: Format) -> Value {
    Value::from_object(Fields::new(
        &THEME_FIELDS,
        theme_field_position,
        |field| match field {
            "name" => optional_text(theme.and_then(Theme::name), format),
            "logo" => optional_text(theme.and_then(Theme::logo_url), format),
            "accent" => theme.and_then(Theme::accent_color).map_or_else(
                || Value::from_safe_string(String::new()),
                |hex| Value::from_safe_string(hex.to_owned()),
            ),
            // The application's own CSS, validated not to end a style element; escaping
            // would break selectors such as `a > b`.
            _ => Value::from_safe_string(theme.map(Theme::css).unwrap_or_default().to_owned()),
        },
    ))
}

/// What the template sees that depends only on (catalogue, locale, code, theme).
pub(super) fn stable_context(parts: &Parts<'_>, format: Format) -> StableContext {
    let page = parts.locale;
    let main = [parts.title(), parts.description(), parts.advice()];
    let labels: Vec<_> = LABELS
        .iter()
        .map(|(_, message)| parts.page_text(*message))
        .collect();
    let source_of = |name: &str| {
        let locale = match SOURCE_NAMES.iter().position(|known| *known == name) {
            Some(i @ 0..=2) => main.get(i).copied().flatten().map_or(page, |t| t.locale),
            Some(i) => labels
                .get(i - 3)
                .and_then(Option::as_ref)
                .map_or(page, |t| t.1),
            None => page,
        };
        source_value(locale, page, format)
    };
    let sources = Value::from_object(Fields::new(&SOURCE_NAMES, source_position, source_of));
    let label_values = Value::from_object(Fields::new(&LABEL_NAMES, label_position, |name| {
        let text = LABELS
            .iter()
            .position(|(known, _)| *known == name)
            .and_then(|i| labels.get(i))
            .and_then(Option::as_ref);
        optional_text(text.map(|t| t.0.as_str()), format)
    }));
    let mut sources = Some(sources);
    let mut label_values = Some(label_values);
    Fields::new(&VARIABLES, variable_position, |name| match name {
        "code" => Value::from(parts.code),
        "class" => Value::from(
            crate::registry::Class::of(parts.code)
                .map_or_else(String::new, |class| class.to_string()),
        ),
        "title" => optional_text(main[0].map(|t| t.text), format),
        "description" => optional_text(main[1].map(|t| t.text), format),
        "advice" => optional_text(main[2].map(|t| t.text), format),
        "reason_phrase" => optional_text(parts.reason_phrase, format),
        "lang" => text_value(page.tag(), format),
        "dir" => Value::from(page.direction().as_html()),
        "uses_fallback" => Value::from(parts.uses_fallback()),
        "labels" => label_values.take().unwrap_or_default(),
        "source" => sources.take().unwrap_or_default(),
        "theme" => theme_value(parts.theme, format),
        // `detail` and `home_url` belong to each page; `PageContext` answers them.
        _ => Value::UNDEFINED,
    })
}

/// A list of names and the function that finds a name's position in it.
#[cfg(test)]
pub(super) type NamesAndPosition = (&'static [&'static str], fn(&str) -> Option<usize>);

/// Each name list with its position function, for a test that they agree.
#[cfg(test)]
pub(super) const POSITIONS: [NamesAndPosition; 5] = [
    (&VARIABLES, variable_position),
    (&LABEL_NAMES, label_position),
    (&SOURCE_NAMES, source_position),
    (&SOURCE_FIELDS, source_field_position),
    (&THEME_FIELDS, theme_field_position),
];
