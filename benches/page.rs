//! Rendering error pages. Target: the HTML page ≤ 5 µs median.

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

criterion_group!(benches, rendering);
criterion_main!(benches);
