//! Accept-Language negotiation against fluent-langneg (parse + negotiate) on the same
//! headers. Target: a typical Chrome header ≤ 1 µs median and faster than fluent-langneg.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use http_status_i18n::Catalog;
use unic_langid::LanguageIdentifier;

const CHROME: &str = "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7";
const CHROME_HK: &str = "zh-HK,zh;q=0.9,en-US;q=0.8,en;q=0.7";

fn negotiation(c: &mut Criterion) {
    let catalog = Catalog::embedded();
    let available: Vec<LanguageIdentifier> = catalog
        .locales()
        .map(|l| l.tag().parse().expect("shipped tags parse"))
        .collect();
    let default: LanguageIdentifier = "en-US".parse().expect("en-US parses");
    // Warm the caches and the locales, as a running server would have them.
    for header in [CHROME, CHROME_HK] {
        let _ = catalog.negotiate(header).title(404);
    }
    let mut group = c.benchmark_group("negotiate");
    for (name, header) in [("chrome de", CHROME), ("chrome zh-HK", CHROME_HK)] {
        group.bench_function(format!("http-status-i18n {name}"), |b| {
            b.iter(|| black_box(catalog.negotiate(black_box(header))))
        });
        group.bench_function(format!("fluent-langneg {name}"), |b| {
            b.iter(|| {
                let requested = fluent_langneg::accepted_languages::parse(black_box(header));
                let chosen = negotiate_languages(
                    &requested,
                    &available,
                    Some(&default),
                    NegotiationStrategy::Lookup,
                );
                black_box(chosen.first().map(|l| l.to_string()))
            })
        });
    }
    group.finish();
}

criterion_group!(benches, negotiation);
criterion_main!(benches);
