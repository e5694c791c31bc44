//! Runs the stages over one text: normalize, segment, recognize, assemble,
//! fill slots, serialize.

use crate::assemble::{self, Frame, Mentions, Person};
use crate::calendar::Date;
use crate::cues::{self, Cue, Instrument};
use crate::dates::{self, DocumentDate};
use crate::extractor::Language;
use crate::gazetteer::{Form, Gazetteer};
use crate::language;
use crate::lexicon::{self, Lexicon, Raw, Union};
use crate::model::{
    Agreement, Document, Evidence, Location, Party, PartyType, Person as PersonOut, Sector, SCHEMA_VERSION,
};
use crate::normalize::Folded;
use crate::people;
use crate::prefilter::{FoldedStems, Phrases, Sighting, Stems};
use crate::segment;
use crate::slots;

/// Stems, in the raw text, of every instrument noun: a text without any of
/// them reports no agreement, and only its language and date are read.
/// Accented letters are left out of the stems ("morand" for "mémorandum").
/// They are sought in lowercase, Capitalized and UPPERCASE forms, and as
/// the forms in [`STEMS_AS_WRITTEN`], by SIMD searchers of at most 64
/// patterns each: three forms of each stem and those fit two of them (a
/// test checks); a third would cost about 8% on text without agreements.
const INSTRUMENT_STEMS: &[&str] = &[
    "accord", "agreement", "morand", "mou", "trait", "treat", "convention", "protocol", "lett", "claration",
    "statement", "communiqu", "feuille", "roadmap", "road map", "plan d", "plans d", "action plan", "of action",
    "program", "contra", "deal", "chart", "arrangement", "pact", "de conclusion", "avenant", "entente",
    "change de note", "changes de note", "of note", "verba", "work plan", "cooperation plan",
    "framework", "cadre de coop", "cadres de coop", "agreed minute",
];

/// Stems sought only as written: "MoU", and the Title Case of stems that
/// span words ("Road Map", "Plan of Action", "Exchange of Notes").
const STEMS_AS_WRITTEN: &[&str] = &["MoU", "Cadre de Coop", "Cadres de Coop", "Work Plan", "Cooperation Plan", "Road Map", "Action Plan", "of Action", "of Note", "de Conclusion", "change de Note", "changes de Note", "Agreed Minute"];

/// The stems sought in folded text, where everything is lowercase: each is
/// a part of one word of an instrument noun (a test checks that every noun
/// of the lexicon, written with spaces or with hyphens, holds one), chosen
/// so that its first four bytes are rare in other words. The SIMD searcher
/// verifies a candidate wherever those four bytes occur, so "tocol" costs
/// far less than "protocol" ("pro" starts many words). Nouns of several
/// words are found by one of their words ("plan" for "plan d'action",
/// "action plan" and "plan of action"; "change" for "échange de notes"
/// and "exchange of notes"): a word that is no instrument on its own sends
/// the text to the instrument lexicon, which reads a space and a hyphen
/// alike ("road-map", "action-plan"). "Agreed minutes" is found whole,
/// with a space or a hyphen: "minute" alone, or "eed minute", is in too
/// many news texts (each cost 2% to 5% of the time on text without
/// agreements), while "agre" opens few words of a text without
/// agreements. The one shorter stem, "mou", is sought as a word of its
/// own (see [`FoldedStems`]).
const FOLDED_STEMS: &[&str] = &[
    "accord", "eement", "morand", "trait", "treat", "convention", "tocol", "lett", "laration", "tatement",
    "muniqu", "feuille", "admap", "plan", "rogram", "ontra", "deal", "harte", "rrangement", "pact", "releve",
    "avenant", "entente", "change", "erba", "mework", "cooperation", "road", "agreed minute", "agreed-minute",
];

/// Instrument nouns shorter than four bytes, sought in folded text as
/// words.
const FOLDED_SHORT_WORDS: &[&str] = &["mou"];

/// Everything built once per extractor.
#[derive(Debug)]
pub(crate) struct Tables {
    /// Finds any instrument stem in raw text.
    prefilter: Stems,
    /// Finds the stems of instrument nouns in folded text.
    folded_prefilter: FoldedStems,
    /// The instrument lexicon alone, read around the stems when they are
    /// only of words that name an instrument with others ("plan",
    /// "statement").
    instruments_alone: Union,
    /// The longest instrument noun, in bytes: how far around such a word
    /// the lexicon reads.
    instrument_reach: usize,
    gazetteer: Gazetteer,
    instruments: Lexicon<Instrument>,
    cues: Lexicon<Cue>,
    area_openers: Lexicon<Cue>,
    /// The list openers alone, read across an aside (see
    /// [`cues::openers_across_asides`]).
    area_openers_alone: Union,
    mechanisms: Lexicon<()>,
    sectors: Lexicon<Sector>,
    /// Every lexicon, read in one pass.
    union: Union,
}

/// The lexicons' places in [`Tables::union`].
const PLACES: usize = 0;
const CUES: usize = 1;
const AREA_OPENERS: usize = 2;
const MECHANISMS: usize = 3;
const SECTORS: usize = 4;
const INSTRUMENTS: usize = 5;

impl Tables {
    pub(crate) fn build() -> Tables {
        let gazetteer = Gazetteer::build();
        let instruments = cues::instruments();
        let cues = cues::cues();
        let area_openers = cues::area_openers();
        let mechanisms = cues::mechanisms();
        let sectors = cues::sectors();
        let mut all: [&[String]; 6] = [&[]; 6];
        all[PLACES] = gazetteer.lexicon().patterns();
        all[CUES] = cues.patterns();
        all[AREA_OPENERS] = area_openers.patterns();
        all[MECHANISMS] = mechanisms.patterns();
        all[SECTORS] = sectors.patterns();
        all[INSTRUMENTS] = instruments.patterns();
        let union = Union::new(&all);
        Tables {
            prefilter: Stems::new(INSTRUMENT_STEMS, STEMS_AS_WRITTEN),
            folded_prefilter: FoldedStems::new(
                FOLDED_STEMS,
                FOLDED_SHORT_WORDS,
                // A noun that may be a participle ("a traité") is told by
                // the words around it: a part, which the lexicon reads.
                instruments.entries().map(|(p, i)| (p, !i.anaphor && !crate::assemble::PARTICIPLE_NOUNS.contains(&p))),
            ),
            instruments_alone: Union::new(&[instruments.patterns()]),
            area_openers_alone: Union::new(&[area_openers.patterns()]),
            instrument_reach: instruments.patterns().iter().map(String::len).max().unwrap_or(0),
            gazetteer,
            instruments,
            cues,
            area_openers,
            mechanisms,
            sectors,
            union,
        }
    }

    /// Whether folded text may open an instrument: it holds an instrument
    /// noun, or a word of one and, by the instrument lexicon read around
    /// that word, a noun that is not only an anaphor ("plan" in "plan
    /// d'action", not "in a statement" alone). A text that passes may
    /// still report nothing.
    ///
    /// `cut` says the text goes on after `folded` (a head): a window that
    /// reaches the end may hold the start of a noun cut there, and passes.
    fn opens_an_instrument(&self, folded: &str, cut: bool) -> bool {
        let mut parts = Vec::new();
        match self.folded_prefilter.find(folded, &mut parts) {
            Sighting::Noun => return true,
            Sighting::Nothing => return false,
            Sighting::Part => {}
        }
        // Every noun that holds a part lies within the part's reach: the
        // lexicon reads those windows, widened to start at a word, and
        // merged where they meet (a noun across two windows' seam would
        // be in neither).
        parts.sort_unstable();
        let b = folded.as_bytes();
        let mut windows: Vec<(usize, usize)> = Vec::new();
        for (s, e) in parts {
            let from = s.saturating_sub(self.instrument_reach);
            let from = b[..from].iter().rposition(|&c| !lexicon::is_word_byte(c)).map_or(0, |i| i + 1);
            let to = (e + self.instrument_reach).min(b.len());
            match windows.last_mut() {
                Some(last) if from <= last.1 => last.1 = last.1.max(to),
                _ => windows.push((from, to)),
            }
        }
        windows.iter().any(|&(from, to)| {
            if cut && to == b.len() {
                return true;
            }
            let at = folded.floor_char_boundary(from);
            let window = &folded[at..folded.ceil_char_boundary(to)];
            // (A participle, "a traité", is no noun: see
            // `assemble::traite_is_participle`.)
            self.instruments
                .select_all(&self.instruments_alone.scan(window)[0])
                .iter()
                .any(|h| !h.value.anaphor && !(h.value.loose && crate::assemble::traite_is_participle(folded, at + h.start, at + h.end)))
        })
    }
}

/// Texts longer than this are read in pieces cut at paragraph breaks: no
/// article is this long, and it bounds the memory of one pass.
const PIECE: usize = 256 * 1024;

/// How much of a text without instrument nouns is read for its language
/// and date.
const NO_AGREEMENT_HEAD: usize = 8 * 1024;

/// More bytes than any stem holds, in UTF-8.
const STEM_OVERLAP: usize = 64;

pub(crate) fn run(
    tables: &Tables,
    text: &str,
    language: Option<Language>,
    date: Option<Date>,
    date_from_caller: bool,
    max_agreements: usize,
) -> Document {
    // Most news reports no agreement: without an instrument noun anywhere,
    // only the head is read, for the language and the publication date.
    // The head is folded first, and the stems sought in its folded text
    // (one searcher, not the raw text's two); the rest of a longer text is
    // searched raw, from a little before the head's end (no stem is longer).
    let short_head = &text[..text.floor_char_boundary(NO_AGREEMENT_HEAD.min(text.len()))];
    let short_folded = Folded::new(short_head);
    let any_instrument = tables.opens_an_instrument(&short_folded.text, short_head.len() < text.len())
        || short_head.len() < text.len()
            && tables.prefilter.is_match(&text[text.floor_char_boundary(short_head.len().saturating_sub(STEM_OVERLAP))..]);
    // A longer text with an instrument is read in pieces; the first is the
    // head.
    let (head, head_folded) = if any_instrument && short_head.len() < text.len() {
        let head = &text[..text.floor_char_boundary(PIECE.min(text.len()))];
        (head, Folded::new(head))
    } else {
        (short_head, short_folded)
    };
    let mut found = dates::document_date(head, &head_folded);
    if found.full.is_none() && found.year_month.is_none() {
        found = byline_date(head, &head_folded).unwrap_or(found);
    }
    let mut doc_date = match date {
        Some(d) if date_from_caller => DocumentDate { dateline: found.dateline, ..DocumentDate::known(d) },
        Some(d) if found.full.is_none() => DocumentDate { dateline: found.dateline, span: found.span, ..DocumentDate::known(d) },
        _ => found,
    };
    if doc_date.full.is_none() && doc_date.year_month.is_none()
        && let Some(d) = date {
            doc_date = DocumentDate::known(d);
        }
    let lang_code = match language {
        Some(l) => l.code(),
        None => language::detect(&head_folded),
    };
    let mut doc = Document {
        schema_version: SCHEMA_VERSION,
        language: lang_code.to_string(),
        document_date: doc_date.full.map(|d| d.to_string()),
        agreements: Vec::new(),
        truncated: false,
    };
    let lang = match lang_code {
        "fr" => Language::French,
        "en" => Language::English,
        _ => return doc,
    };
    if !any_instrument {
        return doc;
    }
    let mut head_folded = Some(head_folded);
    let mut offset = 0;
    while offset < text.len() {
        let end = piece_end(text, offset);
        let piece = &text[offset..end];
        let piece_date = if offset == 0 { doc_date } else { DocumentDate { span: None, dateline: None, ..doc_date } };
        let reuse = head_folded.take().filter(|_| offset == 0 && end == head.len());
        if reuse.is_none() && !tables.prefilter.is_match(piece) {
            offset = end;
            continue;
        }
        let folded = reuse.unwrap_or_else(|| Folded::new(piece));
        for mut a in extract_piece(tables, piece, folded, lang, &piece_date) {
            for e in &mut a.evidence {
                e.start += offset;
                e.end += offset;
            }
            if doc.agreements.len() >= max_agreements {
                doc.truncated = true;
                return doc;
            }
            doc.agreements.push(a);
        }
        offset = end;
    }
    doc
}

