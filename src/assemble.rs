//! Assembly: from mentions to agreement frames, and from frames to slots.
//!
//! An agreement is born from an instrument noun in a story sentence that a
//! status cue governs ("ont signé ... un mémorandum", "will sign a treaty").
//! Later definite mentions ("la convention", "the framework agreement")
//! join the frame they name. Each frame then fills its slots from its own
//! sentences first, then from the ceremony around it (an umbrella sentence
//! over a list, a presence clause, the previous sentence), then from the
//! document (its two main parties).

use crate::cues::{Cue, Instrument};
use crate::extractor::Language;
use crate::dates::{DateExpr, DateMention, DocumentDate};
use crate::gazetteer::Mention as Named;
use crate::model::{Kind, Sector, Status};
use crate::normalize::Folded;
use crate::people::PersonMention;
use crate::segment::{LineKind, Sentence};

/// A folded byte range.
pub(crate) type Span = (usize, usize);

/// Everything recognized in one document, in folded coordinates.
pub(crate) struct Mentions<'a> {
    pub(crate) lang: Language,
    /// Folded spans of datelines ("RABAT, 12 mars (MAP) -"): their names
    /// say where the story was filed, not who signed.
    pub(crate) datelines: Vec<Span>,
    pub(crate) input: &'a str,
    pub(crate) folded: &'a Folded,
    pub(crate) sentences: Vec<Sentence>,
    pub(crate) named: Vec<Named<'a>>,
    pub(crate) instruments: Vec<(Span, Instrument)>,
    pub(crate) cues: Vec<(Span, Cue)>,
    pub(crate) dates: Vec<(Span, DateMention)>,
    pub(crate) people: Vec<Person>,
    pub(crate) mechanisms: Vec<Span>,
    pub(crate) sectors: Vec<(Span, Sector)>,
    pub(crate) doc_date: DocumentDate,
    /// Folded span of the marker or dateline date.
    pub(crate) doc_date_span: Option<Span>,
}

/// A person in folded coordinates.
#[derive(Clone, Debug)]
pub(crate) struct Person {
    pub(crate) name: Span,
    pub(crate) role: Option<Span>,
    /// Found only as a run of capitalised words, without title or
    /// honorific: weak evidence of a person.
    pub(crate) bare: bool,
    /// A later, shorter mention of someone named before ("Han", "M. Sarr").
    pub(crate) reference: bool,
}

impl Person {
    pub(crate) fn from_mention(p: &PersonMention, folded: &Folded) -> Person {
        let conv = |(s, e): (usize, usize)| (folded.to_folded(s), folded.to_folded(e));
        let bare = p.cue == crate::people::Cue::Bare && p.role.is_none();
        let reference = p.cue == crate::people::Cue::Reference;
        Person { name: conv(p.name), role: p.role.map(conv), bare, reference }
    }
}

/// One agreement being assembled.
#[derive(Clone, Debug)]
pub(crate) struct Frame {
    pub(crate) kind: Kind,
    /// The instrument's noun phrase.
    pub(crate) kind_span: Span,
    pub(crate) status: Status,
    pub(crate) status_span: Option<Span>,
    /// The sentence that reports the step, then every sentence that names it.
    pub(crate) sentences: Vec<usize>,
    /// The umbrella sentence over the list the frame was born in.
    pub(crate) umbrella: Option<usize>,
    pub(crate) date: Option<(String, Span)>,
    pub(crate) location: Option<Span>,
    pub(crate) parties: Vec<PartyRef>,
    pub(crate) signatories: Vec<usize>,
    pub(crate) witnesses: Vec<usize>,
    pub(crate) areas: Vec<Span>,
    pub(crate) mechanisms: Vec<Span>,
    pub(crate) sectors: Vec<(Sector, Span)>,
    pub(crate) weekday_mismatch: bool,
    /// Sector words right after the instrument noun when it was born
    /// ("l'accord de pêche", "an agreement on security cooperation"): what
    /// later definite mentions are matched against.
    pub(crate) topic: Vec<Sector>,
    /// Named with a step dated in an earlier year than the story's ("signé
    /// à Rabat en 2022"): an instrument the story recalls.
    recalled: bool,
}

impl Frame {
    /// A new frame for the instrument named at `span`, at the step the cue
    /// at `status.1` reports, read from `sentences`; every slot still empty.
    fn new(m: &Mentions, span: Span, inst: Instrument, status: (Status, Span), sentences: Vec<usize>, umbrella: Option<usize>) -> Frame {
        let kind_span = kind_phrase(m, span);
        Frame {
            kind: refine_kind(m, span, inst.kind),
            kind_span,
            status: status.0,
            status_span: Some(status.1),
            sentences,
            umbrella,
            date: None,
            location: None,
            parties: Vec::new(),
            signatories: Vec::new(),
            witnesses: Vec::new(),
            areas: Vec::new(),
            mechanisms: Vec::new(),
            sectors: Vec::new(),
            weekday_mismatch: false,
            topic: topic_of(m, kind_span),
            recalled: dated_before_this_year(m, kind_span.1),
        }
    }
}

/// A party: a state or organization code with the span that named it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct PartyRef {
    pub(crate) code: String,
    pub(crate) org: bool,
    pub(crate) span: Span,
}

impl<'a> Mentions<'a> {
    pub(crate) fn text(&self, (s, e): Span) -> &str {
        &self.folded.text[s..e]
    }

    pub(crate) fn sentence_of(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= pos);
        (i < self.sentences.len() && self.sentences[i].start <= pos).then_some(i)
    }

    /// The first day sentence `si` writes (outside a dateline and the
    /// publication marker) that lies at most `days` before the story, as
    /// "YYYY-MM-DD" with its span: a recent step ("hier", "on Tuesday", "le
    /// 3 courant").
    pub(crate) fn recent_day(&self, si: usize, days: i64) -> Option<(String, Span)> {
        let doc = self.doc_date.full?;
        self.in_sentence(&self.dates, si).iter().find_map(|(sp, d)| {
            if self.datelines.iter().any(|&(a, b)| sp.0 >= a && sp.1 <= b) || self.doc_date_span.is_some_and(|(a, b)| sp.0 >= a && sp.1 <= b + 1) {
                return None;
            }
            if self.dates_the_report(*sp, &d.expr) {
                return None;
            }
            let r = crate::dates::resolve_detailed(&d.expr, &self.doc_date, crate::dates::Tense::Past)?;
            let day = crate::calendar::Date::parse(&r.value).ok()?;
            (0..=days).contains(&(doc.to_days() - day.to_days())).then_some((r.value, *sp))
        })
    }

    /// Whether the date at `sp` is a weekday or a day counted from the
    /// story's ("yesterday"), right after a reporting verb: it dates the
    /// report ("the ministry said on Tuesday", "a annoncé mardi"), not the
    /// step the report tells.
    pub(crate) fn dates_the_report(&self, sp: Span, expr: &DateExpr) -> bool {
        // ("the ministry said today": the story's own day, which the
        // signing shares more often than not.)
        if !matches!(expr, DateExpr::Weekday { .. }) && !matches!(expr, DateExpr::RelativeDay(n) if *n != 0) {
            return false;
        }
        let before = self.words_before(sp.0, 2);
        let reported = |w: Option<&&str>| w.is_some_and(|w| crate::cues::REPORTING_VERBS.contains(w));
        reported(before.first()) || before.first() == Some(&"on") && reported(before.get(1))
    }

    /// The items that start in sentence `si`, up to the last that also ends
    /// in it (a mention across a cut run-on sentence belongs to neither).
    pub(crate) fn in_sentence<'b, T>(&self, items: &'b [(Span, T)], si: usize) -> &'b [(Span, T)] {
        let s = &self.sentences[si];
        let a = items.partition_point(|(sp, _)| sp.0 < s.start);
        let mut b = items.partition_point(|(sp, _)| sp.0 < s.end).max(a);
        while b > a && items[b - 1].0.1 > s.end {
            b -= 1;
        }
        &items[a..b]
    }

    pub(crate) fn cues_in(&self, si: usize) -> &[(Span, Cue)] {
        self.in_sentence(&self.cues, si)
    }

    pub(crate) fn people_in(&self, si: usize) -> Vec<usize> {
        let s = &self.sentences[si];
        let i = self.people.partition_point(|p| p.name.0 < s.start);
        let j = self.people.partition_point(|p| p.name.0 < s.end);
        (i..j.max(i)).collect()
    }

    pub(crate) fn named_in(&self, si: usize) -> Vec<&Named<'a>> {
        let s = &self.sentences[si];
        self.named_within(s.start, s.end).iter().collect()
    }

    /// The named mentions that start in `a..b` (they are sorted and do not
    /// overlap, so every lookup here is a binary search).
    pub(crate) fn named_within(&self, a: usize, b: usize) -> &[Named<'a>] {
        let i = self.named.partition_point(|n| n.start < a);
        let j = self.named.partition_point(|n| n.start < b);
        &self.named[i..j.max(i)]
    }

    /// The named mention starting exactly at `start`.
    pub(crate) fn named_at(&self, start: usize) -> Option<&Named<'a>> {
        let i = self.named.partition_point(|n| n.start < start);
        self.named.get(i).filter(|n| n.start == start)
    }

    /// The named mention that covers `s..e`, if any.
    pub(crate) fn named_covering(&self, s: usize, e: usize) -> Option<&Named<'a>> {
        let i = self.named.partition_point(|n| n.start <= s);
        i.checked_sub(1).map(|k| &self.named[k]).filter(|n| n.start <= s && e <= n.end)
    }

    /// The person whose name overlaps `s..e`, if any.
    pub(crate) fn person_overlapping(&self, s: usize, e: usize) -> Option<&Person> {
        let i = self.people.partition_point(|p| p.name.1 <= s);
        self.people.get(i).filter(|p| p.name.0 < e)
    }

    /// The words before folded position `pos`, nearest first: at most `n`
    /// (and at most [`NEAR_MAX`]).
    pub(crate) fn words_before(&self, pos: usize, n: usize) -> Near<'_> {
        let from = self.folded.text.ceil_char_boundary(pos.saturating_sub(WORD_WINDOW));
        words_back(&self.folded.text[from..pos], n)
    }

    /// The words after folded position `pos`, nearest first: at most `n`
    /// (and at most [`NEAR_MAX`]).
    pub(crate) fn words_after(&self, pos: usize, n: usize) -> Near<'_> {
        let to = self.folded.text.ceil_char_boundary((pos + WORD_WINDOW).min(self.folded.text.len()));
        Near::new(self.folded.text[pos..to].split(|c: char| !is_word_char(c)), n)
    }
}

/// The words of a meeting whose minutes two sides sign: "le procès-verbal
/// de la 18e session", "des travaux de la commission mixte".
fn session_word(w: &&str) -> bool {
    matches!(*w, "session" | "commission" | "travaux" | "reunion" | "negociations" | "consultations" | "comite" | "sommet")
}

/// How far, in bytes, the words around a position are looked for.
const WORD_WINDOW: usize = 160;

/// The most words [`Near`] holds.
const NEAR_MAX: usize = 8;

/// A few words near a position, nearest first, held without allocating:
/// it reads as a slice.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Near<'a> {
    words: [&'a str; NEAR_MAX],
    len: usize,
}

impl<'a> Near<'a> {
    /// The first `n` non-empty pieces of `pieces`.
    fn new(pieces: impl Iterator<Item = &'a str>, n: usize) -> Near<'a> {
        let mut near = Near { words: [""; NEAR_MAX], len: 0 };
        for w in pieces.filter(|w| !w.is_empty()).take(n.min(NEAR_MAX)) {
            near.words[near.len] = w;
            near.len += 1;
        }
        near
    }
}

impl<'a> std::ops::Deref for Near<'a> {
    type Target = [&'a str];
    fn deref(&self) -> &[&'a str] {
        &self.words[..self.len]
    }
}

/// Letters, digits, and the hyphen and apostrophe inside words.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '\''
}

fn words_back(text: &str, n: usize) -> Near<'_> {
    Near::new(text.rsplit(|c: char| !is_word_char(c)), n)
}

/// How an instrument noun is introduced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Determiner {
    Indefinite,
    Definite,
    Count,
    Bare,
}

/// Whether the word after "that" opens a relative clause about the
/// instrument ("an agreement that allows ..."), not the content of a
/// consensus ("agreement that the talks go on").
fn relative_clause(word: Option<&&str>) -> bool {
    word.is_some_and(|w| {
        matches!(*w, "allows" | "provides" | "covers" | "aims" | "sets" | "establishes" | "creates" | "seeks" | "enables" | "paves" | "includes" | "grants" | "gives" | "commits" | "requires" | "permits" | "was" | "will" | "would")
    })
}

/// Whether the capitalized instrument noun at `s..e` opens the name of a
/// statute: "the Treaty Making and Ratification Act", "the Convention
/// Implementation Act, 2019" (capitalized words, and a lowercase "and",
/// "of", "the" or "on", up to "Act").
fn names_a_statute(m: &Mentions, s: usize, e: usize) -> bool {
    if !m.folded.upper_at(m.input, s) {
        return false;
    }
    let text = &m.folded.text;
    let mut at = e;
    for _ in 0..STATUTE_WORDS {
        let rest = &text[at..];
        let gap = rest.len() - rest.trim_start_matches(' ').len();
        if gap != 1 {
            return false;
        }
        let start = at + gap;
        let len = text[start..].find(|c: char| !c.is_ascii_alphanumeric() && c != '-').unwrap_or(text.len() - start);
        let word = &text[start..start + len];
        let upper = m.folded.upper_at(m.input, start);
        if word == "act" && upper {
            return true;
        }
        // Small words are lowercase in a statute's name; a headline in
        // title case ("Agreement To Act On Drought") capitalizes them.
        let small = matches!(word, "and" | "of" | "the" | "on" | "to" | "for" | "in" | "with" | "at" | "by" | "a" | "an");
        let connector = matches!(word, "and" | "of" | "the" | "on") && !upper;
        let name_word = !word.is_empty() && !small && upper;
        if !connector && !name_word {
            return false;
        }
        at = start + len;
    }
    false
}

/// The most words between an instrument noun and the "Act" of a statute's
/// name ([`names_a_statute`]).
const STATUTE_WORDS: usize = 6;

/// How far after a counted plural, in folded bytes, "and one agreement"
/// still belongs to its count.
const COUNT_GOES_ON: usize = 64;

/// Ordinals that enumerate counted instruments ("the first agreement", "le
/// second texte").
const ORDINALS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "premier", "premiere", "seconde", "deuxieme", "troisieme",
    "quatrieme", "cinquieme",
];

const INDEFINITE: &[&str] = &["un", "une", "a", "an", "nouvel", "nouveau", "nouvelle", "new", "another", "autre", "d'un", "d'une"];
const DEFINITE: &[&str] = &[
    "le", "la", "l'", "les", "ce", "cet", "cette", "ces", "the", "this", "that", "these", "those", "said", "du", "au",
    "son", "sa", "ses", "leur", "leurs", "its", "their", "dudit", "ledit", "ladite",
];

fn determiner(m: &Mentions, start: usize) -> Determiner {
    let before = &m.folded.text[..start];
    // A draft is a new instrument: "projet d'accord", "avant-projet de traité".
    let trimmed = before.trim_end();
    if let Some(head) = trimmed.strip_suffix("projet d'").or_else(|| trimmed.strip_suffix("projet de")).or_else(|| trimmed.strip_suffix("projet d")) {
        // "le projet d'accord-cadre prévoit": the draft of the instrument
        // already named.
        let article = head.trim_end().rsplit([' ', '\n']).next().unwrap_or("");
        return if matches!(article, "le" | "ce" | "du" | "au") { Determiner::Definite } else { Determiner::Indefinite };
    }
    // Elided article glued to the noun: "l'accord", "d'un".
    if before.ends_with("l'") && !before.ends_with("'l'") {
        return Determiner::Definite;
    }
    // A noun that opens its line ("- Agreement on ...", "• MoU on ...") has
    // no article: the words before belong to the line above.
    let tail = &before[before.floor_char_boundary(before.len().saturating_sub(9))..];
    if let Some(k) = tail.rfind('\n')
        && !tail[k..].contains(|c: char| c.is_alphanumeric())
    {
        return Determiner::Bare;
    }
    let words = m.words_before(start, 5);
    // A sum before the noun ("the N$185 million contract", "un contrat de
    // 12 milliards") counts nothing.
    let mut sum = false;
    // The article may stand one or two modifiers before the noun: "un
    // nouvel accord", "a similar agreement", "the coastal shipping protocol".
    for (k, w) in words.iter().take(5).enumerate() {
        if w.ends_with("'un") || w.ends_with("'une") || INDEFINITE.contains(w) {
            return Determiner::Indefinite;
        }
        if DEFINITE.contains(w) || w.ends_with("'s") {
            return Determiner::Definite;
        }
        let digits = !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
        if !digits && is_amount_word(w) {
            sum = true;
            continue;
        }
        if digits && !sum {
            return Determiner::Count;
        }
        if digits {
            continue;
        }
        // A participle right after an article is an adjective: "the
        // renewed memorandum", "a revised agreement", "the signed text".
        if w.ends_with("ed") && let Some(article) = words.get(k + 1) {
            if INDEFINITE.contains(article) {
                return Determiner::Indefinite;
            }
            if DEFINITE.contains(article) && *article != "that" {
                return Determiner::Definite;
            }
        }
        // Stop at words that cannot be modifiers: verbs, prepositions.
        if PHRASE_STOP.contains(w) || w.ends_with("ed") || w.starts_with("sign") {
            break;
        }
    }
    Determiner::Bare
}

/// Verbs of talks going over a relationship: the fields they list are the
/// talks', not an instrument's.
const REVIEW_VERBS: &[&str] = &[
    "reviewed", "discussed", "examined", "assessed", "evaluated", "revue", "examine", "examinee", "evoque", "evoquee",
    "discute", "discutee", "evalue", "bilan",
];

/// Whether a list opener at folded `at` follows, in its own clause, a verb
/// of talks going over the relationship, within eight words ("the sides
/// reviewed progress on projects in trade, agriculture ...", "took stock
/// of"). A participle set off by commas ("The memorandum, first discussed
/// in 2022, covers ...") is another clause.
pub(crate) fn reviewed(m: &Mentions, at: usize) -> bool {
    let start = m.sentence_of(at).map_or(0, |si| m.sentences[si].start).max(m.folded.text.floor_char_boundary(at.saturating_sub(160)));
    let lead = m.text((start, at));
    let clause = &lead[lead.rfind([',', ';', ':']).map_or(0, |k| k + 1)..];
    let mut words = clause.split(' ').filter(|w| !w.is_empty()).rev().take(8).peekable();
    while let Some(w) = words.next() {
        if REVIEW_VERBS.contains(&w) || w == "stock" && words.peek() == Some(&"took") {
            return true;
        }
    }
    false
}

/// How many states sentence `si` names (not organizations, not capitals).
pub(crate) fn states_named(m: &Mentions, si: usize) -> usize {
    let mut codes: Vec<&str> = Vec::new();
    for n in m.named_in(si) {
        if !n.entry.is_org() && n.entry.form != crate::gazetteer::Form::Capital && !codes.contains(&&*n.entry.code) {
            codes.push(&n.entry.code);
        }
    }
    codes.len()
}

/// What follows the noun of an instrument that ends a strike.
const STRIKE_ENDS: &[&str] = &[
    " de fin de conflit", " de fin de greve", " de sortie de greve", " de sortie de conflit social", " de reprise du travail",
    " mettant fin a la greve", " mettant fin au conflit social", " ending the strike", " to end the strike", " that ended the strike",
    " ending a strike", " to end a strike", " de retour au travail", " de retour a l'emploi", " of return to work",
];

/// Whether the noun phrase that opens `words` (what follows "with",
/// "avec") is a workforce, its employer or an armed group: its head, past
/// an article, a count ("300", "une dizaine de") and one adjective
/// ("dismissed workers"), never past a preposition ("avec la BAD pour la
/// formation de 500 cadres" is the bank's).
fn labour_or_arms_side<'a>(words: impl Iterator<Item = &'a str>) -> bool {
    let mut words = words.take(6).peekable();
    let mut adjectives = 0;
    while let Some(w) = words.next() {
        let next = words.peek().copied().unwrap_or("");
        if WORKFORCE.contains(&w) || ARMED_GROUPS.contains(&w) || ARMED_PAIRS.contains(&(w, next)) {
            return true;
        }
        let skip = matches!(w, "a" | "an" | "the" | "their" | "its" | "his" | "her" | "some" | "un" | "une" | "des" | "les" | "le" | "la" | "l" | "leur" | "leurs" | "ses" | "son" | "sa" | "dizaine" | "centaine" | "vingtaine" | "trentaine" | "de" | "d" | "of" | "about" | "environ" | "quelque" | "quelques" | "several" | "plusieurs")
            || w.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.');
        if !skip {
            adjectives += 1;
            if adjectives > 1 {
                return false;
            }
        }
    }
    false
}

/// An armed group as the other side of a deal ("l'accord de paix signé
/// en 2019 avec l'opposition armée", "a ceasefire deal with the rebels"):
/// a state's settlement at home, not cooperation between parties. Single
/// words, then pairs.
const ARMED_GROUPS: &[&str] = &["rebelles", "rebellion", "insurges", "milices", "rebels", "insurgents", "militias", "militia"];
const ARMED_PAIRS: &[(&str, &str)] = &[
    ("opposition", "armee"), ("groupes", "armes"), ("groupe", "arme"), ("armed", "opposition"), ("armed", "groups"), ("armed", "group"),
];

/// A workforce ("l'entente conclue avec une dizaine de cadres", "a
/// settlement with 300 dismissed workers") or its employer ("l'entente de
/// principe intervenue avec leur employeur") as the other side of a deal:
/// labour.
const WORKFORCE: &[&str] = &[
    "cadres", "salaries", "employes", "travailleurs", "syndiques", "syndicat", "syndicats", "grevistes", "employees",
    "workers", "staff", "strikers", "unionized", "unionised", "employeur", "employeurs", "employer", "employers",
];

