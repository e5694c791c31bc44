//! Entry points for the fuzz targets in `fuzz/`: the crate-private
//! recognizers on their own, behind the `fuzzing` cargo feature.
//!
//! Not part of the public API: hidden from the documentation, absent from
//! ordinary builds, and free to change at any time.

use crate::Language;
use crate::normalize::Folded;

/// The language a fuzz input's first byte selects: odd French, even English.
fn language(french: bool) -> Language {
    if french { Language::French } else { Language::English }
}

/// Every date expression the date recognizer finds in `text`: its input
/// byte span and its values resolved, as of the document date read at the
/// top of `text` (else 2025-01-15), for a past and a future tense.
pub fn find_dates(text: &str, french: bool) -> Vec<((usize, usize), Option<String>, Option<String>)> {
    let folded = Folded::new(text);
    let mut doc = crate::dates::document_date(text, &folded);
    if doc.full.is_none() && doc.year_month.is_none() {
        let fallback = crate::calendar::Date::new(2025, 1, 15);
        doc = fallback.map_or(doc, crate::dates::DocumentDate::known);
    }
    crate::dates::find_dates(text, &folded, language(french))
        .into_iter()
        .map(|d| {
            let past = crate::dates::resolve(&d.expr, &doc, crate::dates::Tense::Past);
            let future = crate::dates::resolve(&d.expr, &doc, crate::dates::Tense::Future);
            ((d.start, d.end), past, future)
        })
        .collect()
}

/// Input byte spans of every person the name recognizer finds in `text`:
/// the name's span and the role's, when there is one.
pub fn find_people(text: &str, french: bool) -> Vec<((usize, usize), Option<(usize, usize)>)> {
    let folded = Folded::new(text);
    crate::people::find_people(text, &folded, language(french), &[])
        .into_iter()
        .map(|p| (p.name, p.role))
        .collect()
}