/// How many lines at the top of a page are read for a byline.
const BYLINE_LINES: usize = 25;
/// The longest line, in folded bytes, that can be a byline made of a date
/// alone ("14th March 2025 | 6:42 am", "Mardi 4 mars 2025 - 10:12").
const DATE_LINE_BYTES: usize = 64;
/// How far into such a line its date may start (after "Le", "Mardi").
const DATE_LINE_LEAD: usize = 12;
/// The longest author's byline ("By X | date | time") read for its date.
const AUTHOR_LINE_BYTES: usize = 120;
/// A line at least this long is the story's text: no bare date line
/// comes after it.
const BODY_LINE_BYTES: usize = 200;

/// The publication date a byline near the top of a scraped page gives,
/// when the text has no marker and no dated dateline: a line that holds a
/// byline word and a full date, else a short line that opens with a full
/// date and says little else (a time, a separator).
fn byline_date(head: &str, folded: &Folded) -> Option<DocumentDate> {
    static BYLINES: std::sync::OnceLock<Phrases> = std::sync::OnceLock::new();
    let bylines = BYLINES.get_or_init(|| Phrases::new(segment::BYLINE));
    let text = folded.text.as_str();
    let limit = memchr::memchr_iter(b'\n', text.as_bytes()).nth(BYLINE_LINES - 1).unwrap_or(text.len());
    // The full date of the folded line `k..le`, when it has one that
    // starts within `lead` bytes of `k`.
    let full_date = |k: usize, le: usize, lead: usize| {
        let (a, b) = folded.span(k, le);
        let sub = &head[a..b];
        let sub_folded = Folded::new(sub);
        dates::find_dates(sub, &sub_folded, Language::French).into_iter().find_map(|d| match d.expr {
            dates::DateExpr::Full { date, .. } if d.start <= lead => {
                Some(DocumentDate { span: Some((a + d.start, a + d.end)), ..DocumentDate::known(date) })
            }
            _ => None,
        })
    };
    let mut done_until = 0;
    // The leftmost byline word of each line, in line order.
    for k in bylines.starts(&text[..limit]) {
        if k < done_until {
            continue;
        }
        let le = text[k..limit].find('\n').map_or(limit, |j| k + j);
        done_until = le;
        if let Some(d) = full_date(k, le, usize::MAX) {
            return Some(d);
        }
    }
    // Bare date lines stand above the story: the reading stops at its
    // first long line, and looks at no more of a line than a date line
    // can hold.
    let bytes = text.as_bytes();
    let mut k = 0;
    while k < limit {
        let window = &bytes[k..limit.min(k + BODY_LINE_BYTES)];
        let Some(nl) = memchr::memchr(b'\n', window).or((k + window.len() == limit).then_some(window.len())) else { break };
        let le = k + nl;
        let line = text[k..le].trim();
        let lead = k + (text[k..le].len() - text[k..le].trim_start().len());
        // A full date opening the line has a digit among its first bytes
        // ("14th March", "Mardi 4 mars", "March 14, 2025").
        let short = line.len() <= DATE_LINE_BYTES && !line.ends_with('.');
        if short && line.bytes().take(DATE_LINE_LEAD + 12).any(|b| b.is_ascii_digit())
            && let Some(d) = full_date(lead, lead + line.len(), DATE_LINE_LEAD)
        {
            return Some(d);
        }
        // An author's byline with its date anywhere: "By Manuel Quissanga |
        // Tuesday 14 October 2025 | 16:05 WAT", "Par Mariam Diallo | 12/11/2025".
        let author = (line.starts_with("by ") || line.starts_with("par ")) && line.len() <= AUTHOR_LINE_BYTES && !line.ends_with('.');
        if author && line.bytes().any(|b| b.is_ascii_digit())
            && let Some(d) = full_date(lead, lead + line.len(), usize::MAX)
        {
            return Some(d);
        }
        k = le + 1;
    }
    None
}

/// Where the piece starting at `start` ends: a paragraph break near the
/// size limit, else a line break, else a char boundary.
fn piece_end(text: &str, start: usize) -> usize {
    if text.len() - start <= PIECE {
        return text.len();
    }
    let limit = text.floor_char_boundary(start + PIECE);
    let window = &text[start..limit];
    let cut = window
        .rfind("\n\n")
        .map(|k| k + 2)
        .or_else(|| window.rfind('\n').map(|k| k + 1))
        .filter(|&k| k > PIECE / 2)
        .unwrap_or(window.len());
    start + cut.max(1)
}

fn extract_piece(tables: &Tables, input: &str, folded: Folded, lang: Language, doc_date: &DocumentDate) -> Vec<Agreement> {
    let lexical = Lexical::scan(tables, input, &folded);
    // Text without any instrument noun reports no agreement: stop here.
    if lexical.instruments.is_empty() {
        return Vec::new();
    }
    with_mentions(tables, input, &folded, lexical, lang, doc_date, |m| {
        let mut frames = assemble::frames(m);
        slots::fill(m, &mut frames);
        merge_recalled_signings(m, &mut frames);
        same_event_as_before(m, &mut frames);
        let names = PartyNames::new(tables, m, lang.code());
        // An instrument that binds no state, organization or national body
        // the text names (a plea bargain, a collective agreement, a film
        // deal) is not a cooperation agreement.
        let agreements: Vec<Agreement> = frames
            .iter()
            .filter(|f| {
                !f.parties.is_empty()
                    && !told_again_below(m, f, &frames)
                    && !summary_told_in_full(m, f, &frames)
                    && !counted_then_listed(m, f, &frames)
            })
            .map(|f| serialize(m, f, &names))
            .collect();
        drop_vague_doubles(input, agreements)
    })
}

/// A step at an event told before ("which officials hope to sign on the
/// sidelines of the same summit", "lors de la même visite"): it takes the
/// date and the place it lacks from the latest frame before it whose first
/// sentence names that event. One pass in the frames' order (they are in
/// text order), keeping the latest frame of each event noun.
fn same_event_as_before(m: &assemble::Mentions, frames: &mut [assemble::Frame]) {
    let mut latest: [Option<usize>; SAME_EVENT.len()] = [None; SAME_EVENT.len()];
    for i in 0..frames.len() {
        let si = frames[i].sentences[0];
        let t = m.text((m.sentences[si].start, m.sentences[si].end));
        if (frames[i].date.is_none() || frames[i].location.is_none())
            && let Some(k) = SAME_EVENT.iter().position(|(phrase, _)| t.contains(phrase))
            && let Some(j) = latest[k].filter(|&j| frames[j].sentences[0] < si)
        {
            if frames[i].date.is_none() {
                frames[i].date = frames[j].date.clone();
            }
            if frames[i].location.is_none() {
                frames[i].location = frames[j].location;
            }
        }
        // (The noun as a whole word, and not a press conference.)
        for (k, (_, noun)) in SAME_EVENT.iter().enumerate() {
            let named = t.match_indices(noun).any(|(a, _)| {
                let b = a + noun.len();
                (a == 0 || !t.as_bytes()[a - 1].is_ascii_alphanumeric())
                    && t.as_bytes().get(b).is_none_or(|c| !c.is_ascii_alphanumeric())
                    && !t[..a].ends_with("press ")
                    && !t[b..].starts_with(" de presse")
            });
            if named {
                latest[k] = Some(i);
            }
        }
    }
}

/// Phrases that take up an event told before, with the event's noun
/// (folded).
const SAME_EVENT: &[(&str, &str)] = &[
    ("the same summit", "summit"), ("le meme sommet", "sommet"), ("the same forum", "forum"), ("le meme forum", "forum"),
    ("the same visit", "visit"), ("la meme visite", "visite"), ("the same conference", "conference"),
    ("la meme conference", "conference"),
];

/// "The Agreement was signed in Dakar on 9th July, 2024 by X and Y. ...
/// The House approves the ratification of the Agreement": a signing of an
/// earlier year told just before the ratification of the same instrument
/// is that instrument's past, not an instrument of its own. The
/// ratification takes the signing's place, signers, areas and bodies where
/// it has none, and the signing is dropped. Only for a ratification told
/// within [`RATIFIED_AFTER`] sentences, by the bare noun or the signing's
/// own name and not as a new one ("a new agreement"), of the same kind and
/// no party the signing lacks, with no other frame of that kind between.
fn merge_recalled_signings(m: &assemble::Mentions, frames: &mut Vec<assemble::Frame>) {
    let mut i = 0;
    while i < frames.len() {
        let a = &frames[i];
        let last = a.sentences.iter().copied().max().unwrap_or(0);
        let year = |f: &assemble::Frame| f.date.as_ref().and_then(|(d, _)| d.get(0..4)).and_then(|y| y.parse::<i32>().ok());
        let earlier = year(a).is_some_and(|y| m.doc_date.full.is_none_or(|d| y < d.year()));
        let target = (a.status == crate::model::Status::Referenced && earlier)
            .then(|| {
                frames.iter().enumerate().skip(i + 1).find(|(_, g)| g.kind == a.kind).map(|(j, _)| j)
            })
            .flatten()
            .filter(|&j| {
                let b = &frames[j];
                let new_one = m.words_before(b.kind_span.0, 1).iter().any(|w| matches!(*w, "a" | "an" | "another" | "new" | "un" | "une" | "nouvel" | "nouveau" | "nouvelle" | "autre"));
                // (A name of its own that is not the signing's names another:
                // "l'accord sur les patrouilles conjointes".)
                let (named, taken_up) = (m.text(a.kind_span), m.text(b.kind_span));
                b.status == crate::model::Status::Ratified
                    && !new_one
                    && (taken_up == named || !taken_up.contains(' '))
                    && !m.words_after(b.kind_span.1, 1).first().is_some_and(|w| matches!(*w, "sur" | "on" | "relatif" | "relative" | "portant" | "concerning" | "regarding"))
                    && (a.topic.is_empty() || b.topic.is_empty() || a.topic == b.topic)
                    && b.sentences[0] > last
                    && b.sentences[0] - last <= RATIFIED_AFTER
                    && b.parties.iter().all(|p| a.parties.iter().any(|q| q.code == p.code))
            });
        let Some(j) = target else {
            i += 1;
            continue;
        };
        let a = frames.remove(i);
        let b = &mut frames[j - 1];
        // (The signing's name when it says more: "the Host Country
        // Agreement ... ratification of the Agreement".)
        if m.text(a.kind_span).len() > m.text(b.kind_span).len() {
            b.kind_span = a.kind_span;
            b.sectors = a.sectors;
        }
        b.location = b.location.or(a.location);
        if b.parties.is_empty() {
            b.parties = a.parties;
        }
        if b.signatories.is_empty() {
            b.signatories = a.signatories;
        }
        if b.areas.is_empty() {
            b.areas = a.areas;
        }
        if b.mechanisms.is_empty() {
            b.mechanisms = a.mechanisms;
        }
    }
}

