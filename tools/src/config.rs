//! `l10n.toml`: the project configuration, in compare-locales' format so that Mozilla's
//! compare-locales and Pontoon read the same file.
//!
//! compare-locales reads `basepath`, `locales` and `[[paths]]` (`reference`, `l10n`) and
//! ignores other keys; this tool's own settings live in the `[l10n]` table:
//!
//! ```toml
//! basepath = ".."
//! locales = ["de", "fr"]
//!
//! [[paths]]
//! reference = "locales/en-US/*.ftl"
//! l10n = "locales/{locale}/*.ftl"
//!
//! [l10n]
//! lock = "locales/l10n.lock"
//! identical-allow-list = "tests/data/identical-to-english.txt"
//! [l10n.severity]
//! stale = "error"
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Error, Result};
use crate::files;
use crate::finding::{Rule, Severity};

/// The file name searched for when no `--config` is given.
pub const CONFIG_NAME: &str = "l10n.toml";

/// The configuration as written in the file.
#[derive(Debug, Deserialize)]
struct RawConfig {
    basepath: Option<String>,
    #[serde(default)]
    locales: Vec<String>,
    #[serde(default)]
    paths: Vec<RawPaths>,
    #[serde(default)]
    l10n: Settings,
}

#[derive(Debug, Deserialize)]
struct RawPaths {
    reference: Option<String>,
    l10n: String,
}

/// A rule's level as configured: a [`Severity`], or `off`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Level {
    /// Fails `check` (exit code 1).
    Error,
    /// Reported, does not fail.
    Warning,
    /// Reported as information.
    Info,
    /// Not reported.
    Off,
}

/// The tool's own settings, the `[l10n]` table of `l10n.toml`. Paths are relative to
/// `basepath`.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
#[non_exhaustive]
pub struct Settings {
    /// The project's name, for the headers of exported files (default: the base folder's
    /// name).
    pub project: Option<String>,
    /// The source locale, whose files are the reference (default `en-US`).
    #[serde(default = "default_reference")]
    pub reference_locale: String,
    /// The lock file of stale detection; without it, nothing is reported stale.
    pub lock: Option<String>,
    /// The allow-list of values that may equal the reference, lines `<locale> <id>[.<attr>]`.
    pub identical_allow_list: Option<String>,
    /// Values that every locale may keep identical to the reference, such as `OK`.
    #[serde(default)]
    pub identical_allowed_values: Vec<String>,
    /// Where `pseudo` writes by default.
    #[serde(default = "default_pseudo_dir")]
    pub pseudo_dir: String,
    /// Message ID prefix required per reference file name, such as `"error-page.ftl" = "page-"`.
    #[serde(default)]
    pub id_prefixes: BTreeMap<String, String>,
    /// Severity per rule name, overriding the defaults.
    #[serde(default)]
    pub severity: BTreeMap<String, Level>,
    /// The message scheme to check IDs against; `"http-status-i18n"` is the library's.
    pub message_scheme: Option<String>,
    /// The file every locale folder has besides its `.ftl` files, such as `GLOSSARY.md`.
    pub glossary: Option<String>,
    /// The Unicode scripts of each locale (`"*"` for the others), such as `ja = ["Han", "Kana"]`.
    #[serde(default)]
    pub scripts: BTreeMap<String, Vec<String>>,
    /// Latin words a locale of another script may keep (protocol names, header names, vendors).
    #[serde(default)]
    pub kept_words: Vec<String>,
    /// Letters a locale must not contain, because they belong to a neighbouring language.
    #[serde(default)]
    pub forbidden_letters: BTreeMap<String, String>,
    /// Words a locale must not contain, because they belong to a neighbouring language.
    #[serde(default)]
    pub forbidden_words: BTreeMap<String, Vec<String>>,
    /// Letters of a language's own alphabet, of which a locale must use at least some.
    #[serde(default)]
    pub own_letters: BTreeMap<String, OwnLetters>,
}

/// The letters of a language's own alphabet and how many of them a locale must use.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
#[non_exhaustive]
pub struct OwnLetters {
    /// The letters, such as `"әғқңөұүһі"` for Kazakh.
    pub letters: String,
    /// How many of them must appear somewhere in the locale.
    pub at_least: usize,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            project: None,
            reference_locale: default_reference(),
            lock: None,
            identical_allow_list: None,
            identical_allowed_values: Vec::new(),
            pseudo_dir: default_pseudo_dir(),
            id_prefixes: BTreeMap::new(),
            severity: BTreeMap::new(),
            message_scheme: None,
            glossary: None,
            scripts: BTreeMap::new(),
            kept_words: Vec::new(),
            forbidden_letters: BTreeMap::new(),
            forbidden_words: BTreeMap::new(),
            own_letters: BTreeMap::new(),
        }
    }
}

fn default_reference() -> String {
    "en-US".to_owned()
}

fn default_pseudo_dir() -> String {
    "target/pseudo-locales".to_owned()
}

