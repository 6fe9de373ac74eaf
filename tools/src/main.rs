//! The `l10n` binary: see the crate documentation of the `l10n` library.

use std::process::ExitCode;

/// Stack for the worker thread: generous, so that no input that passes the nesting guard
/// of `l10n::ftl::check_nesting` can exhaust it.
const STACK_BYTES: usize = 64 << 20;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let worker = std::thread::Builder::new()
        .name("l10n".to_owned())
        .stack_size(STACK_BYTES)
        .spawn(move || l10n::cli::run(args));
    match worker.map(|handle| handle.join()) {
        Ok(Ok(code)) => code,
        _ => {
            eprintln!("error: l10n stopped unexpectedly; please report this with the input that caused it");
            ExitCode::from(2)
        }
    }
}
