//! Properties that hold for every input, checked on generated text: random
//! Unicode, and article-like text assembled from the words the engine
//! reacts to (instrument nouns, verbs, states, people, dates, punctuation)
//! mixed with control and invisible characters.
//!
//! - any input gives a result (or, over the limit, the input-size error),
//!   never a panic;
//! - the result is deterministic, across calls and across extractors;
//! - every evidence span lies inside the input on character boundaries and
//!   the fields copied from the text equal their evidence;
//! - a limit on agreements keeps the first ones and sets `truncated`;
//! - through the C ABI, bytes that are not UTF-8 give the invalid-UTF-8
//!   code and UTF-8 gives the Rust API's JSON.

use std::ffi::{CStr, c_char};
use std::ptr;
use std::sync::OnceLock;

use entente::ffi::*;
use entente::{Agreement, Document, DocumentInfo, Error, Extractor, Language, Options};
use proptest::prelude::*;

fn shared() -> &'static Extractor {
    static E: OnceLock<Extractor> = OnceLock::new();
    E.get_or_init(|| Extractor::new(Options::default()).unwrap())
}

/// A second extractor with the same options, built separately.
fn twin() -> &'static Extractor {
    static E: OnceLock<Extractor> = OnceLock::new();
    E.get_or_init(|| Extractor::new(Options::default()).unwrap())
}

/// Extractors limited to 1, 2 and 3 agreements.
fn limited(max: usize) -> &'static Extractor {
    static E: OnceLock<Vec<Extractor>> = OnceLock::new();
    let all = E.get_or_init(|| {
        (1..=3)
            .map(|m| {
                let mut o = Options::default();
                o.max_agreements = m;
                Extractor::new(o).unwrap()
            })
            .collect()
    });
    &all[max - 1]
}

/// Pieces of article text; the generator strings them together.
const PIECES: &[&str] = &[
    "Le Maroc", "le Sénégal", "la France", "l'Union africaine", "la CEDEAO", "Kenya", "Ghana", "the European Union",
    "India", "et", "and", "ont signé", "signed", "will sign", "signeront", "a ratifié", "ratified", "paraphé",
    "un accord", "a memorandum of understanding", "un protocole d'accord", "a treaty", "une convention",
    "un accord-cadre", "a joint declaration", "une feuille de route", "an action plan", "de coopération",
    "dans le domaine de la santé", "on energy", "de défense", "à Rabat", "in Nairobi", "à Paris", "mercredi",
    "on Tuesday", "le 12 mars 2025", "on 3 May 2024", "en 2026", "next month", "le mois prochain", "hier",
    "M. Amadou Diallo", "Mme Awa Ndiaye", "ministre des Affaires étrangères", "Foreign Minister Jane Doe",
    "son homologue", "his counterpart", "en présence du président", "in the presence of", "une commission mixte",
    "a joint committee", "RABAT,", "NAIROBI, May 9, 2023 -", "date 2025-03-12", ".", ",", ";", ":", "-", "—",
    "(", ")", "«", "»", "“", "”", "'", "’", "\n", "\n\n", "\0", "\u{200B}", "\u{202E}", "\u{0301}", "🙂", "協定",
    "\u{FFFD}", "é", "A", "1er", "31", "2024",
];

/// Article-like text: up to 120 pieces joined by spaces or nothing.
fn article() -> impl Strategy<Value = String> {
    prop::collection::vec((0..PIECES.len(), any::<bool>()), 0..120).prop_map(|v| {
        let mut s = String::new();
        for (i, space) in v {
            s.push_str(PIECES[i]);
            if space {
                s.push(' ');
            }
        }
        s
    })
}

/// Either random Unicode or article-like text.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), "\\PC{0,300}", article(), article()]
}

/// The value a copied field holds, for the fields whose value is the text
/// of their evidence (trimmed).
fn copied<'a>(a: &'a Agreement, field: &str) -> Option<&'a str> {
    if field == "kind" {
        return Some(&a.kind_text);
    }
    if field == "location" {
        return a.location.as_ref().map(|l| l.name.as_str());
    }
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

fn check_spans(text: &str, doc: &Document) -> Result<(), TestCaseError> {
    for a in &doc.agreements {
        for ev in &a.evidence {
            prop_assert!(ev.start < ev.end && ev.end <= text.len(), "span {:?} outside {} bytes", ev, text.len());
            let written = text.get(ev.start..ev.end);
            prop_assert!(written.is_some(), "span {:?} cuts a character", ev);
            if let (Some(w), Some(said)) = (written, copied(a, &ev.field)) {
                prop_assert_eq!(w.trim(), said, "field {}", &ev.field);
            }
        }
    }
    Ok(())
}

