//! A phrase matcher over folded text: many phrases, one table, one pass.
//!
//! Phrases are folded the same way as the text ([`crate::normalize`]), so
//! "Côte d’Ivoire" in the table finds "COTE D'IVOIRE" in the text. A phrase
//! matches whole words only: it starts where a word of the text starts,
//! each of its words is a whole word of the text, and the characters
//! between its words are the text's, byte for byte, except that a lone
//! hyphen and a lone space stand for each other ("Sao Tomé-et-Principe"
//! is "São Tomé et Príncipe").
//!
//! The text is read word by word. Every word of every phrase has an id in
//! a packed-key table ([`PackedMap`]); a word of the text without one (most
//! of them) ends every phrase that reaches it. From a word that some phrase
//! starts with, a trie over `(separator, word id)` steps follows the next
//! words for as long as some phrase does. A text costs one table lookup
//! per word, however many phrases the lexicons hold, and a few more for
//! the words that begin a phrase.

#[cfg(test)]
use std::sync::OnceLock;

use std::collections::HashMap;
use std::ops::Range;

use crate::normalize::Folded;
use crate::wordhash::{BuildWordHasher, PackedMap};

/// A compiled set of phrases, each carrying a value of type `T`.
///
/// The pipeline does not search with a lexicon alone: a [`Union`] of all
/// of them reads the text once, and each lexicon selects its hits from the
/// union's raw matches ([`Lexicon::select`]). Tests search with a
/// lexicon's own union (`Lexicon::find`), built on first use.
#[derive(Debug)]
pub(crate) struct Lexicon<T> {
    /// The folded phrases.
    patterns: Vec<String>,
    values: Vec<T>,
    /// This lexicon alone, for a search on its own.
    #[cfg(test)]
    own: OnceLock<Union>,
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

/// A match of one phrase, before any selection: its folded byte range and
/// the phrase's index in its lexicon.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Raw {
    start: usize,
    end: usize,
    phrase: u32,
    /// The text goes on with a hyphen and a word ("le cap" in "le
    /// cap-vert"): the match cuts a compound.
    cuts: bool,
}

/// Whether `bytes[end..]` opens with a hyphen and a word character.
fn hyphen_follows(bytes: &[u8], end: usize) -> bool {
    bytes.get(end) == Some(&b'-') && bytes.get(end + 1).is_some_and(|&b| is_word_byte(b))
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

    /// Each folded phrase with its value.
    pub(crate) fn entries(&self) -> impl Iterator<Item = (&str, &T)> {
        self.patterns.iter().map(String::as_str).zip(&self.values)
    }

    /// The leftmost-longest non-overlapping hits; see [`Lexicon::select`].
    #[cfg(test)]
    pub(crate) fn find<'a>(&'a self, folded: &str) -> Vec<Hit<'a, T>> {
        let own = self.own.get_or_init(|| Union::new(&[&self.patterns]));
        self.select(&own.scan(folded)[0])
    }

    /// Every hit among `raw` (this lexicon's matches in `folded`, from
    /// [`Union::scan`]), overlapping ones included, ordered by start then
    /// longest first.
    pub(crate) fn select_all<'a>(&'a self, raw: &[Raw]) -> Vec<Hit<'a, T>> {
        raw.iter().map(|r| self.hit(r)).collect()
    }

    /// The leftmost-longest non-overlapping hits among `raw`: the longest
    /// phrase at the leftmost start, then the same after its end. A
    /// hyphenated compound is not cut: a phrase that ends inside one
    /// yields to a phrase that starts within it and runs through the
    /// compound ("le Cap-Vert" is Cape Verde after an article, not "Le
    /// Cap" and a word).
    pub(crate) fn select<'a>(&'a self, raw: &[Raw]) -> Vec<Hit<'a, T>> {
        let mut out = Vec::new();
        let mut pos = 0;
        for (k, r) in raw.iter().enumerate() {
            // The first of each start is the longest; the others are then
            // behind `pos`.
            if r.start < pos {
                continue;
            }
            if r.cuts && raw[k + 1..].iter().take_while(|o| o.start < r.end).any(|o| o.start > r.start && o.end > r.end) {
                continue;
            }
            out.push(self.hit(r));
            pos = r.end;
        }
        out
    }

    fn hit<'a>(&'a self, r: &Raw) -> Hit<'a, T> {
        Hit { start: r.start, end: r.end, value: &self.values[r.phrase as usize] }
    }
}

/// Orders raw matches by start, then longest first, then first phrase.
fn sort_raw(raw: &mut [Raw]) {
    raw.sort_unstable_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)).then(a.phrase.cmp(&b.phrase)));
}

