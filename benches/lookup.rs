//! Lookup speed against the floor: `http::StatusCode::canonical_reason()`, a `match` on the
//! code compiled into the binary. Targets (ratios of medians in one run): describe by tag
//! ≤ 3×, by resolved handle ≤ 1.5×; an arbitrary tag resolved once and cached; first use of
//! a locale ≤ 1 ms.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use http_status_i18n::{describe, Catalog};

fn lookups(c: &mut Criterion) {
    let status = http::StatusCode::NOT_FOUND;
    let mut group = c.benchmark_group("lookup");
    group.bench_function("http canonical_reason (floor)", |b| {
        b.iter(|| black_box(black_box(status).canonical_reason()))
    });
    // Warm the locale so that what follows measures the hot path.
    assert!(describe(404, "zh-CN").is_some());
    group.bench_function("describe(404, \"zh-CN\")", |b| {
        b.iter(|| black_box(describe(black_box(404), black_box("zh-CN"))))
    });
    let handle = Catalog::embedded().locale("zh-CN");
    group.bench_function("handle.describe(404)", |b| {
        b.iter(|| black_box(black_box(handle).describe(black_box(404))))
    });
    assert!(describe(404, "zh-Hant-HK").is_some());
    group.bench_function("describe(404, \"zh-Hant-HK\") cached", |b| {
        b.iter(|| black_box(describe(black_box(404), black_box("zh-Hant-HK"))))
    });
    group.bench_function("catalog.lookup(404, \"zh-CN\") entry", |b| {
        let catalog = Catalog::embedded();
        b.iter(|| {
            black_box(
                catalog
                    .lookup(black_box(404), black_box("zh-CN"))
                    .map(|e| e.title()),
            )
        })
    });
    group.finish();

    let mut cold = c.benchmark_group("first use");
    cold.bench_function(
        "first describe in zh-CN (parse + render zh-CN and en-US)",
        |b| {
            b.iter_batched(
                || {
                    Catalog::builder()
                        .build()
                        .expect("embedded catalogue builds")
                },
                |catalog| black_box(catalog.describe(404, "zh-CN").map(str::len)),
                BatchSize::SmallInput,
            )
        },
    );
    cold.bench_function("new catalogue (index and chains of all locales)", |b| {
        b.iter(|| black_box(Catalog::builder().build().map(|c| c.locales().len())))
    });
    cold.finish();
}

criterion_group!(benches, lookups);
criterion_main!(benches);
