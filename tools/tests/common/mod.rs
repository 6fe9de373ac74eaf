//! Helpers shared by the integration tests: run the `l10n` binary, find fixtures, copy
//! trees into temporary folders.

#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The folder of the test fixtures.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The repository root (the workspace).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_owned()
}

/// Runs the `l10n` binary with `args` in `cwd`.
pub fn l10n_in(cwd: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_l10n"))
        .args(args)
        .current_dir(cwd)
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .expect("the l10n binary runs")
}

/// Runs `l10n --config <config> <args>`.
pub fn l10n(config: &Path, args: &[&str]) -> Output {
    let mut all = vec!["--config", config.to_str().unwrap()];
    all.extend_from_slice(args);
    l10n_in(&repo_root(), &all)
}

/// The exit code of a run.
pub fn code(output: &Output) -> i32 {
    output
        .status
        .code()
        .expect("exited normally, not by a signal")
}

/// Standard output as text.
pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

/// Standard error as text.
pub fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("UTF-8 output")
}

/// Parses standard output as JSON.
pub fn json(output: &Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", stdout(output)))
}

/// Copies the folder `from` into `to` (created), files and sub-folders.
pub fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// A temporary copy of fixture `name`; returns the folder and its config file.
pub fn temp_fixture(name: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&fixtures().join(name), dir.path());
    let config = dir.path().join("l10n.toml");
    (dir, config)
}

/// A temporary copy of the shipped tree: `locales/`, the allow-list and `tools/l10n.toml`
/// in the same layout as the repository. Returns the folder and its config file.
pub fn temp_shipped_tree() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = repo_root();
    copy_tree(&root.join("locales"), &dir.path().join("locales"));
    fs::create_dir_all(dir.path().join("tests/data")).unwrap();
    fs::copy(
        root.join("tests/data/identical-to-english.txt"),
        dir.path().join("tests/data/identical-to-english.txt"),
    )
    .unwrap();
    fs::create_dir_all(dir.path().join("tools")).unwrap();
    fs::copy(
        root.join("tools/l10n.toml"),
        dir.path().join("tools/l10n.toml"),
    )
    .unwrap();
    let config = dir.path().join("tools/l10n.toml");
    (dir, config)
}

/// Every file below `dir` with its bytes, by relative path.
pub fn snapshot(dir: &Path) -> std::collections::BTreeMap<PathBuf, Vec<u8>> {
    fn walk(base: &Path, dir: &Path, out: &mut std::collections::BTreeMap<PathBuf, Vec<u8>>) {
        for entry in fs::read_dir(dir).unwrap() {
            let entry = entry.unwrap();
            if entry.file_type().unwrap().is_dir() {
                walk(base, &entry.path(), out);
            } else {
                let relative = entry.path().strip_prefix(base).unwrap().to_owned();
                out.insert(relative, fs::read(entry.path()).unwrap());
            }
        }
    }
    let mut out = std::collections::BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}
