//! What `check` reports: a [`Finding`] names its [`Rule`], [`Severity`], locale, file,
//! position and message ID.

use std::fmt;

use serde::Serialize;

/// How serious a finding is. `check` exits with 1 when any finding is an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Severity {
    /// Worth knowing; never fails.
    Info,
    /// Should be fixed; does not fail `check`.
    Warning,
    /// Must be fixed; fails `check`.
    Error,
}

impl Severity {
    /// `error`, `warning` or `info`.
    pub fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

macro_rules! rules {
    ($($variant:ident => $name:literal, $severity:ident, $doc:literal;)*) => {
        /// A check that `l10n check` runs. Each has a kebab-case name (used in output and in
        /// `[l10n.severity]` of `l10n.toml`) and a default severity.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum Rule {
            $(#[doc = $doc] $variant,)*
        }

        impl Rule {
            /// Every rule, in the order of the documentation.
            pub const ALL: &'static [Rule] = &[$(Rule::$variant,)*];

            /// The rule's name, such as `missing-message`.
            pub fn name(self) -> &'static str {
                match self { $(Rule::$variant => $name,)* }
            }

            /// The severity the rule has unless `l10n.toml` says otherwise.
            pub fn default_severity(self) -> Severity {
                match self { $(Rule::$variant => Severity::$severity,)* }
            }

            /// One line on what the rule finds.
            pub fn description(self) -> &'static str {
                match self { $(Rule::$variant => $doc,)* }
            }
        }
    };
}

rules! {
    Syntax => "syntax", Error, "The Fluent parser cannot read an entry (it becomes Junk).";
    ByteOrderMark => "byte-order-mark", Error, "The file starts with a byte order mark (BOM).";
    Tab => "tab", Error, "A line is indented with a tab; Fluent indents with spaces.";
    Crlf => "crlf", Error, "Windows line ends (CRLF); the project uses LF.";
    FinalNewline => "final-newline", Error, "The file does not end with a newline.";
    DuplicateId => "duplicate-id", Error, "A message or term ID is defined twice in one locale.";
    DuplicateAttribute => "duplicate-attribute", Error, "An attribute is defined twice in one message.";
    MissingFile => "missing-file", Warning, "A reference file has no counterpart in the locale.";
    MissingMessage => "missing-message", Warning, "A reference message is not translated.";
    MissingValue => "missing-value", Warning, "A translated message lacks the value the reference has.";
    MissingAttribute => "missing-attribute", Warning, "A translated message lacks an attribute the reference has.";
    ObsoleteFile => "obsolete-file", Warning, "A locale file has no reference file.";
    ObsoleteMessage => "obsolete-message", Error, "A locale message does not exist in the reference (the catalogue refuses unknown IDs).";
    ObsoleteValue => "obsolete-value", Error, "A translation has a value where the reference has only attributes.";
    ObsoleteAttribute => "obsolete-attribute", Error, "A translation has an attribute the reference does not have.";
    Variables => "variables", Error, "A variant drops, renames or adds a `{ $variable }` of the reference.";
    References => "references", Error, "A variant drops, renames or adds a term or message reference of the reference.";
    PluralCategories => "plural-categories", Warning, "A plural selection lacks a CLDR category the locale needs, or has one it never uses.";
    Markup => "markup", Error, "A translation contains markup (`<b>`, `&amp;`) that the reference does not.";
    BidiControl => "bidi-control", Error, "A text contains invisible bidi control characters (U+200E, U+202A..U+202E, U+2066..U+2069, ...).";
    IdenticalToEnglish => "identical-to-english", Error, "A translation equals the reference text and is not on the allow-list.";
    IdNaming => "id-naming", Error, "An ID is not lowercase kebab-case or lacks its file's prefix.";
    Stale => "stale", Warning, "The reference text changed since the translation was marked current (l10n.lock).";
    Scheme => "scheme", Error, "A message ID, attribute or variable that the catalogue's message scheme does not have (with `message-scheme`).";
    Order => "order", Error, "Messages are not in the reference's order.";
    Comments => "comments", Error, "A comment differs from the reference's (comments are kept unchanged, in the reference's language).";
    Script => "script", Error, "A letter outside the locale's script, or a Latin word that is not a kept word (with `[l10n.scripts]`).";
    Letters => "letters", Error, "A letter or word of a neighbouring language, or too few of the language's own letters.";
    Glossary => "glossary", Error, "A locale folder lacks its glossary (with `glossary`).";
    Unstamped => "unstamped", Warning, "A translation has no entry in l10n.lock yet; review it and run mark-current.";
}

impl Rule {
    /// The rule called `name`.
    ///
    /// ```
    /// use l10n::Rule;
    /// assert_eq!(Rule::from_name("stale"), Some(Rule::Stale));
    /// assert_eq!(Rule::from_name("nope"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<Rule> {
        Rule::ALL.iter().copied().find(|r| r.name() == name)
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for Rule {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

/// One problem found in the localization files.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Finding {
    /// The rule that found it.
    pub rule: Rule,
    /// Its severity, after `l10n.toml`'s overrides.
    pub severity: Severity,
    /// The locale of the file (the reference locale for problems in the reference).
    pub locale: String,
    /// The file, relative to the base path.
    pub file: String,
    /// 1-based line, where the problem has a place in the file.
    pub line: Option<u32>,
    /// 1-based column in characters.
    pub column: Option<u32>,
    /// The message ID, with `.attribute` where the problem is in one.
    pub id: Option<String>,
    /// What is wrong and what to do.
    pub message: String,
    /// Extra context for the text output, such as where the reference defines a message.
    #[serde(skip)]
    pub note: Option<String>,
}

/// Counts of findings by severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Summary {
    /// Number of errors.
    pub errors: usize,
    /// Number of warnings.
    pub warnings: usize,
    /// Number of infos.
    pub infos: usize,
}

impl Summary {
    /// Counts `findings`.
    pub fn of(findings: &[Finding]) -> Summary {
        let mut summary = Summary::default();
        for finding in findings {
            match finding.severity {
                Severity::Error => summary.errors += 1,
                Severity::Warning => summary.warnings += 1,
                Severity::Info => summary.infos += 1,
            }
        }
        summary
    }
}
