//! Reading an application's `.ftl` overrides (and, for the bake, the shipped locales) into
//! a [`Layer`] of plain texts: check the raw source ([`crate::source`]), parse it
//! ([`parse`]), then validate every message against the [scheme](crate::scheme) and render
//! it ([`render`]). The only place Fluent runs at run time, behind the `overrides` feature.

mod parse;
mod render;

use std::path::Path;

use crate::catalog::table::SLOTS;
use crate::error::LoadError;

/// The texts one source gives, by table slot (see [`crate::catalog::table`]); any may be
/// absent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Layer {
    pub(crate) slots: Vec<Option<Box<str>>>,
}

impl Layer {
    /// A layer without texts.
    pub(crate) fn empty() -> Layer {
        Layer {
            slots: vec![None; SLOTS],
        }
    }

    /// Takes every text that `over` has, keeping ours where it has none.
    pub(crate) fn overlay(&mut self, over: &Layer) {
        for (ours, theirs) in self.slots.iter_mut().zip(&over.slots) {
            if theirs.is_some() {
                ours.clone_from(theirs);
            }
        }
    }
}

/// Checks, parses, validates and renders one source. `file` names it in errors; `tag` is
/// the canonical tag of its locale (for the bundle's locale-aware formatting).
pub(crate) fn load_layer(file: &Path, tag: &str, source: &str) -> Result<Layer, LoadError> {
    let resource = parse::parse(file, source)?;
    render::render(file, tag, source, &resource)
}
