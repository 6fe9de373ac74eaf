//! Placeables: the variables (`{ $code }`) and the term and message references of a
//! translation against those of its reference, variant by variant.

use std::collections::BTreeSet;

use super::{Checker, Draft, Outcome, UnitPair};
use crate::finding::Rule;
use crate::ftl::{self, Parsed};

impl Checker<'_> {
    /// Variables and references: a translation may move them and may drop one only in a
    /// variant where the reference also lacks it; it may not rename or add any.
    pub(super) fn parity(&self, pair: &UnitPair, out: &mut Outcome) {
        let reference_locale = self.config().reference_locale();
        let ref_paths = ftl::variant_paths(pair.reference);
        let union: BTreeSet<&String> = ref_paths.iter().flat_map(|p| &p.references).collect();
        let required: BTreeSet<&String> = union
            .iter()
            .copied()
            .filter(|name| ref_paths.iter().all(|p| p.references.contains(*name)))
            .collect();
        let mut used = Vec::new();
        ftl::pattern_references(pair.translation, &mut used);
        let mut reported = BTreeSet::new();
        for (name, slice) in &used {
            if union.contains(name) || !reported.insert(name.clone()) {
                continue;
            }
            let missing: Vec<String> = required
                .iter()
                .filter(|r| !used.iter().any(|(u, _)| u == **r))
                .map(|r| placeable(r))
                .collect();
            let hint =
                if missing.len() == 1 && missing[0].starts_with("{ $") == name.starts_with('$') {
                    format!(
                        "; did you mean {}? Placeables stay as they are in {reference_locale}",
                        missing[0]
                    )
                } else {
                    format!("; {reference_locale} has {}", list_or_none(&union))
                };
            let rule = if name.starts_with('$') {
                Rule::Variables
            } else {
                Rule::References
            };
            self.push(
                out,
                Draft::new(
                    rule,
                    pair.locale,
                    &pair.file.display,
                    format!(
                        "uses {}, which {reference_locale} does not{hint}",
                        placeable(name)
                    ),
                )
                .at(sigil_position(pair.parsed, slice))
                .id(pair.key),
            );
        }
        let paths = ftl::variant_paths(pair.translation);
        for name in &required {
            let lacking: Vec<String> = paths
                .iter()
                .filter(|p| !p.references.contains(*name))
                .map(|p| p.keys.join(" "))
                .collect();
            if lacking.is_empty() {
                continue;
            }
            let rule = if name.starts_with('$') {
                Rule::Variables
            } else {
                Rule::References
            };
            let message = if lacking.len() == paths.len() && lacking.iter().all(|k| k.is_empty()) {
                format!(
                    "drops {}, which {reference_locale} always shows; keep it (you may move it)",
                    placeable(name)
                )
            } else {
                format!(
                    "variant(s) {} drop {}, which {reference_locale} shows in every variant",
                    lacking.join(", "),
                    placeable(name)
                )
            };
            self.push(
                out,
                Draft::new(rule, pair.locale, &pair.file.display, message)
                    .at(pair.parsed.position(pair.anchor))
                    .id(pair.key),
            );
        }
    }
}

/// The position of a reference, on its sigil (`$`, `-`) where it has one: the AST slice
/// is the bare name.
pub(super) fn sigil_position(parsed: &Parsed, slice: &str) -> (u32, u32) {
    let offset = parsed.offset(slice);
    let before = offset
        .checked_sub(1)
        .and_then(|i| parsed.text.as_bytes().get(i));
    let offset = match before {
        Some(b'$' | b'-') => offset - 1,
        _ => offset,
    };
    parsed.line_column(offset)
}

fn placeable(name: &str) -> String {
    format!("{{ {name} }}")
}

fn list_or_none(names: &BTreeSet<&String>) -> String {
    if names.is_empty() {
        "no placeables here".to_owned()
    } else {
        names
            .iter()
            .map(|n| placeable(n))
            .collect::<Vec<_>>()
            .join(", ")
    }
}
