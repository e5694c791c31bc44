//! The Rust API on arbitrary text: never a panic, a deterministic result,
//! and every evidence span inside the input on character boundaries.
//!
//! The first byte picks one of four extractors (detected language, French
//! with at most one agreement, English with a document date, a 64-byte input
//! limit); the rest is the text (invalid UTF-8 replaced by U+FFFD, so every
//! input reaches the engine).

#![no_main]

use std::sync::OnceLock;

use entente::{Date, Document, DocumentInfo, Extractor, Language, Options};
use libfuzzer_sys::fuzz_target;

fn extractors() -> &'static [Extractor; 4] {
    static ALL: OnceLock<[Extractor; 4]> = OnceLock::new();
    ALL.get_or_init(|| {
        let build = |f: fn(&mut Options)| {
            let mut o = Options::default();
            f(&mut o);
            Extractor::new(o).expect("valid options")
        };
        [
            build(|_| {}),
            build(|o| {
                o.language = Some(Language::French);
                o.max_agreements = 1;
            }),
            build(|o| {
                o.language = Some(Language::English);
                o.document_date = Date::new(2024, 2, 29);
            }),
            build(|o| o.max_input_bytes = 64),
        ]
    })
}

/// The checks every result must pass.
fn check(text: &str, doc: &Document, max_agreements: usize) {
    assert!(doc.agreements.len() <= max_agreements);
    for a in &doc.agreements {
        assert!((0.0..=1.0).contains(&a.confidence));
        for e in &a.evidence {
            assert!(e.start < e.end && e.end <= text.len(), "span {e:?} outside {} bytes", text.len());
            let written = text.get(e.start..e.end).expect("evidence on char boundaries");
            let said = match e.field.as_str() {
                "kind" => Some(a.kind_text.as_str()),
                "location" => a.location.as_ref().map(|l| l.name.as_str()),
                f => list_item(a, f),
            };
            if let Some(said) = said {
                assert_eq!(written.trim(), said, "field {} disagrees with its evidence", e.field);
            }
        }
    }
    let _ = doc.to_json();
}

/// The value an indexed evidence field (`signatories[0]`) names, for the
/// lists whose values are copied from the text.
fn list_item<'a>(a: &'a entente::Agreement, field: &str) -> Option<&'a str> {
    let (name, rest) = field.split_once('[')?;
    let i: usize = rest.strip_suffix(']')?.parse().ok()?;
    match name {
        "signatories" => a.signatories.get(i).map(|p| p.name.as_str()),
        "witnesses" => a.witnesses.get(i).map(|p| p.name.as_str()),
        "areas" => a.areas.get(i).map(String::as_str),
        "mechanisms" => a.mechanisms.get(i).map(String::as_str),
        _ => None,
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    let extractor = &extractors()[usize::from(pick % 4)];
    let info = DocumentInfo::default();
    match extractor.extract(&text, &info) {
        Ok(doc) => {
            check(&text, &doc, extractor.options().max_agreements);
            let again = extractor.extract(&text, &info).expect("same input, same outcome");
            assert_eq!(doc, again, "two runs on one input differ");
        }
        Err(e) => {
            assert!(text.len() > extractor.options().max_input_bytes, "unexpected error {e}");
        }
    }
});
