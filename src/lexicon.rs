//! A phrase matcher over folded text: many phrases, one automaton, one pass.
//!
//! Phrases are folded the same way as the text ([`crate::normalize`]), so
//! "Côte d’Ivoire" in the table finds "COTE D'IVOIRE" in the text. A match
//! counts only when it starts and ends on a word boundary.

#[cfg(test)]
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::normalize::Folded;

/// A compiled set of phrases, each carrying a value of type `T`.
///
/// The pipeline does not search with a lexicon alone: a [`Union`] of all
/// of them reads the text once, and each lexicon selects its hits from the
/// union's raw matches ([`Lexicon::select`]). Tests search with a
/// lexicon's own automaton (`Lexicon::find`), built on first use.
#[derive(Debug)]
pub(crate) struct Lexicon<T> {
    /// The folded phrases.
    patterns: Vec<String>,
    values: Vec<T>,
    /// Every match, overlapping ones included, for a search on its own.
    #[cfg(test)]
    own: OnceLock<AhoCorasick>,
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

/// A match of one phrase that starts on a word boundary, before any
/// selection: its folded byte range and the phrase's index in its lexicon.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Raw {
    start: usize,
    end: usize,
    phrase: u32,
}

impl<T> Lexicon<T> {
    /// Compiles `(phrase, value)` pairs. Phrases are folded first; empty
    /// ones are skipped. When one folded phrase appears twice, the first
    /// one's value is reported.
    pub(crate) fn new(entries: impl IntoIterator<Item = (String, T)>) -> Lexicon<T> {
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
        Lexicon {
            patterns,
            values,
            #[cfg(test)]
            own: OnceLock::new(),
        }
    }

    /// The folded phrases, in the order of their values.
    pub(crate) fn patterns(&self) -> &[String] {
        &self.patterns
    }

    /// The raw matches of this lexicon's own automaton.
    #[cfg(test)]
    fn raw(&self, folded: &str) -> Vec<Raw> {
        let ac = self.own.get_or_init(|| overlapping(self.patterns.iter()));
        let bytes = folded.as_bytes();
        let mut raw: Vec<Raw> = ac
            .find_overlapping_iter(folded)
            .filter(|m| is_boundary(bytes, m.start()))
            .map(|m| Raw { start: m.start(), end: m.end(), phrase: m.pattern().as_u32() })
            .collect();
        sort_raw(&mut raw);
        raw
    }

    /// The leftmost-longest non-overlapping hits on word boundaries; see
    /// [`Lexicon::select`].
    #[cfg(test)]
    pub(crate) fn find<'a>(&'a self, folded: &str) -> Vec<Hit<'a, T>> {
        self.select(&self.raw(folded), folded)
    }

    /// The hits on word boundaries among `raw` (this lexicon's matches in
    /// `folded`, from [`Union::scan`]), overlapping ones included, ordered
    /// by start then longest first.
    pub(crate) fn select_all<'a>(&'a self, raw: &[Raw], folded: &str) -> Vec<Hit<'a, T>> {
        let bytes = folded.as_bytes();
        raw.iter().filter(|r| is_boundary(bytes, r.end)).map(|r| self.hit(r)).collect()
    }

    /// The leftmost-longest non-overlapping hits on word boundaries among
    /// `raw`. The longest phrase at the leftmost start is taken when it
    /// also ends on a boundary; when it does not, it still hides the
    /// shorter ones at that start ("accord" in "accords"), and the search
    /// goes on after that word. The tables avoid such pairs.
    pub(crate) fn select<'a>(&'a self, raw: &[Raw], folded: &str) -> Vec<Hit<'a, T>> {
        let bytes = folded.as_bytes();
        let mut out = Vec::new();
        let mut pos = 0;
        for r in raw {
            // The first of each start is the longest; the others are then
            // behind `pos`.
            if r.start < pos {
                continue;
            }
            if is_boundary(bytes, r.end) {
                out.push(self.hit(r));
                pos = r.end;
            } else {
                let rest = &bytes[r.start + 1..];
                pos = r.start + 1 + rest.iter().position(|&b| !is_word_byte(b)).unwrap_or(rest.len());
            }
        }
        out
    }

    fn hit<'a>(&'a self, r: &Raw) -> Hit<'a, T> {
        Hit { start: r.start, end: r.end, value: &self.values[r.phrase as usize] }
    }
}

