//! Hostile inputs: text from the open web that could crash, hang or bloat
//! the library. Each test checks that the call returns, with a result whose
//! evidence spans lie inside the input on character boundaries and whose
//! size the options bound. Time is not asserted here: the benchmark checks
//! that cost grows in proportion to size.
//!
//! The fuzz targets' crashes are replayed from `fuzz/regressions/` (each
//! file a fuzz input: a selector byte, then the text).

use std::path::PathBuf;

use entente::{Date, Document, DocumentInfo, Error, Extractor, Language, Options};

fn extractor(f: impl FnOnce(&mut Options)) -> Extractor {
    let mut o = Options::default();
    f(&mut o);
    Extractor::new(o).expect("valid options")
}

/// Extracts with `e` and checks the invariants every result must keep.
fn extract_checked(e: &Extractor, text: &str) -> Document {
    let doc = e.extract(text, &DocumentInfo::default()).expect("an input under the limit is accepted");
    check(text, &doc, e.options().max_agreements);
    doc
}

/// Spans inside `text` on character boundaries, copied fields equal to
/// their evidence, at most `max` agreements, and serializable.
fn check(text: &str, doc: &Document, max: usize) {
    assert!(doc.agreements.len() <= max, "{} agreements over the limit {max}", doc.agreements.len());
    for a in &doc.agreements {
        for ev in &a.evidence {
            assert!(ev.start < ev.end && ev.end <= text.len(), "span {ev:?} outside {} bytes", text.len());
            let written = text.get(ev.start..ev.end).unwrap_or_else(|| panic!("span {ev:?} cuts a character"));
            if ev.field == "kind" {
                assert_eq!(written.trim(), a.kind_text);
            }
        }
    }
    assert!(doc.to_json().starts_with('{'));
}

/// A signing sentence, French or English, that yields one agreement.
const SIGNING_FR: &str = "Le Maroc et le Sénégal ont signé mercredi à Rabat un accord de coopération dans le domaine de la pêche. ";
const SIGNING_EN: &str = "Kenya and Ghana signed a memorandum of understanding on health in Nairobi on Tuesday. ";

// ---------------------------------------------------------------------------
// Fuzz regressions.