/// Whether a sentence (folded) names both sides of a branch's bargaining
/// (a union and an employers' body), or "the social partners" at once.
fn social_partners(sentence: &str) -> bool {
    if sentence.contains("partenaires sociaux") || sentence.contains("social partners") {
        return true;
    }
    // Every union word holds one of these stems: one search each first.
    if !sentence.contains("syndica") && !sentence.contains("union") {
        return false;
    }
    let words: Vec<&str> = sentence.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let word = |k: usize| words.get(k).copied().unwrap_or("");
    let unions = (0..words.len()).any(|k| crate::slots::union_word(if k > 0 { word(k - 1) } else { "" }, word(k), word(k + 1)));
    unions
        && words.iter().any(|w| {
            matches!(*w, "patronat" | "patronal" | "patronale" | "patronales" | "patronaux" | "patrons" | "employeur" | "employeurs" | "entrepreneurs" | "employer" | "employers")
        })
}

/// How far after an agreement in principle its members' vote, and how far
/// before its sentence's end a collective agreement, is sought.
const LABOUR_VOTE_BYTES: usize = 200;

/// A union's members approving a deal by a share of their votes (folded).
const MEMBERS_VOTES: &[&str] = &["% des membres", "% de ses membres", "% des syndiques", "% of members", "% of the members", "% of its members", "% of union members"];

/// A collective agreement named in an agreement in principle's complement.
const COLLECTIVE_AGREEMENTS: &[&str] = &[
    "convention collective", "conventions collectives", "accord collectif", "accords collectifs", "collective agreement",
    "collective bargaining",
];

/// Whether the instrument noun at `(s, e)` names a court settlement ("settlement
/// agreement", "accord transactionnel", "plea agreement"), which ends a
/// lawsuit, a collective agreement ("collective (bargaining) agreement",
/// "convention collective", "accord collectif", "accord d'entreprise") or
/// an agreement in principle on one, which bind employers and unions
/// under labour law, or an IMF "staff-level agreement", a step of a
/// loan's review: none binds two states.
pub(crate) fn court_or_labour(m: &Mentions, (s, e): Span) -> bool {
    // Any instrument that ends a strike ("un protocole d'accord de fin de
    // conflit", "a back-to-work agreement"): labour.
    // (Not one two states sign: "le Sénégal et la Gambie ont signé un
    // accord mettant fin à la grève des transporteurs".)
    let after = &m.folded.text[e..m.folded.text.floor_char_boundary((e + 40).min(m.folded.text.len()))];
    let before = m.words_before(s, 2);
    let strike = STRIKE_ENDS.iter().any(|p| after.starts_with(p)) || before.iter().any(|w| matches!(*w, "back-to-work" | "return-to-work" | "strike-ending"));
    // A company deal, likewise: "a definitive merger agreement", "share
    // purchase agreement", "un accord de fusion", "protocole de cession"
    // (not "a power purchase agreement", which states' utilities sign).
    // So is a sponsor's ("a title sponsorship agreement", "a kit supply
    // contract", "un contrat de sponsoring").
    // (A sponsor's deal is one whatever states its sentence names: see
    // below.)
    let sponsor = before.first().is_some_and(|w| matches!(*w, "sponsorship" | "sponsoring" | "endorsement"))
        || [" de sponsoring", " de sponsorisation", " de parrainage sportif", " d'equipementier"].iter().any(|p| after.starts_with(p));
    // So are two airlines' deals on their flights ("a codeshare
    // agreement", "un accord de partage de codes", "an interline deal"):
    // states sign air services agreements.
    let airlines = before.first().is_some_and(|w| matches!(*w, "codeshare" | "code-share" | "code-sharing" | "codesharing" | "interline"))
        || [" de partage de code", " de partage de codes", " de code-share", " de codeshare", " interligne"].iter().any(|p| after.starts_with(p));
    // And a permit to use public land ("une convention d'occupation
    // temporaire du domaine public"): a town's leave to a trader.
    let permit = [" d'occupation du domaine", " d'occupation temporaire", " d'occupation precaire"].iter().any(|p| after.starts_with(p));
    let corporate = || {
        before.iter().any(|w| matches!(*w, "merger" | "takeover" | "buyout" | "acquisition"))
            || before.first() == Some(&"supply") && before.get(1) == Some(&"kit")
            || before.first() == Some(&"purchase") && before.get(1).is_some_and(|w| matches!(*w, "share" | "stock" | "asset"))
            || [" de fusion", " d'acquisition", " de rachat", " de cession d", " of merger", " to acquire", " to merge"].iter().any(|p| after.starts_with(p))
    };
    // A workforce, its employer or an armed group as the deal's other side,
    // after "with"/"avec" in the clause right after the noun (its words
    // read once).
    let employer = || {
        let clause = &m.folded.text[e..m.folded.text.floor_char_boundary((e + 80).min(m.folded.text.len()))];
        let clause = &clause[..clause.find([',', '.', ';']).unwrap_or(clause.len())];
        let mut words = clause.split([' ', '\'']).filter(|w| !w.is_empty());
        words.any(|w| w == "avec" || w == "with") && labour_or_arms_side(words)
    };
    if (strike || corporate() || employer()) && m.sentence_of(s).is_none_or(|si| states_named(m, si) < 2) {
        return true;
    }
    // A sponsor's deal, whatever states its sentence names ("a sponsorship
    // agreement ... from the home series against Bangladesh"); two states
    // may buy together ("un contrat d'acquisition").
    if sponsor || airlines || permit {
        return true;
    }
    // A deal with prosecutors: "un accord de plaider-coupable", "un accord
    // de procédure abrégée", "a deferred prosecution agreement".
    if JUDICIAL_DEALS.iter().any(|p| m.folded.text[e..].starts_with(p)) || before.first().is_some_and(|w| matches!(*w, "prosecution" | "non-prosecution")) {
        return true;
    }
    let head = m.text((s, e));
    // An amendment to a collective agreement ("un avenant à la convention
    // collective du textile", "an amendment to the collective agreement"):
    // labour.
    if ["avenant", "amendment", "protocol", "protocole"].iter().any(|h| head.starts_with(h)) {
        let rest = &m.folded.text[e..m.folded.text.floor_char_boundary((e + 60).min(m.folded.text.len()))];
        // (Past its number: "l'avenant n° 12 à la convention collective".)
        let rest = numbered_after(rest);
        let to = [" a la ", " a l'", " au ", " to the ", " de la ", " de l'", " of the "].iter().find_map(|p| rest.strip_prefix(p));
        return to.is_some_and(|r| COLLECTIVE_AGREEMENTS.iter().any(|c| r.starts_with(c)));
    }
    // Most instruments are neither: their noun says so before any word
    // around it is read.
    if !["agreement", "deal", "accord", "convention", "entente"].iter().any(|h| head.starts_with(h)) {
        return false;
    }
    // The two sides of a branch's bargaining as the sentence's signers:
    // "la Société suisse des entrepreneurs et les syndicats Unia et Syna
    // ont signé la nouvelle convention nationale", "the employers'
    // federation and three trade unions signed a national agreement".
    // (Not when two states are named: "le Sénégal et la Gambie ont signé
    // un accord sur la circulation des travailleurs, en présence des
    // syndicats et du patronat".)
    // (Named before the instrument, as its signers are: not "..., en
    // présence des partenaires sociaux" after it.)
    if let Some(si) = m.sentence_of(s)
        && social_partners(m.text((m.sentences[si].start, s)))
        && states_named(m, si) < 2
    {
        return true;
    }
    // "une entente de principe sur le renouvellement de la convention
    // collective", "an agreement in principle on a new collective
    // agreement": labour too.
    // So is one the sentence before named ("... ont signé la convention
    // collective 2025-2030. L'entente de principe, conclue avant les
    // Fêtes, ...") or that the members of a union approve by a share of
    // their votes ("ratifiée par 71 % des membres", "ratified by 68% of
    // members"): a state's assent is a parliament's or a cabinet's.
    // (Within a window each: a sentence full of such deals stays linear.
    // And not when the sentence names two states: "l'accord de principe
    // UE-Mercosur approuvé par 90 % des membres du Parlement"; nor, for the
    // sentence before, unless the noun takes a deal up: "L'entente de
    // principe".)
    let principle = m.words_after(e, 2);
    if matches!(&*principle, ["de", "principe"] | ["in", "principle"]) {
        let si = m.sentence_of(e);
        let end = si.map_or(m.folded.text.len(), |si| m.sentences[si].end);
        let rest = &m.folded.text[e..m.folded.text.floor_char_boundary((e + 120).min(end))];
        let states = si.is_some_and(|si| states_named(m, si) >= 2);
        let window = &m.folded.text[e..m.folded.text.floor_char_boundary((e + LABOUR_VOTE_BYTES).min(end))];
        let members_vote = !states && MEMBERS_VOTES.iter().any(|v| window.contains(v));
        let definite = m.words_before(s, 1).first().is_some_and(|w| matches!(*w, "l'" | "le" | "la" | "the" | "cette" | "cet" | "this"));
        let named_before = !states && definite && si.and_then(|si| si.checked_sub(1)).is_some_and(|p| {
            let ps = m.sentences[p];
            let before = m.text((m.folded.text.floor_char_boundary(ps.end.saturating_sub(LABOUR_VOTE_BYTES).max(ps.start)), ps.end));
            COLLECTIVE_AGREEMENTS.iter().any(|c| before.contains(c))
        });
        if COLLECTIVE_AGREEMENTS.iter().any(|c| rest.contains(c)) || members_vote || named_before {
            return true;
        }
    }
    let before = m.words_before(s, 3);
    let after = m.words_after(e, 2);
    let prev = before.first().copied().unwrap_or("");
    let next = after.first().copied().unwrap_or("");
    let collective = |w: &str| w.starts_with("collecti");
    // "talks over a new collective bargaining agreement, after the
    // previous deal lapsed": the deal the sentence takes up is that one.
    let taken_up = matches!(
        prev,
        "the" | "previous" | "old" | "current" | "existing" | "former" | "l'" | "le" | "la" | "ancien" | "ancienne" | "precedent" | "precedente" | "actuel" | "actuelle"
    );
    // (Only a bare noun, with no complement of its own, after the
    // collective agreement is named.)
    let bare = !matches!(next, "de" | "d'" | "du" | "des" | "on" | "of" | "sur" | "for" | "pour" | "in" | "en");
    if taken_up && bare && let Some(si) = m.sentence_of(s) {
        let before = m.text((m.sentences[si].start, s));
        // (Every such phrase holds "collecti": one search first.)
        if before.contains("collecti") && COLLECTIVE_AGREEMENTS.iter().any(|c| before.contains(c)) {
            return true;
        }
    }
    // "a staff-level agreement with the IMF" is a step of a loan's review.
    (head.starts_with("agreement") || head.starts_with("deal")) && matches!(prev, "settlement" | "plea" | "out-of-court" | "staff-level")
        || (head.starts_with("agreement") || head.starts_with("deal")) && prev == "bargain" && before.get(1) == Some(&"plea")
        || head.starts_with("agreement") && prev == "level" && before.get(1) == Some(&"staff")
        || (head == "accord" || head == "accords") && matches!(next, "transactionnel" | "transactionnels" | "amiable")
        || head.starts_with("agreement") && (collective(prev) || prev == "bargaining" && before.get(1).is_some_and(|w| collective(w)))
        || (head.starts_with("convention") || head.starts_with("accord")) && (collective(next) || next == "d'entreprise" || next == "de" && after.get(1) == Some(&"branche"))
        // A wage deal: "un accord salarial", "a pay deal", "an agreement on
        // wages", "un accord sur les salaires"; not one between two states
        // ("un accord sur les salaires des travailleurs saisonniers" that
        // the Gambia and Senegal sign).
        || wage_deal(m, (s, e), head, prev, next)
}

/// Whether the instrument at `(s, e)`, its noun `head` between the words
/// `prev` and `next`, is a wage deal whose sentence names fewer than two
/// states.
fn wage_deal(m: &Mentions, (s, e): Span, head: &str, prev: &str, next: &str) -> bool {
    let wages = (head.starts_with("accord") || head.starts_with("entente")) && matches!(next, "salarial" | "salariaux" | "salariale" | "salariales")
        || (head.starts_with("agreement") || head.starts_with("deal")) && matches!(prev, "wage" | "pay" | "salary")
        || WAGES_AFTER.iter().any(|p| m.folded.text[e..].strip_prefix(p).is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric())));
    wages && m.sentence_of(s).is_none_or(|si| states_named(m, si) < 2)
}

/// What follows an instrument's noun that makes it a wage deal (folded).
const WAGES_AFTER: &[&str] = &[
    " sur les salaires", " sur les augmentations salariales", " de revalorisation salariale", " de revalorisation des salaires",
    " sur la revalorisation des salaires", " on wages", " on pay", " on salaries", " on wage increases", " on a pay rise",
];

/// `rest` past an instrument's number right after its noun (" n° 12",
/// " no 3", " No. 2"), or `rest` itself.
fn numbered_after(rest: &str) -> &str {
    for mark in [" n° ", " n°", " no ", " no. ", " numero "] {
        if let Some(r) = rest.strip_prefix(mark) {
            let digits = r.bytes().take_while(u8::is_ascii_digit).count();
            if digits > 0 {
                return &r[digits..];
            }
        }
    }
    rest
}

/// What follows the noun of a deal with prosecutors or a court (folded),
/// in the forms of the French-speaking and Latin American systems.
const JUDICIAL_DEALS: &[&str] = &[
    " de plaider-coupable", " de plaider coupable", " de plaidoyer de culpabilite", " de reconnaissance de culpabilite",
    " de reconnaissance prealable de culpabilite", " de procedure abregee", " de poursuite differee", " de poursuites differees",
    " de non-poursuite", " de collaboration judiciaire avec le parquet",
    // A dispute settled out of court: "un accord à l'amiable, homologué
    // par le tribunal".
    " a l'amiable", " amiable", " transactionnel",
];

/// Whether the definite mention at `mention` names nothing that the
/// instrument introduced at `introduced` does not: each word of its name,
/// complement and subject stands in that one's name or complement ("the
/// agreement", "l'accord" take up "un accord intergouvernemental sur ...";
/// "l'accord de pêche" does not take up "un accord de défense").
fn names_no_other(m: &Mentions, mention: Span, introduced: Span) -> bool {
    let (ps, pe) = kind_phrase(m, introduced);
    let theirs: Vec<&str> = m.text((ps, pe)).split([' ', '-', '\'']).chain(complement_words(m, pe)).collect();
    let (ms, me) = kind_phrase(m, mention);
    m.text((ms, me))
        .split([' ', '-', '\''])
        .chain(subject_after(m, me))
        .filter(|w| w.len() > 3)
        .all(|w| theirs.contains(&w))
}

/// Instrument nouns that are also a participle (folded).
pub(crate) const PARTICIPLE_NOUNS: &[&str] = &["traite", "traites"];

/// Whether "traité" or "traités" between the words `prev` and `next` is
/// the participle of "traiter", not the noun: "a traité", "ont été
/// traités", "traité avec soin", "traité comme".
fn participle_of_traiter(prev: &str, next: &str) -> bool {
    matches!(prev, "a" | "ont" | "ete" | "etre" | "est" | "sont" | "sera" | "bien" | "mal" | "deja" | "etait" | "avait" | "avaient" | "n'a" | "n'ont" | "qui" | "soit")
        || matches!(next, "avec" | "comme" | "par")
}

/// Whether the instrument hit `text[s..e]` (folded) is the participle
/// "traité" rather than the noun, by the words around it as
/// [`is_instrument`] reads them: no text where this holds names an
/// instrument by that hit, and the prefilter lets such a text skip the
/// pipeline.
pub(crate) fn traite_is_participle(text: &str, s: usize, e: usize) -> bool {
    PARTICIPLE_NOUNS.contains(&&text[s..e]) && {
        let prev = words_back(&text[text.ceil_char_boundary(s.saturating_sub(WORD_WINDOW))..s], 1).first().copied().unwrap_or("");
        let to = text.ceil_char_boundary((e + WORD_WINDOW).min(text.len()));
        let next = Near::new(text[e..to].split(|c: char| !is_word_char(c)), 1).first().copied().unwrap_or("");
        participle_of_traiter(prev, next)
    }
}

