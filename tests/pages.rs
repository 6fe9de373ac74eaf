//! `http-status pages --out DIR`: the real binary writes a pack into a scratch folder.
#![cfg(feature = "cli")]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use http_status_i18n::{registry, Catalog, Class};

fn pages(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_http-status"))
        .arg("pages")
        .args(args)
        .output()
        .expect("run http-status")
}

/// A fresh, empty scratch folder for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pages-test-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn text(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(files_under(&path));
        } else {
            found.push(path);
        }
    }
    found
}

#[test]
fn the_full_pack_has_every_error_code_in_every_locale_and_format() {
    let root = scratch("full");
    let out = root.join("pack");
    let output = pages(&["--out", out.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));

    let codes: Vec<u16> = registry::STATUS_CODES
        .iter()
        .filter(|i| matches!(i.class(), Class::ClientError | Class::ServerError))
        .map(|i| i.code)
        .collect();
    let tags: Vec<&str> = Catalog::embedded().locales().map(|l| l.tag()).collect();
    let pages_dir = out.join("pages");
    for &code in &codes {
        for tag in &tags {
            for ext in ["html", "json", "txt"] {
                let file = pages_dir.join(format!("{code}.{tag}.{ext}"));
                assert!(file.is_file(), "missing {}", file.display());
            }
        }
        assert!(pages_dir.join(format!("{code}.var")).is_file());
    }
    let page_files = fs::read_dir(&pages_dir).unwrap().count();
    assert_eq!(page_files, codes.len() * tags.len() * 3 + codes.len());
    for config in [
        "README.txt",
        "apache/http-status-pages.conf",
        "nginx/http-status-map.conf",
        "nginx/http-status-static.conf",
        "nginx/http-status-serve.conf",
        "caddy/http-status-pages.caddy",
        "haproxy/http-status-pages.cfg",
        "haproxy/http-status-serve.cfg",
        "haproxy/languages.map",
    ] {
        assert!(out.join(config).is_file(), "missing {config}");
    }
    let summary = String::from_utf8(output.stdout).unwrap();
    assert!(summary.contains(&format!("{} codes × {} locales", codes.len(), tags.len())));
    // Nothing left next to the pack.
    let siblings: Vec<_> = fs::read_dir(&root).unwrap().collect();
    assert_eq!(siblings.len(), 1, "only DIR, no DIR.tmp-*");
    fs::remove_dir_all(&root).unwrap();
}

