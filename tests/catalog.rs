//! Lookups, class fallback, hostile input, concurrency and overrides.

use std::sync::{Arc, Barrier};

use http_status_i18n::{
    advice, describe, registry, title, Catalog, Class, LoadError, LoadErrorKind,
};

#[test]
fn every_code_has_a_title_and_description_in_every_shipped_locale() {
    let catalog = Catalog::embedded();
    for locale in catalog.locales() {
        for info in registry::STATUS_CODES {
            let entry = locale.lookup(info.code).unwrap();
            assert!(!entry.is_class_fallback(), "{} {}", locale, info.code);
            // Shipped locales are complete: nothing falls back to another locale.
            assert_eq!(entry.locale(), locale.tag(), "{} {}", locale, info.code);
            assert_eq!(entry.description_locale(), locale.tag());
            assert!(!entry.title().is_empty() && !entry.description().is_empty());
            if info.code >= 400 {
                assert_eq!(
                    entry.advice_locale(),
                    Some(locale.tag()),
                    "{} {}",
                    locale,
                    info.code
                );
            } else {
                assert_eq!(entry.advice(), None);
            }
        }
    }
}

#[test]
fn zh_cn_is_complete_and_chinese() {
    let zh = Catalog::embedded().locale("zh-CN");
    assert_eq!(zh.tag(), "zh-CN");
    for info in registry::STATUS_CODES {
        let entry = zh.lookup(info.code).unwrap();
        assert_eq!(entry.locale(), "zh-CN");
        let han = |s: &str| s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
        assert!(
            han(entry.description()),
            "{}: {}",
            info.code,
            entry.description()
        );
    }
    assert_eq!(title(404, "zh-CN"), Some("未找到"));
}

#[test]
fn unknown_codes_inside_the_range_get_their_class_text() {
    for (code, class) in [
        (105, Class::Informational),
        (299, Class::Success),
        (460, Class::ClientError),
        (555, Class::ServerError),
    ] {
        let entry = Catalog::embedded().lookup(code, "en-US").unwrap();
        assert!(entry.is_class_fallback(), "{code}");
        assert_eq!(entry.code(), code);
        assert_eq!(entry.class(), class);
        assert_eq!(entry.reason_phrase(), None);
        let class_entry = Catalog::embedded().lookup(code, "de").unwrap();
        assert_eq!(class_entry.title(), title(code, "de").unwrap());
    }
    assert_eq!(title(460, "en-US"), Some("Client Error"));
    assert_eq!(title(555, "en-US"), Some("Server Error"));
    assert!(advice(460, "en-US").is_some());
    assert_eq!(advice(150, "en-US"), None);
}

#[test]
fn numbers_outside_100_to_599_have_no_entry() {
    for code in [0, 1, 99, 600, 999, 1000, 65535] {
        assert_eq!(describe(code, "en-US"), None, "{code}");
        assert_eq!(title(code, "zh-CN"), None, "{code}");
        assert!(Catalog::embedded().lookup(code, "de").is_none(), "{code}");
    }
}

#[test]
fn bad_locale_input_gets_en_us_and_never_panics() {
    let long = "zh-".repeat(4000);
    let inputs = [
        "",
        " ",
        "\0",
        "garbage",
        "zh-",
        "-zh",
        "🙂",
        "中文",
        "zh\u{0}CN",
        "zh\rCN",
        "%00",
        "zh-CN-u-",
        "x-",
        "i-klingon",
        "en--US",
        &long,
    ];
    for input in inputs {
        let entry = Catalog::embedded().lookup(404, input).unwrap();
        assert_eq!(entry.locale(), "en-US", "{input:?}");
        assert_eq!(describe(404, input), describe(404, "en-US"));
    }
}

#[test]
fn tags_in_any_spelling_reach_the_same_locale() {
    for tag in [
        "zh-CN",
        "zh-cn",
        "ZH-CN",
        "zh_CN",
        "zh_CN.UTF-8",
        "zh-Hans-CN",
        "zh-CN-u-nu-hanidec",
    ] {
        assert_eq!(Catalog::embedded().locale(tag).tag(), "zh-CN", "{tag}");
        assert_eq!(title(404, tag), Some("未找到"), "{tag}");
    }
}

