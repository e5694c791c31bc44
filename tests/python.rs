//! Runs the Python binding's `unittest` suite (tests/python/) against the
//! library this build made, with the Rust API's answers for the sample
//! articles written to a file the suite compares with.

use std::path::Path;
use std::process::Command;

use entente::{Date, DocumentInfo, Extractor, Language, Options};

mod common;
use common::{cdylib, extract_line, root, sample_articles};
use serde_json::json;

/// What the Python suite must find, computed with the Rust API.
fn expected() -> serde_json::Value {
    let files = sample_articles();
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
        let stdout: String = files.iter().zip(&texts).map(|(f, t)| extract_line(&ex.extract(t, info).unwrap(), f, pretty)).collect();
        json!({"args": args, "stdout": stdout})
    };
    json!({
        "articles": articles,
        "cli": [
            cli(&[], &plain, &none, false),
            cli(&["--date", "2022-02-28"], &plain, &dated, false),
            cli(&["--pretty", "--lang", "en"], &en, &none, true),
        ],
        "stdin_line": extract_line(&plain.extract(&texts[0], &none).unwrap(), "-", false),
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
