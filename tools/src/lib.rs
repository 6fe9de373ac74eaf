//! `l10n`: the translators' tool of http-status-i18n.
//!
//! Translators edit Fluent (`.ftl`) files under `locales/<tag>/`; this crate is how they
//! and CI know the files are right, complete and current. It reads `tools/l10n.toml`
//! (compare-locales' format, so Mozilla's compare-locales and Pontoon read the same tree)
//! and works with fluent-syntax's parser and serializer; there is no hand-written FTL
//! parser.
//!
//! Run it as `cargo l10n <command>` (an alias in `.cargo/config.toml`):
//!
//! | command | what it does |
//! |---|---|
//! | `check` | every [`Rule`]: syntax, completeness, placeables, plurals, markup, bidi, untranslated text, naming, stale translations |
//! | `status` | translated / missing / stale / obsolete per locale, coverage |
//! | `mark-current` | records reviewed translations in `locales/l10n.lock` |
//! | `new-locale` | scaffolds a locale from en-US |
//! | `pseudo` | writes the pseudo-locales `en-XA` and `ar-XB` |
//! | `fmt` | canonical layout via the fluent-syntax serializer |
//! | `export` / `import` | XLIFF 2.0 and gettext PO |
//!
//! The library API exists for the binary and the tests; the command line is the interface.
//!
//! ```
//! use l10n::{Rule, Severity};
//! assert_eq!(Rule::MissingMessage.name(), "missing-message");
//! assert_eq!(Rule::Variables.default_severity(), Severity::Error);
//! ```

#![warn(missing_docs, missing_debug_implementations)]
#![warn(clippy::exhaustive_structs, clippy::exhaustive_enums)]

pub mod allowlist;
pub mod bake;
pub mod check;
pub mod cli;
pub mod config;
pub mod error;
pub mod files;
pub mod finding;
pub mod format;
pub mod ftl;
pub mod interchange;
pub mod layout;
pub mod lock;
pub mod plurals;
pub mod pseudo;
pub mod report;
pub mod scaffold;
pub mod stamp;
pub mod status;
pub mod tag;

pub use allowlist::AllowList;
pub use config::Config;
pub use error::{Error, Result};
pub use finding::{Finding, Rule, Severity, Summary};
