//! Validating a locale tag for a new locale folder, with the library's own
//! canonicalization (`http_status_i18n::canonicalize`), so that the tool never accepts a
//! folder name the catalogue could not serve.

use http_status_i18n::canonicalize;

/// Checks that `tag` is a BCP 47 language tag in the canonical form a locale folder must
/// have: the form [`canonicalize`] gives (CLDR casing and aliases, no extensions, `nb` for
/// `no`). The error says what to write.
///
/// ```
/// assert_eq!(l10n::tag::validate("pt-BR"), Ok("pt-BR".to_owned()));
/// assert!(l10n::tag::validate("pt_br").unwrap_err().contains("`pt-BR`"));
/// assert!(l10n::tag::validate("iw").unwrap_err().contains("`he`"));
/// assert!(l10n::tag::validate("de-u-co-phonebk").is_err());
/// assert!(l10n::tag::validate("und-Latn").is_err());
/// assert!(l10n::tag::validate("not a tag").is_err());
/// ```
pub fn validate(tag: &str) -> Result<String, String> {
    let Some(canonical) = canonicalize(tag) else {
        return Err(format!(
            "`{tag}` is not a BCP 47 language tag that names a language; use one such as \
             `de`, `pt-BR` or `sr-Latn`"
        ));
    };
    if canonical != tag {
        return Err(format!(
            "write `{tag}` as `{canonical}`, the canonical form"
        ));
    }
    Ok(canonical)
}