/// No word, node or separator.
const NONE: u32 = u32::MAX;

/// A state of the word trie: the phrases read so far.
#[derive(Debug)]
struct Node {
    /// The phrases that end here: a range of [`Union::owners`].
    ends: Range<u32>,
    /// The phrases that end here after a few more non-word bytes ("u.s."
    /// after "u.s"): a range of [`Union::trailing`].
    trailing: Range<u32>,
    /// Whether some phrase goes on with another word.
    inner: bool,
}

/// Several lexicons compiled into one word trie, so that a text is read
/// once for all of them.
#[derive(Debug)]
pub(crate) struct Union {
    /// The id of every word of every phrase.
    vocabulary: PackedMap<u32>,
    /// The node each word id leads to from the root, or [`NONE`].
    roots: Vec<u32>,
    /// The non-word runs between the words of phrases; the first is " ",
    /// which also stands for "-".
    separators: Vec<Box<[u8]>>,
    /// `(node, separator, word)`, packed by [`step`], to the next node.
    edges: HashMap<u64, u32, BuildWordHasher>,
    nodes: Vec<Node>,
    /// The phrases that end at a node, as (lexicon, index there), sorted.
    owners: Vec<(u8, u32)>,
    /// The non-word bytes that end phrases, each with a range of `owners`.
    trailing: Vec<(Box<[u8]>, Range<u32>)>,
    lexicons: usize,
}

/// An edge's key.
fn step(node: u32, separator: u32, word: u32) -> u64 {
    u64::from(node) << 32 | u64::from(separator) << 24 | u64::from(word)
}

/// A phrase cut into its words and the non-word runs after each: `a.b.`
/// gives `[("a", "."), ("b", ".")]`. `None` when it does not start with a
/// word character.
fn words_of(phrase: &str) -> Option<Vec<(&str, &str)>> {
    let bytes = phrase.as_bytes();
    if !bytes.first().is_some_and(|&b| is_word_byte(b)) {
        return None;
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let s = i;
        while i < bytes.len() && is_word_byte(bytes[i]) {
            i += 1;
        }
        let w = i;
        while i < bytes.len() && !is_word_byte(bytes[i]) {
            i += 1;
        }
        out.push((&phrase[s..w], &phrase[w..i]));
    }
    Some(out)
}

impl Union {
    /// Compiles the phrases of every lexicon, given as their
    /// [`Lexicon::patterns`], in an order the caller keeps. A phrase that
    /// does not start with a letter or digit can never match and is left
    /// out (the tables have none).
    pub(crate) fn new(lexicons: &[&[String]]) -> Union {
        assert!(lexicons.len() <= usize::from(u8::MAX), "at most 255 lexicons");
        let mut words: HashMap<&str, u32, BuildWordHasher> = HashMap::default();
        let mut separators: Vec<Box<[u8]>> = vec![b" ".to_vec().into()];
        let mut roots: Vec<u32> = Vec::new();
        let mut edges: HashMap<u64, u32, BuildWordHasher> = HashMap::default();
        // Per node: the phrases ending there, and those ending after
        // trailing bytes.
        #[derive(Default)]
        struct Building<'p> {
            ends: Vec<(u8, u32)>,
            trails: Vec<(&'p [u8], (u8, u32))>,
            inner: bool,
        }
        fn fresh(nodes: &mut Vec<Building<'_>>) -> u32 {
            nodes.push(Building::default());
            (nodes.len() - 1) as u32
        }
        let mut building: Vec<Building<'_>> = Vec::new();
        for (l, patterns) in lexicons.iter().enumerate() {
            let l = l as u8;
            for (p, phrase) in patterns.iter().enumerate() {
                let owner = (l, u32::try_from(p).expect("fewer phrases than u32::MAX"));
                let Some(parts) = words_of(phrase) else { continue };
                let mut node = NONE;
                let mut before: &str = "";
                for (k, &(word, after)) in parts.iter().enumerate() {
                    let next_id = words.len() as u32;
                    let id = *words.entry(word).or_insert(next_id);
                    if id as usize == roots.len() {
                        roots.push(NONE);
                    }
                    node = if k == 0 {
                        if roots[id as usize] == NONE {
                            roots[id as usize] = fresh(&mut building);
                        }
                        roots[id as usize]
                    } else {
                        building[node as usize].inner = true;
                        // A space and a hyphen are one separator: "Sao
                        // Tomé-et-Principe" is "São Tomé et Príncipe".
                        let before = if before == "-" { " " } else { before };
                        let sep = match separators.iter().position(|s| **s == *before.as_bytes()) {
                            Some(s) => s,
                            None => {
                                separators.push(before.as_bytes().into());
                                separators.len() - 1
                            }
                        } as u32;
                        let key = step(node, sep, id);
                        match edges.get(&key) {
                            Some(&n) => n,
                            None => {
                                let n = fresh(&mut building);
                                edges.insert(key, n);
                                n
                            }
                        }
                    };
                    before = after;
                }
                let b = &mut building[node as usize];
                if before.is_empty() {
                    b.ends.push(owner);
                } else {
                    b.trails.push((before.as_bytes(), owner));
                }
            }
        }
        assert!(separators.len() < 256 && words.len() < 1 << 24, "the edge key packs separators in 8 bits, words in 24");
        let mut owners = Vec::new();
        let mut trailing = Vec::new();
        let mut nodes = Vec::with_capacity(building.len());
        for Building { ends: mut e, trails: mut t, inner } in building {
            e.sort_unstable();
            let a = owners.len() as u32;
            owners.extend(e);
            let ends = a..owners.len() as u32;
            t.sort_unstable();
            let b = trailing.len() as u32;
            let mut k = 0;
            while k < t.len() {
                let bytes = t[k].0;
                let a = owners.len() as u32;
                while k < t.len() && t[k].0 == bytes {
                    owners.push(t[k].1);
                    k += 1;
                }
                trailing.push((bytes.into(), a..owners.len() as u32));
            }
            nodes.push(Node { ends, trailing: b..trailing.len() as u32, inner });
        }
        let vocabulary = PackedMap::new(words.iter().map(|(w, id)| (*w, *id)), |a, _| a);
        Union { vocabulary, roots, separators, edges, nodes, owners, trailing, lexicons: lexicons.len() }
    }

