//! Lookup speed, side by side with the peers in one process:
//!
//! - `http::StatusCode::canonical_reason()`: the floor, a `match` compiled into the binary;
//! - a `HashMap<u16, &str>` of the same texts;
//! - `fluent_bundle::FluentBundle::format_pattern` per call on the same FTL;
//! - fluent-templates' static loader on the same FTL, with the same fallback request.
//!
//! Targets (ratios of medians in one run): describe by tag ≤ 3× the floor and ≥ 20× faster
//! than fluent-templates; by resolved handle ≤ 1.5× the floor; first use of a locale ≤ 1 ms.

use std::collections::HashMap;
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use fluent_bundle::{FluentBundle, FluentResource};
use fluent_templates::{static_loader, Loader};
use http_status_i18n::{describe, registry, title, Catalog};
use unic_langid::{langid, LanguageIdentifier};

static_loader! {
    static FLUENT_TEMPLATES = {
        locales: "./locales",
        fallback_language: "en-US",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

const ZH_CN_FTL: &str = include_str!("../locales/zh-CN/http-status.ftl");

fn peers(c: &mut Criterion) {
    let status = http::StatusCode::NOT_FOUND;
    let catalog = Catalog::embedded();
    let map: HashMap<u16, &str> = registry::STATUS_CODES
        .iter()
        .filter_map(|info| Some((info.code, catalog.describe(info.code, "zh-CN")?)))
        .collect();
    let mut bundle: FluentBundle<FluentResource> = FluentBundle::new(vec![langid!("zh-CN")]);
    bundle.set_use_isolating(false);
    bundle
        .add_resource(FluentResource::try_new(ZH_CN_FTL.to_owned()).expect("zh-CN parses"))
        .expect("no duplicate IDs");
    let zh_hk: LanguageIdentifier = langid!("zh-HK");
    let zh_cn: LanguageIdentifier = langid!("zh-CN");
    // Warm everything: the locales are loaded and the arbitrary tags cached.
    for tag in ["zh-CN", "zh-HK", "zh-Hant-HK"] {
        assert!(describe(404, tag).is_some());
    }
    assert!(!FLUENT_TEMPLATES
        .lookup(&zh_hk, "http-404.description")
        .is_empty());
    let handle = catalog.locale("zh-CN");

    let mut group = c.benchmark_group("lookup");
    group.bench_function("floor: http canonical_reason", |b| {
        b.iter(|| black_box(black_box(status).canonical_reason()))
    });
    group.bench_function("HashMap<u16, &str> get", |b| {
        b.iter(|| black_box(map.get(&black_box(404)).copied()))
    });
    group.bench_function("describe(404, \"zh-CN\")", |b| {
        b.iter(|| black_box(describe(black_box(404), black_box("zh-CN"))))
    });
    group.bench_function("title(404, \"zh-CN\")", |b| {
        b.iter(|| black_box(title(black_box(404), black_box("zh-CN"))))
    });
    group.bench_function("handle.describe(404)", |b| {
        b.iter(|| black_box(black_box(handle).describe(black_box(404))))
    });
    group.bench_function("handle.title(404)", |b| {
        b.iter(|| black_box(black_box(handle).title(black_box(404))))
    });
    group.bench_function("catalog.lookup(404, \"zh-CN\") entry", |b| {
        b.iter(|| {
            black_box(
                catalog
                    .lookup(black_box(404), black_box("zh-CN"))
                    .map(|e| e.title()),
            )
        })
    });
    group.bench_function("describe(404, \"zh-HK\") fallback, cached", |b| {
        b.iter(|| black_box(describe(black_box(404), black_box("zh-HK"))))
    });
    group.bench_function("describe(404, \"zh-Hant-HK\") cached", |b| {
        b.iter(|| black_box(describe(black_box(404), black_box("zh-Hant-HK"))))
    });
    group.bench_function("fluent-bundle format_pattern per call (zh-CN)", |b| {
        b.iter(|| {
            let message = bundle.get_message(black_box("http-404")).expect("message");
            let pattern = message
                .get_attribute("description")
                .expect("attribute")
                .value();
            let mut errors = Vec::new();
            black_box(bundle.format_pattern(pattern, None, &mut errors).len())
        })
    });
    group.bench_function("fluent-templates lookup (zh-CN)", |b| {
        b.iter(|| black_box(FLUENT_TEMPLATES.lookup(black_box(&zh_cn), "http-404.description")))
    });
    group.bench_function("fluent-templates lookup (zh-HK, fallback)", |b| {
        b.iter(|| black_box(FLUENT_TEMPLATES.lookup(black_box(&zh_hk), "http-404.description")))
    });
    group.finish();

    let mut cold = c.benchmark_group("first use");
    cold.bench_function(
        "first describe in zh-CN of a new catalogue (baked tables: nothing to parse)",
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
    cold.bench_function(
        "first describe in zh-Hant-MO of a new catalogue (CLDR resolution, then cached)",
        |b| {
            b.iter_batched(
                || {
                    Catalog::builder()
                        .build()
                        .expect("embedded catalogue builds")
                },
                |catalog| black_box(catalog.describe(404, "zh-Hant-MO").map(str::len)),
                BatchSize::SmallInput,
            )
        },
    );
    cold.bench_function("new catalogue (tag index of all locales)", |b| {
        b.iter(|| black_box(Catalog::builder().build().map(|c| c.locales().len())))
    });
    cold.finish();
}

criterion_group!(benches, peers);
criterion_main!(benches);
