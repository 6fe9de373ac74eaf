//! Rendering error pages. Targets: the HTML page ≤ 5 µs median; the example product
//! template (`examples/templates/product.html`, feature `templates`) ≤ 3× the default
//! page, both measured here in one run.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use http_status_i18n::ErrorPage;

fn rendering(c: &mut Criterion) {
    let page = ErrorPage::new(404)
        .accept_language("zh-CN,zh;q=0.9")
        .detail("No invoice with number 42 <here>");
    let _ = page.render_html();
    let mut group = c.benchmark_group("page");
    group.bench_function("render_html 404 zh-CN", |b| {
        b.iter(|| black_box(black_box(&page).render_html()))
    });
    group.bench_function("render_problem_json 404 zh-CN", |b| {
        b.iter(|| black_box(black_box(&page).render_problem_json()))
    });
    group.bench_function("render_text 404 zh-CN", |b| {
        b.iter(|| black_box(black_box(&page).render_text()))
    });
    group.bench_function("negotiate + render_html (per request)", |b| {
        b.iter(|| {
            black_box(
                ErrorPage::new(black_box(404))
                    .accept_language(black_box("ar-EG,ar;q=0.9,en;q=0.5"))
                    .render_html(),
            )
        })
    });
    group.finish();
}

/// The example template against the default page, same code, locale, detail and theme.
#[cfg(feature = "templates")]
fn template_rendering(c: &mut Criterion) {
    use http_status_i18n::{Format, PageTemplate, Theme};
    let template = PageTemplate::html(
        "product.html",
        include_str!("../examples/templates/product.html"),
    )
    .expect("the example template loads");
    let theme = Theme::new()
        .site_name("Northwind Cloud")
        .logo("/static/logo.svg")
        .and_then(|t| t.accent("#0f766e"))
        .expect("a valid theme");
    let default_page = ErrorPage::new(404)
        .accept_language("zh-CN,zh;q=0.9")
        .detail("No invoice with number 42 <here>")
        .theme(&theme);
    let templated = default_page.clone().template(&template);
    assert!(templated.try_render(Format::Html).is_ok());
    // The same template with `{{ detail|trim }}`: a filter on a request value, so every
    // page is rendered in full (no plan).
    let source = include_str!("../examples/templates/product.html")
        .replace("{{ detail }}", "{{ detail|trim }}");
    let full_template = PageTemplate::html("product-full.html", source).expect("it loads");
    let full = default_page.clone().template(&full_template);
    // A new detail for every page, so nothing can be reused but what does not depend on it.
    let details: Vec<String> = (0..1024)
        .map(|i| format!("No invoice with number {i} <here>"))
        .collect();
    let mut group = c.benchmark_group("template");
    group.bench_function("render_html default page 404 zh-CN", |b| {
        b.iter(|| black_box(black_box(&default_page).render_html()))
    });
    group.bench_function("render_html product template 404 zh-CN", |b| {
        b.iter(|| black_box(black_box(&templated).render_html()))
    });
    group.bench_function("render_html default page, a new detail each time", |b| {
        let mut i = 0;
        b.iter(|| {
            i = (i + 1) % details.len();
            let page = default_page.clone().detail(details[i].as_str());
            black_box(page.render_html())
        })
    });
    group.bench_function(
        "render_html product template, a new detail each time",
        |b| {
            let mut i = 0;
            b.iter(|| {
                i = (i + 1) % details.len();
                let page = templated.clone().detail(details[i].as_str());
                black_box(page.render_html())
            })
        },
    );
    group.bench_function(
        "render_html product template rendered in full (detail|trim)",
        |b| b.iter(|| black_box(black_box(&full).render_html())),
    );
    group.bench_function("render_page (body + CSP) product template 404 zh-CN", |b| {
        b.iter(|| black_box(black_box(&templated).render_page(Format::Html)))
    });
    group.finish();
}

#[cfg(not(feature = "templates"))]
fn template_rendering(_: &mut Criterion) {}

criterion_group!(benches, rendering, template_rendering);
criterion_main!(benches);
