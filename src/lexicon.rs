//! A phrase matcher over folded text: many phrases, one automaton, one pass.
//!
//! Phrases are folded the same way as the text ([`crate::normalize`]), so
//! "Côte d’Ivoire" in the table finds "COTE D'IVOIRE" in the text. A match
//! counts only when it starts and ends on a word boundary.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Input, MatchKind};

use crate::normalize::Folded;

/// A compiled set of phrases, each carrying a value of type `T`.
#[derive(Debug)]
pub(crate) struct Lexicon<T> {
    /// Leftmost-longest matches: one fast pass for [`Lexicon::find`].
    longest: AhoCorasick,
    /// Every match, overlapping ones included, for [`Lexicon::find_all`];
    /// built only for lexicons that need it.
    overlapping: Option<AhoCorasick>,
    values: Vec<T>,
}

/// One phrase found in a folded text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hit<'a, T> {
    /// Folded byte range.
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// The value the phrase carries.
    pub(crate) value: &'a T,
}

impl<T> Lexicon<T> {
    /// Compiles `(phrase, value)` pairs. Phrases are folded first; empty
    /// ones are skipped. When one folded phrase appears twice, both values
    /// are kept and both hits are reported.
    pub(crate) fn new(entries: impl IntoIterator<Item = (String, T)>) -> Lexicon<T> {
        Lexicon::build(entries, false)
    }

    /// Like [`Lexicon::new`], also able to report overlapping matches.
    pub(crate) fn with_overlaps(entries: impl IntoIterator<Item = (String, T)>) -> Lexicon<T> {
        Lexicon::build(entries, true)
    }

    fn build(entries: impl IntoIterator<Item = (String, T)>, overlaps: bool) -> Lexicon<T> {
        let mut patterns = Vec::new();
        let mut values = Vec::new();
        for (phrase, value) in entries {
            let folded = fold_phrase(&phrase);
            if folded.is_empty() {
                continue;
            }
            patterns.push(folded);
            values.push(value);
        }
        // A DFA: the fastest search, built once per extractor.
        let longest = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&patterns)
            .expect("lexicon phrases are small and always compile");
        let overlapping = overlaps.then(|| {
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::Standard)
                .build(&patterns)
                .expect("lexicon phrases are small and always compile")
        });
        Lexicon { longest, overlapping, values }
    }

    /// Every phrase occurrence in `folded` that lies on word boundaries,
    /// overlapping ones included, ordered by start then longest first.
    ///
    /// # Panics
    /// When the lexicon was built without overlaps: a programming error.
    pub(crate) fn find_all<'a>(&'a self, folded: &str) -> Vec<Hit<'a, T>> {
        let bytes = folded.as_bytes();
        let automaton = self.overlapping.as_ref().expect("find_all needs Lexicon::with_overlaps");
        let mut hits: Vec<Hit<'a, T>> = automaton
            .find_overlapping_iter(folded)
            .filter(|m| is_boundary(bytes, m.start()) && is_boundary(bytes, m.end()))
            .map(|m| Hit { start: m.start(), end: m.end(), value: &self.values[m.pattern().as_usize()] })
            .collect();
        hits.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
        hits
    }

    /// The leftmost-longest non-overlapping hits on word boundaries. A
    /// match that is not on boundaries ("a signe" inside "kenya signed")
    /// hides nothing: the search resumes one character after its start.
    /// A longest match that ends off a boundary still hides a shorter one
    /// at the same start; the tables avoid such pairs.
    pub(crate) fn find<'a>(&'a self, folded: &str) -> Vec<Hit<'a, T>> {
        let bytes = folded.as_bytes();
        let mut out = Vec::new();
        let mut pos = 0;
        while pos < folded.len() {
            let Some(m) = self.longest.find(Input::new(folded).range(pos..)) else { break };
            if is_boundary(bytes, m.start()) && is_boundary(bytes, m.end()) {
                out.push(Hit { start: m.start(), end: m.end(), value: &self.values[m.pattern().as_usize()] });
                pos = m.end();
            } else {
                // A valid match starts on a word boundary: resume at the end
                // of the word this one started in.
                let rest = &bytes[m.start() + 1..];
                let skip = rest.iter().position(|&b| !is_word_byte(b)).unwrap_or(rest.len());
                pos = m.start() + 1 + skip;
            }
        }
        out
    }
}

/// Folds a table phrase the way texts are folded.
pub(crate) fn fold_phrase(phrase: &str) -> String {
    Folded::new(phrase.trim()).text
}

/// Whether a word boundary lies at byte `i` of `s`: the characters on each
/// side are not both word characters.
pub(crate) fn is_boundary(s: &[u8], i: usize) -> bool {
    let before = i > 0 && is_word_byte(s[i - 1]);
    let after = i < s.len() && is_word_byte(s[i]);
    !(before && after)
}

/// Letters, digits and any byte of a non-ASCII character count as word
/// characters; folding leaves Latin letters ASCII.
pub(crate) fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_on_word_boundaries_only() {
        let lex = Lexicon::new([("accord".to_string(), 1), ("accord-cadre".to_string(), 2)]);
        let text = Folded::new("Un accord-cadre, un désaccord et un accord.").text;
        let hits: Vec<_> = lex.find(&text).iter().map(|h| (&text[h.start..h.end], *h.value)).collect();
        assert_eq!(hits, vec![("accord-cadre", 2), ("accord", 1)]);
    }

    #[test]
    fn a_match_inside_a_word_hides_nothing() {
        let lex = Lexicon::new([("a signe".to_string(), 1), ("signed".to_string(), 2)]);
        let text = "kenya signed";
        let hits: Vec<_> = lex.find(text).iter().map(|h| *h.value).collect();
        assert_eq!(hits, vec![2]);
    }

    #[test]
    fn table_phrases_are_folded() {
        let lex = Lexicon::new([("Côte d’Ivoire".to_string(), "CI")]);
        let text = Folded::new("La COTE D'IVOIRE signe").text;
        assert_eq!(lex.find(&text).len(), 1);
    }
}
