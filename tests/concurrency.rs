//! 16 threads racing on cold locales, overrides and negotiation give the same answers as
//! one thread, without deadlock.

use std::sync::{Arc, Barrier};
use std::time::Duration;

use http_status_i18n::Catalog;

const _: () = {
    const fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Catalog>();
};

fn catalog() -> Catalog {
    Catalog::builder()
        .add_ftl("de", "http-404 = Seite fehlt\n")
        .add_ftl(
            "fr-CA",
            "http-404 = Page introuvable\n    .advice = Vérifiez l'adresse.\n",
        )
        .add_ftl("zh-Hant-HK", "http-404 = 搵唔到\n")
        .build()
        .expect("overrides are valid")
}

const HEADERS: &[&str] = &[
    "de-DE,de;q=0.9,en;q=0.8",
    "zh-HK,zh;q=0.9",
    "fr-CA,fr;q=0.8",
    "ar-EG",
    "sr-ME",
    "pt-AO,pt;q=0.5",
    "he;q=0, *",
    "garbage;;;",
];

/// Everything one request could ask, as owned values to compare.
fn answers(catalog: &Catalog, order: usize) -> Vec<String> {
    let tags: Vec<String> = catalog.locales().map(|l| l.tag().to_owned()).collect();
    let mut out = Vec::new();
    for i in 0..tags.len().max(HEADERS.len()) {
        let tag = &tags[(i + order) % tags.len()];
        let header = HEADERS[(i + order) % HEADERS.len()];
        for code in [100, 404, 460, 503] {
            out.push(format!("{tag} {code} {:?}", catalog.describe(code, tag)));
            let entry = catalog
                .lookup(code, tag)
                .map(|e| (e.title().to_owned(), e.locale().to_owned()));
            out.push(format!("{tag} {code} {entry:?}"));
        }
        let negotiated = catalog.negotiate(header);
        out.push(format!(
            "{header} -> {} {:?}",
            negotiated.tag(),
            negotiated.title(404)
        ));
        out.push(format!(
            "{header} -> {:?}",
            catalog
                .error_page(404)
                .accept_language(header)
                .page_locale()
                .tag()
        ));
    }
    out.sort();
    out
}

#[test]
fn sixteen_threads_on_cold_locales_agree_with_one_thread() {
    let threads = 16;
    // What one thread answers, in each thread's own order, on its own fresh catalogue.
    let reference = catalog();
    let expected: Vec<Vec<String>> = (0..threads).map(|t| answers(&reference, t * 5)).collect();
    for _round in 0..3 {
        let shared = Arc::new(catalog());
        let barrier = Arc::new(Barrier::new(threads));
        let (done_tx, done_rx) = std::sync::mpsc::channel();
        for t in 0..threads {
            let shared = Arc::clone(&shared);
            let barrier = Arc::clone(&barrier);
            let done_tx = done_tx.clone();
            std::thread::spawn(move || {
                barrier.wait();
                let _ = done_tx.send((t, answers(&shared, t * 5)));
            });
        }
        drop(done_tx);
        for _ in 0..threads {
            // A deadlock would hang here; fail instead.
            let (t, result) = done_rx
                .recv_timeout(Duration::from_secs(60))
                .expect("a thread finished in time");
            let first_difference = result.iter().zip(&expected[t]).find(|(a, b)| a != b);
            assert!(
                result.len() == expected[t].len() && first_difference.is_none(),
                "thread {t}: {first_difference:?}"
            );
        }
    }
}
