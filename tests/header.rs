//! The committed C header is exactly what cbindgen generates from
//! `src/ffi.rs` now, and its version macros match the crate's version.
//!
//! After changing the C ABI, regenerate the header with
//! `ENTENTE_BLESS=1 cargo test --test header` and commit it.

use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The header cbindgen generates from `src/ffi.rs` with `cbindgen.toml`.
fn generate() -> String {
    let config = cbindgen::Config::from_file(root().join("cbindgen.toml")).expect("cbindgen.toml parses");
    let bindings = cbindgen::Builder::new()
        .with_config(config)
        .with_src(root().join("src/ffi.rs"))
        .generate()
        .expect("cbindgen generates the header");
    let mut out = Vec::new();
    bindings.write(&mut out);
    String::from_utf8(out).expect("the header is UTF-8")
}

#[test]
fn committed_header_is_up_to_date() {
    let fresh = generate();
    let path = root().join("include/entente.h");
    if std::env::var_os("ENTENTE_BLESS").is_some() {
        std::fs::write(&path, &fresh).expect("include/entente.h is writable");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "{} differs from what cbindgen generates from src/ffi.rs; run \
         `ENTENTE_BLESS=1 cargo test --test header` and commit the header",
        path.display()
    );
}

/// The value of `#define NAME value` in the header.
fn define(header: &str, name: &str) -> Option<String> {
    header.lines().find_map(|line| {
        let rest = line.trim().strip_prefix("#define ")?;
        let (n, v) = rest.split_once(char::is_whitespace)?;
        (n == name).then(|| v.trim().trim_end_matches('u').to_string())
    })
}

#[test]
fn version_macros_match_the_crate() {
    let header = generate();
    let cases = [
        ("ENTENTE_VERSION", format!("\"{}\"", env!("CARGO_PKG_VERSION"))),
        ("ENTENTE_VERSION_MAJOR", env!("CARGO_PKG_VERSION_MAJOR").to_string()),
        ("ENTENTE_VERSION_MINOR", env!("CARGO_PKG_VERSION_MINOR").to_string()),
        ("ENTENTE_VERSION_PATCH", env!("CARGO_PKG_VERSION_PATCH").to_string()),
        ("ENTENTE_ABI_VERSION", entente::ffi::ENTENTE_ABI_VERSION.to_string()),
        ("ENTENTE_SCHEMA_VERSION", entente::SCHEMA_VERSION.to_string()),
    ];
    for (name, want) in cases {
        assert_eq!(define(&header, name).as_deref(), Some(want.as_str()), "macro {name}");
    }
}

/// Names of the functions the header declares.
fn declared_functions(header: &str) -> Vec<String> {
    header
        .lines()
        .filter(|l| !l.starts_with(' ') && !l.starts_with('#') && !l.starts_with("typedef"))
        .filter_map(|l| l.split_once('(').map(|(head, _)| head))
        .filter_map(|head| head.split_whitespace().last())
        .map(|name| name.trim_start_matches('*').to_string())
        .collect()
}

#[test]
fn every_function_is_prefixed_documented_and_exported() {
    let header = generate();
    let functions = declared_functions(&header);
    assert!(functions.len() >= 30, "{functions:#?}");
    let lines: Vec<&str> = header.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        let Some(name) = declared_functions(line).pop() else { continue };
        assert!(name.starts_with("entente_"), "{name} is not prefixed entente_");
        let previous = i.checked_sub(1).map_or("", |j| lines[j]);
        assert_eq!(previous.trim(), "*/", "{name} has no doc comment in the header");
    }
    // The committed header names the same functions.
    let committed = std::fs::read_to_string(root().join("include/entente.h")).unwrap_or_default();
    assert_eq!(declared_functions(&committed), functions);
}

#[test]
fn status_codes_are_prefixed_and_never_renumbered() {
    let header = generate();
    let cases = [
        ("ENTENTE_STATUS_OK", 0),
        ("ENTENTE_STATUS_INVALID_ARGUMENT", 1),
        ("ENTENTE_STATUS_NULL_POINTER", 2),
        ("ENTENTE_STATUS_INVALID_UTF8", 3),
        ("ENTENTE_STATUS_INPUT_TOO_LARGE", 4),
        ("ENTENTE_STATUS_INTERNAL_ERROR", 5),
        ("ENTENTE_STATUS_INVALID_DATE", 6),
        ("ENTENTE_STATUS_UNSUPPORTED_LANGUAGE", 7),
        ("ENTENTE_STATUS_INVALID_OPTION", 8),
        ("ENTENTE_STATUS_INDEX_OUT_OF_RANGE", 9),
    ];
    for (name, code) in cases {
        assert!(header.contains(&format!("{name} = {code},")), "{name} = {code} missing");
    }
}
