//! People and the offices they hold, in French and English news text.
//!
//! [`find_people`] tokenizes the folded text once and scans it left to
//! right. At each token it tries, in order:
//!
//! 1. a role headed by an office noun, then the name it introduces, glued or
//!    after a comma, possibly through honorifics and ranks: "le ministre
//!    pakistanais de la Défense, M. X Y", "Ghana's Minister for Justice, X
//!    Y", "Federal Minister for Defence X Y", "son homologue égyptien, X Y";
//! 2. honorifics or military ranks, then a name ("M. Sarr", "le général de
//!    division (ER) X Y"), then possibly a role in apposition (", ministre
//!    de la Santé");
//! 3. a bare run of two to five capitalized name words, then possibly a role
//!    in apposition.
//!
//! A second pass adds later references to people already found ("Loudiyi
//! said", "signed by van der Meulen"), matched with [`same_person`].
//!
//! Lines in Title Case (English headlines) are skipped. Every step looks a
//! bounded number of tokens ahead or behind, so the scan is linear in the
//! length of the text.

mod lexicon;

use crate::extractor::Language;
use crate::normalize::{char_at, Folded};
use lexicon::*;

/// How a mention was recognized; the stronger cues come first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cue {
    /// A role written before the name introduced it.
    Role,
    /// Honorifics or a military rank introduced it ("M.", "Dr", "général").
    Honorific,
    /// A bare run of capitalized name words (a role may follow it).
    Bare,
    /// A later, often shorter, mention of a person found earlier.
    Reference,
}

/// One mention of a person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct PersonMention {
    /// Input byte span of the name without honorific or military rank
    /// ("Muhammad Asif Khawaja").
    pub(crate) name: (usize, usize),
    /// Input byte span of the role as written, without determiner, when the
    /// text attaches one before or after the name ("ministre pakistanais de
    /// la Défense", "Ghana's Minister for Justice", "homologue mauritanien").
    /// When the role joins two offices with "et"/"and", only the first.
    pub(crate) role: Option<(usize, usize)>,
    /// How the mention was recognized.
    pub(crate) cue: Cue,
}

/// Finds the people mentioned in `input`, sorted by position, with
/// non-overlapping names. `folded` must be `Folded::new(input)`.
/// `places` are the sorted, non-overlapping input spans of the states,
/// capitals and organizations the text names: a name never lies within
/// one ("… Minister of Science and ICT of South Korea" names no "Korea").
pub(crate) fn find_people(input: &str, folded: &Folded, lang: Language, places: &[(usize, usize)]) -> Vec<PersonMention> {
    let mut toks = tokenize(input, folded);
    mark_headlines(&mut toks);
    let scanner = Scanner { toks, french: matches!(lang, Language::French), places };
    let mut found = scanner.first_pass();
    // "l'Université Cheikh Anta Diop de Dakar", "Hôpital Aristide Le
    // Dantec": a name right after an institution's capitalized noun (and
    // its honorifics) is that institution's name, not a person.
    // So is one right after a role that ends on such a noun ("recteur de
    // l'Université Cheikh Anta Diop de Dakar").
    found.retain(|m| !scanner.names_institution(m.name.0) || m.role.is_some_and(|(_, re)| re < m.name.0 && scanner.word(re - 1).is_none_or(|t| !NAMED_AFTER.contains(&t.f))));
    // "délégué général du Québec", "le Québec": a place behind a particle
    // is no name.
    found.retain(|m| !scanner.only_a_place(m.name));
    let references = scanner.references(input, &found);
    found.extend(references);
    found.sort_by_key(|m| m.name.0);
    scanner.mark_repeated(input, &mut found);
    found.into_iter().map(|m| scanner.mention(&m)).collect()
}

/// Nouns of towns and districts whose name follows "de" ("la ville de
/// Luang Prabang", "the city of Porto Alegre"): a place, not a person.
const TOWN_HEADS: &[&str] = &[
    "ville", "villes", "city", "cities", "town", "towns", "cite", "commune", "communes", "municipalite", "municipality",
    "mairie", "village", "province", "provinces", "region", "regions", "district", "districts", "prefecture",
    "prefectures", "departement", "departements", "canton", "cantons", "wilaya", "wilayas", "gouvernorat", "gouvernorats",
    "governorate", "governorates", "county", "counties", "comte",
];

/// Whether a folded word is a noun of towns or a state's divisions
/// ("ville", "the governorates of ..."), before their names.
pub(crate) fn is_town_head(w: &str) -> bool {
    TOWN_HEADS.contains(&w)
}

/// Whether a folded word names a ministry's portfolio ("développement",
/// "commerce", "health"): in a role, never a town.
pub(crate) fn is_portfolio_word(w: &str) -> bool {
    PORTFOLIO.contains(&w)
}

/// Whether a folded word is an office noun that heads a role, in either
/// language ("maire", "ambassador").
pub(crate) fn is_office_noun(w: &str) -> bool {
    FR_HEADS.contains(&w) || EN_HEADS.contains(&w)
}

/// Whether the folded word just before a name is an honorific ("dr.",
/// "ato", "mme").
pub(crate) fn is_honorific(word: &str) -> bool {
    HONORIFICS.contains(&word) || is_dotted_honorific(word)
}

/// How many words a name has besides its particles and honorifics: "Van
/// Leeuwen-Kraus" and "M. Sarr" have one.
pub(crate) fn name_words(name: &str) -> usize {
    name_parts(name).len()
}

/// True when two written names can denote the same person: equal once
/// honorifics and particles are dropped, or one is a surname-only or
/// shortened form of the other ("Loudiyi" / "Abdellatif Loudiyi", "van der
/// Meulen" / "Sophie van der Meulen", "Kim" / "Kim Jae-hyun").
pub(crate) fn same_person(a: &str, b: &str) -> bool {
    // Two writings of one name share a word as written (most pairs of
    // different people share none): a check without allocating first.
    // (Capitals and accents may differ: "KONÉ" and "Koné" are compared in
    // full.)
    let shared = a.split(' ').any(|w| w.len() > 1 && b.split(' ').any(|x| x == w));
    let cased = |t: &str| t.chars().any(char::is_lowercase);
    (shared || !cased(a) || !cased(b) || !a.is_ascii() || !b.is_ascii()) && parts_match(&name_parts(a), &name_parts(b))
}

// ---------------------------------------------------------------------------
// Tokens

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// Letters and digits, with inner hyphens and apostrophes.
    Word,
    /// Any other visible character.
    Punct,
    /// A line break.
    Break,
}

/// One token of the folded text.
#[derive(Clone, Copy, Debug)]
struct Tok<'a> {
    kind: Kind,
    /// Folded text, without a possessive "'s".
    f: &'a str,
    /// The input text of the token.
    raw: &'a str,
    /// Input byte span.
    s: usize,
    e: usize,
    /// Starts with an uppercase letter.
    cap: bool,
    /// At least two letters, all uppercase ("KONÉ", "U.S.", "PAM").
    upper: bool,
    /// Followed by a possessive "'s" ("Ghana's").
    poss: bool,
    /// Inside a Title Case headline line.
    headline: bool,
    /// The word lists `f` belongs to (`lexicon::mask_of`).
    mask: u32,
}

impl Tok<'_> {
    /// Whether this token's folded text is in `list`.
    fn is(&self, list: &Words) -> bool {
        list.in_mask(self.mask)
    }

    /// Whether a mention may start at this word: a capitalized word, a word
    /// of the lists a lowercase mention opens with ([`OPENERS`]), or a
    /// hyphenated one ("vice-ministre"). Most lowercase words are none of
    /// these (function words are in lists too, but open nothing), and the
    /// scan passes them without trying a role, a title or a name.
    fn opens_mention(&self) -> bool {
        self.cap || self.upper || self.mask & OPENERS != 0 || self.f.contains('-') || self.f == "charge" || self.f == "garde"
    }
}

/// The lists a lowercase word opens a mention with: an office's head
/// ("le ministre X", `Scanner::try_role_first`), an honorific written in
/// lowercase ("le professeur X") or a rank's first word (`Scanner::chain`).
/// A capitalized word may open any mention; these are all a lowercase one
/// can.
const OPENERS: u32 = FR_HEADS.mask() | EN_HEADS.mask() | HONORIFICS.mask() | 1 << lexicon::RANK_FIRST_BIT;

/// Splits the folded text into words, punctuation and line breaks.
fn tokenize<'a>(input: &'a str, folded: &'a Folded) -> Vec<Tok<'a>> {
    let t = folded.text.as_str();
    let mut toks = Vec::with_capacity(t.len() / 5 + 1);
    let bytes = t.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // ASCII without decoding: most of any text.
        let b = bytes[i];
        if b.is_ascii_alphanumeric() {
            let end = word_end(t, i);
            // Only a period or an apostrophe can extend a word.
            let end = if matches!(bytes.get(end), Some(b'.' | b'\'')) { abbreviation_end(t, i, end) } else { end };
            push_word(&mut toks, input, folded, i, end);
            i = end;
            continue;
        }
        if b < 0x80 {
            match b {
                b'\n' => toks.push(make_tok(input, folded, i, i + 1, Kind::Break, false)),
                b' ' | b'\t' | b'\r' | 0x0b | 0x0c => {}
                _ => toks.push(make_tok(input, folded, i, i + 1, Kind::Punct, false)),
            }
            i += 1;
            continue;
        }
        let Some(c) = char_at(t, i) else { break };
        let len = c.len_utf8();
        if c.is_alphanumeric() {
            let end = abbreviation_end(t, i, word_end(t, i));
            push_word(&mut toks, input, folded, i, end);
            i = end;
            continue;
        }
        if !c.is_whitespace() {
            toks.push(make_tok(input, folded, i, i + len, Kind::Punct, false));
        }
        i += len;
    }
    toks
}

