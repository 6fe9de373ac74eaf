//! Plural categories: the plural selections of a translation against the CLDR plural
//! categories of its locale.

use std::collections::BTreeSet;

use fluent_syntax::ast::{self, Expression, InlineExpression, Pattern, PatternElement};

use super::placeables::sigil_position;
use super::{Checker, Draft, Outcome, UnitPair};
use crate::finding::Rule;
use crate::plurals;

impl Checker<'_> {
    /// Plural selections against the locale's CLDR categories.
    pub(super) fn plural(&self, pair: &UnitPair, out: &mut Outcome) {
        let Some(categories) = pair.plural_categories else {
            return;
        };
        let names = |set: &BTreeSet<&str>| {
            plurals::CATEGORY_NAMES
                .iter()
                .filter(|c| set.contains(*c))
                .copied()
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut selects = Vec::new();
        plural_selects(pair.translation, &mut selects);
        for (selector, keys) in &selects {
            let keys: BTreeSet<&str> = keys.iter().map(String::as_str).collect();
            let lacking: BTreeSet<&str> = categories.integers.difference(&keys).copied().collect();
            let unused: BTreeSet<&str> = keys
                .iter()
                .copied()
                .filter(|k| plurals::CATEGORY_NAMES.contains(k) && !categories.all.contains(k))
                .collect();
            let at = sigil_position(pair.parsed, selector);
            if !lacking.is_empty() {
                self.push(
                    out,
                    Draft::new(
                        Rule::PluralCategories,
                        pair.locale,
                        &pair.file.display,
                        format!(
                            "the plural selection lacks [{}], which {} needs for whole numbers ({} uses {})",
                            names(&lacking).replace(", ", "], ["),
                            pair.locale,
                            pair.locale,
                            names(&categories.integers)
                        ),
                    )
                    .at(at)
                    .id(pair.key),
                );
            }
            if !unused.is_empty() {
                self.push(
                    out,
                    Draft::new(
                        Rule::PluralCategories,
                        pair.locale,
                        &pair.file.display,
                        format!(
                            "[{}] is never selected in {} (its categories are {}); remove the variant",
                            names(&unused).replace(", ", "], ["),
                            pair.locale,
                            names(&categories.all)
                        ),
                    )
                    .at(at)
                    .id(pair.key),
                );
            }
        }
        if selects.is_empty() && categories.integers.len() > 1 {
            let mut ref_selects = Vec::new();
            plural_selects(pair.reference, &mut ref_selects);
            if let Some((selector, _)) = ref_selects.first() {
                self.push(
                    out,
                    Draft::new(
                        Rule::PluralCategories,
                        pair.locale,
                        &pair.file.display,
                        format!(
                            "{} chooses a plural form by `{selector}`, this translation has one form \
                             for every number; {} needs [{}]",
                            self.config().reference_locale(),
                            pair.locale,
                            names(&categories.integers).replace(", ", "], [")
                        ),
                    )
                    .at(pair.parsed.position(pair.anchor))
                    .id(pair.key),
                );
            }
        }
    }
}

/// Plural selections in `pattern`: the selector's name slice and the variant keys. A
/// selection is plural when it selects on a variable or `NUMBER()` and its keys are
/// CLDR category names or numbers.
fn plural_selects<'s>(pattern: &Pattern<&'s str>, out: &mut Vec<(&'s str, Vec<String>)>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_selects(expression, out);
        }
    }
}

fn expression_selects<'s>(expression: &Expression<&'s str>, out: &mut Vec<(&'s str, Vec<String>)>) {
    match expression {
        Expression::Select { selector, variants } => {
            let name = match selector {
                InlineExpression::VariableReference { id } => Some(id.name),
                InlineExpression::FunctionReference { id, .. } if id.name == "NUMBER" => {
                    Some(id.name)
                }
                _ => None,
            };
            let keys: Vec<String> = variants
                .iter()
                .filter_map(|v| match &v.key {
                    ast::VariantKey::Identifier { name } => Some(name.to_string()),
                    ast::VariantKey::NumberLiteral { .. } => None,
                })
                .collect();
            let plural = !keys.is_empty()
                && keys
                    .iter()
                    .all(|k| plurals::CATEGORY_NAMES.contains(&k.as_str()));
            if let (Some(name), true) = (name, plural) {
                out.push((name, keys));
            }
            for variant in variants {
                plural_selects(&variant.value, out);
            }
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            expression_selects(expression, out);
        }
        Expression::Inline(_) => {}
    }
}
