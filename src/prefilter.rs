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

/// Finds any instrument stem in folded (lowercase) text: one SIMD searcher
/// for the stems of four bytes or more, and a byte search for each shorter
/// stem, which counts only as a word of its own or its plural ("mou",
/// "mous", not "mouvement").
///
/// The SIMD searcher verifies a candidate wherever the first bytes of a
/// stem occur: up to four of them, and so a single three-byte stem would
/// make every stem's candidates ten times as frequent.
#[derive(Debug)]
pub(crate) struct FoldedStems {
    long: Phrases,
    short: Vec<memchr::memmem::Finder<'static>>,
}

impl FoldedStems {
    /// Builds the searchers: `long` stems have four bytes or more, `short`
    /// ones are words.
    pub(crate) fn new(long: &[&str], short: &[&'static str]) -> FoldedStems {
        FoldedStems {
            long: Phrases::new(long),
            short: short.iter().map(|w| memchr::memmem::Finder::new(w.as_bytes())).collect(),
        }
    }

    /// Whether the long stems use the SIMD searcher.
    #[cfg(test)]
    pub(crate) fn is_simd(&self) -> bool {
        self.long.is_simd()
    }

    /// Whether folded `text` holds any stem.
    pub(crate) fn is_match(&self, text: &str) -> bool {
        self.long.starts(text).next().is_some() || self.short.iter().any(|f| has_word(f, text.as_bytes()))
    }
}

/// Whether `finder`'s needle occurs in `hay` as a word, or a word with a
/// final "s". Any byte outside ASCII counts as a letter.
fn has_word(finder: &memchr::memmem::Finder, hay: &[u8]) -> bool {
    let letter = |b: u8| b.is_ascii_alphanumeric() || !b.is_ascii();
    let n = finder.needle().len();
    finder.find_iter(hay).any(|at| {
        let mut end = at + n;
        if hay.get(end) == Some(&b's') {
            end += 1;
        }
        !(at > 0 && letter(hay[at - 1])) && !hay.get(end).is_some_and(|&b| letter(b))
    })
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
    fn folded_stems_find_long_stems_anywhere_and_short_ones_as_words() {
        let stems = FoldedStems::new(&["tocol", "f note"], &["mou"]);
        for text in ["un protocole", "exchange of notes", "the mou", "mou", "two mous were", "(mou)", "le mou-cadre", "mou's"] {
            assert!(stems.is_match(text), "{text}");
        }
        for text in ["", "un mouvement", "l'amour", "moussa", "prot", "of no", "mousse", "moun", "emou"] {
            assert!(!stems.is_match(text), "{text}");
        }
    }

    #[test]
    fn phrases_give_leftmost_starts_with_and_without_simd() {
        let phrases = ["ce soir", "publie le", "updated", "soir", "publie"];
        for p in [Phrases::new(&phrases), Phrases::automaton(&phrases)] {
            let text = "x updated y publie le z, ce soir";
            assert_eq!(p.starts(text).collect::<Vec<_>>(), vec![2, 12, 25]);
            assert_eq!(p.starts("nothing here").count(), 0);
            // At one start, the phrase listed first: "publie le", not "publie".
            assert_eq!(p.spans(text).collect::<Vec<_>>(), vec![(2, 9), (12, 21), (25, 32)]);
        }
    }
}
