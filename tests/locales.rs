//! The shipped `.ftl` files: they parse, en-US is complete for the registry, every other
//! locale is complete against en-US, nothing is left in English, and every locale is
//! written in its own script.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use http_status_i18n::{registry, Catalog, Class};

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

#[test]
fn every_shipped_ftl_file_parses_without_errors_or_junk() {
    for tag in shipped_tags() {
        for file in ftl_files(&tag) {
            let source = fs::read_to_string(&file).unwrap();
            assert!(!source.starts_with('\u{feff}'), "{}: BOM", file.display());
            assert!(!source.contains('\r'), "{}: CR", file.display());
            assert!(!source.contains('\t'), "{}: TAB", file.display());
            assert!(
                source.ends_with('\n'),
                "{}: no final newline",
                file.display()
            );
            parse_file(&file);
        }
    }
}

#[test]
fn every_shipped_file_loads_through_the_catalogue_validation() {
    for tag in shipped_tags() {
        for path in ftl_files(&tag) {
            let source = fs::read_to_string(&path).unwrap();
            if let Err(err) = Catalog::builder().add_ftl(&tag, source).build() {
                panic!("{}: {err}", path.display());
            }
        }
    }
}

#[test]
fn locale_folders_are_named_by_canonical_tags() {
    for tag in shipped_tags() {
        assert_eq!(
            http_status_i18n::canonicalize(&tag).as_deref(),
            Some(tag.as_str()),
            "folder locales/{tag} is not a canonical tag"
        );
    }
}

#[test]
fn en_us_has_title_and_description_for_every_code_and_class_and_advice_for_errors() {
    let parsed = parse_file(&locales_dir().join("en-US/http-status.ftl"));
    let mut ids: Vec<(String, bool)> = registry::STATUS_CODES
        .iter()
        .map(|info| (format!("http-{}", info.code), info.code >= 400))
        .collect();
    for class in Class::ALL {
        ids.push((
            class.message_id().to_owned(),
            matches!(class, Class::ClientError | Class::ServerError),
        ));
    }
    ids.push(("http-unknown".to_owned(), true));
    for (id, needs_advice) in &ids {
        let message = parsed
            .messages
            .get(id)
            .unwrap_or_else(|| panic!("en-US lacks {id}"));
        for part in ["", "description"] {
            let text = message.parts.get(part).map(|t| t.trim()).unwrap_or("");
            assert!(!text.is_empty(), "en-US {id} lacks {part:?}");
        }
        if *needs_advice {
            assert!(
                message.parts.contains_key("advice"),
                "en-US {id} lacks advice"
            );
        }
        assert!(
            message.comment.is_some(),
            "en-US {id} has no translator comment"
        );
    }
    assert_eq!(
        parsed.messages.len(),
        ids.len(),
        "en-US has messages the registry lacks"
    );
}