/// Whether an instrument hit is really that instrument here.
pub(crate) fn is_instrument(m: &Mentions, (s, e): Span, inst: &Instrument) -> bool {
    let text = &m.folded.text;
    let before = m.words_before(s, 3);
    let after = m.words_after(e, 2);
    let prev = before.first().copied().unwrap_or("");
    let next = after.first().copied().unwrap_or("");
    let head = &text[s..e];
    // Inside an organization's name ("Organisation du Traité de l'Atlantique Nord").
    if m.named_covering(s, e).is_some_and(|n| n.entry.is_org()) {
        return false;
    }
    if names_a_statute(m, s, e) {
        return false;
    }
    // An organization's document to itself ("an internal memorandum sent to
    // employees", "une note interne", "un accord interne à la coalition"):
    // no cooperation between parties.
    // (Not an instrument "interne à l'espace Liptako-Gourma": within a
    // region of its parties.)
    let within = after.get(1).is_some_and(|w| matches!(*w, "a" | "au" | "aux"));
    if matches!(prev, "internal" | "in-house") || matches!(next, "interne" | "internes") && !within {
        return false;
    }
    // A hypothetical one ("un éventuel avenant", "a possible deal", "a
    // potential agreement"): no step is told of it.
    // (Its own modifiers may stand between: "a possible trade agreement".)
    // ("l'éventuel accord", "d'éventuels accords": the article elided into
    // the word; "the best possible deal" is no hypothesis: "possible" only
    // right after "a", "un".)
    let hypothetical = |w: &str| matches!(w, "eventuel" | "eventuelle" | "eventuels" | "eventuelles" | "hypothetique" | "hypothetical" | "possible" | "potential");
    let article = |w: &str| matches!(w, "a" | "an" | "the" | "un" | "une" | "le" | "la" | "les" | "des" | "de" | "du" | "any");
    for (k, w) in before.iter().take(3).enumerate() {
        let bare = without_elision(w);
        let indefinite_before = before.get(k + 1).is_some_and(|a| matches!(*a, "a" | "an" | "un" | "une" | "any"));
        if hypothetical(bare) && (bare != "possible" || indefinite_before) {
            return false;
        }
        if article(w) || bare.len() != w.len() {
            break;
        }
    }
    // A country's own plan ("the Ministry's Blue Economy Roadmap", "le plan
    // d'action national"), not one agreed with a partner.
    if inst.kind == crate::model::Kind::ActionPlan {
        let own = |w: &&str| matches!(*w, "national" | "nationale" | "nationaux" | "ministry's" | "government's" | "country's" | "domestic");
        if before.iter().take(3).any(own) || after.iter().take(2).any(own) {
            return false;
        }
        // A follow-up body's own work plan ("a joint working group will be
        // set up to draw up an annual work plan", "un comité chargé
        // d'établir un programme de travail"): the body's task, not an
        // instrument of the parties. A roadmap or an action plan it is to
        // prepare stays one.
        let work = matches!(head, "work plan" | "work programme" | "work program" | "plan de travail" | "programme de travail" | "cooperation plan" | "plan de cooperation");
        if work && let Some(si) = m.sentence_of(s) {
            let start = m.sentences[si].start;
            let k = m.mechanisms.partition_point(|&(a, _)| a < start);
            if m.mechanisms[k..].iter().any(|&(_, b)| b <= s) {
                return false;
            }
        }
    }
    // "d'accord", "mis d'accord", "en accord avec" — but keep "projet d'accord".
    if head == "accord" || head == "accords" {
        let glued = text[..s].ends_with("d'");
        if glued {
            let w = words_back(&text[..s.saturating_sub(2)], 1);
            let w = w.first().copied().unwrap_or("");
            if !matches!(w, "projet" | "projets" | "signature" | "texte" | "conclusion" | "protocole" | "memorandum" | "lettre" | "negociation" | "negociations" | "types" | "serie") {
                return false;
            }
        }
        // "en accord avec", "d'un commun accord", "accord avec" without an article.
        if prev == "en" || prev == "commun" || (next == "avec" && prev != "un" && prev != "l'" && !text[..s].ends_with("l'")) {
            return false;
        }
        if next == "de" && after.get(1) == Some(&"principe") {
            return true;
        }
    }
    // "in agreement", "broad agreement", "agreement that the talks go on" —
    // but "an air services agreement that allows more flights" is one.
    // ("the defence agreement that Indonesia and Australia signed in
    // February": a relative clause whose verb signs it.)
    // (Within four words, no instrument between: not "agreement that the
    // accord signed in 2019 should be renewed".)
    let signed_after_that = || {
        let words = m.words_after(e, 6);
        let verb = words.iter().skip(2).position(|w| matches!(*w, "signed" | "inked" | "initialled" | "initialed" | "concluded" | "ratified" | "reached"));
        verb.is_some_and(|k| !words[1..k + 2].iter().any(|w| INSTRUMENT_WORDS.contains(w)))
    };
    if head.starts_with("agreement") && (prev == "in" || next == "that" && !relative_clause(after.get(1)) && !signed_after_that() || prev == "broad") {
        return false;
    }
    if court_or_labour(m, (s, e)) {
        return false;
    }
    // A player's "new deal with the club", "contrat de trois ans", a
    // team's "pacte" before a match: sport.
    if head.starts_with("deal") || head.starts_with("contrat") || head.starts_with("contract") || head.starts_with("pact") {
        let sentence = m.sentence_of(s).map(|i| m.sentences[i]);
        if sentence.is_some_and(|sn| {
            let t = &text[sn.start..sn.end];
            t.split(|c: char| !c.is_alphanumeric()).any(|x| SPORT.contains(&x))
        }) {
            return false;
        }
    }
    if inst.loose {
        match head {
            "traite" | "traites" => {
                if participle_of_traiter(prev, next) {
                    return false;
                }
            }
            h if h.starts_with("protocol") => {
                let bad = ["sanitaire", "sanitaires", "medical", "medicaux", "commotion", "concussion", "health", "safety", "securite", "covid", "test", "testing", "treatment", "traitement", "therapeutique", "clinical", "clinique", "d'evaluation", "de soins", "de commotion", "ip", "internet", "network", "reseau", "experimental", "de jeu"];
                // A bad word just before or after the noun, also past an
                // adjective, and a plan of care: "un protocole commun de
                // prise en charge des AVC", "le protocole national de
                // traitement du choléra".
                if before.iter().take(2).any(|w| bad.contains(w)) {
                    return false;
                }
                let lead = m.words_after(e, 5);
                let adjective = lead.first().is_some_and(|w| matches!(*w, "commun" | "commune" | "communs" | "national" | "nationale" | "unique" | "standard" | "harmonise" | "conjoint"));
                let lead = &lead[usize::from(adjective)..];
                if lead.iter().take(2).any(|w| bad.contains(w)) || lead.starts_with(&["de", "prise", "en", "charge"]) {
                    return false;
                }
                // Ceremonial protocol: "le chef du protocole", "the chief
                // of protocol", "protocol officers".
                // "le directeur général du protocole": the office may take
                // one word after its noun.
                if matches!(prev, "du" | "of" | "de" | "le")
                    && before.iter().skip(1).take(2).any(|w| matches!(*w, "chef" | "chief" | "head" | "directeur" | "directrice" | "director" | "service" | "direction" | "department" | "departement"))
                    || matches!(next, "officer" | "officers" | "office" | "staff")
                {
                    return false;
                }
                // A meeting's minutes ("a protocol of instructions was
                // adopted") and a procedure followed ("in accordance with
                // the protocol", "conformément au protocole").
                if m.words_after(e, 4).iter().any(|w| matches!(*w, "instructions" | "instruction" | "meeting" | "reunion" | "minutes"))
                    || before.iter().take(3).any(|w| matches!(*w, "accordance" | "conformement"))
                {
                    return false;
                }
                if head.ends_with('s') && !matches!(prev, "deux" | "trois" | "two" | "three" | "les" | "the" | "additional" | "additionnels") {
                    return false;
                }
                if text[e..].starts_with(" de ") && after.get(1).is_some_and(|w| *w == "jeu" || *w == "commotion") {
                    return false;
                }
            }
            "deal" | "deals" => {
                if matches!(prev, "great" | "good" | "big" | "to" | "a great" | "fair") || next == "with" && matches!(prev, "to" | "will" | "can" | "must") {
                    return false;
                }
                // "in a deal expected to ..." describes another instrument.
                if before.get(1).is_some_and(|w| *w == "in") || before.get(2).is_some_and(|w| *w == "in") && matches!(prev, "new" | "separate" | "similar") {
                    return false;
                }
                // A deal between states or firms comes with a party, a firm
                // or an amount; a player's "new deal with the club" does not.
                let sentence = m.sentence_of(s).map(|i| m.sentences[i]);
                let economic = sentence.is_some_and(|sn| {
                    let t = &text[sn.start..sn.end];
                    m.named_within(sn.start, sn.end).iter().any(|n| m.person_overlapping(n.start, n.end).is_none())
                        || ["firm", "company", "group", "corporation", "shipbuilder", "manufacturer", "ministry", "government", "$", "\u{20ac}", "billion", "million", "contractor", "airline", "fund", "authority", "utility", "operator"]
                            .iter()
                            .any(|w| t.contains(w))
                });
                if !economic {
                    return false;
                }
            }
            "convention" | "conventions"
                // A party's or a trade's gathering: "convention center",
                // "a convention of fisheries cooperatives".
                if (matches!(next, "center" | "centre" | "hall" | "citoyenne" | "collective" | "nationale" | "democrate" | "republicaine") || matches!(prev, "party" | "national" | "democratic" | "republican")
                    || (next == "of" && matches!(prev, "a" | "an" | "annual" | "national"))) => {
                    return false;
                }
            "charter" | "charters" | "charte" | "chartes"
                // "charter flights", "charte graphique": another sense.
                if !(matches!(next, "" | "of" | "on" | "for" | "and" | "de" | "d'" | "sur" | "pour" | "et" | "signed" | "signee" | "establishing") || next.starts_with("d'")) => {
                    return false;
                }
            "proces-verbal" | "proces-verbaux"
                // Only a session's minutes ("le procès-verbal de la 18e
                // session", "des travaux de la commission mixte"), not a
                // police report or a bailiff's record.
                // (Or one that sets terms: "un procès-verbal fixant les
                // modalités du rapatriement".)
                // The session may also be named just before, in the same
                // clause: "ont signé, à la clôture de la session, un
                // procès-verbal".
                if !m.words_after(e, 5).iter().any(session_word)
                    && !m.sentence_of(s).is_some_and(|i| words_back(&text[m.sentences[i].start..s], 8).iter().any(session_word))
                    && !matches!(next, "fixant" | "definissant" | "etablissant" | "arretant" | "enterinant") =>
            {
                return false;
            }
            "entente" | "ententes"
                // "une bonne entente", "l'Entente cordiale", "ententes
                // illicites sur les prix", a club ("l'Entente sportive"):
                // harmony, a cartel or a name, not an instrument.
                if matches!(prev, "bonne" | "parfaite" | "excellente" | "meilleure" | "mauvaise" | "franche")
                    || matches!(next, "cordiale" | "parfaite" | "illicite" | "illicites" | "anticoncurrentielle" | "anticoncurrentielles" | "sportive") =>
            {
                return false;
            }
            "arrangement" | "arrangements" => {
                // "arrangement administratif", "a fisheries management
                // arrangement"; not "any arrangement", "travel arrangements".
                // Or one that is signed: "signeront jeudi un arrangement en
                // vue de la reconnaissance", "signed an arrangement on".
                let signed = m.words_before(s, 6).iter().any(|w| w.starts_with("sign") || w.starts_with("conclu") || w.starts_with("paraph"));
                let formal = matches!(next, "administratif" | "technique" | "de" | "sur" | "relatif" | "on" | "concerning") || next.starts_with("d'") || signed;
                // A modifier of the noun's own ("implementing arrangement"),
                // not a determiner or a word of another sense ("travel
                // arrangements", "seating arrangement").
                let modifier = |w: &str| {
                    !w.is_empty()
                        && !matches!(w, "any" | "an" | "a" | "the" | "this" | "that" | "such" | "no" | "un" | "l'" | "cet" | "cet'" | "tout" | "aucun" | "charter" | "travel" | "seating" | "security" | "new" | "other" | "these" | "those")
                };
                let modified = modifier(prev) && !head.ends_with('s');
                // "The arrangement is expected to be signed ...": the formal one
                // named before ("an implementing arrangement") taken up.
                let taken_up = || {
                    matches!(prev, "the" | "l'" | "cet")
                        && m.instruments[..m.instruments.partition_point(|((a, _), _)| *a < s)].iter().any(|&((a, b), _)| {
                            m.text((a, b)) == head && m.words_before(a, 1).first().is_some_and(|w| modifier(w))
                        })
                };
                if !(formal || modified || taken_up()) {
                    return false;
                }
            }
            _ => {}
        }
    }
    true
}

/// A status cue's strength and the status it gives.
fn cue_status(c: Cue) -> Option<Status> {
    match c {
        Cue::Signed | Cue::SignedBy | Cue::WitnessedSigning | Cue::SigningNoun => Some(Status::Signed),
        Cue::Planned => Some(Status::Planned),
        Cue::Ratified => Some(Status::Ratified),
        _ => None,
    }
}

/// A frame born at a bare head ("approves the ratification of the
/// Agreement") whose sentence named the same instrument in full before it
/// ("the Report on the Host Country Agreement between ..., and approves the
/// ratification of the Agreement"): the full name is its name. Only a
/// mention of the same kind and head that no other frame was born at.
fn fullest_name(m: &Mentions, frames: &mut [Frame]) {
    for i in 0..frames.len() {
        let f = &frames[i];
        let own = m.text(f.kind_span);
        // (Only a definite bare head takes up a name: not "Under the Paris
        // Agreement, ... signed an agreement on carbon credits".)
        let definite = m.words_before(f.kind_span.0, 1).first().is_some_and(|w| matches!(*w, "the" | "this" | "l'" | "le" | "la" | "cet" | "cette" | "ce"));
        if own.contains(' ') || !definite {
            continue;
        }
        let Some(si) = m.sentence_of(f.kind_span.0) else { continue };
        let fuller = m.in_sentence(&m.instruments, si).iter().rev().filter(|((a, _), inst)| *a < f.kind_span.0 && inst.kind == f.kind && !inst.plural).find_map(|((a, b), _)| {
            let phrase = kind_phrase(m, (*a, *b));
            let text = m.text(phrase);
            (text.len() > own.len() && text.rsplit(' ').next() == Some(own) && !frames.iter().any(|g| g.kind_span == phrase)).then_some(phrase)
        });
        if let Some(phrase) = fuller {
            frames[i].kind_span = phrase;
            frames[i].topic = topic_of(m, phrase);
        }
    }
}