/// How many sentences after a recalled signing the ratification of the
/// same instrument may be told (see [`merge_recalled_signings`]).
const RATIFIED_AFTER: usize = 4;

/// Whether frame `f` only announces, above the dateline (a standfirst: "A
/// new transmission agreement signed this week is the latest in a long
/// line of deals"), a signing that the story tells below it: same kind and
/// step, no other date than the later one's, and no party the later one
/// lacks.
fn told_again_below(m: &assemble::Mentions, f: &assemble::Frame, frames: &[assemble::Frame]) -> bool {
    let Some(lead_end) = slots::dateline_below(m, f) else { return false };
    let day = |g: &assemble::Frame| g.date.as_ref().map(|(d, _)| d.clone());
    frames.iter().any(|g| {
        !std::ptr::eq(g, f)
            && g.kind == f.kind
            && g.status == f.status
            && (f.date.is_none() || day(f) == day(g))
            && m.sentences[g.sentences[0]].start >= lead_end
            && f.parties.iter().all(|p| g.parties.iter().any(|q| q.code == p.code))
    })
}

/// Whether frame `f` only sums up ("le conseil a donné son accord pour la
/// signature d'un mémorandum d'entente") an instrument a later frame tells
/// in full: its sentences name none of its parties, it has no date and no
/// place, and a later frame of its kind and step names parties of its own.
fn summary_told_in_full(m: &assemble::Mentions, f: &assemble::Frame, frames: &[assemble::Frame]) -> bool {
    let own = |g: &assemble::Frame, sp: (usize, usize)| g.sentences.iter().any(|&si| sp.0 >= m.sentences[si].start && sp.1 <= m.sentences[si].end);
    f.date.is_none()
        && f.location.is_none()
        && !f.parties.iter().any(|p| own(f, p.span))
        && frames.iter().any(|g| {
            !std::ptr::eq(g, f) && g.kind == f.kind && g.status == f.status && g.kind_span.0 > f.kind_span.0 && g.parties.iter().any(|p| own(g, p.span))
        })
}

/// Words that single out some of the documents a sentence counts: "four
/// documents, including a memorandum", "quatre accords, dont un
/// mémorandum".
const SINGLING_OUT: &[&str] = &[" including ", " notably ", " among them ", " among which ", " such as ", " notamment ", " dont ", " parmi lesquels ", " parmi lesquelles ", " parmi eux "];

/// Nouns of a count of signed documents ("four documents", "sept accords").
const COUNTED_DOCUMENTS: &[&str] = &[
    "documents", "pacts", "agreements", "mous", "memoranda", "memorandums", "instruments", "deals", "accords", "textes",
    "conventions", "protocoles", "protocols", "accords-cadres",
];

/// Numbers of a count ("four", "4", "plusieurs").
const COUNTS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "several", "dozen", "series",
    "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf", "dix", "onze", "douze", "plusieurs", "dizaine", "serie",
];

/// Whether frame `f` is one of the documents a sentence counts and singles
/// out ("signed four documents, including a memorandum of understanding on
/// traditional medicine") that the story then lists one by one: a later
/// frame of its kind, in a later sentence, names its signatories while `f`
/// has none.
fn counted_then_listed(m: &assemble::Mentions, f: &assemble::Frame, frames: &[assemble::Frame]) -> bool {
    if !f.signatories.is_empty() {
        return false;
    }
    let Some(si) = m.sentence_of(f.kind_span.0) else { return false };
    let start = m.sentences[si].start;
    let before = &m.folded.text[start..f.kind_span.0];
    let Some(k) = SINGLING_OUT.iter().filter_map(|w| before.rfind(w)).max() else { return false };
    // The count stands in the few words before: "four documents",
    // "4 agreements", "plusieurs accords de coopération".
    let head = &before[before[..k].char_indices().rev().nth(60).map_or(0, |(j, _)| j)..k];
    let counted = head.split(|c: char| !c.is_alphanumeric() && c != '-').collect::<Vec<_>>();
    let noun = counted.iter().rposition(|w| COUNTED_DOCUMENTS.contains(w));
    let count = noun.is_some_and(|n| {
        let lead = &counted[n.saturating_sub(3)..n];
        lead.iter().any(|w| COUNTS.contains(w) || (!w.is_empty() && w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit())))
    });
    count
        && frames.iter().any(|g| {
            !std::ptr::eq(g, f)
                && g.kind == f.kind
                && g.kind_span.0 > m.sentences[si].end
                && !g.signatories.is_empty()
                && m.sentence_of(g.kind_span.0) != Some(si)
        })
}

/// Leaves out an instrument named by its bare noun, with no place and no
/// date other than the fuller one's, when the story names one of the same
/// kind, step and parties more fully: a lead's "une convention est en
/// préparation" before "une convention de coopération décentralisée
/// devrait être signée en octobre".
fn drop_vague_doubles(input: &str, agreements: Vec<Agreement>) -> Vec<Agreement> {
    // (A bare name may carry the day the fuller one gives: "Nous signerons
    // en avril un mémorandum" over the interview that names it in full. Not
    // one with a topic of its own after it: "a memorandum on fisheries and
    // a memorandum of understanding on port security" are two.)
    let topic = |a: &Agreement| {
        a.evidence.iter().find(|e| e.field == "kind").is_some_and(|e| {
            let after = input.get(e.end..).unwrap_or("").trim_start();
            let word = after.split([' ', '\'', '\u{2019}']).next().unwrap_or("").to_lowercase();
            matches!(word.as_str(), "on" | "sur" | "de" | "d" | "du" | "des" | "for" | "pour" | "relatif" | "relative" | "portant" | "concerning" | "regarding" | "dans" | "in")
        })
    };
    let bare = |a: &Agreement| !a.kind_text.contains([' ', '-', '\'', '\u{2019}']) && !topic(a);
    if !agreements.iter().any(bare) {
        return agreements;
    }
    let parties = |a: &Agreement| {
        let mut p: Vec<(Option<String>, Option<String>)> = a.parties.iter().map(|p| (p.country.clone(), p.code.clone())).collect();
        p.sort();
        p
    };
    let keys: Vec<_> = agreements.iter().map(|a| (a.kind, a.status, parties(a))).collect();
    let fuller = |i: usize| {
        let a = &agreements[i];
        let head = a.kind_text.to_lowercase();
        agreements.iter().enumerate().any(|(j, b)| {
            j != i
                && keys[j] == keys[i]
                && (a.date.is_none() || a.date == b.date)
                // (The place, when it has one, the fuller one's too: a lead's
                // "ont signé hier à Doha un accord et deux mémorandums"
                // over the list that tells each.)
                && (a.location.is_none() || a.location == b.location)
                && b.kind_text.len() > a.kind_text.len()
                && b.kind_text.to_lowercase().starts_with(&head)
        })
    };
    let drop: Vec<bool> = (0..agreements.len()).map(|i| bare(&agreements[i]) && fuller(i)).collect();
    agreements.into_iter().zip(drop).filter(|(_, d)| !d).map(|(a, _)| a).collect()
}

/// The lexicons' pass over a text, and the instruments it found.
struct Lexical {
    /// Raw matches by lexicon (see [`Tables::union`]).
    raw: Vec<Vec<Raw>>,
    instruments: Vec<((usize, usize), Instrument)>,
}

impl Lexical {
    fn scan(tables: &Tables, input: &str, folded: &Folded) -> Lexical {
        let raw = tables.union.scan(&folded.text);
        let mut instruments: Vec<_> = tables.instruments.select(&raw[INSTRUMENTS]).into_iter().map(|h| ((h.start, h.end), *h.value)).collect();
        // A venue ("the Convention Centre", "Convention Hall") is no
        // instrument, and the places after it are the signing's.
        instruments.retain(|&((s, e), _)| !venue(&folded.text[s..e], &folded.text[e..]));
        // "establishes a framework for cooperation in semiconductors", "dans
        // le cadre de coopération": the phrase, not the United Nations' plan.
        let capital = |at: usize| folded.upper_at(input, at);
        instruments.retain(|&((s, e), _)| !loose_framework(&folded.text[s..e], &folded.text[..s], &folded.text[e..], |k| capital(e + k)));
        Lexical { raw, instruments }
    }
}

/// Whether an instrument noun names a venue: "convention" before a
/// building's noun ("Convention Centre", "Convention Hall").
fn venue(noun: &str, after: &str) -> bool {
    let next = after.strip_prefix(' ').and_then(|r| r.split(|c: char| !c.is_alphanumeric()).next()).unwrap_or("");
    noun.starts_with("convention") && slots::BUILDING_NOUNS.contains(&next.strip_suffix('s').unwrap_or(next))
}

/// Whether a framework's noun ("framework for cooperation", "cadre de
/// coopération") only describes what another instrument sets up or works
/// within: a lowercase field right after it ("... for cooperation in
/// semiconductors", not "in Windhoek", "on Tuesday" or "en présence"), or
/// a verb of setting up or a preposition of working within just before it.
/// `capital(k)` tells whether the input character at folded offset `k` of
/// `after` is uppercase.
fn loose_framework(noun: &str, before: &str, after: &str, capital: impl Fn(usize) -> bool) -> bool {
    if !matches!(noun, "framework for cooperation" | "cooperation framework" | "cooperation frameworks" | "frameworks for cooperation") && !noun.starts_with("cadre") {
        return false;
    }
    let field_after = [" in ", " on ", " dans ", " en ", " sur "].iter().any(|p| {
        after.starts_with(p) && {
            let next = after[p.len()..].split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            !next.is_empty()
                && !capital(p.len())
                && !next.bytes().all(|b| b.is_ascii_digit())
                && !matches!(next, "the" | "a" | "an" | "la" | "le" | "les" | "l" | "presence" | "marge")
        }
    });
    let words: Vec<&str> = before.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).rev().take(3).collect();
    let set_up = words.iter().any(|w| {
        w.starts_with("establish") || w.starts_with("provid") || w.starts_with("creat") || w.starts_with("cree") || w.starts_with("offer")
            || w.starts_with("etabli") || w.starts_with("fourni") || matches!(*w, "set" | "sets" | "within" | "under" | "dans" | "as" | "comme")
    });
    field_after || set_up
}