/// A path pattern split at its first wildcard: the literal folder `prefix` (which holds
/// `{locale}` for l10n patterns) and the glob `rest` matched below it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct PathPattern {
    /// Literal folder part, `/`-separated, relative to the base path.
    pub prefix: String,
    /// Glob for the files below `prefix`, such as `*.ftl` or `**/*.ftl`.
    pub rest: String,
}

impl PathPattern {
    fn parse(raw: &str) -> PathPattern {
        let segments: Vec<&str> = raw.split('/').collect();
        let first_wild = segments
            .iter()
            .position(|s| s.contains('*'))
            .unwrap_or(segments.len().saturating_sub(1));
        PathPattern {
            prefix: segments[..first_wild].join("/"),
            rest: segments[first_wild..].join("/"),
        }
    }

    /// Whether the glob part may match files in sub-folders.
    pub fn is_recursive(&self) -> bool {
        self.rest.contains("**") || self.rest.contains('/')
    }

    /// Whether `relative` (a `/`-separated path below the prefix) matches the glob.
    pub fn matches(&self, relative: &str) -> bool {
        let options = glob::MatchOptions {
            case_sensitive: true,
            require_literal_separator: true,
            require_literal_leading_dot: true,
        };
        glob::Pattern::new(&self.rest).is_ok_and(|p| p.matches_with(relative, options))
    }
}

/// One `[[paths]]` entry: where the reference files are and where each locale's are.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct PathPair {
    /// The reference pattern.
    pub reference: PathPattern,
    /// The l10n pattern; its prefix holds `{locale}`.
    pub l10n: PathPattern,
}

/// A loaded `l10n.toml`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Config {
    /// The configuration file.
    pub path: PathBuf,
    /// `basepath` resolved against the file's folder.
    pub base: PathBuf,
    /// The target locales (the reference locale is not among them).
    pub locales: Vec<String>,
    /// The path patterns.
    pub paths: Vec<PathPair>,
    /// The tool's own settings.
    pub settings: Settings,
}

impl Config {
    /// Reads and validates `path`.
    pub fn load(path: &Path) -> Result<Config> {
        let text = files::read_text(path)?;
        Config::parse(path, &text)
    }

    /// Validates configuration `text` as if read from `path`.
    pub fn parse(path: &Path, text: &str) -> Result<Config> {
        let raw: RawConfig = toml::from_str(text)
            .map_err(|e| Error::config(path, format!("not a valid l10n.toml: {}", e.message())))?;
        let folder = path.parent().unwrap_or(Path::new("."));
        let folder = if folder.as_os_str().is_empty() {
            Path::new(".")
        } else {
            folder
        };
        let base = folder.join(raw.basepath.as_deref().unwrap_or("."));
        // `tools/..` and `./.` read badly in messages; the real folder reads well.
        let base = std::fs::canonicalize(&base).unwrap_or(base);
        if raw.paths.is_empty() {
            return Err(Error::config(
                path,
                "no [[paths]]; add one with `reference = \"locales/en-US/*.ftl\"` and \
                 `l10n = \"locales/{locale}/*.ftl\"`",
            ));
        }
        let mut paths = Vec::new();
        for entry in &raw.paths {
            let Some(reference) = &entry.reference else {
                return Err(Error::config(
                    path,
                    format!("[[paths]] with l10n = {:?} has no `reference`; Fluent files are monolingual and need one", entry.l10n),
                ));
            };
            let reference_pattern = PathPattern::parse(reference);
            let l10n_pattern = PathPattern::parse(&entry.l10n);
            if reference_pattern.prefix.contains('{') {
                return Err(Error::config(
                    path,
                    format!("reference = {reference:?} must not contain a variable"),
                ));
            }
            if !l10n_pattern.prefix.contains("{locale}") {
                return Err(Error::config(
                    path,
                    format!(
                        "l10n = {:?} must contain {{locale}} before its first wildcard",
                        entry.l10n
                    ),
                ));
            }
            if reference_pattern.rest != l10n_pattern.rest {
                return Err(Error::config(
                    path,
                    format!(
                        "reference = {reference:?} and l10n = {:?} must end in the same wildcard part ({:?} vs {:?})",
                        entry.l10n, reference_pattern.rest, l10n_pattern.rest
                    ),
                ));
            }
            if glob::Pattern::new(&reference_pattern.rest).is_err() {
                return Err(Error::config(
                    path,
                    format!("reference = {reference:?} is not a valid pattern"),
                ));
            }
            paths.push(PathPair {
                reference: reference_pattern,
                l10n: l10n_pattern,
            });
        }
        for name in raw.l10n.severity.keys() {
            if Rule::from_name(name).is_none() {
                let known: Vec<&str> = Rule::ALL.iter().map(|r| r.name()).collect();
                return Err(Error::config(
                    path,
                    format!(
                        "[l10n.severity] names an unknown rule `{name}`; rules are: {}",
                        known.join(", ")
                    ),
                ));
            }
        }
        for (locale, scripts) in &raw.l10n.scripts {
            for script in scripts {
                if !crate::check::script_names().any(|known| known == script) {
                    let known: Vec<&str> = crate::check::script_names().collect();
                    return Err(Error::config(
                        path,
                        format!(
                            "[l10n.scripts] gives {locale} the unknown script `{script}`; scripts are: {}",
                            known.join(", ")
                        ),
                    ));
                }
            }
        }
        if let Some(scheme) = &raw.l10n.message_scheme {
            if scheme != crate::check::SCHEME {
                return Err(Error::config(
                    path,
                    format!(
                        "message-scheme = {scheme:?} is unknown; the one scheme is {:?}",
                        crate::check::SCHEME
                    ),
                ));
            }
        }
        let reference = raw.l10n.reference_locale.clone();
        let locales = raw
            .locales
            .into_iter()
            .filter(|l| *l != reference)
            .collect();
        Ok(Config {
            path: path.to_owned(),
            base,
            locales,
            paths,
            settings: raw.l10n,
        })
    }

