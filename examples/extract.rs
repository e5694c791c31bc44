//! The command-line face of entente.
//!
//! ```text
//! extract [--date YYYY-MM-DD] [--lang fr|en] [--pretty] [FILE...]
//! ```
//!
//! Prints one JSON object per line, one per file in the order given: the
//! extraction result (schema version 1) plus `"file"`, the path as given.
//! With no file, or `-`, it reads standard input. A file that cannot be read
//! or is not UTF-8 gets `{"file": ..., "error": "..."}`; the others are still
//! processed and the exit status is 1.

use std::io::{self, BufWriter, Read, Write};
use std::process::ExitCode;

use entente::{Date, DocumentInfo, Extractor, Language, Options};

const USAGE: &str = "usage: extract [--date YYYY-MM-DD] [--lang fr|en] [--pretty] [FILE...]";

fn main() -> ExitCode {
    match run() {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(msg) => {
            eprintln!("extract: {msg}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// Runs the command; `Ok(false)` when some file failed.
fn run() -> Result<bool, String> {
    let mut info = DocumentInfo::default();
    let mut pretty = false;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--date" => {
                let v = args.next().ok_or("--date needs a value")?;
                info.document_date = Some(Date::parse(&v).map_err(|e| e.to_string())?);
            }
            "--lang" => {
                let v = args.next().ok_or("--lang needs a value")?;
                info.language = Some(Language::from_code(&v).map_err(|e| e.to_string())?);
            }
            "--pretty" => pretty = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(true);
            }
            "--" => files.extend(args.by_ref()),
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            _ => files.push(arg),
        }
    }
    if files.is_empty() {
        files.push("-".to_string());
    }
    let extractor = Extractor::new(Options::default()).map_err(|e| e.to_string())?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut all_ok = true;
    for file in &files {
        let name = serde_json::to_string(file).map_err(|e| e.to_string())?;
        let result = read(file).and_then(|text| extractor.extract(&text, &info).map_err(|e| e.to_string()));
        // The library's JSON with "file" spliced in as the last key: the same
        // bytes the C, C++ and Python faces print.
        let line = match result {
            Ok(doc) if pretty => {
                let json = serde_json::to_string_pretty(&doc).map_err(|e| e.to_string())?;
                let body = json.strip_suffix("\n}").unwrap_or(&json);
                format!("{body},\n  \"file\": {name}\n}}")
            }
            Ok(doc) => {
                let json = doc.to_json();
                let body = json.strip_suffix('}').unwrap_or(&json);
                format!("{body},\"file\":{name}}}")
            }
            Err(e) => {
                all_ok = false;
                let msg = serde_json::to_string(&e).map_err(|e| e.to_string())?;
                if pretty {
                    format!("{{\n  \"file\": {name},\n  \"error\": {msg}\n}}")
                } else {
                    format!("{{\"file\":{name},\"error\":{msg}}}")
                }
            }
        };
        writeln!(out, "{line}").map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())?;
    Ok(all_ok)
}

/// Reads a file, or standard input for `-`, as UTF-8.
fn read(file: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    if file == "-" {
        io::stdin().read_to_end(&mut bytes).map_err(|e| format!("cannot read standard input: {e}"))?;
    } else {
        bytes = std::fs::read(file).map_err(|e| format!("cannot read {file}: {e}"))?;
    }
    String::from_utf8(bytes).map_err(|e| format!("{file} is not UTF-8 (invalid byte at offset {})", e.utf8_error().valid_up_to()))
}