/// Recognizes everything in a text and hands the mentions to `then`.
fn with_mentions<R>(
    tables: &Tables,
    input: &str,
    folded: &Folded,
    lexical: Lexical,
    lang: Language,
    doc_date: &DocumentDate,
    then: impl FnOnce(&Mentions) -> R,
) -> R {
    let Lexical { raw, mut instruments } = lexical;
    let mut sentences = segment::sentences(input, folded);
    let anchors: Vec<usize> = instruments.iter().map(|((s, _), _)| *s).collect();
    segment::mark_foreign(&mut sentences, folded, lang.code(), &anchors);
    segment::split_instrument_lists(&mut sentences, folded, &anchors);
    let mut named = tables.gazetteer.mentions(input, folded, tables.gazetteer.lexicon().select(&raw[PLACES]));
    named.retain(|n| !names_a_language(input, folded, n));
    let aliases = acronym_aliases(input, folded, &instruments, &named);
    if !aliases.is_empty() {
        instruments.extend(aliases);
        instruments.sort_by_key(|(sp, _)| *sp);
    }
    let mut cues: Vec<_> = tables.cues.select(&raw[CUES]).into_iter().map(|h| ((h.start, h.end), *h.value)).collect();
    // The final clause's formula counts only right after a comma.
    cues.retain(|&((s, e), _)| !cues::FORMULAS.contains(&&folded.text[s..e]) || folded.text[..s].trim_end().ends_with(','));
    // List openers may overlap other cues ("cooperation in the fields of"):
    // keep every one of them.
    for h in tables.area_openers.select_all(&raw[AREA_OPENERS]) {
        if *h.value == Cue::AreaList && !cues.iter().any(|(sp, c)| *sp == (h.start, h.end) && *c == Cue::AreaList) {
            cues.push(((h.start, h.end), Cue::AreaList));
        }
    }
    // "fixe les axes de la coopération entre les deux communes :" over a
    // bulleted list.
    // (An instrument in the clause, or its anaphor: "La charte fixe ...".)
    let names_instrument = |a: usize, b: usize| {
        let k = instruments.partition_point(|((s, _), _)| *s < a);
        instruments.get(k).is_some_and(|((s, _), _)| *s < b)
    };
    add_area_openers(&mut cues, cues::vertical_list_openers(&folded.text, names_instrument));
    // "The statement lists energy, food security and transport as
    // priorities": the verb opens the list its "as priorities" closes.
    add_area_openers(&mut cues, cues::priority_list_openers(&folded.text));
    // "L'accord porte, lui, sur ...": an opener cut by an aside.
    add_area_openers(&mut cues, cues::openers_across_asides(&folded.text, &tables.area_openers, &tables.area_openers_alone));
    // "devrait quant à lui être signé", "will also be signed": a modal
    // and its step with words between them.
    // (It takes the place of every cue it overlaps: "être signé" alone
    // reads as done, "be signed by" as a signing with its agents. The
    // spans come sorted and apart, so one pass drops those cues.)
    let across = cues::modal_steps_across(&folded.text);
    if !across.is_empty() {
        cues.retain(|&((s, e), _)| {
            let k = across.partition_point(|&(_, b)| b <= s);
            across.get(k).is_none_or(|&(a, _)| e <= a)
        });
        cues.extend(across.into_iter().map(|sp| (sp, Cue::Planned)));
    }
    // "the Treaty of Amity and Cooperation in Southeast Asia": an opener
    // capitalized inside a sentence is part of a title, not a list's.
    let capital = |at: usize| folded.upper_at(input, at);
    let inside_sentence = |at: usize| {
        let before = folded.text[folded.text.floor_char_boundary(at.saturating_sub(4))..at].trim_end_matches(' ');
        !before.is_empty() && !before.ends_with(['.', '!', '?', ':', '\n', '"', '-', '*', ')', '\u{2026}'])
    };
    cues.retain(|&((s, _), c)| c != Cue::AreaList || !(capital(s) && inside_sentence(s)));
    // "Ce dernier texte a été signé devant le général X": a signing before
    // someone is a presence ("devant" alone is too often a place or a
    // challenge: "devant le siège", "devant la crise").
    let before_someone: Vec<_> = cues
        .iter()
        .filter(|&&((_, e), c)| c == Cue::Signed && folded.text[e..].starts_with(" devant "))
        .map(|&((_, e), _)| ((e + 1, e + " devant".len()), Cue::Presence))
        .collect();
    cues.extend(before_someone);
    // "La cérémonie de signature, co-présidée par", "la signature,
    // présidée hier par": a ceremony presided in any wording (a committee
    // "présidé par" two ministers is chaired, not watched).
    static PRESIDED: std::sync::OnceLock<memchr::memmem::Finder<'static>> = std::sync::OnceLock::new();
    let presided: Vec<_> = PRESIDED
        .get_or_init(|| memchr::memmem::Finder::new(b"presidee"))
        .find_iter(folded.text.as_bytes())
        .filter(|&k| {
            let lead = &folded.text[folded.text.floor_char_boundary(k.saturating_sub(PRESIDED_REACH))..k];
            let clause = &lead[lead.rfind(['.', ';', '\n']).map_or(0, |j| j + 1)..];
            (clause.contains("ceremonie") || clause.contains("signature")) && folded.text[k..].split(' ').nth(1).is_some_and(|w| w == "par" || w.len() > 3 && folded.text[k..].split(' ').nth(2) == Some("par"))
        })
        .map(|k| ((k, k + "presidee".len()), Cue::Presence))
        .collect();
    cues.extend(presided);
    cues.sort_by_key(|(sp, _)| *sp);
    // "returned to the pavilion to sign", "met on Thursday to sign", "se
    // sont réunis mardi pour signer": a purpose that the past verb of a
    // coming together fulfilled, not a signing to come.
    for (sp, c) in &mut cues {
        let purpose = match &folded.text[sp.0..sp.1] {
            "to sign" => true,
            "signer" => folded.text[..sp.0].ends_with("pour "),
            _ => false,
        };
        if *c == Cue::Planned && purpose && gathered_to_sign(&folded.text[..sp.0]) {
            *c = Cue::Signed;
        }
    }
    // "signed after talks between the two presidents", "à l'issue des
    // négociations": talks that a signing followed say nothing of a step
    // to come.
    cues.retain(|&((s, e), c)| c != Cue::Planned || !talks_behind(&folded.text[s..e], &folded.text[..s]));
    // "un projet de traité" is a draft; "un projet de 8 millions de
    // dollars", "le projet de loi" are not: the draft's noun is an
    // instrument's, right after.
    // (A word or two may stand between: "un projet de nouvel accord", "le
    // projet de révision de l'accord"; no amount, and no bill.)
    let instrument_soon = |e: usize, reach: usize| {
        let k = instruments.partition_point(|((a, _), _)| *a < e);
        instruments.get(k).is_some_and(|((a, _), _)| *a - e <= reach && !folded.text[e..*a].bytes().any(|b| b.is_ascii_digit()))
    };
    cues.retain(|&((s, e), c)| {
        c != Cue::Planned || &folded.text[s..e] != "projet de" || {
            let next = folded.text[e..].trim_start().split([' ', '\'']).next().unwrap_or("");
            !matches!(next, "loi" | "lois" | "decret" | "resolution") && instrument_soon(e, 25)
        }
    });
    // "adopts the Report of the Committee on the Agreement", "a adopté
    // l'ordre du jour": what a sitting adopts is not always the instrument.
    // (A whole word, and no instrument right after it: "adopted the budget
    // support agreement" adopts the agreement.)
    let not_adopted = |e: usize| {
        NOT_ADOPTED.iter().any(|w| {
            folded.text[e..].starts_with(w) && {
                let end = e + w.len();
                let k = instruments.partition_point(|((a, _), _)| *a < end);
                let compound = instruments.get(k).is_some_and(|((a, _), _)| *a <= end + COMPOUND_BYTES && folded.text[end..*a].split(' ').filter(|x| !x.is_empty()).count() <= 1);
                !folded.text[end..].starts_with(|ch: char| ch.is_alphanumeric()) && !compound
            }
        })
    };
    cues.retain(|&((s, e), c)| {
        let t = &folded.text[s..e];
        !matches!(c, Cue::Signed | Cue::Ratified) || !(t.starts_with("adopt") || t.contains("approv")) || !not_adopted(e)
    });
    // "depuis son entrée en vigueur", "since its entry into force": a
    // period that began with the step, not the step told.
    cues.retain(|&((s, _), c)| {
        c != Cue::Ratified || !{
            let before = folded.text[..s].trim_end();
            ["depuis son", "depuis sa", "depuis leur", "depuis l'", "depuis la", "depuis le", "since its", "since their", "since the"].iter().any(|w| before.ends_with(w))
        }
    });
    // "attended the ceremony" of this signing, ending its clause: not "who
    // attended the ceremony of the forum's opening"; "la signature, prévue
    // initialement en mars, a eu lieu hier" was planned, and is done.
    cues.retain(|&((s, e), c)| {
        let t = &folded.text[s..e];
        let after = &folded.text[e..];
        let ceremony = c == Cue::WitnessedSigning && t.ends_with("ceremony");
        let first_plan = c == Cue::Planned && t.contains("signature") && {
            let next = after.trim_start_matches([' ', ',']).split(' ').next().unwrap_or("");
            matches!(next, "initialement" | "d'abord" | "originally" | "initially" | "first")
        };
        !(ceremony && !(after.is_empty() || after.starts_with(['.', ',', ';']) || after.starts_with(" of sign") || after.starts_with(" of the sign")))
            && !first_plan
    });
    // "acceded to the Treaty", "a adhéré à la Convention": an accession
    // joins an instrument named right after it, not "the union's demands".
    cues.retain(|&((s, e), c)| {
        let t = &folded.text[s..e];
        c != Cue::Ratified || !(t.starts_with("acced") || t.contains("adhere")) || instrument_soon(e, 30)
    });
    let conv = |(s, e): (usize, usize)| (folded.to_folded(s), folded.to_folded(e));
    // Dates and people are sought only around the instruments: the
    // paragraphs that name one, with the two paragraphs before and after, and
    // the first paragraph (dateline, the visit it reports).
    let mut dates_found = Vec::new();
    let mut people_found = Vec::new();
    // Input spans of the states and organizations named: no person's name.
    // A capital right after a capitalized word is a surname ("Ana Beatriz
    // Moreira Lima"), not a place: names may run through it.
    let surname = |n: &&crate::gazetteer::Mention| {
        n.entry.form == Form::Capital && {
            let (a, _) = folded.span(n.start, n.end);
            let before = input[..a].strip_suffix(' ').unwrap_or("");
            let word = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
            before.len() < a && word.chars().next().is_some_and(char::is_uppercase) && word.chars().skip(1).any(char::is_lowercase)
        }
    };
    let places: Vec<(usize, usize)> = named.iter().filter(|n| !surname(n)).map(|n| folded.span(n.start, n.end)).collect();
    for (a, b) in relevant_ranges(input, folded, &sentences, &instruments) {
        let (piece, sub);
        let (text, fold) = if a == 0 && b == input.len() {
            (input, folded)
        } else {
            piece = &input[a..b];
            sub = Folded::new(piece);
            (piece, &sub)
        };
        for mut d in dates::find_dates(text, fold, lang) {
            d.start += a;
            d.end += a;
            dates_found.push(d);
        }
        let inside = places.partition_point(|p| p.0 < a)..places.partition_point(|p| p.0 < b);
        let places_here: Vec<_> = places[inside].iter().filter(|p| p.1 <= b).map(|p| (p.0 - a, p.1 - a)).collect();
        for mut p in people::find_people(text, fold, lang, &places_here) {
            p.name = (p.name.0 + a, p.name.1 + a);
            p.role = p.role.map(|(s, e)| (s + a, e + a));
            people_found.push(p);
        }
    }
    let dates: Vec<_> = dates_found.into_iter().map(|d| (conv((d.start, d.end)), d)).collect();
    let people: Vec<Person> = people_found.iter().map(|p| Person::from_mention(p, folded)).collect();
    // "IsDB Vice President for Country Programs X", "coordonnateur du Plan
    // national de développement": an instrument's capitalized noun inside
    // someone's office names no instrument. (A lowercase one may be a
    // clause the office ran on into: "..., de trois instruments".)
    let mut roles: Vec<(usize, usize)> = people.iter().filter_map(|p| p.role).collect();
    if !roles.is_empty() {
        roles.sort_unstable();
        instruments.retain(|((s, e), _)| {
            let k = roles.partition_point(|r| r.0 <= *s);
            k == 0 || roles[k - 1].1 < *e || !folded.upper_at(input, *s)
        });
    }
    let mechanisms: Vec<_> = tables.mechanisms.select(&raw[MECHANISMS]).into_iter().map(|h| (h.start, h.end)).collect();
    let mut sectors: Vec<_> = tables.sectors.select(&raw[SECTORS]).into_iter().map(|h| ((h.start, h.end), *h.value)).collect();
    // "un plan de travail", "un groupe de travail", "une séance de
    // travail": work, not labour.
    sectors.retain(|&((s, e), _)| {
        &folded.text[s..e] != "travail" || !["plan de ", "programme de ", "groupe de ", "groupes de ", "seance de ", "seances de ", "reunion de ", "visite de ", "document de ", "langue de ", "outils de "].iter().any(|p| folded.text[..s].ends_with(p))
    });
    let doc_date_span = doc_date.dateline.or(doc_date.span).map(conv);
    let datelines = datelines(input, folded);
    let m = Mentions {
        lang,
        datelines,
        input,
        folded,
        sentences,
        named,
        instruments,
        cues,
        dates,
        people,
        mechanisms,
        sectors,
        doc_date: *doc_date,
        doc_date_span,
    };
    then(&m)
}