#[test]
fn many_threads_on_cold_locales_agree_with_one_thread() {
    let catalog = Arc::new(Catalog::builder().build().unwrap());
    let tags: Vec<String> = catalog.locales().map(|l| l.tag().to_owned()).collect();
    let mut requests = tags.clone();
    requests.extend(["zh-HK", "pt-AO", "sr-ME", "garbage", "es-MX", "iw", "no"].map(String::from));
    let threads = 16;
    let barrier = Arc::new(Barrier::new(threads));
    let handles: Vec<_> = (0..threads)
        .map(|t| {
            let catalog = Arc::clone(&catalog);
            let barrier = Arc::clone(&barrier);
            let requests = requests.clone();
            std::thread::spawn(move || {
                barrier.wait();
                let mut seen = Vec::new();
                for i in 0..requests.len() {
                    // Each thread walks the tags in a different order.
                    let tag = &requests[(i + t * 7) % requests.len()];
                    for code in [100, 404, 460, 503] {
                        seen.push((
                            tag.clone(),
                            code,
                            catalog.describe(code, tag).map(str::to_owned),
                        ));
                    }
                }
                seen.sort();
                seen
            })
        })
        .collect();
    let results: Vec<_> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    let reference = Catalog::builder().build().unwrap();
    let mut expected = Vec::new();
    for tag in &requests {
        for code in [100, 404, 460, 503] {
            expected.push((
                tag.clone(),
                code,
                reference.describe(code, tag).map(str::to_owned),
            ));
        }
    }
    expected.sort();
    for result in results {
        assert_eq!(result, expected);
    }
}

#[test]
fn catalog_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Catalog>();
    assert_send_sync::<http_status_i18n::Locale<'static>>();
    assert_send_sync::<http_status_i18n::Entry<'static>>();
}

#[test]
fn entries_serialize_with_all_their_fields() {
    let entry = Catalog::embedded().lookup(499, "en-US").unwrap();
    let json = serde_json::to_value(entry).unwrap();
    assert_eq!(json["code"], 499);
    assert_eq!(json["class"], "4xx");
    assert_eq!(json["reason_phrase"], "Client Closed Request");
    assert_eq!(json["title"], entry.title());
    assert_eq!(json["description"], entry.description());
    assert_eq!(json["advice"], entry.advice().unwrap());
    assert_eq!(json["locale"], "en-US");
    assert_eq!(json["class_fallback"], false);
    assert_eq!(json["kind"], "unofficial");
    assert_eq!(json["vendor"], "nginx");
    assert_eq!(json["reference"], "nginx");
    let fallback = serde_json::to_value(Catalog::embedded().lookup(460, "en-US").unwrap()).unwrap();
    assert_eq!(fallback["class_fallback"], true);
    assert_eq!(fallback["reason_phrase"], serde_json::Value::Null);
}

fn build_err(tag: &str, source: &str) -> LoadError {
    match Catalog::builder().add_ftl(tag, source).build() {
        Ok(_) => panic!("{source:?} should not load"),
        Err(err) => err,
    }
}

fn at(err: &LoadError) -> (u32, u32) {
    let p = err.position().expect("a position");
    (p.line, p.column)
}

#[test]
fn overrides_replace_single_attributes_and_add_locales() {
    let catalog = Catalog::builder()
        .add_ftl("de", "http-404 =\n    .advice = Nutzen Sie die Suche.\n")
        .add_ftl("de", "http-500 = Serverfehler\n")
        .add_ftl("en-x-pirate", "http-404 = Arr, nothing here\n")
        .build()
        .unwrap();
    let entry = catalog.lookup(404, "de").unwrap();
    assert_eq!(entry.advice(), Some("Nutzen Sie die Suche."));
    assert_eq!(entry.title(), title(404, "de").unwrap());
    assert_eq!(catalog.title(500, "de"), Some("Serverfehler"));
    // Extensions are dropped: "en-x-pirate" is "en", a locale of its own here.
    assert_eq!(catalog.title(404, "en"), Some("Arr, nothing here"));
    // The embedded catalogue is untouched.
    assert_eq!(
        advice(404, "de"),
        Catalog::embedded().locale("de").advice(404)
    );
    assert_ne!(advice(404, "de"), Some("Nutzen Sie die Suche."));
}

#[test]
fn later_overrides_win() {
    let catalog = Catalog::builder()
        .add_ftl("fr", "http-404 = Premier\n")
        .add_ftl("fr", "http-404 = Second\n")
        .build()
        .unwrap();
    assert_eq!(catalog.title(404, "fr"), Some("Second"));
}

#[test]
fn overrides_may_use_terms_and_fluent_escapes() {
    let catalog = Catalog::builder()
        .add_ftl(
            "en-US",
            "-site = Example\nhttp-404 = Not on { -site } {\"{\"}sic{\"}\"}\n",
        )
        .build()
        .unwrap();
    assert_eq!(catalog.title(404, "en-US"), Some("Not on Example {sic}"));
}