    /// Reads `folded` once: for each lexicon, in the order given to
    /// [`Union::new`], its phrases' matches, sorted for
    /// [`Lexicon::select`].
    pub(crate) fn scan(&self, folded: &str) -> Vec<Vec<Raw>> {
        let bytes = folded.as_bytes();
        // The text's words that some phrase holds: (start, end, id).
        // Room for one known word every dozen bytes: most text needs no regrowth.
        let mut known: Vec<(usize, usize, u32)> = Vec::with_capacity(bytes.len() / 12);
        let mut i = 0;
        while i < bytes.len() {
            while i < bytes.len() && !is_word_byte(bytes[i]) {
                i += 1;
            }
            let s = i;
            while i < bytes.len() && is_word_byte(bytes[i]) {
                i += 1;
            }
            if i > s
                && let Some(id) = self.vocabulary.get_in(bytes, s, i)
            {
                known.push((s, i, id));
            }
        }
        // Room for the matches of a typical text, so that the vectors seldom
        // grow: one every few known words.
        let mut out: Vec<Vec<Raw>> = (0..self.lexicons).map(|_| Vec::with_capacity(known.len() / 4 + 4)).collect();
        let mut emit = |owners: Range<u32>, start: usize, end: usize| {
            for &(l, phrase) in &self.owners[owners.start as usize..owners.end as usize] {
                out[usize::from(l)].push(Raw { start, end, phrase, cuts: hyphen_follows(bytes, end) });
            }
        };
        for (k, &(start, _, id)) in known.iter().enumerate() {
            let mut node = self.roots[id as usize];
            if node == NONE {
                continue;
            }
            let mut j = k;
            loop {
                let n = &self.nodes[node as usize];
                let end = known[j].1;
                emit(n.ends.clone(), start, end);
                for (tail, owners) in &self.trailing[n.trailing.start as usize..n.trailing.end as usize] {
                    if bytes[end..].starts_with(tail) {
                        emit(owners.clone(), start, end + tail.len());
                    }
                }
                let Some(&(next_start, _, next_id)) = known.get(j + 1).filter(|_| n.inner) else { break };
                // The bytes between two known words: a separator when no
                // other word stands there.
                let between = &bytes[end..next_start];
                let sep = if between == b" " || between == b"-" {
                    0
                } else {
                    match self.separators.iter().position(|s| **s == *between) {
                        Some(s) => s as u32,
                        None => break,
                    }
                };
                match self.edges.get(&step(node, sep, next_id)) {
                    Some(&next) => {
                        node = next;
                        j += 1;
                    }
                    None => break,
                }
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

/// The first of `phrases` that `t` starts with. Each phrase's first byte
/// is compared before the phrase: a line or an item is often read against
/// dozens of phrases, and most share no first byte with it.
pub(crate) fn prefix_among<'p>(t: &str, phrases: &[&'p str]) -> Option<&'p str> {
    let first = t.as_bytes().first();
    phrases.iter().copied().find(|p| p.as_bytes().first() == first && t.starts_with(p))
}

/// Letters, digits and any byte of a non-ASCII character count as word
/// characters; folding leaves Latin letters ASCII.
pub(crate) fn is_word_byte(b: u8) -> bool {
    WORD_BYTES[usize::from(b)]
}

/// [`is_word_byte`] as a table.
static WORD_BYTES: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric() || c >= 0x80;
        b += 1;
    }
    t
};

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
        assert_eq!(words(places.select(&raw[0])), vec!["mali", "niger", "nigeria", "union africaine", "ua"]);
        assert_eq!(words(nouns.select(&raw[1])), vec!["accord de peche", "union", "accords"]);
        assert_eq!(places.select(&raw[0]), places.find(&text));
        assert_eq!(nouns.select(&raw[1]), nouns.find(&text));
        assert_eq!(words(nouns.select_all(&raw[1])), vec!["accord de peche", "accord", "union", "accords"]);
    }

    /// The matched text and value of each hit of `lex` in the fold of `text`.
    fn found<'a>(lex: &'a Lexicon<&'a str>, text: &str) -> Vec<(String, &'a str)> {
        let folded = Folded::new(text).text;
        lex.find(&folded).into_iter().map(|h| (folded[h.start..h.end].to_string(), *h.value)).collect()
    }

    fn lexicon<'a>(phrases: &[&'a str]) -> Lexicon<&'a str> {
        Lexicon::new(phrases.iter().map(|p| (p.to_string(), *p)))
    }

    #[test]
    fn separators_match_byte_for_byte_but_hyphens_and_spaces() {
        let lex = lexicon(&["Côte d'Ivoire", "Guinée-Bissau", "Guinée", "Bosnie-Herzégovine"]);
        assert_eq!(found(&lex, "la Côte d'Ivoire et la Guinée-Bissau"), [("cote d'ivoire".into(), "Côte d'Ivoire"), ("guinee-bissau".into(), "Guinée-Bissau")]);
        // A lone hyphen and a lone space stand for each other.
        assert_eq!(found(&lex, "la Guinée Bissau, la côte-d'ivoire"), [("guinee bissau".into(), "Guinée-Bissau"), ("cote-d'ivoire".into(), "Côte d'Ivoire")]);
        // Another separator, or a line break, is not the phrase's.
        assert!(found(&lex, "la Côte\nd'Ivoire, la Côte  d'Ivoire, la Bosnie - Herzégovine, la Côte--d'Ivoire").is_empty());
    }

    #[test]
    fn phrases_may_end_in_punctuation() {
        let lex = lexicon(&["U.S.", "U.S.A.", "priorités :", "la signature d'"]);
        assert_eq!(
            found(&lex, "the U.S. and the U.S.A., priorités : santé; la signature d'un accord"),
            [("u.s.".into(), "U.S."), ("u.s.a.".into(), "U.S.A."), ("priorites :".into(), "priorités :"), ("la signature d'".into(), "la signature d'")]
        );
        // The punctuation must follow at once.
        assert!(found(&lex, "the U.S and priorités; la signature du").is_empty());
    }

    #[test]
    fn a_longer_phrase_left_unfinished_hides_nothing() {
        let lex = lexicon(&["accord", "accord de pêche", "union", "union africaine"]);
        assert_eq!(found(&lex, "un accord de pêcheurs"), [("accord".into(), "accord")]);
        assert_eq!(found(&lex, "l'union africaines, l'accord de pêche"), [("union".into(), "union"), ("accord de peche".into(), "accord de pêche")]);
        // Another word between two words of a phrase breaks it.
        assert_eq!(found(&lex, "union très africaine"), [("union".into(), "union")]);
    }

    #[test]
    fn a_hyphenated_compound_is_not_cut() {
        let lex = lexicon(&["Le Cap", "Cap-Vert", "Nigeria", "Corée"]);
        // "Le Cap" would cut "Cap-Vert": the state wins.
        assert_eq!(found(&lex, "le Cap-Vert et Le Cap"), [("cap-vert".into(), "Cap-Vert"), ("le cap".into(), "Le Cap")]);
        // A name before a hyphen that no phrase runs through stays.
        assert_eq!(found(&lex, "le groupe Nigeria-Corée"), [("nigeria".into(), "Nigeria"), ("coree".into(), "Corée")]);
    }

    #[test]
    fn every_phrase_of_a_word_is_reported_once_per_lexicon_entry() {
        // The same folded phrase twice: both entries are matches, the
        // first one's value is selected.
        let lex = Lexicon::new([("Accord".to_string(), 1), ("accord".to_string(), 2), ("accord-cadre".to_string(), 3)]);
        let text = "un accord, un accord-cadre";
        let union = Union::new(&[lex.patterns()]);
        let raw = union.scan(text);
        let all: Vec<_> = lex.select_all(&raw[0]).into_iter().map(|h| (h.start, h.end, *h.value)).collect();
        assert_eq!(all, [(3, 9, 1), (3, 9, 2), (14, 26, 3), (14, 20, 1), (14, 20, 2)]);
        let best: Vec<_> = lex.select(&raw[0]).into_iter().map(|h| *h.value).collect();
        assert_eq!(best, [1, 3]);
    }

    #[test]
    fn long_and_non_latin_words_are_words() {
        let lex = lexicon(&["télécommunications", "intergouvernementale", "Россия"]);
        assert_eq!(
            found(&lex, "Les télécommunications; la conférence intergouvernementale; Россия."),
            [("telecommunications".into(), "télécommunications"), ("intergouvernementale".into(), "intergouvernementale"), ("россия".into(), "Россия")]
        );
        assert!(found(&lex, "télécommunication, Россиянин").is_empty());
    }

    #[test]
    fn phrases_that_cannot_start_a_match_are_left_out() {
        let lex = lexicon(&["(UE)", "-pays", "UE"]);
        assert_eq!(found(&lex, "l'Union européenne (UE) -pays"), [("ue".into(), "UE")]);
    }

    /// Every match of every phrase, by brute force: at each word start,
    /// each phrase that the text continues with and that ends on a word
    /// boundary.
    fn brute_force(lexicons: &[Vec<String>], text: &str) -> Vec<Vec<Raw>> {
        let b = text.as_bytes();
        // Whether the text at `s` reads as `phrase`: byte for byte, but
        // where the phrase has a lone space or hyphen between two words,
        // the text may have either.
        let reads_as = |s: usize, phrase: &[u8]| {
            s + phrase.len() <= b.len()
                && phrase.iter().enumerate().all(|(j, &c)| {
                    let lone = j > 0 && j + 1 < phrase.len() && is_word_byte(phrase[j - 1]) && is_word_byte(phrase[j + 1]);
                    if lone && (c == b' ' || c == b'-') { matches!(b[s + j], b' ' | b'-') } else { b[s + j] == c }
                })
        };
        let mut out = vec![Vec::new(); lexicons.len()];
        for s in 0..b.len() {
            if !is_word_byte(b[s]) || (s > 0 && is_word_byte(b[s - 1])) {
                continue;
            }
            for (l, phrases) in lexicons.iter().enumerate() {
                for (p, phrase) in phrases.iter().enumerate() {
                    let e = s + phrase.len();
                    if !phrase.as_bytes().first().is_some_and(|&c| is_word_byte(c)) || !reads_as(s, phrase.as_bytes()) {
                        continue;
                    }
                    if e == b.len() || !is_word_byte(b[e]) || !is_word_byte(b[e - 1]) {
                        out[l].push(Raw { start: s, end: e, phrase: p as u32, cuts: hyphen_follows(b, e) });
                    }
                }
            }
        }
        for raw in &mut out {
            sort_raw(raw);
        }
        out
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 300, ..Default::default() })]

        /// The trie finds exactly what a brute-force search finds, on texts
        /// and phrases made of the same few words and separators.
        #[test]
        fn the_union_finds_what_brute_force_finds(
            lexicons in proptest::collection::vec(proptest::collection::vec(proptest::collection::vec(0usize..14, 1..5), 0..12), 1..4),
            text in proptest::collection::vec(0usize..14, 0..120),
        ) {
            const PIECES: [&str; 14] = ["de", "la", "cote", "d", "ivoire", "u", "s", " ", "-", "'", ".", " :", "accords", "accord"];
            let join = |ids: &[usize]| ids.iter().map(|&i| PIECES[i]).collect::<String>();
            let lexicons: Vec<Vec<String>> = lexicons.iter().map(|l| l.iter().map(|p| join(p)).collect()).collect();
            let text = join(&text);
            let refs: Vec<&[String]> = lexicons.iter().map(Vec::as_slice).collect();
            let union = Union::new(&refs);
            proptest::prop_assert_eq!(union.scan(&text), brute_force(&lexicons, &text));
        }
    }

    #[test]
    fn table_phrases_are_folded() {
        let lex = Lexicon::new([("Côte d’Ivoire".to_string(), "CI")]);
        let text = Folded::new("La COTE D'IVOIRE signe").text;
        assert_eq!(lex.find(&text).len(), 1);
    }
}