/// Builds the frames of a document.
pub(crate) fn frames(m: &Mentions) -> Vec<Frame> {
    let mut frames: Vec<Frame> = Vec::new();
    // Frames a later sentence denies.
    let mut denied: Vec<usize> = Vec::new();
    // Which instruments complete the one before them, computed once.
    let complements: Vec<bool> = m.instruments.iter().map(|((a, _), _)| complement_of_instrument(m, *a)).collect();
    // `body_before[p]`: how many paragraphs before paragraph `p` hold
    // running text, so that the paragraphs of running text between two
    // sentences are one subtraction.
    let paragraphs = m.sentences.last().map_or(0, |s| s.paragraph + 1);
    let mut body_before = vec![0usize; paragraphs + 1];
    {
        let mut has_body = vec![false; paragraphs];
        for s in &m.sentences {
            has_body[s.paragraph] |= s.kind == LineKind::Body;
        }
        for p in 0..paragraphs {
            body_before[p + 1] = body_before[p] + usize::from(has_body[p]);
        }
    }
    let mut umbrella: Option<usize> = None;
    // Instruments an umbrella counted that running sentences may still
    // enumerate ("The first, an agreement on ...").
    let mut umbrella_left = 0usize;
    // Whether the open umbrella counts ratification bills, not instruments.
    let mut bills = false;
    let mut last_frame_of_sentence: Option<usize> = None;
    // The latest sentence on a frame's ceremony that joined no frame:
    // (frame, sentence).
    let mut ceremony: Option<(usize, usize)> = None;
    // The first umbrella over documents that a later sentence told again
    // before naming them ("... deux accords. Les deux textes ont été signés
    // par ...").
    let mut restated: Option<usize> = None;
    let mut list_seen = false;
    // The line of the latest sentence that opened a line with an item's
    // field ("Signed by: ..."): its other sentences are the field's too.
    let mut field_line: Option<usize> = None;
    // The latest new instrument that no step governed, for the sentence
    // after it: (sentence, span, instrument).
    let mut pending: Option<(usize, Span, Instrument)> = None;
    // The sentences whose plural ("les deux textes", "the documents") took
    // up several frames at once.
    let mut told_together: Vec<usize> = Vec::new();
    // The sentences where a settlement or a collective agreement was named:
    // "the agreement" soon after takes it up, not another instrument.
    let mut not_cooperation: Vec<(usize, Kind)> = Vec::new();
    for si in 0..m.sentences.len() {
        let sent = m.sentences[si];
        // A heading after the list ends it ("Announcements" over a second
        // list); one between the umbrella and its list does not ("List of
        // Outcomes"), nor one that names the instruments below it
        // ("Memoranda of Understanding").
        if sent.kind == LineKind::Heading && list_seen && m.in_sentence(&m.instruments, si).is_empty() {
            umbrella = None;
            list_seen = false;
        }
        if matches!(sent.kind, LineKind::Heading | LineKind::Caption | LineKind::Related | LineKind::Foreign) {
            continue;
        }
        if sent.kind == LineKind::Item {
            list_seen = true;
        } else if list_seen && !{
            // (Read once per line, at the sentence that opens it.)
            if si == 0 || m.sentences[si - 1].line != sent.line {
                field_line = crate::segment::is_item_field(m.text((sent.start, sent.end))).then_some(sent.line);
            }
            field_line == Some(sent.line)
        } {
            // (Nor does an item's own field under it: "Signed by: X".)
            // A body sentence after the list ends what the umbrella opened;
            // body sentences between the umbrella and its list do not
            // ("La cérémonie s'est déroulée ... Les textes signés sont :").
            umbrella = None;
            list_seen = false;
        }
        // Under an umbrella: a list item, or a running sentence close after
        // it while counted instruments remain.
        // (A sentence that numbers its instrument, "La seconde convention
        // de financement, de 13 millions d'euros, ...", may stand further
        // down, after the first one's paragraphs.)
        // (The ordinal right before the instrument's noun, or alone before
        // a comma: not "Le Premier ministre", "The first lady".)
        let numbered = || {
            let t = &m.folded.text[sent.start..m.folded.text.floor_char_boundary(sent.end.min(sent.start + 40))];
            let mut at = sent.start;
            t.split(' ').take(3).any(|w| {
                let end = at + w.len();
                at = end + 1;
                let word = w.rsplit('\'').next().unwrap_or(w).trim_end_matches(',');
                ORDINALS.contains(&word)
                    && (w.ends_with(',') || m.instruments.get(m.instruments.partition_point(|((a, _), _)| *a < end)).is_some_and(|((a, _), _)| *a == end + 1))
            })
        };
        // "Le second projet de loi, adopté ..., concerne l'accord ...", "The
        // first resolution concerns ...": under counted bills, the ordinal
        // stands on the bill that opens the sentence.
        let numbered_bill = || {
            let t = &m.folded.text[sent.start..m.folded.text.floor_char_boundary(sent.end.min(sent.start + 40))];
            let words: Vec<&str> = t.split([' ', '\'']).filter(|w| !w.is_empty()).take(4).collect();
            words.windows(2).any(|w| ORDINALS.contains(&w[0]) && BILL_NOUNS.contains(&w[1].trim_end_matches(',')))
        };
        let under_umbrella = umbrella.is_some_and(|u| {
            sent.kind == LineKind::Item
                || umbrella_left > 0
                    && u != si
                    && (sent.paragraph <= m.sentences[u].paragraph + 4
                        || sent.paragraph <= m.sentences[u].paragraph + NUMBERED_REACH && (numbered() || bills && numbered_bill()))
        });
        let cues = m.cues_in(si);
        let negated = cues.iter().any(|(sp, c)| *c == Cue::Negated && negation_holds(m, *sp))
            || (cues.iter().any(|(_, c)| *c == Cue::Speculative) && !cues.iter().any(|(_, c)| *c == Cue::Planned));
        let insts = m.in_sentence(&m.instruments, si);
        let mut named_here = false;
        let mut bill_numbered_used = false;
        // Where the count this sentence opened an umbrella with ends.
        let mut count_end = None;
        for &((s, e), inst) in insts {
            if !is_instrument(m, (s, e), &inst) {
                if court_or_labour(m, (s, e)) {
                    not_cooperation.push((si, inst.kind));
                }
                continue;
            }
            let det = determiner(m, s);
            // "cinq accords", "five cooperation documents": a count one or
            // two words before the plural noun.
            let counted = inst.plural
                && (det == Determiner::Count
                    || m.cues.iter().any(|((cs, ce), c)| *c == Cue::Count && *ce <= s && *cs + 60 > s && count_reaches(&m.folded.text[*ce..s])));
            // The instrument another one amends or completes ("protocole
            // additionnel à la convention ...", "protocol to the treaty")
            // lives inside that one's name.
            if complements[m.instruments.partition_point(|((a, _), _)| *a < s)] {
                continue;
            }
            // "Memorandum of Understanding (MoU)": the abbreviation in
            // brackets right after a name is that instrument again.
            if bracketed_abbreviation(m, (s, e)) || modifies_next_instrument(m, (s, e)) {
                continue;
            }
            // A capitalised instrument in a genitive ("au sommet du Traité
            // d'amitié") names an institution's frame, not the object signed.
            if proper_genitive(m, (s, e)) {
                continue;
            }
            let status = nearest_status(m, si, (s, e), cues, &complements);
            if inst.plural {
                // "Les deux documents ont été signés par ...", "both
                // agreements": the sentence speaks of the latest frames.
                // Fewer of them told yet ("Les quatre accords ont été signés
                // mercredi. Le premier, ..."): the sentence counts the ones
                // to come, as an umbrella does.
                // (The story's own before those it recalls, "l'accord
                // d'association signé en 2014": "les deux textes" are the
                // two it reports, when there are that many.)
                // "Les documents ont été signés par ...", "the documents":
                // with no count, the ones the latest sentence told together.
                let together = || {
                    let bare = m.words_before(s, 1).first().is_some_and(|w| matches!(*w, "les" | "ces" | "the" | "these" | "those"));
                    // (Not ones of their own: "harmonise les documents de bord".)
                    let generic = matches!(m.text((s, e)), "documents" | "textes" | "instruments" | "accords" | "agreements")
                        && !m.words_after(e, 1).first().is_some_and(|w| opens_complement(w));
                    // (Told near: not "les accords signés en 2015" pages
                    // later.)
                    let first = frames.last().map(|f| f.sentences[0]).filter(|&fs| sent.paragraph <= m.sentences[fs].paragraph + 2);
                    let n = frames.iter().rev().take_while(|f| Some(f.sentences[0]) == first && f.status != Status::Referenced).count();
                    (bare && generic && n >= 2).then_some(n)
                };
                let told = plural_anaphor(m, s).or_else(together).map(|n| {
                    let live = |own: bool| -> Vec<usize> {
                        (0..frames.len())
                            .rev()
                            .filter(|&i| frames[i].status != Status::Referenced && (!own || !frames[i].recalled || frames[i].status == Status::Ratified))
                            .take(n)
                            .collect()
                    };
                    let own = live(true);
                    (n, if own.len() == n { own } else { live(false) })
                });
                if let Some((n, live)) = told
                    && (live.len() == n || !counted || status.is_none())
                {
                    if live.len() == n {
                        told_together.push(si);
                        for fi in live {
                            if !frames[fi].sentences.contains(&si) {
                                frames[fi].sentences.push(si);
                            }
                        }
                        named_here = true;
                    }
                    continue;
                }
                if counted && status.is_some() && !negated {
                    // "deux autres textes", "two other agreements": more of
                    // the ceremony the open umbrella reports, not a new one.
                    let more = m.words_before(s, 1).first().is_some_and(|w| matches!(*w, "autres" | "other" | "further" | "additional"));
                    let open = umbrella.is_some_and(|u| sent.paragraph <= m.sentences[u].paragraph + 4);
                    // "Les deux textes ont été signés par ...": the open
                    // umbrella's documents again, before they are told; this
                    // sentence becomes their umbrella, and they keep the
                    // first one among their sentences (its place, its day).
                    let n = count_before(m, s);
                    let again = open && !more && plural_anaphor(m, s) == Some(n) && umbrella_left == n && umbrella != Some(si);
                    if !(more && open) {
                        restated = if again { umbrella } else { None };
                        umbrella = Some(si);
                        bills = false;
                        count_end = Some(e);
                    }
                    umbrella_left = n.max(if more && open { umbrella_left } else { 0 });
                    list_seen = false;
                }
                continue;
            }
            // "two memoranda of understanding and one agreement", "deux
            // mémorandums et un accord": the count goes on in the singular.
            if let Some(ce) = count_end
                && umbrella == Some(si)
                && s < ce + COUNT_GOES_ON
                && matches!(*m.words_before(s, 2), ["one" | "un" | "une", "and" | "et"])
            {
                umbrella_left += 1;
                count_end = Some(e);
                continue;
            }
            // "Cet accord pourrait être conclu d'ici décembre": a possibility
            // that takes up a plan the story told is that plan again (its
            // date, its place), not a new rumour.
            let speculative_only = !cues.iter().any(|(sp, c)| *c == Cue::Negated && negation_holds(m, *sp));
            if negated
                && speculative_only
                && determiner(m, s) == Determiner::Definite
                && let Some(fi) = corefer(m, &frames, (s, e), inst.kind).filter(|&fi| frames[fi].status == Status::Planned)
            {
                join(&mut frames[fi], si, None);
                named_here = true;
                last_frame_of_sentence = Some(fi);
                continue;
            }
            if negated && status.is_none_or(|(st, _)| st != Status::Ratified) {
                // "No such agreement has been reached": a plan the story
                // reported is denied.
                if denies_such(m, (s, e))
                    && let Some(fi) = corefer(m, &frames, (s, e), inst.kind).filter(|&fi| frames[fi].status == Status::Planned)
                {
                    denied.push(fi);
                }
                continue;
            }
            // A joint statement is an agreement only when signed or adopted,
            // not when quoted as the source.
            if inst.statement {
                // (Not one signed right there: "the announcement was made in
                // a joint communique signed in Singapore by ...".)
                let signed_here = m.words_after(e, 1).first().is_some_and(|w| crate::cues::is_signing_participle(w));
                let source = !signed_here
                    && (m.words_before(s, 3).iter().any(|w| matches!(*w, "selon" | "according" | "in" | "dans" | "par" | "via" | "through"))
                        || m.words_after(e, 2).iter().any(|w| matches!(*w, "issued" | "publie" | "released" | "said" | "indique" | "published" | "diffuse")));
                // (Or one whose signing is to come: "are expected to sign a
                // joint declaration in the coming days".)
                let signed = status.is_some_and(|(st, sp)| st == Status::Signed || st == Status::Planned && m.text(sp).contains("sign"));
                if source || !signed {
                    continue;
                }
            }
            // "la déclaration", "the statement": only a definite reference
            // to an instrument already named.
            if inst.anaphor {
                // "According to the statement, the two countries will sign a
                // memorandum": the instrument quoted as the source of news
                // of another one.
                let source = m.words_before(s, 3).iter().any(|w| matches!(*w, "selon" | "according"))
                    || m.words_after(e, 1).iter().any(|w| matches!(*w, "said" | "says" | "indique" | "precise" | "souligne"));
                if source && insts.iter().any(|((a, _), other)| *a > e && !other.anaphor) {
                    continue;
                }
                if det == Determiner::Definite
                    && let Some(fi) = corefer(m, &frames, (s, e), inst.kind)
                {
                    join(&mut frames[fi], si, status);
                    named_here = true;
                    last_frame_of_sentence = Some(fi);
                }
                continue;
            }
            // Under an umbrella that still counts instruments, "the first
            // agreement", "the second is an air services agreement" name
            // the counted ones in turn: new instruments, not references.
            // "Le premier texte concerne la convention ...": the ordinal may
            // stand on the bill that carries the instrument.
            // (Or the sentence opens on it, however long the aside after:
            // "Le premier, et de loin le plus attendu, est l'accord ...".)
            let ordinal = || {
                let lead_in = &m.folded.text[sent.start..s];
                lead_in.split([' ', '\'']).rev().filter(|w| !w.is_empty()).take(7).any(|w| ORDINALS.contains(&w.trim_end_matches(',')))
                    || numbered()
            };
            // Under counted bills, only an instrument the sentence numbers.
            let enumerated = under_umbrella
                && umbrella_left > 0
                && sent.kind != LineKind::Item
                && if bills { ordinal() || !bill_numbered_used && numbered_bill() } else { det != Determiner::Definite || ordinal() };
            // (The bill the sentence opens on carries one instrument: the
            // first; "..., qui modifie l'accord-cadre de 2010" is another.)
            if bills && enumerated && !ordinal() {
                bill_numbered_used = true;
            }
            // An instrument a counted bill carries is ratified with the bill,
            // whatever its own sentence recalls of its signing ("Le second
            // projet de loi porte sur l'accord de prêt ..., signé à Djeddah
            // le 3 mars").
            let status = match umbrella.filter(|_| enumerated).and_then(|u| umbrella_step(m, u)) {
                Some((Status::Ratified, sp)) if status.is_none_or(|(st, (cs, _))| st == Status::Signed && cs >= e) => Some((Status::Ratified, sp)),
                _ => status,
            };
            // A definite mention names a frame we already have. A bare noun
            // ("a status of forces agreement", whose article the modifiers
            // hide) that a status cue governs is a new instrument.
            // A list item under an umbrella that opens with its bare noun
            // ("- Agreement on economic cooperation between ...") names a
            // document of the list, even after another of the same kind.
            let item_head = under_umbrella && sent.kind == LineKind::Item && det == Determiner::Bare && m.sentences[si].start + 4 >= s;
            // A fact box's telegraphic line ("Mémorandum signé le 10.06.2025
            // à Santiago", "MoU signed on 10 June") opens with the bare noun
            // and its participle: the story's instrument again.
            let telegraphic = det == Determiner::Bare
                && !under_umbrella
                && (s == 0 || m.folded.text[..s].ends_with('\n'))
                && m.words_after(e, 1).first().is_some_and(|w| ["signe", "signed", "paraphe", "initialled", "ratifie", "ratified"].iter().any(|p| w.starts_with(p)));
            // "the delegations finalised the text of an intergovernmental
            // agreement on labour recruitment. The agreement is expected to
            // be signed in March": the definite noun that reports a step
            // takes up the instrument the sentence before introduced without
            // one, before any frame of its kind told earlier.
            if det == Determiner::Definite
                && !negated
                && let Some(step) = status
                && let Some((pi, span, introduced)) = pending.take_if(|p| {
                    p.0 < si && si - p.0 <= 2 && p.2.kind == inst.kind && sent.paragraph <= m.sentences[p.0].paragraph + 1 && names_no_other(m, (s, e), p.1)
                })
            {
                frames.push(Frame::new(m, span, introduced, step, vec![pi, si], None));
                named_here = true;
                last_frame_of_sentence = Some(frames.len() - 1);
                continue;
            }
            if !enumerated
                && !item_head
                && (det == Determiner::Definite || det == Determiner::Bare && (status.is_none() || telegraphic))
                && let Some(fi) = corefer(m, &frames, (s, e), inst.kind)
            {
                join(&mut frames[fi], si, status);
                named_here = true;
                last_frame_of_sentence = Some(fi);
                continue;
            }
            // "The agreement, signed by ...", after a collective agreement
            // and no instrument between states: that collective agreement.
            // Nor does one whose sentence names no state or organization
            // ("the two sides had reached an agreement in principle in May").
            let names_none = || m.named_in(si).iter().all(|n| n.entry.form == crate::gazetteer::Form::Capital);
            // (Further down the page too while no cooperation instrument
            // of that kind was read: "... à l'échéance de l'actuelle
            // convention" in a story on a collective agreement.)
            // (Further away, only in a sentence that names no state or
            // organization: "la convention de coopération portuaire entre
            // le Sénégal et le Maroc" is one of its own.)
            let near = |nsi: usize| m.sentences[si].paragraph <= m.sentences[nsi].paragraph + 2;
            if !not_cooperation.is_empty()
                && not_cooperation.iter().any(|&(nsi, kind)| {
                    nsi < si
                        && (kind == inst.kind && (near(nsi) && (det == Determiner::Definite || names_none()) || !frames.iter().any(|f| f.kind == kind) && names_none())
                            // (Any kind while no cooperation instrument was
                            // read at all: "Le texte reprend le protocole
                            // d'accord conclu en décembre", "c'est un bon
                            // accord" in a story on a collective agreement.)
                            || frames.is_empty() && names_none() && sent.paragraph <= m.sentences[nsi].paragraph + LABOUR_REACH)
                })
            {
                continue;
            }
            let Some((status, status_span)) = status.or_else(|| {
                // A list item under an umbrella takes the umbrella's step.
                umbrella.filter(|_| under_umbrella).and_then(|u| umbrella_step(m, u))
            }) else {
                // "Nous négocions un accord de partenariat. Le texte devrait
                // être signé le 1er avril": the next sentence may give the
                // step.
                if det == Determiner::Indefinite && sent.kind == LineKind::Body && !negated {
                    pending = Some((si, (s, e), inst));
                }
                continue;
            };
            // A plan in the conditional ("gagnerait à exiger un accord",
            // "would need a new treaty") is a commentator's wish.
            if status == Status::Planned && conditional_wish(m, si, s) {
                continue;
            }
            // The lead that announced it with the list's other instruments
            // ("signed an intergovernmental agreement and three roadmaps:
            // 1. An intergovernmental agreement on road transport ..."):
            // the list item is that instrument, told in full.
            let announced = umbrella.filter(|_| under_umbrella).and_then(|u| {
                let name = m.text(kind_phrase(m, (s, e)));
                frames.iter().position(|f| {
                    f.sentences[0] == u && f.kind == inst.kind && f.status == status && m.text(f.kind_span) == name
                })
            });
            // "en attendant la feuille de route qui doit clore dimanche les
            // travaux ... devraient signer une feuille de route de
            // coopération": a step to come announced by its bare noun, then
            // named in full, is one instrument, told where it is named.
            let announced = announced.or_else(|| (status == Status::Planned).then(|| announced_ahead(m, &frames, (s, e), inst.kind, si)).flatten());
            if let Some(fi) = announced {
                frames[fi] = Frame::new(m, (s, e), inst, (status, status_span), vec![si], umbrella.filter(|_| under_umbrella));
                named_here = true;
                last_frame_of_sentence = Some(fi);
                continue;
            }
            // A summary's bullet and the entry that tells it again ("Key
            // points", live blogs): the same instrument, not a second one.
            if let Some(fi) = retold(m, &frames, (s, e), inst.kind, status, si) {
                join(&mut frames[fi], si, Some((status, status_span)));
                named_here = true;
                last_frame_of_sentence = Some(fi);
                continue;
            }
            let mut sentences = vec![si];
            if under_umbrella && let Some(r) = restated {
                sentences.push(r);
            }
            frames.push(Frame::new(m, (s, e), inst, (status, status_span), sentences, umbrella.filter(|_| under_umbrella)));
            named_here = true;
            last_frame_of_sentence = Some(frames.len() - 1);
            // (Under counted bills, only an instrument a bill carries
            // counts: not the older accord its debate recalls.)
            if under_umbrella && sent.kind != LineKind::Item && (!bills || enumerated) {
                umbrella_left = umbrella_left.saturating_sub(1);
            }
        }
        // A sentence that opens on "Le texte", "It" and reports a step
        // gives it to the instrument the sentence before introduced.
        if let Some((pi, (s, e), inst)) = pending.take_if(|p| p.0 < si)
            && !named_here
            && sent.kind == LineKind::Body
            && si - pi <= 2
            && sent.paragraph <= m.sentences[pi].paragraph + 1
            && (starts_with_anaphor(m, si) || starts_with_pronoun(m, si).is_some() || opens_on_object_pronoun(m, si))
            && !negated
            && let Some((status, status_span)) = nearest_status(m, si, (sent.start, sent.start), cues, &complements)
        {
            frames.push(Frame::new(m, (s, e), inst, (status, status_span), vec![pi, si], None));
            last_frame_of_sentence = Some(frames.len() - 1);
            continue;
        }
        // A sentence without an instrument's name that announces a step and
        // opens a list ("les trois autres seront signés demain par les
        // ministres concernés :") is the umbrella of the items that follow.
        // An umbrella already open ("ont signé cinq accords ... Les textes
        // signés sont :") keeps the list.
        let open = umbrella.is_some_and(|u| sent.paragraph <= m.sentences[u].paragraph + 4);
        // (Not a sentence whose subject is the signed text: "Signée par X
        // et Y, elle prévoit : ..." lists what the instrument before holds.)
        // (A communiqué's numbered paragraph may open it: "4. Le 3
        // courant, ... ont signé les instruments suivants :".)
        if !named_here && !open && matches!(sent.kind, LineKind::Body | LineKind::Item) && opens_list(m, si) && !opens_on_signing_participle(m, si) && umbrella_step(m, si).is_some() {
            umbrella = Some(si);
            bills = false;
            // "les trois autres": the count the sentence gives, if any.
            umbrella_left = m.cues_in(si).iter().find(|(_, c)| *c == Cue::Count).map_or(0, |((_, e), _)| count_before(m, *e));
            list_seen = false;
            continue;
        }
        // "Les sénateurs ont adopté deux projets de loi autorisant la
        // ratification ...", "MPs passed three bills ratifying ...": the
        // sentences after name the instruments the bills carry.
        if !named_here && sent.kind == LineKind::Body
            && let Some(n) = counted_bills(m, si)
        {
            umbrella = Some(si);
            umbrella_left = n;
            bills = true;
            list_seen = false;
            continue;
        }
        // A sentence that opened a list of its own ("witnessed the signing of
        // a number of documents, including:") speaks of the items to come.
        if umbrella == Some(si) {
            continue;
        }
        // A sentence that names no instrument but signs, lists areas or sets
        // up a body speaks of the latest frame ("Il devrait être signé par").
        let same_line_item = sent.kind == LineKind::Item && si > 0 && m.sentences[si - 1].line == sent.line;
        // A fact box's bullet that sets up a body ("- Un comité mixte ...
        // se réunira chaque année") tells of the instrument as a sentence
        // would.
        let body_item = sent.kind == LineKind::Item && (cues.iter().any(|(_, c)| *c == Cue::Creates) || new_body(m, si));
        // Nor does one that named a deal of a court, a strike or a firm
        // ("Le Conseil a entériné le protocole d'accord conclu avec les
        // syndicats"): its steps and fields are that deal's.
        let of_its_own = not_cooperation.last().is_some_and(|&(nsi, _)| nsi == si);
        if !named_here && !of_its_own && (sent.kind == LineKind::Body || same_line_item || body_item)
            && let Some(fi) = last_frame_of_sentence {
                let f = &frames[fi];
                // A sentence on the ceremony that joined no frame ("La
                // cérémonie s'est déroulée en présence de ...") keeps the
                // story on the frame: the next sentence is near it.
                // (The latest sentence, wherever it stands in the list: an
                // umbrella told again is listed after its document.)
                let last = (*f.sentences.iter().max().unwrap_or(&si)).max(ceremony.filter(|&(g, _)| g == fi).map_or(0, |(_, c)| c));
                // The items of a list its last sentence opened stand
                // between them ("... dans les domaines suivants :", the
                // bullets, then "Un comité mixte se réunira ...").
                let after_its_list = last + 1 < si && (last + 1..si).all(|j| m.sentences[j].kind == LineKind::Item);
                // Paragraphs of running text between: a subhead between
                // two paragraphs does not part them ("Culture, sport et
                // patrimoine" over "Le document prévoit ...").
                let (lp, sp) = (m.sentences[last].paragraph, m.sentences[si].paragraph);
                let gap = if sp > lp + 1 { body_before[sp] - body_before[lp + 1] } else { 0 };
                let anaphor = starts_with_anaphor(m, si);
                // "Le document prévoit ...", "The text provides ...": a
                // sentence that names the instrument again reaches over one
                // paragraph more.
                // A sentence of running text in a later paragraph that
                // stands before this one and that this frame did not take
                // has moved the story on ("Le volume des échanges ... Plusieurs entreprises
                // turques sont présentes dans les secteurs du bâtiment ...").
                // (Only its areas are kept from it: see `useful`.)
                // (Not a speaker's tag: "M. X, rapporteur. – Ce texte
                // couvre ...".)
                let moved_on = sp > lp
                    && !anaphor
                    && (last + 1..si).any(|j| {
                        let s = m.sentences[j];
                        s.kind == LineKind::Body && s.paragraph > lp && s.end - s.start >= MOVED_ON_BYTES
                    });
                let near = sp <= lp + 1 || gap == 0 || anaphor && gap <= 1 || after_its_list;
                // A pronoun ("Il", "Elle", "It") takes up the instrument of
                // the sentence just before, agreeing in gender in French.
                if let Some(gender) = starts_with_pronoun(m, si) {
                    // An interview's question between ("Sur quoi porte-t-il
                    // ?") is the interviewer's: the answer takes up the
                    // instrument before it.
                    let question = |j: usize| m.text((m.sentences[j].start, m.sentences[j].end)).trim_end().ends_with('?');
                    let before = |at: usize| (0..at).rev().find(|&j| matches!(m.sentences[j].kind, LineKind::Body | LineKind::Item) && !question(j));
                    let mut prev = before(si);
                    // After a bulleted list, the sentence that opened it
                    // ("the draft MoU covers:", the items, then "It also
                    // provides for a joint working group ...").
                    while let Some(p) = prev.filter(|&p| m.sentences[p].kind == LineKind::Item && !frames.iter().any(|f| f.sentences.contains(&p))) {
                        prev = before(p);
                    }
                    // "The MoU was signed by ... The ceremony was witnessed by
                    // ... It provides for cooperation including ...": a
                    // sentence that belongs to no frame and names no
                    // instrument stands between an answer of the instrument's
                    // own (its areas, its bodies) and the instrument.
                    // Not when that sentence opens on a state or an
                    // organization, which the pronoun takes up instead ("La
                    // FAO est présente au Sénégal. Elle y intervient
                    // notamment dans ..."); and then only an instrument of
                    // the pronoun's gender.
                    let own_facts = cues.iter().any(|(_, c)| matches!(c, Cue::AreaList | Cue::Creates));
                    let mut skipped = false;
                    if own_facts
                        && let Some(p) = prev
                        && !frames.iter().any(|f| f.sentences.contains(&p))
                        && m.in_sentence(&m.instruments, p).is_empty()
                        && m.named_within(m.sentences[p].start, m.sentences[p].start + 12).is_empty()
                    {
                        prev = before(p);
                        skipped = true;
                    }
                    let in_prev = |f: &Frame| prev.is_some_and(|p| f.sentences.contains(&p));
                    let target = frames
                        .iter()
                        .enumerate()
                        .rev()
                        .find(|(_, f)| in_prev(f) && gender.is_none_or(|g| feminine(m, f) == g))
                        .or_else(|| frames.iter().enumerate().rev().find(|(_, f)| !skipped && in_prev(f)));
                    if let Some((ti, _)) = target {
                        let bad = cues.iter().any(|(sp, c)| *c == Cue::Negated || *c == Cue::Background && background_instrument(m, *sp));
                        if !bad {
                            frames[ti].sentences.push(si);
                            last_frame_of_sentence = Some(ti);
                        }
                    }
                    continue;
                }
                // "The ceremonial signing ... was led by X and Y": a signing
                // told with its agents.
                // So is one that says for whom its subject signs: "X will
                // sign on behalf of the board", "X signera au nom du
                // gouvernement".
                let agents = cues.iter().any(|&((cs, ce), c)| {
                    matches!(c, Cue::Signed | Cue::SigningNoun) && {
                        let rest = &m.folded.text[ce..sent.end];
                        rest.contains(" by ") || rest.contains(" par ")
                    } || crate::slots::signing_with_agent(m, (cs, ce), c)
                        || matches!(c, Cue::Signed | Cue::Planned) && crate::slots::on_behalf(&m.folded.text[ce..sent.end])
                        // A cleft on its signer: "Pour le Congo, c'est le
                        // ministre X qui a apposé sa signature".
                        || c == Cue::Signed && m.folded.text[..cs].ends_with(" qui ") && m.folded.text[sent.start..cs].contains("c'est ")
                });
                // "The ratification bill was passed yesterday": the frame's
                // ratification told again.
                // Only the sentence right after, when it dates the step.
                let ratifies = f.status == Status::Ratified
                    && si == last + 1
                    && cues.iter().any(|(_, c)| *c == Cue::Ratified)
                    && m.recent_day(si, RECENT_STEP_DAYS).is_some();
                // An opener of examples deep in a sentence of its own
                // ("Santa Clara handles most exports, including fuel and
                // cement") lists no areas of the instrument.
                // (Not after a noun that frames areas: "sets out four
                // strategic priorities, including ...".)
                let example = |sp: &Span| {
                    let lead = &m.folded.text[m.folded.text.floor_char_boundary(sp.0.saturating_sub(40)).max(sent.start)..sp.0];
                    let framed = lead.split(|c: char| !c.is_alphanumeric()).any(|w| {
                        ["priorit", "area", "field", "sector", "domaine", "secteur", "axe", "pillar", "pilier", "theme"].iter().any(|f| w.starts_with(f))
                    });
                    sp.0 > sent.start + 40 && !framed && crate::slots::EXAMPLE_OPENERS.contains(&m.text(*sp))
                };
                // "We hope to sign it before the end of this year", "ils
                // espèrent le signer en mars": the step, with the instrument
                // as its pronoun object.
                // (Read only for a sentence near the frame and with a step's
                // cue: most sentences have neither.)
                let object_pronoun = || {
                    let t = m.text((sent.start, sent.end));
                    near && !cues.is_empty()
                        && ["sign it", "signing it", "ratify it", "ratifying it", "le signer", "la signer", "le ratifier", "la ratifier", "le parapher", "la parapher"]
                            .iter()
                            .any(|p| t.contains(p))
                };
                // "Les ministres X et Y ont paraphé le texte", "A and B signed
                // the document": a signing whose object takes up the
                // instrument, right after the verb.
                let object_anaphor = || {
                    near && cues.iter().any(|((_, ce), c)| {
                        *c == Cue::Signed && {
                            let rest = m.folded.text[*ce..sent.end].trim_start();
                            // (Not a document of its own, told by what follows:
                            // "signed the documents required for Uganda to join".)
                            let own = |r: &str| {
                                let next = r.trim_start().split([' ', ',']).next().unwrap_or("");
                                matches!(next, "of" | "for" | "required" | "needed" | "necessary" | "that" | "which" | "de" | "du" | "des" | "d'" | "pour" | "qui" | "que" | "necessaire" | "necessaires" | "requis")
                                    || next.starts_with("d'")
                            };
                            OBJECT_ANAPHORS.iter().any(|a| rest.strip_prefix(a).is_some_and(|r| (r.is_empty() || r.starts_with([' ', ',', '.', ';'])) && !own(r)))
                        }
                    })
                };
                // (A list after a verb of review is what talks went over:
                // see `reviewed`.)
                // "South Korea has stepped up its aid to North Africa in
                // recent years, with a focus on digital government, health
                // and water": a record over years, not the instrument's
                // fields.
                // (Not one whose subject is the instrument: "Attendu depuis
                // plusieurs années, le texte couvre ...".)
                // (Read once per sentence, and only for one with a list.)
                let record = cues.iter().any(|(_, c)| *c == Cue::AreaList) && {
                    let t = m.text((sent.start, sent.end));
                    let word = |k: usize, e: usize| (k == 0 || t.as_bytes()[k - 1] == b' ') && t.as_bytes().get(e).is_none_or(|c| !c.is_ascii_alphanumeric());
                    RECORD_PERIODS.iter().any(|p| t.contains(p))
                        && !OBJECT_ANAPHORS.iter().filter(|a| a.len() > 2).any(|a| t.match_indices(a).any(|(k, _)| word(k, k + a.len())))
                };
                let useful = (anaphor || agents || ratifies || cues.iter().any(|(sp, c)| matches!(c, Cue::SignedBy | Cue::Creates) || *c == Cue::AreaList && !moved_on && !example(sp) && !reviewed(m, sp.0) && !record) || new_body(m, si) || object_pronoun() || object_anaphor())
                    && !cues.iter().any(|(sp, c)| *c == Cue::Negated || *c == Cue::Background && background_instrument(m, *sp));
                // (Nor an instrument of an earlier year the story recalls,
                // "l'accord d'association signé en 2014": a sentence after it
                // is the story's own.)
                if near && useful && f.status != Status::Referenced && (!f.recalled || f.status == Status::Ratified) {
                    // "Les documents ont été signés, côté togolais, par X. La
                    // partie burkinabè était représentée par Y.": the frames
                    // the sentence before spoke of together, each of them.
                    // (Its list of fields too, as a list said of two
                    // instruments is theirs.)
                    // (Only from a sentence whose plural took them up.)
                    let latest = |g: &Frame| g.sentences.iter().max().copied();
                    let together: Vec<usize> = if told_together.contains(&last) && latest(&frames[fi]) == Some(last) {
                        (0..frames.len())
                            .filter(|&g| g != fi && latest(&frames[g]) == Some(last) && frames[g].status != Status::Referenced && !frames[g].recalled)
                            .collect()
                    } else {
                        Vec::new()
                    };
                    frames[fi].sentences.push(si);
                    for g in together {
                        frames[g].sentences.push(si);
                    }
                } else if near && cues.iter().any(|(_, c)| matches!(c, Cue::Presence | Cue::WitnessedSigning)) {
                    ceremony = Some((fi, si));
                }
            }
    }
    for f in &mut frames {
        initialled_then_planned(m, f);
    }
    fullest_name(m, &mut frames);
    if !denied.is_empty() {
        let mut k = 0;
        frames.retain(|_| {
            k += 1;
            !denied.contains(&(k - 1))
        });
    }
    frames
}

/// Phrases of a period that runs up to now (folded): a sentence that
/// holds one tells a record, not what an instrument covers.
const RECORD_PERIODS: &[&str] = &[
    "in recent years", "over the past", "over the last", "in the past decade", "in the last decade", "for decades", "for years",
    "ces dernieres annees", "au cours des dernieres annees", "depuis plusieurs annees", "depuis des annees", "depuis des decennies",
    "au fil des ans", "au cours de la derniere decennie",
];

