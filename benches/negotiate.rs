//! Accept-Language negotiation, side by side with fluent-langneg (parse + negotiate) and the
//! accept-language crate (parse + intersect), on a corpus of real browser headers and on a
//! typical Chrome header. Targets: the Chrome header ≤ 1 µs median, faster than
//! fluent-langneg.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use http_status_i18n::Catalog;
use unic_langid::LanguageIdentifier;

const CORPUS: &str = include_str!("data/accept-language-corpus.txt");
const CHROME: &str = "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7";

fn corpus() -> Vec<&'static str> {
    CORPUS
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

fn negotiation(c: &mut Criterion) {
    let catalog = Catalog::embedded();
    let tags: Vec<&str> = catalog.locales().map(|l| l.tag()).collect();
    let available: Vec<LanguageIdentifier> = tags
        .iter()
        .map(|t| t.parse().expect("shipped tags parse"))
        .collect();
    let default: LanguageIdentifier = "en-US".parse().expect("en-US parses");
    let headers = corpus();
    assert!(headers.len() >= 20);
    // Warm the caches and locales, as a running server would have them.
    for header in &headers {
        let _ = catalog.negotiate(header).title(404);
    }
    let fluent_langneg = |header: &str| {
        let requested = fluent_langneg::accepted_languages::parse(header);
        let chosen = negotiate_languages(
            &requested,
            &available,
            Some(&default),
            NegotiationStrategy::Lookup,
        );
        chosen.first().map(|l| l.to_string())
    };
    let accept_language = |header: &str| {
        accept_language::intersection(header, &tags)
            .into_iter()
            .next()
    };

    let mut group = c.benchmark_group("negotiate");
    group.bench_function("http-status-i18n: Chrome header", |b| {
        b.iter(|| black_box(catalog.negotiate(black_box(CHROME))))
    });
    group.bench_function("fluent-langneg: Chrome header", |b| {
        b.iter(|| black_box(fluent_langneg(black_box(CHROME))))
    });
    group.bench_function("accept-language: Chrome header", |b| {
        b.iter(|| black_box(accept_language(black_box(CHROME))))
    });
    let n = headers.len();
    group.bench_function(format!("http-status-i18n: corpus of {n}"), |b| {
        b.iter(|| {
            for header in &headers {
                black_box(catalog.negotiate(black_box(header)));
            }
        })
    });
    group.bench_function(format!("fluent-langneg: corpus of {n}"), |b| {
        b.iter(|| {
            for header in &headers {
                black_box(fluent_langneg(black_box(header)));
            }
        })
    });
    group.bench_function(format!("accept-language: corpus of {n}"), |b| {
        b.iter(|| {
            for header in &headers {
                black_box(accept_language(black_box(header)));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, negotiation);
criterion_main!(benches);