#[test]
fn en_us_status_texts_carry_no_variables() {
    let parsed = parse_file(&locales_dir().join("en-US/http-status.ftl"));
    for (id, message) in &parsed.messages {
        for (part, placeables) in &message.placeables {
            assert!(placeables.is_empty(), "{id}.{part} has placeables");
        }
    }
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
fn every_locale_is_complete_in_order_with_the_same_comments_and_variables() {
    let reference_dir = locales_dir().join("en-US");
    for tag in shipped_tags().into_iter().filter(|t| t != "en-US") {
        for reference in ftl_files("en-US") {
            let name = file_name(&reference);
            let path = locales_dir().join(&tag).join(&name);
            assert!(path.exists(), "{tag} lacks {name}");
            let theirs = parse_file(&path);
            let ours = parse_file(&reference_dir.join(&name));
            for (id, message) in &ours.messages {
                let translated = theirs
                    .messages
                    .get(id)
                    .unwrap_or_else(|| panic!("{tag}/{name}: missing {id}"));
                for part in message.parts.keys() {
                    let text = translated.parts.get(part).map(|t| t.trim()).unwrap_or("");
                    assert!(!text.is_empty(), "{tag}/{name}: missing {}", key(id, part));
                    assert_eq!(
                        translated.placeables.get(part),
                        message.placeables.get(part),
                        "{tag}/{name}: {} changes the placeables",
                        key(id, part)
                    );
                }
                for part in translated.parts.keys() {
                    assert!(
                        message.parts.contains_key(part),
                        "{tag}/{name}: {} is not in en-US",
                        key(id, part)
                    );
                }
            }
            for id in theirs.messages.keys() {
                assert!(
                    ours.messages.contains_key(id),
                    "{tag}/{name}: obsolete {id}"
                );
            }
            assert_eq!(theirs.order, ours.order, "{tag}/{name}: message order");
            assert_eq!(
                theirs.comments, ours.comments,
                "{tag}/{name}: comments differ"
            );
        }
        assert!(
            locales_dir().join(&tag).join("GLOSSARY.md").exists(),
            "{tag} has no GLOSSARY.md"
        );
    }
}

#[test]
fn no_translation_is_identical_to_english_outside_the_allow_list() {
    let allow = identical_allow_list();
    for reference in ftl_files("en-US") {
        let name = file_name(&reference);
        let ours = parse_file(&reference);
        for tag in shipped_tags().into_iter().filter(|t| t != "en-US") {
            let theirs = parse_file(&locales_dir().join(&tag).join(&name));
            for (id, message) in &ours.messages {
                for (part, english) in &message.parts {
                    let Some(text) = theirs.messages.get(id).and_then(|m| m.parts.get(part)) else {
                        continue;
                    };
                    let always_allowed = ["OK", "IM Used"].contains(&english.trim());
                    let listed = allow.contains(&(tag.clone(), key(id, part)));
                    assert!(
                        text.trim() != english.trim() || always_allowed || listed,
                        "{tag}/{name}: {} is still English: {english:?}",
                        key(id, part)
                    );
                }
            }
        }
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

#[derive(Debug, Clone, Copy, PartialEq)]
enum Script {
    Latin,
    Cyrillic,
    Greek,
    Arabic,
    Hebrew,
    Devanagari,
    Thai,
    Han,
    Kana,
    Hangul,
    Bengali,
    Gurmukhi,
    Gujarati,
    Tamil,
    Telugu,
    Kannada,
    Malayalam,
    Georgian,
    Armenian,
}

fn script_of(c: char) -> Option<Script> {
    let u = c as u32;
    Some(match u {
        0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x2AF | 0x1E00..=0x1EFF => Script::Latin,
        0x400..=0x4FF => Script::Cyrillic,
        0x370..=0x3FF | 0x1F00..=0x1FFF => Script::Greek,
        0x600..=0x6FF | 0x750..=0x77F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => Script::Arabic,
        0x590..=0x5FF => Script::Hebrew,
        0x900..=0x97F => Script::Devanagari,
        0xE00..=0xE7F => Script::Thai,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0x3005 => Script::Han,
        0x3040..=0x30FF => Script::Kana,
        0xAC00..=0xD7AF | 0x1100..=0x11FF | 0x3130..=0x318F => Script::Hangul,
        0x980..=0x9FF => Script::Bengali,
        0xA00..=0xA7F => Script::Gurmukhi,
        0xA80..=0xAFF => Script::Gujarati,
        0xB80..=0xBFF => Script::Tamil,
        0xC00..=0xC7F => Script::Telugu,
        0xC80..=0xCFF => Script::Kannada,
        0xD00..=0xD7F => Script::Malayalam,
        0x10A0..=0x10FF | 0x1C90..=0x1CBF => Script::Georgian,
        0x530..=0x58F => Script::Armenian,
        _ => return None,
    })
}

fn scripts_for(tag: &str) -> &'static [Script] {
    match tag {
        "zh-CN" | "zh-TW" | "zh-HK" => &[Script::Han],
        "ja" => &[Script::Han, Script::Kana],
        "ko" => &[Script::Hangul],
        "ru" | "uk" | "sr" | "bg" | "kk" => &[Script::Cyrillic],
        "el" => &[Script::Greek],
        "ar" | "fa" | "ur" => &[Script::Arabic],
        "he" => &[Script::Hebrew],
        "hi" | "mr" => &[Script::Devanagari],
        "bn" => &[Script::Bengali],
        "pa" => &[Script::Gurmukhi],
        "gu" => &[Script::Gujarati],
        "ta" => &[Script::Tamil],
        "te" => &[Script::Telugu],
        "kn" => &[Script::Kannada],
        "ml" => &[Script::Malayalam],
        "ka" => &[Script::Georgian],
        "hy" => &[Script::Armenian],
        "th" => &[Script::Thai],
        _ => &[Script::Latin],
    }
}

/// Latin words that every language keeps: protocol and format names, header-name parts,
/// methods, vendors and products. Anything else in Latin letters in a locale of another
/// script is a leftover.
const KEPT_LATIN_WORDS: &[&str] = &[
    "HTTP",
    "HTTPS",
    "https",
    "URI",
    "URL",
    "TLS",
    "SSL",
    "TCP",
    "DNS",
    "IP",
    "XML",
    "API",
    "RFC",
    "WebDAV",
    "WebSocket",
    "GET",
    "HEAD",
    "POST",
    "Location",
    "Range",
    "Accept",
    "Content",
    "Type",
    "Encoding",
    "Length",
    "Retry",
    "After",
    "Allow",
    "Upgrade",
    "Expect",
    "If",
    "Match",
    "Unmodified",
    "Since",
    "WWW",
    "Authenticate",
    "Proxy",
    "Link",
    "Depth",
    "Cloudflare",
    "nginx",
    "Microsoft",
    "IIS",
    "Windows",
    "Twitter",
    "Apache",
    "cPanel",
    "Wi",
    "Fi",
    "OK",
    "IM",
    "Cookie",
    "Cookies",
    "cookies",
];

/// Runs of ASCII letters and digits in `text`.
fn latin_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
}

/// `1xxx`, `5xx`: a digit followed by x's names a range of codes.
fn is_code_range(word: &str) -> bool {
    let rest = word.trim_start_matches(|c: char| c.is_ascii_digit());
    rest.len() < word.len() && !rest.is_empty() && rest.chars().all(|c| c == 'x')
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

#[test]
fn every_locale_is_written_in_its_own_script() {
    for tag in shipped_tags() {
        let allowed = scripts_for(&tag);
        let non_latin = !allowed.contains(&Script::Latin);
        for (place, text) in all_texts(&tag) {
            if non_latin {
                for word in latin_words(&text) {
                    assert!(
                        KEPT_LATIN_WORDS.contains(&word) || is_code_range(word),
                        "{tag} {place}: Latin word {word:?} in {text:?}"
                    );
                }
            }
            for c in text.chars().filter(|c| c.is_alphabetic()) {
                let script = script_of(c);
                let ok = match script {
                    Some(Script::Latin) => {
                        non_latin.then_some(()).is_some() || allowed.contains(&Script::Latin)
                    }
                    Some(s) => allowed.contains(&s),
                    None => false,
                };
                assert!(
                    ok,
                    "{tag} {place}: {c:?} ({script:?}) does not belong in {text:?}"
                );
            }
        }
    }
}

#[test]
fn japanese_sentences_have_kana_and_korean_texts_have_hangul() {
    for (tag, script) in [("ja", Script::Kana), ("ko", Script::Hangul)] {
        if !shipped_tags().contains(&tag.to_owned()) {
            continue;
        }
        for (place, text) in all_texts(tag) {
            let is_sentence = !place.ends_with("http-200") && text.chars().count() > 12;
            if is_sentence {
                assert!(
                    text.chars().any(|c| script_of(c) == Some(script)),
                    "{tag} {place}: no {script:?} in {text:?}"
                );
            }
        }
    }
}

/// Characters that exist only in Simplified Chinese (their Traditional forms differ), among
/// those that technical texts use.
const SIMPLIFIED_ONLY: &str = "这们为务网络请应浏览录缓连线档资错误时间问题无数据页访认证过长执处试协议设实现响头码终户区关开动态类传输断压缩给让还进选择样与对会没个从将当经况确写读变产单体书图东车见说话语识记计许论项须预顾华专业发给导达迁运远适递释钟钥铁锁键门闭闲阅队际险随难电络绝统继续维缘编缩网罗职联脑节获装规视觉订讨训讯讲评识诉词译诗诚询详谁调谈谢负贡财责败货质购贴费赏赛赞转轮软轻载较辅辑输边齐";

/// Characters that exist only in Traditional Chinese, among those that technical texts use.
const TRADITIONAL_ONLY: &str = "這們為務網絡請應瀏覽錄緩連線檔資錯誤時間問題無數據頁訪認證過長執處試協議設實現響頭碼終戶區關開動態類傳輸斷壓縮給讓還進選擇樣與對會沒個從將當經況確寫讀變產單體書圖東車見說話語識記計許論項須預顧華專業發導達遷運遠適遞釋鐘鑰鐵鎖鍵門閉閒閱隊際險隨難電絕統繼續維緣編羅職聯腦節獲裝規視覺訂討訓訊講評訴詞譯詩誠詢詳誰調談謝負貢財責敗貨質購貼費賞賽讚轉輪軟輕載較輔輯輸邊齊";

#[test]
fn zh_tw_is_traditional_and_zh_cn_is_simplified() {
    for (tag, forbidden, what) in [
        ("zh-TW", SIMPLIFIED_ONLY, "Simplified-only"),
        ("zh-HK", SIMPLIFIED_ONLY, "Simplified-only"),
        ("zh-CN", TRADITIONAL_ONLY, "Traditional-only"),
    ] {
        if !shipped_tags().contains(&tag.to_owned()) {
            continue;
        }
        for (place, text) in all_texts(tag) {
            let found: BTreeSet<char> = text.chars().filter(|c| forbidden.contains(*c)).collect();
            assert!(
                found.is_empty(),
                "{tag} {place}: {what} characters {found:?} in {text:?}"
            );
        }
    }
}

#[test]
fn ukrainian_and_russian_use_their_own_letters() {
    let uk_only = ['і', 'ї', 'є', 'ґ'];
    let ru_only = ['ы', 'э', 'ъ', 'ё'];
    for (tag, forbidden) in [("uk", ru_only), ("ru", uk_only)] {
        if !shipped_tags().contains(&tag.to_owned()) {
            continue;
        }
        for (place, text) in all_texts(tag) {
            let lower = text.to_lowercase();
            assert!(
                !forbidden.iter().any(|c| lower.contains(*c)),
                "{tag} {place}: letters of the other language in {text:?}"
            );
        }
    }
}

#[test]
fn urdu_uses_urdu_letters_not_arabic_ones() {
    if !shipped_tags().contains(&"ur".to_owned()) {
        return;
    }
    for (place, text) in all_texts("ur") {
        // Urdu writes ی/ے, ک and ہ/ھ where Arabic has ي, ك, ه and ة.
        let arabic: Vec<char> = text.chars().filter(|c| "يكهةى".contains(*c)).collect();
        assert!(
            arabic.is_empty(),
            "ur {place}: Arabic letters {arabic:?} in {text:?}"
        );
    }
}

#[test]
fn bulgarian_and_kazakh_use_their_own_letters() {
    // Russian letters that Bulgarian does not have; Kazakh keeps its own letters
    // (ә ғ қ ң ө ұ ү һ і) and the locale must use them.
    for (tag, forbidden) in [("bg", "ыэё"), ("kk", "ё")] {
        if !shipped_tags().contains(&tag.to_owned()) {
            continue;
        }
        for (place, text) in all_texts(tag) {
            let lower = text.to_lowercase();
            assert!(
                !forbidden.chars().any(|c| lower.contains(c)),
                "{tag} {place}: Russian letters in {text:?}"
            );
        }
    }
    if shipped_tags().contains(&"kk".to_owned()) {
        let all: String = all_texts("kk").into_iter().map(|(_, t)| t).collect();
        // Kazakh writes its own letters; a text without most of them is Russian.
        let own = "әғқңөұүһі"
            .chars()
            .filter(|c| all.to_lowercase().contains(*c))
            .count();
        assert!(own >= 7, "kk uses only {own} of the Kazakh letters");
    }
}

#[test]
fn marathi_is_not_written_with_hindi_forms() {
    if !shipped_tags().contains(&"mr".to_owned()) {
        return;
    }
    // Hindi's copula and negation; Marathi says आहे and नाही.
    for (place, text) in all_texts("mr") {
        for hindi in ["है", "हैं", "नहीं", "किया"] {
            let word = text
                .split(|c: char| !c.is_alphanumeric() && !"\u{93c}\u{94d}".contains(c))
                .any(|w| w == hindi);
            assert!(!word, "mr {place}: Hindi form {hindi:?} in {text:?}");
        }
    }
}

#[test]
fn persian_uses_persian_letters_not_arabic_ones() {
    if !shipped_tags().contains(&"fa".to_owned()) {
        return;
    }
    for (place, text) in all_texts("fa") {
        assert!(
            !text.contains('ي') && !text.contains('ك'),
            "fa {place}: Arabic yeh or kaf in {text:?}; Persian uses ی and ک"
        );
    }
}

#[test]
fn no_file_contains_bidi_control_characters() {
    let controls = [
        '\u{200E}', '\u{200F}', '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}',
        '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}', '\u{061C}',
    ];
    for tag in shipped_tags() {
        for file in ftl_files(&tag) {
            let source = fs::read_to_string(&file).unwrap();
            for (line, text) in source.lines().enumerate() {
                assert!(
                    !text.contains(controls),
                    "{}:{}: bidi control character",
                    file.display(),
                    line + 1
                );
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