/// End of the word starting at `start`: letters and digits, joined through
/// single inner hyphens and apostrophes.
fn word_end(t: &str, start: usize) -> usize {
    let bytes = t.as_bytes();
    let mut j = start;
    loop {
        // ASCII letters and digits without decoding.
        while j < bytes.len() && bytes[j].is_ascii_alphanumeric() {
            j += 1;
        }
        // Most words end at a space or a punctuation mark.
        if bytes.get(j).is_some_and(|&b| b < 0x80 && b != b'-' && b != b'\'') {
            break;
        }
        let Some(c) = char_at(t, j) else { break };
        if c.is_alphanumeric() {
            j += c.len_utf8();
            continue;
        }
        if (c == '-' || c == '\'')
            && let Some(n) = char_at(t, j + 1).filter(|n| n.is_alphanumeric())
        {
            j += 1 + n.len_utf8();
            continue;
        }
        break;
    }
    j
}

/// Extends a word over the periods of an abbreviation ("m.", "u.s.",
/// "dr.") and the apostrophe of "Dato'".
fn abbreviation_end(t: &str, start: usize, end: usize) -> usize {
    let w = &t[start..end];
    match char_at(t, end) {
        Some('.') if w.chars().count() == 1 => {
            // Initials and dotted acronyms: "l.", "u.s.", "s.e.".
            let mut j = end + 1;
            while let Some(c) = char_at(t, j).filter(|c| c.is_alphabetic()) {
                let k = j + c.len_utf8();
                let single = !char_at(t, k).is_some_and(char::is_alphanumeric);
                if single && char_at(t, k) == Some('.') {
                    j = k + 1;
                } else {
                    break;
                }
            }
            j
        }
        Some('.') if ABBREVIATIONS.contains(&w) => end + 1,
        Some('\'') if w == "dato" => end + 1,
        _ => end,
    }
}

/// Pushes a word, splitting a French elision ("l'", "d'") and a possessive.
fn push_word<'a>(toks: &mut Vec<Tok<'a>>, input: &'a str, folded: &'a Folded, fs: usize, fe: usize) {
    let w = &folded.text[fs..fe];
    // Words are short: a plain scan beats a SIMD search's set-up. Most
    // words hold no apostrophe at all: neither an elision nor a possessive.
    let Some(p) = w.bytes().position(|b| b == b'\'') else {
        toks.push(make_tok(input, folded, fs, fe, Kind::Word, false));
        return;
    };
    let rest = fs + p + 1;
    if ELISIONS.contains(&&w[..p]) && rest < fe {
        // "D'Alessandro", "N'Guessan" are names; "D'après", "L'Union" are not.
        let name_like = matches!(&w[..p], "d" | "n")
            && folded.upper_at(input, fs)
            && folded.upper_at(input, rest);
        if !name_like {
            toks.push(make_tok(input, folded, fs, rest, Kind::Word, false));
            push_possessive(toks, input, folded, rest, fe);
            return;
        }
    }
    push_possessive(toks, input, folded, fs, fe);
}

/// Pushes a word, detaching a final "'s" as the possessive flag.
fn push_possessive<'a>(
    toks: &mut Vec<Tok<'a>>,
    input: &'a str,
    folded: &'a Folded,
    fs: usize,
    fe: usize,
) {
    let w = &folded.text[fs..fe];
    if w.len() > 2 && w.ends_with("'s") {
        toks.push(make_tok(input, folded, fs, fe - 2, Kind::Word, true));
    } else {
        toks.push(make_tok(input, folded, fs, fe, Kind::Word, false));
    }
}

/// Builds a token for the folded range `fs..fe`.
fn make_tok<'a>(
    input: &'a str,
    folded: &'a Folded,
    fs: usize,
    fe: usize,
    kind: Kind,
    poss: bool,
) -> Tok<'a> {
    let (s, e) = folded.span(fs, fe);
    let raw = input.get(s..e).unwrap_or("");
    // Punctuation and line breaks have no letters.
    let (cap, upper) = if kind == Kind::Word { case_of(raw) } else { (false, false) };
    let f = &folded.text[fs..fe];
    // Punctuation is one character, most often ASCII: its lists are read
    // from a small table, not hashed.
    let mask = match f.as_bytes() {
        &[b] if kind != Kind::Word && b.is_ascii() => lexicon::ascii_mask(b),
        _ => lexicon::mask_in(&folded.text, fs, fe),
    };
    Tok { kind, f, raw, s, e, cap, upper, poss, headline: false, mask }
}

/// Whether a word starts with an uppercase letter, and whether it has at
/// least two letters, all uppercase.
fn case_of(raw: &str) -> (bool, bool) {
    let b = raw.as_bytes();
    match b.first() {
        None => (false, false),
        // Most words: a lowercase start says both.
        Some(c) if c.is_ascii_lowercase() => (false, false),
        Some(c) if raw.is_ascii() => {
            let letters = b.iter().filter(|c| c.is_ascii_alphabetic()).count();
            (c.is_ascii_uppercase(), letters >= 2 && !b.iter().any(u8::is_ascii_lowercase))
        }
        Some(_) => {
            let cap = raw.chars().next().is_some_and(char::is_uppercase);
            let mut letters = 0;
            let mut all_upper = true;
            for c in raw.chars().filter(|c| c.is_alphabetic()) {
                letters += 1;
                all_upper &= c.is_uppercase();
            }
            (cap, letters >= 2 && all_upper)
        }
    }
}

/// Flags the tokens of Title Case lines: at least three capitalized words
/// and no lowercase word other than small function words.
fn mark_headlines(toks: &mut [Tok]) {
    let mut start = 0;
    for i in 0..=toks.len() {
        if i < toks.len() && toks[i].kind != Kind::Break {
            continue;
        }
        let line = &mut toks[start..i];
        if is_headline(line) {
            line.iter_mut().for_each(|t| t.headline = true);
        }
        start = i + 1;
    }
}

/// Whether a line reads as a Title Case headline. A line that ends with a
/// comma is a speech's salutation ("Hon. Aminath Rasheed, Minister of
/// Higher Education,"), not a headline.
fn is_headline(line: &[Tok]) -> bool {
    // A line that ends on a comma, a semicolon or a full stop is running
    // text or a list's line ("M. Denis Roy, Ambassadeur du Canada au
    // Togo ;"), not a title.
    if line.iter().rev().find(|t| t.kind != Kind::Break).is_some_and(|t| matches!(t.f, "," | ";" | ".")) {
        return false;
    }
    let mut caps = 0;
    for t in line.iter().filter(|t| t.kind == Kind::Word) {
        if !t.f.chars().any(char::is_alphabetic) {
            continue;
        }
        if t.cap || t.upper {
            caps += 1;
        } else if !t.is(&TITLE_SMALL) {
            return false;
        }
    }
    caps >= 3
}

// ---------------------------------------------------------------------------
// Scanner

/// Longest name, in tokens, particles included.
const MAX_NAME_TOKENS: usize = 9;
/// How many titled names with the same last word a bare name is compared
/// with (the latest ones).
const MAX_SAME_LAST: usize = 16;
/// Longest role, in tokens.
const MAX_ROLE_TOKENS: usize = 45;

/// A mention in token indices.
#[derive(Clone, Copy, Debug)]
struct Found {
    /// Name tokens `start..end`.
    name: (usize, usize),
    /// Role tokens `start..end`.
    role: Option<(usize, usize)>,
    cue: Cue,
    /// First token after everything the mention consumed.
    end: usize,
}

/// Institutions and places named after a person ("Université Cheikh Anta
/// Diop", "Hôpital Aristide Le Dantec", "Kenneth Kaunda International
/// Airport" aside): the name that follows one of these nouns is theirs.
const NAMED_AFTER: &[&str] = &[
    "universite", "university", "institut", "institute", "hopital", "hospital", "ecole", "school", "lycee", "college",
    "fondation", "foundation", "stade", "stadium", "avenue", "rue", "boulevard", "aeroport", "airport", "centre",
    "center", "palais", "palace", "faculte", "campus", "place", "pont", "bridge", "salle", "hall", "prix", "prize",
];

/// A parsed name.
#[derive(Clone, Copy, Debug)]
struct Name {
    start: usize,
    end: usize,
    /// Main (non-particle) words.
    main: usize,
    /// Contains "Ould" or "Mint" (Mauritanian names keep "Cheikh").
    ould: bool,
}

/// A run of honorifics and ranks.
#[derive(Clone, Copy, Debug)]
struct Chain {
    end: usize,
    rank: bool,
    /// Position of a Cheikh/Sheikh taken as honorific.
    cheikh: Option<usize>,
}

/// Where a role ends and, if a name is glued to it, where the name starts.
#[derive(Clone, Copy, Debug)]
struct Forward {
    end: usize,
    glued: Option<usize>,
}

struct Scanner<'a> {
    toks: Vec<Tok<'a>>,
    french: bool,
    /// Input spans that are places, not names (see [`find_people`]).
    places: &'a [(usize, usize)],
}

impl<'a> Scanner<'a> {
    // --- token access -----------------------------------------------------