/// An overlapping automaton over `patterns`: a DFA, the fastest search,
/// built once.
fn overlapping<'p>(patterns: impl IntoIterator<Item = &'p String>) -> AhoCorasick {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::Standard)
        .kind(Some(AhoCorasickKind::DFA))
        .build(patterns)
        .expect("lexicon phrases are small and always compile")
}

/// Orders raw matches by start, then longest first, then first phrase.
fn sort_raw(raw: &mut [Raw]) {
    raw.sort_unstable_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)).then(a.phrase.cmp(&b.phrase)));
}

/// Several lexicons compiled into one automaton, so that a text is read
/// once for all of them.
#[derive(Debug)]
pub(crate) struct Union {
    automaton: AhoCorasick,
    /// For each pattern of the automaton: its lexicon and its index there.
    owner: Vec<(u8, u32)>,
    lexicons: usize,
}

impl Union {
    /// Compiles the phrases of every lexicon, given as their
    /// [`Lexicon::patterns`], in an order the caller keeps.
    pub(crate) fn new(lexicons: &[&[String]]) -> Union {
        let mut owner = Vec::new();
        for (l, patterns) in lexicons.iter().enumerate() {
            let l = u8::try_from(l).expect("a few lexicons");
            owner.extend((0..patterns.len()).map(|i| (l, u32::try_from(i).expect("fewer phrases than u32::MAX"))));
        }
        let automaton = overlapping(lexicons.iter().flat_map(|p| p.iter()));
        Union { automaton, owner, lexicons: lexicons.len() }
    }

    /// Reads `folded` once: for each lexicon, in the order given to
    /// [`Union::new`], its matches that start on a word boundary, sorted
    /// for [`Lexicon::select`].
    pub(crate) fn scan(&self, folded: &str) -> Vec<Vec<Raw>> {
        let bytes = folded.as_bytes();
        let mut out = vec![Vec::new(); self.lexicons];
        for m in self.automaton.find_overlapping_iter(folded) {
            if is_boundary(bytes, m.start()) {
                let (l, phrase) = self.owner[m.pattern().as_usize()];
                out[usize::from(l)].push(Raw { start: m.start(), end: m.end(), phrase });
            }
        }
        for raw in &mut out {
            sort_raw(raw);
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
    fn a_union_selects_what_each_lexicon_finds() {
        let places = Lexicon::new(["Mali", "Niger", "Nigeria", "Union africaine", "UA"].map(|p| (p.to_string(), p)));
        let nouns = Lexicon::new(["accord", "accords", "accord de pêche", "union"].map(|p| (p.to_string(), p)));
        let union = Union::new(&[places.patterns(), nouns.patterns()]);
        let text = Folded::new("L'accord de pêche signé par le Mali, le Niger, la Nigeria et l'Union africaine; accords ua, malien, normalisation.").text;
        let raw = union.scan(&text);
        let words = |hits: Vec<Hit<'_, &str>>| hits.into_iter().map(|h| &text[h.start..h.end]).collect::<Vec<_>>();
        assert_eq!(words(places.select(&raw[0], &text)), vec!["mali", "niger", "nigeria", "union africaine", "ua"]);
        assert_eq!(words(nouns.select(&raw[1], &text)), vec!["accord de peche", "union", "accords"]);
        assert_eq!(places.select(&raw[0], &text), places.find(&text));
        assert_eq!(nouns.select(&raw[1], &text), nouns.find(&text));
        assert_eq!(words(nouns.select_all(&raw[1], &text)), vec!["accord de peche", "accord", "union", "accords"]);
    }

    #[test]
    fn table_phrases_are_folded() {
        let lex = Lexicon::new([("Côte d’Ivoire".to_string(), "CI")]);
        let text = Folded::new("La COTE D'IVOIRE signe").text;
        assert_eq!(lex.find(&text).len(), 1);
    }
}
