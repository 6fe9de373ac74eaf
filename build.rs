//! Rebuilds the crate when a file under `locales/` changes or is added: the `.ftl` files
//! are embedded with include_dir, which cargo does not track on stable Rust.

fn main() {
    // A directory path makes cargo scan the whole tree for changed modification times.
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=build.rs");
}