    fn word(&self, i: usize) -> Option<&Tok<'a>> {
        self.toks.get(i).filter(|t| t.kind == Kind::Word)
    }

    /// Whether token `i`'s folded text is in `list` (false past the end).
    fn is(&self, i: usize, list: &Words) -> bool {
        self.toks.get(i).is_some_and(|t| t.is(list))
    }

    /// Folded text of token `i` ("" past the end).
    fn f(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.f)
    }

    fn cap(&self, i: usize) -> bool {
        self.word(i).is_some_and(|t| t.cap)
    }

    fn lower(&self, i: usize) -> bool {
        self.word(i).is_some_and(|t| !t.cap && t.f.chars().next().is_some_and(char::is_alphabetic))
    }

    fn poss(&self, i: usize) -> bool {
        self.word(i).is_some_and(|t| t.poss)
    }

    /// Whether a possessive closes the run of capitalized words from `i`
    /// (at most three): "Peru's", "South Korea's", "Papua New Guinea's".
    fn poss_run(&self, i: usize) -> bool {
        (i..i + 3).take_while(|&k| self.cap(k)).any(|k| self.poss(k))
    }

    fn headline(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.headline)
    }

    // --- lexical classes ----------------------------------------------------

    /// Whether token `i` is an office noun.
    fn is_head(&self, i: usize) -> bool {
        let Some(t) = self.word(i) else { return false };
        if self.french && t.f == "charge" {
            // "chargé d'affaires"; "chargé de" is a participle.
            return self.f(i + 1) == "d'" && self.f(i + 2) == "affaires";
        }
        if self.french && t.f == "garde" {
            // "le garde des Sceaux", the minister of justice; a guard is no
            // office.
            return self.f(i + 1) == "des" && self.f(i + 2) == "sceaux";
        }
        // "ministre déléguée", "administrateur délégué": after another
        // head, "délégué" qualifies it.
        if self.french && matches!(t.f, "delegue" | "deleguee") && i > 0 && self.word(i - 1).is_some_and(|p| p.is(&FR_HEADS)) {
            return false;
        }
        let heads = if self.french { &FR_HEADS } else { &EN_HEADS };
        if t.is(heads) {
            return self.french || t.f != "head" || self.cap(i) || self.f(i + 1) == "of";
        }
        t.f.bytes().any(|b| b == b'-') && t.f.split('-').any(|p| HEAD_PARTS.contains(&p))
    }

    /// Length of the honorific at `i` (0 if none). Cheikh/Sheikh excluded.
    fn honorific_len(&self, i: usize) -> usize {
        let Some(t) = self.word(i) else { return 0 };
        // Lowercase only as a professional title after an article ("le
        // professeur X", "l'agronome X": `LOWERCASE_TITLES`); and "l'honorable X", "the
        // honourable X".
        let honourable = matches!(t.f, "honorable" | "honourable") && i > 0 && matches!(self.f(i - 1), "l'" | "the");
        if !t.cap && !LOWERCASE_TITLES.contains(&t.f) && !honourable {
            return 0;
        }
        match t.f {
            "son" => match self.f(i + 1) {
                "excellence" => 2,
                "altesse" => 2 + usize::from(self.f(i + 2) == "royale"),
                _ => 0,
            },
            "his" | "her" => match (self.f(i + 1), self.f(i + 2)) {
                ("excellency" | "highness" | "majesty", _) => 2,
                ("royal", "highness") => 3,
                _ => 0,
            },
            "sa" => usize::from(self.f(i + 1) == "majeste") * 2,
            "rt" | "rt." => usize::from(matches!(self.f(i + 1), "hon" | "hon." | "honourable")) * 2,
            "tan" | "toh" => usize::from(matches!(self.f(i + 1), "sri" | "seri" | "puan")) * 2,
            "dato'" | "dato" | "datuk" | "datin" | "tun" => {
                if matches!(self.f(i + 1), "amar" | "patinggi" | "wira" | "paduka" | "setia" | "utama" | "panglima") {
                    // Sarawak's "Datuk Amar", "Datuk Patinggi"; Malacca's
                    // "Datuk Wira"; "Datin Paduka".
                    2
                } else if !matches!(self.f(i + 1), "sri" | "seri") {
                    1
                } else if matches!(self.f(i + 2), "setia" | "paduka" | "laila" | "utama" | "panglima" | "lela") {
                    // Brunei's "Dato Seri Setia", "Dato Seri Paduka".
                    3
                } else {
                    2
                }
            }
            // French "M." (Monsieur) is an initial in English: "Shri M.
            // Anjaneya Prasad".
            "m." | "mm." if !self.french => 0,
            // "Me" (Maître), a lawyer's or a notary's title in French, written
            // so: "Me Olivier Brassard".
            "me" => usize::from(self.french && t.raw == "Me"),
            f => usize::from(HONORIFICS.contains(&f)),
        }
    }

    /// Length of the military rank at `i` with its "(retd)" (0 if none).
    fn rank_len(&self, i: usize) -> usize {
        let Some(t) = self.word(i) else { return 0 };
        if !self.french && !t.cap {
            return 0;
        }
        // Most words open no rank: the token's mask says whether it may.
        if t.mask & (1 << lexicon::RANK_FIRST_BIT) == 0 {
            return 0;
        }
        let mut best = 0;
        for rank in RANKS {
            if rank.len() > best && self.matches_seq(i, rank) {
                best = rank.len();
            }
        }
        if best == 0 {
            return 0;
        }
        let k = i + best;
        // ("Gen Z protesters": a bare "Gen" before one letter is no rank.)
        if best == 1 && self.f(i) == "gen" && self.word(k).is_some_and(|t| t.f.chars().count() < 2) {
            return 0;
        }
        if self.f(k) == "(" && self.is(k + 1, &RETIRED) && self.f(k + 2) == ")" {
            best + 3
        } else {
            best
        }
    }

    fn matches_seq(&self, i: usize, seq: &[&str]) -> bool {
        seq.iter().enumerate().all(|(k, w)| self.word(i + k).is_some_and(|t| t.f == *w))
    }

    fn is_cheikh(&self, i: usize) -> bool {
        self.cap(i) && self.is(i, &CHEIKHS)
    }

    fn is_particle(&self, i: usize) -> bool {
        self.is(i, &PARTICLES) && self.word(i).is_some()
    }

    fn is_roman(&self, i: usize) -> bool {
        self.word(i).is_some_and(|t| (t.upper || t.raw.len() == 1 && t.cap) && t.is(&ROMAN))
    }

    /// A single capital letter with its period ("L.").
    fn is_initial(&self, i: usize) -> bool {
        self.word(i).is_some_and(|t| t.cap && t.f.len() == 2 && t.f.ends_with('.'))
    }

    /// "al-Thani", "el-Sisi": a lowercase article glued to a capitalized name.
    fn is_article_prefixed(&self, i: usize) -> bool {
        self.word(i).is_some_and(|t| {
            let b = t.raw.as_bytes();
            // Every prefix has its hyphen third or fourth.
            if b.get(2) != Some(&b'-') && b.get(3) != Some(&b'-') {
                return false;
            }
            ["al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "at-"].iter().any(|p| {
                t.raw.starts_with(p) && t.raw[p.len()..].chars().next().is_some_and(char::is_uppercase)
            })
        })
    }

    /// Whether token `i` can be a main word of a name. All-caps words
    /// (surnames written "KONÉ") only after a first name word.
    fn is_name_main(&self, i: usize, after_main: bool) -> bool {
        let Some(t) = self.word(i) else { return false };
        if !(t.cap || self.is_article_prefixed(i)) || t.f.ends_with('.') {
            return false;
        }
        if t.upper && (!after_main || POST_NOMINALS.contains(&t.f)) {
            return false;
        }
        // ("Bahraini Deputy Prime Minister X": "Deputy" and "Prime" open
        // an office, and are no name's words; "Chief" is also a title of
        // honour before a name.)
        if t.is(&FUNCTION_WORDS) || t.is(&ORG_WORDS) || t.is(&PORTFOLIO) || t.is(&EN_MODIFIERS) && !matches!(t.f, "junior" | "chief") {
            return false;
        }
        // After a particle inside a name, an honorific is the father's
        // ("Norliza binti Haji Karim").
        let after_particle = after_main && i > 0 && self.is_particle(i - 1);
        // So, in the Malay world, are "Awang" and "Haji" after a given
        // name ("Rosli Awang Tambi").
        let malay_inner = after_main && matches!(t.f, "awang" | "dayang" | "haji" | "hajah");
        if (self.honorific_len(i) > 0 && !after_particle && !malay_inner) || self.rank_len(i) > 0 {
            return false;
        }
        !self.is_head(i) || t.is(&NAME_LIKE_HEADS)
    }

    /// Parses a name at `i`. A lowercase particle may start it only when
    /// `particle_start` ("M. de Villepin", "by van der Meulen").
    fn parse_name(&self, i: usize, particle_start: bool) -> Option<Name> {
        let mut k = i;
        let mut main = 0;
        let mut end = i;
        let mut ould = false;
        let mut initial_first = false;
        while k < i + MAX_NAME_TOKENS + 1 {
            let Some(t) = self.word(k) else { break };
            let particle = self.is_particle(k);
            // English has no article "Le", nor "Ni" or "Du": before another
            // capitalized word they open an Asian name ("Le Van Hoach").
            if main == 0 && self.asian_name_opener(k) {
                main += 1;
                k += 1;
                end = k;
                continue;
            }
            let start_article = main == 0 && t.cap && t.is(&ARTICLE_PARTICLES);
            if particle && (!t.cap || main > 0 || start_article) {
                if start_article || (!t.cap && main == 0 && !particle_start) {
                    break;
                }
                // A particle must lead to more name.
                let next_ok = self.is_particle(k + 1) || self.is_name_main(k + 1, true);
                if !next_ok {
                    break;
                }
                ould |= matches!(t.f, "ould" | "mint");
                k += 1;
                continue;
            }
            // "Mr. TAKEUCHI Haruki", "M. DUPONT Jean": a surname in
            // capitals first, right after an honorific, then a given name.
            let surname_first = main == 0
                && t.upper
                && k > 0
                && self.is(k - 1, &HONORIFICS)
                && self.word(k + 1).is_some_and(|n| n.cap && !n.upper)
                && self.is_name_main(k + 1, true)
                && !t.is(&ORG_WORDS)
                && !t.is(&FUNCTION_WORDS);
            if surname_first || self.is_name_main(k, main > 0) {
                ould |= matches!(t.f, "ould" | "mint");
                main += 1;
                k += 1;
                end = k;
                if t.poss {
                    break;
                }
                continue;
            }
            if main > 0 && self.is_roman(k) {
                k += 1;
                end = k;
                break;
            }
            // Initials inside a name ("John F. Kennedy"), and leading ones
            // after an honorific or "by" ("Shri M. Anjaneya Prasad", "by A.
            // K. Sharma").
            // (Or after "par" or a role's comma, "le président de l'ISRO,
            // K. Vasudevan Nair", when two name words follow: "B. Kenya" is
            // no one.)
            let after_comma = main == 0 && k == i && k > 0 && matches!(self.f(k - 1), "," | "par");
            let leading = main == 0
                && k > 0
                && (self.is(k - 1, &HONORIFICS) || self.f(k - 1) == "by" || k > i && self.is_initial(k - 1) || after_comma);
            if (main > 0 || leading) && self.is_initial(k) && (self.is_name_main(k + 1, true) || self.is_initial(k + 1)) {
                initial_first |= after_comma;
                k += 1;
                continue;
            }
            break;
        }
        if main == 0 || end - i > MAX_NAME_TOKENS || main > 6 || initial_first && main < 2 {
            return None;
        }
        // A run that goes on past the limit is not a name.
        if k > i + MAX_NAME_TOKENS {
            return None;
        }
        if self.within_place(self.toks[i].s, self.toks[end - 1].e) {
            return None;
        }
        Some(Name { start: i, end, main, ould })
    }

    /// Whether the name on tokens `s..e` is a place behind lowercase
    /// particles or articles ("du Québec", "le Québec").
    fn only_a_place(&self, (s, e): (usize, usize)) -> bool {
        let mut i = s;
        while i < e && self.lower(i) && (self.is_particle(i) || matches!(self.f(i), "le" | "la" | "les" | "l'" | "the")) {
            i += 1;
        }
        i < e && (i..e).all(|k| self.is_place(k))
    }

    /// Whether token `i` lies within a place's span.
    fn is_place(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| self.within_place(t.s, t.e))
    }

    /// Whether the input span `s..e` lies within one place's span.
    fn within_place(&self, s: usize, e: usize) -> bool {
        let before = self.places.partition_point(|p| p.0 <= s);
        before > 0 && self.places[before - 1].1 >= e
    }

    /// Honorifics and ranks from `i`. After a role ("…, H.E. Ambassador X")
    /// "Ambassador" counts as an honorific.
    fn chain(&self, mut i: usize, after_role: bool) -> Chain {
        let start = i;
        // Whether the last honorific was not an excellency's: after "M.",
        // "Mr", "Dr", "Maître", "Cheikh" is a given name; after "H.E.",
        // "S.E.", "Son Excellence" ("H.E. Sheikh X") it is a title.
        let mut civil = false;
        let mut rank = false;
        let mut cheikh = None;
        for _ in 0..8 {
            if self.is_cheikh(i) {
                if civil {
                    // "M. Cheikh Ould Ely": a given name.
                    break;
                }
                cheikh = Some(i);
                i += 1;
                continue;
            }
            let h = self.honorific_len(i);
            if h > 0 {
                civil = !EXCELLENCIES.contains(&self.f(i));
                i += h;
                continue;
            }
            let r = self.rank_len(i);
            if r > 0 && !(self.french && self.f(i) == "commandant" && !self.is_name_main(i + r, false)) {
                rank = true;
                i += r;
                continue;
            }
            if (after_role || i > start)
                && self.cap(i)
                && self.is(i, &AMBASSADOR_WORDS)
                && self.is_name_main(i + 1, false)
            {
                i += 1;
                continue;
            }
            break;
        }
        Chain { end: i, rank, cheikh }
    }

    /// The name after a chain, keeping a final Cheikh for Mauritanian names.
    fn name_after_chain(&self, ch: &Chain, from: usize) -> Option<Name> {
        let mut name = self.parse_name(from, ch.end > from || ch.rank || ch.cheikh.is_some())?;
        if let Some(c) = ch.cheikh
            && c + 1 == ch.end
            && from == ch.end
            && name.ould
        {
            name.start = c;
            name.main += 1;
        }
        Some(name)
    }

    /// Whether a comma at `j` introduces a person: honorifics, a rank, or a
    /// name of two words or more.
    fn name_follows_comma(&self, j: usize) -> bool {
        if self.f(j) != "," {
            return false;
        }
        let mut k = j + 1;
        if self.is(k, &DETERMINERS) && (self.honorific_len(k + 1) > 0 || self.rank_len(k + 1) > 0) {
            k += 1;
        }
        // "…, Indonesian Transportation Minister X": the words before an
        // office noun open the next person's role, not a name.
        self.chain(k, true).end > k || self.parse_name(k, false).is_some_and(|n| n.main >= 2 && !self.is_head(n.end))
    }

    // --- roles --------------------------------------------------------------

    /// First token of a role headed at `h`, never before `floor`.
    fn role_start(&self, h: usize, floor: usize) -> usize {
        if self.french {
            let mut s = h;
            for _ in 0..2 {
                if s > floor && self.word(s - 1).is_some() && self.is(s - 1, &FR_PREMODIFIERS) {
                    s -= 1;
                } else {
                    break;
                }
            }
            return s;
        }
        let mut s = h;
        for _ in 0..7 {
            if s <= floor {
                break;
            }
            let p = s - 1;
            // "Foreign and CARICOM Affairs Minister", "Agriculture, Land
            // and Fisheries Minister": portfolios in series before the
            // office, joined by "and" or a comma. (The word before the
            // joint must be a portfolio, "President Ali and Trade Minister
            // X" holds two people; and the words after it, up to the
            // office, portfolios or acronyms: "Minister of Finance and
            // Coordinating Minister of the Economy" holds two offices.)
            if matches!(self.f(p), "and" | "&" | ",")
                && s < h
                && p > floor
                && self.cap(s)
                && (s..h).all(|q| self.is(q, &PORTFOLIO) || self.word(q).is_some_and(|t| t.upper) || matches!(self.f(q), "and" | "&" | ","))
                && self.cap(p - 1)
                && self.is(p - 1, &PORTFOLIO)
                && !self.inside_honorific(p - 1)
            {
                s = p;
                continue;
            }
            let Some(t) = self.word(p) else { break };
            if self.en_pre_word(p) && !self.inside_honorific(p) {
                s = p;
                continue;
            }
            // "University of Nairobi Vice-Chancellor", "Côte d'Ivoire's Minister"
            let joins = matches!(t.f, "of" | "for" | "d'") && !t.cap && p > floor && self.cap(s);
            if joins && self.word(p - 1).is_some_and(|u| u.cap && !u.is(&FUNCTION_WORDS)) {
                s = p;
                continue;
            }
            break;
        }
        s
    }

    /// Whether token `p` belongs to a multi-word honorific ("Her Royal
    /// Highness").
    fn inside_honorific(&self, p: usize) -> bool {
        (p.saturating_sub(2)..=p).any(|q| self.honorific_len(q) > p - q)
    }

    /// A word that may precede an English office noun inside its role:
    /// capitalized words and acronyms ("Kenya's", "UAE", "Deputy"), and
    /// lowercase modifiers ("deputy", "foreign", "defence").
    fn en_pre_word(&self, p: usize) -> bool {
        let Some(t) = self.word(p) else { return false };
        if t.cap || t.upper {
            return !t.is(&FUNCTION_WORDS)
                && self.honorific_len(p) == 0
                && !self.is_cheikh(p)
                && (self.rank_len(p) == 0 || self.is_head(p + 1) || t.is(&EN_MODIFIERS));
        }
        t.is(&EN_MODIFIERS) || t.is(&PORTFOLIO)
    }

    /// Where the role headed at `h` ends, and a glued name if one follows.
    fn forward(&self, h: usize) -> Forward {
        if self.french { self.forward_fr(h) } else { self.forward_en(h) }
    }

    /// Content of a role complement, English or French: capitalized words
    /// and acronyms ("Défense", "UM5R", "ICT") that are neither honorifics
    /// nor ranks nor function words.
    fn cap_content(&self, k: usize) -> bool {
        let Some(t) = self.word(k) else { return false };
        if self.asian_name_opener(k) {
            return true;
        }
        (t.cap || t.upper)
            && !t.is(&FUNCTION_WORDS)
            && self.honorific_len(k) == 0
            && self.rank_len(k) == 0
            && !self.is_cheikh(k)
    }

    fn forward_en(&self, h: usize) -> Forward {
        let mut j = h + 1;
        // Title words and portfolios glued to the head: "Director General",
        // "Chief Executive Officer", "Secretary Defence".
        while self.word(j).is_some()
            && (self.rank_len(j) == 0 || self.f(j) == "general" && self.rank_len(j) == 1)
            && (self.is(j, &TITLE_WORDS) || self.cap(j) && self.is(j, &PORTFOLIO))
            && j < h + 4
        {
            j += 1;
        }
        let title_end = j;
        let mut run = j;
        let mut after_connector = false;
        let mut in_complement = false;
        // The role as it stood at the last "and" of its complement: "Minister
        // of Culture Dana Seitkali and Al-Muraikhi" ends before the "and".
        let mut and_before: Option<(usize, usize, bool)> = None;
        while j < h + MAX_ROLE_TOKENS {
            let f = self.f(j);
            // A body's acronym in brackets goes on with its complement, as
            // in French: "Secretary-General of the Central American
            // Integration System (SICA), X".
            if in_complement && f == "(" && self.word(j + 1).is_some_and(|t| t.upper) && self.f(j + 2) == ")" {
                j += 3;
                run = j;
                continue;
            }
            // "Minister John Mensah for Ghana", "President Ana Ruiz of
            // Peru", "Chief Representative Mori Ken for the Agency": a name
            // between the title and a connector is glued to the title.
            // "Prime Minister X Y in Beijing", "... on Tuesday": a locative
            // after such a name is the sentence going on.
            let glue = match f {
                "for" | "of" => self.cap_content(j + 1 + usize::from(self.f(j + 1) == "the")),
                "in" | "on" | "at" => true,
                _ => false,
            };
            if !in_complement
                && j >= title_end + 2
                && glue
                && (title_end..j).all(|k| self.is_name_main(k, true) && !self.is(k, &PORTFOLIO))
            {
                return Forward { end: title_end, glued: Some(title_end) };
            }
            // "to" opens a complement only after an envoy ("Ambassador to
            // Peru"); after a name it is the sentence going on ("Prime
            // Minister X Y to Riyadh").
            let envoy_word = |w: &str| {
                matches!(w, "ambassador" | "envoy" | "representative" | "commissioner" | "delegate" | "consul" | "emissary" | "attache" | "mission" | "delegation" | "representation" | "embassy" | "office")
                    // "Secretary to the Ministry of X", "Adviser to the President".
                    || matches!(w, "secretary" | "adviser" | "advisor" | "assistant")
            };
            if f == "to" && !envoy_word(self.f(h)) && !envoy_word(self.f(j.saturating_sub(1))) {
                break;
            }
            if self.lower(j) && EN_CONNECTORS.contains(&f) {
                if f == "and" && in_complement {
                    and_before = Some((run, j, after_connector));
                }
                let mut k = j + 1;
                if self.f(k) == "the" {
                    k += 1;
                }
                // "Minister of International Relations and La Francophonie":
                // a name's own capitalized article.
                if self.cap(k) && matches!(self.f(k), "la" | "le" | "les" | "el" | "los" | "las" | "al") && self.cap_content(k + 1) {
                    k += 1;
                }
                // "Deputy Commissioner International and Specialist
                // Capabilities, X": capitalized words with no office in them,
                // up to the comma before the name, still name the portfolio.
                // (Not after a name of two words or more glued to the title:
                // "Minister Rahma Odhiambo and Zheng Wenbo, the director".)
                let name_before = j >= title_end + 2 && (title_end..j).all(|q| self.is_name_main(q, true) && !self.is(q, &PORTFOLIO));
                let portfolio_run = !in_complement && f == "and" && !name_before && {
                    let mut q = k;
                    while q < k + 5 && self.cap_content(q) && !self.is_head(q) && !self.poss(q) {
                        q += 1;
                    }
                    q > k && self.f(q) == ","
                };
                let new_office = f == "and" && !portfolio_run && (!in_complement || self.office_ahead(k));
                in_complement |= f != "and";
                if self.lower(k) && self.is(k, &PORTFOLIO) && !new_office {
                    // "minister of foreign affairs"
                    j = k;
                    continue;
                }
                if self.cap_content(k) && !new_office {
                    j = k;
                    run = k;
                    after_connector = true;
                    continue;
                }
                break;
            }
            if self.cap_content(j) {
                j += 1;
                // "Ghana's Minister": a possessive inside the role opens a
                // new run. One before a lowercase word closes the name
                // glued to the role: "Vietnamese President Vo Quang Hieu's
                // state visit".
                if self.poss(j - 1) {
                    // (Only when that run is a name: "head of Kutaisi City
                    // Hall's tourism service" goes on.)
                    if !self.cap(j) && run < j - 1 {
                        let closed = self.close_role(run, j, after_connector);
                        if closed.glued.is_some() {
                            return closed;
                        }
                    }
                    run = j;
                    after_connector = true;
                }
                continue;
            }
            // A French name inside the complement: "of the Institut Pasteur
            // de Dakar", "of Cote d'Ivoire".
            // (The word after the particle opens the complement's last run:
            // a name glued after it starts past that word.)
            if in_complement && self.lower(j) && matches!(f, "de" | "du" | "des" | "d'") && self.cap_content(j + 1) && self.cap(j - 1) {
                j += 1;
                run = j;
                after_connector = true;
                continue;
            }
            if self.lower(j) && PORTFOLIO.contains(&f) {
                j += 1;
                run = j;
                after_connector = false;
                continue;
            }
            if f == ","
                && let Some(k) = self.list_continuation(j)
            {
                j = k;
                run = k;
                after_connector = true;
                continue;
            }
            break;
        }
        let fw = self.close_role(run, j, after_connector);
        if fw.glued.is_none()
            && let Some((r, a, ac)) = and_before
        {
            let before = self.close_role(r, a, ac);
            if before.glued.is_some() {
                return before;
            }
        }
        fw
    }

    /// Whether token `k` opens an Asian name with a word that is also a
    /// French function word, before a capitalized word that is no place:
    /// in English text "Le", "Ni", "Du" or "Ou" ("Le Van Hoach", Balinese
    /// "Ni Made Sari", Chinese "Du Wei"), in either language "Lê" with its
    /// circumflex, which French does not write for its article.
    fn asian_name_opener(&self, k: usize) -> bool {
        let opens = |t: &Tok| match t.f {
            "le" => !self.french || t.raw.contains(['ê', 'Ê']),
            "ni" | "du" | "ou" => !self.french,
            _ => false,
        };
        self.word(k).is_some_and(|t| t.cap && !t.upper && opens(t))
            && self.word(k + 1).is_some_and(|n| n.cap && !n.upper)
            && !self.is_place(k + 1)
    }

    /// Whether the capitalized run at `k` holds an office noun or a
    /// possessive: after "and" it is another person's role ("and Canadian
    /// Prime Minister", "and Jordan's Minister").
    fn office_ahead(&self, k: usize) -> bool {
        let mut i = k;
        while i < k + 6 && self.cap_content(i) {
            if self.is_head(i) || self.poss(i) {
                return true;
            }
            i += 1;
        }
        false
    }

    /// English enumerations inside a role: "Minister of Energy, Commerce and
    /// Industry, X Y". From the comma at `comma`, returns the comma that ends
    /// the enumeration, if what follows is one.
    fn list_continuation(&self, comma: usize) -> Option<usize> {
        let mut k = comma + 1;
        for _ in 0..4 {
            let seg = k;
            let mut has_and = false;
            while let Some(t) = self.word(k) {
                if k > seg + 10 {
                    return None;
                }
                if matches!(t.f, "and" | "&") {
                    let next = k + 1;
                    let portfolio_next = self.cap_content(next) || self.lower(next) && self.is(next, &PORTFOLIO);
                    if k == seg || !portfolio_next || self.is_head(next) || self.poss_run(next) {
                        // "..., Industry and Energy Kwon Tae-hyun and Peru's
                        // Minister ...", "... and South Korea's Minister",
                        // "... and Dr. Katrin X": a second "and" that opens
                        // the next person (a possessive, an office, an
                        // honorific) ends this list, its name glued to it.
                        let next_person = self.poss_run(next) || self.is_head(next) || self.honorific_len(next) > 0;
                        return (has_and && next_person).then_some(seg);
                    }
                    has_and = true;
                    k += 1;
                    continue;
                }
                // ("of the Kyrgyz Republic": "the" is read next.)
                let of_the = t.f == "of" && self.f(k + 1) == "the" && self.cap_content(k + 2);
                if matches!(t.f, "of" | "the") && !t.cap && k > seg && (self.cap_content(k + 1) || of_the) {
                    k += 1;
                    continue;
                }
                // Lowercase portfolios too ("minister of commerce, trade and
                // industry, X").
                if (self.cap_content(k) || self.lower(k) && self.is(k, &PORTFOLIO)) && !self.is_head(k) && !t.poss {
                    k += 1;
                    continue;
                }
                // "Minister of Trade, Industry and Energy Choi Dong-hwan
                // signed": the last portfolio ran on into a name glued to
                // it, up to the clause's verb; as before a comma, the role
                // reads on from this segment and leaves the name.
                // (Not states after the role's comma: "According to the
                // Minister of Trade, Kenya and Uganda signed".)
                if has_and && !t.cap && t.f.bytes().all(|b| b.is_ascii_lowercase()) && self.cap_content(k - 1) && !(seg..k).any(|j| self.is_place(j)) {
                    return Some(seg);
                }
                return None;
            }
            if k == seg {
                return None;
            }
            if self.f(k) != "," {
                // "Minister of Trade, Industry and Energy Kwon Tae-hyun":
                // the last portfolio runs on into a name glued to it; the
                // role reads on from this segment and leaves the name.
                return (has_and && self.word(k).is_none()).then_some(seg);
            }
            if has_and {
                // "Minister of Culture, Sports and Tourism Lê Minh Khánh,
                // Cambodian Minister ...": no name after the comma, so the
                // name is glued to the last portfolio, as above.
                // (Not before ", and Uzbekistan's Minister": a role after
                // its name ends there, with its own last portfolio.)
                let glued = !matches!(self.f(k + 1), "and" | "et") && !self.name_follows_comma(k);
                return Some(if glued { seg } else { k });
            }
            k += 1;
        }
        None
    }

    /// From the comma at `comma`, the comma that closes a French list of
    /// portfolios ending with "et" ("Voies de communication et
    /// Désenclavement,"), when a name follows it.
    fn fr_portfolio_list(&self, comma: usize) -> Option<usize> {
        let mut k = comma + 1;
        if !self.cap_content(k) {
            return None;
        }
        let mut and = false;
        while k < comma + 10 {
            let f = self.f(k);
            if f == "," {
                return (and && self.name_follows_comma(k)).then_some(k);
            }
            if f == "et" {
                and = true;
            } else if !(self.cap_content(k) || matches!(f, "de" | "du" | "des" | "d'" | "la" | "l'" | "les") || self.fr_lower_content(k)) {
                return None;
            }
            k += 1;
        }
        None
    }

    /// A French preposition at `j` that continues a role; returns the index
    /// after it and any article ("de la", "auprès de la", "à", "en" + Capital).
    fn fr_prep(&self, j: usize) -> Option<usize> {
        let t = self.word(j)?;
        if t.cap {
            return None;
        }
        let k = match t.f {
            "de" | "d'" | "pour" => j + 1,
            "du" | "des" | "au" | "aux" => return Some(j + 1),
            "a" if t.raw == "à" => j + 1,
            "en" if self.cap(j + 1) => return Some(j + 1),
            "aupres" if matches!(self.f(j + 1), "de" | "d'") => j + 2,
            "aupres" if matches!(self.f(j + 1), "du" | "des") => return Some(j + 2),
            _ => return None,
        };
        Some(if self.is(k, &FR_ARTICLES) { k + 1 } else { k })
    }

    /// A lowercase word that may continue a French role.
    fn fr_lower_content(&self, k: usize) -> bool {
        self.lower(k) && !self.is(k, &FR_STOP)
    }

    /// A French adjective right after the office noun ("pakistanais",
    /// "délégué", "général", "sud-coréen").
    fn fr_adjective(&self, k: usize) -> bool {
        let Some(t) = self.word(k) else { return false };
        if t.cap || t.is(&FR_STOP) {
            return false;
        }
        let f = t.f.rsplit('-').next().unwrap_or(t.f);
        // A lowercase word the gazetteer knows is a demonym, whatever its
        // ending ("ouzbek", "tchèque", "bissau-guinéen").
        if t.is(&FR_ADJECTIVES) || FR_ADJECTIVES.contains(&f) || self.is_place(k) {
            return true;
        }
        if ["é", "ée", "és", "ées", "è"].iter().any(|e| t.raw.ends_with(e)) {
            return true;
        }
        let stem = f.strip_suffix('s').or_else(|| f.strip_suffix('x')).unwrap_or(f);
        FR_ADJECTIVE_ENDINGS.iter().any(|e| stem.ends_with(e) && stem.len() > e.len() + 2)
    }

    fn forward_fr(&self, h: usize) -> Forward {
        let mut j = if self.f(h) == "charge" { h + 3 } else { h + 1 };
        let mut in_complement = false;
        // Start of the capitalized run closing the role, and whether it
        // follows a preposition.
        let mut run: Option<(usize, bool)> = None;
        while j < h + MAX_ROLE_TOKENS {
            let f = self.f(j);
            // A ministry's acronym in brackets goes on with the role:
            // "ministre de l'Économie ... du territoire (MINEPAT), X".
            if f == "(" && self.word(j + 1).is_some_and(|t| t.upper) && self.f(j + 2) == ")" {
                j += 3;
                continue;
            }
            if let Some(k) = self.fr_prep(j) {
                if self.cap_content(k) {
                    j = k;
                    in_complement = true;
                    run = Some((k, true));
                    continue;
                }
                if self.fr_lower_content(k) {
                    // The noun after the preposition, even an office noun:
                    // "auprès de la ministre fédérale".
                    j = k + 1;
                    in_complement = true;
                    run = None;
                    continue;
                }
                break;
            }
            if f == "et" && self.lower(j) {
                // A capitalized run glued to the role, not after a
                // preposition, is a name: "du Premier ministre vietnamien
                // Hoàng Văn Lực et de l'ambassadeur ..." ends there.
                if run.is_some_and(|(_, after_prep)| !after_prep) {
                    break;
                }
                let k = j + 1;
                if self.fr_prep(k).is_some() {
                    j = k;
                    continue;
                }
                // "des Eaux et Forêts", "de la Pêche et Économie bleue".
                if in_complement && self.cap(j - 1) && self.cap_content(k) {
                    j = k;
                    continue;
                }
                if self.lower(j - 1) {
                    let article = self.is(k, &FR_ARTICLES) && self.fr_lower_content(k + 1);
                    if article {
                        j = k + 1;
                        run = None;
                        continue;
                    }
                    let adjective = self.fr_lower_content(k)
                        && !self.is_head(k)
                        && !self.f(k).ends_with("ant")
                        && !self.is(k, &FR_ARTICLES);
                    if adjective {
                        j = k;
                        continue;
                    }
                }
                break;
            }
            if f == "," {
                // (", de l'ambassadrice X": another person's office after
                // the comma, not a portfolio.)
                let enumeration = matches!(self.f(j + 1), "de" | "du" | "des" | "d'")
                    && self.fr_prep(j + 1).is_some_and(|k| self.cap_content(k) || self.fr_lower_content(k) && !self.is_head(k));
                if enumeration {
                    j += 1;
                    continue;
                }
                // "ministre des Transports, Voies de communication et
                // Désenclavement, X": portfolios listed up to "et" and a
                // comma before the name.
                if let Some(k) = self.fr_portfolio_list(j)
                    && in_complement
                {
                    j = k;
                    run = None;
                    continue;
                }
                break;
            }
            // "président de la coopérative Les Vignerons de Cheverny": the
            // name of a body after its lowercase noun may open on a
            // capitalized article.
            // (After a body's noun only: "le ministre des affaires
            // étrangères Le Drian" ends on a surname.)
            if run.is_none()
                && in_complement
                && self.cap(j)
                && matches!(f, "les" | "la" | "le" | "l'")
                && self.lower(j - 1)
                && (self.is(j - 1, &ORG_WORDS) || BODY_NOUNS.contains(&self.f(j - 1)))
                && self.cap_content(j + 1)
            {
                run = Some((j, true));
                j += 1;
                continue;
            }
            if self.cap_content(j) {
                if run.is_none() {
                    // "wali de la région Souss-Massa": after a town's or a
                    // region's noun, the name is the place's, as after a
                    // preposition.
                    let place_noun = self.word(j - 1).is_some_and(|t| !t.cap && TOWN_HEADS.contains(&t.f));
                    run = Some((j, place_noun));
                }
                j += 1;
                if self.poss(j - 1) {
                    break;
                }
                continue;
            }
            if self.fr_lower_content(j) && (in_complement || self.fr_adjective(j)) && !self.is_head(j) {
                j += 1;
                run = None;
                continue;
            }
            break;
        }
        match run {
            Some((r, after_prep)) => self.close_role(r, j, after_prep),
            None => Forward { end: j, glued: None },
        }
    }

    /// Ends a role whose last capitalized run is `run..end`: when a name is
    /// glued to the role, it is the longest tail of the run made of name
    /// words; after a preposition the run keeps at least its first word (or
    /// two for "South Africa", "Abu Dhabi").
    fn close_role(&self, run: usize, end: usize, after_connector: bool) -> Forward {
        let none = Forward { end, glued: None };
        if run >= end || self.name_follows_comma(end) {
            return none;
        }
        let mut k = end;
        while k > run && self.glued_name_word(k - 1, k < end) {
            k -= 1;
        }
        if k == end {
            return none;
        }
        if k == run && after_connector {
            k = run + if self.is(run, &MULTIWORD_PLACE_START) { 2 } else { 1 };
            if k >= end {
                return none;
            }
        }
        // Particles do not start a glued name.
        while k < end && self.is_particle(k) && self.cap(k) && self.is(k, &ARTICLE_PARTICLES) && !self.asian_name_opener(k) {
            k += 1;
        }
        match self.parse_name(k, false) {
            // "… of the Institut Pasteur de Dakar": after an organization's
            // noun, a run that ends in "de" and a place goes on with its name.
            Some(n) if k > 0 && self.cap(k - 1) && self.is(k - 1, &ORG_WORDS) && n.end >= n.start + 3 && self.is_particle(n.end - 2) && self.is_place(n.end - 1) => none,
            // After "and" inside a role, one capitalized word ends the
            // portfolio ("Minister of Agrarian Development and Family
            // Farming"): a glued name there takes two words at least.
            Some(n) if n.end >= end && !(after_connector && n.main < 2) => Forward { end: k, glued: Some(k) },
            _ => none,
        }
    }

    /// Whether token `i` of a role's closing run can belong to a glued name.
    fn glued_name_word(&self, i: usize, inner: bool) -> bool {
        // (A possessive ends the name: only its last word bears one.)
        if self.poss(i) && inner {
            return false;
        }
        self.is_name_main(i, true) && !self.word(i).is_some_and(|t| t.upper)
            || self.asian_name_opener(i)
            || self.is_roman(i)
            || self.is_initial(i)
            || inner && self.is_particle(i) && self.cap(i) && !self.is(i, &ARTICLE_PARTICLES)
    }

    /// A role in apposition after a name ending at `e`: ", ministre de la
    /// Santé", ", Pakistan's defence minister,". Not when the role introduces
    /// the next person (", Cypriot President X Y").
    fn role_after(&self, e: usize) -> Option<(usize, usize)> {
        if self.f(e) != "," {
            return None;
        }
        let mut k = e + 1;
        // ", who is Kazakhstan's Vice Minister", ", qui est le ministre":
        // the role of a relative clause.
        if matches!((self.f(k), self.f(k + 1)), ("who", "is" | "was") | ("qui", "est" | "etait")) && self.lower(k) {
            k += 2;
        }
        if self.is(k, &DETERMINERS) && self.lower(k) {
            k += 1;
        }
        let start = k;
        let h = self.head_after_modifiers(k)?;
        let fw = self.forward(h);
        let after = match fw.glued {
            // The institution's capitalized name closes the role.
            Some(g) if self.glued_to_apposition(start, h, g, e) => self.parse_name(g, true)?.end,
            Some(_) => return None,
            None if fw.end <= h => return None,
            None => fw.end,
        };
        if self.name_follows_comma(after) || self.chain(after, true).end > after {
            return None;
        }
        Some((start, after))
    }

    /// Whether the capitalized run at `g`, glued to the role headed at `h`
    /// that starts at `start`, right after the comma at `comma` that closes
    /// a name, belongs to the role: in French, after the office's
    /// complement ("le Pr Marc Delcourt, doyen de Gembloux Agro-Bio Tech"),
    /// it names the institution, not a second person. (English lists
    /// offices and names this way: "Ama Owusu, Minister of Trade Kofi
    /// Mensah, and ...".)
    fn glued_to_apposition(&self, start: usize, h: usize, g: usize, comma: usize) -> bool {
        self.french && g > h + 1 && comma > 0 && comma + 1 == start && self.f(comma) == ","
    }

    /// The office noun of a role starting at `k` after its modifiers.
    fn head_after_modifiers(&self, mut k: usize) -> Option<usize> {
        for _ in 0..6 {
            if self.is_head(k) {
                return Some(k);
            }
            let pre = if self.french {
                self.word(k).is_some() && self.is(k, &FR_PREMODIFIERS)
            } else {
                self.en_pre_word(k)
            };
            if !pre {
                return None;
            }
            k += 1;
        }
        None
    }

    // --- mentions -----------------------------------------------------------

    /// Role first: "le ministre X de Y, M. Name", "Minister of X Name".
    fn try_role_first(&self, i: usize, floor: usize) -> Option<Found> {
        if !self.is_head(i) {
            return None;
        }
        let r = self.rank_len(i);
        if r > 0 && self.is_name_main(i + r, false) {
            // "commandant X": a rank.
            return None;
        }
        let start = self.role_start(i, floor);
        let fw = self.forward(i);
        if let Some(g) = fw.glued {
            // "le Pr Marc Delcourt, doyen de Gembloux Agro-Bio Tech": the
            // name just read holds the role (`role_after`).
            if self.glued_to_apposition(start, i, g, floor) {
                return None;
            }
            let name = self.parse_name(g, true)?;
            return Some(Found { name: (name.start, name.end), role: Some((start, g)), cue: Cue::Role, end: name.end });
        }
        let mut k = fw.end;
        let comma = self.f(k) == ",";
        if comma {
            k += 1;
        }
        if self.is(k, &DETERMINERS) && (self.honorific_len(k + 1) > 0 || self.rank_len(k + 1) > 0) {
            k += 1;
        }
        let ch = self.chain(k, true);
        if ch.end == k && !comma {
            return None;
        }
        let mut n = ch.end;
        if ch.rank && self.f(n) == "," {
            n += 1;
        }
        let name = self.name_after_chain(&ch, n)?;
        if ch.end == k && name.main < 2 {
            return None;
        }
        Some(Found { name: (name.start, name.end), role: Some((start, fw.end)), cue: Cue::Role, end: name.end })
    }

    /// A plural office before a list of names: "Prime Ministers A, B and
    /// C", "Foreign Ministers X and Y", "les présidents X et Y". Each name
    /// holds the office; two names at least. The office may carry its
    /// portfolio, the names glued or after a comma: "les ministres des
    /// Affaires étrangères, A et B", "the Ministers of Health A and B".
    fn try_plural_role(&self, i: usize, floor: usize) -> Option<Vec<Found>> {
        let t = self.word(i)?;
        let singular = t.f.strip_suffix('s').filter(|s| s.len() >= 4)?;
        // (Cheap tests before the word's lookup: English writes the office
        // capitalized, French after its article.)
        let placed = if self.french { t.cap || i > 0 && matches!(self.f(i - 1), "les" | "des" | "aux" | "deux" | "trois") } else { t.cap };
        let heads = if self.french { &FR_HEADS } else { &EN_HEADS };
        let names_at = |k: usize| self.is_name_main(k, false) && !self.is_head(k);
        if !placed || !heads.contains(&singular) {
            return None;
        }
        // The names right after the office, or after its complement: the
        // first place in the role's reach, glued or after a comma, where
        // two names in a row begin (the role's own reading would take "of
        // Health, A and B" for one complement).
        let (role_end, first) = if names_at(i + 1) {
            (i + 1, i + 1)
        } else {
            let fw = self.forward(i);
            let reach = fw.glued.unwrap_or(fw.end);
            // (Never right after a connector: "the Foreign Ministers of
            // Kenya and Uganda" name no one.)
            (i + 2..=reach).find_map(|p| {
                let comma = self.f(p) == ",";
                let q = p + usize::from(comma);
                let list = || self.parse_name(q, false).is_some_and(|n| matches!(self.f(n.end), "," | "and" | "et" | "&"));
                ((comma || self.cap(p - 1)) && names_at(q) && list()).then_some((p, q))
            })?
        };
        let start = self.role_start(i, floor);
        // After a complement, names of one word may be its places ("the
        // Mayors of Lyon, Turin and Porto"): each name has two words.
        let complement = first > i + 1;
        let mut out = Vec::new();
        let mut k = first;
        loop {
            let Some(name) = self.parse_name(k, false) else { break };
            if complement && name.main < 2 {
                return None;
            }
            out.push(Found { name: (name.start, name.end), role: Some((start, role_end)), cue: Cue::Role, end: name.end });
            k = name.end;
            match self.f(k) {
                "," if matches!(self.f(k + 1), "and" | "et") => k += 2,
                "," | "and" | "et" | "&" => k += 1,
                _ => break,
            }
            // The list ends at a word that names no one ("A and B, who met
            // in Sydney, signed").
            if out.len() >= 8 || !self.is_name_main(k, false) || self.is_head(k) {
                break;
            }
        }
        (out.len() >= 2).then_some(out)
    }

    /// Honorifics or rank first: "M. Name", "le général de division (ER)
    /// Name, ministre de la Défense".
    fn try_cued(&self, i: usize) -> Option<Found> {
        let ch = self.chain(i, false);
        if ch.end == i {
            return None;
        }
        let mut k = ch.end;
        if ch.rank && self.f(k) == "," {
            k += 1;
        }
        // "the Hon. Prime Minister, Dr X": an office after the honorific,
        // whose holder is named after it.
        if self.is_head(k) || self.is_head(k + 1) && (self.is(k, &TITLE_WORDS) || self.is(k, &EN_MODIFIERS) || self.is(k, &FR_PREMODIFIERS)) {
            return None;
        }
        let name = self.name_after_chain(&ch, k)?;
        Some(self.with_role_after(name, Cue::Honorific))
    }

    /// A bare run of two to five capitalized name words.
    fn try_bare(&self, i: usize) -> Option<Found> {
        let t = self.word(i)?;
        if !t.cap || t.upper {
            return None;
        }
        if i > 0 && !self.may_precede_name(i - 1) {
            return None;
        }
        // "la ville de Luang Prabang", "the city of Porto Alegre", "la
        // commune d'Ouled Fayet": a town's name.
        if i >= 2 && matches!(self.f(i - 1), "de" | "d'" | "du" | "of") && self.word(i - 2).is_some_and(|t| !t.upper && TOWN_HEADS.contains(&t.f)) {
            return None;
        }
        let name = self.parse_name(i, false)?;
        if !(2..=5).contains(&name.main) {
            return None;
        }
        if (name.start..name.end).any(|k| self.word(k).is_some_and(|t| t.upper) && !self.is_roman(k)) {
            return None;
        }
        // "Crown Prince of …": an office, not a name.
        let last = name.end - 1;
        if self.is_head(last) || (name.start..name.end).any(|k| self.is_head(k) && self.f(k + 1) == "of") {
            return None;
        }
        // Part of a longer capitalized name: "Abu Dhabi Fund", "X (NEPCO)".
        let e = name.end;
        if self.word(e).is_some_and(|t| t.cap || t.upper) && !self.poss(e - 1) {
            return None;
        }
        if self.f(e) == "(" && self.word(e + 1).is_some_and(|t| t.upper) {
            return None;
        }
        // "Kumul Pacific chief executive Peter Wambi-Kaupa": a run right
        // before an English role that names its holder is the role's
        // company or body, not a person.
        if !self.french {
            // Only words of the role between ("chief", "managing"), not a
            // conjunction or a verb ("Mary Kamau and trade minister ...").
            let role_next = (e..e + 3)
                .take_while(|&k| k == e || self.word(k - 1).is_some_and(|t| !t.cap && !t.upper) && self.en_pre_word(k - 1))
                .any(|k| self.word(k).is_some_and(|t| !t.cap && !t.upper) && self.is_head(k) && self.try_role_first(k, name.start).is_some());
            if role_next {
                return None;
            }
        }
        Some(self.with_role_after(name, Cue::Bare))
    }

    /// Whether the token before a bare name leaves it a person's name: not a
    /// capitalized word (the run would be longer), not a locative ("in",
    /// "à"), not an elided article ("l'Union").
    fn may_precede_name(&self, p: usize) -> bool {
        let Some(t) = self.word(p) else { return true };
        // A French plural article opens a name of a group, never a person's:
        // "la coopérative Les Vignerons de Cheverny", "des Verts".
        if self.french && matches!(t.f, "les" | "des") {
            return false;
        }
        if t.cap || t.upper {
            return t.is(&FUNCTION_WORDS) && !matches!(t.f, "l'" | "d'");
        }
        !(t.is(&LOCATIVES) || t.raw == "à" || t.raw == "À")
    }

    fn with_role_after(&self, name: Name, cue: Cue) -> Found {
        match self.role_after(name.end) {
            Some(role) => Found { name: (name.start, name.end), role: Some(role), cue, end: role.1 },
            None => Found { name: (name.start, name.end), role: None, cue, end: name.end },
        }
    }

    /// Whether the name starting at token `start` follows an institution's
    /// capitalized noun ("Université Cheikh Anta Diop"), and so is its name.
    fn names_institution(&self, start: usize) -> bool {
        let mut k = start;
        while k > 0 && self.is(k - 1, &CHEIKHS) && self.cap(k - 1) {
            k -= 1;
        }
        k > 0 && self.cap(k - 1) && self.word(k - 1).is_some_and(|t| !t.upper && NAMED_AFTER.contains(&t.f))
    }

    /// The left-to-right scan for roles, honorifics and bare names.
    fn first_pass(&self) -> Vec<Found> {
        let mut found = Vec::new();
        let mut i = 0;
        let mut floor = 0;
        while i < self.toks.len() {
            // "Prime Ministers A, B and C", "les présidents X et Y": one
            // plural office over several names (its modifier first).
            // (Most words end otherwise: a test before the call.)
            let plural_at = |k: usize| self.toks.get(k).is_some_and(|t| t.kind == Kind::Word && t.f.ends_with('s'));
            let headline = self.headline(i);
            let plural = if headline || !plural_at(i) && !plural_at(i + 1) {
                None
            } else {
                plural_at(i).then(|| self.try_plural_role(i, floor)).flatten().or_else(|| {
                    let modifier = self.is(i, &TITLE_WORDS) || self.is(i, &EN_MODIFIERS) || self.is(i, &FR_PREMODIFIERS);
                    (modifier && plural_at(i + 1)).then(|| self.try_plural_role(i + 1, floor)).flatten()
                })
            };
            if let Some(many) = plural {
                i = many.last().map_or(i + 1, |m| m.end.max(i + 1));
                floor = i;
                found.extend(many);
                continue;
            }
            if headline || self.word(i).is_none_or(|t| !t.opens_mention()) {
                i += 1;
                continue;
            }
            let m = self
                .try_role_first(i, floor)
                .or_else(|| self.try_cued(i))
                .or_else(|| self.try_bare(i));
            match m {
                Some(m) => {
                    // "MM. X et Y", "Messrs X and Y": the plural honorific
                    // is the second name's too.
                    let plural = m.cue == Cue::Honorific && matches!(self.f(i), "mm." | "messrs" | "messrs.");
                    i = m.end.max(i + 1);
                    found.push(m);
                    if plural
                        && matches!(self.f(i), "et" | "and")
                        && let Some(name) = self.parse_name(i + 1, true)
                    {
                        found.push(Found { name: (name.start, name.end), role: None, cue: Cue::Honorific, end: name.end });
                        i = name.end;
                    }
                    floor = i;
                }
                None => i += 1,
            }
        }
        found
    }

    /// A bare run that repeats the name of someone introduced before with
    /// a title or role ("Ahn Jae-won, Minister of Trade" ... "and Ahn
    /// Jae-won") is a later mention of that person, not weak evidence of a
    /// new one.
    fn mark_repeated<'i>(&self, input: &'i str, found: &mut [Found]) {
        // The names written before with a title, as written: a repeat is
        // the same words, most often exactly, or a shorter form of them
        // (the two family names of "Jorge Luis Salcedo Vargas"). They are
        // also kept by their last word, which two forms of one name share:
        // each lookup is one hash, and only the latest few names with that
        // last word are compared, so a page of thousands of names stays
        // linear.
        let mut known: crate::wordhash::WordSet = Default::default();
        let mut by_last: std::collections::HashMap<&str, Vec<&str>, crate::wordhash::BuildWordHasher> = Default::default();
        let last_word = |w: &'i str| w.rsplit(' ').next().unwrap_or(w);
        for m in found.iter_mut() {
            let written = self.text(input, m.name.0, m.name.1);
            if m.cue != Cue::Bare || m.role.is_some() {
                if known.insert(written) {
                    by_last.entry(last_word(written)).or_default().push(written);
                }
            } else if written.contains(' ') && (known.contains(written) || {
                let longer = by_last.get(last_word(written)).map_or(&[][..], |v| &v[v.len().saturating_sub(MAX_SAME_LAST)..]);
                longer.iter().any(|k| k.len() > written.len()) && {
                    let parts = name_parts(written);
                    longer.iter().any(|k| k.len() > written.len() && parts_match(&parts, &name_parts(k)))
                }
            }) {
                m.cue = Cue::Reference;
            }
        }
    }

    /// Later mentions of people already found, outside the first mentions.
    fn references(&self, input: &str, found: &[Found]) -> Vec<Found> {
        // Bare runs without a role are too weak to be referred back to.
        let known: Vec<NameParts> = found
            .iter()
            .filter(|m| m.cue != Cue::Bare || m.role.is_some())
            .take(64)
            .map(|m| name_parts(self.text(input, m.name.0, m.name.1)))
            .collect();
        let mut out = Vec::new();
        if known.is_empty() {
            return out;
        }
        // A candidate can match only if one of its words is a part of a
        // known name: checked first, without allocating.
        let known_words: crate::wordhash::WordSet = known.iter().flat_map(NameParts::words).collect();
        let mut buf = String::new();
        let mut plausible = |name: &str| {
            name.split(char::is_whitespace).filter(|w| !w.is_empty()).any(|w| {
                fold_word_into(w, &mut buf);
                known_words.contains(buf.as_str())
            })
        };
        let mut next = 0;
        let mut i = 0;
        while i < self.toks.len() {
            let block = found.get(next).map(|m| m.role.map_or(m.name.0, |r| r.0.min(m.name.0)));
            if let Some(b) = block
                && i >= b
            {
                i = found.get(next).map_or(i + 1, |m| m.end.max(i + 1));
                next += 1;
                continue;
            }
            let starts = self.is_name_main(i, false) || self.lower(i) && self.is_particle(i);
            if self.headline(i) || !starts || (i > 0 && !self.may_precede_name(i - 1)) {
                i += 1;
                continue;
            }
            let Some(name) = self.parse_name(i, true) else {
                i += 1;
                continue;
            };
            if block.is_some_and(|b| name.end > b) {
                i += 1;
                continue;
            }
            let written = self.text(input, name.start, name.end);
            if plausible(written) && known.iter().any(|k| parts_match(&name_parts(written), k)) {
                out.push(Found { name: (name.start, name.end), role: None, cue: Cue::Reference, end: name.end });
            }
            i = name.end.max(i + 1);
        }
        out
    }

    /// The input text of tokens `s..e`.
    fn text<'i>(&self, input: &'i str, s: usize, e: usize) -> &'i str {
        let (Some(a), Some(b)) = (self.toks.get(s), e.checked_sub(1).and_then(|l| self.toks.get(l))) else {
            return "";
        };
        input.get(a.s..b.e).unwrap_or("")
    }

    /// Converts token spans to input byte spans.
    fn mention(&self, m: &Found) -> PersonMention {
        let span = |(s, e): (usize, usize)| {
            let a = self.toks.get(s).map_or(0, |t| t.s);
            let b = e.checked_sub(1).and_then(|l| self.toks.get(l)).map_or(a, |t| t.e);
            (a, b.max(a))
        };
        PersonMention { name: span(m.name), role: m.role.map(span), cue: m.cue }
    }
}

