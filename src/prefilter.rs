//! Cheap tests on raw text that let most of a news stream skip the
//! pipeline.
//!
//! A text reports an agreement only if it names an instrument, and every
//! instrument noun contains one of a few stems ("accord", "treat",
//! "morand"...). The pipeline folds a text's head anyway (for its language
//! and date), and seeks the stems there with [`FoldedStems`], as folded
//! text is lowercase; [`Stems`] looks for them in the raw text
//! beyond the head, in three cases and so with two searchers. Both use the
//! SIMD "Teddy" searcher of `aho-corasick` where the CPU has one: several
//! gigabytes a second, against about one for a DFA.

use aho_corasick::packed;
use aho_corasick::{AhoCorasick, AhoCorasickKind};

use crate::lexicon::is_word_byte;
use crate::wordhash::PackedMap;

/// Finds any of a set of ASCII stems in raw text, written in lowercase,
/// Capitalized or UPPERCASE ("accord", "Accord", "ACCORD"). Other mixed
/// cases are missed, except the ones listed with the stems ("MoU"); the
/// fallback for CPUs without SIMD ignores case altogether.
#[derive(Debug)]
pub(crate) struct Stems {
    search: Search,
}

/// The most patterns one SIMD searcher takes.
const PACKED_MAX: usize = 64;

#[derive(Debug)]
enum Search {
    /// Every form, lowercase, Capitalized and UPPERCASE, in as few
    /// searchers as hold them: 64 patterns each (Teddy's limit).
    Packed(Vec<packed::Searcher>),
    /// Without SIMD support: one case-insensitive DFA.
    Dfa(AhoCorasick),
}

impl Stems {
    /// Builds the searcher for `stems` (lowercase ASCII) and `extra` (forms
    /// taken as written).
    pub(crate) fn new(stems: &[&str], extra: &[&str]) -> Stems {
        let capitalized = stems.iter().map(|s| {
            let mut c = (*s).to_string();
            c[..1].make_ascii_uppercase();
            c
        });
        let mixed: Vec<String> =
            stems.iter().map(|s| (*s).to_string()).chain(capitalized).chain(extra.iter().map(|s| (*s).to_string())).collect();
        let upper: Vec<String> = stems.iter().map(|s| s.to_ascii_uppercase()).collect();
        let all: Vec<&String> = mixed.iter().chain(&upper).collect();
        let packed: Option<Vec<packed::Searcher>> =
            all.chunks(PACKED_MAX).map(|pats| packed::Config::new().builder().extend(pats.iter().copied()).build()).collect();
        let search = match packed {
            Some(searchers) => Search::Packed(searchers),
            None => Search::Dfa(
                AhoCorasick::builder()
                    .ascii_case_insensitive(true)
                    .kind(Some(AhoCorasickKind::DFA))
                    .build(stems.iter().chain(extra))
                    .expect("a few short stems always compile"),
            ),
        };
        Stems { search }
    }

    /// How many SIMD searchers hold the stems; 0 on the DFA fallback.
    #[cfg(test)]
    pub(crate) fn simd_searchers(&self) -> usize {
        match &self.search {
            Search::Packed(searchers) => searchers.len(),
            Search::Dfa(_) => 0,
        }
    }

    /// Whether `text` holds any stem.
    pub(crate) fn is_match(&self, text: &str) -> bool {
        match &self.search {
            Search::Packed(searchers) => searchers.iter().any(|s| s.find(text).is_some()),
            Search::Dfa(ac) => ac.is_match(text),
        }
    }
}

/// Finds phrases in folded (lowercase) text, leftmost first, and at one
/// start the phrase listed first: the SIMD searcher where the CPU has one,
/// else an automaton with the same semantics.
#[derive(Debug)]
pub(crate) struct Phrases {
    search: PhraseSearch,
}

#[derive(Debug)]
enum PhraseSearch {
    Packed(packed::Searcher),
    Ac(AhoCorasick),
}

impl Phrases {
    /// Builds the searcher; at most 64 phrases use the SIMD path.
    pub(crate) fn new(phrases: &[&str]) -> Phrases {
        match packed::Config::new().builder().extend(phrases).build() {
            Some(p) => Phrases { search: PhraseSearch::Packed(p) },
            None => Phrases::automaton(phrases),
        }
    }

    /// Builds the searcher with "fat" Teddy where the CPU has it: sixteen
    /// buckets of patterns where the default "slim" one has eight for up
    /// to 32 patterns. With some thirty stems, eight buckets share so many
    /// fingerprint bits that the searcher stops to verify far more false
    /// candidates than it reads bytes: on text without agreements, the
    /// fat searcher's share of the time was half the slim one's, though
    /// it reads 16 bytes a step, not 32.
    pub(crate) fn many(phrases: &[&str]) -> Phrases {
        match packed::Config::new().only_teddy_fat(Some(true)).builder().extend(phrases).build() {
            Some(p) => Phrases { search: PhraseSearch::Packed(p) },
            None => Phrases::new(phrases),
        }
    }

