//! The server configuration files of the pack, rendered from the templates in `conf/`
//! (placeholders `@NAME@`): the pack's absolute path, the serve address, and the lines
//! generated per code and per locale.

use std::path::Path;

use super::aliases::priority_tag;
use super::{extension, Alias, Plan, FORMATS};

const APACHE: &str = include_str!("conf/apache.conf");
const NGINX_MAP: &str = include_str!("conf/nginx-map.conf");
const NGINX_STATIC: &str = include_str!("conf/nginx-static.conf");
const NGINX_SERVE: &str = include_str!("conf/nginx-serve.conf");
const CADDY: &str = include_str!("conf/caddy.caddy");
const HAPROXY: &str = include_str!("conf/haproxy.cfg");
const HAPROXY_SERVE: &str = include_str!("conf/haproxy-serve.cfg");
const README: &str = include_str!("conf/README.txt");

/// The codes httpd 2.4 has in its status table; `ErrorDocument` refuses any other
/// ("Unsupported HTTP response code"), so the others are written as comments.
const APACHE_CODES: [u16; 38] = [
    400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 421,
    422, 423, 424, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511,
];

/// An nginx `error_page` line; 499 (nginx's own "client closed the request", never sent)
/// is refused by `error_page`, so it is a comment.
fn nginx_error_page(code: u16, uri: String) -> String {
    if code == 499 {
        format!("# error_page {code}: nginx refuses it (its own \"client closed request\")\n")
    } else {
        format!("error_page {code} {uri};\n")
    }
}

/// Every configuration file: (path in the pack, content).
pub(crate) fn render(
    plan: &Plan<'_>,
    dir: &Path,
    aliases: &[Alias],
    policy: &str,
) -> Vec<(&'static str, String)> {
    let pack = dir.display().to_string();
    let fill = |template: &str, blocks: &[(&str, String)]| {
        let mut text = template
            .replace("@PACK@", &pack)
            .replace("@SERVE@", &plan.serve_addr)
            .replace("@CSP@", policy);
        for (name, value) in blocks {
            text = text.replace(name, value);
        }
        text
    };
    let patterns = language_patterns(plan, aliases);
    let codes = &plan.codes;
    let lines = |line: &dyn Fn(u16) -> String| codes.iter().map(|&c| line(c)).collect::<String>();
    let trim_end = |s: String| s.trim_end().to_owned();

    let apache_docs = lines(&|c| {
        if APACHE_CODES.contains(&c) {
            format!("ErrorDocument {c} /http-status-pages/{c}.var\n")
        } else {
            format!(
                "# ErrorDocument {c}: httpd 2.4 does not know this code (its type map is there)\n"
            )
        }
    });
    let nginx_static_pages = lines(&|c| {
        nginx_error_page(
            c,
            format!("/.http-status-pages/{c}.$error_page_lang.$error_page_ext"),
        )
    });
    let nginx_serve_pages = lines(&|c| nginx_error_page(c, format!("/.http-status-serve/{c}")));
    let nginx_map: String = patterns
        .iter()
        .map(|(tag, target)| {
            format!(
                "    \"~*^ *{}(?:[-_;, ]|$)\" {target};\n",
                tag.to_ascii_lowercase()
            )
        })
        .collect();
    let caddy_map: String = patterns
        .iter()
        .map(|(tag, target)| {
            format!(
                "        \"~(?i)^ *{}(?:[-_;, ]|$)\" {target}\n",
                tag.to_ascii_lowercase()
            )
        })
        .collect();
    let haproxy_list = patterns
        .iter()
        .map(|(tag, _)| tag.to_ascii_lowercase())
        .collect::<Vec<_>>()
        .join(";");
    let haproxy_map: String = patterns
        .iter()
        .map(|(tag, target)| format!("{} {target}\n", tag.to_ascii_lowercase()))
        .collect();
    let first = codes.first().copied().unwrap_or_default().to_string();
    let last = codes.last().copied().unwrap_or_default().to_string();

    vec![
        (
            "apache/http-status-pages.conf",
            fill(
                APACHE,
                &[
                    ("@ERROR_DOCUMENTS@", trim_end(apache_docs)),
                    ("@LANGUAGE_PRIORITY@", language_priority(plan, aliases)),
                ],
            ),
        ),
        (
            "nginx/http-status-map.conf",
            fill(NGINX_MAP, &[("@LANGUAGE_MAP@", nginx_map)]),
        ),
        (
            "nginx/http-status-static.conf",
            fill(
                NGINX_STATIC,
                &[("@ERROR_PAGES@", trim_end(nginx_static_pages))],
            ),
        ),
        (
            "nginx/http-status-serve.conf",
            fill(
                NGINX_SERVE,
                &[("@ERROR_PAGES@", trim_end(nginx_serve_pages))],
            ),
        ),
        (
            "caddy/http-status-pages.caddy",
            fill(CADDY, &[("@LANGUAGE_MAP@", caddy_map)]),
        ),
        (
            "haproxy/http-status-pages.cfg",
            fill(
                HAPROXY,
                &[
                    ("@LANGUAGE_LIST@", haproxy_list),
                    (
                        "@PROXY_ERRORS@",
                        trim_end(haproxy_proxy_errors(plan, &pack)),
                    ),
                    ("@RESPONSE_RULES@", trim_end(haproxy_rules(plan, &pack))),
                    ("@FIRST_CODE@", first),
                    ("@LAST_CODE@", last),
                ],
            ),
        ),
        ("haproxy/languages.map", haproxy_map),
        ("haproxy/http-status-serve.cfg", fill(HAPROXY_SERVE, &[])),
        ("README.txt", fill(README, &readme_blocks(plan))),
    ]
}