/// Replays one fuzz input the way `fuzz/fuzz_targets/extract.rs` reads it.
fn replay(data: &[u8]) {
    let Some((&pick, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    let e = match pick % 4 {
        0 => extractor(|_| {}),
        1 => extractor(|o| {
            o.language = Some(Language::French);
            o.max_agreements = 1;
        }),
        2 => extractor(|o| {
            o.language = Some(Language::English);
            o.document_date = Date::new(2024, 2, 29);
        }),
        _ => extractor(|o| o.max_input_bytes = 64),
    };
    match e.extract(&text, &DocumentInfo::default()) {
        Ok(doc) => check(&text, &doc, e.options().max_agreements),
        Err(err) => assert!(matches!(err, Error::InputTooLarge { .. }), "{err}"),
    }
}

/// Every saved fuzz crash, replayed (crashes found in src/pipeline.rs,
/// src/assemble.rs and src/slots.rs, fixed since).
#[test]
fn fuzz_regressions_replay_cleanly() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions");
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    assert!(!files.is_empty(), "no regression inputs in {}", dir.display());
    for f in files {
        println!("replaying {}", f.display());
        replay(&std::fs::read(&f).unwrap());
    }
}

/// Fuzz crash 1 (src/pipeline.rs, `datelines`: `&body[..body.len().min(120)]`
/// sliced the folded line at byte 120 even inside a multi-byte character).
/// A line that opens with a capitalised word and is long enough, with a
/// character of three bytes across byte 120.
#[test]
fn dateline_window_inside_a_multibyte_character() {
    let e = extractor(|_| {});
    for pad in 100..=124 {
        let line = format!("RABAT {} 漢字 accord signé.", "a".repeat(pad));
        extract_checked(&e, &line);
        let line = format!("DAKAR, {} \u{FFFD}\u{FFFD} accord de pêche signé.", "b".repeat(pad));
        extract_checked(&e, &line);
    }
}

/// A title's small word ("the Trade in Goods Agreement") after a word that
/// a character of several bytes opens: the title's lead ends after that
/// character, not one byte into it.
#[test]
fn a_titles_small_word_after_a_wide_separator() {
    let e = extractor(|_| {});
    for sep in ["\u{FFFD}", "漢", "«", "—"] {
        let text = format!("Peru and Senegal signed the {sep}Trade in Goods Agreement on Monday.");
        let doc = extract_checked(&e, &text);
        assert_eq!(doc.agreements.len(), 1, "{text}");
    }
}

/// An instrument's complement is capped at 120 bytes, which may fall inside
/// a character: the sector reader must not slice there.
#[test]
fn complement_cap_inside_a_multibyte_character() {
    let e = extractor(|_| {});
    for pad in 100..=124 {
        let text = format!(" date 2025-03-12 Le Kenya et la France ont signé lundi un accord-cadre {}\u{FFFD}\u{FFFD} sur l'eau.", "a".repeat(pad));
        extract_checked(&e, &text);
        let text = format!(" date 2025-03-12 Kenya and France signed a loan agreement on Monday {}漢字 for water.", "b".repeat(pad));
        extract_checked(&e, &text);
    }
}

/// Fuzz crash 2 (src/assemble.rs, English modifiers before an instrument
/// noun: `trimmed.rfind(..).map_or(0, |i| i + 1)` stepped one byte past a
/// multi-byte non-word character).
#[test]
fn english_modifier_after_a_multibyte_mark() {
    let e = extractor(|o| o.language = Some(Language::English));
    for mark in ["\u{FFFD}", "®", "•", "·", "€", "漢", "🙂"] {
        let text = format!("Canada and Peru will sign a {mark}trade agreement in Lima next month.");
        extract_checked(&e, &text);
        let text = format!("Canada and Peru signed a{mark}free trade agreement.");
        extract_checked(&e, &text);
    }
}

// ---------------------------------------------------------------------------
// Size.

/// 50 MB on one line with no full stop: the text is cut into pieces
/// without any sentence or paragraph break to help.
#[test]
fn fifty_megabytes_on_one_line_without_a_full_stop() {
    let unit = "le Maroc et le Sénégal ont signé un accord de pêche à Rabat le 12 mars 2025 et ";
    let text = unit.repeat(50_000_000 / unit.len() + 1);
    assert!(text.len() >= 50_000_000 && !text.contains('.') && !text.contains('\n'));
    let doc = extract_checked(&extractor(|_| {}), &text);
    assert_eq!(doc.language, "fr");
}

/// A million capitalised words: the name recognizer's runs of capitals.
#[test]
fn a_million_capitalised_words() {
    let words = ["Amadou", "Diallo", "Ministre", "Accord", "Paris", "Zhou", "Ndiaye", "Président", "Traité", "Koffi"];
    let mut text = String::with_capacity(9_000_000);
    for i in 0..1_000_000usize {
        text.push_str(words[(i * 7 + i / 10) % words.len()]);
        text.push(' ');
    }
    extract_checked(&extractor(|_| {}), &text);
    extract_checked(&extractor(|o| o.language = Some(Language::English)), &text);
}

/// One signing sentence a hundred thousand times: the agreement list stops
/// at the limit and says so.
#[test]
fn the_same_signing_sentence_a_hundred_thousand_times() {
    let text = SIGNING_FR.repeat(100_000);
    let doc = extract_checked(&extractor(|_| {}), &text);
    assert!(!doc.agreements.is_empty());
    if doc.agreements.len() == 1024 {
        assert!(doc.truncated, "the default limit of 1024 was reached without the flag");
    }
    let doc = extract_checked(&extractor(|o| o.max_agreements = 3), &text);
    assert_eq!(doc.agreements.len(), 3);
    assert!(doc.truncated);
}

/// The truncation flag is set exactly when agreements were cut, and the
/// cut list is the start of the full one.
#[test]
fn truncation_keeps_the_first_agreements_and_says_so() {
    // Distinct signings: the same one told twice is one agreement.
    let pairs = [("le Maroc", "le Sénégal"), ("le Mali", "le Niger"), ("le Tchad", "le Cameroun"), ("le Gabon", "le Congo"), ("le Bénin", "le Togo")];
    let text: String = pairs
        .iter()
        .map(|(a, b)| format!("{a} et {b} ont signé mercredi à Rabat un accord de coopération dans le domaine de la pêche.\n\n"))
        .collect();
    let full = extract_checked(&extractor(|_| {}), &text);
    assert!(!full.truncated);
    assert!(full.agreements.len() >= 2, "{}", full.to_json());
    for max in 1..=full.agreements.len() + 1 {
        let cut = extract_checked(&extractor(|o| o.max_agreements = max), &text);
        assert_eq!(cut.truncated, full.agreements.len() > max, "max {max}");
        assert_eq!(cut.agreements[..], full.agreements[..cut.agreements.len()], "max {max}");
    }
}

/// The input limit: at the limit accepted, one byte over refused with a
/// clear error naming both sizes; a limit of 0 refused when building.
#[test]
fn input_limit_refuses_with_a_clear_error() {
    let e = extractor(|o| o.max_input_bytes = SIGNING_EN.len());
    extract_checked(&e, SIGNING_EN);
    let over = format!("{SIGNING_EN}x");
    let err = e.extract(&over, &DocumentInfo::default()).unwrap_err();
    assert_eq!(err, Error::InputTooLarge { len: SIGNING_EN.len() + 1, limit: SIGNING_EN.len() });
    assert!(err.to_string().contains("max_input_bytes"), "{err}");
    let defaults = Options::default();
    assert_eq!((defaults.max_input_bytes, defaults.max_agreements), (256 * 1024 * 1024, 1024));
    for (bytes, agreements) in [(0, 1), (1, 0)] {
        let mut o = Options::default();
        o.max_input_bytes = bytes;
        o.max_agreements = agreements;
        assert!(matches!(Extractor::new(o), Err(Error::InvalidOption { .. })));
    }
}

// ---------------------------------------------------------------------------
// Structure.

/// Thousands of nested parentheses and quotes of every kind around a
/// signing sentence, then the same number closed, and unbalanced runs.
#[test]
fn thousands_of_nested_parentheses_and_quotes() {
    let open = "(«“[\"'‘{";
    let close = "}’'\"]”»)";
    let n = 5000;
    let nested = format!("{}{}{}", open.repeat(n), SIGNING_FR, close.repeat(n));
    let e = extractor(|_| {});
    extract_checked(&e, &nested);
    extract_checked(&e, &format!("{}{SIGNING_EN}", open.repeat(3 * n)));
    extract_checked(&e, &format!("{SIGNING_EN}{}", close.repeat(3 * n)));
    let interleaved: String = (0..20_000).map(|i| if i % 3 == 0 { "( accord " } else { "« signé » ) " }).collect();
    extract_checked(&e, &interleaved);
}

/// Control and invisible characters, combining marks, emoji and other
/// scripts, alone and inside signing sentences.
#[test]
fn control_invisible_and_foreign_characters() {
    let odd = [
        "\0", "\u{200B}", "\u{200C}", "\u{200D}", "\u{FEFF}", "\u{202E}", "\u{202D}", "\u{2066}", "\u{2069}", "\u{200F}",
        "\u{0301}", "\u{0308}\u{0323}", "e\u{0301}", "🇸🇳", "👩‍👩‍👧", "✍\u{FE0F}", "اتفاقية", "協定", "соглашение", "समझौता",
        "\u{FFFD}", "\r", "\t", "\u{85}", "\u{2028}", "\u{2029}", "\u{1}", "\u{7F}",
    ];
    let e = extractor(|_| {});
    for mark in odd {
        extract_checked(&e, mark);
        extract_checked(&e, &mark.repeat(10_000));
        // The mark between every word of a signing sentence.
        for base in [SIGNING_FR, SIGNING_EN] {
            let spread: Vec<&str> = base.split(' ').collect();
            extract_checked(&e, &spread.join(&format!(" {mark}")));
            extract_checked(&e, &spread.join(mark));
            // And inside the words, after each character.
            let inside: String = base.chars().flat_map(|c| std::iter::once(c.to_string()).chain([mark.to_string()])).collect();
            extract_checked(&e, &inside);
        }
    }
    let all: String = odd.concat();
    extract_checked(&e, &format!("{all}{SIGNING_FR}{all}{SIGNING_EN}{all}").repeat(200));
}

/// A document made only of titles and names, in both languages.
#[test]
fn a_document_of_only_titles_and_names() {
    let titles = [
        "M. Jean-Baptiste Kouassi, ministre ivoirien des Affaires étrangères, ",
        "Mme Aminata Touré, Première ministre, ",
        "le président Félix Tshisekedi, ",
        "son homologue Ali Bongo Ondimba, ",
        "Secretary of State Antony Blinken, ",
        "Dr. Tedros Adhanom Ghebreyesus, Director-General, ",
        "Prime Minister Narendra Modi and ",
        "General Abdourahamane Tiani, ",
    ];
    let text: String = (0..40_000).map(|i| titles[i % titles.len()]).collect();
    let e = extractor(|_| {});
    extract_checked(&e, &text);
    extract_checked(&e, &text.replace(", ", "\n"));
    extract_checked(&e, &format!("{text} ont signé un accord."));
}

/// Many instrument nouns and signing verbs with nothing else: every one
/// may start an agreement, so the limit must hold the list.
#[test]
fn a_document_of_only_instrument_nouns_and_verbs() {
    let text = "accord signé traité ratifié convention protocole d'accord mémorandum agreement signed treaty MoU ".repeat(50_000);
    let e = extractor(|o| o.max_agreements = 10);
    let doc = extract_checked(&e, &text);
    assert!(doc.agreements.len() <= 10);
    extract_checked(&extractor(|o| o.language = Some(Language::English)), &text);
}

/// Lines of every length, and paragraph breaks of every kind, around the
/// 256 KiB pieces the pipeline cuts long texts into.
#[test]
fn breaks_around_the_piece_boundary() {
    let e = extractor(|_| {});
    let piece = 256 * 1024;
    for (filler, brk) in [("é", "\n\n"), ("漢", "\n"), ("a", "\r\n\r\n"), ("🙂", " ")] {
        let mut text = String::new();
        while text.len() < piece - 40 {
            text.push_str(filler);
        }
        text.push_str(brk);
        text.push_str(&SIGNING_FR.repeat(20));
        text.push_str(&filler.repeat(piece / filler.len()));
        text.push_str(SIGNING_EN);
        let doc = extract_checked(&e, &text);
        assert!(!doc.agreements.is_empty(), "no agreement with {filler:?} {brk:?}");
    }
}

/// Dates at the edges of the calendar and absurd numbers.
#[test]
fn absurd_dates_and_numbers() {
    let e = extractor(|_| {});
    let dates = [
        "le 31 février 2025", "le 0 janvier 0", "le 99 mars 99999999999999999999", "on 29 February 2023",
        "en l'an -2147483648", "in the year 4294967296", "le 1er janvier 9999", "date 0000-00-00", "date 9999-12-31",
        "31/12/99999", "2025-13-45", "le 18446744073709551616 juin",
    ];
    for d in dates {
        extract_checked(&e, &format!("date {d}\nLe Maroc et le Sénégal ont signé {d} un accord de pêche."));
        extract_checked(&e, &format!("Kenya and Ghana signed a treaty {d}."));
        for edge in [Date::new(9999, 12, 31), Date::new(1, 1, 1), Date::new(0, 1, 1)].into_iter().flatten() {
            let text = format!("RABAT, {d} - Le Maroc et le Sénégal signeront un accord l'an prochain, le 3 mars.");
            let doc = e.extract(&text, &DocumentInfo::with_date(edge)).expect("accepted");
            check(&text, &doc, 1024);
        }
    }
}