/// How far after "the budget" an instrument's noun makes one compound
/// ("the budget support agreement").
const COMPOUND_BYTES: usize = 24;

/// What a sitting adopts that is no instrument, right after the verb.
const NOT_ADOPTED: &[&str] = &[
    " the report", " a report", " the motion", " the agenda", " the order paper", " the budget", " the minutes of the sitting", " le rapport",
    " un rapport", " la motion", " l'ordre du jour", " le budget", " son rapport", " its report",
];

/// How far before "présidée" a ceremony's noun may stand ("la cérémonie
/// de signature des deux accords, co-présidée par").
const PRESIDED_REACH: usize = 60;

/// Whether a demonym names a language, not its state: "où le français et
/// le néerlandais ouvrent des portes", "rédigé en lao", "published in
/// French and English". A French demonym follows its noun, so right after
/// an article or "en", lowercase, it is the language; an English one after
/// "in" that ends its phrase is too.
fn names_a_language(input: &str, folded: &Folded, n: &crate::gazetteer::Mention) -> bool {
    // (Nor is the pronoun in a site's capitals, "ABOUT US", "CONTACT US",
    // a state: the word before in capitals too.)
    if &folded.text[n.start..n.end] == "us" {
        let before = folded.text[..n.start].trim_end_matches(' ');
        let verb = ["about", "contact", "follow", "join", "email", "call", "subscribe"].into_iter().find(|w| {
            before.ends_with(w) && before[..before.len() - w.len()].ends_with([' ', '\n', '|'])
        });
        if let Some(w) = verb {
            let (a, b) = folded.span(before.len() - w.len(), before.len());
            if !input[a..b].chars().any(char::is_lowercase) {
                return true;
            }
        }
    }
    if n.entry.form != Form::Demonym {
        return false;
    }
    let text = &folded.text;
    let before = text[text.floor_char_boundary(n.start.saturating_sub(4))..n.start].trim_end_matches(' ');
    let word_before = |w: &str| before.strip_suffix(w).is_some_and(|b| b.is_empty() || b.ends_with([' ', '\'', '(']));
    let (is, _) = folded.span(n.start, n.start + 1);
    let lowercase = input[is..].chars().next().is_some_and(char::is_lowercase);
    let after = text[n.end..].trim_start_matches(' ');
    let phrase_ends = after.is_empty() || after.starts_with([',', '.', ';', ')']) || after.starts_with("and ") || after.starts_with("or ");
    lowercase && ["le", "du", "en", "au"].iter().any(|w| word_before(w)) || word_before("in") && phrase_ends
}

/// The most acronyms of instruments a text defines that are sought again.
const MAX_ACRONYMS: usize = 8;

/// Later mentions of an instrument by the acronym its name was given in
/// brackets ("the Indonesia-Madagascar Preferential Trade Agreement
/// (IM-PTA) ... The IM-PTA was signed in Jakarta"): each takes up the
/// instrument as a bare noun would ("the agreement"), with its kind. The
/// acronym must have two capitals at least and be written the same way
/// each time: the comparison in the input's case keeps "(AU)" from
/// matching the French "au".
/// Not an instrument inside a name the gazetteer knows ("the North
/// Atlantic Treaty Organization (NATO)"), nor an acronym it knows.
fn acronym_aliases(
    input: &str,
    folded: &Folded,
    instruments: &[((usize, usize), Instrument)],
    named: &[crate::gazetteer::Mention],
) -> Vec<((usize, usize), Instrument)> {
    let text = &folded.text;
    let mut out = Vec::new();
    let mut defined: Vec<&str> = Vec::new();
    // The named mention that starts at or covers folded `at`, if any.
    let named_at = |at: usize| {
        let i = named.partition_point(|n| n.start <= at);
        i.checked_sub(1).map(|k| &named[k]).filter(|n| at < n.end)
    };
    for &((s, e), inst) in instruments {
        if defined.len() >= MAX_ACRONYMS {
            break;
        }
        if named_at(s).is_some() {
            continue;
        }
        // The name's own words may stand between: "Accord de partenariat
        // économique (APE)", with no clause break.
        let window = &text[e..text.floor_char_boundary((e + 80).min(text.len()))];
        let Some(open) = window.find(" (") else { continue };
        if window[..open].contains([',', '.', ';', ':', '(', ')', '"']) || window[..open].split(' ').count() > 7 {
            continue;
        }
        let inner_start = e + open + 2;
        let inner = &text[inner_start..text.floor_char_boundary((inner_start + 13).min(text.len()))];
        let Some(len) = inner.find(')').filter(|&n| n >= 2) else { continue };
        if named_at(inner_start).is_some() {
            continue;
        }
        let (a, b) = folded.span(inner_start, inner_start + len);
        let acronym = &input[a..b];
        let capitals = acronym.chars().filter(char::is_ascii_uppercase).count();
        if capitals < 2 || !acronym.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') || defined.contains(&acronym) {
            continue;
        }
        defined.push(acronym);
        let key = &text[inner_start..inner_start + len];
        let after = inner_start + len + 1;
        for k in memchr::memmem::find_iter(text[after..].as_bytes(), key.as_bytes()).map(|k| after + k) {
            let end = k + key.len();
            let bounded = !text.as_bytes()[k - 1].is_ascii_alphanumeric() && text.as_bytes().get(end).is_none_or(|c| !c.is_ascii_alphanumeric() && *c != b'-');
            let (ia, ib) = folded.span(k, end);
            if bounded && &input[ia..ib] == acronym {
                out.push(((k, end), Instrument { anaphor: true, plural: false, loose: false, ..inst }));
            }
        }
    }
    // (A mention the lexicon found already stands.)
    out.retain(|((s, e), _)| {
        let i = instruments.partition_point(|((a, _), _)| a < e);
        !instruments[..i].iter().rev().take(4).any(|((a, b), _)| a < e && s < b)
    });
    out
}

/// Past verbs of coming together whose purpose "to sign" states what was
/// done ("met", "returned", "se sont réunis").
const GATHERED: &[&str] = &[
    "met", "gathered", "returned", "came", "went", "travelled", "traveled", "arrived", "convened", "joined", "sat",
    "reuni", "reunie", "reunis", "reunies", "retrouve", "retrouvee", "retrouves", "retrouvees", "rendu", "rendue", "rendus",
    "rendues", "venu", "venue", "venus", "venues",
];

/// Adds list openers found apart from the lexicon as [`Cue::AreaList`]
/// cues, each unless it overlaps a list opener already there: one sort and
/// a binary search per opener, so that a page of many stays linear.
fn add_area_openers(cues: &mut Vec<((usize, usize), Cue)>, spans: Vec<(usize, usize)>) {
    if spans.is_empty() {
        return;
    }
    let mut have: Vec<(usize, usize)> = cues.iter().filter(|(_, c)| *c == Cue::AreaList).map(|(sp, _)| *sp).collect();
    have.sort_unstable();
    // The furthest end among the openers that start up to each one.
    let reach: Vec<usize> = have.iter().scan(0, |m, &(_, e)| {
        *m = e.max(*m);
        Some(*m)
    }).collect();
    let overlaps = |(a, b): (usize, usize)| {
        let k = have.partition_point(|&(s, _)| s < b);
        k > 0 && reach[k - 1] > a
    };
    let new: Vec<(usize, usize)> = spans.into_iter().filter(|&sp| !overlaps(sp)).collect();
    cues.extend(new.into_iter().map(|sp| (sp, Cue::AreaList)));
}

/// Whether the folded text before a "to sign" ends in a clause whose verb
/// is one of [`GATHERED`] in the past, with no word of the future or of
/// intent between them, within eight words.
fn gathered_to_sign(before: &str) -> bool {
    let words = clause_words_back(before, 160, 8, true);
    let Some(k) = words.iter().position(|w| GATHERED.contains(w)) else { return false };
    // Words of a future, an intent or another verb between ("met and
    // decided to sign", "met and said they hope to sign").
    let intent = |w: &&str| {
        matches!(
            *w,
            "will" | "would" | "shall" | "expected" | "plan" | "plans" | "planned" | "due" | "set" | "is" | "are" | "be"
                | "and" | "but" | "decided" | "agreed" | "hope" | "hoped" | "hopes" | "said" | "want" | "wanted" | "intend"
                | "intended" | "aim" | "aimed" | "pledged" | "promised" | "vowed" | "doivent" | "doit" | "vont" | "va"
                | "devraient" | "devrait" | "seront" | "sera" | "et" | "mais" | "ont" | "decide" | "convenu" | "souhaitent"
                | "esperent" | "espere"
        )
    };
    // The verb's own auxiliary stays ("se sont réunis"); a future or an
    // intent before it ("will travel", "are due to meet") does not.
    !words[..k].iter().any(intent) && !words.get(k + 1).is_some_and(|w| intent(w) || *w == "to") && !words.get(k + 2).is_some_and(|w| matches!(*w, "will" | "would" | "to"))
}

/// The last `n` words of the clause that ends `before` (after its last
/// '.', ';' or line break), nearest first, with inner hyphens and, when
/// `apostrophes`, inner apostrophes. The clause is sought only in the
/// last `bytes` bytes, which hold `n` words, so that a text of many cues
/// and no full stop stays linear.
fn clause_words_back(before: &str, bytes: usize, n: usize, apostrophes: bool) -> Vec<&str> {
    let window = &before[before.floor_char_boundary(before.len().saturating_sub(bytes))..];
    let clause = &window[window.rfind(['.', ';', '\n']).map_or(0, |k| k + 1)..];
    clause
        .split(|c: char| !c.is_alphanumeric() && c != '-' && !(apostrophes && c == '\''))
        .filter(|w| !w.is_empty())
        .rev()
        .take(n)
        .collect()
}