// ---------------------------------------------------------------------------
// Name comparison

/// The words of a name without honorifics and particles, folded: one
/// buffer for the whole name, each word a range of it.
#[derive(Debug, Default)]
struct NameParts {
    text: String,
    parts: Vec<Part>,
}

/// One word of a name: a range of [`NameParts::text`].
#[derive(Clone, Copy, Debug)]
struct Part {
    start: u32,
    end: u32,
}

impl NameParts {
    /// The folded words, in order.
    fn words(&self) -> impl Iterator<Item = &str> {
        self.parts.iter().map(|p| self.word(p))
    }

    fn word(&self, p: &Part) -> &str {
        self.text.get(p.start as usize..p.end as usize).unwrap_or("")
    }

    fn len(&self) -> usize {
        self.parts.len()
    }
}

/// The words of a name without honorifics and particles.
fn name_parts(name: &str) -> NameParts {
    let mut out = NameParts { text: String::with_capacity(name.len() + 8), parts: Vec::new() };
    let mut buf = String::new();
    for w in name.split(|c: char| c.is_whitespace()).filter(|w| !w.is_empty()) {
        fold_word_into(w, &mut buf);
        let t = buf.as_str();
        let skip = t.is_empty()
            || PARTICLES.contains(&t)
            || HONORIFICS.contains(&t)
            || is_dotted_honorific(t)
            || CHEIKHS.contains(&t) && !name.contains("Ould") && !name.contains("Mint");
        if skip {
            continue;
        }
        let start = out.text.len();
        out.text.push_str(t);
        let (start, end) = (u32::try_from(start).unwrap_or(u32::MAX), u32::try_from(out.text.len()).unwrap_or(u32::MAX));
        out.parts.push(Part { start, end });
    }
    out
}

