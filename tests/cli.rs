//! The `extract` example's command-line contract: one JSON line per file in
//! order with `"file"` last, standard input for `-` or no file, an error
//! line and exit status 1 for a file it cannot read or decode.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value;

mod common;


fn scratch(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("entente-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn run(args: &[&str], stdin: &[u8]) -> (i32, String) {
    let mut child = Command::new(common::example("extract")).args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    let out = child.wait_with_output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8(out.stdout).unwrap())
}

const FR: &str = " date 2024-05-02 Le Mali et le Niger ont signé hier à Niamey un accord de coopération dans le domaine de l’élevage.";
const EN: &str = " date 2024-05-02 Ghana and Togo signed a memorandum of understanding on border security in Accra on Monday.";

#[test]
fn one_line_per_file_in_order_with_errors_inline() {
    let a = scratch("a.txt", FR.as_bytes());
    let b = scratch("b.txt", EN.as_bytes());
    let bad = scratch("bad.txt", b"Le Mali \xff\xfe sign\xc3");
    let missing = Path::new("/nonexistent/entente/missing.txt");
    let paths = [a.to_str().unwrap(), missing.to_str().unwrap(), bad.to_str().unwrap(), b.to_str().unwrap()];
    let (code, out) = run(&paths, b"");
    assert_eq!(code, 1, "a failed file makes the exit status 1");
    let lines: Vec<Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 4);
    for (line, path) in lines.iter().zip(paths) {
        assert_eq!(line["file"], path);
    }
    assert_eq!(lines[0]["language"], "fr");
    assert_eq!(lines[0]["agreements"][0]["kind"], "agreement");
    assert!(lines[1]["error"].as_str().unwrap().contains("cannot read"));
    assert!(lines[2]["error"].as_str().unwrap().contains("not UTF-8"));
    assert_eq!(lines[3]["agreements"][0]["kind"], "memorandum_of_understanding");
    // "file" is the last key of a result line, the first of an error line.
    let raw: Vec<&str> = out.lines().collect();
    assert!(raw[0].ends_with(&format!(",\"file\":{}}}", serde_json::to_string(paths[0]).unwrap())));
    assert!(raw[1].starts_with("{\"file\":"));
}

#[test]
fn standard_input_with_dash_or_no_file() {
    for args in [&[][..], &["-"][..]] {
        let (code, out) = run(args, EN.as_bytes());
        assert_eq!(code, 0);
        let v: Value = serde_json::from_str(out.trim()).unwrap();
        assert_eq!(v["file"], "-");
        assert_eq!(v["document_date"], "2024-05-02");
        assert_eq!(v["agreements"][0]["date"], "2024-04-29");
    }
}

#[test]
fn date_lang_and_pretty_options() {
    let text = "Ghana and Togo signed a memorandum of understanding on border security on Monday.";
    let (code, out) = run(&["--date", "2024-05-09", "--lang", "en", "--pretty"], text.as_bytes());
    assert_eq!(code, 0);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["document_date"], "2024-05-09");
    assert_eq!(v["language"], "en");
    assert_eq!(v["agreements"][0]["date"], "2024-05-06");
    assert!(out.trim_end().ends_with("\"file\": \"-\"\n}"));
    let (code, _) = run(&["--date", "2024-02-30"], b"");
    assert_eq!(code, 2, "an invalid option value is a usage error");
}
