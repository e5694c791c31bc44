//! Runs the Python binding's `unittest` suite (tests/python/) against the
//! library this build made, with the Rust API's answers for the sample
//! articles written to a file the suite compares with.

use std::path::{Path, PathBuf};
use std::process::Command;

use entente::{Date, Document, DocumentInfo, Extractor, Language, Options};
use serde_json::json;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// This build's `libentente.so`: in `deps/` beside this test binary (built
/// with the rlib this test links), else in the profile folder, built with
/// `cargo build --lib` if need be.
fn cdylib() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let deps = exe.parent().unwrap();
    let name = if cfg!(target_os = "macos") { "libentente.dylib" } else { "libentente.so" };
    if deps.join(name).exists() {
        return deps.join(name);
    }
    let profile = deps.parent().unwrap();
    if !profile.join(name).exists() {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let status = Command::new(cargo).args(["build", "--lib"]).current_dir(root()).status().unwrap();
        assert!(status.success(), "cargo build --lib failed");
    }
    profile.join(name)
}

/// The `extract` line: the result's JSON with `"file"` added last.
fn line(doc: &Document, file: &str, pretty: bool) -> String {
    let file = serde_json::to_string(file).unwrap();
    if pretty {
        let json = serde_json::to_string_pretty(doc).unwrap();
        format!("{},\n  \"file\": {file}\n}}\n", json.strip_suffix("\n}").unwrap())
    } else {
        let json = doc.to_json();
        format!("{},\"file\":{file}}}\n", json.strip_suffix('}').unwrap())
    }
}

/// What the Python suite must find, computed with the Rust API.
fn expected() -> serde_json::Value {
    let mut files = Vec::new();
    for dir in ["tests/python/articles"] {
        let Ok(entries) = std::fs::read_dir(root().join(dir)) else { continue };
        let mut found: Vec<String> = entries
            .map(|e| format!("{dir}/{}", e.unwrap().file_name().to_string_lossy()))
            .filter(|p| p.ends_with(".txt"))
            .collect();
        found.sort();
        files.extend(found);
    }
    let plain = Extractor::new(Options::default()).unwrap();
    let mut en = Options::default();
    en.language = Some(Language::English);
    let en = Extractor::new(en).unwrap();
    let dated = DocumentInfo::with_date(Date::parse("2022-02-28").unwrap());
    let none = DocumentInfo::default();
    let texts: Vec<String> = files.iter().map(|f| std::fs::read_to_string(root().join(f)).unwrap()).collect();
    let articles: Vec<_> = files
        .iter()
        .zip(&texts)
        .map(|(f, t)| {
            json!({
                "path": f,
                "json": plain.extract(t, &none).unwrap().to_json(),
                "json_dated": plain.extract(t, &dated).unwrap().to_json(),
                "json_en": en.extract(t, &none).unwrap().to_json(),
            })
        })
        .collect();
    let cli = |flags: &[&str], ex: &Extractor, info: &DocumentInfo, pretty: bool| {
        let mut args: Vec<String> = flags.iter().map(|s| s.to_string()).collect();
        args.extend(files.iter().cloned());
        let stdout: String = files.iter().zip(&texts).map(|(f, t)| line(&ex.extract(t, info).unwrap(), f, pretty)).collect();
        json!({"args": args, "stdout": stdout})
    };
    json!({
        "articles": articles,
        "cli": [
            cli(&[], &plain, &none, false),
            cli(&["--date", "2022-02-28"], &plain, &dated, false),
            cli(&["--pretty", "--lang", "en"], &en, &none, true),
        ],
        "stdin_line": line(&plain.extract(&texts[0], &none).unwrap(), "-", false),
        "missing_error": format!("cannot read missing.txt: {}", std::fs::read(root().join("missing.txt")).unwrap_err()),
    })
}

#[test]
fn python_binding_unittest_suite() {
    if Command::new("python3").arg("--version").output().is_err() {
        println!("notice: python3 is not installed; Python binding tests skipped");
        return;
    }
    let lib = cdylib();
    let out_dir = lib.parent().unwrap().join("ffi-python");
    std::fs::create_dir_all(&out_dir).unwrap();
    let expected_path = out_dir.join("expected.json");
    std::fs::write(&expected_path, serde_json::to_string_pretty(&expected()).unwrap()).unwrap();
    let output = Command::new("python3")
        .args(["-m", "unittest", "discover", "-v", "-s", "tests/python", "-t", "tests/python"])
        .current_dir(root())
        .env("ENTENTE_LIBRARY", &lib)
        .env("ENTENTE_EXPECTED", &expected_path)
        .env("ENTENTE_EXPECTED_VERSION", env!("CARGO_PKG_VERSION"))
        .env("PYTHONPATH", root().join("examples/python"))
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .output()
        .expect("python3 runs");
    let log = String::from_utf8_lossy(&output.stderr);
    println!("{log}");
    assert!(output.status.success(), "Python tests failed:\n{log}");
    assert!(!log.contains("skipped"), "no Python test may be skipped here:\n{log}");
    assert!(Path::new(&expected_path).exists());
}