#[test]
fn pages_are_the_library_s_rendering() {
    let root = scratch("render");
    let out = root.join("pack");
    let output = pages(&[
        "--out",
        out.to_str().unwrap(),
        "--codes",
        "404",
        "--locales",
        "ar,zh-HK",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let page = |tag: &str| Catalog::embedded().error_page(404).locale(tag);
    let html = text(&out.join("pages/404.ar.html"));
    assert_eq!(html, page("ar").render_html());
    assert!(html.contains(r#"<html lang="ar" dir="rtl">"#));
    assert_eq!(
        text(&out.join("pages/404.zh-HK.json")),
        page("zh-HK").render_problem_json()
    );
    assert_eq!(
        text(&out.join("pages/404.en-US.txt")),
        page("en-US").render_text()
    );
    fs::remove_dir_all(&root).unwrap();
}

#[test]
fn codes_and_locales_select_what_is_written() {
    let root = scratch("select");
    let out = root.join("pack");
    let output = pages(&[
        "--out",
        out.to_str().unwrap(),
        "--codes",
        "404,5xx",
        "--locales",
        "de,ja",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let fives: Vec<u16> = registry::of_class(Class::ServerError)
        .map(|i| i.code)
        .collect();
    let mut written: Vec<String> = fs::read_dir(out.join("pages"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    written.sort();
    // 404 and the 5xx codes, in de, ja and en-US (always there: the fallback).
    assert_eq!(written.len(), (1 + fives.len()) * (3 * 3 + 1));
    assert!(written.contains(&"404.de.html".to_owned()));
    assert!(written.contains(&"503.en-US.json".to_owned()));
    assert!(!written
        .iter()
        .any(|f| f.starts_with("400.") || f.contains(".fr.")));
    fs::remove_dir_all(&root).unwrap();
}

#[test]
fn the_type_map_lists_every_variant_and_the_chinese_aliases() {
    let root = scratch("typemap");
    let out = root.join("pack");
    let output = pages(&[
        "--out",
        out.to_str().unwrap(),
        "--codes",
        "404",
        "--locales",
        "zh-CN,zh-HK,zh-TW",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let map = text(&out.join("pages/404.var"));
    for tag in ["en-US", "zh-CN", "zh-HK", "zh-TW"] {
        assert!(map.contains(&format!(
            "URI: 404.{tag}.html\nContent-type: text/html; qs=1.0\nContent-language: {tag}\n"
        )));
        assert!(map.contains(&format!(
            "URI: 404.{tag}.json\nContent-type: application/problem+json; qs=0.9\nContent-language: {tag}\n"
        )));
    }
    // A Traditional Chinese region gets Traditional Chinese, whatever a prefix match does.
    assert!(map.contains(
        "URI: 404.zh-HK.html\nContent-type: text/html; qs=1.0\nContent-language: zh-MO\n"
    ));
    assert!(map.contains(
        "URI: 404.zh-TW.html\nContent-type: text/html; qs=1.0\nContent-language: zh-Hant\n"
    ));
    assert!(map
        .contains("URI: 404.zh-CN.html\nContent-type: text/html; qs=1.0\nContent-language: zh\n"));
    // Every URI names a file of the pack.
    for line in map.lines().filter_map(|l| l.strip_prefix("URI: ")) {
        assert!(out.join("pages").join(line).is_file(), "{line}");
    }
    let apache = text(&out.join("apache/http-status-pages.conf"));
    assert!(apache.contains("ErrorDocument 404 /http-status-pages/404.var"));
    assert!(apache.contains("LanguagePriority en-US zh-CN\n"));
    assert!(apache.contains(&format!(
        "Alias /http-status-pages/ \"{}/pages/\"",
        out.canonicalize().unwrap().display()
    )));
    fs::remove_dir_all(&root).unwrap();
}

#[test]
fn server_configurations_name_the_pack_and_every_code() {
    let root = scratch("configs");
    let out = root.join("pack");
    let output = pages(&[
        "--out",
        out.to_str().unwrap(),
        "--codes",
        "404,499,503",
        "--locales",
        "de",
        "--serve-addr",
        "127.0.0.1:9999",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let abs = out.canonicalize().unwrap().display().to_string();
    let nginx = text(&out.join("nginx/http-status-static.conf"));
    assert!(
        nginx.contains("error_page 404 /.http-status-pages/404.$error_page_lang.$error_page_ext;")
    );
    assert!(nginx.contains(&format!("alias {abs}/pages/;")));
    // nginx's error_page refuses 499: a comment, not a line that stops nginx.
    assert!(!nginx.contains("error_page 499 "));
    let serve = text(&out.join("nginx/http-status-serve.conf"));
    assert!(serve.contains("proxy_pass http://127.0.0.1:9999/;"));
    assert!(serve.contains("error_page 503 /.http-status-serve/503;"));
    let map = text(&out.join("nginx/http-status-map.conf"));
    assert!(map.contains("\"~*^ *de(?:[-_;, ]|$)\" de;"));
    assert!(
        map.contains("only the FIRST language"),
        "the limits are written down"
    );
    // Apache refuses ErrorDocument for codes it does not know (499).
    let apache = text(&out.join("apache/http-status-pages.conf"));
    assert!(apache.contains("ErrorDocument 503 /http-status-pages/503.var"));
    assert!(!apache.contains("ErrorDocument 499 "));
    let caddy = text(&out.join("caddy/http-status-pages.caddy"));
    assert!(caddy.contains(&format!("root * {abs}/pages")));
    assert!(caddy.contains("reverse_proxy 127.0.0.1:9999"));
    let haproxy = text(&out.join("haproxy/http-status-pages.cfg"));
    let rules = haproxy
        .lines()
        .filter(|l| l.trim_start().starts_with("http-response return"))
        .count();
    assert_eq!(rules, 3 * 2 * 3, "codes × locales (de, en-US) × formats");
    assert!(haproxy.contains(&format!("file {abs}/pages/503.de.json")));
    assert!(text(&out.join("README.txt")).contains(&abs));
    fs::remove_dir_all(&root).unwrap();
}

#[test]
fn a_non_empty_folder_is_kept_without_force_and_replaced_with_it() {
    let root = scratch("force");
    let out = root.join("pack");
    fs::create_dir_all(&out).unwrap();
    fs::write(out.join("mine.txt"), "not a pack").unwrap();
    let args = [
        "--out",
        out.to_str().unwrap(),
        "--codes",
        "404",
        "--locales",
        "de",
    ];

    let refused = pages(&args);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        stderr(&refused).contains("not empty"),
        "{}",
        stderr(&refused)
    );
    assert!(stderr(&refused).contains("--force"));
    assert_eq!(text(&out.join("mine.txt")), "not a pack");
    assert!(!out.join("pages").exists());

    let mut forced = args.to_vec();
    forced.push("--force");
    let replaced = pages(&forced);
    assert!(replaced.status.success(), "{}", stderr(&replaced));
    assert!(!out.join("mine.txt").exists(), "replaced, not merged");
    assert!(out.join("pages/404.de.html").is_file());
    assert_eq!(
        fs::read_dir(&root).unwrap().count(),
        1,
        "no DIR.tmp-* or DIR.old-* left"
    );
    fs::remove_dir_all(&root).unwrap();
}

#[test]
fn an_empty_folder_is_filled_without_force() {
    let root = scratch("empty");
    let out = root.join("pack");
    fs::create_dir_all(&out).unwrap();
    let output = pages(&[
        "--out",
        out.to_str().unwrap(),
        "--codes",
        "404",
        "--locales",
        "de",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(out.join("pages/404.de.html").is_file());
    fs::remove_dir_all(&root).unwrap();
}

#[test]
fn a_failed_write_leaves_no_partial_folder() {
    let root = scratch("fail");
    // The parent of DIR is a file: nothing can be created, and nothing is.
    let blocker = root.join("file");
    fs::write(&blocker, "").unwrap();
    let out = blocker.join("pack");
    let output = pages(&[
        "--out",
        out.to_str().unwrap(),
        "--codes",
        "404",
        "--locales",
        "de",
    ]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(stderr(&output).contains("cannot"), "{}", stderr(&output));
    // DIR as an existing file is refused the same way.
    let output = pages(&[
        "--out",
        blocker.to_str().unwrap(),
        "--codes",
        "404",
        "--force",
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("not a folder"),
        "{}",
        stderr(&output)
    );
    let left: Vec<PathBuf> = files_under(&root);
    assert_eq!(left, vec![blocker.clone()], "no DIR.tmp-* left behind");
    fs::remove_dir_all(&root).unwrap();
}

#[test]
fn usage_errors_exit_2_and_write_nothing() {
    let root = scratch("usage");
    let out = root.join("pack");
    let dir = out.to_str().unwrap();
    for (args, named) in [
        (vec!["--codes", "200"], "200"),
        (vec!["--codes", "3xx"], "3xx"),
        (vec!["--codes", "404,abc"], "abc"),
        (vec!["--codes", "600"], "600"),
        (vec!["--locales", "de,x-klingon"], "x-klingon"),
        (vec!["--locales", "de,"], "empty"),
        (vec!["--serve-addr", "nowhere"], "nowhere"),
        (vec!["--no-such-flag"], "--no-such-flag"),
    ] {
        let mut all = vec!["--out", dir];
        all.extend(&args);
        let output = pages(&all);
        assert_eq!(
            output.status.code(),
            Some(2),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(
            stderr(&output).contains(named),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(!out.exists(), "{args:?} wrote something");
    }
    let missing_out = pages(&[]);
    assert_eq!(missing_out.status.code(), Some(2));
    fs::remove_dir_all(&root).unwrap();
}

#[test]
fn the_readme_quotes_the_pack_s_apache_configuration() {
    let root = scratch("readme");
    let out = root.join("pack");
    let output = pages(&["--out", out.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let apache = text(&out.join("apache/http-status-pages.conf"));
    let readme = text(&Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"));
    let quote = readme
        .split("The included file (from the pack)")
        .nth(1)
        .and_then(|rest| rest.split("```apache\n").nth(1))
        .and_then(|block| block.split("```").next())
        .expect("README quotes the Apache file");
    for line in quote.lines() {
        assert!(
            apache.lines().any(|l| l == line),
            "README line not in the pack: {line:?}"
        );
    }
    fs::remove_dir_all(&root).unwrap();
}

#[test]
fn a_template_and_a_theme_shape_the_pages_and_the_servers_send_their_policy() {
    use http_status_i18n::{Format, PageTemplate, Theme};
    let root = scratch("look");
    let out = root.join("pack");
    let template = root.join("page.html");
    // The style differs by direction, so the pages need two hashes between them.
    fs::write(
        &template,
        "<html lang=\"{{ lang }}\" dir=\"{{ dir }}\"><style>h1{text-align:{{ 'right' if dir == 'rtl' else 'left' }}}</style>\
         <h1>{{ title }}</h1><img src=\"{{ theme.logo }}\" alt=\"\"></html>\n",
    )
    .unwrap();
    let output = pages(&[
        "--out",
        out.to_str().unwrap(),
        "--codes",
        "404",
        "--locales",
        "ar,de",
        "--template",
        template.to_str().unwrap(),
        "--theme-logo",
        "https://cdn.example/logo.svg",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let loaded = PageTemplate::html_file(&template).unwrap();
    let theme = Theme::new().logo("https://cdn.example/logo.svg").unwrap();
    let page = |tag: &str| {
        Catalog::embedded()
            .error_page(404)
            .locale(tag)
            .theme(&theme)
            .template(&loaded)
            .render_page(Format::Html)
    };
    let (ar, de) = (page("ar"), page("de"));
    assert_eq!(text(&out.join("pages/404.ar.html")), ar.body());
    assert_eq!(text(&out.join("pages/404.de.html")), de.body());
    assert_ne!(
        ar.headers().content_security_policy(),
        de.headers().content_security_policy()
    );
    let apache = text(&out.join("apache/http-status-pages.conf"));
    let line = apache
        .lines()
        .find(|l| l.contains("Content-Security-Policy"))
        .unwrap();
    for policy in [ar.headers(), de.headers()].map(|h| h.content_security_policy().to_owned()) {
        let hashes = policy
            .split_ascii_whitespace()
            .filter(|w| w.starts_with("'sha256-"))
            .collect::<Vec<_>>();
        assert!(!hashes.is_empty());
        for hash in hashes {
            assert!(line.contains(hash.trim_end_matches(';')), "{line}");
        }
    }
    assert!(line.contains("img-src https://cdn.example;"), "{line}");
    assert!(!line.contains("script"), "{line}");

    let bad = pages(&[
        "--out",
        root.join("x").to_str().unwrap(),
        "--theme-accent",
        "nope",
    ]);
    assert_eq!(bad.status.code(), Some(2), "{}", stderr(&bad));
    fs::remove_dir_all(&root).unwrap();
}