/// Apache's `LanguagePriority`: en-US, then the locale each bare language resolves to,
/// for the languages with several pack locales (zh → zh-CN, pt → pt-BR).
fn language_priority(plan: &Plan<'_>, aliases: &[Alias]) -> String {
    let tags = plan.tags();
    let mut priority: Vec<&str> = vec![plan.catalog.default_locale().tag()];
    for tag in &tags {
        let language = tag.split('-').next().unwrap_or(tag);
        let several = tags
            .iter()
            .filter(|t| t.split('-').next() == Some(language))
            .count()
            > 1;
        if !several {
            continue;
        }
        let base = if tags.contains(&language) {
            tags.iter().find(|t| **t == language).copied()
        } else {
            aliases.iter().find(|a| a.tag == language).map(|a| a.target)
        };
        if let Some(base) = base {
            let tag = priority_tag(base, &tags, aliases);
            if !priority.contains(&tag) {
                priority.push(tag);
            }
        }
    }
    priority.join(" ")
}

/// (tag as matched, pack tag to serve): the pack's tags and the aliases, most specific
/// first (more subtags, then longer), so that a first-match list (nginx and Caddy maps)
/// tries `zh-hk` before `zh`.
pub(crate) fn language_patterns(plan: &Plan<'_>, aliases: &[Alias]) -> Vec<(String, &'static str)> {
    let mut patterns: Vec<(String, &'static str)> = plan
        .tags()
        .into_iter()
        .map(|tag| (tag.to_owned(), tag))
        .chain(aliases.iter().map(|a| (a.tag.clone(), a.target)))
        .collect();
    patterns.sort_by(|(a, _), (b, _)| {
        let subtags = |t: &str| t.split('-').count();
        subtags(b)
            .cmp(&subtags(a))
            .then(b.len().cmp(&a.len()))
            .then(a.cmp(b))
    });
    patterns
}

/// The HAProxy content type of a page format.
fn haproxy_content_type(ext: &str) -> &'static str {
    match ext {
        "html" => "\"text/html; charset=utf-8\"",
        "json" => "application/problem+json",
        _ => "\"text/plain; charset=utf-8\"",
    }
}

/// `http-error` lines: HAProxy's own errors among the pack's codes get the en-US page.
fn haproxy_proxy_errors(plan: &Plan<'_>, pack: &str) -> String {
    let fallback = plan.catalog.default_locale().tag();
    plan.codes
        .iter()
        .filter(|code| [500, 502, 503, 504].contains(*code))
        .map(|code| {
            format!(
                "    http-error status {code} content-type {} file {pack}/pages/{code}.{fallback}.html hdr Content-Language {fallback} hdr Vary \"Accept-Language, Accept\"\n",
                haproxy_content_type("html")
            )
        })
        .collect()
}

/// One `http-response return` per code, locale and format.
fn haproxy_rules(plan: &Plan<'_>, pack: &str) -> String {
    let mut out = String::new();
    for &code in &plan.codes {
        for tag in plan.tags() {
            for format in FORMATS {
                let ext = extension(format);
                out.push_str(&format!(
                    "    http-response return status {code} content-type {} file {pack}/pages/{code}.{tag}.{ext} hdr Content-Language {tag} hdr Vary \"Accept-Language, Accept\" hdr X-Content-Type-Options nosniff if {{ status {code} }} {{ var(txn.error_page_lang) -m str {tag} }} {{ var(txn.error_page_ext) -m str {ext} }}\n",
                    haproxy_content_type(ext)
                ));
            }
        }
    }
    out
}

fn readme_blocks(plan: &Plan<'_>) -> Vec<(&'static str, String)> {
    let codes: Vec<String> = plan.codes.iter().map(u16::to_string).collect();
    vec![
        (
            "@PAGE_COUNT@",
            (plan.codes.len() * plan.locales.len() * FORMATS.len()).to_string(),
        ),
        ("@CODE_COUNT@", plan.codes.len().to_string()),
        ("@LOCALE_COUNT@", plan.locales.len().to_string()),
        ("@LOCALES@", plan.tags().join(" ")),
        ("@CODES@", codes.join(" ")),
    ]
}
