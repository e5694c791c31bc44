//! The date and name recognizers on arbitrary text, alone: never a panic,
//! every span inside the input on character boundaries, names non-empty
//! and sorted without overlaps, resolved dates well formed.
//!
//! The first byte's low bit picks French (1) or English (0); the rest is
//! the text (invalid UTF-8 replaced by U+FFFD).

#![no_main]

use entente::fuzzing::{find_dates, find_people};
use libfuzzer_sys::fuzz_target;

fn on_chars(text: &str, (s, e): (usize, usize)) -> bool {
    s <= e && text.get(s..e).is_some()
}

/// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, digits and dashes only.
fn well_formed(v: &str) -> bool {
    matches!(v.len(), 4 | 7 | 10)
        && v.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() })
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    let french = pick & 1 == 1;
    let mut last_end = 0;
    for (span, past, future) in find_dates(&text, french) {
        assert!(on_chars(&text, span), "date span {span:?} in {} bytes", text.len());
        assert!(span.0 >= last_end, "dates overlap or are out of order");
        last_end = span.1;
        for v in past.iter().chain(future.iter()) {
            assert!(well_formed(v), "resolved date {v:?}");
        }
    }
    let mut last_end = 0;
    for (name, role) in find_people(&text, french) {
        assert!(on_chars(&text, name) && name.0 < name.1, "name span {name:?}");
        assert!(name.0 >= last_end, "names overlap or are out of order");
        last_end = name.1;
        if let Some(r) = role {
            assert!(on_chars(&text, r), "role span {r:?}");
        }
    }
});