/// Whether a negated instrument noun takes up one told before: "no such
/// agreement", "aucun accord de ce type", "pas de tel accord".
fn denies_such(m: &Mentions, (s, e): Span) -> bool {
    let before = m.words_before(s, 2);
    let after = m.words_after(e, 3);
    matches!((before.first().copied(), before.get(1).copied()), (Some("such"), Some("no")) | (Some("tel" | "telle"), _))
        || matches!((after.first().copied(), after.get(1).copied(), after.get(2).copied()), (Some("de"), Some("ce" | "cette"), Some("type" | "genre" | "sorte" | "nature")))
}

/// Whether a background cue ("dans le cadre de", "under the") governs an
/// instrument ("dans le cadre de l'accord de 2013"), not a body or a
/// process ("dans le cadre de la Commission mixte").
fn background_instrument(m: &Mentions, (_, ce): Span) -> bool {
    let i = m.instruments.partition_point(|((a, _), _)| *a < ce);
    m.instruments.get(i).is_some_and(|((a, _), _)| *a - ce <= 12)
}

/// Headings of a page's summary list ("Key points", "L'essentiel").
const KEY_POINTS: &[&str] = &[
    "key points", "highlights", "at a glance", "summary", "in brief", "points cles", "l'essentiel", "a retenir", "en bref",
    "ce qu'il faut retenir", "les points cles",
];

/// Whether sentence `si` is an item of a summary list: a list line under a
/// "Key points" heading a few lines above.
fn under_key_points(m: &Mentions, si: usize) -> bool {
    let s = m.sentences[si];
    if s.kind != LineKind::Item {
        return false;
    }
    let text = m.folded.text.as_str();
    let above = &text[text.floor_char_boundary(s.start.saturating_sub(400))..s.start];
    above.lines().rev().take(8).any(|l| {
        let l = l.trim().trim_end_matches(':').trim();
        KEY_POINTS.contains(&l)
    })
}

/// The frame that an indefinite mention at `span` in sentence `si` tells
/// again: one at the same step, with the same name and the same words
/// after it, whose first sentence names the same states and organizations.
/// Two instruments of one name signed the same day differ in what follows
/// the name ("un mémorandum sur la santé, un mémorandum sur l'eau"). A
/// bullet of a "Key points" list of the same kind and step is told again
/// in other words (see [`under_key_points`]).
fn retold(m: &Mentions, frames: &[Frame], span: Span, kind: Kind, status: Status, si: usize) -> Option<usize> {
    let kind_span = kind_phrase(m, span);
    let name = m.text(kind_span);
    // The words after the name, in its own sentence, without the parties
    // ("the MoU between Sri Lanka and the Maldives on cooperation in
    // training" tells "an MoU on cooperation in training" again).
    let after = |end: usize| {
        let stop = m.sentence_of(end.saturating_sub(1)).map_or(end, |k| m.sentences[k].end.max(end));
        let rest = &m.folded.text[end..stop];
        let words = rest.split(|c: char| !is_word_char(c)).filter(|w| {
            let at = end + (w.as_ptr() as usize - rest.as_ptr() as usize);
            !w.is_empty() && !matches!(*w, "between" | "entre" | "and" | "et" | "the" | "le" | "la" | "les" | "l'") && m.named_covering(at, at + w.len()).is_none()
        });
        Near::new(words, 4)
    };
    let words = after(kind_span.1);
    let codes = |s: usize| party_codes(m, s);
    let here = std::cell::OnceCell::new();
    // Only the latest frames are compared, so that a page of thousands of
    // instruments stays linear; of those, the earliest that matches.
    let from = frames.len().saturating_sub(MAX_RETOLD);
    let earliest = |matches: &dyn Fn(&Frame) -> bool| frames[from..].iter().position(matches).map(|k| from + k);
    // A bullet of a summary list ("Key points: - Energy officials sign
    // power trade MoU") is told in full below, in other words: the same
    // kind and step, and no party the full telling lacks.
    let bullet = earliest(&|f: &Frame| {
        f.status == status
            && f.kind == kind
            && !f.sentences.contains(&si)
            && under_key_points(m, f.sentences[0])
            && {
                let there = codes(f.sentences[0]);
                let here = here.get_or_init(|| codes(si));
                there.iter().all(|c| here.contains(c))
            }
    });
    if bullet.is_some() {
        return bullet;
    }
    earliest(&|f: &Frame| {
        f.status == status
            && !f.sentences.contains(&si)
            && m.text(f.kind_span) == name
            && {
                // One may stop where its sentence does: compare the words
                // both have, at least two.
                let theirs = after(f.kind_span.1);
                let n = theirs.len().min(words.len());
                n >= 2 && theirs[..n] == words[..n]
            }
            && {
                let there = codes(f.sentences[0]);
                here.get_or_init(|| codes(si)).iter().all(|c| there.contains(c))
            }
    })
}

/// The planned frame that a definite bare noun announced ("la feuille de
/// route"), of which the mention at `span` is the full name ("une feuille
/// de route de coopération"), in a later sentence that names no party the
/// announcement's sentence does not.
fn announced_ahead(m: &Mentions, frames: &[Frame], span: Span, kind: Kind, si: usize) -> Option<usize> {
    let name = m.text(kind_phrase(m, span));
    // (Not a second instrument: "Les deux pays devraient également signer
    // un accord de pêche".)
    let before = m.text((m.sentences[si].start, span.0));
    if [" egalement ", " aussi ", " also ", " as well", "par ailleurs", "en outre", "de plus", " another ", " un autre ", " une autre "].iter().any(|w| before.contains(w)) {
        return None;
    }
    // The announcement looks ahead: "en attendant la feuille de route qui
    // doit ...", "pending the roadmap expected ...".
    let ahead = |f: &Frame| {
        let words_before = m.words_before(f.kind_span.0, 3);
        let after = m.words_after(kind_phrase(m, f.kind_span).1, 2);
        words_before.iter().any(|w| matches!(*w, "attendant" | "awaiting" | "pending" | "ahead"))
            || after.iter().any(|w| matches!(*w, "attendu" | "attendue" | "expected" | "due"))
            || matches!((after.first().copied(), after.get(1).copied()), (Some("qui"), Some("doit" | "devrait" | "sera")) | (Some("which"), Some("will" | "should")))
    };
    let here = party_codes(m, si);
    let from = frames.len().saturating_sub(MAX_RETOLD);
    frames[from..].iter().rposition(|f| {
        let bare = m.text(f.kind_span);
        f.status == Status::Planned
            && f.kind == kind
            && f.sentences.len() == 1
            && f.sentences[0] < si
            && name.len() > bare.len()
            && name.starts_with(bare)
            && name[bare.len()..].starts_with(' ')
            && kind_phrase(m, f.kind_span).1 == f.kind_span.1
            && determiner(m, f.kind_span.0) == Determiner::Definite
            && ahead(f)
            && {
                let there = party_codes(m, f.sentences[0]);
                here.iter().all(|c| there.contains(c))
            }
    }).map(|k| from + k)
}

/// The codes of the states and organizations sentence `si` names, sorted,
/// each once.
fn party_codes<'m>(m: &'m Mentions, si: usize) -> Vec<&'m str> {
    let mut c: Vec<&str> = m.named_in(si).iter().map(|n| &*n.entry.code).collect();
    c.sort_unstable();
    c.dedup();
    c
}

/// An instrument only initialled ("paraphé", "initialled") whose signing
/// the story announces ("sera signé en juillet à Dakar") is planned: the
/// initials fix the text, the signature is the step to come.
fn initialled_then_planned(m: &Mentions, f: &mut Frame) {
    let initialled = |sp: Span| {
        let t = m.text(sp);
        t.contains("paraph") || t.contains("initial")
    };
    if f.status != Status::Signed || !f.status_span.is_some_and(initialled) {
        return;
    }
    let planned = f.sentences.iter().find_map(|&si| {
        m.cues_in(si).iter().find(|(sp, c)| *c == Cue::Planned && m.text(*sp).contains("sign")).map(|(sp, _)| *sp)
    });
    if let Some(sp) = planned {
        f.status = Status::Planned;
        f.status_span = Some(sp);
    }
}

/// Whether sentence `si` tells of a new body at work in the future: "Une
/// commission de suivi, coprésidée par ..., en évaluera chaque année la
/// mise en œuvre", "A joint committee will assess progress".
fn new_body(m: &Mentions, si: usize) -> bool {
    let s = m.sentences[si];
    let k = m.mechanisms.partition_point(|(a, _)| *a < s.start);
    // The article may stand before adjectives the body's noun does not
    // hold ("A technical working group", "A joint working group").
    let any = m.mechanisms[k..].iter().take_while(|(a, _)| *a < s.end).any(|&(a, _)| determiner(m, a) == Determiner::Indefinite);
    any && tells_body_ahead(m, m.text((s.start, s.end)))
}

/// Whether folded text `t` tells of a body's work ahead: in the future
/// ([`tells_future`]) or, in English, in the future of reported speech
/// ("the company said a joint technical committee would oversee the
/// studies"; not a habit, "Until 2015, a joint committee would meet
/// twice a year").
pub(crate) fn tells_body_ahead(m: &Mentions, t: &str) -> bool {
    tells_future(m, t)
        || m.lang == crate::extractor::Language::English
            && t.find(" would ").is_some_and(|k| {
                t[..k].split(|c: char| !c.is_alphanumeric()).any(|w| crate::cues::REPORTING_VERBS.contains(&w) || matches!(w, "says" | "according" | "explained"))
                    // ("A joint consultative committee would be created",
                    // as a treaty's text describes it.)
                    || ["be created", "be set up", "be established", "be formed", "be constituted"].iter().any(|w| t[k + " would ".len()..].starts_with(w))
            })
}

/// French futures of the third person singular that neither "-era" nor
/// "-ira" gives ("devra présenter", "se tiendra", "comprendra"), by verb
/// family: avoir, aller, devoir, savoir, valoir, falloir, vouloir; venir
/// and tenir and their compounds; prendre, mettre, suivre, voir, recevoir,
/// conclure, vivre, battre, courir, connaître and theirs; the "-dre"
/// verbs. Every plural ends in "-ront" and is read by its ending. "pourra"
/// is left out: a body that "pourra être créé" is only possible.
const FRENCH_IRREGULAR_FUTURES: &[&str] = &[
    "aura", "ira", "devra", "saura", "vaudra", "faudra", "voudra", "viendra", "deviendra", "conviendra", "parviendra",
    "interviendra", "reviendra", "tiendra", "maintiendra", "obtiendra", "contiendra", "retiendra", "soutiendra",
    "appartiendra", "prendra", "comprendra", "reprendra", "entreprendra", "apprendra", "rendra", "repondra", "attendra",
    "defendra", "dependra", "etendra", "vendra", "entendra", "mettra", "permettra", "soumettra", "transmettra",
    "remettra", "admettra", "promettra", "suivra", "poursuivra", "verra", "reverra", "recevra", "percevra", "conclura",
    "inclura", "exclura", "vivra", "battra", "combattra", "courra", "parcourra", "connaitra", "reconnaitra", "paraitra",
];

/// Whether folded text `t` speaks of the future: "will", "shall", "sera",
/// or a French verb in the future ("évaluera", "se réuniront", "devra").
pub(crate) fn tells_future(m: &Mentions, t: &str) -> bool {
    t.split(|c: char| !c.is_alphanumeric() && c != '\'').any(|w| {
        matches!(w, "will" | "shall" | "sera" | "seront" | "fera" | "feront")
            || m.lang == crate::extractor::Language::French
                // "évaluera", "réunira", "établira"; every plural
                // ("définiront", "tiendront"), but not "pourront".
                && (w.len() > 4 && w.ends_with("era")
                    || w.len() > 5 && w.ends_with("ira")
                    || w.ends_with("ront") && !matches!(w, "front" | "affront" | "pourront")
                    || FRENCH_IRREGULAR_FUTURES.contains(&w))
    })
}

/// How many paragraphs below a counted umbrella ("deux conventions de
/// financement") a sentence that opens on an ordinal ("La seconde
/// convention ...") still names one of the counted instruments.
const NUMBERED_REACH: usize = 12;

/// The shortest sentence that moves a story on from an instrument (see
/// `frames`): shorter ones are tags, captions and asides.
const MOVED_ON_BYTES: usize = 60;

/// Adds sentence `si`, which names the frame again, and the step it reports.
fn join(f: &mut Frame, si: usize, status: Option<(Status, Span)>) {
    if !f.sentences.contains(&si) {
        f.sentences.push(si);
    }
    if let Some((st, sp)) = status {
        upgrade(f, st, sp);
    }
}

/// Raises a frame's status to the most advanced step seen.
fn upgrade(f: &mut Frame, st: Status, sp: Span) {
    let rank = |s: Status| match s {
        Status::Referenced => 0,
        Status::Planned => 1,
        Status::Signed => 2,
        Status::Ratified => 3,
    };
    if rank(st) > rank(f.status) {
        f.status = st;
        f.status_span = Some(sp);
    }
}

/// Whether the instrument mention at `(s, e)` is the abbreviation in
/// brackets right after another's name ("Memorandum of Understanding
/// (MoU)"): that instrument again.
///
/// So is any name in a gloss of names in brackets: "un protocole d'accord
/// (Memorandum of Understanding, MoU) sur la sécurité maritime".
fn bracketed_abbreviation(m: &Mentions, (s, e): Span) -> bool {
    let text = &m.folded.text;
    let lo = text.floor_char_boundary(s.saturating_sub(BRACKETED_GLOSS));
    let Some(open) = text[lo..s].rfind('(').map(|k| lo + k) else { return false };
    let limit = text.floor_char_boundary((open + BRACKETED_GLOSS).min(text.len()));
    let Some(close) = text.get(e..limit).and_then(|t| t.find(')')).map(|k| e + k) else { return false };
    if text[open + 1..close].contains(['(', ')']) {
        return false;
    }
    // Right after another instrument's name, and nothing in the brackets
    // but names, commas and spaces.
    let i = m.instruments.partition_point(|((a, _), _)| *a < open);
    let after_name = i > 0 && m.instruments[i - 1].0.1 + 1 == open && text.as_bytes()[open - 1] == b' ';
    let mut at = open + 1;
    for &((a, b), _) in m.instruments[i..].iter().take_while(|((a, _), _)| *a < close) {
        if !text[at.min(a)..a].bytes().all(|c| matches!(c, b' ' | b',')) {
            return false;
        }
        at = b;
    }
    after_name && at <= close && text[at.min(close)..close].trim().is_empty()
}

/// The longest gloss in brackets read as names of the instrument before
/// it, in bytes.
const BRACKETED_GLOSS: usize = 48;

/// Whether an English instrument noun only modifies the one that follows
/// in the same compound ("a maritime boundary treaty implementation
/// arrangement"): the last noun is the instrument.
fn modifies_next_instrument(m: &Mentions, (_, e): Span) -> bool {
    if m.lang != Language::English {
        return false;
    }
    let i = m.instruments.partition_point(|((a, _), _)| *a < e);
    let Some(&((a, _), _)) = m.instruments.get(i) else { return false };
    let Some(between) = m.folded.text.get(e..a) else { return false };
    // One or two words: the next instrument may stand far on, so only the
    // first three words between are read.
    let mut words = between.split(' ').filter(|w| !w.is_empty());
    between.starts_with(' ')
        && matches!(words.clone().take(3).count(), 1 | 2)
        && words.all(|w| w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') && !COMPOUND_STOPS.contains(&w))
}

/// Words that end an English compound before another instrument noun.
const COMPOUND_STOPS: &[&str] = &[
    "and", "or", "of", "on", "with", "between", "to", "for", "in", "at", "by", "as", "signed", "was", "were", "is", "are",
    "the", "a", "an", "its", "their", "under", "into", "from", "while", "also", "that", "which", "will", "would",
];

/// Words that coordinate a second instrument with the one before it.
const COORDINATORS: &[&str] = &[
    "assorti", "accompagne d", "accompagnee d", "ainsi qu'", "as well as", "along with", "accompanied by",
    "together with", " et d'", " et de la", " et de l'", " et du", " et des", " et un", " et une", " et le", " et la", " et l'", " and a", " and an", " and the",
    " puis", " then", ", un", ", une", ", a", ", an", "; un", "; une", "; a", "; an", "; le", "; la", "; l'", "; the",
];

/// How far, in bytes, a status cue may stand from the noun it governs.
const STATUS_REACH: usize = 400;

/// The status cue that governs an instrument mention: the nearest in its
/// sentence, a ratification anywhere in it winning, future modals turning a
/// signing into a plan.
fn nearest_status(m: &Mentions, si: usize, (s, e): Span, cues: &[(Span, Cue)], complements: &[bool]) -> Option<(Status, Span)> {
    // A step that waits on ratification ("dès sa ratification", "upon
    // ratification") tells a ratification to come, unless the sentence
    // tells a ratification by a verb ("ratified ...; it took effect upon
    // ratification", "entrée en vigueur dès sa ratification").
    let told_by_verb = || cues.iter().any(|(sp, c)| *c == Cue::Ratified && !RATIFICATION_NOUNS.contains(&m.text(*sp)));
    let ratify_later = cues.iter().any(|(sp, c)| *c == Cue::RatifyLater && !(crate::cues::RATIFICATION_AWAITED.contains(&m.text(*sp)) && told_by_verb()));
    let insts = m.in_sentence(&m.instruments, si);
    let base = m.instruments.partition_point(|((a, _), _)| *a < m.sentences[si].start);
    // Another instrument between the cue and this one takes the cue, unless
    // the two are coordinated ("la déclaration et le plan d'action").
    let blocked = |cs: usize, ce: usize| {
        let (lo, hi) = if ce <= s { (ce, s) } else { (e, cs) };
        let from = insts.partition_point(|((a, _), _)| *a < lo);
        insts[from..].iter().enumerate().take_while(|(_, ((a, _), _))| *a < hi).any(|(k, ((a, b), i))| {
            *a >= lo && *b <= hi && !i.plural && !complements[base + from + k] && !bracketed_abbreviation(m, (*a, *b)) && !modifies_next_instrument(m, (*a, *b)) && {
                let between = if ce <= s { &m.folded.text[*b..s] } else { &m.folded.text[e..*a] };
                let between = between.trim();
                // Coordinated right before the second noun: "X et le plan
                // d'action", "X, assortie d'une feuille de route", "X as
                // well as a roadmap".
                let tail = &between[between.ceil_char_boundary(between.len().saturating_sub(32))..];
                !(between.starts_with("et ") || between.starts_with("and ") || between.starts_with(",") || between.is_empty()
                    || COORDINATORS.iter().any(|c| tail.contains(c)))
            }
        })
    };
    let mut best: Option<(usize, Status, Span)> = None;
    // Only cues near the noun can govern it.
    let lo = cues.partition_point(|((_, ce), _)| *ce + STATUS_REACH < s);
    let hi = cues.partition_point(|((cs, _), _)| *cs < e + STATUS_REACH);
    let cues = &cues[lo..hi.max(lo)];
    // A cabinet's approval of what a minister signed ("The Union Cabinet
    // has given its ex-post facto approval to the MoU") is the
    // government's own step, not a ratification, unless the text says
    // ratification.
    // Both read the sentence only when it has a ratification cue.
    let sentence = m.text((m.sentences[si].start, m.sentences[si].end));
    let any_ratification = cues.iter().any(|(_, c)| *c == Cue::Ratified);
    let executive = any_ratification && EXECUTIVE_BODIES.iter().any(|b| sentence.contains(b)) && !sentence.contains("ratif");
    // A government's council that adopts a bill authorizing ratification
    // sends it to parliament: the instrument is not ratified yet ("Le
    // Conseil a adopté un projet de loi autorisant le Président à ratifier").
    // A decree that ratifies ("décret portant ratification") does ratify.
    // (So does its list: "Le Conseil a examiné et adopté : - le projet de
    // loi autorisant le Président de la République à ratifier ...".)
    let executive_bill = any_ratification && executive_bill_at(m, si);
    // The words that put a step off, read once per call and only when a
    // signing is told by its noun; none when the sentence says the step
    // took place after all ("postponed twice, finally took place").
    let put_off: std::cell::OnceCell<Vec<Span>> = std::cell::OnceCell::new();
    let postponed_after = |at: usize| -> Option<Span> {
        let words = put_off.get_or_init(|| {
            if TOOK_PLACE.iter().any(|w| sentence.contains(w)) {
                return Vec::new();
            }
            let start = m.sentences[si].start;
            // (Each word's offset from its own position in the sentence:
            // separators may be of several bytes.)
            sentence
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| POSTPONED.contains(w))
                .map(|w| {
                    let k = start + (w.as_ptr() as usize - sentence.as_ptr() as usize);
                    (k, k + w.len())
                })
                .collect()
        });
        words.iter().find(|&&(a, _)| a >= at).copied()
    };
    let approval = |sp: Span| ["approv", "approuv", "approba"].iter().any(|w| m.text(sp).contains(w));
    // Nor is anyone's approval of a draft ("Le Conseil a approuvé le projet
    // d'accord de siège", "approved the draft agreement"): it is yet to be
    // signed.
    // (Of an instrument: "le projet de loi" is a bill.)
    let draft_after = |ce: usize| {
        let after = &m.folded.text[ce..m.folded.text.floor_char_boundary((ce + 24).min(m.folded.text.len()))];
        [" le projet d", " un projet d", " the draft ", " a draft "].iter().find_map(|d| after.strip_prefix(d)).is_some_and(|r| {
            let k = m.instruments.partition_point(|((a, _), _)| *a < ce);
            !r.starts_with("e loi") && !r.starts_with("law") && !r.starts_with("bill") && m.instruments.get(k).is_some_and(|((a, _), _)| *a <= ce + 24)
        })
    };
    let ratifying = |(cs, ce): Span, c: Cue| c == Cue::Ratified && !((executive || draft_after(ce)) && approval((cs, ce))) && !executive_bill;
    let any_ratified = cues.iter().any(|((cs, ce), c)| ratifying((*cs, *ce), *c) && !ratify_later && !blocked(*cs, *ce));
    for &((cs, ce), c) in cues {
        if c == Cue::Ratified && !ratifying((cs, ce), c) {
            continue;
        }
        let Some(mut st) = cue_status(c) else { continue };
        // "La signature de l'accord est prévue le 12": a planned signing.
        if c == Cue::SigningNoun && cues.iter().any(|(_, k)| matches!(k, Cue::Planned | Cue::Future)) {
            st = Status::Planned;
        }
        // "la cérémonie de signature de l'accord ... a été reportée à la
        // semaine prochaine", "the signing ceremony was postponed": a
        // signing told by its noun and put off is still to come. (A
        // signing told by its verb in the same sentence happened: "La
        // cérémonie a été reportée, mais un accord a bien été signé".)
        // (Its date is the one it is put off to: the step's span is the
        // word that puts it off.)
        let mut span = (cs, ce);
        if st == Status::Signed
            && (c == Cue::SigningNoun || signing_ceremony(m.text((cs, ce))))
            && let Some(k) = postponed_after(ce)
        {
            st = Status::Planned;
            span = k;
        }
        if st == Status::Ratified && ratify_later {
            continue;
        }
        // The most advanced step wins: a ratification in the sentence
        // outranks the signing it recalls.
        if any_ratified && st != Status::Ratified {
            continue;
        }
        if blocked(cs, ce) {
            continue;
        }
        // "ont signé un accord ..., tandis qu'un quatrième texte ... ne sera
        // signé qu'à la prochaine session": a step told in a contrasting
        // clause after the instrument is another's.
        // (Only when the clause names an instrument of its own before the
        // step: "alors que les stocks s'effondraient, a été signé" keeps it.)
        let contrasted = || {
            let between = &m.folded.text[e..cs];
            crate::slots::CONTRAST_CLAUSES.iter().filter_map(|w| between.find(w)).min().is_some_and(|k| {
                let from = e + k;
                let i = m.instruments.partition_point(|((a, _), _)| *a < from);
                m.instruments.get(i).is_some_and(|((a, _), _)| *a < cs)
            })
        };
        if cs >= e && contrasted() {
            continue;
        }
        // "ratification" as the object of a plan ("en vue de la ratification").
        let dist = if ce <= s { s - ce } else { cs.saturating_sub(e) };
        if matches!(st, Status::Signed | Status::Ratified) {
            // "devrait être signé", "will be signed", "sera signé" come as
            // longer cues; a bare future modal just before also plans it.
            // "will be formally signed", "doit par ailleurs être signé": a
            // modal up to four words before.
            let before = m.words_before(cs, 4);
            // "Once signed, the treaty will cover ...", "une fois signée":
            // a condition, the signing still to come.
            let condition = matches!(before.first().copied(), Some("once" | "if" | "when" | "unless" | "until"))
                || before.first() == Some(&"fois") && before.get(1) == Some(&"une");
            if condition || before.iter().any(|w| {
                matches!(*w, "will" | "would" | "devrait" | "devraient" | "doit" | "doivent" | "pourrait" | "pourraient" | "could" | "shall" | "sera" | "seront" | "va" | "vont" | "expected" | "plans" | "intends" | "compte" | "comptent" | "prevoit" | "prevoient")
            }) {
                st = Status::Planned;
            }
        }
        let d = if st == Status::Ratified { dist / 2 } else { dist };
        if best.is_none_or(|(bd, _, _)| d < bd) {
            best = Some((d, st, span));
        }
    }
    best.map(|(_, st, sp)| (st, sp))
}