    /// Finds the configuration: `explicit` if given, else `l10n.toml` or `tools/l10n.toml`
    /// in the current folder or one of its ancestors, else the one next to this crate's
    /// manifest (how `cargo l10n` runs from a workspace).
    pub fn discover(explicit: Option<&Path>) -> Result<Config> {
        if let Some(path) = explicit {
            return Config::load(path);
        }
        if let Ok(cwd) = std::env::current_dir() {
            for dir in cwd.ancestors() {
                for candidate in [dir.join(CONFIG_NAME), dir.join("tools").join(CONFIG_NAME)] {
                    if candidate.is_file() {
                        return Config::load(&candidate);
                    }
                }
            }
        }
        let built_in = Path::new(env!("CARGO_MANIFEST_DIR")).join(CONFIG_NAME);
        if built_in.is_file() {
            return Config::load(&built_in);
        }
        Err(Error::Usage(format!(
            "no {CONFIG_NAME} found in this folder, its ancestors or their tools/ folders; \
             pass --config PATH"
        )))
    }

    /// The configured severity of `rule`, or `None` if it is off.
    pub fn severity(&self, rule: Rule) -> Option<Severity> {
        match self.settings.severity.get(rule.name()) {
            None => Some(rule.default_severity()),
            Some(Level::Error) => Some(Severity::Error),
            Some(Level::Warning) => Some(Severity::Warning),
            Some(Level::Info) => Some(Severity::Info),
            Some(Level::Off) => None,
        }
    }

    /// A path of the settings, resolved against the base path.
    pub fn resolve(&self, relative: &str) -> PathBuf {
        self.base.join(relative)
    }

    /// The reference locale's tag.
    pub fn reference_locale(&self) -> &str {
        &self.settings.reference_locale
    }

    /// How `path` is shown in findings: relative to the base path where it is below it.
    pub fn display(&self, path: &Path) -> String {
        let shown = path.strip_prefix(&self.base).unwrap_or(path);
        shown.to_string_lossy().replace('\\', "/")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config> {
        Config::parse(Path::new("tools/l10n.toml"), text)
    }

    const MINIMAL: &str = "basepath = \"..\"\nlocales = [\"de\", \"en-US\"]\n\
        [[paths]]\nreference = \"locales/en-US/*.ftl\"\nl10n = \"locales/{locale}/*.ftl\"\n";

    #[test]
    fn basepath_is_relative_to_the_config_file_and_the_reference_is_not_a_target() {
        let config = parse(MINIMAL).unwrap();
        assert_eq!(config.base, Path::new("tools/.."));
        assert_eq!(config.locales, ["de"]);
        assert_eq!(config.paths[0].reference.prefix, "locales/en-US");
        assert_eq!(config.paths[0].l10n.prefix, "locales/{locale}");
        assert_eq!(config.paths[0].l10n.rest, "*.ftl");
        assert!(config.paths[0].l10n.matches("http-status.ftl"));
        assert!(!config.paths[0].l10n.matches("GLOSSARY.md"));
        assert!(!config.paths[0].l10n.matches("sub/x.ftl"));
    }

    #[test]
    fn unknown_rules_and_settings_are_refused_with_the_list_of_rules() {
        let err = parse(&format!("{MINIMAL}[l10n.severity]\nstail = \"off\"\n")).unwrap_err();
        assert!(
            err.to_string()
                .contains("unknown rule `stail`; rules are: syntax"),
            "{err}"
        );
        let err = parse(&format!("{MINIMAL}[l10n]\nlokc = \"x\"\n")).unwrap_err();
        assert!(err.to_string().contains("unknown field `lokc`"), "{err}");
    }

    #[test]
    fn l10n_patterns_without_a_locale_or_with_another_ending_are_refused() {
        let err = parse("[[paths]]\nreference = \"en/*.ftl\"\nl10n = \"x/*.ftl\"\n").unwrap_err();
        assert!(err.to_string().contains("must contain {locale}"), "{err}");
        let err =
            parse("[[paths]]\nreference = \"en/*.ftl\"\nl10n = \"{locale}/**\"\n").unwrap_err();
        assert!(err.to_string().contains("same wildcard part"), "{err}");
    }
}