    /// The searcher without SIMD.
    fn automaton(phrases: &[&str]) -> Phrases {
        let ac = AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostFirst)
            .build(phrases)
            .expect("a few short phrases always compile");
        Phrases { search: PhraseSearch::Ac(ac) }
    }

    /// Whether the phrases fit the SIMD searcher.
    #[cfg(test)]
    pub(crate) fn is_simd(&self) -> bool {
        matches!(self.search, PhraseSearch::Packed(_))
    }

    /// The start of every non-overlapping match, leftmost first.
    pub(crate) fn starts<'h>(&'h self, text: &'h str) -> impl Iterator<Item = usize> + 'h {
        self.spans(text).map(|(s, _)| s)
    }

    /// The byte range of every non-overlapping match, leftmost first.
    pub(crate) fn spans<'h>(&'h self, text: &'h str) -> impl Iterator<Item = (usize, usize)> + 'h {
        // Either searcher's iterator, without a boxed one's allocation on
        // every call.
        let (mut packed, mut ac) = match &self.search {
            PhraseSearch::Packed(p) => (Some(p.find_iter(text)), None),
            PhraseSearch::Ac(ac) => (None, Some(ac.find_iter(text))),
        };
        std::iter::from_fn(move || match (&mut packed, &mut ac) {
            (Some(p), _) => p.next(),
            (_, Some(a)) => a.next(),
            _ => None,
        })
        .map(|m| (m.start(), m.end()))
    }
}

/// Finds the stems of instrument nouns in folded (lowercase) text: one
/// SIMD searcher for the stems of four bytes or more, and a byte search
/// for each shorter one ("mou").
///
/// The SIMD searcher verifies a candidate wherever the first bytes of a
/// stem occur: up to four of them, and so a single three-byte stem would
/// make every stem's candidates ten times as frequent.
///
/// A stem that lies within one word counts only when that whole word is
/// a word of an instrument noun: "according", "impact", "newsletter" and
/// "mouvement" hold stems but name no instrument, and a text of news
/// without agreements often holds one of them. The instrument lexicon
/// matches whole words, so no noun it finds is lost.
#[derive(Debug)]
pub(crate) struct FoldedStems {
    long: Phrases,
    short: Vec<memchr::memmem::Finder<'static>>,
    /// The words of the instrument nouns that hold a stem, each with
    /// whether it is a noun that opens an instrument on its own.
    words: PackedMap<bool>,
}

/// What [`FoldedStems::find`] saw in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Sighting {
    /// No word of an instrument noun.
    Nothing,
    /// Only words that name an instrument with other words ("plan",
    /// "communiqué" of "plan d'action", "communiqué conjoint") or that
    /// only take one up ("the statement"): news uses them for much else,
    /// and only the instrument lexicon can tell.
    Part,
    /// A word that opens an instrument on its own ("accord", "treaty").
    Noun,
}