/// Words that put a step off (folded).
const POSTPONED: &[&str] = &[
    "reporte", "reportee", "reportes", "reportees", "renvoye", "renvoyee", "ajourne", "ajournee", "postponed", "rescheduled",
];

/// Phrases that say a step put off took place after all (folded).
const TOOK_PLACE: &[&str] = &["finally took place", "finally held", "finalement eu lieu", "finalement tenue", "s'est finalement deroulee"];

/// Whether a signing cue is the ceremony's noun ("cérémonie de
/// signature", "signing ceremony").
fn signing_ceremony(cue: &str) -> bool {
    cue.contains("ceremon")
}

/// Ratification cues that name the step without telling it happened.
const RATIFICATION_NOUNS: &[&str] = &["ratification", "approbation", "approval", "entree en vigueur", "entry into force", "into force"];

/// Whether a (folded) sentence has a government's council adopt a bill,
/// or a parliament's committee examine or adopt one: the bill goes on to
/// the chamber, which ratifies ("la commission a adopté le projet de loi
/// autorisant l'approbation de la convention ... et en recommande
/// l'adoption par le Sénat").
pub(crate) fn executive_bill(sentence: &str) -> bool {
    ["projet de loi", "draft law", "draft bill", " bill "].iter().any(|b| sentence.contains(b))
        && (EXECUTIVE_BODIES.iter().any(|b| sentence.contains(b))
            || sentence.contains("le conseil a adopte")
            || COMMITTEES.iter().any(|c| sentence.contains(c)) && !CHAMBER_VOTES.iter().any(|v| sentence.contains(v)))
}

/// Whether sentence `si` tells of a government's council adopting a
/// ratification bill ([`executive_bill`]), in its own words or, for a list
/// item, in its list's opener.
pub(crate) fn executive_bill_at(m: &Mentions, si: usize) -> bool {
    let sentence = m.text((m.sentences[si].start, m.sentences[si].end));
    executive_bill(sentence) || sentence.contains("projet de loi") && executive_list(m, si)
}

/// Whether list item `si` stands under an opener whose subject is a
/// government's council: "Le Conseil a examiné et adopté :", "Le Conseil
/// des ministres a adopté les textes suivants :".
///
/// The opener may stand further up, over a heading of the bills' kind
/// and the items' own paragraphs ("Au terme de ses travaux, il a examiné
/// et adopté les textes suivants." ... "Projets de textes législatifs :"
/// ... "- le projet de loi ..." "Cet accord a été signé ..." "- le projet
/// de loi ..."): the sentences above are read back to the first that names
/// the council, or one where a chamber votes (a parliament's record), at
/// most [`MAX_LIST_ITEMS`] sentences back.
fn executive_list(m: &Mentions, si: usize) -> bool {
    if m.sentences[si].kind != LineKind::Item {
        return false;
    }
    // (Items are not read: "ratifié par le Maroc" in one is no chamber.)
    for k in (0..si).rev().take(MAX_LIST_ITEMS).filter(|&k| m.sentences[k].kind != LineKind::Item) {
        let t = m.text((m.sentences[k].start, m.sentences[k].end));
        if EXECUTIVE_BODIES.iter().any(|b| t.contains(b)) || t.contains("le conseil a ") && t.contains("adopte") {
            return true;
        }
        if CHAMBER_VOTES.iter().any(|v| t.contains(v)) {
            return false;
        }
    }
    false
}

/// The most sentences (items, headings and the items' own paragraphs) a
/// list opener is sought back over.
const MAX_LIST_ITEMS: usize = 30;

/// A parliament's committee as the subject of a sentence about a bill.
/// (Not "la commission mixte", a joint commission, nor "la Commission a
/// salué ...", the European or the African Union's: a committee of a
/// chamber examines, adopts or recommends.)
const COMMITTEES: &[&str] = &[
    "la commission a adopte", "la commission a examine", "la commission l'a", "la commission des affaires",
    "la commission de la defense", "the committee on", "the committee approved", "the committee recommended",
    "the committee adopted", "the committee examined", "standing committee", "select committee", "portfolio committee",
];

/// A chamber's own vote on a bill, which ratifies whatever its committee
/// did before.
const CHAMBER_VOTES: &[&str] = &[
    "senat a adopte", "assemblee nationale a adopte", "parlement a adopte", "deputes ont adopte", "senateurs ont adopte",
    "adopte par le senat", "adopte par l'assemblee", "adopte par le parlement", "a ratifie", "ont ratifie", "ratifie par",
    "ratification par le parlement", "a vote", "ont vote", "the senate passed", "the house passed", "parliament passed",
    "parliament approved", "parliament adopted", "national assembly passed", "national assembly approved",
    "national assembly adopted", "the senate approved", "the house approved", "lawmakers approved", "lawmakers passed",
    "ratified", "voted",
];

/// Executive bodies whose approval is not a ratification.
const EXECUTIVE_BODIES: &[&str] = &[
    "cabinet", "conseil des ministres", "council of ministers", "conseil de gouvernement",
    // Switzerland's government: "Le Conseil fédéral avait approuvé le
    // protocole", before it goes to parliament.
    "conseil federal", "federal council",
    // A town's or a region's council approves the text its mayor or
    // president will sign: no ratification.
    "conseil communal", "conseil municipal", "city council", "municipal council", "town council", "conseil regional",
    "regional council", "conseil departemental", "county council", "conseil de ville",
];

/// How far after an instrument's noun a year can date it ("l'accord de
/// coopération dans le domaine du numérique signé à Rabat en 2022").
const OWN_YEAR_REACH: usize = 140;

/// How many days before the story a step told again may lie to be the
/// story's own ("The ratification bill was passed yesterday").
const RECENT_STEP_DAYS: i64 = 62;

/// Whether a year earlier than the document's follows the noun ending at
/// folded `e` closely: in its sentence, before any other instrument.
pub(crate) fn dated_before_this_year(m: &Mentions, e: usize) -> bool {
    let Some((year, _)) = m.doc_date.year_month else { return false };
    let Some(si) = m.sentence_of(e.saturating_sub(1)) else { return false };
    let next_instrument = m.instruments.get(m.instruments.partition_point(|((a, _), _)| *a < e)).map_or(usize::MAX, |((a, _), _)| *a);
    let end = m.sentences[si].end.min(e + OWN_YEAR_REACH).min(next_instrument);
    let from = m.dates.partition_point(|(sp, _)| sp.0 < e);
    m.dates[from..].iter().take_while(|(sp, _)| sp.1 <= end).any(|(sp, d)| {
        let written = match d.expr {
            DateExpr::Year(y) | DateExpr::Month { year: Some(y), .. } => y,
            DateExpr::Full { date, .. } => date.year(),
            _ => return false,
        };
        // "since 2021", "depuis 2019" bound a period; they date nothing.
        let bound = m.words_before(sp.0, 1).first().is_some_and(|w| {
            matches!(*w, "since" | "depuis" | "until" | "till" | "jusqu'en" | "before" | "after" | "avant" | "apres" | "horizon")
        });
        // The year must date the instrument's own step: "signé à Rabat en
        // 2022", "concluded in 2017", "l'accord de 2009"; not another
        // body's ("under the Commission, set up in 1972").
        let between = &m.folded.text[e..sp.0];
        let own = matches!(between.trim(), "de" | "of" | "du" | "from" | "in" | "en")
            || ["sign", "conclu", "paraph", "ratifi", "inked", "adopt"].iter().any(|w| between.contains(w))
            || crate::cues::FORMULAS.iter().any(|w| between.trim_start_matches([',', ' ']).starts_with(w));
        written < year && own && !bound && !between.contains([';', '.'])
    })
}

/// Whether a negation cue denies a step. A bare "is not", "n'est pas"
/// does only before a step's word ("is not yet signed", "n'est pas
/// encore ratifié"); "the treaty, signed in Hanoi, is not glamorous" still
/// reports a signing.
fn negation_holds(m: &Mentions, (s, e): Span) -> bool {
    if !matches!(m.text((s, e)), "is not" | "was not" | "n'est pas") {
        return true;
    }
    // "dont la signature n'est pas attendue avant l'été", "is not
    // expected until next year": a step put off, still to come.
    // ("is not expected to be signed before 2026": the time may come a
    // few words on.)
    let after = m.words_after(e, 6);
    let timed = after.iter().skip(1).any(|w| matches!(*w, "avant" | "before" | "until" | "till"));
    if after.first().is_some_and(|w| ["expect", "prevu", "attendu", "due"].iter().any(|p| w.starts_with(p))) && timed {
        return false;
    }
    m.words_after(e, 2).iter().any(|w| {
        ["sign", "ratif", "conclu", "final", "expect", "prevu", "attendu", "paraph", "approuv", "approv", "adopt", "valid"]
            .iter()
            .any(|p| w.starts_with(p))
            || matches!(*w, "yet" | "encore" | "in" | "en" | "likely" | "due" | "set" | "question")
    })
}

/// Verbs whose object is an older instrument that the subject replaces or
/// changes.
const SUPERSEDES: &[&str] = &[
    "remplace", "remplacera", "remplacent", "abroge", "abrogera", "amende", "modifie", "modifiera", "succede",
    "replaces", "replace", "replacing", "supersedes", "supersede", "superseding", "amends", "amending", "repeals",
    "succeeds", "substitue", "substituera", "substituent",
];

/// How many paragraphs after a collective agreement a deal of another
/// kind that names no state is still taken to be labour.
const LABOUR_REACH: usize = 6;

/// How many of the latest frames a definite mention may refer to.
const MAX_ANTECEDENTS: usize = 40;

/// How many of the latest frames an instrument told again is compared
/// with (see [`retold`]).
const MAX_RETOLD: usize = 64;

/// Words that say at what level or how an instrument was made, not what
/// it is about: "the ministerial memorandum", "l'accord bilatéral" take up
/// the memorandum or accord told before.
const LEVEL_WORDS: &[&str] = &[
    "ministerial", "interministerial", "bilateral", "trilateral", "intergovernmental", "governmental", "government-to-government",
    "ministeriel", "ministerielle", "interministeriel", "interministerielle", "bilaterale", "trilaterale", "intergouvernemental", "intergouvernementale", "gouvernemental", "gouvernementale", "tripartite",
];

/// The words of the complement after an instrument's noun ending at
/// folded `e` ("on mutual legal assistance in criminal matters"), up to
/// the next instrument, a clause's punctuation or 60 bytes (220 past the
/// parties of a full title: "l'accord entre le Gouvernement de la
/// République française et le Gouvernement de ... relatif à la
/// coopération en matière de sécurité intérieure"); none when no
/// complement opens there.
fn complement_words<'m>(m: &'m Mentions<'_>, e: usize) -> impl Iterator<Item = &'m str> {
    let text = &m.folded.text;
    let next = m.instruments.get(m.instruments.partition_point(|((a, _), _)| *a < e)).map_or(text.len(), |((a, _), _)| *a);
    let between = text[e..].trim_start().starts_with("entre ") || text[e..].trim_start().starts_with("between ");
    let end = text.floor_char_boundary((e + if between { 220 } else { 60 }).min(next).min(text.len()));
    let rest = &text[e..end.max(e)];
    let rest = &rest[..rest.find([',', '.', ';', '(', '\n']).unwrap_or(rest.len())];
    let opens = rest.trim_start().split(' ').next().is_some_and(opens_complement);
    rest.split([' ', '-', '\'']).filter(move |w| opens && !w.is_empty())
}

/// A word of a sum ("the N$185 million contract", "the $2 billion deal",
/// "le contrat de 12 milliards"): how much, not what.
pub(crate) fn is_amount_word(w: &str) -> bool {
    w.bytes().any(|b| b.is_ascii_digit())
        || matches!(
            w,
            "million" | "millions" | "billion" | "billions" | "milliard" | "milliards" | "trillion" | "dollar" | "dollars" | "euro"
                | "euros" | "worth" | "francs" | "fcfa" | "cfa" | "yen" | "usd" | "eur" | "$" | "€"
        )
}

/// Three-letter words that modify nothing in an instrument's name.
const SHORT_FUNCTION_WORDS: &[&str] = &[
    "des", "les", "une", "aux", "the", "and", "for", "sur", "par", "new", "two", "its", "our", "son", "ses", "cet", "ces",
    "via", "est", "has", "was", "all", "any", "one", "six", "ten", "qui", "que", "who", "but", "out", "non",
];

/// The folded span of the parties an instrument's name gives itself, in
/// "entre ... et ..." or "between ... and ..." soon after the noun that
/// ends at `e` ("l'accord de siège entre la République gabonaise et la
/// CEEAC"): up to the coordination's end, a comma, a bracket, or a word
/// that opens what follows it.
pub(crate) fn explicit_parties(m: &Mentions, e: usize) -> Option<Span> {
    let end = m.sentence_of(e).map_or(e, |si| m.sentences[si].end).min(e + 120).max(e);
    let rest = &m.folded.text[e..m.folded.text.floor_char_boundary(end)];
    // (The coordination opens within 48 bytes: only those are searched,
    // as most names have none.)
    let head = &rest[..rest.floor_char_boundary(48 + " between ".len())];
    let k = [" entre ", " between "].iter().filter_map(|w| head.find(w).map(|k| k + w.len())).min().filter(|&k| k <= 48)?;
    let tail = &rest[k..];
    // (A second "et" or "and" coordinates what follows: "entre l'UE et
    // la Moldavie et s'ajoutent aux conventions conclues par la France".)
    // (Not before a third party: "entre le Sénégal et la Mauritanie et le
    // Mali", "between Trinidad and Tobago and Jamaica".)
    let second_and = [" et ", " and "].iter().find_map(|w| {
        let first = tail.find(w)? + w.len();
        let k = first + tail[first..].find(w)?;
        let next = tail[k + w.len()..].split([' ', '\'']).next().unwrap_or("");
        let party = matches!(next, "le" | "la" | "les" | "l" | "the") || m.folded.upper_at(m.input, e + rest.len() - tail.len() + k + w.len());
        (!party).then_some(k)
    });
    let stop = [",", ";", "(", " signe", " signed", " qui ", " which ", " relati", " portant", " sur ", " on ", " in ", " a ", " au ", " with ", " avec "]
        .iter()
        .filter_map(|w| tail.find(w))
        .chain(second_and)
        .min()
        .unwrap_or(tail.len());
    Some((e + k, e + k + stop))
}

