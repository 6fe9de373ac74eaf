//! The `http-status` command line: output and exit codes (0 ok, 2 usage error).
#![cfg(feature = "cli")]

use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_http-status"))
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

#[test]
fn looks_up_a_code_in_a_locale() {
    let out = run(&["404", "--locale", "zh-CN"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let entry = http_status_i18n::Catalog::embedded()
        .lookup(404, "zh-CN")
        .unwrap();
    assert!(text.starts_with("404 未找到\n"), "{text}");
    assert!(text.contains(entry.description()));
    assert!(text.contains(entry.advice().unwrap()));
    assert!(text.contains("locale zh-CN"));
}

#[test]
fn the_locale_comes_from_the_environment_when_not_given() {
    let out = Command::new(env!("CARGO_BIN_EXE_http-status"))
        .arg("404")
        .env("LC_ALL", "")
        .env("LC_MESSAGES", "")
        .env("LANG", "de_DE.UTF-8")
        .output()
        .unwrap();
    assert!(stdout(&out).contains("locale de"), "{}", stdout(&out));
}

#[test]
fn json_output_is_the_serialized_entry() {
    let out = run(&["503", "--json", "-l", "fr"]);
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["code"], 503);
    assert_eq!(json["locale"], "fr");
    assert_eq!(json["reason_phrase"], "Service Unavailable");
}

#[test]
fn unknown_codes_in_range_show_their_class() {
    let out = run(&["460"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("4xx class"), "{}", stdout(&out));
}

#[test]
fn list_filters_by_class() {
    let out = run(&["list", "--class", "5xx"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    let expected =
        http_status_i18n::registry::of_class(http_status_i18n::Class::ServerError).count();
    assert_eq!(text.lines().count(), expected);
    assert!(text.lines().all(|l| l.starts_with('5')), "{text}");
    let json = run(&["list", "--json"]);
    let all: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(
        all.as_array().unwrap().len(),
        http_status_i18n::registry::STATUS_CODES.len()
    );
}

#[test]
fn locales_lists_every_locale_with_its_chain() {
    let out = run(&["locales"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert_eq!(
        text.lines().count(),
        http_status_i18n::Catalog::embedded().locales().len()
    );
    assert!(text.lines().any(|l| l.starts_with("zh-TW")));
}

#[test]
fn invalid_input_is_a_usage_error_with_a_message() {
    for (args, needle) in [
        (&["abc"][..], "not a number"),
        (&["700"][..], "not an HTTP status code"),
        (&["99"][..], "not an HTTP status code"),
        (&["70000"][..], "not an HTTP status code"),
        (&["-5"][..], "unexpected argument"),
        (&[][..], "give a status code"),
        (&["list", "--class", "7xx"][..], "not a class"),
        (&["--bogus"][..], "unexpected argument"),
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).contains(needle), "{args:?}: {}", stderr(&out));
        assert!(out.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn page_prints_the_default_page_with_a_theme() {
    let out = run(&[
        "page",
        "404",
        "--locale",
        "he",
        "--theme-name",
        "Acme",
        "--theme-accent",
        "teal",
        "--theme-logo",
        "/logo.svg",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let html = stdout(&out);
    let page = http_status_i18n::ErrorPage::new(404).locale("he");
    let title = http_status_i18n::Catalog::embedded()
        .lookup(404, "he")
        .unwrap()
        .title()
        .to_owned();
    assert!(
        html.starts_with("<!DOCTYPE html>\n<html lang=\"he\" dir=\"rtl\">"),
        "{html}"
    );
    assert!(html.contains(&title));
    assert!(html.contains("<span>Acme</span>"));
    assert!(html.contains(":root{--accent:#008080}"));
    assert_ne!(html, page.render_html(), "the theme changes the page");
}

#[test]
fn page_renders_a_template_in_every_format_it_takes() {
    let dir = std::env::temp_dir().join(format!("hsi-cli-page-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let html = dir.join("t.html");
    std::fs::write(&html, "<p lang=\"{{ lang }}\">{{ code }} {{ title }}</p>\n").unwrap();
    let out = run(&[
        "page",
        "503",
        "--locale",
        "de",
        "--template",
        html.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "<p lang=\"de\">503 Dienst nicht verfügbar</p>\n"
    );

    let text = dir.join("t.txt");
    std::fs::write(&text, "{{ code }}: {{ title }}\n").unwrap();
    let out = run(&[
        "page",
        "404",
        "--locale",
        "fr",
        "--format",
        "text",
        "--template",
        text.to_str().unwrap(),
    ]);
    assert_eq!(stdout(&out), "404: Introuvable\n", "{}", stderr(&out));

    let out = run(&["page", "404", "--format", "json", "--headers"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    let (headers, body) = text.split_once("\n\n").unwrap();
    assert!(
        headers.contains("content-type: application/problem+json"),
        "{headers}"
    );
    let json: serde_json::Value = serde_json::from_str(body).unwrap();
    assert_eq!(json["status"], 404);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn page_exits_1_on_a_template_error_and_2_on_bad_arguments() {
    let dir = std::env::temp_dir().join(format!("hsi-cli-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.html");
    std::fs::write(&bad, "<main>\n  {% for x in %}\n</main>").unwrap();
    let out = run(&["page", "404", "--template", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let message = stderr(&out);
    assert!(
        message.contains(&format!("{}:2:", bad.display())),
        "{message}"
    );

    for args in [
        &["page", "404", "--theme-accent", "nope"][..],
        &["page", "404", "--theme-logo", "javascript:alert(1)"],
        &["page", "99"],
        &["page", "404", "--format", "xml"],
        &[
            "page",
            "404",
            "--format",
            "json",
            "--template",
            bad.to_str().unwrap(),
        ],
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn locales_tags_prints_one_tag_per_line() {
    let out = run(&["locales", "--tags"]);
    let tags: Vec<String> = stdout(&out).lines().map(str::to_owned).collect();
    let shipped: Vec<&str> = http_status_i18n::Catalog::embedded()
        .locales()
        .map(|l| l.tag())
        .collect();
    assert_eq!(tags, shipped);
}
