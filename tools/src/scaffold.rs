//! `new-locale`: a folder for a new locale with every reference file, comments kept and
//! messages commented out, so that they count as missing (not as English) until
//! translated; the locale is added to `l10n.toml` and tracked in the lock.

use std::path::PathBuf;

use toml_edit::{DocumentMut, Value};

use crate::config::Config;
use crate::error::{Error, Result};
use crate::files;
use crate::layout::Layout;
use crate::stamp;
use crate::tag;

/// A reference file with every line of a message or term commented out (`# ` in front);
/// comments and blank lines stay as they are.
///
/// ```
/// let text = "## Group\n\n# Note.\nhello = Hello\n    .title = Hi\n";
/// assert_eq!(
///     l10n::scaffold::comment_out(text),
///     "## Group\n\n# Note.\n# hello = Hello\n#     .title = Hi\n"
/// );
/// ```
pub fn comment_out(reference: &str) -> String {
    let reference = reference.strip_prefix('\u{feff}').unwrap_or(reference);
    let mut out = String::with_capacity(reference.len() + reference.len() / 8);
    for line in reference.split_inclusive('\n') {
        if line.trim().is_empty() || line.starts_with('#') {
            out.push_str(line);
        } else {
            out.push_str("# ");
            out.push_str(line);
        }
    }
    out
}

fn glossary(tag: &str, reference: &str) -> String {
    format!(
        "# Glossary: {tag}\n\n\
         The terms this locale uses, so that every text says the same thing the same way.\n\
         Keep it up to date when you choose a term.\n\n\
         | {reference} term | {tag} term | note |\n\
         |---|---|---|\n\
         | server | | |\n\
         | request | | |\n\
         | (how visitors are addressed) | | |\n"
    )
}

/// What `new-locale` created.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
#[non_exhaustive]
pub struct Created {
    /// The locale.
    pub locale: String,
    /// The files written.
    pub files: Vec<String>,
}

/// Scaffolds locale `tag`.
pub fn new_locale(config: &Config, tag: &str) -> Result<Created> {
    let tag = tag::validate(tag).map_err(Error::Usage)?;
    if tag == config.reference_locale() {
        return Err(Error::Usage(format!("{tag} is the reference locale")));
    }
    if config.locales.contains(&tag) {
        return Err(Error::Usage(format!(
            "{tag} is already a locale of {}",
            config.path.display()
        )));
    }
    let layout = Layout::new(config, None);
    let references = layout.reference_files()?;
    if references.is_empty() {
        return Err(Error::Usage(
            "the reference has no .ftl files to scaffold from".to_owned(),
        ));
    }
    let mut planned: Vec<(PathBuf, String)> = Vec::new();
    for reference in &references {
        let target = layout.locale_file(&tag, reference);
        if target.path.exists() {
            return Err(Error::Usage(format!(
                "{} already exists; new-locale does not overwrite translations",
                target.display
            )));
        }
        let text = files::read_text(&reference.path)?;
        planned.push((target.path, comment_out(&text)));
    }
    let mut created = Created {
        locale: tag.clone(),
        files: Vec::new(),
    };
    for (path, text) in &planned {
        files::write_atomic(path, text)?;
        created.files.push(config.display(path));
    }
    let folder = layout.locale_dir(&config.paths[references[0].pair], &tag);
    let glossary_path = folder.join("GLOSSARY.md");
    if !glossary_path.exists() {
        files::write_atomic(&glossary_path, &glossary(&tag, config.reference_locale()))?;
        created.files.push(config.display(&glossary_path));
    }
    add_to_config(config, &tag)?;
    created.files.push(config.display(&config.path));
    stamp::track(config, &tag)?;
    if let Some(lock) = &config.settings.lock {
        created.files.push(lock.clone());
    }
    Ok(created)
}

/// Inserts `tag` into the `locales` array of the configuration file, in sorted position,
/// keeping the file's comments and layout.
pub fn add_to_config(config: &Config, tag: &str) -> Result<()> {
    let text = files::read_text(&config.path)?;
    let mut document: DocumentMut = text
        .parse()
        .map_err(|e| Error::config(&config.path, format!("cannot edit it: {e}")))?;
    let item = document
        .entry("locales")
        .or_insert(toml_edit::value(toml_edit::Array::new()));
    let Some(array) = item.as_array_mut() else {
        return Err(Error::config(&config.path, "`locales` is not an array"));
    };
    let position = array
        .iter()
        .position(|v| v.as_str().is_some_and(|s| s > tag))
        .unwrap_or(array.len());
    let prefixes: Vec<String> = array
        .iter()
        .map(|v| {
            v.decor()
                .prefix()
                .and_then(|p| p.as_str())
                .unwrap_or("")
                .to_owned()
        })
        .collect();
    let one_per_line = prefixes.iter().any(|p| p.contains('\n'));
    let mut value = Value::from(tag);
    if one_per_line {
        let neighbour = prefixes
            .get(position.min(prefixes.len().saturating_sub(1)))
            .cloned()
            .unwrap_or_else(|| "\n    ".to_owned());
        value.decor_mut().set_prefix(neighbour);
    } else if position == 0 {
        value.decor_mut().set_prefix("");
        if let Some(first) = array.get_mut(0) {
            first.decor_mut().set_prefix(" ");
        }
    } else {
        value.decor_mut().set_prefix(" ");
    }
    array.insert_formatted(position, value);
    files::write_atomic(&config.path, &document.to_string())
}