#[test]
fn syntax_errors_name_line_and_column() {
    let err = build_err("de", "http-404 = Gut\nhttp-405 Kaputt\n");
    assert!(matches!(err.kind(), LoadErrorKind::Syntax { .. }), "{err}");
    assert_eq!(at(&err).0, 2);
    assert!(err.to_string().starts_with("<de>:2:"), "{err}");
}

#[test]
fn a_byte_order_mark_is_refused_with_a_clear_message() {
    let err = build_err("de", "\u{feff}http-404 = Nicht gefunden\n");
    assert!(matches!(err.kind(), LoadErrorKind::ByteOrderMark));
    assert_eq!(at(&err), (1, 1));
    assert!(err.to_string().contains("without BOM"), "{err}");
}

#[test]
fn duplicate_ids_are_refused_at_the_second_definition() {
    let err = build_err("de", "http-404 = A\nhttp-500 = B\nhttp-404 = C\n");
    match err.kind() {
        LoadErrorKind::DuplicateId { id, first_line } => {
            assert_eq!(id, "http-404");
            assert_eq!(*first_line, 1);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(at(&err), (3, 1));
}

#[test]
fn unknown_ids_and_attributes_are_refused() {
    let err = build_err("de", "http-404 = A\n\nhttp-460 = B\n");
    assert!(matches!(err.kind(), LoadErrorKind::UnknownId { id } if id == "http-460"));
    assert_eq!(at(&err), (3, 1));
    let err = build_err("de", "http-404 = A\n    .hint = B\n");
    assert!(
        matches!(err.kind(), LoadErrorKind::UnknownAttribute { attribute, .. } if attribute == "hint")
    );
    assert_eq!(at(&err), (2, 6));
}

#[test]
fn variables_and_broken_references_are_refused() {
    let err = build_err("de", "http-404 = Nicht { $path } gefunden\n");
    assert!(matches!(err.kind(), LoadErrorKind::Format { .. }), "{err}");
    let err = build_err("de", "http-404 = { -missing }\n");
    assert!(matches!(err.kind(), LoadErrorKind::Format { .. }), "{err}");
}

#[test]
fn malformed_tags_are_refused() {
    let err = build_err("not a tag", "http-404 = A\n");
    assert!(matches!(err.kind(), LoadErrorKind::InvalidTag { .. }));
    assert!(err.to_string().contains("not a valid language tag"));
}

#[test]
fn oversized_sources_are_refused() {
    let mut source = String::from("http-404 = A\n");
    source.push_str(&"# padding\n".repeat(http_status_i18n::MAX_FTL_BYTES / 10 + 1));
    let err = build_err("de", &source);
    assert!(matches!(err.kind(), LoadErrorKind::TooLarge { .. }));
}

#[test]
fn one_bad_source_means_no_catalogue_at_all() {
    let result = Catalog::builder()
        .add_ftl("de", "http-404 = Gut\n")
        .add_ftl("fr", "http-404 = { $x }\n")
        .build();
    assert!(result.is_err());
}

#[test]
fn add_dir_reads_one_folder_per_tag_and_reports_file_positions() {
    let root = std::env::temp_dir().join(format!("hsi-add-dir-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("de")).unwrap();
    std::fs::create_dir_all(root.join("en-GB")).unwrap();
    std::fs::write(root.join("de/http-status.ftl"), "http-404 = Seite fehlt\n").unwrap();
    std::fs::write(
        root.join("en-GB/http-status.ftl"),
        "http-413 = Request Entity Too Large\n",
    )
    .unwrap();
    std::fs::write(root.join("README.md"), "not a locale").unwrap();
    let catalog = Catalog::builder().add_dir(&root).build().unwrap();
    assert_eq!(catalog.title(404, "de"), Some("Seite fehlt"));
    assert_eq!(
        catalog.title(413, "en-GB"),
        Some("Request Entity Too Large")
    );

    std::fs::write(
        root.join("de/http-status.ftl"),
        "http-404 = A\nhttp-404 = B\n",
    )
    .unwrap();
    let err = Catalog::builder().add_dir(&root).build().unwrap_err();
    assert!(err.file().ends_with("de/http-status.ftl"), "{err}");
    assert!(err.to_string().contains("http-status.ftl:2:1:"), "{err}");

    std::fs::write(root.join("de/http-status.ftl"), b"http-404 = \xff\xfe\n").unwrap();
    let err = Catalog::builder().add_dir(&root).build().unwrap_err();
    assert!(matches!(err.kind(), LoadErrorKind::InvalidUtf8), "{err}");
    assert_eq!(at(&err), (1, 12));

    std::fs::remove_dir_all(&root).unwrap();
    let err = Catalog::builder().add_dir(&root).build().unwrap_err();
    assert!(matches!(err.kind(), LoadErrorKind::Io { .. }), "{err}");
}
