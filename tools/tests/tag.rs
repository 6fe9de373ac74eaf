//! The tool's tag check and the library's `canonicalize` agree: a folder name the tool
//! accepts is one the catalogue serves, and the form the tool asks for is the library's.

use http_status_i18n::canonicalize;

fn tags() -> Vec<String> {
    let mut tags: Vec<String> = [
        "de",
        "pt-BR",
        "sr-Latn",
        "zh-Hant-HK",
        "es-419",
        "nb",
        "fil",
        "en-US",
        "und",
        "und-Latn",
        "und-AX",
        "und-419",
        "und-Latn-DE",
        "iw",
        "in",
        "ji",
        "jw",
        "no",
        "no-NO",
        "tl",
        "sh",
        "mo",
        "cnr",
        "zh-guoyu",
        "art-lojban",
        "sgn-BR",
        "hy-arevela",
        "zh_CN",
        "zh_CN.UTF-8",
        "sr_RS@latin",
        "C",
        "POSIX",
        "de-u-co-phonebk",
        "en-x-private",
        "x-klingon",
        "i-klingon",
        "",
        " ",
        "not a tag",
        "en--US",
        "EN-us",
        "ZH-hant-hk",
        "de-DE-1996",
        "de-1996-1901",
        "en-GB-oed",
        "ä",
        "a",
        "english",
        "de-BU",
        "en-SU",
        "hy-SU",
        "qaa",
        "zh-yue",
        "de-t-ja",
    ]
    .map(String::from)
    .to_vec();
    // Every shipped locale, and every two-letter language with and without a region.
    tags.extend(
        http_status_i18n::Catalog::embedded()
            .locales()
            .map(|l| l.tag().to_owned()),
    );
    for a in b'a'..=b'z' {
        for b in b'a'..=b'z' {
            let language = String::from_utf8_lossy(&[a, b]).into_owned();
            tags.push(format!("{language}-DE"));
            tags.push(language);
        }
    }
    tags
}

#[test]
fn the_tool_accepts_exactly_the_tags_canonicalize_leaves_unchanged() {
    let mut checked = 0;
    for tag in tags() {
        let canonical = canonicalize(&tag);
        match l10n::tag::validate(&tag) {
            Ok(accepted) => {
                assert_eq!(Some(&accepted), canonical.as_ref(), "{tag}");
                assert_eq!(accepted, tag);
            }
            Err(message) => {
                assert_ne!(canonical.as_deref(), Some(tag.as_str()), "{tag}: {message}");
                if let Some(canonical) = canonical {
                    assert!(
                        message.contains(&format!("`{canonical}`")),
                        "{tag}: {message}"
                    );
                }
            }
        }
        checked += 1;
    }
    assert!(checked > 1_000);
}

#[test]
fn und_tags_are_refused_as_the_library_refuses_them() {
    for tag in ["und", "und-Latn", "und-AX", "und-419"] {
        assert!(canonicalize(tag).is_none(), "{tag}");
        assert!(l10n::tag::validate(tag).is_err(), "{tag}");
    }
}