/// Whether a cue of talks (`cue`, folded) follows, within a few words, a
/// word that puts them before what the sentence tells ("after two days of
/// talks", "following negotiations", "à l'issue des pourparlers", "au
/// terme des négociations").
fn talks_behind(cue: &str, before: &str) -> bool {
    if !matches!(cue, "talks" | "negotiations" | "negociations" | "pourparlers" | "des discussions") {
        return false;
    }
    let words = clause_words_back(before, 100, 5, false);
    words.iter().enumerate().any(|(k, w)| {
        matches!(*w, "after" | "following" | "apres")
            || (matches!(*w, "issue" | "terme") && words.get(k + 1).is_some_and(|p| matches!(*p, "l" | "au")))
    })
}

/// More separate ranges than this are read as one whole text.
const MAX_RANGES: usize = 6;

/// The input byte ranges worth reading for dates and people: every
/// paragraph that names an instrument, with its neighbours, and the first
/// paragraph, merged; the whole text when that is most of it.
fn relevant_ranges(
    input: &str,
    folded: &Folded,
    sentences: &[segment::Sentence],
    instruments: &[((usize, usize), Instrument)],
) -> Vec<(usize, usize)> {
    let whole = vec![(0, input.len())];
    let Some(last) = sentences.last() else { return whole };
    let paragraphs = last.paragraph + 1;
    let mut wanted = vec![false; paragraphs];
    wanted[0] = true;
    for ((s, _), _) in instruments {
        let i = sentences.partition_point(|x| x.end <= *s);
        if let Some(sent) = sentences.get(i) {
            let p = sent.paragraph;
            wanted[p.saturating_sub(2)..=(p + 2).min(paragraphs - 1)].fill(true);
        }
    }
    // Folded ranges of the wanted paragraphs, merged when adjacent.
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    let mut previous_wanted = false;
    for sent in sentences {
        let keep = wanted[sent.paragraph];
        if keep {
            match ranges.last_mut() {
                Some(r) if previous_wanted => r.1 = r.1.max(sent.end),
                _ => ranges.push((sent.start, sent.end)),
            }
        }
        previous_wanted = keep;
    }
    // Each range costs a fold and a recognizer set-up: read the whole text
    // when the ranges cover most of it or are many.
    let covered: usize = ranges.iter().map(|(a, b)| b - a).sum();
    if covered * 10 >= folded.text.len() * 7 || ranges.len() > MAX_RANGES {
        return whole;
    }
    ranges
        .into_iter()
        .map(|(a, b)| {
            // From the start of the paragraph's line to the end of its last sentence.
            let line_start = folded.text[..a].rfind('\n').map_or(0, |k| k + 1);
            let (s, _) = folded.span(line_start, line_start);
            let (_, e) = folded.span(b.max(line_start), b.max(line_start));
            (s, e.max(s))
        })
        .collect()
}

/// Runs `then` over the mentions of a text dated by its marker: for the
/// assembly and slot tests.
#[cfg(test)]
pub(crate) fn test_mentions<R>(input: &str, then: impl FnOnce(&Mentions) -> R) -> R {
    use std::sync::OnceLock;
    static TABLES: OnceLock<Tables> = OnceLock::new();
    let tables = TABLES.get_or_init(Tables::build);
    let folded = Folded::new(input);
    let doc_date = dates::document_date(input, &folded);
    let lang = if language::detect(&folded) == "en" { Language::English } else { Language::French };
    let lexical = Lexical::scan(tables, input, &folded);
    with_mentions(tables, input, &folded, lexical, lang, &doc_date, then)
}

/// Turns a frame into the schema's agreement with evidence spans.
fn serialize(m: &Mentions, f: &Frame, names: &PartyNames) -> Agreement {
    let mut evidence = Vec::new();
    let mut ev = |field: String, (s, e): (usize, usize)| {
        let (a, b) = m.folded.span(s, e);
        if a < b {
            evidence.push(Evidence { field, start: a, end: b });
        }
    };
    let written = |(s, e): (usize, usize)| -> String {
        let (a, b) = m.folded.span(s, e);
        m.input[a..b].trim().to_string()
    };
    ev("kind".into(), f.kind_span);
    if let Some(sp) = f.status_span {
        ev("status".into(), sp);
    }
    let date = f.date.as_ref().map(|(v, sp)| {
        ev("date".into(), *sp);
        v.clone()
    });
    let location = f.location.map(|sp| {
        ev("location".into(), sp);
        let name = written(sp);
        // A capital's state, or the state written right after a town
        // ("Arusha, Tanzania", "Kaya, au Burkina Faso").
        let country = m.named_at(sp.0).filter(|n| (matches!(n.entry.form, Form::Capital | Form::Short) || n.entry.region) && !n.entry.is_org()).map(|n| n.entry.code.to_string()).or_else(|| {
            let rest = &m.folded.text[sp.1..];
            let skip = slots::STATE_AFTER_PLACE.iter().find(|p| rest.starts_with(*p)).map(|p| p.len())?;
            m.named_at(sp.1 + skip).filter(|n| matches!(n.entry.form, Form::Short | Form::Name) && !n.entry.is_org()).map(|n| n.entry.code.to_string())
        });
        Location { name, country }
    });
    let mut parties = Vec::new();
    for (i, p) in f.parties.iter().enumerate() {
        ev(format!("parties[{i}]"), p.span);
        // A province or a national agency named for itself: that
        // institution, in its state.
        let institution = m.named_at(p.span.0).filter(|n| n.entry.is_institution() && n.end == p.span.1);
        parties.push(if let Some(n) = institution {
            Party { name: written((n.start, n.end)), kind: PartyType::Institution, country: Some(p.code.clone()), code: None }
        } else if p.org {
            Party { name: names.get(&p.code, p.org), kind: PartyType::Organization, country: None, code: Some(p.code.clone()) }
        } else {
            Party { name: names.get(&p.code, p.org), kind: PartyType::State, country: Some(p.code.clone()), code: None }
        });
    }
    // A short later mention ("Han", "M. Sarr") stands for the full name
    // given before, with its role: one person, listed once.
    // (The same name written twice, as in a caption under the story, is
    // one person too.)
    let same = |a: usize, b: usize| a == b || people::same_person(m.text(m.people[a].name), m.text(m.people[b].name));
    let resolved = |list: &[usize]| {
        let mut out: Vec<usize> = Vec::with_capacity(list.len());
        for pi in list.iter().map(|&pi| full_mention(m, pi)) {
            if !out.iter().any(|&q| same(q, pi)) {
                out.push(pi);
            }
        }
        out
    };
    let person = |pi: usize, field: String, ev: &mut dyn FnMut(String, (usize, usize))| -> PersonOut {
        let p = &m.people[pi];
        ev(field, p.name);
        PersonOut {
            name: written(p.name),
            role: p.role.map(written),
            country: slots::person_country(m, pi).map(|(c, _)| c),
        }
    };
    let watching = resolved(&f.witnesses);
    let watches = |pi: usize| watching.iter().any(|&w| same(w, pi));
    let mut signers = resolved(&f.signatories);
    // Named a witness, and read a signer from a looser clue in a sentence
    // of its own ("on a state visit to Buenos Aires by X ... The plan was
    // signed by A and B ... The ceremony was witnessed by X"), while two
    // others signed: a witness. (Not one of a list of signers: "signed by
    // A, B and C, in the presence of C's predecessor D".)
    let sentence = |pi: usize| m.sentence_of(m.people[pi].name.0);
    let demoted: Vec<usize> = signers
        .iter()
        .copied()
        .filter(|&pi| watches(pi) && !signers.iter().any(|&q| q != pi && !watches(q) && sentence(q) == sentence(pi)))
        .collect();
    if !demoted.is_empty() && signers.len() - demoted.len() >= 2 {
        signers.retain(|pi| !demoted.contains(pi));
    }
    let mut signatories: Vec<PersonOut> = Vec::new();
    for (i, &pi) in signers.iter().enumerate() {
        signatories.push(person(pi, format!("signatories[{i}]"), &mut ev));
    }
    let mut witnesses: Vec<PersonOut> = Vec::new();
    // Who signed an instrument did not witness it.
    let watchers: Vec<usize> = watching.into_iter().filter(|&pi| !signers.iter().any(|&s| same(s, pi))).collect();
    for (i, pi) in watchers.into_iter().enumerate() {
        witnesses.push(person(pi, format!("witnesses[{i}]"), &mut ev));
    }
    infer_countries(&mut signatories, &parties);
    let mut areas = Vec::new();
    for (i, &sp) in f.areas.iter().enumerate() {
        ev(format!("areas[{i}]"), sp);
        areas.push(written(sp));
    }
    let mut mechanisms = Vec::new();
    for (i, &sp) in f.mechanisms.iter().enumerate() {
        ev(format!("mechanisms[{i}]"), sp);
        mechanisms.push(written(sp));
    }
    let mut sectors = Vec::new();
    for (i, (sec, sp)) in f.sectors.iter().enumerate() {
        ev(format!("sectors[{i}]"), *sp);
        sectors.push(*sec);
    }
    let filled = [date.is_some(), location.is_some(), parties.len() >= 2, !signatories.is_empty(), !sectors.is_empty()];
    let mut confidence = 0.45 + 0.09 * filled.iter().filter(|x| **x).count() as f64;
    if f.weekday_mismatch {
        confidence -= 0.1;
    }
    let confidence = (confidence.clamp(0.05, 0.95) * 100.0).round() / 100.0;
    Agreement {
        kind: f.kind,
        kind_text: written(f.kind_span),
        status: f.status,
        date,
        location,
        parties,
        sectors,
        areas,
        signatories,
        witnesses,
        mechanisms,
        confidence,
        evidence,
    }
}

/// How many people back a short mention looks for its full name.
const MAX_ANTECEDENT_PEOPLE: usize = 60;

/// The person's first full mention, when `pi` is a later short one (a
/// reference, or a single word: "Han", "M. Sarr", "Van Leeuwen-Kraus").
pub(crate) fn full_mention(m: &Mentions, pi: usize) -> usize {
    let p = &m.people[pi];
    let name = |q: &Person| {
        let (a, b) = m.folded.span(q.name.0, q.name.1);
        &m.input[a..b]
    };
    let short = name(p);
    // ("Van Leeuwen-Kraus" is one word past its particle.)
    if !p.reference && short.contains(' ') && people::name_words(short) > 1 {
        return pi;
    }
    // "Dr. Semereab" for "Dr. Semereab Haile Gebru", "Ato Kebede": an
    // honorific before a given name, as Ethiopian and Eritrean names are
    // used, takes up a name of three words or more by its first.
    let folded_short = &m.folded.text[p.name.0..p.name.1];
    let honored = !folded_short.contains(' ') && m.words_before(p.name.0, 1).first().is_some_and(|w| people::is_honorific(w));
    let first_word_of = |q: &Person| {
        let long = &m.folded.text[q.name.0..q.name.1];
        long.split(' ').count() >= 3 && long.split(' ').next() == Some(folded_short)
    };
    // The last word must appear in the earlier name: a cheap test before
    // the full comparison, over the people named shortly before.
    let last = folded_short.rsplit(' ').next().unwrap_or("");
    let earlier = pi.saturating_sub(MAX_ANTECEDENT_PEOPLE)..pi;
    earlier
        .clone()
        .find(|&q| {
            let other = &m.people[q];
            // (The same name written again takes up the first mention's
            // role: "Peru's Minister, Jorge Salcedo" ... "Jorge Salcedo and
            // X signed".)
            let (long, own) = (other.name.1 - other.name.0, p.name.1 - p.name.0);
            !other.reference
                && (long > own || long == own && other.role.is_some() && p.role.is_none())
                && m.folded.text[other.name.0..other.name.1].contains(last)
                && people::same_person(name(other), short)
        })
        // (A given name is the nearest person's who bears it first.)
        .or_else(|| honored.then(|| earlier.rev().find(|&q| !m.people[q].reference && first_word_of(&m.people[q]))).flatten())
        .unwrap_or(pi)
}