/// The frame a definite mention refers to, if any.
fn corefer(m: &Mentions, frames: &[Frame], (s, e): Span, kind: Kind) -> Option<usize> {
    // What an instrument replaces or amends is another instrument: "le
    // nouvel accord remplace l'accord tripartite", "it supersedes the treaty",
    // "il se substitue à l'accord".
    if m.words_before(s, 3).iter().any(|w| SUPERSEDES.contains(w)) {
        return None;
    }
    // "l'accord ... signé à Rabat en 2022" in a story of this year is an
    // older instrument, not the one the story reports.
    let older = dated_before_this_year(m, e);
    let words = m.words_after(e, 4);
    let around = m.words_before(s, 2);
    // "l'accord de don correspondant", "the corresponding loan
    // agreement": another instrument that goes with the one before.
    // (The noun's complement may stand between: "l'accord de don
    // correspondant".)
    let phrase_end = kind_phrase(m, (s, e)).1;
    let follows = m.words_after(phrase_end.max(e), 1);
    if around.iter().any(|w| matches!(*w, "corresponding" | "accompanying" | "companion"))
        || follows.first().is_some_and(|w| matches!(*w, "correspondant" | "correspondante" | "correspondants" | "correspondantes" | "afferent" | "afferente"))
    {
        return None;
    }
    // "The second memorandum, on youth and sports, was signed by ...": of
    // the instruments of its kind that one sentence named together, the
    // one at that rank.
    let rank = around.first().and_then(|w| match *w {
        "first" | "premier" | "premiere" => Some(1),
        "second" | "seconde" | "deuxieme" => Some(2),
        "third" | "troisieme" => Some(3),
        "fourth" | "quatrieme" => Some(4),
        _ => None,
    });
    // The mention's head noun ("le protocole" for a "protocole d'accord").
    let head = m.text((s, e)).split([' ', '-']).next().unwrap_or("");
    let same_head = |f: &Frame| m.text(f.kind_span).split([' ', '-']).any(|w| w == head);
    if let Some(n) = rank {
        let of_kind: Vec<usize> = (0..frames.len()).filter(|&i| frames[i].kind == kind || same_head(&frames[i])).collect();
        // The latest sentence that named at least `n` of them.
        let mut groups: Vec<(Option<usize>, Vec<usize>)> = Vec::new();
        for i in of_kind {
            let si = m.sentence_of(frames[i].kind_span.0);
            match groups.last_mut() {
                Some((g, v)) if *g == si => v.push(i),
                _ => groups.push((si, vec![i])),
            }
        }
        if let Some((_, v)) = groups.iter().rev().find(|(_, v)| v.len() >= n.max(2)) {
            return Some(v[n - 1]);
        }
    }
    // Same kind, a generic "the agreement"/"l'accord", or the same head
    // noun.
    // "l'accord de coopération pétrolière" is not the "accord-cadre" of
    // the story: modifiers that the frame does not share keep them apart.
    let phrase = kind_phrase(m, (s, e));
    // Modifiers: English words before the head, French "de" complements.
    let pre = m.text((phrase.0, s));
    let post = m.text((e, phrase.1));
    let post = if post.starts_with(" de") || post.starts_with(" d'") { post } else { "" };
    // (Three letters are enough for a modifier: "l'accord de don", "the air
    // services agreement"; not for a function word.)
    let content = |w: &&str| w.len() > 3 || w.len() == 3 && !SHORT_FUNCTION_WORDS.contains(w);
    let modifiers: Vec<&str> = pre.split([' ', '-', '\'']).chain(post.split([' ', '-', '\''])).filter(|w| content(w) && !LEVEL_WORDS.contains(w) && !is_amount_word(w)).collect();
    // "l'accord sur les patrouilles maritimes conjointes": the subject after
    // "sur" names the instrument as a complement does (see below).
    let subject: Vec<&str> = subject_after(m, e).filter(|w| content(w) && !LEVEL_WORDS.contains(w)).collect();
    let topic = topic_of(m, (s, e));
    // The content words of what follows the name's phrase ("en matière de
    // sécurité intérieure"), when it opens a complement.
    let continued: Vec<&str> = {
        let next = m.words_after(phrase.1.max(e), 4);
        if next.first().is_some_and(|w| opens_complement(w)) { next.into_iter().filter(|w| w.len() > 3).copied().collect() } else { Vec::new() }
    };
    // A title ("the Reciprocal Access Agreement") names an instrument of
    // its own, whatever its topic.
    let title = !modifiers.is_empty() && titled(m, (phrase.0, s));
    let mut best: Option<((usize, usize, usize), usize)> = None;
    let demonstrative = around.first().is_some_and(|w| matches!(*w, "cette" | "ce" | "cet" | "this"));
    // "the pact", "l'accord": a generic noun, whose kind tells nothing.
    let generic = kind == Kind::Agreement && matches!(head, "accord" | "agreement" | "pact" | "pacte");
    // The words after count when they complete the noun ("l'accord de
    // pêche"), not when they are the sentence's verb and object ("the pact
    // covers power trade").
    let after: &[&str] = if words.first().is_some_and(|w| opens_complement(w)) { &words[..] } else { &[] };
    // "l'accord de siège entre la République gabonaise et la CEEAC": the
    // parties the mention names itself, right after it.
    let explicit: Vec<&str> = explicit_parties(m, e).map_or(Vec::new(), |(a, b)| m.named_within(a, b).iter().map(|n| &*n.entry.code).collect());
    // A definite mention takes up a recent instrument, not one from far back.
    for (i, f) in frames.iter().enumerate().rev().take(MAX_ANTECEDENTS) {
        // (Not one whose first sentence names none of a party the mention
        // names.)
        // (A first sentence that names fewer than two, "les deux pays ont
        // signé un accord", says nothing against it.)
        if !explicit.is_empty() {
            let mut there: Vec<&str> = m.named_in(f.sentences[0]).iter().map(|n| &*n.entry.code).collect();
            there.sort_unstable();
            there.dedup();
            if there.len() >= 2 && explicit.iter().any(|c| !there.contains(c)) {
                continue;
            }
        }
        let same_head = same_head(f);
        let compatible = f.kind == kind
            || generic
            || (kind == Kind::Contract && head == "deal")
            || same_head;
        // A ratification's instrument was signed in an earlier year.
        if !compatible || older && matches!(f.status, Status::Signed | Status::Planned) {
            continue;
        }
        // The antecedent's noun's words; a mention whose modifiers all
        // stand in its complement ("the mutual legal assistance agreement"
        // for "an agreement on mutual legal assistance") may take it up too.
        let ft: Vec<&str> = m.text(f.kind_span).split([' ', '-', '\'']).collect();
        // The words of its complement, read once and only when asked.
        let complement: std::cell::OnceCell<Vec<&str>> = std::cell::OnceCell::new();
        // (In the singular or the plural: "l'accord de pêche" repeats "un
        // accord dans le domaine des pêches".)
        let in_complement = |w: &&str| complement.get_or_init(|| complement_words(m, f.kind_span.1).collect()).iter().any(|c| same_noun(c, w));
        // (One modifier is enough when the words that follow the mention's
        // name stand there too: "l'accord de coopération en matière de
        // sécurité intérieure" for "l'accord entre ... relatif à la
        // coopération en matière de sécurité intérieure".)
        let all_in_complement = || {
            modifiers.iter().all(in_complement)
                && (modifiers.len() >= 2 || !continued.is_empty() && continued.iter().all(in_complement))
        };
        let shared_topic = f.topic.iter().filter(|t| topic.contains(t)).count();
        // "l'approbation de la convention d'entraide ... et de la convention
        // d'extradition": two names in one sentence are two instruments.
        let same_sentence = || m.sentence_of(f.kind_span.0).is_some_and(|fs| m.sentence_of(s) == Some(fs));
        // Two French names that each carry their own "de" complement and
        // share no word of it are two instruments ("l'accord de siège" is
        // not "l'accord de partenariat stratégique"), whatever topic they
        // share.
        let own_complement = ft.iter().any(|w| *w == "de" || *w == "d");
        // ("l'accord de pêche" takes up "un accord de coopération dans le
        // domaine de la pêche": its word stands in that one's complement.)
        let other_name = !post.is_empty() && own_complement && !modifiers.iter().any(in_complement);
        if !modifiers.is_empty() && !modifiers.iter().any(|w| ft.contains(w)) && (shared_topic == 0 || title || same_sentence() || other_name) && !all_in_complement() {
            continue;
        }
        // "l'accord sur les patrouilles maritimes" is not "un accord de
        // pêche" told before: a French name with its own complement and a
        // mention with its own subject, of no shared word or topic.
        if own_complement && shared_topic == 0 && !subject.is_empty() && !subject.iter().any(|w| ft.contains(w) || in_complement(w)) {
            continue;
        }
        // Prefer the frame whose own words the mention repeats
        // ("l'accord de pêche", "the security agreement").
        let overlap = after.iter().chain(around.iter()).filter(|w| w.len() > 3 && ft.contains(*w)).count() + shared_topic * 2;
        // The story's own instruments before those it recalls.
        // A ratification of a text signed in an earlier year is news.
        // One whose own noun a year before this one's follows ("l'accord de
        // coopération signé à Paris le 5 novembre 1998") is of the past too.
        // Nor one the story's instrument replaces ("Il se substitue à
        // l'accord de coopération de 1998").
        let superseded = m.words_before(f.kind_span.0, 3).iter().any(|w| SUPERSEDES.contains(w));
        let current = usize::from(f.status != Status::Referenced && (!f.recalled || f.status == Status::Ratified) && !superseded && !dated_before_this_year(m, f.kind_span.1)) * 8;
        // The frame spoken of last, then the latest made, wins a tie.
        let last_named = f.sentences.iter().max().copied().unwrap_or(0);
        // The same noun before another of the same kind ("la feuille de
        // route" after a "programme exécutif").
        // A demonstrative ("cette convention", "this agreement") takes up
        // the instrument spoken of last.
        let score = if demonstrative {
            (usize::from(same_head) + overlap, last_named, i)
        } else {
            (overlap * 10 + usize::from(f.kind == kind && !generic || same_head) * 5 + usize::from(same_head) * 3 + current, last_named, i)
        };
        if best.is_none_or(|(bs, _)| score > bs) {
            best = Some((score, i));
        }
    }
    best.map(|(_, i)| i)
}

/// Whether two folded words are one noun, in the singular or the plural
/// ("peche" and "peches", "eau" and "eaux").
fn same_noun(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short == long || long.len() == short.len() + 1 && long.starts_with(short) && long.ends_with(['s', 'x'])
}

/// The words of the subject right after an instrument's noun that ends at
/// folded `e` in French: "sur les patrouilles maritimes", up to four
/// words, a stop or a word that opens what follows.
fn subject_after<'m>(m: &'m Mentions, e: usize) -> impl Iterator<Item = &'m str> {
    let text = &m.folded.text;
    let end = m.sentence_of(e).map_or(e, |si| m.sentences[si].end).clamp(e, (e + 80).min(text.len()));
    let rest = &text[e..text.floor_char_boundary(end)];
    // (Not a relative, "sur lequel", nor an idiom, "sur la base de", "sur
    // place".)
    let idiom = [" sur lequel", " sur laquelle", " sur lesquel", " sur quoi", " sur la base", " sur place", " sur proposition", " sur instruction"].iter().any(|p| rest.starts_with(p));
    let subject = if idiom { "" } else { [" sur les ", " sur la ", " sur le ", " sur l'", " sur "].iter().find_map(|p| rest.strip_prefix(p)).unwrap_or("") };
    let subject = &subject[..subject.find([',', '.', ';', ':', '(', ')', '"']).unwrap_or(subject.len())];
    subject
        .split([' ', '\''])
        .take_while(|w| !matches!(*w, "signe" | "signee" | "qui" | "entre" | "avec" | "et"))
        .filter(|w| !w.is_empty())
        .take(4)
}

/// Whether the words of folded `span` (an instrument's English
/// modifiers) are all capitalized in the input, as in a title.
fn titled(m: &Mentions, (s, e): Span) -> bool {
    let (a, b) = m.folded.span(s, e);
    let mut words = m.input.get(a..b).unwrap_or("").split([' ', '-']).filter(|w| w.chars().next().is_some_and(char::is_alphabetic)).peekable();
    words.peek().is_some() && words.all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// Kind fixes that depend on the words around the noun.
fn refine_kind(m: &Mentions, (s, e): Span, kind: Kind) -> Kind {
    let head = m.text((s, e));
    // "a power purchase agreement": a purchase, so a contract.
    if head.starts_with("agreement") && m.words_before(s, 1).first() == Some(&"purchase") {
        return Kind::Contract;
    }
    if head.starts_with("deal") || head.starts_with("contrat") || head.starts_with("contract") {
        // A trade or association deal is an agreement; a purchase is a contract.
        let before = m.words_before(s, 3);
        if before.iter().any(|w| matches!(*w, "trade" | "association" | "peace" | "partnership" | "cooperation" | "investment")) {
            return Kind::Agreement;
        }
        // A "deal" between governments with nothing bought or supplied is
        // an agreement too; a contract is a contract.
        if head.starts_with("deal") {
            let sentence = m.sentence_of(s).map(|i| m.sentences[i]);
            let purchase = sentence.is_some_and(|sn| {
                let t = &m.folded.text[sn.start..sn.end];
                PURCHASE.iter().any(|w| t.contains(w))
            });
            if !purchase {
                return Kind::Agreement;
            }
        }
        return Kind::Contract;
    }
    kind
}

/// Words of sport, whose contracts and deals bind players and clubs.
const SPORT: &[&str] = &[
    "club", "clubs", "midfielder", "striker", "defender", "goalkeeper", "coach", "player", "players", "season",
    "transfer", "joueur", "joueurs", "entraineur", "saison", "attaquant", "milieu", "gardien", "mercato", "league",
    "ligue", "championnat", "championship", "squad", "effectif", "capitaine", "captain", "coequipiers", "teammates",
    "match", "mi-temps", "half-time", "selectionneur", "footballeur", "footballer", "vestiaire", "dressing-room",
    // Players by position and sport, and the leagues that sign them (words
    // that mean nothing else; not "forward", "guard" or "centre").
    "winger", "ailier", "defenceman", "defenseman", "defencemen", "defensemen", "goaltender", "goalie", "pitcher",
    "shortstop", "outfielder", "infielder", "quarterback", "linebacker", "batsman", "bowler", "wicketkeeper",
    "flanker", "talonneur", "rookie", "athlete", "athletes", "athlete's", "nhl", "nba", "nfl", "mlb", "mls", "fifa",
    "uefa",
];

/// Words of buying and supplying, which make a deal a contract.
const PURCHASE: &[&str] = &[
    "purchase", "buy", "bought", "supply", "supplies", "deliver", "delivery", "order", "procure", "acquisition",
    "acquire", "worth", "$", "\u{20ac}", "billion", "million", "construction", "build", "lease", "sale", "sell",
    "shipbuilder", "manufacturer", "contractor", "firm", "company",
];

/// Words that end a French or English noun phrase.
const PHRASE_STOP: &[&str] = &[
    "sur", "relatif", "relative", "relatifs", "relatives", "portant", "dans", "en", "a", "pour", "entre", "avec", "on",
    "for", "to", "with", "between", "by", "par", "signe", "signee", "signes", "signees", "qui", "que", "dont", "which",
    "that", "signed", "in", "at", "of", "au", "aux", "afin", "visant", "vise", "concernant", "regarding", "covering",
    "couvrant", "lors", "during", "le", "la", "les", "et", "and", "ou", "or", "is", "was", "will", "est", "a",
];

/// The words after "de" that make an adverb, not a complement ("d'ici",
/// "d'abord", "d'ores et déjà", "de nouveau", "de plus", "d'emblée").
const ADVERBS_WITH_DE: &[&str] = &["ici", "abord", "ailleurs", "ores", "autant", "emblee", "nouveau", "plus", "meme", "surcroit", "toute", "facto"];

/// French adjectives that stand before their noun in an instrument's
/// complement.
const PRENOMINAL: &[&str] = &["double", "haute", "haut", "grande", "petite", "nouvelle", "libre", "triple", "bonne"];

/// The instrument's noun phrase: the head plus French "de" complements and
/// adjectives after it, and English modifiers before it.
fn kind_phrase(m: &Mentions, (s, e): Span) -> Span {
    let text = &m.folded.text;
    let mut end = e;
    let bytes = text.as_bytes();
    // French complements and adjectives after the head.
    let mut pos = e;
    let mut steps = 0;
    loop {
        steps += 1;
        if steps > 6 {
            break;
        }
        let rest = &text[pos..];
        let Some(word) = rest.strip_prefix(' ').map(|r| r.split([' ', ',', '.', ';', ':', '(', ')', '"']).next().unwrap_or("")) else {
            // "d'" complements glue without space: handled below.
            break;
        };
        if word.is_empty() {
            break;
        }
        let (is_de, w) = if word == "de" || word == "des" || word == "du" {
            (true, word)
        } else if let Some(stripped) = word.strip_prefix("d'") {
            (true, stripped)
        } else {
            (false, word)
        };
        if is_de {
            // "de coopération", "d'extradition": keep a complement whose noun
            // is not a subject-matter frame ("dans le domaine de").
            let after = pos + 1 + word.len();
            let next_words = m.words_after(after, 2);
            let nw = if word.starts_with("d'") { w } else { next_words.first().copied().unwrap_or("") };
            if nw.is_empty() || matches!(nw, "la" | "le" | "les" | "l'" | "l" | "un" | "une" | "ce" | "cette") || nw.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
                break;
            }
            // Adverbs made with "de" are no complement: "un accord d'ici
            // la fin de l'année", "d'abord", "d'ores et déjà", "de nouveau".
            if ADVERBS_WITH_DE.contains(&nw) {
                break;
            }
            let mut nw_end = if word.starts_with("d'") { after } else { after + 1 + nw.len() };
            // "de non double imposition", "de non-agression" written apart:
            // the negation takes what it negates along.
            let mut nw = nw;
            if nw == "non"
                && let Some(next) = next_words.get(1).filter(|w| w.len() > 2 && !PHRASE_STOP.contains(w))
            {
                nw_end += 1 + next.len();
                nw = next;
                if PRENOMINAL.contains(&nw)
                    && let Some(noun) = m.words_after(nw_end, 1).first().filter(|w| w.len() > 2 && !PHRASE_STOP.contains(w))
                {
                    nw_end += 1 + noun.len();
                }
            } else
            // An adjective before its noun takes the noun along: "de double
            // imposition", "de haute technologie".
            if PRENOMINAL.contains(&nw)
                && let Some(noun) = next_words.get(1).filter(|w| w.len() > 2 && !PHRASE_STOP.contains(w))
            {
                nw_end += 1 + noun.len();
            }
            if nw_end > text.len() || !text.is_char_boundary(nw_end) {
                break;
            }
            end = nw_end;
            pos = nw_end;
            continue;
        }
        if PHRASE_STOP.contains(&w) || w.bytes().any(|b| b.is_ascii_digit()) {
            break;
        }
        // An adjective: French, lowercase in the input and not a participle.
        if m.lang != Language::French {
            break;
        }
        let (is, _) = m.folded.span(pos + 1, pos + 2);
        let first = m.input[is..].chars().next().unwrap_or(' ');
        if !first.is_lowercase() || is_participle(w) || w.len() < 3 {
            break;
        }
        if !ADJECTIVE_ENDINGS.iter().any(|suf| w.ends_with(suf)) {
            break;
        }
        end = pos + 1 + word.len();
        pos = end;
    }
    // English modifiers before the head: "extradition treaty", "free trade agreement".
    let mut start = s;
    let head = &text[s..e];
    let english = !head.contains('\'') && (head.starts_with("agreement") || head.starts_with("treat") || head.starts_with("deal") || head.starts_with("roadmap") || head.starts_with("action plan") || head.starts_with("framework") || head.starts_with("contract") || head.starts_with("memorand") || head.starts_with("protocol") || head.starts_with("pact") || head.starts_with("statement") || head.starts_with("joint") || head.starts_with("charter"));
    if english && m.lang == Language::English && !text[s..e].starts_with("accord") {
        // A capitalized head takes capitalized modifiers: the instrument's
        // title ("the Reciprocal Access Agreement", "Ganges Water Treaty").
        let titled_head = m.folded.upper_at(m.input, s);
        for _ in 0..4 {
            let before = &text[..start];
            let trimmed = before.trim_end_matches(' ');
            if trimmed.len() == before.len() {
                break;
            }
            let floor = trimmed.ceil_char_boundary(trimmed.len().saturating_sub(40));
            let ws = trimmed[floor..]
                .char_indices()
                .rev()
                .find(|&(_, c)| !(c.is_alphanumeric() || c == '-'))
                .map_or(floor, |(i, c)| floor + i + c.len_utf8());
            let w = &trimmed[ws..];
            // A title's inner small word between two capitalized ones:
            // "the Trade in Goods Agreement", "Treaty of Amity ...".
            // (Not after a place, "in Accra for Energy Cooperation
            // Agreement", nor after a locative.)
            let inner = titled_head && start < s && matches!(w, "in" | "of" | "on" | "and" | "for") && {
                let lead = trimmed[..ws].trim_end_matches(' ');
                // (After the separator, whatever its width: "«", "�".)
                let k = lead.char_indices().rev().find(|&(_, c)| !(c.is_alphanumeric() || c == '-')).map_or(0, |(i, c)| i + c.len_utf8());
                let locative = lead[..k].trim_end().rsplit(' ').next().is_some_and(|p| matches!(p, "in" | "at" | "from" | "to" | "on"));
                k < lead.len() && m.folded.upper_at(m.input, k) && m.named_at(k).is_none() && !locative
            };
            if inner {
                start = ws;
                continue;
            }
            if w.is_empty() || ENGLISH_STOP.contains(&w) || w.ends_with("ed") && w != "red" || w.bytes().any(|b| b.is_ascii_digit()) {
                break;
            }
            if !bytes.get(ws).is_some_and(|b| b.is_ascii_alphabetic()) {
                break;
            }
            let (is, _) = m.folded.span(ws, ws + 1);
            let first = m.input[is..].chars().next().unwrap_or(' ');
            if !(first.is_lowercase() || titled_head && first.is_uppercase()) {
                break;
            }
            start = ws;
        }
    }
    (start, end)
}

/// Endings of the French adjectives that follow an instrument noun
/// ("intergouvernemental", "commune", "additionnel", "mixte"); verbs
/// ("couvre", "prévoit") end otherwise.
const ADJECTIVE_ENDINGS: &[&str] = &[
    "el", "elle", "els", "elles", "al", "ale", "aux", "ales", "ique", "iques", "ien", "ienne", "ais", "aise", "ain",
    "aine", "if", "ive", "oire", "aire", "ee", "ees", "int", "inte", "joint", "ointe", "mun", "mune", "iel", "ielle",
    "mixte", "mixtes", "cadre", "ere", "eur", "rice", "partite", "partites", "lateral", "laterale",
];

const ENGLISH_STOP: &[&str] = &[
    "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "new", "signed", "sign",
    "signs", "and", "or", "of", "on", "in", "to", "for", "with", "by", "at", "as", "two", "three", "four", "five",
    "several", "another", "which", "who", "first", "second", "landmark", "historic", "long-awaited", "proposed",
    "planned", "draft", "said", "such", "any", "all", "both", "each", "some", "other", "is", "was", "were", "be",
    "been", "will", "would", "also", "up", "over", "under", "s", "'s", "it", "they", "we", "he", "she", "into",
    "inked", "sealed", "concluded", "adopted", "existing", "previous", "earlier", "current",
    "billion", "million", "worth", "us", "dollar", "euro", "year", "three-year", "five-year", "ten-year",
];

fn is_participle(w: &str) -> bool {
    matches!(w, "signe" | "signee" | "signes" | "signees" | "conclu" | "conclue" | "paraphe" | "adopte" | "adoptee" | "ratifie" | "ratifiee" | "intervenu" | "prevu" | "prevue" | "annonce" | "annoncee" | "destine" | "destinee" | "visant" | "portant" | "relatif" | "relative" | "etabli" | "etablie" | "entre" | "date" | "datant")
}

/// Words that take up the latest instrument at the head of a sentence: "Le
/// texte", "The plan", "It provides for", "Il devrait être signé".
const ANAPHORS: &[&str] = &[
    "ce dernier texte", "ce dernier document", "le dernier texte", "le dernier document",
    "le texte", "ce texte", "ces textes", "les textes", "le document", "ce document", "ces documents", "le plan",
    "ce plan", "la feuille", "le programme", "ce programme", "aux termes de ce texte",
    "aux termes de", "en vertu de ce texte", "the text", "the document", "the documents", "the plan", "the programme",
    "the program", "the statement", "the declaration", "the pact", "under its terms", "under the terms",
    // A participle that opens the sentence takes up the instrument: "Signée
    // à Bamako le 2 octobre, elle a été approuvée ...".
    "signe a", "signee a", "signes a", "signees a", "signe le", "signee le", "conclu a", "conclue a", "paraphe a",
    "paraphee a", "signed in", "signed at", "signed on", "concluded in", "initialled in",
    // The signing as subject: "The signing is scheduled for 15 October".
    "the signing", "the signing ceremony", "la signature", "la ceremonie de signature",
];

/// Objects of a signing verb that take up the latest instrument: "signed
/// the document", "ont paraphé le texte", "signed it".
const OBJECT_ANAPHORS: &[&str] = &[
    "the document", "the documents", "the text", "the texts", "it", "le document", "les documents", "le texte", "les textes",
    "ce document", "ce texte", "ces documents", "ces textes",
];

/// A folded word without the elided article or conjunction glued to it
/// ("l'eventuel" is "eventuel", "d'etudiants" is "etudiants").
pub(crate) fn without_elision(w: &str) -> &str {
    ["l'", "d'", "qu'"].iter().find_map(|e| w.strip_prefix(e)).filter(|r| !r.is_empty()).unwrap_or(w)
}

/// Whether sentence `si` opens with an anaphor for the latest instrument.
fn starts_with_anaphor(m: &Mentions, si: usize) -> bool {
    opening_anaphor(m, si).is_some()
}

/// The anaphor sentence `si` opens on, if any.
fn opening_anaphor(m: &Mentions, si: usize) -> Option<&'static str> {
    let s = m.sentences[si];
    let text = m.folded.text[s.start..s.end].trim_start();
    // (Past a source's attribution: "Selon l'Itamaraty, le texte pourrait
    // être signé à Mexico", "According to officials, the document ...".)
    let text = ["selon ", "d'apres ", "according to "]
        .iter()
        .find(|p| text.starts_with(**p))
        .and_then(|_| text[..text.floor_char_boundary(ATTRIBUTION_BYTES.min(text.len()))].find(", "))
        .map_or(text, |k| &text[k + 2..]);
    let first = text.as_bytes().first();
    ANAPHORS.iter().copied().find(|a| {
        a.as_bytes().first() == first && text.starts_with(a) && text[a.len()..].starts_with([' ', ','])
    })
}

