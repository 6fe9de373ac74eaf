//! Overrides over the baked tables: an application's [`Layer`]s, merged along each
//! locale's chain into owned tables when the catalogue is built, so that lookups in a
//! catalogue with overrides cost what they cost in the embedded one.

use std::borrow::Cow;

use super::table::{Table, TableWriter, SLOTS};
use super::{resolver_for, LocaleData};
use crate::ftl::Layer;
use crate::locale::canonical_locale;
use crate::locale::icu::{direction_of, to_icu};

/// The embedded locales, the locales the overrides add, and each one's override layers in
/// the order given.
#[derive(Debug)]
pub(crate) struct Overrides {
    locales: Vec<LocaleData>,
    layers: Vec<Vec<Layer>>,
    added: bool,
}

impl Overrides {
    pub(crate) fn new(locales: Vec<LocaleData>) -> Overrides {
        let layers = vec![Vec::new(); locales.len()];
        Overrides {
            locales,
            layers,
            added: false,
        }
    }

    /// Adds a layer to the locale with canonical tag `tag`, adding the locale if the
    /// catalogue has none with that tag.
    pub(crate) fn add(&mut self, tag: &str, layer: Layer) {
        let position = match self.locales.iter().position(|l| l.tag == tag) {
            Some(position) => position,
            None => {
                self.locales.push(LocaleData {
                    tag: Cow::Owned(tag.to_owned()),
                    chain: Cow::Owned(Vec::new()),
                    table: Table::empty(),
                    direction: direction_of(tag),
                });
                self.layers.push(Vec::new());
                self.added = true;
                self.locales.len() - 1
            }
        };
        if let Some(layers) = self.layers.get_mut(position) {
            layers.push(layer);
        }
    }

    /// Whether overrides added locales that the crate does not ship.
    pub(crate) fn added_locales(&self) -> bool {
        self.added
    }

    /// The locales with every override merged in.
    pub(crate) fn merge(mut self) -> Vec<LocaleData> {
        if self.added {
            // New locales may stand in the CLDR chains of shipped ones (and need chains of
            // their own): compute every chain over the whole set, as the resolver does.
            let resolver = resolver_for(self.locales.iter().map(|l| &*l.tag));
            for (i, data) in self.locales.iter_mut().enumerate() {
                let id = u16::try_from(i).unwrap_or(0);
                let chain = resolver.chain(
                    canonical_locale(&data.tag)
                        .and_then(|t| to_icu(&t))
                        .as_ref(),
                );
                let chain =
                    std::iter::once(id)
                        .chain(chain)
                        .fold(Vec::new(), |mut c: Vec<u16>, next| {
                            if !c.contains(&next) {
                                c.push(next);
                            }
                            c
                        });
                data.chain = Cow::Owned(chain);
            }
        }
        let merged: Vec<Layer> = self
            .layers
            .iter()
            .map(|layers| {
                layers.iter().fold(Layer::empty(), |mut merged, layer| {
                    merged.overlay(layer);
                    merged
                })
            })
            .collect();
        let originals: Vec<Table> = self.locales.iter().map(|l| l.table.clone()).collect();
        let chain_has_overrides = |chain: &[u16]| {
            chain.iter().any(|&id| {
                self.layers
                    .get(usize::from(id))
                    .is_some_and(|layers| !layers.is_empty())
            })
        };
        for data in &mut self.locales {
            if !self.added && !chain_has_overrides(&data.chain) {
                continue;
            }
            data.table = merged_table(&data.chain, &originals, &merged);
        }
        self.locales
    }
}

/// The table of a locale with `chain`: each slot from the first chain member that has it,
/// an override first, then that member's own baked text.
pub(crate) fn merged_table(chain: &[u16], originals: &[Table], merged: &[Layer]) -> Table {
    let mut writer = TableWriter::default();
    for slot in 0..SLOTS {
        let found = chain.iter().enumerate().find_map(|(source, &id)| {
            let id = usize::from(id);
            let over = merged
                .get(id)
                .and_then(|layer| layer.slots.get(slot))
                .and_then(|text| text.as_deref());
            let own = || match originals.get(id)?.sourced(slot)? {
                (text, 0) => Some(text),
                _ => None,
            };
            Some((over.or_else(own)?, u8::try_from(source).ok()?))
        });
        match found {
            Some((text, source)) => writer.push(Some(text), source),
            None => writer.push(None, 0),
        }
    }
    writer.finish()
}
