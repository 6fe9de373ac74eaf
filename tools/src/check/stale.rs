//! Staleness: translations whose reference text changed since they were marked current
//! in the lock file, and translations the lock does not record yet.

use super::{Checker, Draft, Outcome, UnitPair};
use crate::finding::Rule;
use crate::ftl;
use crate::lock::fingerprint;

impl Checker<'_> {
    /// Stale and unstamped translations. Returns whether the unit is stale.
    pub(super) fn stale(&self, pair: &UnitPair, out: &mut Outcome) -> bool {
        let Some(lock) = &self.lock else {
            return false;
        };
        if !lock.tracks(pair.locale) {
            return false;
        }
        let current = fingerprint(&ftl::normalized(pair.reference));
        match lock.get(pair.locale, pair.key) {
            Some(recorded) if recorded == current => false,
            Some(_) => {
                self.push(
                    out,
                    Draft::new(
                        Rule::Stale,
                        pair.locale,
                        &pair.file.display,
                        format!(
                            "{} changed this text since it was translated; update the \
                             translation, then run `cargo l10n mark-current {} {}`",
                            self.config().reference_locale(),
                            pair.locale,
                            pair.key
                        ),
                    )
                    .at(pair.parsed.position(pair.anchor))
                    .id(pair.key),
                );
                true
            }
            None => {
                self.push(
                    out,
                    Draft::new(
                        Rule::Unstamped,
                        pair.locale,
                        &pair.file.display,
                        format!(
                            "this translation is not in the lock file yet; after review run \
                             `cargo l10n mark-current {} {}`",
                            pair.locale, pair.key
                        ),
                    )
                    .at(pair.parsed.position(pair.anchor))
                    .id(pair.key),
                );
                false
            }
        }
    }
}
