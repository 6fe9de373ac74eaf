//! Rendering a template once per page and filling in the request's values.
//!
//! Everything a template sees but `detail` and `home_url` depends only on (catalogue,
//! locale, code, theme). When a template uses those two only as `{{ detail }}` (printed
//! as they are) and `{% if detail %}` (tested for being empty), its page is the same text
//! with the value put where the marker was printed; so the template is rendered once per
//! page with markers in their place, and each request fills them in. Whether a template
//! qualifies is read from its source, conservatively: any other use of either name (a
//! filter, a test, a comparison, an assignment, `debug()`) renders every page in full.
//!
//! The markers are Private Use characters. A page is planned from two renders with two
//! different sets of markers, and only if both give the same text in the same places: so a
//! translation or override that happens to hold a marker cannot move a value.

/// Where a request's value goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Slot {
    Detail,
    HomeUrl,
}

/// Two sets of markers: (start, end) characters around `D` (detail) or `H` (home URL).
pub(super) const MARKERS: [(char, char); 2] = [('\u{e000}', '\u{e001}'), ('\u{e002}', '\u{e003}')];

/// The marker of `slot` in the set `set`.
pub(super) fn marker(set: (char, char), slot: Slot) -> String {
    let letter = match slot {
        Slot::Detail => 'D',
        Slot::HomeUrl => 'H',
    };
    [set.0, letter, set.1].iter().collect()
}

/// A page rendered with markers: its text without them, and where each value goes.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Plan {
    text: String,
    cuts: Vec<(usize, Slot)>,
}

impl Plan {
    /// The plan of two renders with the two sets of [`MARKERS`], if they agree.
    pub(super) fn from_renders(first: &str, second: &str) -> Option<Plan> {
        let plan = split(first, MARKERS[0])?;
        (split(second, MARKERS[1])? == plan).then_some(plan)
    }

    /// The page with the values filled in (escaped already, as the template gets them).
    pub(super) fn fill(&self, detail: &str, home_url: &str) -> String {
        let extra: usize = self
            .cuts
            .iter()
            .map(|(_, slot)| match slot {
                Slot::Detail => detail.len(),
                Slot::HomeUrl => home_url.len(),
            })
            .sum();
        let mut out = String::with_capacity(self.text.len() + extra);
        let mut at = 0;
        for &(cut, slot) in &self.cuts {
            out.push_str(self.text.get(at..cut).unwrap_or_default());
            out.push_str(match slot {
                Slot::Detail => detail,
                Slot::HomeUrl => home_url,
            });
            at = cut;
        }
        out.push_str(self.text.get(at..).unwrap_or_default());
        out
    }
}

/// `rendered` cut at the markers of `set`; `None` if any marker character of either set
/// is left over.
fn split(rendered: &str, set: (char, char)) -> Option<Plan> {
    let mut text = String::with_capacity(rendered.len());
    let mut cuts = Vec::new();
    let mut chars = rendered.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if c == set.0 {
            let slot = match chars.next().map(|(_, letter)| letter) {
                Some('D') => Slot::Detail,
                Some('H') => Slot::HomeUrl,
                _ => return None,
            };
            if chars.next().map(|(_, end)| end) != Some(set.1) {
                return None;
            }
            cuts.push((text.len(), slot));
        } else if MARKERS.iter().any(|&(start, end)| c == start || c == end) {
            return None;
        } else {
            text.push(c);
        }
    }
    Some(Plan { text, cuts })
}

/// Whether the template uses `detail` and `home_url` only as `{{ name }}` and
/// `{% if name %}` / `{% elif name %}`, never calls `debug()` (which prints the whole
/// context), and, if it uses them at all, has no block that captures printed text to
/// transform it (`filter`, `set` blocks, `macro`, `call`, `self`, `caller`, `super`).
/// Reads the blocks as minijinja's default syntax does: `{{ }}`, `{% %}` with their
/// `-`/`+` whitespace marks, string literals inside them, `{# #}` comments and
/// `{% raw %}` sections.
pub(super) fn fills_in(source: &str) -> bool {
    let mut uses = false;
    let mut captures = false;
    let mut rest = source;
    while let Some(open) = rest.find('{') {
        rest = rest.get(open..).unwrap_or_default();
        let kind = rest.as_bytes().get(1).copied();
        match kind {
            Some(b'#') => {
                let Some(end) = rest.find("#}") else {
                    return true;
                };
                rest = rest.get(end + 2..).unwrap_or_default();
            }
            Some(close @ (b'{' | b'%')) => {
                let close = if close == b'{' { "}}" } else { "%}" };
                let Some((inner, after)) = block(rest.get(2..).unwrap_or_default(), close) else {
                    // An unclosed block: the template would not have compiled.
                    return false;
                };
                let statement = inner.trim_matches(['-', '+']).trim();
                if close == "%}" && statement == "raw" {
                    let Some(end) = after.find("endraw") else {
                        return false;
                    };
                    rest = after.get(end..).unwrap_or_default();
                    continue;
                }
                if !allowed(statement, close == "}}") {
                    return false;
                }
                uses |= identifiers(statement).any(|word| REQUEST_VALUES.contains(&word));
                captures |= identifiers(statement).any(|word| CAPTURING.contains(&word))
                    || (close == "%}"
                        && statement
                            .split_ascii_whitespace()
                            .next()
                            .is_some_and(|keyword| CAPTURING.contains(&keyword)));
                rest = after;
            }
            _ => rest = rest.get(1..).unwrap_or_default(),
        }
    }
    !(uses && captures)
}