fn last_error() -> String {
    // SAFETY: the library returns a NUL-terminated string valid until the next call.
    unsafe { CStr::from_ptr(entente_last_error_message()) }.to_str().unwrap().to_owned()
}

/// One extraction through the C ABI with default options: the status and,
/// on success, the JSON.
fn c_extract(bytes: &[u8]) -> (entente_status, Option<String>) {
    static C: OnceLock<usize> = OnceLock::new();
    let e = *C.get_or_init(|| {
        let mut e: *mut entente_extractor = ptr::null_mut();
        // SAFETY: NULL options mean defaults; `e` is a valid out-pointer. The
        // extractor lives for the whole test run.
        assert_eq!(unsafe { entente_extractor_new(ptr::null(), &mut e) }, entente_status::Ok);
        e as usize
    }) as *const entente_extractor;
    let mut r: *mut entente_result = ptr::null_mut();
    // SAFETY: `bytes` is live for its length; no date.
    let status = unsafe { entente_extractor_extract(e, bytes.as_ptr().cast(), bytes.len(), ptr::null(), 0, &mut r) };
    if status != entente_status::Ok {
        assert!(r.is_null());
        return (status, None);
    }
    let mut json: *const c_char = ptr::null();
    let mut len = 0;
    // SAFETY: `r` is live until freed just below; the JSON is copied first.
    let json = unsafe {
        assert_eq!(entente_result_json(r, &mut json, &mut len), entente_status::Ok);
        let s = CStr::from_ptr(json).to_str().unwrap().to_owned();
        entente_result_free(r);
        s
    };
    assert_eq!(json.len(), len);
    (status, Some(json))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn any_text_gives_a_result_with_valid_spans(text in text()) {
        let doc = shared().extract(&text, &DocumentInfo::default());
        prop_assert!(doc.is_ok());
        let doc = doc.unwrap();
        check_spans(&text, &doc)?;
        prop_assert!(!doc.truncated);
        for lang in [Language::French, Language::English] {
            let mut info = DocumentInfo::default();
            info.language = Some(lang);
            check_spans(&text, &shared().extract(&text, &info).unwrap())?;
        }
    }

    #[test]
    fn results_are_deterministic(text in text()) {
        let first = shared().extract(&text, &DocumentInfo::default()).unwrap();
        let again = shared().extract(&text, &DocumentInfo::default()).unwrap();
        prop_assert_eq!(&first, &again);
        let other = twin().extract(&text, &DocumentInfo::default()).unwrap();
        prop_assert_eq!(first.to_json(), other.to_json());
    }

    #[test]
    fn agreement_limit_keeps_the_first_and_flags_the_cut(text in article(), max in 1usize..4) {
        let cut = limited(max).extract(&text, &DocumentInfo::default()).unwrap();
        let full = shared().extract(&text, &DocumentInfo::default()).unwrap();
        prop_assert_eq!(cut.truncated, full.agreements.len() > max);
        prop_assert_eq!(cut.agreements.len(), full.agreements.len().min(max));
        prop_assert_eq!(&cut.agreements[..], &full.agreements[..cut.agreements.len()]);
    }

    #[test]
    fn input_limit_is_exact(text in "\\PC{1,200}", slack in 0usize..3) {
        let mut o = Options::default();
        o.max_input_bytes = (text.len() + slack).saturating_sub(1).max(1);
        let limit = o.max_input_bytes;
        let r = Extractor::new(o).unwrap().extract(&text, &DocumentInfo::default());
        if text.len() > limit {
            prop_assert_eq!(r.unwrap_err(), Error::InputTooLarge { len: text.len(), limit });
        } else {
            prop_assert!(r.is_ok());
        }
    }

    #[test]
    fn c_abi_refuses_invalid_utf8_with_its_code(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let (status, json) = c_extract(&bytes);
        match std::str::from_utf8(&bytes) {
            Ok(text) => {
                prop_assert_eq!(status, entente_status::Ok);
                prop_assert_eq!(last_error(), "");
                let rust = shared().extract(text, &DocumentInfo::default()).unwrap().to_json();
                prop_assert_eq!(json.unwrap(), rust);
            }
            Err(_) => {
                prop_assert_eq!(status, entente_status::InvalidUtf8);
                prop_assert!(!last_error().is_empty());
            }
        }
    }

    #[test]
    fn c_abi_refuses_text_made_invalid_by_one_byte(text in article(), at in any::<prop::sample::Index>(), bad in 0x80u8..=0xFF) {
        let mut bytes = text.into_bytes();
        let i = at.index(bytes.len() + 1);
        bytes.insert(i, bad);
        let (status, _) = c_extract(&bytes);
        if std::str::from_utf8(&bytes).is_err() {
            prop_assert_eq!(status, entente_status::InvalidUtf8);
        } else {
            prop_assert_eq!(status, entente_status::Ok);
        }
    }
}
