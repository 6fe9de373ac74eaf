//! Cold start and memory: the first lookup in a fresh process, and the heap that the
//! catalogue holds with one or with all locales loaded.
//!
//! ```sh
//! cargo run --release --example cold_start -- one    # first describe(404, "zh-CN")
//! cargo run --release --example cold_start -- all    # first lookup in every locale
//! cargo run --release --example cold_start -- none   # baseline: nothing loaded
//! ```
//!
//! Prints one JSON line: the mode, the time of the first lookup(s) in microseconds (the
//! catalogue's construction included), and the heap bytes in use afterwards, counted by a
//! global allocator that wraps the system one. `scripts/cold-start.sh` runs it repeatedly and
//! under `/usr/bin/time -v` for the peak resident set size.

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use http_status_i18n::{registry, Catalog};

/// The system allocator, counting the bytes currently allocated.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded to the system allocator with the same arguments; the
// counter is only arithmetic on the sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        IN_USE.fetch_add(layout.size(), Ordering::Relaxed);
        // SAFETY: forwarded unchanged.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: forwarded unchanged.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        IN_USE.fetch_add(new_size, Ordering::Relaxed);
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: forwarded unchanged.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn main() {
    let mode = std::env::args().nth(1).unwrap_or_else(|| "one".to_owned());
    let before = IN_USE.load(Ordering::Relaxed);
    let start = Instant::now();
    match mode.as_str() {
        "none" => {}
        "one" => {
            black_box(http_status_i18n::describe(404, "zh-CN"));
        }
        "all" => {
            let catalog = Catalog::embedded();
            for locale in catalog.locales() {
                for info in registry::STATUS_CODES {
                    black_box(locale.describe(info.code));
                }
            }
        }
        other => {
            eprintln!("cold_start: unknown mode `{other}`; use one, all or none");
            std::process::exit(2);
        }
    }
    let micros = start.elapsed().as_secs_f64() * 1e6;
    let heap = IN_USE.load(Ordering::Relaxed).saturating_sub(before);
    println!("{{\"mode\":\"{mode}\",\"micros\":{micros:.1},\"heap_bytes\":{heap}}}");
}