/// A signatory without a stated country represents the state party that no
/// other signatory represents, when exactly one is left.
fn infer_countries(people: &mut [PersonOut], parties: &[Party]) {
    let states: Vec<&str> = parties.iter().filter_map(|p| p.country.as_deref()).collect();
    let missing = people.iter().filter(|p| p.country.is_none()).count();
    if missing != 1 {
        return;
    }
    let left: Vec<&str> = states.iter().copied().filter(|c| !people.iter().any(|p| p.country.as_deref() == Some(*c))).collect();
    if left.len() == 1
        && let Some(p) = people.iter_mut().find(|p| p.country.is_none()) {
            p.country = Some(left[0].to_string());
        }
}

/// Parties' names as the article writes them: the first short or long name
/// of each state (or full name of each organization) in the text, else the
/// table's. Built once per text.
struct PartyNames<'t> {
    tables: &'t Tables,
    lang: &'static str,
    /// (code, org) -> name, first mention of each form class.
    written: Vec<(String, bool, String)>,
}

impl<'t> PartyNames<'t> {
    fn new(tables: &'t Tables, m: &Mentions, lang: &'static str) -> PartyNames<'t> {
        // Preference order per code: full name, then acronym (orgs); short
        // name, then a long name with lowercase letters (states).
        let rank = |f: Form| match f {
            Form::OrgName | Form::Short => Some(0),
            Form::Acronym => Some(1),
            Form::Name => Some(1),
            _ => None,
        };
        let mut best: Vec<(String, bool, usize, String)> = Vec::new();
        // A province's name is not its state's.
        for n in m.named.iter().filter(|n| !n.entry.is_institution()) {
            let Some(r) = rank(n.entry.form) else { continue };
            let (a, b) = m.folded.span(n.start, n.end);
            let text = &m.input[a..b];
            // A name in capitals ("OMAN" in a masthead, "MALI" in a
            // dateline) is not how the text writes it: the next writing, or
            // the table's short name, is.
            if n.entry.form != Form::Acronym && !text.chars().any(char::is_lowercase) {
                continue;
            }
            // Nor is a state's name written in lowercase: the adjective of
            // the same spelling ("les entreprises suisses", "la partie
            // suisse").
            // ("the Netherlands" keeps its article.)
            if matches!(n.entry.form, Form::Short | Form::Name) && !text.chars().any(char::is_uppercase) {
                continue;
            }
            let code = &*n.entry.code;
            match best.iter_mut().find(|x| x.0 == code && x.1 == n.entry.is_org()) {
                Some(x) if r < x.2 => {
                    x.2 = r;
                    x.3 = text.to_string();
                }
                Some(_) => {}
                None => best.push((code.to_string(), n.entry.is_org(), r, text.to_string())),
            }
        }
        PartyNames { tables, lang, written: best.into_iter().map(|(c, o, _, t)| (c, o, t)).collect() }
    }

    fn get(&self, code: &str, org: bool) -> String {
        if let Some((_, _, t)) = self.written.iter().find(|(c, o, _)| c == code && *o == org) {
            return t.clone();
        }
        let table = if org { self.tables.gazetteer.org_name(code, self.lang) } else { self.tables.gazetteer.short_name(code, self.lang) };
        table.map_or_else(|| code.to_string(), str::to_string)
    }
}
/// Folded spans of datelines: a line opening (after any ` date ...` marker)
/// with an all-capitals place, up to the dash or colon that ends it.
fn datelines(input: &str, folded: &Folded) -> Vec<(usize, usize)> {
    let text = &folded.text;
    let mut out = Vec::new();
    let mut labels: Vec<Option<&str>> = Vec::new();
    let mut line_start = 0;
    for line in text.split('\n') {
        let ls = line_start;
        line_start += line.len() + 1;
        let body = segment::strip_date_marker(line.trim_start());
        let off = ls + (line.len() - body.len());
        // "Photo : Les deux ministres ..., mercredi à Bissau. (Agence)": a
        // caption's label is no place.
        if segment::opens_caption(body) {
            continue;
        }
        // The first " -" (" - ", " -- ") or ": " in the line's first bytes.
        let w = &body.as_bytes()[..body.floor_char_boundary(body.len().min(120))];
        // Found from the rarer byte of each: '-' after a space, ':' before one.
        let end = memchr::memchr2_iter(b'-', b':', w).find_map(|j| match w[j] {
            b'-' if j > 0 && w[j - 1] == b' ' => Some(j - 1),
            // "Lubumbashi, 05 juin 2025 (ACP).- La RDC ...": the agency's
            // bracket, a full stop and the dash.
            b'-' if j > 1 && w[j - 1] == b'.' && w[j - 2] == b')' => Some(j - 1),
            b':' if w.get(j + 1) == Some(&b' ') => Some(j),
            _ => None,
        });
        // "BAKU, Azerbaijan, March 3. Azerbaijan and ...": a full stop right
        // after the date's day ends a capitals-led dateline too.
        let dotted = || {
            let head = &w[..w.len().min(DOTTED_DATELINE_BYTES)];
            memchr::memchr_iter(b'.', head).find(|&j| j > 0 && w[j - 1].is_ascii_digit() && w.get(j + 1) == Some(&b' ') && head[..j].contains(&b','))
        };
        // "Alger, le 4 décembre 2025" alone on its line heads a communiqué.
        let whole_line = || {
            let t = body.trim_end();
            (t.len() <= DOTTED_DATELINE_BYTES && t.contains(',') && t.bytes().any(|b| b.is_ascii_digit()) && {
                let (a, b) = folded.span(off, off + t.len());
                titled_dateline(&input[a..b])
            })
            .then_some(t.len())
        };
        // "PAIMPOL. Il aura fallu ...": a town in capitals closed by a full
        // stop, as regional dailies write it.
        let caps_dot = || {
            let head = &w[..w.len().min(CAPS_DOT_BYTES)];
            let j = memchr::memchr(b'.', head)?;
            let (a, b) = folded.span(off, off + j);
            let town = &input[a..b];
            let next = input[b..].strip_prefix(". ")?.chars().next()?;
            (town.chars().filter(|c| c.is_alphabetic()).count() >= 3
                && town.chars().all(|c| c.is_uppercase() || matches!(c, ' ' | '-' | '\'' | '’'))
                && town.split(' ').count() <= 4
                && next.is_uppercase())
            .then_some(j)
        };
        // "(CARICOM Secretariat, Turkeyen, Greater Georgetown, Guyana) The
        // Caribbean Community ...": a release's place in brackets before
        // its first sentence.
        let bracketed = || {
            let close = memchr::memchr(b')', &w[..w.len().min(BRACKET_DATELINE_BYTES)])?;
            let (a, b) = folded.span(off, off + close + 1);
            let inside = input[a..b].strip_prefix('(')?.strip_suffix(')')?;
            let next = input[b..].trim_start().chars().next()?;
            let words_capitalized = inside.split([' ', ',']).filter(|x| !x.is_empty()).all(|x| x.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()));
            // "(Munich) Le gouvernement du Québec ...": a town alone, as
            // Quebec dailies write it, of a few words without digits.
            // (Not an agency's acronym, "(AFP)", nor a news agency's or a
            // rubric's word: "(Xinhua)", "(Vidéo)".)
            let town_alone = inside.len() <= BRACKET_TOWN_BYTES
                && inside.split(' ').count() <= 3
                && !inside.bytes().any(|b| b.is_ascii_digit())
                && inside.chars().any(char::is_lowercase)
                && !BRACKET_NOT_TOWNS.contains(&crate::lexicon::fold_phrase(inside).as_str());
            ((inside.contains(',') || town_alone) && words_capitalized && next.is_uppercase()).then_some(close + 1)
        };
        // The first way of closing that the line shows, in that order.
        let close = end
            .map(|e| (e, Close::Dash))
            .or_else(|| dotted().map(|e| (e, Close::Dotted)))
            .or_else(|| whole_line().map(|e| (e, Close::Line)))
            .or_else(|| caps_dot().map(|e| (e, Close::CapsDot)))
            .or_else(|| body.starts_with('(').then(bracketed).flatten().map(|e| (e, Close::Bracket)));
        let Some((e, close)) = close else { continue };
        if close == Close::Bracket {
            out.push((off, off + e));
            labels.push(None);
            continue;
        }
        // The leading run of all-capitals words ("LE CAIRE", "ABU DHABI").
        let mut caps_end = 0;
        for word in body.split(' ') {
            let w = word.trim_end_matches([',', ':']);
            if w.is_empty() {
                break;
            }
            let (a, b) = folded.span(off + caps_end, off + caps_end + w.len());
            let written = &input[a..b];
            if !written.chars().any(char::is_alphabetic) || written.chars().any(char::is_lowercase) {
                break;
            }
            caps_end += word.len() + 1;
            if w.len() != word.len() {
                break;
            }
        }
        let caps = body[..caps_end.min(body.len())].chars().filter(|c| c.is_alphabetic()).count() >= 3;
        // "Rabat, 12 mars (MAP) -": a title-case place, then only a date or
        // an agency before the dash.
        let titled = e <= 60 && {
            let (a, b) = folded.span(off, off + e);
            titled_dateline(&input[a..b])
        };
        if caps || titled && close != Close::Dotted || close == Close::Line {
            // A speaker's name before a bracket or a colon ("ÉLISE MARCHAND
            // (en duplex de Brasília) :"), kept to tell turns apart.
            // (The capitals' run takes in a colon glued to the name: "NAME:".)
            let run = body[..caps_end.min(body.len())].trim_end();
            let label = run.trim_end_matches(':').trim_end();
            let speaker = caps && (run.ends_with(':') || matches!(body.as_bytes().get(caps_end), Some(b'(' | b':')));
            // "ANNELIES VERSTRAETEN-COLIN (extrait enregistré hier) :": words
            // in the bracket, where a dateline has an agency or a date.
            let aside = speaker && body.as_bytes().get(caps_end) == Some(&b'(') && {
                let rest = &body[caps_end + 1..];
                let close = rest.find(')').unwrap_or(rest.len());
                let (a, b) = folded.span(off + caps_end + 1, off + caps_end + 1 + close);
                // A colon closes a speaker's label; a dash may close a
                // dateline "(de notre envoyé spécial) -".
                rest[close..].trim_start_matches(')').trim_start().starts_with(':')
                    && input[a..b].split(' ').filter(|w| w.chars().next().is_some_and(char::is_lowercase)).count() >= 2
            };
            if aside {
                continue;
            }
            out.push((off, off + e));
            labels.push(speaker.then_some(label));
        }
    }
    // A transcript's speaker opens several turns with the same name in
    // capitals: no dateline.
    // (Counted once per label: a page of a thousand "NAME :" lines stays
    // linear.)
    let mut count: std::collections::HashMap<&str, usize, crate::wordhash::BuildWordHasher> = Default::default();
    for l in labels.iter().flatten() {
        *count.entry(l).or_default() += 1;
    }
    let keep: Vec<bool> = labels.iter().map(|l| !l.is_some_and(|l| count[l] >= 2)).collect();
    out.into_iter().zip(keep).filter(|(_, k)| *k).map(|(d, _)| d).collect()
}

