//! Helpers shared by the integration tests that drive built artifacts: the
//! shared and static libraries, the `extract` example and the sample
//! articles. Each test crate uses only some of them.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

use entente::Document;

/// The crate's root folder.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The build profile folder of this test binary (`target/release`, ...).
fn profile_dir() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    exe.parent().unwrap().parent().unwrap().to_path_buf()
}

/// `cargo build` with `args`, in this test's profile.
fn cargo_build(args: &[&str]) {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.arg("build").args(args).current_dir(root());
    if profile_dir().file_name().is_some_and(|n| n == "release") {
        cmd.arg("--release");
    }
    assert!(cmd.status().unwrap().success(), "cargo build {args:?} failed");
}

/// The folder holding this build's `libentente.so` and `libentente.a`:
/// `deps/` beside this test binary, where cargo builds every crate type of
/// the library this test links (so it is never stale), else the profile
/// folder, built with `cargo build --lib` if need be.
pub fn lib_dir() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let deps = exe.parent().unwrap().to_path_buf();
    let has_libs = |d: &Path| d.join("libentente.so").exists() && d.join("libentente.a").exists();
    if has_libs(&deps) {
        return deps;
    }
    let profile = profile_dir();
    if !has_libs(&profile) {
        cargo_build(&["--lib"]);
    }
    profile
}

/// The shared library of this build.
pub fn cdylib() -> PathBuf {
    let name = if cfg!(target_os = "macos") { "libentente.dylib" } else { "libentente.so" };
    lib_dir().join(name)
}

/// An example program of this build profile, built if missing.
pub fn example(name: &str) -> PathBuf {
    let bin = profile_dir().join("examples").join(name);
    if !bin.exists() {
        cargo_build(&["--example", name]);
    }
    bin
}

/// The sample articles of the C, C++ and Python tests, as paths relative to
/// the root (written for these tests).
pub fn sample_articles() -> Vec<String> {
    let dir = "tests/python/articles";
    let Ok(entries) = std::fs::read_dir(root().join(dir)) else { return Vec::new() };
    let mut found: Vec<String> = entries
        .map(|e| format!("{dir}/{}", e.unwrap().file_name().to_string_lossy()))
        .filter(|p| p.ends_with(".txt"))
        .collect();
    found.sort();
    found
}

/// The line the `extract` contract prints for `doc` read from `file`: the
/// result's JSON with `"file"` added as the last key.
pub fn extract_line(doc: &Document, file: &str, pretty: bool) -> String {
    let file = serde_json::to_string(file).unwrap();
    if pretty {
        let json = serde_json::to_string_pretty(doc).unwrap();
        let body = json.strip_suffix("\n}").unwrap();
        format!("{body},\n  \"file\": {file}\n}}\n")
    } else {
        let json = doc.to_json();
        let body = json.strip_suffix('}').unwrap();
        format!("{body},\"file\":{file}}}\n")
    }
}
