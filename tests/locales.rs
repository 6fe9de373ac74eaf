//! The shipped `.ftl` files, beyond what the translators' tool checks. `cargo l10n check`
//! holds every rule on the files themselves (syntax, completeness, order and comments,
//! the library's message scheme, placeables, scripts and letters, bidi controls, text
//! left in English, glossaries), and `tools/tests/shipped.rs` runs it on the shipped
//! tree; the bake (`tests/baked.rs`) loads every file through the catalogue's own
//! validation. What stays here: the allow-list names real values, Japanese and Korean
//! sentences are written with kana and hangul, and README lists every locale.

use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

/// Every shipped locale folder's tag.
fn shipped_tags() -> Vec<String> {
    let mut tags: Vec<String> = fs::read_dir(locales_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .map(|p| p.file_name().unwrap().to_str().unwrap().to_owned())
        .collect();
    tags.sort();
    tags
}

fn ftl_files(tag: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(locales_dir().join(tag))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    files
}

/// A message's texts: `""` for the value, `"description"` etc. for attributes, each with
/// the text of its TextElements only (placeables are listed separately).
#[derive(Debug, Default)]
struct Message {
    parts: BTreeMap<String, String>,
    placeables: BTreeMap<String, Vec<String>>,
    comment: Option<String>,
}

struct Parsed {
    messages: BTreeMap<String, Message>,
    order: Vec<String>,
    comments: Vec<String>,
}

fn pattern_parts(pattern: &ast::Pattern<&str>) -> (String, Vec<String>) {
    let mut text = String::new();
    let mut placeables = Vec::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => text.push_str(value),
            ast::PatternElement::Placeable { expression } => {
                placeables.push(format!("{expression:?}"));
                text.push_str("{}");
            }
        }
    }
    (text, placeables)
}

/// Parses with fluent-syntax's full parser; any error or Junk fails the test.
fn parse_file(path: &Path) -> Parsed {
    let source = fs::read_to_string(path).unwrap();
    let resource = match fluent_syntax::parser::parse(source.as_str()) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("{}: parse errors: {errors:?}", path.display()),
    };
    let mut parsed = Parsed {
        messages: BTreeMap::new(),
        order: Vec::new(),
        comments: Vec::new(),
    };
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let mut message = Message {
                    comment: m.comment.as_ref().map(|c| c.content.join("\n")),
                    ..Message::default()
                };
                if let Some(value) = &m.value {
                    let (text, placeables) = pattern_parts(value);
                    message.parts.insert(String::new(), text);
                    message.placeables.insert(String::new(), placeables);
                }
                for attribute in &m.attributes {
                    let (text, placeables) = pattern_parts(&attribute.value);
                    message.parts.insert(attribute.id.name.to_owned(), text);
                    message
                        .placeables
                        .insert(attribute.id.name.to_owned(), placeables);
                }
                if let Some(comment) = &message.comment {
                    parsed.comments.push(comment.clone());
                }
                parsed.order.push(m.id.name.to_owned());
                assert!(
                    parsed
                        .messages
                        .insert(m.id.name.to_owned(), message)
                        .is_none(),
                    "{}: duplicate {}",
                    path.display(),
                    m.id.name
                );
            }
            ast::Entry::Junk { content } => panic!("{}: Junk: {content}", path.display()),
            ast::Entry::Comment(c)
            | ast::Entry::GroupComment(c)
            | ast::Entry::ResourceComment(c) => parsed.comments.push(c.content.join("\n")),
            ast::Entry::Term(_) => {}
        }
    }
    parsed
}

fn file_name(path: &Path) -> String {
    path.file_name().unwrap().to_str().unwrap().to_owned()
}

/// `(tag, id or id.attr)` pairs allowed to equal en-US.
fn identical_allow_list() -> HashSet<(String, String)> {
    include_str!("data/identical-to-english.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (tag, id) = l.split_once(' ').unwrap();
            (tag.to_owned(), id.trim().to_owned())
        })
        .collect()
}

fn key(id: &str, part: &str) -> String {
    if part.is_empty() {
        id.to_owned()
    } else {
        format!("{id}.{part}")
    }
}

#[test]
fn the_identical_allow_list_names_only_real_values() {
    for (tag, id) in identical_allow_list() {
        let (id, part) = id.split_once('.').unwrap_or((&id, ""));
        let found = ftl_files(&tag).iter().any(|file| {
            parse_file(file)
                .messages
                .get(id)
                .is_some_and(|m| m.parts.contains_key(part))
        });
        assert!(
            found,
            "allow-list names {tag} {id}.{part}, which does not exist"
        );
    }
}

fn all_texts(tag: &str) -> Vec<(String, String)> {
    let mut texts = Vec::new();
    for file in ftl_files(tag) {
        for (id, message) in parse_file(&file).messages {
            for (part, text) in message.parts {
                texts.push((format!("{}: {}", file_name(&file), key(&id, &part)), text));
            }
        }
    }
    texts
}

/// Whether `c` is kana (Japanese) or a hangul syllable or jamo (Korean).
fn is_kana(c: char) -> bool {
    ('\u{3040}'..='\u{30FF}').contains(&c)
}

fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7AF}').contains(&c)
        || ('\u{1100}'..='\u{11FF}').contains(&c)
        || ('\u{3130}'..='\u{318F}').contains(&c)
}

#[test]
fn japanese_sentences_have_kana_and_korean_texts_have_hangul() {
    type IsScript = fn(char) -> bool;
    let checks: [(&str, IsScript); 2] = [("ja", is_kana), ("ko", is_hangul)];
    for (tag, script) in checks {
        for (place, text) in all_texts(tag) {
            let is_sentence = !place.ends_with("http-200") && text.chars().count() > 12;
            if is_sentence {
                assert!(text.chars().any(script), "{tag} {place}: {text:?}");
            }
        }
    }
}

#[test]
fn readme_lists_every_shipped_locale_with_its_coverage() {
    let readme = include_str!("../README.md");
    for tag in shipped_tags() {
        let row = format!("| `{tag}` |");
        let line = readme
            .lines()
            .find(|l| l.starts_with(&row))
            .unwrap_or_else(|| panic!("README does not list {tag}"));
        assert!(line.ends_with("| 100% |"), "{line}");
    }
}