impl FoldedStems {
    /// Builds the searchers: `long` stems have four bytes or more, `short`
    /// ones fewer; `nouns` are the instrument nouns (folded), each with
    /// whether it opens an instrument (rather than only taking one up).
    pub(crate) fn new<'a>(long: &[&str], short: &[&'static str], nouns: impl IntoIterator<Item = (&'a str, bool)>) -> FoldedStems {
        let stems: Vec<&str> = long.iter().chain(short).copied().collect();
        // Each stem is looked up as the word that holds it; a stem across
        // two words ("agreed minute" for "agreed minutes", where "minute"
        // alone would stop at every "last-minute") as the whole noun, with
        // a space or a hyphen.
        let across = |s: &str| !s.bytes().all(is_word_byte);
        let mut words: Vec<(String, bool)> = Vec::new();
        for (noun, opens) in nouns {
            let parts = noun.split(|c: char| c.is_ascii() && !is_word_byte(c as u8)).filter(|w| !w.is_empty());
            let alone = parts.clone().count() == 1;
            words.extend(parts.filter(|w| stems.iter().any(|s| w.contains(s))).map(|w| (w.to_string(), alone && opens)));
            for form in [noun.replace('-', " "), noun.replace(' ', "-")] {
                if stems.iter().any(|s| across(s) && form.contains(s)) {
                    words.push((form, opens));
                }
            }
        }
        FoldedStems {
            long: Phrases::many(long),
            short: short.iter().map(|w| memchr::memmem::Finder::new(w.as_bytes())).collect(),
            words: PackedMap::new(words.iter().map(|(w, o)| (w.as_str(), *o)), |a, b| a || b),
        }
    }

    /// Whether the long stems use the SIMD searcher.
    #[cfg(test)]
    pub(crate) fn is_simd(&self) -> bool {
        self.long.is_simd()
    }

    /// The strongest sighting in folded `text`; the search stops at the
    /// first [`Sighting::Noun`]. The byte range of each part of a noun seen
    /// until then is pushed to `parts`.
    pub(crate) fn find(&self, text: &str, parts: &mut Vec<(usize, usize)>) -> Sighting {
        let b = text.as_bytes();
        let mut seen = Sighting::Nothing;
        if self.classify(b, self.long.spans(text), &mut seen, parts) {
            return Sighting::Noun;
        }
        for f in &self.short {
            if self.classify(b, f.find_iter(b).map(|s| (s, s + f.needle().len())), &mut seen, parts) {
                return Sighting::Noun;
            }
        }
        seen
    }

    /// Classifies the stems one searcher found, in order, into `seen` and
    /// `parts`; true at the first noun. A word is classified once, however
    /// many stems it holds ("mou" repeated without a space): the scan
    /// stays linear.
    fn classify(&self, b: &[u8], hits: impl Iterator<Item = (usize, usize)>, seen: &mut Sighting, parts: &mut Vec<(usize, usize)>) -> bool {
        let mut done = 0;
        for (s, e) in hits {
            if s < done {
                continue;
            }
            let (sighting, range) = self.sighting(b, s, e);
            done = range.1;
            match sighting {
                Sighting::Noun => return true,
                Sighting::Part => parts.push(range),
                Sighting::Nothing => {}
            }
            *seen = (*seen).max(sighting);
        }
        false
    }

    /// What the stem found at `b[s..e]` is: what the whole word that holds
    /// it is (stems are parts of one word, or of one noun of two words:
    /// see [`FoldedStems::new`]), with that word's range.
    fn sighting(&self, b: &[u8], s: usize, e: usize) -> (Sighting, (usize, usize)) {
        let start = b[..s].iter().rposition(|&c| !is_word_byte(c)).map_or(0, |i| i + 1);
        let end = b[e..].iter().position(|&c| !is_word_byte(c)).map_or(b.len(), |i| e + i);
        let sighting = match self.words.get_bytes(&b[start..end]) {
            Some(true) => Sighting::Noun,
            Some(false) => Sighting::Part,
            None => Sighting::Nothing,
        };
        (sighting, (start, end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_match_in_three_cases_and_listed_forms() {
        let stems = Stems::new(&["accord", "mou"], &["MoU"]);
        for text in ["un accord signé", "L'Accord de Paris", "ACCORD HISTORIQUE", "a MoU on trade", "the MOU"] {
            assert!(stems.is_match(text), "{text}");
        }
        for text in ["", "un traité", "a memo"] {
            assert!(!stems.is_match(text), "{text}");
        }
    }

    #[test]
    fn folded_stems_see_nouns_parts_of_nouns_and_nothing_else() {
        let nouns = [("protocole", true), ("protocole d'accord", true), ("accord-cadre", true), ("echange de notes", true), ("mou", true), ("mous", true), ("plan d'action", true), ("statement", false)];
        let stems = FoldedStems::new(&["tocol", "accord", "change", "plan", "tatement"], &["mou"], nouns);
        let mut parts = Vec::new();
        for text in ["un protocole", "the mou", "mou", "two mous were", "(mou)", "le mou-cadre", "mou's", "in a statement, the mou"] {
            assert_eq!(stems.find(text, &mut parts), Sighting::Noun, "{text}");
        }
        // "accord" is only a word of longer nouns here; the part's word is
        // told.
        for (text, part) in [("l'accord-cadre", "accord"), ("accord", "accord"), ("un echange de notes", "echange"), ("le plan de relance", "plan"), ("in a statement", "statement")] {
            parts.clear();
            assert_eq!(stems.find(text, &mut parts), Sighting::Part, "{text}");
            assert_eq!(parts.iter().map(|&(s, e)| &text[s..e]).collect::<Vec<_>>(), [part], "{text}");
        }
        for text in ["", "according to the ministry", "accords", "protocolaire", "un mouvement", "l'amour", "moussa", "mousse", "emou", "prot", "statements"] {
            assert_eq!(stems.find(text, &mut parts), Sighting::Nothing, "{text}");
        }
    }

    #[test]
    fn phrases_give_leftmost_starts_with_either_simd_searcher_and_without() {
        let phrases = ["ce soir", "publie le", "updated", "soir", "publie"];
        for p in [Phrases::new(&phrases), Phrases::many(&phrases), Phrases::automaton(&phrases)] {
            let text = "x updated y publie le z, ce soir";
            assert_eq!(p.starts(text).collect::<Vec<_>>(), vec![2, 12, 25]);
            assert_eq!(p.starts("nothing here").count(), 0);
            // At one start, the phrase listed first: "publie le", not "publie".
            assert_eq!(p.spans(text).collect::<Vec<_>>(), vec![(2, 9), (12, 21), (25, 32)]);
        }
    }
}
