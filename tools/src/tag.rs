//! Validating a locale tag for a new locale folder, with ICU4X (the CLDR data the
//! catalogue resolves tags with).

use icu_locale::{Locale, LocaleCanonicalizer};

/// Checks that `tag` is a BCP 47 language tag in the canonical form a locale folder must
/// have: no extensions, CLDR casing, no deprecated codes. The error says what to write.
///
/// ```
/// assert_eq!(l10n::tag::validate("pt-BR"), Ok("pt-BR".to_owned()));
/// assert!(l10n::tag::validate("pt_br").unwrap_err().contains("`pt-BR`"));
/// assert!(l10n::tag::validate("iw").unwrap_err().contains("`he`"));
/// assert!(l10n::tag::validate("de-u-co-phonebk").is_err());
/// assert!(l10n::tag::validate("not a tag").is_err());
/// ```
pub fn validate(tag: &str) -> Result<String, String> {
    let normalized = tag.replace('_', "-");
    let mut locale = Locale::try_from_str(&normalized).map_err(|_| {
        format!("`{tag}` is not a BCP 47 language tag; use one such as `de`, `pt-BR` or `sr-Latn`")
    })?;
    if !locale.extensions.is_empty() {
        return Err(format!(
            "`{tag}` has extensions (`-u-`, `-t-`, `-x-`); a locale folder is named by \
             language, script and region only, such as `{}`",
            locale.id
        ));
    }
    LocaleCanonicalizer::new_common().canonicalize(&mut locale);
    let mut canonical = locale.to_string();
    // The catalogue reads Norwegian `no` as Bokmål, and so must the folder name.
    if canonical == "no" || canonical.starts_with("no-") {
        canonical = format!("nb{}", &canonical[2..]);
    }
    if canonical == "und" {
        return Err(format!("`{tag}` names no language"));
    }
    if canonical != tag {
        return Err(format!(
            "write `{tag}` as `{canonical}`, the canonical form"
        ));
    }
    Ok(canonical)
}