/// The names whose values come with each request.
const REQUEST_VALUES: [&str; 2] = ["detail", "home_url"];

/// Statements and names that capture printed text as a value, which a filter could then
/// change.
const CAPTURING: [&str; 7] = ["filter", "set", "macro", "call", "self", "caller", "super"];

/// A block's inside (after its opening delimiter) and what follows its closing one;
/// string literals may hold the closing delimiter.
fn block<'s>(text: &'s str, close: &str) -> Option<(&'s str, &'s str)> {
    let bytes = text.as_bytes();
    let mut quote = None;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match (quote, b) {
            (Some(_), b'\\') => i += 1,
            (Some(q), _) if b == q => quote = None,
            (None, b'"' | b'\'') => quote = Some(b),
            (None, _) if text.get(i..).is_some_and(|t| t.starts_with(close)) => {
                return Some((text.get(..i)?, text.get(i + close.len()..)?));
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// Whether a block's statement uses the request's names only as the plan allows.
fn allowed(statement: &str, expression: bool) -> bool {
    let names = REQUEST_VALUES;
    let uses = identifiers(statement).any(|word| names.contains(&word) || word == "debug");
    if !uses {
        return true;
    }
    if expression {
        return names.contains(&statement);
    }
    let mut words = statement.split_ascii_whitespace();
    matches!(
        (words.next(), words.next(), words.next()),
        (Some("if" | "elif"), Some(name), None) if names.contains(&name)
    )
}

/// The identifiers of an expression, outside string literals.
fn identifiers(statement: &str) -> impl Iterator<Item = &str> {
    let bytes = statement.as_bytes();
    let mut spans = Vec::new();
    let mut quote = None;
    let mut start = None;
    for (i, &b) in bytes.iter().enumerate() {
        let word = b.is_ascii_alphanumeric() || b == b'_';
        match quote {
            Some(q) => {
                if b == q {
                    quote = None;
                }
            }
            None if b == b'"' || b == b'\'' => {
                quote = Some(b);
                if let Some(s) = start.take() {
                    spans.push((s, i));
                }
            }
            None if word => {
                start.get_or_insert(i);
            }
            None => {
                if let Some(s) = start.take() {
                    spans.push((s, i));
                }
            }
        }
    }
    if let Some(s) = start {
        spans.push((s, bytes.len()));
    }
    spans
        .into_iter()
        .filter_map(move |(s, e)| statement.get(s..e))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn only_printing_and_testing_the_request_values_fills_in() {
        for source in [
            "<p>{{ title }}</p>",
            "{% if detail %}<p>{{ detail }}</p>{% endif %}<a href=\"{{ home_url }}\">",
            "{%- if detail -%}{{- detail -}}{%- elif home_url %}{{home_url}}{% endif %}",
            "{# {{ detail|upper }} #}{{ detail }}",
            "{% raw %}{{ detail|upper }}{% endraw %}",
            "{{ '}}' ~ title }}{{ detail }}",
            "<section class=\"detail\">{{ labels.details }}</section>",
            "{% set x = title|upper %}{{ x }}",
            "{% filter upper %}{{ title }}{% endfilter %}",
        ] {
            assert!(fills_in(source), "{source}");
        }
        for source in [
            "{{ detail|upper }}",
            "{{ detail ~ '!' }}",
            "{% if detail|length > 3 %}x{% endif %}",
            "{% if not detail %}x{% endif %}",
            "{% set detail = 'x' %}{{ detail }}",
            "{% for detail in [1] %}{{ detail }}{% endfor %}",
            "{{ debug() }}",
            "{{ home_url.upper() }}",
            "{{ '}}' ~ detail }}",
            "{% if detail == 'x' %}x{% endif %}",
            "{% filter upper %}{{ detail }}{% endfilter %}",
            "{% set x %}{{ detail }}{% endset %}{{ x|upper }}",
            "{% macro m() %}{{ detail }}{% endmacro %}{{ m()|upper }}",
            "{% block b %}{{ detail }}{% endblock %}{{ self.b()|upper }}",
        ] {
            assert!(!fills_in(source), "{source}");
        }
    }

    #[test]
    fn a_plan_needs_two_agreeing_renders() {
        let a = |set: (char, char)| {
            format!(
                "<a href=\"{}\">x</a><p>{}</p>",
                marker(set, Slot::HomeUrl),
                marker(set, Slot::Detail)
            )
        };
        let plan = Plan::from_renders(&a(MARKERS[0]), &a(MARKERS[1])).unwrap();
        assert_eq!(
            plan.fill("d&amp;", "/x"),
            "<a href=\"/x\">x</a><p>d&amp;</p>"
        );
        // A text that holds a marker of its own: the renders disagree, no plan.
        let stray = format!("<p>{}</p>", marker(MARKERS[0], Slot::Detail));
        assert!(Plan::from_renders(&(a(MARKERS[0]) + &stray), &(a(MARKERS[1]) + &stray)).is_none());
        assert!(Plan::from_renders("\u{e000}", "\u{e002}").is_none());
    }
}