/// Whether `word` followed by a period is an honorific ("dr" for "dr.").
fn is_dotted_honorific(word: &str) -> bool {
    let mut b = [0u8; crate::wordhash::PACKED_MAX];
    let n = word.len();
    if n + 1 > b.len() {
        return false;
    }
    b[..n].copy_from_slice(word.as_bytes());
    b[n] = b'.';
    std::str::from_utf8(&b[..=n]).is_ok_and(|w| HONORIFICS.contains(&w))
}

/// Folds a word of a name into `buf`, without its trailing punctuation.
fn fold_word_into(w: &str, buf: &mut String) {
    buf.clear();
    if w.is_ascii() {
        buf.push_str(w);
        buf.make_ascii_lowercase();
    } else {
        buf.push_str(&Folded::new(w).text);
    }
    let keep = buf.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
    buf.truncate(keep);
}

/// Whether two names, as parts, can denote the same person.
fn parts_match(a: &NameParts, b: &NameParts) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let (Some(s_last), Some(l_last)) = (short.parts.last(), long.parts.last()) else { return false };
    let s = short.word(s_last);
    if short.len() == 1 {
        // A two-word name may be taken up by its first word: a family name
        // written first ("Kim" for "Kim Jae-hyun", "Zhou" for "Zhou
        // Mingyuan") or a given name that news uses alone ("Sengphet" for
        // "Sengphet Vongkhamsao", "Anwar" for "Anwar Ibrahim").
        let first = long.len() == 2 && long.word(&long.parts[0]) == s;
        // Or, in a longer name, one of its inner family names ("Kalonji"
        // for "Didier Kalonji Tshibangu", "Rodríguez" for "José Luis
        // Rodríguez Zapatero"), never its first word.
        // (Of four words and more, the second is as often a given name:
        // "Luis" in "José Luis Rodríguez Zapatero".)
        let from = if long.len() >= 4 { 2 } else { 1 };
        let inner = long.len() >= 3 && long.parts[from..long.parts.len() - 1].iter().any(|p| long.word(p) == s);
        return long.word(l_last) == s || first || inner;
    }
    if s != long.word(l_last) {
        return false;
    }
    // Every word of the short form appears, in order, in the long one.
    let mut it = long.words();
    short.words().all(|p| it.any(|q| q == p))
}

#[cfg(test)]
mod tests;