/// How a dateline's prefix ends.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Close {
    /// A dash after a space or ": " ("RABAT, 3 mai -", "Nairobi:").
    Dash,
    /// A full stop after the date's day ("BAKU, Azerbaijan, March 3.").
    Dotted,
    /// The end of a line that holds only a place and a date.
    Line,
    /// A full stop after a town in capitals ("PAIMPOL.").
    CapsDot,
    /// The closing bracket of a place in brackets.
    Bracket,
}

/// How far into a line a dateline closed by a full stop may end.
const DOTTED_DATELINE_BYTES: usize = 48;

/// How far into a line a bracketed place may close ("(CARICOM
/// Secretariat, Turkeyen, Greater Georgetown, Guyana)").
const BRACKET_DATELINE_BYTES: usize = 100;

/// The longest town alone in a bracket that opens a line as its dateline
/// ("(Munich)", "(Trois-Rivières)").
const BRACKET_TOWN_BYTES: usize = 32;

/// Words in a bracket at a line's start that are no town: news agencies
/// written in lowercase letters and a page's rubrics (folded).
const BRACKET_NOT_TOWNS: &[&str] = &[
    "reuters", "xinhua", "belga", "anadolu", "sputnik", "kyodo", "yonhap", "bernama", "antara", "efe", "ansa", "dpa",
    "interfax", "tass", "ria novosti", "agence ecofin", "apanews", "video", "videos", "photo", "photos", "audio", "live",
    "direct", "en direct", "update", "mise a jour", "exclusif", "exclusive", "opinion", "analyse", "analysis", "interview",
    "entretien", "podcast", "infographie", "communique", "sponsorise", "sponsored", "publicite", "advertisement",
    "breaking", "urgent", "alerte", "flash", "edito", "editorial", "tribune", "chronique", "reportage", "enquete",
];

/// How far into a line a town in capitals closed by a full stop may end
/// ("SAINT-JEAN-DE-LUZ.").
const CAPS_DOT_BYTES: usize = 40;

/// Whether `prefix` (the text before a dateline's dash) is a title-case
/// place with at most a date and an agency: "Rabat, 12 mars (MAP)",
/// "Nairobi, Jan. 13 (Reuters)", "Dakar, le 5 mai".
fn titled_dateline(prefix: &str) -> bool {
    let mut words = prefix.split([' ', ',']).filter(|w| !w.is_empty());
    let Some(first) = words.next() else { return false };
    if !first.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    let mut n = 1;
    for w in words {
        n += 1;
        let bare = w.trim_matches(['(', ')', '.']);
        let ok = bare.is_empty()
            || bare.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            || w.starts_with('(')
            || matches!(bare.to_lowercase().as_str(), "le" | "de" | "du" | "la" | "1er" | "er")
            || DATELINE_MONTHS.contains(&bare.to_lowercase().as_str());
        if !ok || n > 8 {
            return false;
        }
    }
    true
}

const DATELINE_MONTHS: &[&str] = &[
    "janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout", "septembre", "octobre",
    "novembre", "décembre", "decembre", "janv", "févr", "fevr", "avr", "juil", "sept", "oct", "nov", "déc", "dec",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::is_word_byte;

    #[test]
    fn the_stems_fit_two_simd_searchers_and_cover_every_instrument() {
        let patterns = 3 * INSTRUMENT_STEMS.len() + STEMS_AS_WRITTEN.len();
        assert!(patterns <= 128, "{patterns} patterns: at most 128 fit two searchers");
        // Where the CPU has the SIMD searcher, the prefilter uses it.
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("ssse3") {
            assert_eq!(Tables::build().prefilter.simd_searchers(), 2);
        }
        // Every instrument phrase passes, in lowercase, in capitals and in
        // Title Case (accents are folded away in the table, and the stems
        // avoid accented letters).
        let tables = Tables::build();
        // The generic nouns only count the instruments a list names.
        let generic = ["instruments juridiques", "instruments", "textes", "documents", "legal instruments"];
        let title = |p: &str| {
            p.split(' ')
                .map(|w| if matches!(w, "of" | "de" | "du" | "des" | "la" | "le") || w.starts_with("d'") { w.to_string() } else { w[..1].to_uppercase() + &w[1..] })
                .collect::<Vec<_>>()
                .join(" ")
        };
        for p in tables.instruments.patterns().iter().filter(|p| !generic.contains(&p.as_str())) {
            for form in [p.to_string(), p.to_uppercase(), title(p)] {
                assert!(tables.prefilter.is_match(&format!("x {form} x")), "{form:?} passes no stem");
            }
            // The folded head is searched for the stems as folded text
            // reads them: the table's own (folded) phrase, and its words
            // joined by hyphens or by spaces, which the lexicon reads
            // alike ("road-map", "accord cadre"). Whatever noun the lexicon
            // finds there that is not only an anaphor passes.
            for form in [p.to_string(), p.replace(' ', "-"), p.replace('-', " ")] {
                let text = format!("x {form} x");
                let found = tables.instruments.find(&text).iter().any(|h| !h.value.anaphor);
                assert!(!found || tables.opens_an_instrument(&text, false), "{form:?} passes no folded stem");
            }
            assert!(tables.instruments.find(&format!("x {p} x")).iter().any(|h| !h.value.anaphor) || tables.instruments.entries().any(|(q, i)| q == p && i.anaphor), "{p:?} is no noun");
        }
    }

    #[test]
    fn a_word_of_a_noun_opens_an_instrument_only_within_the_noun() {
        let tables = Tables::build();
        let opens = |t: &str| tables.opens_an_instrument(&Folded::new(t).text, false);
        // Nouns on their own, and the words of longer ones within them.
        for text in ["Un accord a été signé.", "They signed a joint statement.", "Le plan d'action adopté", "the communiqué conjoint", "a Statement of Intent", "the Agreed Minutes", "the agreed-minutes"] {
            assert!(opens(text), "{text}");
        }
        // The words alone, or taking an instrument up.
        for text in ["In a statement, the club said", "dans un communiqué, la mairie", "le plan de relance", "according to the statement", "Newsletter", "a last-minute goal after 90 minutes"] {
            assert!(!opens(text), "{text}");
        }
        // A noun that begins before another part's window ends: the
        // windows are merged, not cut.
        let pad = "x ".repeat(tables.instrument_reach / 2);
        let text = format!("the statement {pad} statement {pad} joint statement");
        assert!(opens(&text), "{text}");
        let text = format!("the statement {} and the plan d'action", "x ".repeat(tables.instrument_reach / 2 - 8));
        assert!(opens(&text), "{text}");
    }

    #[test]
    fn the_participle_traite_opens_no_instrument_and_the_noun_does() {
        let tables = Tables::build();
        let opens = |t: &str| tables.opens_an_instrument(&Folded::new(t).text, false);
        for text in ["On a traité plus de dossiers que jamais.", "Les demandes ont été traitées, puis les cas traités comme prévu.", "Le courrier est traité par le service.", "Un dossier bien traité avec soin."] {
            assert!(!opens(text), "{text}");
        }
        for text in ["Le traité a été signé.", "Le Sénat a traité hier du traité d'amitié.", "les traités de paix", "un traité de coopération"] {
            assert!(opens(text), "{text}");
        }
    }

    #[test]
    fn a_noun_cut_by_the_heads_end_passes() {
        // The head ends inside "plan d'action", written in capitals the raw
        // search of the rest does not read ("PLAN d'action").
        let ex = crate::Extractor::new(crate::Options::default()).unwrap();
        let sentence = "Le Sénégal et la Gambie ont signé lundi à Dakar un PLAN d'action sur la pêche.";
        let cut = sentence.find("d'action").unwrap();
        let filler = "Il a fait beau toute la semaine sur la cote et les marches etaient pleins. ";
        let mut text = filler.repeat(NO_AGREEMENT_HEAD / filler.len() + 1);
        text.truncate(NO_AGREEMENT_HEAD - cut);
        text.push_str(sentence);
        assert!(text[..NO_AGREEMENT_HEAD].ends_with("un PLAN ") && text[NO_AGREEMENT_HEAD..].starts_with("d'action"));
        let doc = ex.extract(&text, &crate::DocumentInfo::default()).unwrap();
        assert_eq!(doc.agreements.len(), 1, "{:#?}", doc.agreements);
    }

    #[test]
    fn the_folded_stems_fit_one_simd_searcher_with_four_byte_fingerprints() {
        assert!(FOLDED_STEMS.len() <= 64, "{} folded stems: at most 64 fit one searcher", FOLDED_STEMS.len());
        // (Parts of one word, or of "agreed minutes" across its two.)
        assert!(FOLDED_STEMS.iter().all(|s| (4..STEM_OVERLAP).contains(&s.len()) && *s == s.to_lowercase() && s.bytes().all(|b| crate::lexicon::is_word_byte(b) || b == b' ' || b == b'-')));
        assert!(FOLDED_SHORT_WORDS.iter().all(|s| s.len() < 4 && *s == s.to_lowercase()));
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("ssse3") {
            assert!(Tables::build().folded_prefilter.is_simd());
        }
    }

    #[test]
    fn a_stem_is_found_in_the_head_in_any_case_and_across_the_heads_end() {
        let ex = crate::Extractor::new(crate::Options::default()).unwrap();
        let found = |t: &str| ex.extract(t, &crate::DocumentInfo::default()).unwrap().agreements.len();
        let sentence = "Le Sénégal et la Gambie ont signé mardi à Dakar un aCCoRd de coopération dans le domaine de la pêche. ";
        // Any casing passes the folded search, not only the three the raw
        // one knows.
        assert_eq!(found(sentence), 1);
        // A stem cut by the head's end is found by the raw search of the
        // rest, which starts a little before it.
        let filler = "Il fera beau demain sur tout le pays et dans les villes du nord. ".repeat(200);
        let noun = sentence.find("aCCoRd").unwrap();
        let sentence = sentence.replace("aCCoRd", "accord");
        for cut in [0, 1, 3, 5, 6, 7] {
            // "accord" starts `cut` bytes before the head's end.
            let start = NO_AGREEMENT_HEAD - cut - noun;
            let text = format!("{}\n\n{sentence}\n", &filler[..start - 2]);
            assert_eq!(&text[NO_AGREEMENT_HEAD - cut..NO_AGREEMENT_HEAD - cut + 6], "accord");
            assert_eq!(found(&text), 1, "cut {cut}");
        }
    }

    #[test]
    fn every_table_phrase_can_match() {
        // The union leaves out a phrase that does not start with a letter
        // or a digit: no table may hold one.
        let tables = Tables::build();
        let all = [
            tables.gazetteer.lexicon().patterns(),
            tables.cues.patterns(),
            tables.area_openers.patterns(),
            tables.mechanisms.patterns(),
            tables.sectors.patterns(),
            tables.instruments.patterns(),
        ];
        for p in all.iter().flat_map(|l| l.iter()) {
            assert!(is_word_byte(p.as_bytes()[0]), "{p:?} cannot start a match");
        }
        assert!(all.iter().map(|l| l.len()).sum::<usize>() > 3000);
    }
}