/// How far into a sentence the comma that closes an attribution ("Selon
/// le ministère des Affaires étrangères,") may stand.
const ATTRIBUTION_BYTES: usize = 60;

/// Whether sentence `si` opens on an anaphor of one instrument ("Ce
/// dernier texte a été signé devant ...", "Le document"), which tells of
/// that one alone, not of the day's ceremony.
pub(crate) fn starts_with_singular_anaphor(m: &Mentions, si: usize) -> bool {
    opening_anaphor(m, si).is_some_and(|a| {
        matches!(
            a,
            "ce dernier texte" | "ce dernier document" | "le dernier texte" | "le dernier document" | "le texte" | "ce texte" | "le document" | "ce document" | "the text" | "the document"
        )
    })
}

/// Whether an instrument is written as a proper name after a genitive
/// ("du Traité d'amitié", "of the Treaty of Friendship").
fn proper_genitive(m: &Mentions, (s, _e): Span) -> bool {
    if !m.folded.upper_at(m.input, s) {
        return false;
    }
    let sent_start = m.sentence_of(s).map_or(0, |i| m.sentences[i].start);
    if m.folded.text[sent_start..s].trim().is_empty() {
        return false;
    }
    let before = m.words_before(s, 3);
    let genitive = matches!(before.first().copied(), Some("du" | "des" | "of")) || before.first() == Some(&"la") && before.get(1) == Some(&"de");
    // The step or the text of the instrument itself is no institution's
    // name: "décret portant ratification de la Convention de financement".
    let head = if before.first() == Some(&"la") { before.get(2) } else { before.get(1) };
    genitive && !head.is_some_and(|w| STEP_NOUNS.contains(w))
}

/// Nouns of what is done to an instrument or of its text, before a genitive
/// that names it ("ratification de la Convention", "signing of", "texte du
/// Protocole").
const STEP_NOUNS: &[&str] = &[
    "ratification", "signature", "signing", "approbation", "approval", "adoption", "conclusion", "application", "execution",
    "implementation", "oeuvre", "vigueur", "force", "texte", "text", "termes", "terms", "dispositions", "provisions",
    "revision", "amendement", "amendment", "negociation", "negociations", "negotiation", "negotiations", "projet", "draft",
    "denonciation", "renouvellement", "renewal", "accession", "adhesion",
];

/// Whether sentence `si` opens on a signing participle ("Signée par X,
/// elle ...", "Signed by X, it ..."): its subject is a text signed.
fn opens_on_signing_participle(m: &Mentions, si: usize) -> bool {
    let s = m.sentences[si];
    crate::cues::is_signing_participle(m.folded.text[s.start..s.end].trim_start().split([' ', ',']).next().unwrap_or(""))
}

/// The pronoun opening sentence `si`, if any: `Some(Some(true))` for a
/// feminine French pronoun, `Some(Some(false))` masculine, `Some(None)` for
/// English "It".
fn starts_with_pronoun(m: &Mentions, si: usize) -> Option<Option<bool>> {
    let s = m.sentences[si];
    let text = m.folded.text[s.start..s.end].trim_start();
    let pronoun = |w: &str| match w {
        "elle" | "celle-ci" => Some(Some(true)),
        "il" | "celui-ci" => Some(Some(false)),
        "it" => Some(None),
        _ => None,
    };
    // "Signée par le directeur, M. X, et par la secrétaire, Mme Y, elle
    // prévoit : ...", "Signed by both ministers, it covers ...": the
    // subject after a signing participle's phrase.
    if opens_on_signing_participle(m, si) {
        return text.match_indices(", ").find_map(|(k, _)| pronoun(text[k + 2..].split([' ', ',']).next().unwrap_or("")));
    }
    let found = pronoun(text.split([' ', ',']).next().unwrap_or(""));
    // "Il a toutefois regretté le délai", "Elle s'est abstenue": a person
    // the sentence before named, by the participle of one who speaks or
    // judges after its auxiliary ("Il précise les modalités" is the text).
    let person = found.is_some() && {
        let words: Vec<&str> = text.split([' ', ',', '\'']).filter(|w| !w.is_empty()).skip(1).take(5).collect();
        words.iter().enumerate().any(|(k, w)| PERSON_VERBS.contains(w) && words[..k].iter().any(|a| matches!(*a, "a" | "avait" | "est" | "etait")))
    };
    found.filter(|_| !person)
}

/// Participles (folded) that only a person is the subject of: what a
/// speaker says, judges or feels.
const PERSON_VERBS: &[&str] = &[
    "regrette", "regrettee", "estime", "estimee", "declare", "declaree", "souligne", "soulignee", "ajoute", "ajoutee", "indique",
    "indiquee", "salue", "saluee", "juge", "jugee", "affirme", "affirmee", "precise", "precisee", "explique", "expliquee", "dit",
    "dite", "insiste", "insistee", "denonce", "denoncee", "critique", "critiquee", "remercie", "remerciee", "felicite", "felicitee",
    "interroge", "interrogee", "abstenu", "abstenue", "rejoui", "rejouie", "deplore", "deploree", "plaide", "plaidee", "confie",
    "confiee", "assure", "assuree", "reconnu", "reconnue", "exprime", "exprimee",
];

/// Whether sentence `si` opens on a subject pronoun and the instrument
/// as its object: "Nous le rédigeons en ce moment, et il devrait être
/// adopté au printemps", "On la signera en mars".
fn opens_on_object_pronoun(m: &Mentions, si: usize) -> bool {
    let s = m.sentences[si];
    let mut words = m.folded.text[s.start..s.end].split([' ', ',', '\'']).filter(|w| !w.is_empty());
    // (Not what one knows or saw: "On le sait", "Nous l'avons appris".)
    matches!(words.next(), Some("nous" | "on"))
        && words.next().is_some_and(|w| matches!(w, "le" | "la" | "l"))
        && !words.take(2).any(|w| matches!(w, "sait" | "savait" | "savons" | "voit" | "voyait" | "vu" | "appris" | "compris" | "dit" | "disait"))
}

/// The number of ratification bills a sentence reports ("deux projets de
/// loi autorisant ... à ratifier", "three bills ratifying"): a count right
/// before the bills' noun, and a ratification cue.
fn counted_bills(m: &Mentions, si: usize) -> Option<usize> {
    if !m.cues_in(si).iter().any(|(_, c)| *c == Cue::Ratified) {
        return None;
    }
    let s = m.sentences[si];
    let t = &m.folded.text[s.start..s.end];
    ["projets de loi", "bills", "draft laws", "projets de lois", "resolutions", "motions", "projets de resolution"].iter().find_map(|noun| {
        let b = t.as_bytes();
        let (k, _) = t.match_indices(noun).find(|&(k, _)| (k == 0 || !b[k - 1].is_ascii_alphanumeric()) && b.get(k + noun.len()).is_none_or(|c| !c.is_ascii_alphanumeric()))?;
        Some(count_before(m, s.start + k)).filter(|&n| n >= 2)
    })
}

/// Instrument nouns, for "the agreement that the accord signed" (folded).
const INSTRUMENT_WORDS: &[&str] = &["accord", "agreement", "treaty", "convention", "memorandum", "mou", "protocol", "pact", "deal"];

/// The nouns of a bill or a resolution that carries an instrument to
/// ratification ("le second projet de loi", "the first resolution").
const BILL_NOUNS: &[&str] = &["projet", "texte", "resolution", "bill", "motion", "loi"];

/// Whether a frame's instrument noun is feminine in French.
fn feminine(m: &Mentions, f: &Frame) -> bool {
    let t = m.text(f.kind_span);
    ["convention", "lettre", "declaration", "feuille", "charte", "entente"].iter().any(|w| t.starts_with(w))
}

/// The sectors named right around an instrument noun: two words before it
/// and its complement up to the next comma.
fn topic_of(m: &Mentions, (s, e): Span) -> Vec<Sector> {
    let text = &m.folded.text;
    // Not past its own sentence's start.
    let sentence_start = m.sentence_of(s).map_or(0, |si| m.sentences[si].start);
    let lo = text.ceil_char_boundary(s.saturating_sub(WORD_WINDOW)).max(sentence_start);
    let from = text[lo..s].char_indices().rev().filter(|(_, c)| *c == ' ').nth(2).map_or(lo, |(i, _)| lo + i);
    // Past an abbreviation in brackets: "Memorandum of Understanding (MoU)
    // on cooperation in the power sector".
    // So is a gloss that names the instrument again: "un protocole d'accord
    // (Memorandum of Understanding, MoU) sur la sécurité maritime".
    let gloss = |k: usize| k <= BRACKETED_GLOSS && m.instruments.binary_search_by_key(&(e + 2), |((a, _), _)| *a).is_ok();
    // (The closing bracket is sought within a gloss's reach only.)
    let e = match text[e..].strip_prefix(" (").and_then(|r| r[..r.floor_char_boundary(BRACKETED_GLOSS + 1)].find(')').filter(|&k| k <= 12 || gloss(k))) {
        Some(k) => e + 2 + k + 1,
        None => e,
    };
    let rest = &text[e..text.ceil_char_boundary((e + 80).min(text.len()))];
    // Its complement only ("l'accord de pêche", "the MoU on energy"), not
    // its sentence's verb and object ("L'accord couvre la lutte contre le
    // terrorisme").
    let complement = rest.trim_start().split(' ').next().is_some_and(opens_complement);
    let to = if complement { e + rest.find([',', '.', ';', '(']).unwrap_or(rest.len()) } else { e };
    let mut out = Vec::new();
    let i = m.sectors.partition_point(|((a, _), _)| *a < from);
    for ((_, b), sec) in m.sectors[i..].iter().take_while(|((a, _), _)| *a < to) {
        if *b <= to && !out.contains(sec) {
            out.push(*sec);
        }
    }
    out
}

/// The step an umbrella sentence gives its list: the cue nearest the list
/// when the sentence opens it with a colon ("Outre celui signé hier, les
/// trois autres seront signés demain :"), else its first.
fn umbrella_step(m: &Mentions, u: usize) -> Option<(Status, Span)> {
    let mut steps = m.cues_in(u).iter().filter_map(|(sp, c)| cue_status(*c).map(|st| (st, *sp)));
    // Bills adopted to ratify: the ratification.
    if counted_bills(m, u).is_some() {
        return steps.find(|(st, _)| *st == Status::Ratified);
    }
    if m.text((m.sentences[u].start, m.sentences[u].end)).trim_end().ends_with(':') {
        return steps.next_back();
    }
    // The cue nearest the counted plural ("After the talks, the leaders
    // witnessed the signing of more than 20 documents": the signing).
    match m.in_sentence(&m.instruments, u).iter().find(|(_, i)| i.plural) {
        Some(&((a, b), _)) => steps.min_by_key(|(_, (cs, ce))| if *ce <= a { a - ce } else { cs.saturating_sub(b) }),
        None => steps.next(),
    }
}

/// Whether sentence `si` ends with a colon, or is a table's header, and
/// list items follow it.
fn opens_list(m: &Mentions, si: usize) -> bool {
    let t = m.text((m.sentences[si].start, m.sentences[si].end)).trim_end();
    // A table's header over numbered rows ("S.No. | Document | Signed by
    // (Indian side) | ...") opens them as a colon does.
    let header = t.matches('|').nth(1).is_some();
    // (A heading may stand between: "the following documents were
    // signed:", "List of Outcomes", the items.)
    let next = m.sentences[si + 1..].iter().take(2).find(|n| n.kind != LineKind::Heading);
    (t.ends_with(':') || header) && next.is_some_and(|n| n.kind == LineKind::Item)
}

/// The number of instruments a definite counted plural takes up ("les deux
/// documents", "ces trois accords", "both agreements"), if it is one.
fn plural_anaphor(m: &Mentions, s: usize) -> Option<usize> {
    let words = m.words_before(s, 2);
    let count = |w: &str| match w {
        "deux" | "two" | "both" => Some(2),
        "trois" | "three" => Some(3),
        "quatre" | "four" => Some(4),
        _ => None,
    };
    match (words.first().copied(), words.get(1).copied()) {
        (Some("both"), _) => Some(2),
        (Some(n), Some("les" | "ces" | "the" | "these" | "those" | "des")) => count(n),
        _ => None,
    }
}

/// Whether the instrument at `s` completes another just before it, or is
/// the one that other amends: "à la", "au", "to the", "of the",
/// "amending the", "modifiant la" after an instrument noun phrase.
fn complement_of_instrument(m: &Mentions, s: usize) -> bool {
    let before = m.folded.text[..s].trim_end();
    // (And the one it amends: "Protocol amending the Convention between
    // ...", "un avenant modifiant l'accord".)
    let link = [
        "a la", "a l'", "au", "aux", "to the", "to", "of the", "amending the", "amending", "modifiant la", "modifiant le", "modifiant l'",
        "modifiant les", "amendant la", "amendant le", "amendant l'",
    ]
    .iter()
    .find(|l| before.ends_with(*l) && before[..before.len() - l.len()].ends_with([' ', ',']) || l.ends_with('\'') && before.ends_with(*l));
    let Some(link) = link else { return false };
    let head_end = before.len() - link.len();
    let prev = m.folded.text[..head_end].trim_end().len();
    // The instrument just before the link, whose phrase reaches it.
    let k = m.instruments.partition_point(|((_, b), _)| *b <= prev);
    k.checked_sub(1).is_some_and(|k| {
        let ((a, b), i) = m.instruments[k];
        !i.plural && kind_phrase(m, (a, b)).1 >= prev.saturating_sub(1)
    })
}

/// Whether a folded word opens a noun's complement ("de", "d'entraide",
/// "on", "dans", "portant", "covering"), not a verb of its sentence.
fn opens_complement(w: &str) -> bool {
    w.starts_with("d'")
        || matches!(
            w,
            "de" | "du" | "des" | "on" | "of" | "sur" | "for" | "pour" | "en" | "in" | "dans" | "au" | "aux" | "a" | "relatif" | "relative"
                | "portant" | "between" | "entre" | "with" | "avec" | "concernant" | "regarding" | "covering" | "couvrant" | "visant" | "aimed"
        )
}

/// Whether the folded words between a count and a plural instrument noun
/// let the count govern it: none or one ("cinq accords", "five cooperation
/// documents"), or "of"/"de" and at most two more ("a number of bilateral
/// cooperation documents", "une série d'accords").
fn count_reaches(between: &str) -> bool {
    if between.contains([',', ';', '.', ':', '(', ')']) {
        return false;
    }
    let mut words = between.split([' ', '\'']).filter(|w| !w.is_empty());
    match words.next() {
        None => true,
        Some("of" | "de" | "d" | "des") => words.count() <= 2,
        Some(_) => words.next().is_none(),
    }
}

/// The number a count word gives just before a plural noun ("trois
/// accords", "five cooperation documents"); 0 when it is not a number.
fn count_before(m: &Mentions, s: usize) -> usize {
    m.words_before(s, 3)
        .iter()
        .find_map(|w| match *w {
            "deux" | "two" => Some(2),
            "trois" | "three" => Some(3),
            "quatre" | "four" => Some(4),
            "cinq" | "five" => Some(5),
            "six" => Some(6),
            "sept" | "seven" => Some(7),
            "huit" | "eight" => Some(8),
            "neuf" | "nine" => Some(9),
            "dix" | "ten" => Some(10),
            w => w.parse::<usize>().ok().filter(|n| *n <= 50),
        })
        .unwrap_or(0)
}

/// Whether sentence `si`, before the instrument at `upto`, speaks in the
/// conditional of someone's wish: a French verb in "-rait"/"-raient" other
/// than the planning modals, or English "should", "would need", "ought". A
/// relative clause after the noun ("qui permettrait") does not count.
fn conditional_wish(m: &Mentions, si: usize, upto: usize) -> bool {
    let sent = m.sentences[si];
    let t = &m.folded.text[sent.start..upto.clamp(sent.start, sent.end)];
    let french = t.split(|c: char| !c.is_alphanumeric()).any(|w| {
        (w.ends_with("rait") || w.ends_with("raient"))
            && w.len() > 6
            && !matches!(w, "devrait" | "devraient" | "pourrait" | "pourraient" | "serait" | "seraient" | "aurait" | "auraient" | "signerait" | "signeraient" | "parapherait" | "parapheraient")
    });
    // A third party's call ("lawyers urged the two governments to sign",
    // "l'opposition appelle les deux pays à signer") is a wish too.
    let urged = [
        " urged ", " urge ", " urges ", " urging ", " called on ", " calls on ", " call on ", " appealed to ", " exhorte ",
        " appelle ", " appele ", " appellent ", " plaide pour ", " plaident pour ", " reclame ", " reclament ",
    ];
    french
        || [" should ", " ought to ", " would need", " would have to", " would be wise"].iter().any(|p| t.contains(p))
        || urged.iter().any(|p| t.contains(p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::test_mentions;

    /// `(kind, status, sentences)` of every frame of a text.
    fn frames_of(text: &str) -> Vec<(Kind, Status, usize)> {
        test_mentions(text, |m| frames(m).iter().map(|f| (f.kind, f.status, f.sentences.len())).collect())
    }

    #[test]
    fn a_status_cue_makes_a_frame_and_definite_mentions_join_it() {
        let got = frames_of(" date 2024-01-10 Le Togo et le Ghana ont signé hier un accord-cadre. L’accord-cadre a été signé par les ministres. Il couvre le commerce et l’énergie.");
        assert_eq!(got, [(Kind::FrameworkAgreement, Status::Signed, 3)]);
    }

    #[test]
    fn instruments_that_both_sides_of_a_branch_sign_make_no_frame() {
        // The social partners sign: labour, and so are the deals the story
        // names after it while no cooperation instrument was read.
        let text = " date 2026-04-10 BERNE. La Fédération des entrepreneurs du bâtiment et les syndicats Unia et Syna ont signé jeudi la nouvelle convention nationale de la branche.\n\nLe texte reprend le protocole d’accord conclu le 2 mars sous l’égide d’un médiateur.\n\n«C’est un bon accord», a dit la présidente de la fédération.";
        assert_eq!(frames_of(text), []);
        assert_eq!(frames_of(" date 2026-04-10 OSLO - The employers' federation and three trade unions signed a new national agreement for the building trade on Friday."), []);
        assert_eq!(frames_of(" date 2026-04-10 Les partenaires sociaux du secteur portuaire ont signé hier un accord sur les horaires de nuit."), []);
        // Two states as signers, the social partners looking on.
        let text = " date 2026-04-10 Le Sénégal et la Gambie ont signé hier un accord sur la circulation des travailleurs, en présence des syndicats et du patronat des deux pays.";
        assert_eq!(frames_of(text), [(Kind::Agreement, Status::Signed, 1)]);
    }

    #[test]
    fn the_verb_governs_the_nearest_instrument() {
        // The treaty named as a frame of the summit does not take "signed".
        let got = frames_of(" date 2024-01-10 Les deux pays ont signé une déclaration conjointe à l’issue du sommet du Traité d’amitié qui les lie.");
        assert_eq!(got, [(Kind::JointDeclaration, Status::Signed, 1)]);
        // Coordinated objects share it.
        let got = frames_of(" date 2024-01-10 Oman and Kenya signed a memorandum of understanding and an action plan.");
        assert_eq!(got, [(Kind::MemorandumOfUnderstanding, Status::Signed, 1), (Kind::ActionPlan, Status::Signed, 1)]);
        let got = frames_of(" date 2024-01-10 Ils ont signé une déclaration d’intention sur la migration, assortie d’une feuille de route.");
        assert_eq!(got, [(Kind::LetterOfIntent, Status::Signed, 1), (Kind::ActionPlan, Status::Signed, 1)]);
    }

    #[test]
    fn statuses_from_modality_and_ratification() {
        let cases = [
            (" date 2024-01-10 Les deux pays devraient signer un traité en mars.", Status::Planned),
            (" date 2024-01-10 The two sides are negotiating a free trade agreement.", Status::Planned),
            (" date 2024-01-10 Le Sénat a autorisé mardi la ratification de la convention fiscale.", Status::Ratified),
            (" date 2024-01-10 The agreement, signed in May, entered into force on Monday.", Status::Ratified),
            (" date 2024-01-10 L’accord signé lundi entrera en vigueur après sa ratification.", Status::Signed),
            // The narrative past: the imperfect and the simple past.
            (" date 2024-01-10 Pendant ce temps, leurs ports concluaient une convention de jumelage.", Status::Signed),
            (" date 2024-01-10 En 1961, les deux pays signèrent un traité d’amitié.", Status::Signed),
            (" date 2024-01-10 Lundi, les deux ministres paraphaient un protocole sur la pêche.", Status::Signed),
        ];
        for (text, want) in cases {
            let got = frames_of(text);
            assert_eq!(got.len(), 1, "{text}");
            assert_eq!(got[0].1, want, "{text}");
        }
    }

    #[test]
    fn counted_plurals_open_a_list_and_close_no_frame() {
        let text = " date 2024-01-10 Les deux pays ont signé trois accords :\n\n- un accord sur la pêche ;\n\n- une convention fiscale ;\n\n- un mémorandum d’entente sur la santé.";
        let got = frames_of(text);
        let kinds: Vec<Kind> = got.iter().map(|g| g.0).collect();
        assert_eq!(kinds, [Kind::Agreement, Kind::Convention, Kind::MemorandumOfUnderstanding]);
        assert!(got.iter().all(|g| g.1 == Status::Signed));
    }

    #[test]
    fn instrument_nouns_in_other_senses_are_not_instruments() {
        for text in [
            " date 2024-01-10 Ils se sont mis d’accord et ont signé la feuille de match.",
            " date 2024-01-10 The team signed a striker under the concussion protocol.",
            " date 2024-01-10 Le dossier a été traité et signé par le juge.",
            " date 2024-01-10 NATO, the North Atlantic Treaty Organization, signed nothing.",
            " date 2024-01-10 Le Premier ministre a signé le décret portant nomination du directeur général du protocole.",
            " date 2024-01-10 The High Court approved a settlement agreement between the mining company and 4,800 former miners.",
            " date 2024-01-10 Les deux sociétés ont signé un accord transactionnel devant le tribunal de commerce.",
            " date 2024-01-10 Their lawyers urged the governments of South Africa and Lesotho to sign a memorandum of understanding.",
            " date 2024-01-10 L’opposition appelle le Mali et le Niger à signer un accord de défense.",
        ] {
            assert!(frames_of(text).is_empty(), "{text}");
        }
    }
}
