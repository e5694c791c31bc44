//! Slot filling: each frame's date, place, parties, people, areas, bodies and
//! sectors, from its own sentences first, then the ceremony, then the
//! document.

use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

use crate::assemble::{Frame, Mentions, PartyRef, Span};
use crate::cues::Cue;
use crate::dates::{self, Tense};
use crate::gazetteer::Form;
use crate::model::{Kind, Sector, Status};
use crate::segment::LineKind;
use crate::prefilter::Phrases;

/// Fills every slot of every frame.
pub(crate) fn fill(m: &Mentions, frames: &mut [Frame]) {
    let main = main_parties(m);
    // The story's lead, when it tells a union's instrument (see
    // `parties_of`): found once.
    // (Or a story whose lead tells of a strike: "la Ligue des professeurs
    // a annoncé la suspension de sa grève", "nurses called off their
    // strike".)
    let union_lead = lead_sentence(m).filter(|&si| {
        let s = m.sentences[si];
        let t = &m.folded.text[s.start..s.end];
        let tells = !m.in_sentence(&m.instruments, si).is_empty() || m.cues_in(si).iter().any(|(_, c)| matches!(c, Cue::Signed | Cue::SignedBy));
        tells && domestic_signers(t) || tells_a_strike(t) && crate::assemble::states_named(m, si) < 2
    });
    let ceremony_witnesses = ceremony_witnesses(m);
    // Who signed the day's documents, found when a frame first asks.
    let ceremony_signers = std::cell::OnceCell::new();
    // The story's field, found when a frame first needs it.
    let story = std::cell::OnceCell::new();
    // The sentences the frames read, and the places and remote-signing
    // words of each, found once (frames share sentences).
    let mut needed = vec![false; m.sentences.len()];
    for f in frames.iter() {
        for &si in f.sentences.iter().chain(f.umbrella.iter()) {
            needed[si] = true;
        }
        for si in context_sentences(m, f) {
            needed[si] = true;
        }
    }
    let places = Places { m, of: (0..m.sentences.len()).map(|_| std::cell::OnceCell::new()).collect() };
    let remote = remote_sentences(m, &needed);
    // The parties of the latest frame that has two or more: "the four
    // countries" later in the story are those four.
    let mut recent: Vec<PartyRef> = Vec::new();
    // The signers of the latest frame that has some: "signée par les mêmes
    // personnalités" names them again.
    let mut last_signers: Vec<usize> = Vec::new();
    for f in frames.iter_mut() {
        let (date, mismatch) = date_of(m, f, f.status != Status::Signed);
        // A live blog's entry, under its time of the story's day, that
        // tells a signing without a day: that day.
        let date = date.or_else(|| {
            let day = m.doc_date.full.filter(|_| f.status == Status::Signed)?;
            // The entry that tells the step first, then any of the frame's.
            let step = f.status_span.and_then(|sp| m.sentence_of(sp.0));
            step.into_iter().chain(f.sentences.iter().copied()).find_map(|si| entry_time(m, si)).map(|sp| (day.to_string(), sp))
        });
        f.date = date;
        f.weekday_mismatch = mismatch;
        // A signing's place may come from the ceremony before a sentence
        // that only describes the instrument (see below).
        f.location = location_of(m, f, &places, f.status != Status::Signed);
        let (sig, wit) = people_of(m, f);
        f.signatories = if sig.is_empty() && signed_by_the_same(m, f) { last_signers.clone() } else { sig };
        if !f.signatories.is_empty() {
            last_signers.clone_from(&f.signatories);
        }
        f.witnesses = wit;
        // A signing to come has no witnesses of a ceremony told as past
        // ("La cérémonie de signature s'est déroulée en présence de X"
        // after "un quatrième texte ne sera signé qu'à la prochaine
        // session"): a presence told with a signing is the past one's,
        // unless the sentence puts it ahead.
        if f.status == Status::Planned {
            f.witnesses.retain(|&pi| {
                m.sentence_of(m.people[pi].name.0).is_none_or(|si| {
                    let cues = m.cues_in(si);
                    cues.iter().any(|(_, c)| matches!(c, Cue::Planned | Cue::Future)) || !cues.iter().any(|(_, c)| matches!(c, Cue::Signed | Cue::SignedBy | Cue::SigningNoun))
                })
            });
        }
        f.parties = parties_of(m, f, &main, &recent, union_lead);
        if f.parties.len() >= 2 {
            recent.clone_from(&f.parties);
        }
        f.areas = areas_of(m, f);
        f.mechanisms = mechanisms_of(m, f);
        f.sectors = sectors_of(m, f, &story);
        let was = f.status;
        refine_status(m, f);
        // A signing that turns out to be the story's background ("Les deux
        // pays avaient déjà conclu en 2018 un accord") was read as the
        // story's own: the place and witnesses of the sentences around it
        // are the story's event, not that older signing's.
        if was == Status::Signed && f.status == Status::Referenced {
            let own = |sp: Span| f.sentences.iter().any(|&si| sp.0 >= m.sentences[si].start && sp.1 <= m.sentences[si].end);
            if f.location.is_some_and(|l| !own(l)) {
                f.location = None;
            }
            f.witnesses.retain(|&pi| own(m.people[pi].name));
        }
        // A chamber's vote in a record of its sitting, told without a day:
        // the sitting's, from the record's heading ("Séance plénière du
        // jeudi 5 decembre 2024", "Sitting of Tuesday, 3 December 2024").
        // (After the step is settled: the heading dates the vote, it does
        // not tell an older step.)
        if f.date.is_none() && f.status == Status::Ratified && chamber_vote(m, f) {
            f.date = sitting_date(m, m.sentences[f.sentences[0]].start);
        }
    }
    // "un protocole d'accord sur la transhumance ainsi qu'une feuille de
    // route pour sa mise en œuvre": a plan that carries out the instrument
    // before it in its sentence is of that one's field. So is a plan with
    // no field of its own signed with it ("un accord dans le domaine de la
    // santé, ainsi qu'un plan d'action pour l'année 2026").
    // A plan that says it carries out an instrument by its own name ("an
    // implementation roadmap", "un programme exécutif") is of the field of
    // the instrument before it, in any sentence.
    for i in 1..frames.len() {
        let (before, rest) = frames.split_at_mut(i);
        let (f, g) = (&mut rest[0], &before[i - 1]);
        let sentence = m.sentence_of(f.kind_span.0);
        let after = m.text((f.kind_span.1, m.folded.text.floor_char_boundary((f.kind_span.1 + 40).min(m.folded.text.len()))));
        let own = m.text(f.kind_span);
        let implementing = IMPLEMENTS.iter().chain(&["executi"]).any(|w| own.contains(w));
        // Diplomacy only as `sectors_of`'s default for a plan that names no
        // field.
        let fieldless = f.sectors.len() == 1 && f.sectors[0] == (Sector::Diplomacy, f.kind_span);
        if f.kind == Kind::ActionPlan && implementing && fieldless && !g.sectors.is_empty() && g.sectors.iter().all(|s| s.0 != Sector::Diplomacy) {
            f.sectors.clone_from(&g.sectors);
            continue;
        }
        // (A plan for the partnership or the relations as a whole stays
        // diplomacy's: "an action plan for their Strategic Partnership".)
        let clause = m.text((f.kind_span.1, m.folded.text.floor_char_boundary((f.kind_span.1 + 80).min(m.folded.text.len()))));
        let clause = &clause[..clause.find([',', '.', ';']).unwrap_or(clause.len())];
        let whole = ["partner", "partenariat", "relation"].iter().any(|w| clause.contains(w));
        let signed_with = fieldless && f.status == g.status && !whole;
        if f.kind == Kind::ActionPlan && sentence.is_some() && m.sentence_of(g.kind_span.0) == sentence && (signed_with || IMPLEMENTS.iter().any(|w| after.contains(w))) && !g.sectors.is_empty() {
            f.sectors.clone_from(&g.sectors);
            continue;
        }
        // "Les deux responsables ont également signé un plan de travail
        // conjoint": a plan told right after, signed "also" at the same
        // ceremony, is of the same field.
        let also = || {
            sentence.is_some_and(|si| {
                let lead = m.text((m.sentences[si].start.min(f.kind_span.0), f.kind_span.0));
                lead.split(' ').any(|w| matches!(w, "also" | "egalement" | "aussi"))
            })
        };
        // (Right after the last sentence that told of the one before.)
        let next_sentence = || sentence.zip(g.sentences.iter().max()).is_some_and(|(a, &b)| a > b && a - b <= 2);
        if f.kind == Kind::ActionPlan && signed_with && !g.sectors.is_empty() && next_sentence() && also() {
            f.sectors.clone_from(&g.sectors);
        }
    }
    // An older instrument named in a new one's item ("a protocol amending
    // the 2006 air services agreement, signed by X and Y") was not signed
    // by the new one's signers.
    for i in 0..frames.len() {
        let f = &frames[i];
        if f.status != Status::Referenced || f.signatories.is_empty() {
            continue;
        }
        let si = m.sentence_of(f.kind_span.0);
        if frames.iter().any(|g| g.status != Status::Referenced && m.sentence_of(g.kind_span.0) == si && g.signatories == f.signatories) {
            frames[i].signatories.clear();
            frames[i].witnesses.clear();
        }
    }
    // Instruments signed at one ceremony share its date, place and witnesses.
    // A standfirst's announcement above the dateline is not the ceremony
    // the story tells.
    let above_dateline = |f: &Frame| {
        dateline_below(m, f).is_some_and(|d| frames.iter().any(|g| g.status == Status::Signed && m.sentences[g.sentences[0]].start >= d))
    };
    let first_signed = frames
        .iter()
        .position(|f| f.status == Status::Signed && !above_dateline(f))
        .or_else(|| frames.iter().position(|f| f.status == Status::Signed));
    if let Some(first) = first_signed {
        let first_remote = frames[first].sentences.iter().chain(frames[first].umbrella.iter()).any(|&si| remote[si]);
        // (An online ceremony's place is none.)
        let loc = frames[first].location.or_else(|| {
            if first_remote {
                None
            } else {
                dateline_town_named_again(m, &frames[first]).or_else(|| location_of(m, &frames[first], &places, true))
            }
        });
        // Where the story was filed, found once.
        let filed_at = dateline_capital(m).or_else(|| dated_dateline_town(m));
        let lead = std::cell::OnceCell::new();
        let date = frames[first].date.clone();
        let first_signers = frames[first].signatories.clone();
        for (fi, f) in frames.iter_mut().enumerate() {
            if f.status != Status::Signed {
                continue;
            }
            // "Lors de la même cérémonie", "at the same ceremony": the
            // ceremony's date and place, whatever else the sentence names.
            let same_occasion = fi != first && m.cues_in(f.sentences[0]).iter().any(|(_, c)| *c == Cue::SameOccasion);
            // (Unless, on the sidelines of some meeting, its own sentence
            // gives a day of its own: "In Honiara on Monday, on the
            // sidelines of the officials' meeting, ... signed".)
            if same_occasion {
                let s = m.sentences[f.sentences[0]];
                let own = |sp: Span| sp.0 >= s.start && sp.1 <= s.end;
                let sidelines = m.cues_in(f.sentences[0]).iter().any(|(sp, c)| *c == Cue::SameOccasion && (m.text(*sp).ends_with("sidelines") || m.text(*sp).starts_with("en marge")));
                let own_day = sidelines && f.date.as_ref().is_some_and(|(d, sp)| d.len() == 10 && own(*sp) && date.as_ref().is_some_and(|(e, _)| e != d));
                if !own_day {
                    f.date = date.clone().or(f.date.take());
                    f.location = loc.or(f.location);
                }
            }
            // "The four ministers also signed a joint declaration": the same
            // occasion, unless the instrument's own sentences give a place.
            let also = fi != first && {
                // (The instrument may start before its first sentence when
                // a run-on sentence was cut.)
                let s = m.sentences[f.sentences[0]];
                let words = m.text((s.start.min(f.kind_span.0), f.kind_span.0));
                words.split(' ').any(|w| matches!(w, "also" | "egalement" | "aussi"))
            };
            // "Les deux élus ont également signé un plan d'action", "The two
            // ministers also signed ...": the first ceremony's signers, as
            // many as the subject counts.
            if fi != first && f.signatories.is_empty() && counted_signers(m, f, &first_signers) {
                f.signatories.clone_from(&first_signers);
            }
            let own_place = |sp: Span| f.sentences.iter().any(|&si| sp.0 >= m.sentences[si].start && sp.1 <= m.sentences[si].end);
            if also && loc.is_some() && f.location.is_none_or(|l| !own_place(l)) {
                f.location = loc;
            }
            // A time its own sentence leaves vague ("signed an MoU last
            // week"), or an event the story sets apart ("In a separate
            // development"), shares no other ceremony's day, nor the
            // lead's (its own later sentences may still date it).
            let apart = fi != first && (vague_time(m, f) || separate_event(m, f));
            if f.date.is_none() && !apart {
                f.date = date.clone();
            }
            if f.date.is_none() {
                f.date = date_of(m, f, true).0;
            }
            // Nothing nearer dates it: the day of the event the story's lead
            // reports ("held talks ... on Tuesday"), for a document of a
            // list or one signed at that event ("After the talks, ...").
            if f.date.is_none() && !apart {
                let (day, signing_lead) = lead.get_or_init(|| lead_date(m)).clone();
                if f.umbrella.is_some() || signing_lead || at_lead_event(m, f) {
                    f.date = day;
                }
            }
            if f.location.is_none() {
                f.location = loc;
            }
            // A signing the text places nowhere took place where the story
            // was filed, unless it says the ceremony was virtual (or the one
            // it shares was: "À la même occasion"); then neither does a
            // later sentence's town ("se réunira alternativement à Dakar").
            let remote_here = f.sentences.iter().chain(f.umbrella.iter()).any(|&si| remote[si]) || same_occasion && first_remote;
            if f.location.is_none() && !remote_here {
                f.location = dateline_town_named_again(m, f);
            }
            if f.location.is_none() && !remote_here {
                f.location = location_of(m, f, &places, true);
            }
            if f.location.is_none() && !remote_here {
                f.location = filed_at;
            }
            // Not a signing told with another day ("signed last month in
            // Baku"): that ceremony had its own witnesses.
            let other_day = match (&f.date, &date) {
                (Some(a), Some(b)) => a.0 != b.0,
                _ => false,
            };
            // (Who signed this one did not watch it: serializing drops them.)
            if f.witnesses.is_empty() && !other_day {
                f.witnesses = ceremony_witnesses.iter().map(|&(_, pi)| pi).collect();
            } else if !other_day && f.status == Status::Signed {
                // A frame with witnesses of its own takes those of the
                // ceremony told next to one of its sentences too: "La cérémonie
                // était placée sous le haut patronage de X. Elle s'est
                // déroulée en présence de Y et de Z."
                let next_to_own = |si: usize| f.sentences.iter().chain(f.umbrella.iter()).any(|&fs| si != fs && si.abs_diff(fs) <= 2);
                for &(si, pi) in ceremony_witnesses.iter().filter(|&&(si, _)| next_to_own(si)) {
                    if !f.signatories.contains(&pi) && !f.sentences.contains(&si) {
                        push_unique(&mut f.witnesses, pi);
                    }
                }
            }
            // "Ces instruments ont été signés par A et B": the signers of
            // each document of the day's list that names none of its own.
            if f.signatories.is_empty() && !other_day && f.umbrella.is_some() && let Some((si, signers)) = ceremony_signers.get_or_init(|| ceremony_signers_of(m)) {
                let near = f.sentences.iter().chain(f.umbrella.iter()).any(|&fs| m.sentences[fs].paragraph.abs_diff(m.sentences[*si].paragraph) <= 3);
                if near {
                    f.signatories.clone_from(signers);
                }
            }
        }
    }
}

/// Whether the subject of a frame's first sentence names the given
/// signers by their number and office only, with a signing verb after it
/// and before the instrument: "les deux élus ont également signé",
/// "the two ministers also signed" (each signer's role holding that
/// office, unless the noun names any signer: "élus", "officials").
fn counted_signers(m: &Mentions, f: &Frame, signers: &[usize]) -> bool {
    let s = m.sentences[f.sentences[0]];
    let words: Vec<&str> = m.text((s.start, f.kind_span.0.max(s.start))).split([' ', ',']).filter(|w| !w.is_empty()).collect();
    words.windows(2).enumerate().any(|(k, w)| {
        let n = match w[0] {
            "deux" | "two" | "both" => 2,
            "trois" | "three" => 3,
            "quatre" | "four" => 4,
            _ => return false,
        };
        let Some(&(_, office)) = COUNTED_SIGNERS.iter().find(|(noun, _)| *noun == w[1]) else { return false };
        let holds = |&pi: &usize| m.people[pi].role.is_some_and(|r| m.text(r).contains(office));
        n == signers.len()
            && words[k + 2..].iter().take(4).any(|v| crate::cues::is_signing_word(v))
            && (office.is_empty() || signers.iter().all(holds))
    })
}

/// Plural nouns of the people who sign, after their number, each with the
/// stem its holders' roles hold (empty: any signer).
const COUNTED_SIGNERS: &[(&str, &str)] = &[
    ("elus", ""), ("signataires", ""), ("responsables", ""), ("officials", ""), ("signatories", ""),
    ("ministres", "minist"), ("ministers", "minist"), ("maires", "maire"), ("mayors", "mayor"),
    ("presidents", "presid"), ("gouverneurs", "gouverneur"), ("governors", "governor"),
    ("ambassadeurs", "ambassad"), ("ambassadors", "ambassad"), ("secretaries", "secretar"),
];

/// Words that open or carry a clause of its own between an instrument's
/// name and a participle: the participle is then no qualifier of the name.
const CLAUSE_WORDS: &[&str] = &[
    "a", "ont", "est", "sont", "avait", "avaient", "sera", "seront", "qui", "que", "qu", "et", "ou", "has", "have", "had",
    "was", "were", "is", "are", "will", "would", "which", "that", "who", "and", "or",
];

/// French nouns of a group of people that a demonym after them says the
/// origin of ("réfugiés soudanais", "ressortissants maliens").
const FR_PEOPLE_GROUPS: &[&str] = &[
    "refugies", "refugiees", "refugie", "ressortissants", "ressortissant", "migrants", "migrant", "etudiants", "etudiantes",
    "etudiant", "travailleurs", "travailleuses", "pelerins", "touristes", "citoyens",
    "expatries", "deplaces", "eleves", "boursiers", "pecheurs", "agriculteurs", "eleveurs", "commercants", "camionneurs",
    "joueurs", "athletes", "supporters", "victimes", "otages", "detenus", "prisonniers", "demandeurs", "clandestins",
];

/// English nouns of a group of people that a demonym before them says the
/// origin of ("Sudanese refugees", "Malian nationals").
const EN_PEOPLE_GROUPS: &[&str] = &[
    "refugees", "refugee", "nationals", "migrants", "migrant", "students", "student", "workers", "pilgrims",
    "tourists", "citizens", "expatriates", "expats", "fishermen", "fishers", "farmers", "traders",
    "truckers", "players", "athletes", "fans", "victims", "hostages", "detainees", "prisoners", "asylum-seekers",
];

/// The sentences a frame can draw context from when its own say nothing:
/// its umbrella, then the sentences before its first one in the paragraph
/// and the one paragraph before.
fn context_sentences(m: &Mentions, f: &Frame) -> Vec<usize> {
    let mut out = Vec::new();
    if let Some(u) = f.umbrella {
        out.push(u);
    }
    let first = f.sentences[0];
    let para = m.sentences[first].paragraph;
    let mut i = first;
    while i > 0 && out.len() < 4 {
        i -= 1;
        let s = &m.sentences[i];
        if s.paragraph + 1 < para {
            break;
        }
        if matches!(s.kind, LineKind::Body | LineKind::Item) {
            out.push(i);
        }
    }
    out
}

fn tense_of(status: Status) -> Tense {
    match status {
        Status::Planned => Tense::Future,
        _ => Tense::Past,
    }
}

/// Decrees by which a state ratifies (folded): a council of ministers'
/// communiqué that adopts one ratifies on the day the council met.
const RATIFYING_DECREES: &[&str] = &["decret portant ratification", "decrets portant ratification", "decree ratifying", "decrees ratifying"];

/// Acts by which a state ratifies besides [`RATIFYING_DECREES`], as a
/// gazette names them (folded).
const OTHER_RATIFYING_ACTS: &[&str] = &[
    "ordonnance portant ratification", "ordonnances portant ratification", "loi portant ratification", "instrument of ratification",
    "instruments of ratification", "instrument de ratification", "instruments de ratification",
];

/// Whether what a signing verb ending at `end` signs is a ratifying act
/// (a decree, a law, an instrument of ratification) named in the next few
/// words: "a signé le 3 courant deux décrets portant ratification", "signed
/// on Monday the instrument of ratification".
fn signs_a_ratifying_act(m: &Mentions, end: usize) -> bool {
    // (Within the verb's sentence: not "Le ministre a signé l'accord. La
    // loi portant ratification ...".)
    let limit = m.sentence_of(end).map_or(m.folded.text.len(), |si| m.sentences[si].end).max(end);
    let after = &m.folded.text[end..m.folded.text.floor_char_boundary((end + RATIFYING_ACT_REACH).min(limit))];
    RATIFYING_DECREES.iter().chain(OTHER_RATIFYING_ACTS).any(|w| after.contains(w))
}

/// How far after a signing verb its ratifying act may be named ("a signé
/// ce lundi 3 mars 2026 deux décrets portant ratification").
const RATIFYING_ACT_REACH: usize = 70;

/// The date of the reported step: the date nearest its status cue (after
/// it first), in the sentence that reports the step, then in later
/// sentences that report a step, then, for a signing, in the ceremony's
/// context.
fn date_of(m: &Mentions, f: &Frame, late: bool) -> (Option<(String, Span)>, bool) {
    let tense = tense_of(f.status);
    let past = matches!(f.status, Status::Signed | Status::Ratified | Status::Referenced);
    let doc_full = m.doc_date.full.map(|d| d.to_string());
    let pick = |si: usize| -> Option<(String, Span, bool)> {
        let cue = f
            .status_span
            .filter(|sp| sp.0 >= m.sentences[si].start && sp.0 < m.sentences[si].end)
            .or_else(|| m.cues_in(si).iter().find(|(_, c)| matches!(c, Cue::Signed | Cue::SignedBy | Cue::Planned | Cue::Ratified)).map(|(sp, _)| *sp))
            // ("Le Forum, ouvert lundi, s'est achevé mercredi par la
            // signature de quatre textes": the day nearest the signing's
            // noun.)
            .or_else(|| m.cues_in(si).iter().find(|(_, c)| *c == Cue::SigningNoun).map(|(sp, _)| *sp))
            .unwrap_or((m.sentences[si].start, m.sentences[si].start));
        let mut best: Option<(usize, String, Span, bool)> = None;
        for (sp, d) in m.in_sentence(&m.dates, si) {
            if m.doc_date_span.is_some_and(|(a, b)| sp.0 >= a && sp.1 <= b + 1) {
                continue;
            }
            // A dateline's date is when the story was filed, not a step's.
            if m.datelines.iter().any(|&(a, b)| sp.0 >= a && sp.1 <= b) {
                continue;
            }
            if matches!(d.expr, dates::DateExpr::YearRange(..)) {
                continue;
            }
            // "today announced that it has signed": the day of the
            // announcement, not of the signing.
            if matches!(d.expr, dates::DateExpr::RelativeDay(0))
                && m.words_after(sp.1, 1).first().is_some_and(|w| REPORTING.contains(w))
            {
                continue;
            }
            // Nor is the day that ends a reporting clause: "said a press
            // release issued by the ministry today", "the ministry said
            // today".
            if matches!(d.expr, dates::DateExpr::RelativeDay(0))
                && sp.0 > f.kind_span.1
                && m.words_before(sp.0, 5).iter().any(|w| reporting_word(w))
            {
                continue;
            }
            if m.dates_the_report(*sp, &d.expr) {
                continue;
            }
            // A step done is not dated by what its sentence says will follow
            // ("the MoU, signed in Suva, will be reviewed on the 30th"), nor
            // by its purpose ("en vue d'organiser, dès la rentrée de
            // septembre, des échanges").
            // (Nor by a French future in a clause of its own: "portant
            // création d'un master, qui accueillera ses premiers étudiants
            // à la rentrée 2025".)
            if past && sp.0 > cue.1 && {
                let between = m.text((cue.1, sp.0));
                // (Nor by a relative clause on something else, the date
                // inside it: "on the river, whose diversion sparked a crisis
                // in 2023".)
                [
                    " will ", " would ", " sera ", " seront ", " va ", " vont ", " en vue d", " afin d", " afin que", " in order to",
                    " with a view to", " so as to", " dans le but d", " whose ",
                ]
                .iter()
                .any(|w| between.contains(w) && (*w != " whose " || !between.rsplit(" whose ").next().unwrap_or("").contains(',')))
                    || m.lang == crate::extractor::Language::French && crate::assemble::tells_future(m, between)
            } {
                continue;
            }
            // A year that modifies the noun ("the 2025 cooperation
            // agreement") names the instrument, it does not date the step.
            // Nor does it date another instrument's step ("a protocol
            // amending the 2006 air services agreement").
            // A date told right after another instrument, before a planned
            // one's noun, is that one's ("signed a Preferential Trade
            // Agreement in 2006, ... are negotiating a Comprehensive
            // Agreement").
            if complement_detail(m, f, sp.0) {
                continue;
            }
            let owner = m.instruments[..m.instruments.partition_point(|((a, _), _)| *a < sp.0)].last();
            if f.status == Status::Planned
                && sp.1 <= f.kind_span.0
                && owner.is_some_and(|((a, b), inst)| !inst.plural && *a >= m.sentences[si].start && *b <= sp.0 && sp.0 - b <= 40 && !own_noun(f, *a))
                && m.folded.text[sp.1..f.kind_span.0].contains([',', ';'])
            {
                continue;
            }
            let determiner = || m.words_before(sp.0, 1).first().is_some_and(|w| matches!(*w, "the" | "its" | "their" | "this" | "a" | "an" | "le" | "la" | "l'" | "un" | "une" | "son" | "sa" | "leur"));
            let next_noun = m.instruments.get(m.instruments.partition_point(|((a, _), _)| *a < sp.1)).map(|((a, _), _)| *a);
            // An older instrument's own year is its date ("the 2006 air
            // services agreement").
            if matches!(d.expr, dates::DateExpr::Year(_))
                && next_noun.is_some_and(|n| n - sp.1 <= 30 && !m.folded.text[sp.1..n].contains([',', '.', ';']) && (!own_noun(f, n) || f.status != Status::Referenced))
                && determiner()
            {
                continue;
            }
            // "depuis 2019", "since 2019", "until 2027", "d'ici 2027" bound a
            // period; they do not date the step.
            // For a plan, "d'ici la fin de l'année", "by the end of the year"
            // is its date.
            let prev = m.words_before(sp.0, 1);
            // "pour les années 2026 et 2027", "for the years 2026 and
            // 2027": the years an instrument runs, not its step.
            // Nor does either end of "for 2025 to 2027", "de 2025 à 2027".
            let range_end = |w: &[&str]| matches!(w.first().copied(), Some("to" | "until" | "a" | "au" | "through")) && w.get(1).is_some_and(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()));
            // "une visite du 20 au 24 octobre", "from 20 to 24 October": the
            // days of a stay, not of a step.
            let day_range = || {
                let w = m.words_before(sp.0, 3);
                matches!(w.first().copied(), Some("au" | "to")) && w.get(1).is_some_and(|d| d.len() <= 2 && d.bytes().all(|b| b.is_ascii_digit())) && matches!(w.get(2).copied(), Some("du" | "from" | "de"))
            };
            let period = || {
                matches!(d.expr, dates::DateExpr::Year(_))
                    && (m.words_before(sp.0, 3).iter().any(|w| matches!(w.trim_start_matches("l'"), "annees" | "annee" | "periode" | "period" | "years" | "year" | "exercices" | "exercice"))
                        || range_end(&m.words_before(sp.0, 2))
                        || range_end(&m.words_after(sp.1, 2)))
            };
            // "la négociation, engagée en 2019", "talks launched in 2021":
            // when the talks began, not when the plan will be carried out.
            let talks_began = || {
                f.status == Status::Planned
                    && m.words_before(sp.0, 2).iter().any(|w| {
                        matches!(*w, "engagee" | "engagees" | "engage" | "engages" | "entamee" | "entamees" | "entame" | "entames" | "lancee" | "lancees" | "ouverte" | "ouvertes" | "began" | "begun" | "started" | "launched" | "opened")
                    })
            };
            // "since diplomatic ties were established in 1978", "depuis
            // l'établissement des relations en 1978": the start of a period
            // told in a clause of its own.
            let since_clause = || {
                let lead = m.text((m.folded.text.floor_char_boundary(sp.0.saturating_sub(80)).max(m.sentences[si].start), sp.0));
                let clause = &lead[lead.rfind([',', ';', '(']).map_or(0, |k| k + 1)..];
                // (The substring search first: most clauses hold neither.)
                // (Not when a signing participle comes between: "depuis
                // l'accord de libre-échange signé en 1996" dates the
                // signing, and "depuis" governs the instrument.)
                [" since ", " depuis "].iter().any(|w| clause.contains(w) || clause.starts_with(&w[1..]))
                    && m.words_before(sp.0, 7).iter().take_while(|w| !crate::cues::is_signing_participle(w)).any(|w| matches!(*w, "since" | "depuis"))
            };
            // "arrivé samedi pour une visite de trois jours", "who arrived
            // on Monday": a traveller's day, not the step's.
            let arrival = || {
                m.words_before(sp.0, 2).iter().any(|w| {
                    matches!(*w, "arrive" | "arrivee" | "arrives" | "arrivees" | "arrived" | "landed" | "atterri" | "debarque")
                })
            };
            let bound = prev.first().is_some_and(|w| matches!(*w, "depuis" | "since" | "until" | "jusqu'en" | "jusqu'au" | "till"))
                || arrival()
                || since_clause()
                // ("by March": a deadline. "signé ici mardi" is here, on
                // Tuesday; "d'ici mars" is left to read, since a step told
                // with it is more often one still to come than a target of
                // one done.)
                || past && prev.first().is_some_and(|w| *w == "by")
                || period()
                || talks_began()
                || day_range();
            if bound {
                continue;
            }
            // After the cue first; before it, a plan's date is usually when
            // it was announced ("agreed on Tuesday to sign ... next month").
            let before_weight = if f.status == Status::Planned { 40 } else { 3 };
            let dist = if sp.0 >= cue.1 { sp.0 - cue.1 } else { cue.0.saturating_sub(sp.1) * before_weight + 12 };
            // A plan's date right after a signing word ("would launch
            // negotiations next month, with the aim of signing it in 2027")
            // is the signing's, whatever date the talks have.
            let signing_next = f.status == Status::Planned
                && m.words_before(sp.0, 3).iter().any(|w| matches!(*w, "sign" | "signing" | "signer" | "signera" | "signeront" | "signerait" | "signeraient" | "signature"));
            let dist = if signing_next { 0 } else { dist };
            // A ratification's date is not the signing date the sentence
            // recalls ("..., signé à Séoul le 14 septembre 2022").
            if f.status == Status::Ratified {
                let nearest = m
                    .cues_in(si)
                    .iter()
                    .filter_map(|(csp, c)| cue_status_of(*c).map(|st| (csp.1.abs_diff(sp.0).min(csp.0.abs_diff(sp.1)), st, *csp)))
                    .min_by_key(|(d, ..)| *d);
                // A parliament "adopting" the bill is the ratification itself,
                // and so is a head of state signing the decree ("a signé le 3
                // courant deux décrets portant ratification de").
                let signing = |csp: Span| {
                    (["sign", "paraph", "conclu", "inked", "sealed"].iter().any(|w| m.text(csp).contains(w)) || crate::cues::FORMULAS.contains(&m.text(csp)))
                        && !signs_a_ratifying_act(m, csp.1)
                };
                if nearest.is_some_and(|(_, st, csp)| st == Status::Signed && signing(csp)) {
                    continue;
                }
            }
            let Some(r) = dates::resolve_detailed(&d.expr, &m.doc_date, tense) else {
                // A vague time ("next week") says there is no date to find.
                if matches!(d.expr, dates::DateExpr::Vague) && best.is_none() {
                    best = Some((dist, String::new(), *sp, false));
                }
                continue;
            };
            // A past step cannot lie after the article.
            if past && doc_full.as_ref().is_some_and(|doc| r.value.len() == 10 && r.value > *doc) {
                continue;
            }
            if best.as_ref().is_none_or(|(bd, ..)| dist < *bd) {
                best = Some((dist, r.value, *sp, r.weekday_mismatch));
            }
        }
        best.map(|(_, v, s, w)| (v, s, w))
    };
    let found = |x: Option<(String, Span, bool)>| x.map(|(v, s, w)| if v.is_empty() { (None, false) } else { (Some((v, s)), w) });
    let anchor = f.sentences[0];
    // Entry into force is a ratified instrument's last step: its day, told
    // in any of its sentences ("ladite Convention est entrée en vigueur le
    // 1er mai 2025"), dates it rather than the law that authorized it.
    if f.status == Status::Ratified {
        let in_force = |si: usize| m.cues_in(si).iter().any(|(sp, c)| *c == Cue::Ratified && (m.text(*sp).contains("vigueur") || m.text(*sp).contains("into force") || m.text(*sp).contains("took effect")));
        for &si in &f.sentences {
            if in_force(si)
                && let Some(r) = found(pick(si))
                && r.0.is_some()
            {
                return r;
            }
        }
    }
    // The sentence that reports the frame's step, when a later one does
    // ("Le texte a été paraphé mercredi ... Il sera signé en juillet").
    if let Some(si) = step_sentence(m, f).filter(|&si| si != anchor)
        && let Some(r) = found(pick(si))
    {
        return r;
    }
    if let Some(r) = found(pick(anchor)) {
        return refine_date(m, f, r, &pick);
    }
    // "le même jour", "the same day": the latest day written before.
    if let Some(r) = same_day_as_before(m, f, anchor) {
        return r;
    }
    // "viennent de signer", "have just signed", "ce matin": the day the
    // story was written (a live blog's entries carry only times).
    if f.status == Status::Signed
        && let Some(doc) = &doc_full
    {
        // The leftmost phrase, the shortest at one start: phrases sorted by
        // length, the first listed wins.
        static SAME_DAY_SEARCH: OnceLock<Phrases> = OnceLock::new();
        let search = SAME_DAY_SEARCH.get_or_init(|| {
            let mut phrases = [SAME_DAY, PART_OF_DAY].concat();
            phrases.sort_by_key(|p| p.len());
            Phrases::new(&phrases)
        });
        // The instrument's sentences, then the umbrella over its list.
        for si in std::iter::once(anchor).chain(f.sentences.iter().copied().filter(|&k| k != anchor)).chain(f.umbrella) {
            let s = m.sentences[si];
            if let Some((a, b)) = search.spans(&m.folded.text[s.start..s.end]).next() {
                return (Some((doc.clone(), (s.start + a, s.start + b))), false);
            }
        }
    }
    if f.status == Status::Signed {
        // Not a sentence that dates another instrument ("the partnership
        // agreement signed in 2022, ..." before "X and Y signed an MoU").
        let other_instrument = |si: usize| {
            Some(si) != f.umbrella
                && m.in_sentence(&m.instruments, si).iter().any(|((a, _), inst)| !inst.plural && !own_noun(f, *a))
        };
        for si in context_sentences(m, f) {
            if other_instrument(si) {
                continue;
            }
            if let Some(r) = found(pick(si)) {
                return r;
            }
        }
    }
    // A council of ministers' communiqué: its decrees ratify on the day it
    // met, the day of the text ("Le Conseil a adopté un décret portant
    // ratification de ...").
    if f.status == Status::Ratified
        && let (Some(doc), Some(sp)) = (&doc_full, f.status_span)
    {
        let s = m.sentences[anchor];
        let t = m.text((s.start, s.end));
        if RATIFYING_DECREES.iter().any(|w| t.contains(w)) {
            // The day the council met, when the text says it ("Le Conseil
            // des ministres s'est réuni lundi dernier").
            return (Some(sitting_day(m).unwrap_or((doc.clone(), sp))), false);
        }
    }
    // A list item's step is told by the umbrella that opens the list ("les
    // trois autres seront signés demain :"), or by the sentences before the
    // umbrella in its paragraph and the paragraph before ("China and
    // Uruguay signed documents on Wednesday. After the talks, the two
    // presidents witnessed the signing of more than 20 documents.").
    if let Some(u) = f.umbrella {
        let para = m.sentences[u].paragraph;
        let before = (0..u).rev().take_while(|&j| m.sentences[j].paragraph + 1 >= para).take(6);
        for si in std::iter::once(u).chain(before) {
            if let Some((Some(d), w)) = found(pick(si)) {
                return (Some(d), w);
            }
        }
    }
    // A ratification a sitting adopts ("L'Assemblée nationale s'est réunie
    // ce jeudi ... le projet de loi autorisant la ratification ... a été
    // adopté"): the sitting's day.
    if f.status == Status::Ratified
        && let Some(day) = sitting_day(m)
    {
        return (Some(day), false);
    }
    if !late {
        return (None, false);
    }
    // (For a plan, a possibility tells its date too: "Cet accord pourrait
    // être conclu d'ici à la fin du mois de décembre".)
    for &si in &f.sentences[1..] {
        let reports = m.cues_in(si).iter().any(|(_, c)| {
            matches!(c, Cue::Signed | Cue::SignedBy | Cue::Planned | Cue::Ratified) || *c == Cue::Speculative && f.status == Status::Planned
        });
        if reports
            && let Some(r) = found(pick(si)) {
                return r;
            }
    }
    (None, false)
}

/// The day a council of ministers or a chamber sat, from the sentence that
/// says so ("Le Conseil des ministres s'est réuni lundi dernier",
/// "L'Assemblée nationale s'est réunie ce jeudi", "The Cabinet met on
/// Wednesday"), when it lies at most [`LEAD_EVENT_DAYS`] before the story.
fn sitting_day(m: &Mentions) -> Option<(String, Span)> {
    m.sentences
        .iter()
        .enumerate()
        .take(SITTING_SENTENCES)
        .filter(|(_, s)| tells_sitting(m.text((s.start, s.end))))
        .find_map(|(si, _)| m.recent_day(si, LEAD_EVENT_DAYS))
}

/// Whether a folded sentence has a council of ministers or a chamber sit
/// or vote ("Le Conseil des ministres s'est réuni", "Le Sénat a adopté
/// jeudi deux projets de loi", "the National Assembly passed on Tuesday";
/// a chamber's members only over what they ratify).
fn tells_sitting(t: &str) -> bool {
    static BODIES: OnceLock<Phrases> = OnceLock::new();
    static SAT: OnceLock<Phrases> = OnceLock::new();
    static MEMBERS: OnceLock<Phrases> = OnceLock::new();
    SAT.get_or_init(|| {
        Phrases::new(&[
            "s'est reuni", "a tenu", "met ", "held its", "a siege", "s'est tenu", "sat ", "a adopte", "ont adopte", "a vote",
            "ont vote", "adopted ", "passed ", "voted ",
        ])
    })
    .starts(t)
    .next()
    .is_some()
        && (BODIES.get_or_init(|| Phrases::new(SITTING_BODIES)).starts(t).next().is_some()
            || MEMBERS.get_or_init(|| Phrases::new(SITTING_MEMBERS)).starts(t).next().is_some()
                && ["ratif", "projet de loi", "projets de loi", "bill"].iter().any(|w| t.contains(w)))
}

/// Bodies whose sitting day is the day they adopt what they ratify.
const SITTING_BODIES: &[&str] = &[
    "conseil des ministres", "council of ministers", "cabinet", "assemblee nationale", "national assembly", "senat",
    "senate", "parlement", "parliament", "chambre des", "house of",
];

/// A chamber's members or its plenary ("les députés ont adopté", "lawmakers
/// voted", "réunis en séance plénière"): their sitting dates a
/// ratification only when its sentence says what they ratify.
const SITTING_MEMBERS: &[&str] = &["deputes", "senateurs", "lawmakers", "legislators", "members of parliament", "seance pleniere", "plenary"];

/// How far into a text the sitting's sentence is sought.
const SITTING_SENTENCES: usize = 40;

/// How many days before the story a lead's event may lie and still date
/// the signings the story reports without a date of their own.
const LEAD_EVENT_DAYS: i64 = 7;

/// The day of the event a story's lead reports: the first sentence after
/// its dateline (or, without one, its first full sentence of running
/// text) holds a day ("on Tuesday", "hier", "March 3") that lies at most
/// [`LEAD_EVENT_DAYS`] before the story, whose date is known.
/// Also whether the lead itself reports a signing ("witnessed the exchange
/// of a number of agreements", "ont signé mardi plusieurs accords").
fn lead_date(m: &Mentions) -> (Option<(String, Span)>, bool) {
    let Some(lead) = lead_sentence(m) else { return (None, false) };
    let signing = witnessed_at(m, lead).is_some() || m.cues_in(lead).iter().any(|(_, c)| matches!(c, Cue::Signed | Cue::SigningNoun));
    (m.recent_day(lead, LEAD_EVENT_DAYS), signing)
}

/// The story's lead: the first sentence of running text after its
/// dateline (a page's byline or credit line may read as a dateline too:
/// the first dateline that running text follows is the story's), or,
/// without one, its first full sentence of running text.
fn lead_sentence(m: &Mentions) -> Option<usize> {
    m.datelines
        .iter()
        .find_map(|&(_, de)| Some(m.sentences.partition_point(|s| s.end <= de)).filter(|&si| m.sentences.get(si).is_some_and(|s| s.kind == LineKind::Body)))
        .or_else(|| m.sentences.iter().position(|s| s.kind == LineKind::Body && s.end - s.start >= LEAD_MIN_BYTES))
}

/// Words that tie a signing to the talks or visit a story's lead reports.
const AT_THE_EVENT: &[&str] = &[
    "after the talks", "after their talks", "following the talks", "following their talks", "during the talks",
    "during the visit", "during his visit", "during her visit", "on the sidelines", "at the end of the talks",
    "a l'issue des entretiens", "a l'issue de leurs entretiens", "a l'issue de la rencontre", "au terme des entretiens",
    "au cours des entretiens", "lors des entretiens", "lors de la visite", "au cours de la visite", "en marge",
    "a l'issue de la reunion", "after the meeting", "following the meeting", "at the end of the meeting",
];

/// Whether a frame's first sentence ties its signing to the event the
/// lead reports.
fn at_lead_event(m: &Mentions, f: &Frame) -> bool {
    static EVENT: OnceLock<Phrases> = OnceLock::new();
    let s = m.sentences[f.sentences[0]];
    EVENT.get_or_init(|| Phrases::new(AT_THE_EVENT)).starts(&m.folded.text[s.start..s.end]).next().is_some()
}

/// The shortest sentence that can be a story's lead when it has no
/// dateline (shorter ones are menus, bylines and captions).
const LEAD_MIN_BYTES: usize = 80;

/// The start of the first dateline below all of a frame's sentences: a
/// frame above it is a standfirst's (a page's byline above the frame may
/// read as a dateline too, and a page's last lines as well).
pub(crate) fn dateline_below(m: &Mentions, f: &Frame) -> Option<usize> {
    let last = f.sentences.iter().map(|&si| m.sentences[si].end).max().unwrap_or(0);
    m.datelines.iter().find(|d| d.0 >= last).map(|d| d.0)
}

/// Whether folded `at` (a date's or a place's start) tells of the
/// instrument that the frame's complement names, after that one's own
/// participle: "un avenant à la convention de coopération signée en 2015
/// à Martigny", "a protocol amending the agreement signed in 2006 in Lima".
fn complement_detail(m: &Mentions, f: &Frame, at: usize) -> bool {
    let Some(&((a, b), _)) = m.instruments[..m.instruments.partition_point(|((a, _), _)| *a < at)].last() else { return false };
    // (The complement's own complement may stand between, when the frame
    // was signed by a verb before its noun: a text is not signed twice,
    // and so in "ont signé un protocole additionnel à l'accord relatif à
    // la réadmission des personnes en situation irrégulière, conclu à
    // Sarajevo en 2011" the step is the accord's. A protocol whose
    // ratification a sentence tells may be the one "signé à Bruxelles"
    // after its accord's long name.)
    let signed_before = f.status == Status::Signed && f.status_span.is_some_and(|sp| sp.1 <= f.kind_span.0);
    let reach = if signed_before { COMPLEMENT_DETAIL_REACH } else { COMPLEMENT_NOUN_REACH };
    if own_noun(f, a) || a < f.kind_span.1 || a - f.kind_span.1 > 60 || b > at || at - b > reach {
        return false;
    }
    let complement = names_the_next(m.text((f.kind_span.1, a)));
    // A participle of its own, not the frame's future ("Un avenant à la
    // convention sera signé en 2026").
    let words: Vec<&str> = m.text((b, at)).split([' ', ',']).filter(|w| !w.is_empty()).collect();
    let participle = words.iter().enumerate().any(|(k, w)| {
        crate::cues::is_signing_participle(w)
            && !k.checked_sub(1).is_some_and(|j| matches!(words[j], "sera" | "seront" | "etre" | "be" | "will" | "been" | "est" | "was" | "is" | "a" | "ont"))
    });
    complement && participle
}

/// How far after the noun of the instrument a complement names its own
/// step's date or place may stand, in folded bytes...
const COMPLEMENT_NOUN_REACH: usize = 80;
/// ...and how far when the frame was signed by a verb before its noun.
const COMPLEMENT_DETAIL_REACH: usize = 140;

/// Whether the folded words between an instrument noun and the next one
/// make the next its complement: "un avenant à la convention", "a
/// protocol amending the agreement", "le protocole modifiant la
/// convention".
///
/// The whole gap must be the join, then at most a determiner and the next
/// noun's modifiers ("amending the 1994 double taxation convention"): "an
/// agreement amending visa rules and a memorandum on health" names two
/// instruments.
fn names_the_next(joined: &str) -> bool {
    const JOINS: &[&str] = &[
        "a", "au", "aux", "a l'", "de", "du", "des", "to", "of", "amending", "to amend", "modifiant", "amendant", "portant amendement",
        "portant modification", "completant", "supplementing",
    ];
    const DETERMINERS: &[&str] = &["the", "its", "their", "la", "le", "l'", "les", "sa", "son", "ses", "leur", "leurs", "de", "de la", "de l'", "du", "des", "d'", "cette", "ce", "this"];
    let joined = joined.trim();
    JOINS.iter().any(|j| {
        let Some(rest) = joined.strip_prefix(j) else { return false };
        // The join ends at a word's end ("a la", "a l'accord").
        if !(rest.is_empty() || rest.starts_with(' ') || j.ends_with('\'')) {
            return false;
        }
        // Then a determiner, and the next noun's own modifiers: a year,
        // at most three words, no conjunction, article or punctuation
        // ("amending the 1994 double taxation convention").
        let mut words: Vec<&str> = rest.split(' ').filter(|w| !w.is_empty()).collect();
        if let Some(d) = (1..=2.min(words.len())).rev().find(|&k| DETERMINERS.contains(&words[..k].join(" ").as_str())) {
            words.drain(..d);
        }
        words.len() <= 3 && !words.iter().any(|w| w.contains([',', ';', '.']) || matches!(*w, "and" | "or" | "et" | "ou" | "a" | "an" | "un" | "une" | "the" | "la" | "le" | "les"))
    })
}

/// Whether an instrument noun starting at folded `a` is the frame's own
/// (it starts within the frame's name).
fn own_noun(f: &Frame, a: usize) -> bool {
    (f.kind_span.0..f.kind_span.1.max(f.kind_span.0 + 1)).contains(&a)
}

/// A coarse date ("last month", "en 2024") made precise by the next
/// sentence that reports the same step ("On March 18, senators voted to
/// concur in its ratification"): a full date inside the coarse one.
fn refine_date(
    m: &Mentions,
    f: &Frame,
    found: (Option<(String, Span)>, bool),
    pick: &dyn Fn(usize) -> Option<(String, Span, bool)>,
) -> (Option<(String, Span)>, bool) {
    let Some((coarse, _)) = &found.0 else { return found };
    if coarse.len() == 10 {
        return found;
    }
    let anchor = f.sentences[0];
    let same_step = |c: Cue| match f.status {
        Status::Ratified => c == Cue::Ratified,
        Status::Signed => matches!(c, Cue::Signed | Cue::SignedBy),
        Status::Planned => c == Cue::Planned,
        _ => false,
    };
    let next = anchor + 1;
    let reports = next < m.sentences.len() && m.cues_in(next).iter().any(|(_, c)| same_step(*c));
    if !reports {
        return found;
    }
    // Written out ("On March 18"), not counted from the story's day
    // ("yesterday" is when it was told).
    let written = |sp: &Span| {
        m.dates.iter().any(|(d, dm)| d == sp && matches!(dm.expr, dates::DateExpr::Full { .. } | dates::DateExpr::DayMonth { .. }))
    };
    match pick(next).filter(|(v, sp, _)| v.len() == 10 && v.starts_with(coarse.as_str()) && written(sp)) {
        Some((v, sp, w)) => (Some((v, sp)), w),
        None => found,
    }
}

/// The date of "le même jour", "the same day" in sentence `si`: the latest
/// full day written before that sentence (not the story's own date or a
/// dateline's), for a step in the past.
fn same_day_as_before(m: &Mentions, f: &Frame, si: usize) -> Option<(Option<(String, Span)>, bool)> {
    if !matches!(f.status, Status::Signed | Status::Ratified) {
        return None;
    }
    let s = m.sentences[si];
    let t = m.text((s.start, s.end));
    static SAME_DAY_AS: OnceLock<Phrases> = OnceLock::new();
    let search = SAME_DAY_AS.get_or_init(|| {
        Phrases::new(&[&["le meme jour", "the same day", "ce jour-la", "that day", "the same date", "the same ceremony", "la meme ceremonie", "the same occasion", "la meme occasion"], PART_OF_DAY, NEXT_DAY].concat())
    });
    let (at, end) = search.spans(t).next()?;
    let len = end - at;
    // "Le lendemain", "the next day": the day after. (Not "le lendemain de
    // la visite", the day after something else.)
    let next_day = NEXT_DAY.contains(&&t[at..end]);
    if next_day && [" de ", " du ", " des ", " d'", " of "].iter().any(|p| t[end..].starts_with(p)) {
        return None;
    }
    // The latest day written before: a date, or a weekday or "hier" that
    // resolves to one ("samedi dernier ... Le même jour").
    let value = m.dates[..m.dates.partition_point(|(sp, _)| sp.0 < s.start + at)].iter().rev().find_map(|(sp, d)| {
        if m.doc_date_span.is_some_and(|(a, b)| sp.0 >= a && sp.1 <= b + 1) || m.datelines.iter().any(|&(a, b)| sp.0 >= a && sp.1 <= b) {
            return None;
        }
        // "Today we join ..." in a quotation is the speaker's day, which
        // the story does not date.
        if matches!(d.expr, dates::DateExpr::RelativeDay(_)) && in_quotation(m, sp.0) {
            return None;
        }
        dates::resolve_detailed(&d.expr, &m.doc_date, tense_of(f.status)).map(|r| r.value).filter(|v| v.len() == 10)
    })?;
    let value = if next_day { crate::calendar::Date::parse(&value).ok()?.add_days(1)?.to_string() } else { value };
    Some((Some((value, (s.start + at, s.start + at + len))), false))
}

/// Words of the day after the one told before ("Le lendemain, à Inezgane,
/// ...", "The next day").
const NEXT_DAY: &[&str] = &["le lendemain", "the next day", "the following day", "the day after"];

/// Whether folded position `at` stands inside a quotation: after an odd
/// number of quotation marks on its line (folding makes every kind '"'),
/// read back at most [`QUOTE_REACH`] bytes so that a page of one long line
/// stays linear.
fn in_quotation(m: &Mentions, at: usize) -> bool {
    let from = m.folded.text.floor_char_boundary(at.saturating_sub(QUOTE_REACH));
    let window = &m.folded.text[from..at];
    // (A line that starts out of reach tells nothing: not in one.)
    let Some(line_start) = window.rfind('\n').map(|k| k + 1).or((from == 0).then_some(0)) else { return false };
    let line = &window[line_start..];
    memchr::memchr_iter(b'"', line.as_bytes()).count() % 2 == 1
}

/// How far back a quotation's opening mark is sought.
const QUOTE_REACH: usize = 1500;

/// The frame's sentence that holds its status cue. A plan's cue that is
/// not a signing ("agreed to draft an implementing arrangement") yields to
/// a later sentence of the frame that plans the signing ("The arrangement
/// is expected to be signed in Abu Dhabi in January").
fn step_sentence(m: &Mentions, f: &Frame) -> Option<usize> {
    let sp = f.status_span?;
    let own = f.sentences.iter().copied().find(|&si| sp.0 >= m.sentences[si].start && sp.0 < m.sentences[si].end);
    if f.status != Status::Planned || m.text(sp).contains("sign") {
        return own;
    }
    let signing = |si: usize| m.cues_in(si).iter().any(|(csp, c)| *c == Cue::Planned && m.text(*csp).contains("sign"));
    f.sentences.iter().copied().filter(|&si| Some(si) != own && m.sentences[si].start > sp.0).find(|&si| signing(si)).or(own)
}


/// Whether a word ends a reporting clause before its day: a reporting
/// verb, or a statement's issuing ("said a press release issued by the
/// ministry today", "the ministry said Thursday").
/// The core reporting verbs, a subset of [`crate::cues::REPORTING_VERBS`]
/// (without a statement's issuing, telling or adding): a day right before
/// one dates the report ("today announced that"), a person right before
/// one speaks.
const REPORTING: &[&str] = &["announced", "said", "reported", "confirmed", "revealed", "annonce", "indique", "declare", "confirme"];

fn reporting_word(w: &str) -> bool {
    crate::cues::REPORTING_VERBS.contains(&w)
}

/// Words that put a signing on the day the story was written.
const SAME_DAY: &[&str] = &[
    "vient de signer", "viennent de signer", "vient d'etre signe", "viennent d'etre signes", "have just signed",
    "has just signed", "just signed", "were just signed", "ce matin", "cet apres-midi", "ce soir", "this morning",
    "this afternoon", "this evening", "earlier today", "a l'instant", "a few minutes ago", "moments ago",
    "a moment ago", "il y a quelques instants", "il y a quelques minutes", "tout a l'heure",
    "earlier this afternoon", "earlier this evening", "tonight",
];

/// A part of the day with no day named ("plus tôt dans la journée",
/// "earlier in the day", "dans l'après-midi"): the day told last before
/// it, else the story's.
const PART_OF_DAY: &[&str] = &[
    "dans la matinee", "dans l'apres-midi", "dans la soiree", "plus tot dans la journee", "plus tard dans la journee",
    "en debut de journee", "en debut de matinee", "en fin de matinee", "en debut d'apres-midi", "en fin d'apres-midi",
    "en fin de journee", "earlier in the day", "later in the day",
];

/// Where the reported step took place: a city after "à", "in", "au" in
/// the frame's sentences that report it, then its context. `describing`
/// also lets in the frame's sentences that report no step ("The programme
/// includes ... heritage in Zanzibar"), as a last resort.
fn location_of(m: &Mentions, f: &Frame, places: &Places, describing: bool) -> Option<Span> {
    let mut order: Vec<usize> = f.sentences.clone();
    if matches!(f.status, Status::Signed) {
        order.extend(context_sentences(m, f));
    } else if let Some(u) = f.umbrella {
        order.push(u);
    }
    // Of the places in the frame's own sentences, the one nearest after a
    // signing cue ("signed ... in Brussels", not "an office in Amman").
    let own = f.sentences.len();
    // A later sentence that reports the frame's step outranks the others
    // ("paraphé à Madrid ... sera signé en juillet à Dakar").
    let step = step_sentence(m, f).filter(|&si| si != f.sentences[0]);
    let mut best: Option<(usize, Span)> = None;
    for (k, si) in order.into_iter().enumerate() {
        // A signed instrument's later sentence that only plans ("A joint
        // working group ... will meet alternately in Colombo and Hanoi")
        // tells no place of its signing.
        let planned_only_later = f.status == Status::Signed && k > 0;
        let cues: Vec<usize> = m
            .cues_in(si)
            .iter()
            .filter(|(_, c)| matches!(c, Cue::Signed | Cue::SignedBy) || *c == Cue::Planned && !planned_only_later)
            .map(|(sp, _)| sp.1)
            .collect();
        if !describing && k < own && k > 0 && cues.is_empty() {
            continue;
        }
        // A sentence around the frame's own that names an instrument of an
        // earlier year ("L'accord de coopération 2021-2025, signé en 2021 à
        // Dông Ha") gives that one's place.
        if k >= own && m.in_sentence(&m.instruments, si).iter().any(|((_, e), _)| crate::assemble::dated_before_this_year(m, *e)) {
            continue;
        }
        for &p in places.get(si) {
            if complement_detail(m, f, p.0) || meeting_place(m, si, p.0) {
                continue;
            }
            // "will be adopted in June, when technicians visit farms in
            // Cayo": a place in a clause of its own after the step's cue
            // tells where something else happens.
            // (A signing told with "when" or "while" often happened there:
            // only a step to come is read so.)
            // (Unless that clause is a meeting the signing waits for: "when
            // the Supreme Interstate Council meets in Astana next week",
            // "lorsque la commission mixte se réunira à Dakar"; or the
            // signer's own journey: "when she travels to Hanoi".)
            let other_clause = f.status != Status::Signed && cues.iter().filter(|&&c| c <= p.0).max().is_some_and(|&c| {
                let between = m.text((c, p.0));
                [" when ", " lorsque ", " quand ", " while ", " alors que ", " tandis que "].iter().filter_map(|w| between.rfind(w).map(|k| &between[k..])).any(|clause| {
                    !clause.split(' ').any(|w| matches!(w, "meets" | "meet" | "convenes" | "convene" | "summit" | "session" | "sommet" | "reunit" | "reunira" | "reuniront" | "reuniss"))
                        && !signer_travels(clause)
                })
            });
            if other_clause {
                continue;
            }
            // "Un nouveau cycle de discussions est prévu en janvier à
            // Bruxelles": where talks are held, not where a text to come will
            // be signed.
            if f.status == Status::Planned && talks_place(m, si, p.0) {
                continue;
            }
            // "vont signer un accord-cadre, a annoncé lundi à Banjul le
            // ministre", "will sign ..., the minister told reporters in
            // Banjul": where the plan was told, not where it will be signed.
            if f.status != Status::Signed && told_place(m, si, p.0) {
                continue;
            }
            let d = cues.iter().map(|&c| if c <= p.0 { p.0 - c } else { (c - p.0) * 2 }).min().unwrap_or(400);
            let d = if step.is_some_and(|st| st != si) { d + 500 } else { d };
            // In a later sentence that takes the instrument up and names
            // another ("The MOU builds on the 2019 agreement, signed in San
            // José"), a place nearer the other instrument is that one's.
            if k > 0 && k < own {
                let insts = m.in_sentence(&m.instruments, si);
                let nearest = insts.iter().min_by_key(|((a, b), _)| if *b <= p.0 { p.0 - b } else { a.saturating_sub(p.1) });
                if insts.len() >= 2 && nearest.is_some_and(|(sp, _)| *sp != insts[0].0) {
                    continue;
                }
            }
            let d = if k < own { d } else { d + 1000 * k };
            if best.is_none_or(|(bd, _)| d < bd) {
                best = Some((d, p));
            }
        }
        if k + 1 >= own && best.is_some() {
            break;
        }
    }
    best.map(|(_, p)| widen_place(m, places, p))
}

/// Whether the place at folded `p` of sentence `si` is where a body meets,
/// not where anything was signed: "a joint commission, to meet once a
/// year alternately in Kingston and Santo Domingo", "se réunira tous les
/// six mois, alternativement à Ouanaminthe et à Dajabón" (a meeting word in
/// the words before it, and no signing word after that one).
fn meeting_place(m: &Mentions, si: usize, p: usize) -> bool {
    let text = &m.folded.text;
    // (A place may be read in a sentence it does not start in.)
    let lead = &text[text.floor_char_boundary(p.saturating_sub(100)).max(m.sentences[si].start).min(p)..p];
    let mut last = None;
    let mut at = 0;
    let mut prev = "";
    for raw in lead.split(' ') {
        let w = raw.trim_matches(|c: char| !c.is_alphanumeric());
        // ("meet" only as a body's duty to come: "at the meeting in Apia"
        // is where the signing was.)
        if MEETING_WORDS.contains(&w) || w == "meet" && matches!(prev, "to" | "will" | "shall") {
            last = Some(at);
        }
        // (The offset moves by the token as written, stops and all.)
        at += raw.len() + 1;
        prev = w;
    }
    last.is_some_and(|k| !lead[k..].contains("sign"))
}

/// Whether a "when" clause tells the signer's own journey, its subject a
/// pronoun: "when she travels to Hanoi", "quand il se rendra à Dakar"
/// (not "when technicians visit farms in Cayo").
fn signer_travels(clause: &str) -> bool {
    let clause = [" alors que ", " tandis que ", " when ", " lorsque ", " quand ", " while "].iter().find_map(|o| clause.strip_prefix(o)).unwrap_or(clause);
    let mut words = clause.split(' ').filter(|w| !w.is_empty());
    let subject = words.next().unwrap_or("");
    matches!(subject, "she" | "he" | "they" | "il" | "elle" | "ils" | "elles")
        && words.take(4).any(|w| {
            matches!(w, "travels" | "travel" | "visits" | "visit" | "goes" | "go" | "flies" | "heads" | "arrives" | "rendra" | "rendront" | "ira" | "iront")
        })
}

/// Whether the place at folded `p` of sentence `si` is where talks are
/// held: a word of talks in the clause before it, and no signing word.
fn talks_place(m: &Mentions, si: usize, p: usize) -> bool {
    let text = &m.folded.text;
    let s = m.sentences[si];
    let lead = &text[text.floor_char_boundary(p.saturating_sub(TALKS_REACH)).max(s.start).min(p)..p];
    let clause = &lead[lead.rfind([',', ';', ':']).map_or(0, |k| k + 1)..];
    let signing = |w: &str| crate::cues::is_signing_word(w) || w.starts_with("conclu");
    // (Not "les négociations reprendront à Bruxelles, où l'accord doit
    // être signé": a signing told after the place is there.)
    let after = &text[p.min(s.end)..s.end];
    let words = || clause.split(|c: char| !c.is_alphanumeric());
    words().any(|w| ["discussion", "negoci", "negotiat", "talks", "pourparlers"].iter().any(|t| w.starts_with(t)))
        && !words().any(signing)
        && !after.split(|c: char| !c.is_alphanumeric()).any(signing)
}

/// How far before a place the words of talks are sought.
const TALKS_REACH: usize = 80;

/// Whether the place at folded `p` of sentence `si` is where something was
/// said: a word of speech ("a annoncé", "told reporters", "en conférence de
/// presse") in the words before it, and no signing word between that word
/// and the place ("a annoncé que l'accord serait signé à Dakar" keeps it),
/// nor right after it ("says he will travel to Apia next month to sign").
fn told_place(m: &Mentions, si: usize, p: usize) -> bool {
    let text = &m.folded.text;
    let end = m.sentences[si].end;
    let after = &text[p.min(end)..text.floor_char_boundary((p + TOLD_REACH / 2).min(end)).max(p.min(end))];
    if after.split(|c: char| !c.is_alphanumeric()).any(crate::cues::is_signing_word) {
        return false;
    }
    let from = text.floor_char_boundary(p.saturating_sub(TOLD_REACH)).max(m.sentences[si].start).min(p);
    let lead = &text[from..p];
    // The last word of speech, then no step between it and the place
    // ("a précisé que l'accord sera entériné à Niamey").
    let mut last = None;
    for w in lead.split(|c: char| !c.is_alphanumeric()) {
        if speech_word(w) {
            // (The word's offset from its own position: separators may be
            // of several bytes.)
            last = Some(from + (w.as_ptr() as usize - lead.as_ptr() as usize) + w.len());
        } else if crate::cues::is_signing_word(w) || w.starts_with("conclu") {
            last = None;
        }
    }
    last.is_some_and(|k| !m.cues_in(si).iter().any(|(sp, c)| sp.0 >= k && sp.0 < p && matches!(c, Cue::Signed | Cue::SignedBy | Cue::Planned | Cue::Ratified)))
}

/// How far before a place a word of speech is sought ("a annoncé lundi le
/// ministre sénégalais des Affaires étrangères, Yassine Fall, à Banjul").
const TOLD_REACH: usize = 120;

/// Words that tell where something was said (folded), beside the verbs of
/// reporting ([`crate::cues::REPORTING_VERBS`]) and of speaking
/// ([`SPEAKING`]).
const SPEECH_WORDS: &[&str] = &[
    "annoncee", "confie", "revele", "presse", "journalistes", "speaking", "briefing", "reporters", "journalists", "press",
    // "selon une source diplomatique jointe à Nouakchott", "a source
    // contacted in Dakar" (not "source" alone: "les sources d'eau à
    // Kidal").
    "jointe", "contacte", "contactee", "contacted",
];

/// Whether a folded word tells that something was said.
fn speech_word(w: &str) -> bool {
    SPEECH_WORDS.contains(&w) || crate::cues::REPORTING_VERBS.contains(&w) || SPEAKING.contains(&w)
}

/// Words that say a body meets somewhere (folded).
/// ("Rotating" and "alternatively" say other things as often: "under the
/// rotating chairmanship", "or alternatively".)
const MEETING_WORDS: &[&str] = &["alternately", "alternativement", "alternance", "reunira", "reuniront", "siegera", "siegeront"];

/// A place the gazetteer does not know, followed by one it knows in the
/// same locative chain ("au Plateau, à Abidjan", "at the State House, in
/// Accra"): the known city.
fn widen_place(m: &Mentions, places: &Places, p: Span) -> Span {
    if m.named_at(p.0).is_some() {
        return p;
    }
    let Some(si) = m.sentence_of(p.0) else { return p };
    let chain = |q0: usize| {
        let between = m.text((p.1, q0));
        between.len() <= 6 && between.starts_with(',') && (between == ", " || [" a ", " in ", " au ", " at "].iter().any(|w| between.ends_with(w)))
            // ", in the capital Kathmandu", ", dans la capitale, Niamey".
            || [", in ", ", dans ", ", a "].iter().any(|w| between.starts_with(w) && capital_phrase(&format!("{}X", &between[w.len()..])) == Some(between.len() - w.len()))
    };
    // A known place the locatives found, or a capital right after a comma
    // ("à Ampandrianomby, Antananarivo").
    if let Some(q) = places.get(si).iter().find(|q| q.0 > p.1 && m.named_at(q.0).is_some() && chain(q.0)) {
        return *q;
    }
    if !m.folded.text[p.1..].starts_with(", ") {
        return p;
    }
    match m.named_at(p.1 + 2) {
        Some(n) if n.entry.form == Form::Capital => (n.start, n.end),
        _ => p,
    }
}

/// The places of each sentence ([`places_in`]), found when a frame first
/// asks: most frames find their place in their own first sentence and
/// never read their context's.
struct Places<'m> {
    m: &'m Mentions<'m>,
    of: Vec<std::cell::OnceCell<Vec<Span>>>,
}

impl Places<'_> {
    fn get(&self, si: usize) -> &[Span] {
        self.of[si].get_or_init(|| places_in(self.m, si))
    }
}

/// After English "at", a venue written in capitals and named by a
/// building's noun ("State House", "the Sheraton Hotel", "the Ministry of
/// Foreign Affairs") of at most [`VENUE_WORDS`] words, a comma, and a
/// capital the gazetteer knows that ends its clause or the sentence: the
/// capital's span. `from` is the venue's first byte, `end` the sentence's
/// end.
fn capital_after_venue(m: &Mentions, from: usize, end: usize) -> Option<Span> {
    let text = &m.folded.text;
    let mut at = from;
    let mut words = 0;
    // (A building's noun must name the venue: not "lectured at Makerere
    // University" alone, but "at State House", "at the Sheraton Hotel".)
    let mut building = false;
    while words < VENUE_WORDS && at < end {
        let word_end = text[at..end].find([' ', ',']).map_or(end, |k| at + k);
        let w = &text[at..word_end];
        let connector = matches!(w, "the" | "of" | "for" | "and") && words > 0 || w == "the" && words == 0;
        if w.is_empty() || !connector && !m.folded.upper_at(m.input, at) {
            return None;
        }
        building |= BUILDING_NOUNS.contains(&w.strip_suffix('s').unwrap_or(w));
        words += 1;
        if text[word_end..end].starts_with(", ") {
            let n = m.named_at(word_end + 2)?;
            let after = text.get(n.end..end)?;
            let closes = after.is_empty() || after.starts_with([',', '.', ';']) || after.starts_with(" on ");
            return (n.entry.form == Form::Capital && closes && !connector && building).then_some((n.start, n.end));
        }
        if word_end >= end {
            return None;
        }
        at = word_end + 1;
    }
    None
}

/// The first words (folded) of the names of lakes, rivers, seas and
/// deserts: no signing's place.
const NATURAL_FEATURES: &[&str] = &[
    "lake", "lac", "river", "riviere", "fleuve", "gulf", "golfe", "sea", "mer", "ocean", "bay", "baie", "bassin", "basin", "desert",
    "strait", "canal",
];

/// How far back from "at" a relative pronoun is sought in its clause.
const RELATIVE_REACH: usize = 80;

/// The most words a venue's name before its town may have.
const VENUE_WORDS: usize = 6;

/// The places introduced by a locative preposition in a sentence, outside
/// people's roles and datelines.
fn places_in(m: &Mentions, si: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let s = m.sentences[si];
    let text = &m.folded.text;
    let people_here = m.people_in(si);
    let in_role = |pos: usize| people_here.iter().any(|&pi| m.people[pi].role.is_some_and(|(a, b)| pos >= a && pos < b));
    let bytes = text.as_bytes();
    // Word starts: the sentence's own start ("À San-Pédro, ..."), then
    // after each space; the previous one is kept to read the word before.
    let mut prev_start = s.start;
    for at in std::iter::once(s.start).chain(memchr::memchr_iter(b' ', &bytes[s.start..s.end]).map(|off| s.start + off + 1)) {
        // The word before, read in place (both ends are ASCII spaces or
        // the sentence's start).
        let prev = if at > prev_start { &text[prev_start..at - 1] } else { "" };
        let before_prev = prev_start;
        prev_start = at;
        // Every word asked about below opens with one of these letters;
        // "de", "du", "of", "to" count only after a town's or a visit's
        // noun ("la ville de", "the visit to").
        let first = bytes.get(at).copied();
        // ("sur le campus d'Abomey-Calavi": "sur" is a locative before a
        // campus only; "un accord sur la ville de X" has a subject.)
        let town_of = || {
            TOWN_NOUNS.contains(&prev) && (town_after_locative(&text[s.start..before_prev]) || prev == "campus" && text[s.start..before_prev].ends_with(" sur le "))
        };
        let lead = matches!(first, Some(b'd' | b'o' | b't'))
            && bytes.get(at + 2).is_none_or(|&c| c == b' ')
            && (matches!(bytes.get(at..at + 2), Some(b"de" | b"du" | b"of")) && town_of()
                || bytes.get(at..at + 2) == Some(b"to") && (matches!(prev, "visit" | "trip" | "mission" | "tour" | "travel" | "travels" | "travelling" | "traveling" | "fly" | "flies") || visit_before(&text[s.start..before_prev])));
        // "à l'hôtel de ville d'Aix-la-Chapelle": the town glued to "d'".
        let elided = bytes.get(at..at + 2) == Some(b"d'") && bytes.get(at + 2).is_some_and(u8::is_ascii_alphabetic) && town_of();
        let lead = lead || elided;
        if at >= s.end || !matches!(first, Some(b'a' | b'i' | b'h')) && !lead && !bytes[at..s.end].starts_with(b"dans la capitale") {
            continue;
        }
        // English "at" before a town, only right after the verb ("signed
        // at Katima Mulilo"): before anything else it names a venue far
        // more often ("at State House").
        let at_town = first == Some(b'a')
            && bytes.get(at + 1) == Some(&b't')
            && bytes.get(at + 2) == Some(&b' ')
            && m.lang == crate::extractor::Language::English
            && (matches!(prev, "signed" | "inked" | "initialled" | "initialed" | "concluded")
                // The final clause's ", done at Kampala on ...".
                || prev == "done" && text[s.start..before_prev].trim_end().ends_with(','));
        let word_end = memchr::memchr(b' ', &bytes[at..s.end]).map_or(s.end, |k| at + k);
        let w = &text[at..word_end];
        // "signé ici", "signed here": where the dispatch was filed.
        if matches!(w.trim_end_matches([',', '.', ';']), "ici" | "here") {
            if let Some(city) = dateline_city_before(m, s.start) {
                out.push(city);
            }
            continue;
        }
        // "at the Honiara International Convention Centre", "at the Nairobi
        // Serena Hotel": a venue named after its town, which is the place.
        // (The town must be a capital the gazetteer knows, and the venue's
        // name must go on after it in capitals.)
        if w == "at" && m.lang == crate::extractor::Language::English && text[word_end..s.end].starts_with(" the ") {
            let town = word_end + " the ".len();
            // (Not an instrument's title: "at the Paris Agreement review".)
            let titled = |k: usize| {
                let i = m.instruments.partition_point(|((a, _), _)| *a < k);
                m.instruments.get(i).is_some_and(|((a, _), _)| *a <= k + VENUE_TITLE_BYTES)
            };
            if let Some(n) = m.named_at(town).filter(|n| n.entry.form == Form::Capital && n.end < s.end)
                && text[n.end..s.end].starts_with(' ')
                && m.folded.upper_at(m.input, n.end + 1)
                && !in_role(at)
                && !titled(n.end)
                && !m.datelines.iter().any(|&(a, b)| n.start >= a && n.start < b)
            {
                out.push((n.start, n.end));
                continue;
            }
        }
        // "at State House, Nairobi", "at the Sheraton Hotel, Addis Ababa,
        // on Monday": a venue in capitals, then its town after a comma,
        // a capital the gazetteer knows.
        // (Not in a relative clause about someone: "Mr X, who once
        // lectured at Makerere University, Kampala, signed ... in Juba".)
        // (Read only after "at": the clause back to its comma, at most
        // `RELATIVE_REACH` bytes.)
        let relative = || {
            let from = text.floor_char_boundary(at.saturating_sub(RELATIVE_REACH)).max(s.start);
            let clause = &text[text[from..at].rfind([',', ';']).map_or(from, |k| from + k)..at];
            clause.split(' ').any(|w| matches!(w, "who" | "whom" | "whose" | "which"))
        };
        if w == "at" && m.lang == crate::extractor::Language::English && !in_role(at) && !relative()
            && let Some(town) = capital_after_venue(m, word_end + 1, s.end)
        {
            out.push(town);
            continue;
        }
        // "at City Hall in the Ghanaian capital", "dans la capitale
        // ghanéenne": the capital the text names elsewhere, of the state
        // the adjective says.
        if matches!(w, "in" | "dans")
            && let Some(city) = capital_named_by_demonym(m, (word_end + 1).min(s.end), s.end)
        {
            out.push(city);
            continue;
        }
        // "in the capital Port Louis", "dans la capitale nigérienne, Niamey":
        // the town after the capital's noun.
        let after_capital = matches!(w, "in" | "dans" | "a").then(|| capital_phrase(&text[(word_end + 1).min(s.end)..s.end])).flatten();
        // "dans la ville de Tanger", "in the city of Mombasa", "à l'hôtel de
        // ville du Cap-Haïtien", "during the visit to Hanoi": `lead` let
        // those through.
        if !matches!(w, "a" | "in" | "au") && !lead && !at_town && after_capital.is_none() {
            continue;
        }
        // The input must say "à", not "a" (the verb "avoir").
        let (is, ie) = m.folded.span(at, word_end);
        let orig = &m.input[is..ie];
        if w == "a" && orig != "à" && orig != "À" {
            continue;
        }
        let start = if elided { at + 2 } else { word_end + 1 + after_capital.unwrap_or(0) };
        if start >= s.end || in_role(at) || in_institution_name(m, at) {
            continue;
        }
        // "developments in Gaza", "la situation au Sahel": a topic, not
        // where anything was signed.
        if TOPIC_NOUNS.contains(&prev) {
            continue;
        }
        // "a statement issued in Accra", "un communiqué publié à Dakar":
        // where the news came from.
        if matches!(prev, "issued" | "released" | "published" | "publie" | "publiee" | "diffuse" | "diffusee") {
            continue;
        }
        // "l'université Souphanouvong, établie à Luang Prabang", "a firm
        // based in Lyon": where a party has its seat. (Not "situé à",
        // "located in": a venue's town is the signing's.)
        if matches!(
            prev,
            "etabli" | "etablie" | "etablis" | "etablies" | "basee" | "base" | "bases" | "basees" | "implante" | "implantee" | "based" | "headquartered" | "domiciliee" | "domicilie"
        ) {
            continue;
        }
        // French "à" and a state's short name is the city of that name
        // ("à Koweït", "à Djibouti", "à Singapour") or an island ("à
        // Maurice"): a place.
        // So is a province's name after a town's noun ("à l'hôtel de ville
        // de Québec", "in the city of Quebec").
        // So is an English "in" before a state whose capital bears its
        // name ("signed in Singapore").
        let city_state = (w == "a" || w == "in" || lead)
            .then(|| m.named_at(start))
            .flatten()
            .filter(|n| (w == "a" && n.entry.form == Form::Short || w == "in" && n.entry.city_state || n.entry.region && w != "in") && !n.entry.is_org());
        let Some(sp) = city_state.map(|n| (n.start, n.end)).or_else(|| place_at(m, start, s.end)) else { continue };
        // "the Trade in Goods Agreement": an instrument's title, not a
        // place.
        let k = m.instruments.partition_point(|((_, b), _)| *b <= sp.0);
        if m.instruments.get(k).is_some_and(|((a, _), _)| *a < sp.1) && m.named_at(sp.0).is_none() {
            continue;
        }
        // "Cooperation in Youth and Sports": a field in a title, not a
        // place, unless the gazetteer knows it.
        let prev = text[..at].trim_end().rsplit([' ', '\'']).next().unwrap_or("");
        if FIELD_NOUNS.contains(&prev) && m.named_at(sp.0).is_none() {
            continue;
        }
        // Where a thing is built or assembled is not where the instrument
        // was signed ("pour la construction d'une usine à Mbour").
        // (Not when a clause of its own puts a ceremony before the place:
        // "an action plan for the road project, in a ceremony at the
        // Presidential Complex in Ankara" is a signing's place.)
        let lead_in = &text[text.ceil_char_boundary(at.saturating_sub(70)).max(s.start)..at];
        let own_clause = &lead_in[lead_in.rfind(", ").map_or(0, |k| k + 2)..];
        let ceremony = own_clause.len() < lead_in.len()
            && own_clause.split(|c: char| !c.is_alphanumeric()).any(|w| matches!(w, "ceremony" | "ceremonie" | "signing" | "signature" | "meeting" | "reunion"));
        // (Nor when a signing verb stands between the project's word and
        // the place: "un corridor numérique ... sera signée à Bakou".)
        // (Read only when a project's word stands there at all.)
        let after_signing = || {
            lead_in
                .match_indices(' ')
                .map(|(k, _)| k + 1)
                .filter(|&k| crate::cues::is_signing_word(lead_in[k..].split([' ', ',']).next().unwrap_or("")))
                .last()
                .map_or(lead_in, |k| &lead_in[k..])
        };
        if !ceremony && project_site(lead_in) && project_site(after_signing()) {
            continue;
        }
        // "fisheries resources in Lake Victoria", "la pêche dans le golfe
        // de Gabès": a lake, a river or a sea, which the topic names; no
        // instrument is signed there.
        // (A town named after one keeps its hyphen: "Rivière-du-Loup",
        // "Baie-Comeau".)
        if m.named_at(sp.0).is_none() && text[sp.0..sp.1].split(' ').next().is_some_and(|f| NATURAL_FEATURES.contains(&f)) {
            continue;
        }
        // "at State House", "at ADNEC Centre", "at KEMRI": a building or
        // an institution, unless the gazetteer knows the town.
        if at_town && m.named_at(sp.0).is_none() {
            let building = text[sp.0..sp.1].split(' ').any(|w| BUILDING_NOUNS.contains(&w.strip_suffix('s').unwrap_or(w)));
            let (is, ie) = m.folded.span(sp.0, sp.1);
            let first_word = m.input[is..ie].split(' ').next().unwrap_or("");
            let acronym = first_word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !first_word.chars().any(char::is_lowercase);
            if building || acronym {
                // "at State House, Nairobi": the town after the building.
                if building && let Some(town) = town_after_building(m, sp.1, s.end) {
                    out.push(town);
                }
                continue;
            }
        }
        // "à Jubilee House, le palais présidentiel d'Accra,", "at the Villa
        // Rose, the presidential residence in Dakar": the town the
        // building's apposition names.
        if m.named_at(sp.0).is_none()
            && let Some(town) = town_in_apposition(m, sp.1, s.end)
        {
            out.push(town);
            continue;
        }
        // "à Hyderabad House, la résidence où ...", "in Lancaster House":
        // a venue whose name ends on a building's noun, not a town (unless
        // its town follows: "at Jubilee House, Accra").
        if m.named_at(sp.0).is_none() && text[sp.0..sp.1].rsplit(' ').next().is_some_and(|w| BUILDING_NOUNS.contains(&w.strip_suffix('s').unwrap_or(w))) {
            if let Some(town) = town_after_building(m, sp.1, s.end) {
                out.push(town);
            }
            continue;
        }
        // "la commissaire à la Santé et au Développement social": a
        // portfolio in a role the recognizer missed, not a town.
        if w == "au" && m.named_at(sp.0).is_none() && text[sp.0..sp.1].split(' ').next().is_some_and(crate::people::is_portfolio_word) {
            continue;
        }
        // "au Palais présidentiel à Hanoï", "à l'Hôtel King Fahd": a
        // building; the town, if any, follows.
        if matches!(w, "a" | "au") && m.named_at(sp.0).is_none() && text[sp.0..sp.1].split([' ', '-']).next().is_some_and(|f| FRENCH_BUILDING_NOUNS.contains(&f)) {
            if let Some(town) = town_after_building(m, sp.1, s.end) {
                out.push(town);
            }
            continue;
        }
        // "destinée au Programme d'alimentation en eau", "au Fonds de
        // développement": after "au", a capitalized word that "de" and a
        // lowercase word follow names a programme or a body, not a town.
        if w == "au" && m.named_at(sp.0).is_none() && {
            let rest = text[sp.1..s.end].strip_prefix(' ').unwrap_or(&text[sp.1..s.end]);
            let rest = ["de ", "d'", "des ", "du "].iter().find_map(|p| rest.strip_prefix(p));
            rest.is_some_and(|r| {
                let at = s.end - r.len();
                let (is, _) = m.folded.span(at, at);
                !r.is_empty() && m.input[is..].chars().next().is_some_and(char::is_lowercase)
            })
        } {
            continue;
        }
        if !m.datelines.iter().any(|&(a, b)| sp.0 >= a && sp.0 < b) {
            out.push(sp);
        }
    }
    out.extend(capital_of_dateline(m, si));
    out
}

/// The dateline's town, where sentence `si` places something in a capital
/// that it names by a demonym only: "signés dans la capitale bavaroise"
/// under "(Munich)", "signed in the Uzbek capital" under "TASHKENT -". A
/// state's capital must be the dateline's town as the gazetteer knows it;
/// a region's may be any town the gazetteer does not know as another
/// state's.
fn capital_of_dateline(m: &Mentions, si: usize) -> Option<Span> {
    let s = m.sentences[si];
    let text = &m.folded.text[s.start..s.end];
    // (Most sentences name no capital: one search, with a searcher built
    // once, before any other.)
    static CAPITAL: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
    CAPITAL.get_or_init(|| memchr::memmem::Finder::new(b"capital")).find(text.as_bytes())?;
    let demonym = |k: usize| m.named_at(s.start + k).filter(|n| n.entry.form == Form::Demonym && !n.entry.is_org());
    // "dans la capitale bavaroise", "in the Uzbek capital".
    let fr = text.match_indices("dans la capitale ").find_map(|(k, p)| demonym(k + p.len()));
    let adjective = fr.or_else(|| {
        text.match_indices(" capital").find_map(|(k, _)| {
            let before = text[..k].rsplit_once("in the ")?.1;
            let n = demonym(k - before.len())?;
            (n.end == s.start + k).then_some(n)
        })
    })?;
    let (a, b) = dateline_city_before(m, s.start)?;
    let fits = match m.named_at(a).filter(|n| n.end == b) {
        Some(n) => n.entry.form == Form::Capital && *n.entry.code == *adjective.entry.code && !adjective.entry.region,
        None => adjective.entry.region,
    };
    fits.then_some((a, b))
}

/// French words of buildings and venues that open a capitalized name after
/// "au" or "à" ("au Palais présidentiel", "au Centre international de
/// conférences"): where in a town, not the town.
const FRENCH_BUILDING_NOUNS: &[&str] = &[
    "palais", "centre", "siege", "ministere", "salle", "residence", "chateau", "stade", "parc", "institut", "musee",
    "campus", "immeuble", "batiment", "complexe", "auditorium", "pavillon", "prefecture", "gouvernorat", "primature",
    "parlement", "senat", "ambassade", "consulat", "hemicycle", "building", "memorial", "monument", "journal",
    "bulletin", "recueil",
];

/// Words of buildings and venues, singular (a word is compared without a
/// final "s"), which "at" introduces as often as towns.
pub(crate) const BUILDING_NOUNS: &[&str] = &[
    "house", "palace", "hall", "hotel", "centre", "center", "building", "ministry", "office", "lodge", "villa", "residence",
    "secretariat", "headquarter", "complex", "stadium", "parliament", "airport", "port", "university", "college",
    "museum", "embassy", "chancery", "mansion", "castle", "court", "park", "square", "tower", "plaza", "campus", "arena",
    "auditorium", "pavilion", "institute",
];

/// Nouns whose place names their topic ("the situation in Gaza").
const TOPIC_NOUNS: &[&str] = &[
    "developments", "situation", "crisis", "crise", "conflict", "conflit", "war", "guerre", "violence", "violences",
    "tensions", "events", "evenements", "peace", "paix", "fighting", "combats", "attacks", "attaques", "elections",
];

/// Nouns that head an institution's name, whose town may end it
/// ("l'Université du Québec à Trois-Rivières"). Unlike the people
/// recognizer's list of nouns named after someone, no venue ("palace",
/// "hall"): "at La Moneda palace in Santiago" is signed in Santiago.
const INSTITUTION_HEADS: &[&str] = &[
    "universite", "university", "institut", "institute", "ecole", "school", "college", "academie", "academy", "hopital",
    "hospital", "centre", "center", "lycee", "faculte", "faculty", "polytechnique", "conservatoire",
];

/// Whether the locative at folded `at` ends the capitalized name of an
/// institution ("Université du Québec à Trois-Rivières", "University of
/// the West Indies at Mona"): that town names the institution, not where
/// anything was signed.
fn in_institution_name(m: &Mentions, at: usize) -> bool {
    let text = m.folded.text.as_str();
    let before = &text[text.floor_char_boundary(at.saturating_sub(60))..at];
    for (k, w) in before.split(' ').rev().filter(|w| !w.is_empty()).take(5).enumerate() {
        let pos = w.as_ptr() as usize - text.as_ptr() as usize;
        let bare = w.trim_start_matches("l'").trim_start_matches("d'");
        // "the Convention Centre in Arusha": a venue whose name ends in
        // "Centre" stands in that town.
        if k == 0 && matches!(bare, "centre" | "center") {
            return false;
        }
        if INSTITUTION_HEADS.contains(&bare) {
            return true;
        }
        if matches!(w, "du" | "de" | "des" | "of" | "the" | "la" | "le") {
            continue;
        }
        let (is, _) = m.folded.span(pos + (w.len() - bare.len()), pos + w.len());
        if !m.input[is..].chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
    }
    false
}

/// Nouns after which "de"/"of" introduces a town's name.
const TOWN_NOUNS: &[&str] = &[
    "ville", "city", "town", "cite", "commune", "municipalite", "municipality", "mairie",
    // A gathering named by its town: "en marge du sommet de Nice", "at the
    // Summit of Lomé".
    "sommet", "summit", "conference", "forum", "salon",
    // A university's grounds named by their town: "sur le campus
    // d'Abomey-Calavi", "at the campus of Legon".
    "campus",
];

/// The capital that "the Ghanaian capital" or "la capitale ghanéenne" at
/// folded `at` stands for, when no name follows the phrase: the mention of
/// that state's capital nearest the phrase, within [`CAPITAL_WINDOW`]
/// bytes.
fn capital_named_by_demonym(m: &Mentions, at: usize, end: usize) -> Option<Span> {
    let text = &m.folded.text;
    let head = text.get(at..end)?;
    let english = head.starts_with("the ");
    let (demonym, after) = if english {
        let n = m.named_at(at + "the ".len()).filter(|n| n.end <= end)?;
        // ("the Nigerian capital market" is no town.)
        let rest = text[n.end..end].strip_prefix(" capital")?;
        let next = rest.strip_prefix(' ').map_or("", |r| r.split([' ', ',', '.', ';']).next().unwrap_or(""));
        if rest.starts_with(|c: char| c.is_alphanumeric()) || CAPITAL_COMPOUNDS.contains(&next) {
            return None;
        }
        (n, n.end + " capital".len())
    } else if head.starts_with("la capitale ") {
        let n = m.named_at(at + "la capitale ".len()).filter(|n| n.end <= end)?;
        (n, n.end)
    } else {
        return None;
    };
    if demonym.entry.form != Form::Demonym {
        return None;
    }
    // (Not "the Ghanaian capital, Accra": the name after says it.)
    let rest = text[after..end].trim_start_matches(',').trim_start();
    if m.named_at(end - rest.len()).is_some_and(|n| n.entry.form == Form::Capital) {
        return None;
    }
    // The capital named nearest, within a window around the phrase: the
    // search stays bounded whatever the text's length.
    let code = &demonym.entry.code;
    let window = m.named_within(at.saturating_sub(CAPITAL_WINDOW), at + CAPITAL_WINDOW);
    window.iter().filter(|n| n.entry.form == Form::Capital && n.entry.code == *code).min_by_key(|n| n.start.abs_diff(at)).map(|n| (n.start, n.end))
}

/// How far after a town's name in "at the Accra ..." an instrument's noun
/// makes the words a title ("the Paris Agreement review").
const VENUE_TITLE_BYTES: usize = 20;

/// Nouns that make "capital" money, not a town ("the Nigerian capital
/// market", "Kenyan capital flight").
const CAPITAL_COMPOUNDS: &[&str] = &[
    "market", "markets", "flight", "flows", "inflows", "outflows", "gains", "expenditure", "spending", "investment",
    "investments", "controls", "account", "requirements", "adequacy", "goods",
];

/// How far around "the Ghanaian capital" its town's name is sought.
const CAPITAL_WINDOW: usize = 4096;

/// The length of a capital's noun phrase that opens `rest` ("the capital
/// ", "the Seychellois capital, ", "la capitale ", "la capitale
/// nigérienne, "), when one does: the town's name follows it.
fn capital_phrase(rest: &str) -> Option<usize> {
    let mut words = rest.split(' ');
    let article = words.next()?;
    let noun = match article {
        "the" => "capital",
        "la" => "capitale",
        _ => return None,
    };
    let mut used = article.len() + 1;
    let mut w = words.next()?;
    // English puts one adjective before the noun ("the Seychellois capital").
    if article == "the" && w.trim_end_matches(',') != noun {
        used += w.len() + 1;
        w = words.next()?;
    }
    if w.trim_end_matches(',') != noun {
        return None;
    }
    used += w.len() + 1;
    // French puts it after, closed by a comma ("la capitale nigérienne, Niamey").
    if article == "la" && !w.ends_with(',')
        && let Some(adjective) = words.next().filter(|a| a.len() > 1 && a.ends_with(','))
    {
        used += adjective.len() + 1;
    }
    (used < rest.len()).then_some(used)
}

/// Whether the words before a town noun place something in that town
/// ("dans la ville de Tanger", "in the city of Mombasa", "à la mairie
/// de"), rather than name the town as an actor ("la Ville du Havre et la
/// Commune de Toamasina ont signé"): a locative among the ten words
/// before it in its clause ("à l'hôtel de ville de Bobo-Dioulasso", "dans
/// la salle du couronnement de l'hôtel de ville d'Aix-la-Chapelle").
fn town_after_locative(before: &str) -> bool {
    let window = &before[before.floor_char_boundary(before.len().saturating_sub(120))..];
    let clause = &window[window.rfind([',', ';', '.']).map_or(0, |k| k + 1)..];
    // (Up to a word that joins two actors: "un accord de jumelage entre la
    // ville de Malaga et la commune de Tiznit" names towns that sign.)
    clause
        .trim_end()
        .rsplit([' ', '\''])
        .take(10)
        .take_while(|w| !matches!(*w, "entre" | "between" | "avec" | "with" | "et" | "and"))
        .any(|w| matches!(w, "dans" | "in" | "a" | "au" | "en" | "at" | "within" | "inside"))
}

/// For each sentence, whether it says a signing was held remotely
/// ("virtual ceremony", "par visioconférence"): computed once per text.
fn remote_sentences(m: &Mentions, needed: &[bool]) -> Vec<bool> {
    static WORDS: OnceLock<Phrases> = OnceLock::new();
    let words = WORDS.get_or_init(|| {
        Phrases::new(&["virtual", "virtuel", "videoconference", "video conference", "visioconference", "online", "en ligne", "remotely", "a distance"])
    });
    // One pass over the text; a sentence is remote when a phrase lies
    // wholly inside it.
    let mut remote = vec![false; m.sentences.len()];
    for (start, end) in words.spans(&m.folded.text) {
        let i = m.sentences.partition_point(|s| s.end <= start);
        if let Some(s) = m.sentences.get(i)
            && s.start <= start
            && end <= s.end
        {
            remote[i] = needed[i];
        }
    }
    remote
}

/// The city of the last dateline before folded `at`, else of the first:
/// where a story that says "signé ici" was filed (a page's header line may
/// read like a dateline above the story's own).
///
/// Only a dateline that reads as a place counts: a known place, a city in
/// capitals, or a name with a date or an agency after it; a headline's
/// kicker ("Extradition : la Belgique et le Brésil signent...") is none.
fn dateline_city_before(m: &Mentions, at: usize) -> Option<Span> {
    let place = |&d: &Span| {
        city_of_dateline(m, d).filter(|&(a, b)| {
            let (s, e) = m.folded.span(a, b);
            let written = &m.input[s..e];
            m.named_at(a).is_some_and(|n| n.end == b && !n.entry.is_org())
                || !written.chars().any(char::is_lowercase)
                || b < d.1 && m.folded.text[b..d.1].starts_with([',', '(', '/'])
                // "(Munich)".
                || m.folded.text[b..d.1] == *")"
        })
    };
    let k = m.datelines.partition_point(|&(a, _)| a <= at);
    m.datelines[..k].iter().rev().find_map(place).or_else(|| m.datelines.iter().find_map(place))
}

/// The town of the story's dateline, where the frame's sentences or the
/// ceremony's before them name it again, if only as part of a building's
/// name or a complement: "ZWEDRU - ... signed ... at the County
/// Administration Building in Zwedru", "LIMOGES - C'est dans l'amphithéâtre
/// de la faculté de Limoges que ...", "MONTEGO BAY - ... The ceremony at the
/// Montego Bay Convention Centre". The mention in the sentence is given.
fn dateline_town_named_again(m: &Mentions, f: &Frame) -> Option<Span> {
    let first = m.sentences[f.sentences[0]].start;
    let (a, b) = dateline_city_before(m, first)?;
    let town = &m.folded.text[a..b];
    if town.len() < 3 {
        return None;
    }
    let bytes = m.folded.text.as_bytes();
    let word_edge = |k: usize| k == 0 || k >= bytes.len() || !crate::lexicon::is_word_byte(bytes[k]);
    // (And a sentence on the ceremony right after the first: "The ceremony
    // at the Montego Bay Convention Centre capped a business forum".)
    let first_si = f.sentences[0];
    let ceremony = (first_si + 1..(first_si + 3).min(m.sentences.len())).filter(|&si| {
        let s = m.sentences[si];
        s.kind == LineKind::Body && ["ceremon", "signing", "signature"].iter().any(|w| m.folded.text[s.start..s.end].contains(w))
    });
    f.sentences.iter().copied().chain(context_sentences(m, f)).chain(ceremony).find_map(|si| {
        let s = m.sentences[si];
        let from = s.start.max(b);
        if from >= s.end {
            return None;
        }
        // (Not the state of the same name: "SINGAPORE - Singapore and
        // Indonesia signed ... in the Indonesian capital".)
        m.folded.text[from..s.end]
            .match_indices(town)
            .map(|(k, _)| from + k)
            .find(|&k| word_edge(k.wrapping_sub(1)) && word_edge(k + town.len()) && m.named_at(k).is_none_or(|n| n.entry.form == Form::Capital) && !names_an_instrument(m, k, k + town.len()))
            .map(|k| (k, k + town.len()))
    })
}

/// Whether the town at folded `a..b` is part of an instrument's title:
/// "l'Accord de Paris", "the Paris Agreement", "la convention de Lomé".
fn names_an_instrument(m: &Mentions, a: usize, b: usize) -> bool {
    let text = &m.folded.text;
    let i = m.instruments.partition_point(|((s, _), _)| *s < a);
    // (Not a venue named after its town: "the Melbourne Convention and
    // Exhibition Centre".)
    let venue = |e: usize| [" centre", " center", " hall", " and exhibition", " complex", " palace"].iter().any(|w| text[e..].starts_with(w));
    let after = m.instruments.get(i).is_some_and(|((s, e), _)| text.get(b..*s) == Some(" ") && !venue(*e));
    let before = i > 0 && matches!(text.get(m.instruments[i - 1].0.1..a), Some(" de " | " du " | " d'" | " of "));
    after || before
}

/// The place a dateline opens with, up to a comma, a parenthesis or a slash.
fn city_of_dateline(m: &Mentions, (a, b): Span) -> Option<Span> {
    let t = &m.folded.text[a..b];
    // "(Munich)": a town alone in brackets.
    if let Some(town) = t.strip_prefix('(').and_then(|t| t.strip_suffix(')')).filter(|t| !t.contains(',')) {
        return (!town.is_empty()).then_some((a + 1, a + 1 + town.len()));
    }
    let end = t.find([',', '(', '/']).unwrap_or(t.len());
    let city = t[..end].trim_end();
    // "STATE HOUSE, NAIROBI, Wednesday, March 12": a venue the gazetteer
    // does not know, then a capital it knows, is the capital's.
    // (Both in capitals: "GEELONG, Victoria, March 3" names a state's
    // town, not the Seychelles' capital.)
    let capitals = |(s, e): Span| {
        let (s, e) = m.folded.span(s, e);
        !m.input[s..e].chars().any(char::is_lowercase)
    };
    if !city.is_empty() && m.named_at(a).is_none() && t[end..].starts_with(", ") && capitals((a, a + city.len())) {
        let at = a + end + 2;
        if let Some(n) = m.named_at(at).filter(|n| n.entry.form == Form::Capital && m.folded.text.get(n.end..b).is_some_and(|r| r.starts_with(',')) && capitals((n.start, n.end))) {
            return Some((at, n.end));
        }
    }
    (!city.is_empty()).then_some((a, a + city.len()))
}

/// The first dateline whose place is a capital the gazetteer knows: a
/// page's "Partager :" or "Source :" line reads like a dateline too.
fn dateline_capital(m: &Mentions) -> Option<Span> {
    m.datelines
        .iter()
        .filter_map(|&d| city_of_dateline(m, d))
        .find(|&(a, b)| m.named_at(a).is_some_and(|n| n.end == b && n.entry.form == Form::Capital))
}

/// The town of the first dateline that dates the story, when the
/// gazetteer knows no capital there ("Tcholpon-Ata (Kirghizistan), 6
/// septembre –", "Kara, le 6 septembre 2025 -"): its words all
/// capitalized, a day after it ("Partager : Facebook" and "Publié le 3
/// mars" are no town).
fn dated_dateline_town(m: &Mentions) -> Option<Span> {
    m.datelines.iter().find_map(|&d| {
        let (a, b) = city_of_dateline(m, d)?;
        let town = m.text((a, b));
        // A comma, or a state in brackets and a comma, then a day soon.
        let after = &m.folded.text[b..d.1];
        let after = match after.strip_prefix(" (") {
            Some(r) => {
                let state = m.named_at(b + 2).is_some_and(|n| !n.entry.is_org() && n.entry.form != Form::Capital);
                let close = r.find(')').map_or("", |k| &r[k + 1..]);
                if state { close } else { "" }
            }
            None => after,
        };
        let dated = after.starts_with(',') && after.bytes().take(24).any(|c| c.is_ascii_digit());
        // (A weekday's name opens a date line: "Friday, 12 March".)
        if WEEKDAY_WORDS.contains(&town) {
            return None;
        }
        let mut at = a;
        let capitalized = town.split(' ').filter(|w| !w.is_empty()).count() <= 3
            && town.split(' ').all(|w| {
                let ok = !w.is_empty() && m.folded.upper_at(m.input, at) && !w.bytes().any(|c| c.is_ascii_digit());
                at += w.len() + 1;
                ok
            });
        // (Not a state or an organization: "SÉNÉGAL, 3 mars".)
        let named = m.named_at(a).is_some_and(|n| n.entry.form != Form::Capital);
        (dated && capitalized && !named).then_some((a, b))
    })
}

/// The town right after a building's name and its comma, ending its
/// clause: "at State House, Nairobi, under the auspices of", "au Palais
/// du peuple, Conakry.". A state named there is no town ("at State
/// House, Kenya's President ...").
fn town_after_building(m: &Mentions, end: usize, limit: usize) -> Option<Span> {
    let rest = m.folded.text.get(end..limit)?;
    let from = end + rest.len() - rest.strip_prefix(", ")?.len();
    let town = place_at(m, from, limit)?;
    let after = &m.folded.text[town.1..limit];
    let closes = after.is_empty() || after.starts_with([',', '.', ';', ')']) || after.starts_with(" on ") || after.starts_with(" le ");
    (closes && !m.datelines.iter().any(|&(a, b)| town.0 >= a && town.0 < b)).then_some(town)
}

/// The capital named in the apposition after a building's name: ", le
/// palais présidentiel d'Accra,", ", the presidential residence in Dakar,"
/// (a building's noun first, the capital after "de"/"in"/"of" before the
/// apposition's end).
fn town_in_apposition(m: &Mentions, end: usize, limit: usize) -> Option<Span> {
    let text = &m.folded.text;
    let rest = text.get(end..limit)?.strip_prefix(", ")?;
    let from = limit - rest.len();
    let clause = &rest[..rest.floor_char_boundary(rest.find([',', '.', ';', ')']).unwrap_or(rest.len()).min(APPOSITION_BYTES))];
    let mut words = clause.split([' ', '\'']).filter(|w| !w.is_empty());
    let first = words.next()?;
    let noun = if matches!(first, "le" | "la" | "l" | "the" | "son" | "sa" | "its") { words.next()? } else { first };
    let noun = if matches!(noun, "presidential" | "official" | "royal") { words.next()? } else { noun };
    if !FRENCH_BUILDING_NOUNS.contains(&noun) && !BUILDING_NOUNS.contains(&noun.strip_suffix('s').unwrap_or(noun)) {
        return None;
    }
    m.named_within(from, from + clause.len()).iter().filter(|n| n.end <= from + clause.len() && n.entry.form == Form::Capital).find_map(|n| {
        let before = &text[from..n.start];
        [" de ", " d'", " du ", " in ", " of "].iter().any(|p| before.ends_with(p)).then_some((n.start, n.end))
    })
}

/// The longest apposition after a building's name read for its town.
const APPOSITION_BYTES: usize = 60;

/// How many sentences before "X was also present" a signing must be told
/// for X to be one of its witnesses.
const PRESENT_REACH: usize = 3;

/// Weekdays, whole and cut short (folded), that open a date line.
const WEEKDAY_WORDS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur",
    "thurs", "fri", "sat", "sun", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lun", "mar", "mer",
    "jeu", "ven", "sam", "dim",
];

/// A capitalised place name starting at folded `start`.
fn place_at(m: &Mentions, start: usize, limit: usize) -> Option<Span> {
    // A capital from the gazetteer.
    if let Some(n) = m.named_at(start) {
        return match n.entry.form {
            Form::Capital => Some((n.start, n.end)),
            _ => None,
        };
    }
    let text = &m.folded.text;
    let mut end = start;
    let mut words = 0;
    let mut pos = start;
    while pos < limit && words < 3 {
        let we = text[pos..limit].find([' ', ',', '.', ';', ':', '(', ')', '"']).map_or(limit, |k| pos + k);
        if we == pos {
            break;
        }
        let (is, _) = m.folded.span(pos, pos + 1);
        let c = m.input[is..].chars().next().unwrap_or(' ');
        let w = &text[pos..we];
        let connector = words > 0 && matches!(w, "de" | "el" | "es" | "al");
        if !(c.is_uppercase() || connector) {
            break;
        }
        // ("à La Rochelle", "à Le Havre" is "au Havre": after "à", an
        // article written with a capital before a capitalized word opens
        // the town's name.)
        let article_of_name = || {
            matches!(w, "la" | "les")
                && text[..start].ends_with("a ")
                && c.is_uppercase()
                && text.as_bytes().get(we) == Some(&b' ')
                && m.folded.upper_at(m.input, we + 1)
        };
        if words == 0 && NOT_PLACES.contains(&w) && !article_of_name() {
            return None;
        }
        if !connector {
            end = we;
        }
        words += 1;
        if text.as_bytes().get(we) != Some(&b' ') {
            break;
        }
        pos = we + 1;
    }
    if end == start {
        return None;
    }
    // Not a state name, a person or an organization.
    if m.named_at(start).is_some_and(|n| n.entry.form != Form::Capital) {
        return None;
    }
    if m.person_overlapping(start, start + 1).is_some() {
        return None;
    }
    let w = &text[start..end];
    if MONTHS.iter().any(|mo| w.starts_with(mo)) || w.len() < 3 {
        return None;
    }
    // A possessive names an owner, not a town ("at Namport's head office"),
    // unless a town's building follows ("in Mzuzu's city hall").
    if let Some(owner) = w.strip_suffix("'s") {
        let next = text[end..limit].trim_start().split(' ').next().unwrap_or("");
        let building = ["city", "town"].contains(&next) || BUILDING_NOUNS.contains(&next);
        return (building && !owner.is_empty()).then_some((start, end - 2));
    }
    // A continent or a part of the world ("in Latin America", "en Afrique
    // de l'Ouest") is where nothing is signed.
    if w.split([' ', '-']).any(|x| WORLD_REGIONS.contains(&x)) {
        return None;
    }
    // A building, then its city: "au Palais Rénovation à Libreville", "in
    // State House in Accra".
    for link in [" a ", " in "] {
        if text[end..limit].starts_with(link)
            && let Some(n) = m.named_at(end + link.len()).filter(|n| n.entry.form == Form::Capital && n.end <= limit)
        {
            return Some((n.start, n.end));
        }
    }
    Some((start, end))
}

/// Nouns after which "in"/"à" introduces a field, not a place.
const FIELD_NOUNS: &[&str] = &[
    "cooperation", "collaboration", "partnership", "assistance", "training", "research", "expertise", "investment",
    "investments", "excellence", "capacity", "cooperer", "formation", "recherche", "partenariat",
];

/// Whether `lead_in` (folded text before a place) holds one of
/// [`PROJECT_WORDS`] as whole words ("line", but not in "sidelines"): one
/// lookup per word, and a search for the few phrases.
fn project_site(lead_in: &str) -> bool {
    static WORDS: OnceLock<crate::wordhash::WordSet<'static>> = OnceLock::new();
    let words = WORDS.get_or_init(|| PROJECT_WORDS.iter().filter(|w| !w.contains(' ')).copied().collect());
    lead_in.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| words.contains(w))
        || PROJECT_WORDS.iter().filter(|w| w.contains(' ')).any(|p| contains_words(lead_in, p))
}

/// Words before a place that make it a project's site, not a signing's.
const PROJECT_WORDS: &[&str] = &[
    "construction", "construire", "usine", "station", "centrale", "plant", "factory", "project", "projet", "assembled",
    "assemble", "built", "build", "building", "installee", "installed", "located", "situe", "situee", "implantation",
    "site", "ligne", "line", "port de", "corridor", "route", "railway", "chemin de fer",
    // Works on what stands there: "to rehabilitate four substations in
    // Anbar province", "la réhabilitation du port de Lomé".
    "rehabilitate", "rehabilitation", "rehabiliter", "renovate", "renovation", "renover", "upgrade", "substation",
    "substations",
    // Where goods go: "l'énergie livrée à Kayes", "power delivered to Kisumu".
    "livree", "livrees", "livres", "delivered", "supplied", "exported", "exportee", "exportees", "acheminee", "acheminees",
];

/// The time line ("12:47", "16:40 GMT") right above sentence `si`, in a
/// live blog.
fn entry_time(m: &Mentions, si: usize) -> Option<Span> {
    let text = m.folded.text.as_str();
    let start = m.sentences[si].start;
    // The sentence's own line, up to the sentence ("15h40 - Le Kenya et
    // l'Ethiopie ont signé"), then the line above it: a time alone, or a
    // time and the entry's headline ("15h40 - Kenya-Ethiopie : une feuille
    // de route").
    // (Both within a window: a text of one long line is read in constant
    // time per sentence.)
    let from = text.floor_char_boundary(start.saturating_sub(ENTRY_HEADLINE));
    let own_start = match text[from..start].rfind('\n') {
        Some(k) => from + k + 1,
        None if from == 0 => 0,
        None => return None,
    };
    let own = (own_start, &text[own_start..start]);
    let from = text.floor_char_boundary(own_start.saturating_sub(ENTRY_HEADLINE));
    let above = text[from..own_start].trim_end();
    let above = above.rsplit('\n').next().filter(|l| l.len() < above.len() || from == 0).map(|l| (from + above.len() - l.len(), l));
    [Some(own), above].into_iter().flatten().find_map(|(at, line)| {
        let lead = line.len() - line.trim_start().len();
        let line = line.trim();
        let clock = line.split(' ').next()?;
        let rest = line[clock.len()..].trim_start();
        let headed = rest.starts_with("- ") || rest.starts_with(": ");
        (is_clock(clock) && (rest.len() <= 4 || headed)).then_some((at + lead, at + lead + clock.len()))
    })
}

/// The longest line above a live blog's entry read for its time.
const ENTRY_HEADLINE: usize = 200;

/// Whether a word is a time of day: "15:40", "9:05", "15h40", "9h05".
fn is_clock(w: &str) -> bool {
    let b = w.as_bytes();
    let Some(k) = b.iter().position(|&c| c == b':' || c == b'h') else { return false };
    (1..=2).contains(&k) && b.len() == k + 3 && b.iter().enumerate().all(|(j, c)| j == k || c.is_ascii_digit())
}

/// Words by which a plan says it carries out another instrument.
const IMPLEMENTS: &[&str] = &["mise en oeuvre", "implementation", "implementing", "to implement", "application"];

/// Whether the words before a colon only announce the list after it:
/// "trois points", "les volets suivants", "the following", "four areas".
fn announces_list(head: &str) -> bool {
    let words: Vec<&str> = head.split_whitespace().collect();
    let counts = words.len() <= 4 && words.iter().any(|w| COUNT_WORDS.contains(w) || matches!(*w, "suivants" | "suivantes" | "following"));
    // "priority areas for cooperation in the coming years: a; b; c",
    // "domaines d'intérêt commun : a, b": words that only frame the list.
    let year_span = |w: &str| w.split('-').all(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()));
    let framing = words.len() <= 6 && words.iter().all(|w| LIST_FRAMING.contains(w) || year_span(w));
    !words.is_empty() && !head.contains(['.', ';', ',']) && (counts || framing)
}

/// Words that frame a list of areas between its cue and a colon.
const LIST_FRAMING: &[&str] = &[
    "for", "in", "the", "coming", "next", "years", "period", "cooperation", "bilateral", "future", "of", "mutual", "common",
    "interest", "over", "pour", "les", "la", "prochaines", "annees", "a", "venir", "d'interet", "commun", "mutuel",
    "de", "bilaterale", "periode",
];

/// Words that count what a list holds ("trois points", "several fields").
const COUNT_WORDS: &[&str] = &[
    "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "plusieurs", "two", "three", "four", "five",
    "seven", "eight", "nine", "ten", "several",
];

/// Words of continents and parts of the world.
const WORLD_REGIONS: &[&str] = &[
    "africa", "afrique", "europe", "asia", "asie", "america", "americas", "amerique", "ameriques", "oceania", "oceanie",
    "antarctica", "antarctique", "eurasia", "eurasie", "caribbean", "caraibes", "balkans", "maghreb", "sahel", "scandinavia",
    "scandinavie", "levant", "mashreq", "pacific", "pacifique", "atlantic", "atlantique",
    // Their adjectives: "European forest-fire exercises", "les pays africains".
    "european", "europeen", "europeenne", "europeens", "europeennes", "african", "africain", "africaine", "africains",
    "africaines", "asian", "asiatique", "asiatiques", "american", "americain", "americaine", "americains",
    "americaines", "oceanian", "oceanien", "oceanienne", "eurasian", "eurasien", "eurasienne", "caribeen",
    "caribeenne", "caribeens", "balkanique", "maghrebin", "maghrebine", "maghrebins", "sahelien", "sahelienne",
    "saheliens", "scandinavian", "scandinave", "scandinaves", "nordic", "nordique", "nordiques", "levantine",
    "mediterranean", "mediterraneen", "mediterraneenne", "latin", "latino-americain", "latino-americaine",
];

const NOT_PLACES: &[&str] = &[
    "english", "french", "arabic", "spanish", "portuguese", "chinese", "russian", "german", "anglais", "francais",
    "arabe", "espagnol", "portugais", "chinois", "russe", "allemand", "swahili",
    "l'issue", "la", "le", "les", "l'occasion", "the", "this", "that", "its", "their", "an", "a", "un", "une", "cette",
    "ce", "son", "sa", "ses", "leur", "partir", "travers", "l'initiative", "savoir", "noter", "l'instar", "order", "line",
    "addition", "total", "particular", "presence", "accordance", "view", "charge", "terms", "favour", "favor",
];

const MONTHS: &[&str] = &[
    "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre",
    "decembre", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
];

/// The most main parties kept: "les six pays" is the largest count read.
const MAX_MAIN_PARTIES: usize = 6;

/// States and organizations ranked by how much the document speaks of
/// them, most first; those named less than a quarter as often as the first
/// are left out.
fn main_parties(m: &Mentions) -> Vec<PartyRef> {
    let mut score: Vec<(&str, bool, usize, Span)> = Vec::new();
    for n in &m.named {
        let Some(si) = m.sentences.partition_point(|s| s.end <= n.start).into() else { continue };
        if si >= m.sentences.len() || matches!(m.sentences[si].kind, LineKind::Related | LineKind::Caption | LineKind::Foreign) {
            continue;
        }
        let w = match n.entry.form {
            Form::Short | Form::Name | Form::OrgName | Form::Acronym => 2,
            Form::Demonym | Form::Capital => 1,
            // Never among the mentions.
            Form::Feature => 0,
        };
        // (A body a role names as its field is no candidate: "ministre de
        // la Francophonie", "Vice-rectrice ... à la Francophonie".)
        if n.entry.is_org() && m.people_in(si).into_iter().any(|pi| m.people[pi].role.is_some_and(|r| role_names_field(m, r, n))) {
            continue;
        }
        let code = &*n.entry.code;
        match score.iter_mut().find(|(c, ..)| *c == code) {
            Some(e) => e.2 += w,
            None => score.push((code, n.entry.is_org(), w, (n.start, n.end))),
        }
    }
    let mut ranked = score;
    ranked.sort_by(|a, b| b.2.cmp(&a.2).then(a.3.0.cmp(&b.3.0)));
    ranked.truncate(MAX_MAIN_PARTIES);
    let top = ranked.iter().map(|r| r.2).max().unwrap_or(0);
    ranked
        .into_iter()
        .filter(|r| r.2 * 4 >= top)
        .map(|(code, org, _, span)| PartyRef { code: code.to_string(), org, span })
        .collect()
}

/// Words that introduce the source of a piece of news.
const NEWS_SOURCE: &[&str] = &[
    "appris", "apprend", "rapporte", "rapportent", "selon", "according", "reported", "reports", "citant", "quoting", "told",
];

/// Words before an organization that make it a facilitator, the host of
/// the meeting ("en marge du sommet de l'Union africaine", "au siège de la
/// CEDEAO") or the body the parties belong to ("membres du Conseil de
/// l'Entente"), not a party.
const FACILITATOR: &[&str] = &[
    "l'egide", "egide", "auspices", "soutien", "support", "facilitated", "facilitation", "mediation", "invitation",
    "appui", "financed", "funded", "finance", "financement", "sommet", "summit", "marge", "sidelines", "session",
    "conference", "assemblee", "assembly", "forum", "reunion", "meeting", "membres", "membre", "members", "member",
    // Where the signing took place: "au siège de la CEDEAO", "at the
    // headquarters of the African Union".
    "siege", "headquarters",
];

/// Whether a frame's first sentence gives its time only vaguely ("last
/// week", "recently", "la semaine dernière").
fn vague_time(m: &Mentions, f: &Frame) -> bool {
    // (A time to come says nothing of the signing: "which will be
    // implemented in the coming months".)
    m.in_sentence(&m.dates, f.sentences[0]).iter().any(|(sp, d)| {
        matches!(d.expr, dates::DateExpr::Vague) && {
            let t = m.text(*sp);
            ["last", "dernier", "derniere", "passe", "recent", "earlier", "ago", "il y a"].iter().any(|w| t.contains(w))
        }
    })
}

/// Whether a frame's first sentence opens on words that set its event
/// apart from the story's: "In a separate development", "Separately,".
fn separate_event(m: &Mentions, f: &Frame) -> bool {
    let s = m.sentences[f.sentences[0]];
    let t = m.text((s.start, s.end)).trim_start();
    t.starts_with("in a separate ") || t.starts_with("separately,") || t.starts_with("in another development")
}

/// Whether a visit's noun opens the phrase that ends at the end of
/// `before`, a few words back and within its clause: "during a visit of a
/// UET delegation to Harbin", "on a trade mission of Kenyan firms to".
fn visit_before(before: &str) -> bool {
    for w in before.rsplit(' ').filter(|w| !w.is_empty()).take(6) {
        if w.ends_with([',', ';', ':', '.']) {
            return false;
        }
        if matches!(w, "visit" | "trip" | "mission" | "tour") {
            return true;
        }
    }
    false
}

/// Whether the words right after an organization's name make it the name
/// of a gathering ("summit", "meeting", "conference", "forum", "session")
/// or of its members ("member states", "neighbours", "partners"), after at
/// most one qualifier ("the SADC ministerial meeting"), with nothing but
/// spaces between (not "... by Brazil and Mercosur. Summit host Uruguay").
fn gathering_after(m: &Mentions, end: usize) -> bool {
    let mut words = m.folded.text[end..].split(' ');
    if words.next() != Some("") {
        return false;
    }
    let mut word = words.next().unwrap_or("");
    if matches!(word, "ministerial" | "leaders" | "annual" | "extraordinary" | "ordinary") {
        word = words.next().unwrap_or("");
    }
    let word = word.trim_end_matches(['.', ',', ';', ':']);
    matches!(word, "summit" | "summits" | "meeting" | "meetings" | "conference" | "forum" | "session" | "sidelines")
        // Its members, named by the body: "the two CARICOM neighbours",
        // "fellow ECOWAS member states", "its EU partners".
        || matches!(
            word,
            "member" | "members" | "neighbours" | "neighbors" | "neighbour" | "neighbor" | "countries" | "country" | "nations"
                | "nation" | "allies" | "peers" | "economies"
        )
        // (Also verbs: "the EU partners with Ghana", "the AU states that".)
        || matches!(word, "states" | "partners") && !matches!(words.next(), Some("with" | "that" | "to" | "on" | "in"))
}

/// Whether `before` ends on the words that put what follows in a body's
/// frame: "dans le cadre de la Confédération des États du Sahel", "within
/// the framework of ASEAN".
fn in_frame_of(before: &str) -> bool {
    let tail = before.trim_end();
    let tail = &tail[tail.floor_char_boundary(tail.len().saturating_sub(24))..];
    ["le cadre de", "le cadre du", "le cadre des", "framework of"].iter().any(|p| tail.contains(p))
}

/// How far before a body's name the words that make it a facilitator are
/// read, in bytes.
const FACILITATOR_REACH: usize = 80;

/// Where the name of the same body starts, when the mention at `n` is its
/// acronym in brackets right after that name ("Confédération des États du
/// Sahel (AES)").
fn bracketed_after_name(m: &Mentions, n: &crate::gazetteer::Mention) -> Option<usize> {
    let before = m.folded.text[..n.start].strip_suffix('(')?.trim_end_matches(' ');
    let named = m.named_within(before.len().saturating_sub(200), before.len());
    named.iter().rev().find(|p| p.end == before.len() && p.entry.code == n.entry.code).map(|p| p.start)
}

/// Whether the words before an organization's name make it a
/// [`FACILITATOR`]: one of those nouns among the last four words, or at
/// the head of the genitive chain that ends on the name ("en marge de la
/// réunion des ministres de la Défense de l'OTAN"), back to a comma or a
/// word that joins parties ("avec", "et", "with").
fn hosts_or_facilitates(before: &str) -> bool {
    let words = before.rsplit(' ').filter(|w| !w.is_empty());
    // (A portfolio is no funding: "the Ministry of Finance and the
    // African Development Bank".)
    let listed: Vec<&str> = words.clone().take(5).collect();
    let portfolio = |k: usize| listed[k] == "finance" && listed.get(k + 1).is_some_and(|w| matches!(*w, "of" | "de" | "des" | "du"));
    if (0..listed.len().min(4)).any(|k| FACILITATOR.contains(&listed[k]) && !portfolio(k)) {
        return true;
    }
    if in_frame_of(before) {
        return true;
    }
    for w in words.take(10) {
        // (Nor past a place or a time: "the meeting held in Addis Ababa on
        // Tuesday the African Union signed".)
        if w.ends_with([',', ';', ':', '.'])
            || matches!(w, "avec" | "with" | "et" | "and" | "entre" | "between" | "par" | "by" | "a" | "to" | "que" | "that" | "in" | "on" | "at" | "held" | "dans" | "au" | "en" | "tenue" | "tenu")
        {
            return false;
        }
        if FACILITATOR.contains(&w) {
            return true;
        }
    }
    false
}

/// What stands between a place and the state it lies in ("Addis-Abeba, en
/// Éthiopie", "Arusha, Tanzania"), longest first.
pub(crate) const STATE_AFTER_PLACE: [&str; 4] = [", en ", ", in ", ", au ", ", "];

/// Whether the state named at folded `start..end` (`code`) follows its own
/// capital and a comma and closes the phrase ("Addis-Abeba, en Éthiopie,",
/// "Apia, Samoa."): where, not who. "In Nairobi, Kenya and Ethiopia signed"
/// keeps Kenya.
fn country_of_place(m: &Mentions, (start, end): Span, code: &str) -> bool {
    let text = &m.folded.text;
    let before = &text[..start];
    let Some(rest) = STATE_AFTER_PLACE.iter().find_map(|sep| before.strip_suffix(sep)) else {
        return false;
    };
    if !matches!(text.as_bytes().get(end), None | Some(b',' | b'.' | b')' | b';')) {
        return false;
    }
    let place_end = rest.len();
    let i = m.named.partition_point(|n| n.end < place_end);
    if let Some(n) = m.named.get(i).filter(|n| n.end == place_end) {
        return n.entry.form == Form::Capital && &*n.entry.code == code;
    }
    // A town the gazetteer lacks, after a locative: "in Arusha, Tanzania".
    unknown_town_before(m, place_end)
}

/// Whether the folded text ending at `end` is one to three capitalized
/// words that no lexicon knows, after a locative preposition ("à Kaya",
/// "in Arusha", "at Port Dickson"): a town's name.
fn unknown_town_before(m: &Mentions, end: usize) -> bool {
    let text = &m.folded.text;
    let mut start = end;
    for _ in 0..3 {
        let ws = text[..start].trim_end_matches(' ').rfind(' ').map_or(0, |k| k + 1);
        if ws >= start || !m.folded.upper_at(m.input, ws) {
            break;
        }
        start = ws;
        let prev = text[..start].trim_end_matches(' ');
        let word = prev.rsplit(' ').next().unwrap_or("");
        if matches!(word, "a" | "in" | "at" | "au" | "near" | "pres") {
            return m.named_within(start, end).is_empty() && m.person_overlapping(start, end).is_none();
        }
    }
    false
}

/// The parties of a frame.
/// Whether the mention `n` of sentence `si` stands in a relative clause
/// set off by commas ("…, qui se partagent avec le Chili l'essentiel des
/// réserves, …", "…, which border Chile, …") that closes before the
/// sentence's step: what the clause says of the subject, not who signs.
fn relative_aside_before_step(m: &Mentions, si: usize, n: &crate::gazetteer::Mention) -> bool {
    let s = m.sentences[si];
    let text = &m.folded.text;
    let from = text.floor_char_boundary(n.start.saturating_sub(RELATIVE_ASIDE_REACH)).max(s.start);
    let lead = &text[from..n.start];
    let inside = [", qui ", ", which ", ", who ", ", dont "].iter().filter_map(|r| lead.rfind(r).map(|k| k + r.len())).max().is_some_and(|k| !lead[k..].contains([',', ';']));
    if !inside {
        return false;
    }
    // (A name may run past a sentence cut at its length limit.)
    let Some(close) = text.get(n.end..s.end).and_then(|r| r.find(',')).map(|c| n.end + c) else { return false };
    m.cues_in(si).iter().any(|&((cs, _), c)| matches!(c, Cue::Signed | Cue::SignedBy | Cue::Planned) && cs > close)
}

/// How far before a mention a relative clause's opening is sought.
const RELATIVE_ASIDE_REACH: usize = 120;

fn parties_of(m: &Mentions, f: &Frame, main: &[PartyRef], recent: &[PartyRef], union_lead: Option<usize>) -> Vec<PartyRef> {
    let mut out: Vec<PartyRef> = Vec::new();
    // How many parties "les deux pays", "the four countries" count.
    let mut counted: Option<usize> = None;
    let anchor = f.sentences[0];
    // A state named beside one of its provinces is the party, not the
    // province ("Kerala officials watched as India and Canada signed").
    let institution_at = |sp: Span| m.named_at(sp.0).is_some_and(|n| n.entry.is_institution());
    let push = |out: &mut Vec<PartyRef>, p: PartyRef| match out.iter_mut().find(|q| q.code == p.code) {
        Some(q) if institution_at(q.span) && !institution_at(p.span) => q.span = p.span,
        Some(_) => {}
        None => out.push(p),
    };
    let mut source_sentences = vec![anchor];
    if let Some(u) = f.umbrella {
        source_sentences.push(u);
    }
    // "ratified an agreement on defence with Kyrgyzstan and an air
    // transport agreement with Gambia": a partner introduced after another
    // instrument of the sentence belongs to that one.
    let others_partner = |si: usize, n: &crate::gazetteer::Mention| {
        let insts = m.in_sentence(&m.instruments, si);
        let k = insts.partition_point(|((a, _), _)| *a < n.start);
        let Some(&((is, ie), _)) = k.checked_sub(1).map(|k| &insts[k]) else { return false };
        // Not the frame's own abbreviation in brackets ("memorandum of
        // understanding (MoU) with Canadian firm X").
        let own_abbreviation = is >= f.kind_span.1 && m.folded.text[f.kind_span.1..is].trim() == "(";
        if ie <= f.kind_span.1 && ie > f.kind_span.0 || insts.len() < 2 || own_abbreviation {
            return false;
        }
        let between = &m.folded.text[ie..n.start];
        between.len() < 80 && [" with ", " avec ", " between ", " entre "].iter().any(|w| between.contains(w)) && !between.contains([',', ';'])
    };
    // "prolongent l'accord d'association signé en 2014 entre l'Union
    // européenne et la Moldavie et s'ajoutent aux conventions conclues par
    // la France": parties the name gives itself, two or more, are all of
    // them in its own sentence.
    let own = crate::assemble::explicit_parties(m, f.kind_span.1).filter(|&(a, b)| {
        let mut codes: Vec<&str> = m.named_within(a, b).iter().filter(|n| n.entry.form != Form::Capital).map(|n| &*n.entry.code).collect();
        codes.dedup();
        codes.len() >= 2
    });
    for &si in &source_sentences {
        for (_, c) in m.cues_in(si) {
            match c {
                Cue::BothParties => counted = counted.or(Some(2)),
                Cue::ManyParties(n) => counted = Some(counted.unwrap_or(0).max(usize::from(*n))),
                _ => {}
            }
        }
        let cues = m.cues_in(si);
        let presence = cues.iter().find(|(_, c)| *c == Cue::Presence).map(|(sp, _)| sp.0);
        for n in m.named_in(si) {
            if n.entry.form == Form::Capital && !capital_as_party(m, n.start) {
                continue;
            }
            if si == anchor && own.is_some_and(|(a, b)| n.start < a || n.start >= b) {
                continue;
            }
            // "signé à Koweït": a city, not the state; "à Québec", the city,
            // not the province.
            if (n.entry.form == Form::Short || n.entry.region) && after_french_a(m, n.start) {
                continue;
            }
            if m.datelines.iter().any(|&(a, b)| n.start >= a && n.start < b) {
                continue;
            }
            // The country of a place just named: "à Addis-Abeba, en
            // Éthiopie", "in Apia, Samoa".
            if matches!(n.entry.form, Form::Short | Form::Name) && country_of_place(m, (n.start, n.end), &n.entry.code) {
                continue;
            }
            // Part of a person's name ("Ana Sofia Marques").
            if m.person_overlapping(n.start, n.end).is_some_and(|p| !p.bare) {
                continue;
            }
            if others_partner(si, n) {
                continue;
            }
            // "the Jamaican club", "Belgian side KV Brugge": a sports team's
            // nationality, not a state that signs. "the Nigerien capital",
            // "la capitale nigérienne": where, not who.
            if n.entry.form == Form::Demonym
                && (m.words_after(n.end, 1).first().is_some_and(|w| matches!(*w, "club" | "clubs" | "side" | "team" | "outfit" | "squad" | "franchise" | "equipe" | "formation" | "capital" | "capital,"))
                    || m.words_before(n.start, 1).first() == Some(&"capitale"))
            {
                continue;
            }
            // "réfugiés soudanais", "Malian nationals": where a group of
            // people comes from, not a state that signs.
            if n.entry.form == Form::Demonym
                && (m.words_before(n.start, 1).first().is_some_and(|w| FR_PEOPLE_GROUPS.contains(&crate::assemble::without_elision(w)))
                    || m.words_after(n.end, 1).first().is_some_and(|w| EN_PEOPLE_GROUPS.contains(w)))
            {
                continue;
            }
            // "des agences des Nations unies", "UN agencies": the agencies of
            // an organization, not the organization.
            if n.entry.is_org()
                && (m.words_before(n.start, 2).iter().copied().eq(["des", "agences"])
                    || m.words_after(n.end, 1).first().is_some_and(|w| matches!(*w, "agencies" | "entities")))
            {
                continue;
            }
            // "inscrite au patrimoine mondial de l'UNESCO", "a UNESCO World
            // Heritage site", "UNESCO-listed": a place's listing, not a
            // party.
            if n.entry.is_org()
                && (m.words_before(n.start, 3).iter().any(|w| matches!(*w, "mondial" | "patrimoine" | "heritage"))
                    || m.words_after(n.end, 2).iter().copied().eq(["world", "heritage"])
                    || m.folded.text[n.end..].starts_with("-listed"))
            {
                continue;
            }
            // "la ligne Amman-Beyrouth via la Syrie", "a pipeline across
            // Tanzania": a route's way, not a party. (Not "through": "Japan,
            // through JICA, signed".)
            {
                let before = m.words_before(n.start, 2);
                let article = before.first().is_some_and(|w| matches!(*w, "la" | "le" | "l'" | "les" | "the"));
                let lead = if article { before.get(1) } else { before.first() };
                if lead.is_some_and(|w| matches!(*w, "via" | "across" | "transitant" | "traversant")) {
                    continue;
                }
            }
            // "its largest Spanish-speaking neighbour": a language, not a
            // state.
            if n.entry.form == Form::Demonym && m.folded.text[n.end..].starts_with("-speaking") {
                continue;
            }
            // "the International Development Association (IDA), the World
            // Bank's fund for ...": the body an apposition says another
            // belongs to is no party of its own.
            if n.entry.is_org() && apposed_owner(m, n) {
                continue;
            }
            // An organization in a minister's portfolio ("ministre de la
            // Culture et de la Francophonie") is no party.
            // (So is one a role names as a field: "vice-rectrice aux
            // relations internationales et à la Francophonie".)
            let in_portfolio = |pi: usize| m.people[pi].role.is_some_and(|r| role_names_field(m, r, n));
            if n.entry.is_org() && m.people_in(si).into_iter().any(in_portfolio) {
                continue;
            }
            // Named in a relative clause set off by commas before the step:
            // "La Bolivie et l'Argentine, qui se partagent avec le Chili
            // l'essentiel des réserves, ont signé".
            if relative_aside_before_step(m, si, n) {
                continue;
            }
            // Named inside a presence clause: a witness's country.
            if presence.is_some_and(|p| n.start > p && !cues.iter().any(|((cs, _), c)| matches!(c, Cue::Signed | Cue::SignedBy) && *cs > p && *cs < n.start)) {
                continue;
            }
            // (An acronym in brackets after its body's name, "la
            // Confédération des États du Sahel (AES)", reads what stands
            // before that name.)
            // (Nor the words of another body's name just before, "the
            // Pacific Islands Forum Secretariat and the Pacific Community",
            // or of an instrument's, "un accord de siège avec l'OIM", "a
            // budget support agreement with the EU".)
            // (Only a name that holds such a word: "with support from UNDP
            // and WHO" still reads "support" for WHO.)
            let lead = n.start;
            let reach = lead.saturating_sub(FACILITATOR_REACH);
            let holds_facilitator = |a: usize, b: usize| m.text((a, b)).split([' ', '\'']).any(|w| FACILITATOR.contains(&w));
            let after_body = m.named_within(reach, lead).iter().filter(|p| p.entry.is_org() && p.end <= lead).last().filter(|p| holds_facilitator(p.start, p.end)).map(|p| p.end);
            let k = m.instruments.partition_point(|((a, _), _)| *a < lead);
            let after_instrument = k.checked_sub(1).map(|k| m.instruments[k].0).filter(|&(a, e)| e <= lead && e >= reach && holds_facilitator(a, e)).map(|(_, e)| e);
            let from = after_body.max(after_instrument).unwrap_or(0);
            if n.entry.is_org() && hosts_or_facilitates(&m.folded.text[from..lead]) {
                continue;
            }
            // (An acronym in brackets after its body's name, "dans le cadre
            // de la Confédération des États du Sahel (AES)", stands in the
            // frame that name stands in.)
            if n.entry.is_org() && bracketed_after_name(m, n).is_some_and(|start| in_frame_of(&m.folded.text[..start])) {
                continue;
            }
            // Its gathering or its members, named in English by the body:
            // "at the Mercosur summit in Montevideo", "the SADC ministerial
            // meeting", "the two CARICOM neighbours".
            if n.entry.is_org() && gathering_after(m, n.end) {
                continue;
            }
            // The source of the news ("..., a appris l'ASI", "according to
            // WAM"): a news agency, whatever body its acronym also names.
            if n.entry.is_org() && m.words_before(n.start, 2).iter().any(|w| NEWS_SOURCE.contains(w)) {
                continue;
            }
            push(&mut out, PartyRef { code: n.entry.code.to_string(), org: n.entry.is_org(), span: (n.start, n.end) });
        }
    }
    // Signatories' states count when the sentence names fewer than two;
    // so do the bodies their offices name ("the President of the ECOWAS
    // Commission", "Afreximbank's Executive Vice-President"), a short name
    // standing for the full one named before with its office.
    if out.len() < 2 {
        for &pi in &f.signatories {
            let full = crate::pipeline::full_mention(m, pi);
            if let Some(code) = person_country(m, full).or_else(|| person_country(m, pi)) {
                push(&mut out, PartyRef { code: code.0, org: false, span: code.1 });
            } else if let Some(n) = office_body(m, full).or_else(|| office_body(m, pi)) {
                push(&mut out, PartyRef { code: n.entry.code.to_string(), org: true, span: (n.start, n.end) });
            }
        }
    }
    // One actor's own document ("le parti a adopté sa feuille de route",
    // "the agency published its roadmap") binds no party the sentence
    // leaves unnamed.
    if out.is_empty() && m.words_before(f.kind_span.0, 1).first().is_some_and(|w| SINGULAR_POSSESSIVES.contains(w)) {
        return out;
    }
    // A pact between political parties or unions ("six partis de la
    // majorité signaient un pacte", "the ruling party and two opposition
    // parties signed a coalition agreement") binds no state, whatever one
    // state the sentence names ("South Africa's fifth-largest metro").
    if out.len() < 2 {
        // The frame's sentences and the one before its first, and the
        // story's lead when it tells a union's instrument: a story about a
        // union's deal tells of no state's ("the salaries fall under the
        // agreement reached with the Treasury Board").
        let around = std::iter::once(anchor.saturating_sub(1)).chain(f.sentences.iter().copied()).chain(union_lead);
        let domestic = around.into_iter().any(|si| {
            let s = m.sentences[si];
            Some(si) == union_lead || domestic_signers(&m.folded.text[s.start..s.end])
        });
        if domestic {
            return Vec::new();
        }
    }
    // "the two clubs have yet to reach an agreement on the fee": sports
    // clubs bind no state, whatever their demonyms ("Belgian side").
    {
        static CLUBS: OnceLock<Phrases> = OnceLock::new();
        let s = m.sentences[anchor];
        let t = &m.folded.text[s.start..s.end];
        let b = t.as_bytes();
        let word_at = |(i, j): (usize, usize)| (i == 0 || !b[i - 1].is_ascii_alphanumeric()) && b.get(j).is_none_or(|c| !c.is_ascii_alphanumeric());
        if CLUBS.get_or_init(|| Phrases::new(CLUB_SIGNERS)).spans(t).any(word_at) {
            return Vec::new();
        }
    }
    let want = counted.unwrap_or(2);
    // A count that the latest frame's parties match names them.
    if counted.is_some_and(|n| n == recent.len()) && out.len() < want && out.iter().all(|p| recent.iter().any(|q| q.code == p.code)) {
        for p in recent {
            push(&mut out, p.clone());
        }
        return out;
    }
    if out.len() < want {
        // The main parties the count calls for, at least three, in text order.
        let mut pool: Vec<&PartyRef> = main.iter().take(want.max(3)).collect();
        pool.sort_by_key(|p| p.span.0);
        for p in pool {
            if out.len() >= want {
                break;
            }
            push(&mut out, p.clone());
        }
    }
    out
}

/// Whether the word before folded `start` is the French preposition "à"
/// as written (not the verb "a").
fn after_french_a(m: &Mentions, start: usize) -> bool {
    let Some(at) = start.checked_sub(2).filter(|&k| m.folded.text.get(k..start) == Some("a ")) else { return false };
    if at > 0 && m.folded.text.as_bytes()[at - 1].is_ascii_alphanumeric() {
        return false;
    }
    let (is, ie) = m.folded.span(at, at + 1);
    matches!(&m.input[is..ie], "à" | "À")
}

/// Whether a folded sentence speaks of the signers of domestic pacts:
/// political parties and unions ("six partis", "les formations
/// politiques", "the ruling party", "trade unions"). One pass over its
/// words.
fn domestic_signers(sentence: &str) -> bool {
    let (mut prev2, mut prev) = ("", "");
    let mut words = sentence.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).peekable();
    while let Some(w) = words.next() {
        let next = words.peek().copied().unwrap_or("");
        let hit = union_word(prev, w, next)
            || match w {
                "partis" => true,
                // "les partenaires sociaux".
                "sociaux" => prev == "partenaires",
                "parti" | "formations" => matches!(next, "politique" | "politiques" | "au") || w == "parti" && prev == "le",
                "party" | "parties" => matches!(prev, "political" | "ruling" | "opposition"),
                // "a coalition agreement", "un accord de coalition": to govern.
                "coalition" => matches!(next, "agreement" | "deal" | "pact" | "government" | "partners") || prev == "de",
                // "l'accord de gouvernement", "le contrat de législature",
                // "l'accord de majorité": a coalition's programme (not
                // "un accord de gouvernement à gouvernement").
                "gouvernement" | "legislature" | "majorite" => {
                    prev == "de" && matches!(prev2, "accord" | "contrat" | "pacte") && next != "a"
                }
                _ => false,
            };
        if hit {
            return true;
        }
        (prev2, prev) = (prev, w);
    }
    false
}

/// Whether a folded sentence tells of a strike: "grève", "grévistes", and
/// English "strike" with what makes it a workers' one ("went on strike",
/// "strike action", "teachers' strike"), not an air strike nor "its
/// strikes in Gaza".
fn tells_a_strike(sentence: &str) -> bool {
    let words: Vec<&str> = sentence.split(|c: char| !c.is_ascii_alphanumeric() && c != '\'').filter(|w| !w.is_empty()).collect();
    words.iter().enumerate().any(|(k, w)| match *w {
        "greve" | "greves" | "grevistes" => true,
        "strike" | "strikes" => {
            let prev = k.checked_sub(1).map_or("", |j| words[j]);
            let next = words.get(k + 1).copied().unwrap_or("");
            matches!(prev, "on" | "general" | "workers'" | "teachers'" | "nurses'" | "doctors'" | "staff" | "indefinite")
                || matches!(next, "action" | "notice")
        }
        _ => false,
    })
}

/// Whether folded word `w`, between `prev` and `next`, names a trade union:
/// "syndicats", "la section syndicale", "trade unions", "the teachers'
/// union", "les centrales syndicales".
pub(crate) fn union_word(prev: &str, w: &str, next: &str) -> bool {
    match w {
        "syndicats" | "syndicat" | "intersyndicale" => true,
        "syndicale" | "syndicales" => {
            matches!(prev, "union" | "unions" | "alliance" | "federation" | "confederation" | "front" | "section" | "sections" | "organisation" | "organisations" | "centrale" | "delegation" | "representation")
        }
        "union" => matches!(prev, "labour" | "labor" | "workers" | "workers'" | "nurses" | "teachers"),
        "unions" => prev == "trade",
        "centrales" => next == "syndicales",
        _ => false,
    }
}

/// Whether an organization is named in the possessive inside an
/// apposition to another one: ", the World Bank's fund", ", an arm of".
fn apposed_owner(m: &Mentions, n: &crate::gazetteer::Mention) -> bool {
    let text = &m.folded.text;
    let possessive = text[n.end..].starts_with("'s ");
    let before = text[..n.start].trim_end_matches(' ');
    let apposed = before.ends_with(", the") || before.ends_with(", la") || before.ends_with(", le");
    possessive && apposed
}

/// Sports clubs and teams as the sides of a deal.
const CLUB_SIGNERS: &[&str] = &[
    "two clubs", "both clubs", "the clubs", "deux clubs", "les clubs", "the two teams", "les deux equipes",
    "club's", "the player's club", "transfer fee", "indemnite de transfert", "montant du transfert", "fc",
    "on a transfer", "sell-on", "football club",
];

/// Whether `text` holds `words` as whole words ("parti", not in
/// "partie").
fn contains_words(text: &str, words: &str) -> bool {
    let b = text.as_bytes();
    text.match_indices(words).any(|(k, _)| {
        !k.checked_sub(1).and_then(|j| b.get(j)).is_some_and(u8::is_ascii_alphanumeric)
            && !b.get(k + words.len()).is_some_and(u8::is_ascii_alphanumeric)
    })
}

/// Possessives of one owner, before an instrument's name.
const SINGULAR_POSSESSIVES: &[&str] = &["sa", "son", "ma", "mon", "notre", "its", "his", "her", "my", "our"];

/// A capital stands for its government when it is a subject ("Rabat et
/// Abuja"), not a place ("à Rabat").
fn capital_as_party(m: &Mentions, start: usize) -> bool {
    let before = m.words_before(start, 2);
    let prev = before.first().copied().unwrap_or("");
    // "in the capital Niamey", "dans la capitale nigérienne, Niamey".
    let after_capital = before.iter().any(|w| matches!(w.trim_end_matches(','), "capital" | "capitale"));
    // "the Lagos-Abidjan corridor", "l'autoroute Dakar-Thiès": a route's
    // ends, joined by a dash, are no parties.
    let text = &m.folded.text;
    let letter = |c: Option<char>| c.is_some_and(char::is_alphabetic);
    let dashed = text[..start].strip_suffix('-').is_some_and(|b| letter(b.chars().next_back()))
        || m.named_at(start).is_some_and(|n| text[n.end..].strip_prefix('-').is_some_and(|a| letter(a.chars().next())));
    !after_capital
        && !dashed
        && !matches!(prev, "a" | "in" | "at" | "de" | "from" | "to" | "vers" | "depuis" | "au" | "en" | "pour" | "of" | "near" | "pres" | "entre" | "between" | "via" | "d'")
        && !m.folded.text[..start].ends_with("d'")
        && !m.folded.text[..start].ends_with("l'")
}

/// The organization a person's office belongs to: named first ("ECOWAS
/// Commissioner", "Afreximbank's Executive Vice-President") or after "of",
/// "de" ("President of the ECOWAS Commission"). Not a portfolio ("ministre
/// de la Francophonie", "vice-rectrice aux relations internationales et à
/// la Francophonie").
fn office_body<'m, 'a>(m: &'m Mentions<'a>, pi: usize) -> Option<&'m crate::gazetteer::Mention<'a>> {
    let (rs, re) = m.people[pi].role?;
    if m.text((rs, re)).contains("minist") {
        return None;
    }
    m.named_within(rs, re).iter().find(|n| n.entry.is_org() && n.end <= re && office_of_body(m, (rs, re), n))
}

/// Whether role `r` holds the organization at `n` as a field, not as the
/// body the office belongs to: a minister's portfolio ("ministre de la
/// Culture et de la Francophonie"), "vice-rectrice ... à la Francophonie".
fn role_names_field(m: &Mentions, (a, b): Span, n: &crate::gazetteer::Mention) -> bool {
    a <= n.start && n.end <= b && (m.text((a, b)).contains("minist") || !office_of_body(m, (a, b), n))
}

/// Whether the organization at `n`, inside role `rs..re`, is the body the
/// office belongs to: named first, in the possessive, or after "of", "de".
fn office_of_body(m: &Mentions, (rs, _): Span, n: &crate::gazetteer::Mention) -> bool {
    let before = m.words_before(n.start, 2);
    let article = matches!(before.first().copied(), Some("la" | "le" | "l'" | "the"));
    let lead = if article { before.get(1).copied() } else { before.first().copied() };
    n.start == rs || m.folded.text[n.end..].starts_with("'s ") || matches!(lead, Some("de" | "du" | "des" | "d'" | "of"))
}

/// The state a person represents: from their role's demonym, country name or
/// capital.
pub(crate) fn person_country(m: &Mentions, pi: usize) -> Option<(String, Span)> {
    let p = &m.people[pi];
    if let Some((rs, re)) = p.role {
        // An organization in the role: an international official.
        let in_role: Vec<_> = m.named_within(rs, re).iter().filter(|n| n.end <= re).collect();
        if let Some(n) = in_role.iter().find(|n| !n.entry.is_org())
            && !in_role.iter().any(|o| o.entry.is_org() && o.start < n.start)
        {
            return Some((n.entry.code.to_string(), (n.start, n.end)));
        }
        if in_role.iter().any(|o| o.entry.is_org()) {
            return None;
        }
    }
    // "Côté malien, le texte a été paraphé par X": a side that opens the
    // person's clause (after the last ';' or sentence start, within a few
    // words before the role or name).
    let start = p.role.map_or(p.name.0, |(a, _)| a.min(p.name.0));
    let clause_start = m.sentence_of(start).map_or(start, |si| m.sentences[si].start);
    let lead = &m.folded.text[clause_start..start];
    let lead = &lead[lead.rfind(';').map_or(0, |k| k + 1)..];
    let lead_at = start - lead.len();
    let opening = lead.trim_start();
    // (A demonym right after the opener: not "Côte d'Ivoire", nor "On the
    // eve of Kenya's independence day".)
    if let Some(w) = ["du cote ", "cote ", "pour la partie ", "on the "].iter().find(|w| opening.starts_with(*w)) {
        let from = lead_at + (lead.len() - opening.len()) + w.len();
        let side = m.named_at(from).filter(|n| n.entry.form == Form::Demonym && n.end <= start);
        let english_side = *w != "on the " || side.is_some_and(|n| m.folded.text[n.end..].starts_with(" side"));
        if let Some(n) = side.filter(|_| english_side) {
            return Some((n.entry.code.to_string(), (n.start, n.end)));
        }
    }
    // "signed on behalf of Kenya by X and on behalf of Uganda by Y",
    // "signé pour le Mali par X": the side just before the agent's "by".
    let near = &lead[lead.ceil_char_boundary(lead.len().saturating_sub(60))..];
    if near.trim_end().ends_with(" by") || near.trim_end().ends_with(" par") {
        let seg_from = [" and ", " et ", ", "].iter().filter_map(|w| near.rfind(w).map(|k| k + w.len())).max().unwrap_or(0);
        let seg = &near[seg_from..];
        // (The state right before "by": "pour le développement rural au
        // Niger a été signé par X" names no side.)
        if ["on behalf of ", "au nom ", "for ", "pour "].iter().any(|w| seg.contains(w)) {
            let from = start - near.len() + seg_from;
            if let Some(n) = m.named_within(from, start).iter().rev().find(|n| !n.entry.is_org())
                && matches!(m.folded.text[n.end..start].trim(), "by" | "par" | "side by" | "side, by")
            {
                return Some((n.entry.code.to_string(), (n.start, n.end)));
            }
        }
    }
    // "X, pour la partie marocaine", "Y, côté algérien", "Z on behalf of
    // Kenya": a side named right after the person, in the person's clause
    // (not past a ';': "... par X ; côté nigérien, par Y").
    let after = p.name.1;
    let next_person = m.people.get(pi + 1).map_or(usize::MAX, |q| q.name.0);
    let limit = m.folded.text.ceil_char_boundary((after + 60).min(m.folded.text.len()).min(next_person));
    let window_end = m.folded.text[after..limit.max(after)].find(';').map_or(limit, |k| after + k);
    let window = &m.folded.text[after..window_end.max(after)];
    static SIDE: OnceLock<Phrases> = OnceLock::new();
    let side = SIDE.get_or_init(|| {
        Phrases::new(&["pour la partie", "cote ", "du cote", "on behalf of", "for the", "representing", "au nom du", "au nom de"])
    });
    if let Some(k) = side.starts(window).next() {
        let from = after + k;
        if let Some(n) = m.named_within(from, window_end.max(from)).iter().find(|n| !n.entry.is_org() && n.end <= window_end) {
            return Some((n.entry.code.to_string(), (n.start, n.end)));
        }
    }
    // "signé par A pour le Mali et B pour le Ghana", "by C for Ghana",
    // "Prime Minister D of India": a state right after "pour", "for", "of".
    let rest = window.strip_prefix(',').unwrap_or(window).trim_start();
    if let Some(lead) = ["pour ", "for ", "of "].into_iter().find(|l| rest.starts_with(l)) {
        let from = window_end - rest.len() + lead.len();
        let to = m.folded.text.floor_char_boundary((from + 16).min(window_end));
        if let Some(n) = m.named_within(from, window_end.max(from)).iter().find(|n| !n.entry.is_org() && n.start < to && n.end <= window_end) {
            return Some((n.entry.code.to_string(), (n.start, n.end)));
        }
    }
    None
}

/// The witnesses a sentence names for the signing it reports: the people
/// after a presence cue ("en présence de", "witnessed by"), or before a
/// "witnessed the signing of"; leaders named earlier for "the leaders".
fn sentence_witnesses(m: &Mentions, si: usize) -> Vec<usize> {
    let cues = m.cues_in(si);
    let mut out = Vec::new();
    if let Some(c) = witnessed_at(m, si) {
        out.extend(m.people_in(si).into_iter().filter(|&pi| m.people[pi].name.1 <= c && !m.people[pi].bare));
        // "Étaient également présents : X et Y": the people after the cue
        // that opens the sentence.
        if out.is_empty() && m.folded.text[m.sentences[si].start..c].trim().is_empty() {
            out.extend(m.people_in(si).into_iter().filter(|&pi| m.people[pi].name.0 > c && !m.people[pi].bare));
        }
    }
    if let Some(&((c, ce), _)) = cues.iter().find(|(_, c)| *c == Cue::Presence) {
        let mut named: Vec<usize> = m.people_in(si).into_iter().filter(|&pi| m.people[pi].name.0 > c && (!m.people[pi].bare || bare_witness(m, si, pi))).collect();
        let s = m.sentences[si];
        // "En présence des trois chefs d'État, A, B et C ont signé ...": a
        // presence clause that opens the sentence ends at its comma when a
        // signing verb follows; the people after it are the subject.
        if let Some(k) = opening_presence_end(m, si) {
            named.retain(|&pi| m.people[pi].name.0 < k);
        }
        // "en présence de plusieurs personnalités, dont :" over one line
        // per person: the people of the lines below.
        if named.is_empty() && m.text((ce, s.end)).trim_end().ends_with(':') {
            // (Up to a blank line: the lines that follow, one after the
            // other.)
            for j in (si + 1..m.sentences.len()).take(MAX_LISTED_WITNESSES).take_while(|&j| m.sentences[j].line <= m.sentences[j - 1].line + 1) {
                named.extend(m.people_in(j).into_iter().filter(|&pi| !m.people[pi].bare));
            }
        }
        if named.is_empty() {
            out.extend(present_by_title(m, si, ce));
        } else {
            out.extend(named);
        }
        for pi in counterparts_named_before(m, si, ce) {
            push_unique(&mut out, pi);
        }
    }
    out
}

/// Where a presence clause that opens sentence `si` ends, when a signing
/// verb follows it: "En présence des trois chefs d'État, A, B et C ont
/// signé ..." (the clause ends at its first comma; the people after it
/// are the verb's subject). An item's number may stand before it.
fn opening_presence_end(m: &Mentions, si: usize) -> Option<usize> {
    let s = m.sentences[si];
    let cues = m.cues_in(si);
    let &((c, ce), _) = cues.iter().find(|(_, c)| *c == Cue::Presence)?;
    // (After a dateline or the date marker: "N'DJAMENA, 15 novembre
    // (APS) - En présence de ...".)
    let from = m.datelines.iter().chain(m.doc_date_span.iter()).map(|&(_, b)| b).filter(|&b| b >= s.start && b <= c).max().unwrap_or(s.start);
    let lead = m.folded.text[from..c].trim().trim_start_matches(|ch: char| ch.is_ascii_digit()).trim_start_matches(['.', ')', '-', '*', ':']);
    // (Or after a circumstance of its own that names no one and signs
    // nothing: "At the same ceremony, and also in the presence of the two
    // leaders, X and Y signed ...".)
    // (Only a presence of a group named as such, "the two leaders", "des
    // deux chefs d'État": one of named people may go on after its comma.)
    // (No one named and nothing signed before the presence.)
    let nothing_before = || {
        !m.people_in(si).into_iter().any(|pi| m.people[pi].name.0 < c)
            && !cues.iter().any(|&((cs, _), cc)| cs < c && matches!(cc, Cue::Signed | Cue::SignedBy | Cue::Planned))
    };
    let circumstance = || {
        let clause = m.folded.text[ce..s.end].split(',').next().unwrap_or("");
        (lead.ends_with(',') || lead.ends_with(" and also") || lead.ends_with(" et aussi") || lead.ends_with(" and") || lead.ends_with(" et"))
            && lead.contains(',')
            && clause.split(' ').any(|w| matches!(w, "two" | "three" | "both" | "deux" | "trois" | "leaders" | "chefs" | "heads"))
            // (Not a group whose members follow in apposition: "of the two
            // heads of state, Presidents X and Y, ministers A and B signed".)
            && !{
                let after = m.folded.text[ce + clause.len()..s.end].trim_start_matches([',', ' ']);
                ["presidents", "the presidents", "les presidents", "their excellencies", "leurs excellences", "messrs", "mm.", "prime ministers", "les premiers ministres"]
                    .iter()
                    .any(|p| after.starts_with(p))
            }
            && nothing_before()
    };
    // (Or a pair under a plural honorific, "en présence de MM. X et Y,",
    // "in the presence of Messrs X and Y,": the pair ends at its comma,
    // after a circumstance of its own or none.)
    // (Or two people named alone and joined, "in the presence of
    // Abdurakhmonov and Ad-Dabbagh, X and Y signed": nothing but the two
    // names up to the comma.)
    let pair = || {
        let clause = m.folded.text[ce..s.end].split(',').next().unwrap_or("").trim_start();
        let one_joint = clause.matches(" et ").count() + clause.matches(" and ").count() == 1;
        let honorific = ["mm. ", "messrs ", "messrs. ", "mm "].iter().any(|h| clause.starts_with(h));
        let two_names = || {
            let end = ce + m.folded.text[ce..s.end].find(',').unwrap_or(s.end - ce);
            let named: Vec<usize> = m.people_in(si).into_iter().filter(|&pi| m.people[pi].name.0 >= ce && m.people[pi].name.1 <= end).collect();
            named.len() == 2 && joined_after(m, ce + (m.folded.text[ce..].len() - m.folded.text[ce..].trim_start().len()), named[1]) && m.folded.text[m.people[named[1]].name.1..end].trim().is_empty()
        };
        (honorific || two_names()) && one_joint && nothing_before()
    };
    let pair = pair();
    if !lead.trim().is_empty() && !pair && !circumstance() {
        return None;
    }
    let k = ce + m.folded.text[ce..s.end].find(',')?;
    // (Not when the presence list goes on after the comma: "En présence du
    // chef de l'État, Paul Biya, et de son homologue, ...".)
    let rest = &m.folded.text[k..s.end];
    if [", et de ", ", et du ", ", et des ", ", et d'", ", ainsi que d", ", and of ", ", as well as "].iter().any(|w| rest.contains(w)) {
        return None;
    }
    // (Nor when the clause names someone before its comma: "In the
    // presence of President William Ruto, Foreign Minister X and ...":
    // a list of names; a pair under "MM." is closed.)
    if !pair && m.people_in(si).into_iter().any(|pi| m.people[pi].name.0 > ce && m.people[pi].name.0 < k) {
        return None;
    }
    // (An active verb, its subject right before it: not "..., un accord a
    // été signé", whose subject is the instrument.)
    let active = |(cs, ce): Span| {
        let t = m.text((cs, ce));
        !t.split(' ').any(|w| matches!(w, "ete" | "was" | "were" | "been" | "is" | "are"))
            && m.instruments[m.instruments.partition_point(|((a, _), _)| *a < k)..].iter().take_while(|((a, _), _)| *a < cs).next().is_none()
    };
    cues.iter().any(|(sp, cc)| *cc == Cue::Signed && sp.0 > k && active(*sp)).then_some(k)
}

/// How many lines under a presence clause that ends on a colon are read
/// for its people.
const MAX_LISTED_WITNESSES: usize = 12;

/// Where sentence `si` says that the people before watched the signing:
/// a "witnessed the signing" cue, or French "ont assisté" with the date or
/// the place put between it and "à la signature" or "à la cérémonie" at
/// its clause's end ("ont assisté le 8 mai, au Palais présidentiel, à la
/// signature de ...", "ont assisté à la cérémonie.").
fn witnessed_at(m: &Mentions, si: usize) -> Option<usize> {
    if let Some(&((c, _), _)) = m.cues_in(si).iter().find(|(_, c)| *c == Cue::WitnessedSigning) {
        return Some(c);
    }
    let s = m.sentences[si];
    let t = &m.folded.text[s.start..s.end];
    // One fast search first, with a searcher built once.
    static ASSIST: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
    ASSIST.get_or_init(|| memchr::memmem::Finder::new(b" assist")).find(t.as_bytes())?;
    let k = [" ont assiste ", " a assiste ", " assistaient "].iter().find_map(|w| t.find(w))?;
    let rest = &t[k..t.floor_char_boundary((k + WITNESS_GAP).min(t.len()))];
    // ("à la cérémonie" of this signing, ending its clause: not "qui ont
    // assisté à la cérémonie d'ouverture du forum, ont ensuite signé".)
    let ceremony = rest.match_indices(" a la ceremonie").any(|(j, w)| {
        let after = &rest[j + w.len()..];
        after.is_empty() || after.starts_with(['.', ',', ';']) || after.starts_with(" de signature")
    });
    (rest.contains(" a la signature") || ceremony).then_some(s.start + k + 1)
}

/// How far after "ont assisté" its "à la signature" or "à la cérémonie"
/// may stand.
const WITNESS_GAP: usize = 120;

/// The people a presence clause ending at `ce` names by their title only
/// ("in the presence of both ministers", "en présence des deux Premiers
/// ministres", "the three leaders"): those of that title named before.
fn present_by_title(m: &Mentions, si: usize, ce: usize) -> Vec<usize> {
    let after = m.text((ce, m.folded.text.floor_char_boundary((ce + 40).min(m.sentences[si].end))));
    let people = described(m, si, after);
    if people.is_empty() { leaders_before(m, si, ce) } else { people }
}

/// The people that a presence clause from folded `from` describes as a
/// side's counterpart or host ("son hôte sénégalais", "son homologue
/// malien", "his Ghanaian counterpart"): for each, the person of that
/// side's state named before in the text, when exactly one is.
fn counterparts_named_before(m: &Mentions, si: usize, from: usize) -> Vec<usize> {
    let s = m.sentences[si];
    let clause = m.text((from, s.end));
    let mut out = Vec::new();
    // French names the side after the noun, English before "counterpart".
    // ("the visiting Algerian premier": the guest, by the side alone.)
    // (`counterpart`: the English possessive needs that noun after it.)
    for (noun, counterpart) in [("son hote", false), ("son homologue", false), ("sa homologue", false), ("his ", true), ("her ", true), ("the visiting ", false)] {
        // (The French noun ends its word: a space, a stop or a comma
        // follows.)
        let Some(k) = clause.match_indices(noun).map(|(k, _)| k).find(|&k| noun.ends_with(' ') || !clause[k + noun.len()..].starts_with(|c: char| c.is_alphanumeric())) else { continue };
        let at = from + k + noun.len() + usize::from(clause[k + noun.len()..].starts_with(' '));
        let window_end = m.folded.text.floor_char_boundary((at + 30).min(s.end));
        // (The English noun: "his counterpart", "her Ghanaian guest", "his
        // host", a word or two after the possessive.)
        let english_noun = || {
            let window = m.text((at, window_end));
            let b = window.as_bytes();
            ["counterpart", "guest", "host"]
                .iter()
                .filter_map(|w| {
                    window.match_indices(w).map(|(k, _)| k).find(|&k| (k == 0 || b[k - 1] == b' ') && b.get(k + w.len()).is_none_or(|c| !c.is_ascii_alphanumeric())).map(|k| k + w.len())
                })
                .min()
        };
        let noun_end = if counterpart { english_noun() } else { None };
        if counterpart && noun_end.is_none() {
            continue;
        }
        // ("the visiting Algerian delegation" is no one.)
        if noun == "the visiting " && !m.text((at, window_end)).split(' ').take(3).map(|w| w.trim_end_matches(['.', ',', ';'])).any(|w| TITLE_HEADS.contains(&w) || w == "premier") {
            continue;
        }
        let Some(side) = m.named_within(at, window_end).iter().find(|n| n.entry.form == Form::Demonym && n.start <= at + 1).map(|n| n.entry.code.to_string()) else {
            // "sous la présidence du chef du gouvernement libanais, X, et
            // de son hôte": no side said, the other side's person named
            // before (see `unnamed_counterpart`).
            // (Past the English noun: "and his counterpart.")
            // (Nor a name after it: a stop, or the verb that signs, "and
            // his guest signed".)
            let from_here = noun_end.map_or(at, |k| at + k);
            let after = m.text((from_here, window_end.max(from_here)));
            let next_word = after.trim_start().split([' ', ',']).next().unwrap_or("");
            let bare = after.trim_start().starts_with([',', '.', ';'])
                || from_here >= s.end
                || counterpart && (crate::cues::is_signing_word(next_word) || matches!(next_word, "have" | "has" | "had" | "will" | "also" | "jointly"));
            let named = m.people_in(si).into_iter().filter(|&pi| m.people[pi].name.1 <= at).last();
            if bare && let Some(pi) = named.and_then(|pi| other_side_named_before(m, si, pi)) {
                out.push(pi);
            }
            continue;
        };
        // Not when the clause names the counterpart ("et de son homologue
        // tunisien, M. Hédi Chebbi").
        // (The people are in text order: only those named near are read.)
        let near = m.people.partition_point(|p| p.name.0 < at.saturating_sub(200))..m.people.partition_point(|p| p.name.0 <= window_end + 12);
        let named_here = m.people[near].iter().any(|p| p.name.0 >= at && p.name.0 < s.end || p.role.is_some_and(|(a, b)| a <= at && at < b));
        if named_here {
            continue;
        }
        // (Among the latest people named before, so that a page of many
        // such clauses stays linear.)
        let before = m.people.partition_point(|p| p.name.0 < s.start);
        let mut of_side = (before.saturating_sub(MAX_SIDE_PEOPLE)..before)
            .filter(|&pi| !m.people[pi].reference && person_country(m, pi).is_some_and(|(c, _)| c == side));
        if let (Some(pi), None) = (of_side.next(), of_side.next()) {
            out.push(pi);
        }
    }
    out
}

/// The person that "et son hôte", "et son homologue", "and his
/// counterpart" right after signer `signer` in sentence `si` means, when
/// nothing names them there: the other side's person named before ("le
/// président sierra-léonais, M. Y" for "le Président de la République, le
/// Général X, et son hôte").
fn unnamed_counterpart(m: &Mentions, si: usize, signer: usize) -> Option<usize> {
    let s = m.sentences[si];
    let (_, name_end) = m.people[signer].name;
    if name_end < s.start || name_end > s.end {
        return None;
    }
    // (The clause right after the signer's name, read as a presence
    // clause's counterpart is.)
    let rest = m.text((name_end, s.end)).trim_start_matches([',', ' ']);
    if !["et son hote", "et son homologue", "et sa homologue", "and his ", "and her "].iter().any(|p| rest.starts_with(p)) {
        return None;
    }
    counterparts_named_before(m, si, name_end).into_iter().find(|&pi| pi != signer)
}

/// The person of the other side than `named`'s, named with a role before
/// sentence `si`: the latest, by country when both are known, else by
/// the title they share.
fn other_side_named_before(m: &Mentions, si: usize, named: usize) -> Option<usize> {
    let s = m.sentences[si];
    let own = person_country(m, named).map(|(c, _)| c);
    let before = m.people.partition_point(|p| p.name.0 < s.start);
    let title = |pi: usize| m.people[pi].role.and_then(|r| m.text(r).split([' ', '\'']).find(|w| TITLE_HEADS.contains(w)));
    (before.saturating_sub(MAX_SIDE_PEOPLE)..before).rev().find(|&pi| {
        let p = &m.people[pi];
        !p.reference && p.role.is_some() && !crate::people::same_person(m.text(p.name), m.text(m.people[named].name)) && match (&own, person_country(m, pi)) {
            (Some(a), Some((b, _))) => *a != b,
            _ => title(named).is_some() && title(pi) == title(named),
        }
    })
}

/// The head nouns of the titles a counterpart shares (folded).
const TITLE_HEADS: &[&str] = &[
    "president", "presidente", "ministre", "minister", "premier", "prime", "roi", "king", "emir", "gouverneur", "governor",
    "maire", "mayor", "ambassadeur", "ambassadrice", "ambassador", "secretaire", "secretary", "chancelier", "chancellor",
];

/// How many of the people named before a counterpart's clause are read
/// for the one of its side.
const MAX_SIDE_PEOPLE: usize = 64;

/// Whether a cue says who signed: "signed by", "signé par", or a signing
/// verb followed by "par"/"by" whose words a longer cue took ("ont été
/// signés par").
fn signed_by_cue(m: &Mentions, sp: Span, c: Cue) -> bool {
    c == Cue::SignedBy || signing_with_agent(m, sp, c)
}

/// Whether a signing cue, past or to come, ends on its participle and has
/// its agent after it: "a été signé par", "will be inked by", "devrait
/// être paraphé par".
pub(crate) fn signing_with_agent(m: &Mentions, sp: Span, c: Cue) -> bool {
    let participle = || crate::cues::is_signing_participle(m.text(sp).rsplit(' ').next().unwrap_or(""));
    (c == Cue::Signed || c == Cue::Planned && participle()) && (m.folded.text[sp.1..].starts_with(" par ") || m.folded.text[sp.1..].starts_with(" by "))
}

/// The signers of an instrument named in a row of a table whose header
/// names the signers' columns ("S.No. | Document | Signed by (Indian side)
/// | Signed by (Tanzanian side)", "N° | Accord | Signataire"): the first
/// person named in each such cell of the row, in column order.
fn table_signers(m: &Mentions, f: &Frame) -> Vec<usize> {
    let text = m.folded.text.as_str();
    let at = f.kind_span.0;
    let line_of = |k: usize| {
        let a = text[..k].rfind('\n').map_or(0, |j| j + 1);
        let b = text[k..].find('\n').map_or(text.len(), |j| k + j);
        (a, b)
    };
    let (ra, rb) = line_of(at);
    // (Most instruments stand in running text: no cell, no allocation.)
    if memchr::memchr(b'|', &text.as_bytes()[ra..rb]).is_none() {
        return Vec::new();
    }
    let cells = |a: usize, b: usize| {
        let mut out = Vec::new();
        let mut from = a;
        for (j, _) in text[a..b].match_indices('|') {
            out.push((from, a + j));
            from = a + j + 1;
        }
        out.push((from, b));
        out
    };
    let row = cells(ra, rb);
    if row.len() < 3 {
        return Vec::new();
    }
    // The header: the nearest line above, within a few, cut in as many
    // cells, that names a signer's column.
    let mut end = ra;
    for _ in 0..TABLE_HEADER_LINES {
        if end == 0 {
            break;
        }
        let (ha, hb) = line_of(end - 1);
        let header = cells(ha, hb);
        let signer_columns: Vec<usize> = (0..header.len()).filter(|&c| {
            let t = &text[header[c].0..header[c].1];
            t.contains("signed by") || t.contains("signator") || t.contains("signataire") || t.contains("signe par")
        }).collect();
        if header.len() == row.len() && !signer_columns.is_empty() {
            let people = m.people_in(m.sentence_of(at).unwrap_or(0));
            return signer_columns
                .iter()
                .filter_map(|&c| people.iter().copied().find(|&pi| m.people[pi].name.0 >= row[c].0 && m.people[pi].name.1 <= row[c].1))
                .collect();
        }
        end = ha;
    }
    Vec::new()
}

/// How many lines above a table's row its header may stand.
const TABLE_HEADER_LINES: usize = 12;

/// Where the agent of a signing participle stands when a few words come
/// between them: "signé mardi à Alger par", "apposée à distance par",
/// "signed on Tuesday in Accra by". The offset before " par "/" by ", as
/// [`signing_with_agent`] gives it right after the cue; `None` when a
/// stop, a bracket or a coordination comes first.
fn delayed_agent(m: &Mentions, sp: Span, c: Cue) -> Option<usize> {
    let participle = crate::cues::is_signing_participle(m.text(sp).rsplit(' ').next().unwrap_or(""));
    if !matches!(c, Cue::Signed | Cue::Planned) || !participle {
        return None;
    }
    let text = &m.folded.text;
    let end = m.sentence_of(sp.1).map_or(sp.1, |si| m.sentences[si].end).min(sp.1 + DELAYED_AGENT_BYTES).max(sp.1);
    let gap = &text[sp.1..text.floor_char_boundary(end)];
    let gap = &gap[..gap.find([',', ';', '.', ':', '(', ')']).unwrap_or(gap.len())];
    let k = [" par ", " by "].iter().filter_map(|w| gap.find(w)).min()?;
    let between = &gap[..k];
    // "a été signé en présence des deux chefs d'État par le ministre X",
    // "was signed in the presence of both leaders by": a presence clause
    // of no named person stands between.
    // (Not one whose own participle or office takes the agent: "en
    // présence d'une délégation conduite par", "du président par
    // intérim".)
    let first = m.people.partition_point(|p| p.name.1 <= sp.1);
    let presence = ["en presence d", "in the presence of"].iter().any(|p| between.trim_start().starts_with(p))
        && m.people.get(first).is_none_or(|p| p.name.0 >= sp.1 + k)
        && !between.split([' ', '\'']).any(|w| matches!(w, "conduite" | "conduit" | "menee" | "mene" | "dirigee" | "dirige" | "led" | "headed" | "accompanied" | "accompagne" | "accompagnee"))
        && !text[sp.1 + k..].starts_with(" par interim");
    // (Another participle owns the agent: "signed at a ceremony witnessed
    // by", "signé lors d'une cérémonie présidée par".)
    (k > 0 && (presence || adverbials_only(m, between))).then_some(sp.1 + k)
}

/// Whether the words between a signing participle and " par "/" by " can
/// only tell when and where ("mardi à Alger", "on Tuesday in Accra", "à
/// distance"): no other participle ("at a ceremony witnessed by"), no noun
/// after an article ("during a state visit by"), no coordination or
/// relative.
fn adverbials_only(m: &Mentions, between: &str) -> bool {
    let verb = between.split(' ').any(|w| w.len() > 3 && w.ends_with("ed") || ["presid", "copresid", "co-presid", "organis", "accueilli", "anime"].iter().any(|p| w.starts_with(p)));
    // (Folded French "à" is "a": the English article only.)
    let english = m.lang == crate::extractor::Language::English;
    let article = between.split([' ', '\'']).any(|w| matches!(w, "an" | "the" | "un" | "une" | "la" | "le" | "les" | "l" | "du" | "des") || w == "a" && english);
    !verb && !article && ![" et ", " and ", " qui ", " who ", " que ", " which "].iter().any(|w| between.contains(w))
}

/// How far after a signing participle its agent is sought.
const DELAYED_AGENT_BYTES: usize = 48;

/// Whether the words after a signing verb say for whom its subject signs:
/// "on behalf of", "au nom de", "pour le compte de", "for their agencies".
pub(crate) fn on_behalf(after: &str) -> bool {
    let t = after.trim_start();
    // ("X and Y signed for their agencies", "ont signé pour leurs
    // institutions".)
    // (Not "pour sa part", "for its part": the speaker's turn.)
    ["on behalf of", "au nom d", "pour le compte d", "for their ", "for his ", "for her ", "for its ", "pour leur ", "pour leurs ", "pour son ", "pour sa "]
        .iter()
        .any(|p| t.strip_prefix(p).is_some_and(|r| !r.starts_with("part")))
}

/// The people of sentence `si` that belong to frame `f` when the sentence
/// tells two instruments of different kinds, each with its own "signed
/// by" ("The grant agreement was signed by A and B, while the memorandum
/// was signed by C and D"): those after the mention of `f`'s kind and
/// before the next mention. Otherwise all of `people`.
fn own_clause_people(m: &Mentions, f: &Frame, si: usize, people: Vec<usize>) -> Vec<usize> {
    let insts = m.in_sentence(&m.instruments, si);
    if insts.len() < 2 {
        return people;
    }
    let s = m.sentences[si];
    let cues = m.cues_in(si);
    // "A et B ont signé un protocole ..., tandis que C et D signaient une
    // lettre d'intention": two clauses, each with its own signing verb,
    // its own subjects and its own instrument, of any kinds.
    let t = &m.folded.text[s.start..s.end];
    let signing = |a: usize, b: usize| cues.iter().any(|&((cs, _), c)| cs >= a && cs < b && c == Cue::Signed);
    let split = CONTRAST_CLAUSES.iter().filter_map(|w| t.find(w).map(|k| s.start + k)).min().filter(|&k| {
        insts.iter().any(|((a, _), _)| *a < k) && insts.iter().any(|((a, _), _)| *a > k) && signing(s.start, k) && signing(k, s.end)
    });
    if let Some(k) = split.filter(|_| f.kind_span.0 >= s.start && f.kind_span.0 < s.end) {
        let before = f.kind_span.0 < k;
        return people.into_iter().filter(|&pi| (m.people[pi].name.0 < k) == before).collect();
    }
    if !insts.iter().any(|(_, i)| i.kind == f.kind) || insts.iter().all(|(_, i)| i.kind == f.kind) {
        return people;
    }
    // Each mention is followed by its own "signed by" before the next one.
    let own_by = insts.iter().enumerate().all(|(k, ((_, e), _))| {
        let next = insts.get(k + 1).map_or(s.end, |((a, _), _)| *a);
        cues.iter().any(|&((cs, ce), c)| cs >= *e && cs < next && signed_by_cue(m, (cs, ce), c))
    });
    if !own_by {
        return people;
    }
    people
        .into_iter()
        .filter(|&pi| {
            let p = m.people[pi].name.0;
            insts.iter().rev().find(|((a, _), _)| *a < p).is_some_and(|(_, i)| i.kind == f.kind)
        })
        .collect()
}

/// Words that open a second clause set against the first (folded).
pub(crate) const CONTRAST_CLAUSES: &[&str] = &[" tandis que ", " tandis qu'", " alors que ", " pendant que ", ", while ", " whereas "];

/// Words between the "with" of a signing and the counterpart's role or
/// name: "with his counterpart", "avec son homologue", "with the".
const COUNTERPART_LEAD: &[&str] = &[
    "the", "his", "her", "their", "its", "le", "la", "l'", "les", "son", "sa", "ses", "leur", "counterpart", "homologue",
];

/// Signatories and witnesses of a frame.
fn people_of(m: &Mentions, f: &Frame) -> (Vec<usize>, Vec<usize>) {
    let mut sig = table_signers(m, f);
    let mut wit = Vec::new();
    // The umbrella sentence's presence clause covers every item of its list.
    if let Some(u) = f.umbrella {
        for pi in sentence_witnesses(m, u) {
            push_unique(&mut wit, pi);
        }
    }
    // The frame's own sentences, then, when they name no signer, the
    // umbrella that reports the signing of the whole list ("This morning,
    // Minister Carvalho and I signed three documents. The first is ...").
    let umbrella = f.umbrella.filter(|u| !f.sentences.contains(u));
    for (k, &si) in f.sentences.iter().chain(umbrella.iter()).enumerate() {
        if k == f.sentences.len() && !sig.is_empty() {
            break;
        }
        // "- un mémorandum, signé par les deux ministres ;" under an
        // umbrella that named them: those two, not the umbrella's last.
        if k == f.sentences.len() && f.status != Status::Referenced {
            sig = described_signers(m, f);
            if !sig.is_empty() {
                break;
            }
        }
        let s = m.sentences[si];
        let cues = m.cues_in(si);
        // "Minister Carvalho and I signed" in a speaker's turn: the speaker.
        if let Some(pi) = speaker_signing(m, si) {
            push_unique(&mut sig, pi);
            // "Je compte le signer avec mon homologue, M. X": who signs with
            // the speaker.
            if let Some(q) = speaker_partner(m, si) {
                push_unique(&mut sig, q);
            }
        }
        let presence: Vec<usize> = cues.iter().filter(|(_, c)| *c == Cue::Presence).map(|(sp, _)| sp.0).collect();
        // Who initialled a text whose signing is still to come did not
        // sign it.
        // ("Le document devrait être paraphé par X": the planned step is
        // the initialling itself.)
        let initials = |sp: &Span| {
            f.status == Status::Planned
                && (m.text(*sp).contains("paraph") || m.text(*sp).contains("initial"))
                && !m.words_before(sp.0, 2).iter().any(|w| matches!(*w, "etre" | "sera" | "seront" | "be"))
        };
        // ("ont été signés par": the longer signing cue may have taken the
        // words of "signés par"; its "par" right after counts the same.)
        // Who exchanged the instruments of a ratification did not sign the
        // instrument ("Les instruments ont été échangés par X et par Y").
        let exchange = |sp: &Span| ["echang", "exchang"].iter().any(|w| m.text(*sp).starts_with(w));
        let exchanged = f.status == Status::Ratified && cues.iter().any(|(sp, c)| *c == Cue::SignedBy && exchange(sp));
        let ratification_exchange = |sp: &Span| exchanged && (exchange(sp) || m.text(*sp) == "et par");
        let signed_by: Vec<usize> = cues
            .iter()
            .filter(|(sp, _)| !initials(sp) && !ratification_exchange(sp))
            .filter_map(|&(sp, c)| if signed_by_cue(m, sp, c) { Some(sp.1) } else { delayed_agent(m, sp, c) })
            .collect();
        // "X et son homologue Y ont procédé hier à la signature": the signing
        // noun after "procéder" reports the step as a verb does.
        // (A time and a place may stand between: "ont procédé mercredi à
        // Alger à la signature".)
        let proceeded = |sp: &Span| {
            let before = m.words_before(sp.0, PROCEEDED_REACH);
            let at_the = m.text(*sp).starts_with("a la ") || before.len() > 2 && before[0] == "la" && before[1] == "a";
            // (Only a time and a place between: not "a procédé à
            // l'inauguration puis assisté à la signature".)
            let k = before.iter().position(|w| w.starts_with("proced"));
            k.is_some_and(|k| k < 3 || at_the && k < PROCEEDED_REACH && !before[..k].iter().any(|w| w.starts_with("l'") || matches!(*w, "puis" | "et" | "avant" | "apres" | "ensuite") || w.starts_with("assist")))
        };
        // Talks and negotiations have participants, not signers: "X told
        // reporters after the talks" names no one who will sign.
        let talks = |sp: &Span| ["talk", "discussion", "negoci", "negoti", "preparation", "working on"].iter().any(|w| m.text(*sp).contains(w));
        // "ces instruments complètent la convention signée à Lima en 1997":
        // a participle right after an instrument's name qualifies it; whoever
        // the sentence named before is not its subject.
        // (The name's complement may stand between: "la convention
        // d'extradition signée", with no verb, clause or comma of its own.)
        let qualifies = |sp: &Span| {
            let k = m.instruments.partition_point(|((a, _), _)| *a < sp.0);
            k > 0 && {
                let ((_, ie), _) = m.instruments[k - 1];
                let gap = &m.folded.text[ie.min(sp.0)..sp.0];
                // (A verb with its object is the sentence's own: "X who
                // negotiated the agreement signed it on Tuesday".)
                // (Folded French "à" is "a": the English article only.)
                let english = m.lang == crate::extractor::Language::English;
                let object = m.words_after(sp.1, 1).first().is_some_and(|w| {
                    matches!(*w, "it" | "them" | "the" | "an" | "le" | "la" | "les" | "un" | "une") || *w == "a" && english || w.starts_with("l'")
                });
                // (In its own sentence: "... une déclaration. Le ministre X
                // a apposé sa signature" tells X's step.)
                ie <= sp.0
                    && ie >= s.start
                    && gap.len() <= 40
                    && !gap.contains([',', ';', '(', ')'])
                    && !gap.split([' ', '\'']).any(|w| CLAUSE_WORDS.contains(&w))
                    && !object
            }
        };
        // ("X and Y signed on behalf of their governments": the subjects
        // of a "signed on behalf", whose agent may also follow.)
        let steps: Vec<usize> = cues
            .iter()
            .filter(|(sp, c)| {
                matches!(c, Cue::Signed) && !qualifies(sp)
                    || *c == Cue::SignedBy && m.text(*sp) == "signed on behalf"
                    || *c == Cue::Planned && !talks(sp)
                    || *c == Cue::SigningNoun && proceeded(sp)
            })
            .map(|(sp, _)| sp.0)
            .collect();
        let status_at = steps.first().copied();
        let watched = witnessed_at(m, si);
        // "signed by A, B and C, respectively the ministers of ...": the
        // names before the roles are people, whatever their form.
        let respectively = {
            let t = &m.folded.text[s.start..s.end];
            t.contains("respectively") || t.contains("respectivement")
        };
        // "with X and Y as signatories", "avec X et Y comme signataires":
        // the people named between "with" and the phrase.
        let as_signatories = {
            let t = &m.folded.text[s.start..s.end];
            // Every phrase holds "signat": one fast search first, with a
            // searcher built once.
            static SIGNAT: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
            let phrases: &[&str] = if SIGNAT.get_or_init(|| memchr::memmem::Finder::new(b"signat")).find(t.as_bytes()).is_some() {
                &["as signatories", "as signatory", "comme signataires", "en tant que signataires", "en qualite de signataires"]
            } else {
                &[]
            };
            phrases
                .iter()
                .find_map(|w| t.find(w))
                .map(|k| {
                    let from = t[..k].rfind(" with ").or_else(|| t[..k].rfind(" avec ")).unwrap_or(0);
                    (s.start + from, s.start + k)
                })
        };
        let in_umbrella = k >= f.sentences.len();
        let here = own_clause_people(m, f, si, m.people_in(si));
        // The last person named after "signé ... par", "signed ... by": who
        // stands before is a speaker, not a signer ("Cheema said the
        // agreement signed last month by A and B ...").
        let last_agent = if in_umbrella { None } else { here.iter().map(|&q| m.people[q].name.0).filter(|&q| by_after_cue(m, si, q)).max() };
        // (Read once per sentence.)
        let opening = opening_presence_end(m, si);
        // "Nous avons signé ce matin, le gouverneur X et moi-même, un
        // protocole": who stands between the verb and "et moi-même" signed
        // with the speaker.
        let with_me = with_the_speaker(m, si);
        for &pi in &here {
            let p = m.people[pi].name.0;
            if let Some((a, b)) = as_signatories
                && p >= a
                && m.people[pi].name.1 <= b
            {
                push_unique(&mut sig, pi);
                continue;
            }
            if m.people[pi].bare && !(respectively && (signed_by.iter().any(|&b| b <= p) || by_after_cue(m, si, p))) && !bare_signer(m, si, pi, &signed_by) && !bare_witness(m, si, pi) {
                continue;
            }
            if watched.is_some_and(|w| m.people[pi].name.1 <= w) {
                push_unique(&mut wit, pi);
                continue;
            }
            // After a presence cue and before any later signing cue: a witness.
            // (Not after the comma that closes a presence clause opening
            // the sentence: see `opening_presence_end`.)
            let last_presence = presence.iter().filter(|&&c| c < p).max().filter(|_| opening.is_none_or(|k| p < k));
            let sign_after_presence = last_presence.is_some_and(|&c| signed_by.iter().any(|&b| b > c && b < p) || cues.iter().any(|((cs, _), cc)| matches!(cc, Cue::Signed) && *cs > c && *cs < p));
            if last_presence.is_some() && !sign_after_presence {
                push_unique(&mut wit, pi);
                continue;
            }
            // "..., Alicia Dookhan, who will sign on behalf of Guyana", "M. Ali
            // Sow, qui signera au nom du Niger": the relative says it.
            if relative_signer(m, si, pi) || f.status == Status::Planned && pronoun_signer(m, si, pi) {
                push_unique(&mut sig, pi);
                continue;
            }
            // A list item under an umbrella: "un accord ..., par le ministre X".
            let item_by = s.kind == LineKind::Item && f.umbrella.is_some() && {
                let t = &m.folded.text[s.start..p];
                t.contains(" par ") || t.contains(" by ")
            };
            // In the umbrella only an explicit "signé par": its loose "by"
            // may be a visit's ("during a visit to Muscat by ...").
            // "initialled by the chief negotiators X and Y": they did not
            // sign the text still to be signed.
            // (A signing to come told after the initialling, "Le paraphe
            // clôt la négociation : l'accord sera signé par X", is the
            // latest step before X.)
            let initialled = cues
                .iter()
                .filter(|(sp, c)| (matches!(c, Cue::Signed | Cue::SignedBy) || *c == Cue::Planned && m.text(*sp).contains("sign")) && sp.1 <= p)
                .max_by_key(|((_, ce), _)| *ce)
                .is_some_and(|(sp, _)| initials(sp));
            let after_by = item_by || signed_by.iter().any(|&b| b <= p) || !in_umbrella && !initialled && by_after_cue(m, si, p);
            // "Défendu devant la plénière par le ministre X, le texte a été
            // adopté": who carried the bill did not sign the instrument.
            let carrier = || {
                // (A role may begin before the sentence does.)
                let from = m.people[pi].role.map_or(p, |(a, _)| a.min(p)).max(s.start);
                carried_before(m, s.start, from)
            };
            // "X added that the two countries hope to sign": a speaker. (Who
            // announces a signing may well be its signer.)
            let speaker = || {
                let after = m.people[pi].role.map_or(m.people[pi].name.1, |(_, b)| b.max(m.people[pi].name.1));
                let next = m.words_after(after, 4);
                let says = |w: &&str| SPEAKING.contains(w) || REPORTING.contains(w) && !w.starts_with("annonc") && !w.starts_with("announc");
                // (An adverb may stand before the verb or between the
                // auxiliary and it: "X a également rappelé que", "X also
                // recalled that".)
                let adverb = |w: &&str| matches!(*w, "egalement" | "aussi" | "encore" | "ensuite" | "enfin" | "also" | "further" | "again" | "then" | "later");
                let k = usize::from(next.first().is_some_and(adverb));
                let aux = next.get(k).is_some_and(|w| matches!(*w, "a" | "has" | "had"));
                let k = if aux { k + 1 } else { k };
                let k = if aux && next.get(k).is_some_and(adverb) { k + 1 } else { k };
                next.get(k).is_some_and(says)
            };
            // (Or of a later step with no one named between: "X signed the
            // MoU on behalf of Oman, while Y, Tanzania's Deputy Minister,
            // signed on behalf of Tanzania".)
            let before_step = status_at.is_some_and(|c| p < c) || {
                // (People are sorted: the first one after this person.)
                let next = m.people.partition_point(|q| q.name.0 <= p);
                // (Only a signing's own verb: "when X is scheduled to visit"
                // tells of a visit.)
                let signing = |c: usize| cues.iter().any(|&((cs, _), cc)| cs == c && (cc == Cue::Signed || cc == Cue::SignedBy));
                // (The verb the person's own: nothing but a role between,
                // no relative clause, no state: not "Y, who opposed the deal
                // that Uganda signed".)
                let end_of = |q: &crate::assemble::Person| q.role.map_or(q.name.1, |(_, b)| b.max(q.name.1));
                let end = end_of(&m.people[pi]);
                // "C, ..., et D, ..., signaient": the people joined to this
                // one by commas and "et"/"and" up to the verb are its
                // co-subjects; the verb is read from the last one's end.
                let mut chain_end = end;
                let mut k = next;
                while let Some(q) = m.people.get(k).filter(|q| q.name.0 < s.end) {
                    let start = q.role.map_or(q.name.0, |(a, _)| a.min(q.name.0));
                    let joined = start >= chain_end && m.folded.text.get(chain_end..start).is_some_and(|g| {
                        let g = g.trim();
                        let g = g.strip_prefix(',').unwrap_or(g).trim_start();
                        [ "et le ", "et la ", "et l'", "and the ", "et ", "and "].iter().any(|c| g.starts_with(c)) && g.len() <= 8 || matches!(g, "et" | "and")
                    });
                    if !joined {
                        break;
                    }
                    chain_end = end_of(q);
                    k += 1;
                }
                let own = |from: usize, c: usize| {
                    let gap = &m.folded.text[from.min(c)..c];
                    gap.len() <= 40
                        && !gap.contains(['.', ';'])
                        && !gap.split([' ', ',']).any(|w| matches!(w, "who" | "that" | "which" | "whose" | "qui" | "que" | "dont"))
                        && m.named_within(from.min(c), c).is_empty()
                };
                steps.iter().any(|&c| {
                    c > p
                        && signing(c)
                        && (m.people.get(next).is_none_or(|q| q.name.0 >= c) && own(end, c) || m.people.get(k).is_none_or(|q| q.name.0 >= c) && own(chain_end, c))
                })
            };
            let subject = before_step
                && presence.iter().all(|&c| c > p || opening.is_some_and(|k| c < k && k < p))
                && last_agent.is_none_or(|q| q <= p)
                && !carrier()
                && !speaker();
            // "X signed a memorandum with South Korea's Minister of
            // Transport, Y", "a signé avec son homologue Y": the
            // counterpart after the signing's "with" signed too.
            let counterpart = || {
                let start = m.people[pi].role.map_or(p, |(a, _)| a.min(p));
                let before = m.words_before(start, 4);
                let lead = before.iter().take_while(|w| COUNTERPART_LEAD.contains(*w)).count();
                status_at.is_some_and(|c| c < start)
                    && before.get(lead).is_some_and(|w| matches!(*w, "with" | "avec"))
                    && presence.iter().all(|&c| c > p || c < status_at.unwrap_or(0))
            };
            let beside_me = with_me.is_some_and(|(a, b)| a <= p && m.people[pi].name.1 <= b);
            // (A "par" that carried a text is no signing's: "présentés aux
            // députés par X, et par Y".)
            if after_by && !carrier() || subject || beside_me || counterpart() {
                push_unique(&mut sig, pi);
            }
        }
    }
    // "en présence du Président X et de son hôte sénégalais", "in the
    // presence of ... and his Senegalese counterpart": the person of that
    // side named before. (The umbrella's were read with its witnesses.)
    for &si in &f.sentences {
        if let Some(c) = m.cues_in(si).iter().find(|(_, c)| *c == Cue::Presence).map(|(sp, _)| sp.1) {
            for pi in counterparts_named_before(m, si, c) {
                if !sig.contains(&pi) {
                    push_unique(&mut wit, pi);
                }
            }
        }
    }
    // "signée par le Président de la République, le Général X, et son
    // hôte", "signed by President X and his counterpart": the other
    // side's person named before.
    if sig.len() == 1 && f.status != Status::Referenced {
        for &si in &f.sentences {
            if let Some(pi) = unnamed_counterpart(m, si, sig[0]) {
                push_unique(&mut sig, pi);
                break;
            }
        }
    }
    // "In the presence of the three leaders", "sous la présidence des deux
    // Premiers ministres": the people of that title named before.
    if wit.is_empty() {
        for &si in f.sentences.iter().chain(f.umbrella.iter()) {
            if let Some(c) = m.cues_in(si).iter().find(|(_, c)| *c == Cue::Presence).map(|(sp, _)| sp.1) {
                for pi in present_by_title(m, si, c) {
                    push_unique(&mut wit, pi);
                }
            }
            // "the two heads of state witnessed the signing of": the subject.
            if let Some(c) = witnessed_at(m, si) {
                let start = m.folded.text.floor_char_boundary(c.saturating_sub(40)).max(m.sentences[si].start);
                let before = m.text((start, c));
                for pi in described(m, si, before.rsplit([',', ';']).next().unwrap_or(before)) {
                    push_unique(&mut wit, pi);
                }
            }
        }
    }
    // "signé par les deux présidents", "The four ministers also signed":
    // the officials of that title named before.
    if sig.is_empty() && f.status != Status::Referenced {
        sig = described_signers(m, f);
    }
    // "Les deux parties ont signé": the two people of the sentence before.
    if sig.is_empty() && f.status != Status::Referenced {
        let si = f.sentences[0];
        let both_subject = f.status == Status::Signed
            && m.cues_in(si).iter().any(|(sp, c)| {
                *c == Cue::BothParties && f.status_span.is_some_and(|ss| sp.1 <= ss.0 && m.folded.text[sp.1..ss.0].split(' ').filter(|w| !w.is_empty()).count() <= 3)
            });
        if both_subject && si > 0 {
            // Walk back a few sentences to the last that names two officials.
            let mut j = si;
            let mut looked = 0;
            while j > 0 && looked < 6 {
                j -= 1;
                if !matches!(m.sentences[j].kind, LineKind::Body) {
                    continue;
                }
                looked += 1;
                let ps: Vec<usize> = m.people_in(j).into_iter().filter(|p| m.people[*p].role.is_some() && !wit.contains(p)).collect();
                if ps.len() >= 2 {
                    sig = ps.into_iter().take(3).collect();
                    break;
                }
            }
        }
    }
    // "À la même occasion, la ministre a signé avec le directeur général
    // du Fonds, Taras Melnychuk, une convention": the office the subject
    // names stands for its holder named before.
    if f.status == Status::Signed
        && let Some(pi) = office_subject_signer(m, f)
        && !sig.iter().any(|&q| crate::people::same_person(m.text(m.people[q].name), m.text(m.people[pi].name)))
    {
        sig.insert(0, pi);
        wit.retain(|&w| w != pi);
    }
    wit.retain(|w| !sig.contains(w));
    (sig, wit)
}

/// The person a singular office stands for as the subject of the frame's
/// signing verb ("la ministre a signé", "the ambassador also signed",
/// "l'ambassadeur a paraphé"): the latest person named before the
/// sentence whose role opens on that office ("ministre de la Coopération",
/// not "vice-ministre"; in English, "Foreign Minister", not "Prime
/// Minister"), and, in French, not one whose role's determiner says the
/// other gender ("la ministre" is not "le ministre de l'Économie").
fn office_subject_signer(m: &Mentions, f: &Frame) -> Option<usize> {
    let si = f.sentences[0];
    let s = m.sentences[si];
    let (cs, _) = f.status_span.filter(|sp| sp.0 >= s.start && sp.0 < s.end)?;
    let before = m.text((m.folded.text.floor_char_boundary(cs.saturating_sub(48)).max(s.start), cs));
    let subject = before.rsplit([',', ';', ':', '(']).next().unwrap_or(before);
    let mut words: Vec<&str> = subject.split(' ').filter(|w| !w.is_empty()).collect();
    while words.last().is_some_and(|w| matches!(*w, "a" | "has" | "had" | "also" | "egalement" | "aussi" | "then" | "ensuite" | "quant" | "lui")) {
        words.pop();
    }
    let (det, office) = match words.as_slice() {
        [.., d, o] if matches!(*d, "la" | "le" | "the") => (*d, *o),
        [.., o] if o.starts_with("l'") => ("l'", &o[2..]),
        _ => return None,
    };
    // (Only the office and its determiner: "le ministre X" names X.)
    if words.len() > 2 || !crate::people::is_office_noun(office) {
        return None;
    }
    // (Read without allocating: the people before the sentence are read
    // back one by one.)
    let head_of = |r: &str| -> bool {
        let mut ws = r.split(' ');
        if m.lang == crate::extractor::Language::French {
            return ws.next() == Some(office);
        }
        // "Foreign Minister", "Minister of Trade", "the Ambassador of
        // Japan": the office as a word, with no "prime", "deputy", "vice",
        // "to", "of" before it.
        ws.take_while(|v| !matches!(*v, "prime" | "deputy" | "vice" | "assistant" | "former" | "junior" | "to" | "of")).any(|w| w == office)
    };
    let other_gender = |r: (usize, usize)| match (det, m.words_before(r.0, 1).first().copied()) {
        ("la", Some("le" | "du" | "au")) | ("le", Some("la")) => true,
        _ => false,
    };
    (0..m.people.partition_point(|p| p.name.1 <= s.start)).rev().find(|&pi| {
        let p = &m.people[pi];
        !p.reference && p.role.is_some_and(|r| head_of(m.text(r)) && !other_gender(r))
    })
}

/// Verbs of saying beyond [`REPORTING`] that make the person before them a
/// speaker: "X added that ...", "X a précisé que ...".
const SPEAKING: &[&str] = &[
    "says", "added", "told", "noted", "explained", "stressed", "indicated", "declared", "stated", "ajoute", "precise",
    "explique", "souligne", "affirme", "estime", "rappele", "rappelle", "recalled", "recalls",
];

/// Words before an agent who carried a bill or a text through a chamber
/// or a council, not its signer.
const CARRIED_BY: &[&str] = &[
    "defendu", "defendue", "presente par", "presentee par", "introduit par", "porte par", "presented by", "tabled by",
    "moved by", "introduced by", "piloted by",
    // The carrier as the clause's subject: "Tabling the motion, Deputy
    // Minister X told MPs", "Présentant le projet de loi, le ministre X".
    "tabling the", "moving the motion", "introducing the bill", "presenting the bill", "piloting the bill",
    "presentant le projet", "defendant le projet",
];

/// Whether the clause before folded `from` (not before `start`, its
/// sentence's) makes who is named at `from` a text's carrier through a
/// chamber: a phrase of [`CARRIED_BY`] in the last 60 bytes, at a word's
/// start ("défendu devant la plénière par"; not "représentée par"), or a
/// participle of [`CARRIER_VERBS`] with its "par" or "by" soon after and
/// no signing between ("Les trois textes ont été présentés aux députés par
/// la ministre X, et par le ministre Y"). One search of the clause.
fn carried_before(m: &Mentions, start: usize, from: usize) -> bool {
    static SEARCH: OnceLock<Phrases> = OnceLock::new();
    let search = SEARCH.get_or_init(|| Phrases::new(&[CARRIED_BY, CARRIER_VERBS].concat()));
    let text = &m.folded.text;
    let at = text.floor_char_boundary(from.saturating_sub(CARRIER_REACH)).max(start).min(from);
    let clause = &text[at..from];
    search.spans(clause).any(|(k, e)| {
        let hit = &clause[k..e];
        if CARRIED_BY.contains(&hit) {
            let word_start = if k == 0 { at == start || text.as_bytes()[at - 1] == b' ' } else { clause.as_bytes()[k - 1] == b' ' };
            return from - (at + k) <= CARRIED_BY_REACH && word_start;
        }
        // (Its agent soon after the participle: not "Le protocole, présenté
        // comme une avancée, a été conclu par X".)
        // (Nor a signing anywhere after it: "présenté par X, le texte a été
        // signé par Y".)
        let rest = &clause[e..];
        let agent = [" par ", " by "].iter().filter_map(|w| rest.find(w)).min();
        agent.is_some_and(|j| j <= CARRIER_AGENT_GAP) && !["sign", "paraph", "conclu", "inked", "sealed"].iter().any(|w| rest.contains(w))
    })
}

/// How far before a person a phrase of [`CARRIED_BY`] may end.
const CARRIED_BY_REACH: usize = 60;

/// How far after a participle of [`CARRIER_VERBS`] its "par" or "by" may
/// stand ("présentés aux députés par").
const CARRIER_AGENT_GAP: usize = 30;

/// Participles of carrying a text through a chamber, as words (folded),
/// whose agents after a "par" or "by" within [`CARRIER_AGENT_GAP`] bytes
/// carried the text (see [`carried_before`]).
const CARRIER_VERBS: &[&str] = &[
    " presente ", " presentes ", " presentee ", " presentees ", " defendu ", " defendus ", " defendue ", " defendues ",
    " presented ", " tabled ", " introduced ", " piloted ",
];

/// How far before a person the participle of [`CARRIER_VERBS`] may stand.
const CARRIER_REACH: usize = 160;

/// The speaker of a transcript's turn ("FOREIGN MINISTER ADEYEMI: ...")
/// when sentence `si` of that turn has the speaker sign ("Minister
/// Carvalho and I signed", "nous avons signé"): the person named before
/// whose name ends with the label's last word.
fn speaker_signing(m: &Mentions, si: usize) -> Option<usize> {
    let s = m.sentences[si];
    let cue = m.cues_in(si).iter().find(|(_, c)| matches!(c, Cue::Signed | Cue::Planned)).map(|(sp, _)| sp.0)?;
    let subject = m.text((m.folded.text.floor_char_boundary(cue.saturating_sub(30)).max(s.start), cue));
    // Only the singular: "we" may be the speaker's side alone.
    // ("Nous avons signé ce matin, le gouverneur X et moi-même, un
    // protocole": the speaker named after the verb.)
    let first_person = subject.split([' ', ',']).any(|w| matches!(w, "i" | "je" | "j'ai")) || with_the_speaker(m, si).is_some();
    if !first_person {
        return None;
    }
    // The turn's label: the start of the sentence's line, in capitals, up
    // to a colon.
    let line_start = m.folded.text[..s.start].rfind('\n').map_or(0, |k| k + 1);
    let (a, b) = m.folded.span(line_start, s.end);
    let line = &m.input[a..b];
    // A record's "The Minister for Foreign Affairs (Mr Kwame Mensah):": the
    // person named in the label's brackets, on this line or on the line
    // that opened the turn (no other label between).
    if let Some(pi) = recorded_speaker(m, line_start) {
        return Some(pi);
    }
    // (Or a name in title case, "Sandrine Colombet-Roux :", of a person
    // told before: see below.)
    let title_case = |l: &str| {
        let words: Vec<&str> = l.split(' ').collect();
        (2..=5).contains(&words.len()) && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
    };
    let Some(label) = line.split_once(':').map(|(l, _)| l.trim()).filter(|l| {
        l.len() <= 60 && l.chars().any(char::is_alphabetic) && (!l.chars().any(char::is_lowercase) || title_case(l))
    }) else {
        return speech_speaker(m, s.start);
    };
    let surname = crate::normalize::Folded::new(label.rsplit(' ').next()?).text;
    let by_surname = (0..m.people.len()).find(|&pi| {
        let p = &m.people[pi];
        !p.reference && p.name.1 <= s.start && m.text(p.name).rsplit(' ').next() == Some(surname.as_str())
    });
    // "M. M. A. S. :": the initials of a name told before ("Mariem Mint
    // Ahmed Salem").
    let initials: Option<String> = label.split(' ').map(|w| w.strip_suffix('.').filter(|l| l.chars().count() == 1)).collect();
    // (A title-case label of no one told before: the speech's own speaker.)
    let by_surname = by_surname.or_else(|| if label.chars().any(char::is_lowercase) { speech_speaker(m, s.start) } else { None });
    by_surname.or_else(|| {
        let initials = initials.filter(|i| i.len() >= 2)?;
        // (The mention with a role first: the one that says who it is.)
        let matches: Vec<usize> = (0..m.people.len()).filter(|&pi| {
            let p = &m.people[pi];
            let (a, b) = m.folded.span(p.name.0, p.name.1);
            let own: String = m.input[a..b].split([' ', '-']).filter_map(|w| w.chars().next()).collect();
            !p.reference && p.name.1 <= s.start && (own == initials || initials.len() > own.len() && initials.ends_with(&own) && own.len() >= 2)
        }).collect();
        matches.iter().copied().find(|&pi| m.people[pi].role.is_some()).or(matches.first().copied())
    })
}

/// The speaker of the turn that holds the line starting at folded
/// `line_start`, in a record whose labels name the speaker in brackets
/// ("The Minister for Foreign Affairs (Mr Kwame Mensah): Mr Speaker, ..."):
/// that line's label, else the nearest label above it within
/// [`TURN_LINES`] lines, unless a label of another form ("Mr Speaker:")
/// stands between.
fn recorded_speaker(m: &Mentions, line_start: usize) -> Option<usize> {
    let text = &m.folded.text;
    let mut start = line_start;
    for _ in 0..TURN_LINES {
        // (A label is short: only the line's first bytes are read.)
        let line = &text[start..text.floor_char_boundary((start + LABEL_BYTES + 1).min(text.len()))];
        let line = &line[..line.find('\n').unwrap_or(line.len())];
        if let Some(label) = line.split_once(':').map(|(l, _)| l).filter(|l| !l.contains([',', ';'])) {
            // A label of another form opens someone else's turn.
            let open = label.trim_end().strip_suffix(')').and_then(|inner| inner.rfind('('))?;
            let (from, to) = (start + open + 1, start + label.trim_end().len() - 1);
            let k = m.people.partition_point(|p| p.name.0 < from);
            return m.people[k..].iter().take_while(|p| p.name.0 < to).position(|p| p.name.1 <= to).map(|j| k + j);
        }
        if start == 0 {
            return None;
        }
        // The line before, read back a bounded way: a turn's paragraphs
        // are short next to a whole record.
        let back = text.floor_char_boundary(start.saturating_sub(TURN_BYTES));
        start = match text[back..start - 1].rfind('\n') {
            Some(k) => back + k + 1,
            None if back == 0 => 0,
            None => return None,
        };
    }
    None
}

/// How many lines above a paragraph the label that opened its turn may
/// stand (blank lines count).
const TURN_LINES: usize = 8;

/// The longest label of a turn ("The Minister for Foreign Affairs and
/// Regional Integration (Mr Kwame Mensah)").
const LABEL_BYTES: usize = 120;

/// The longest line read back for a turn's label.
const TURN_BYTES: usize = 8192;

/// The date of the sitting whose record holds folded offset `at`: the
/// nearest line before it, within [`SITTING_REACH`] bytes, that opens with
/// a sitting's noun and holds a full date.
fn sitting_date(m: &Mentions, at: usize) -> Option<(String, Span)> {
    // (Whole words before the day: not "Séance de travail", "Sitting of
    // the joint commission".)
    const OPENERS: &[&str] = &[
        "seance du ", "seance pleniere du ", "seance publique du ", "sitting of ", "plenary sitting of ", "sitting on ",
        "session pleniere du ", "seance du matin du ", "seance de l'apres-midi du ",
    ];
    let text = m.folded.text.as_str();
    let from = text.floor_char_boundary(at.saturating_sub(SITTING_REACH));
    let mut end = at;
    while end > from {
        let start = text[from..end].rfind('\n').map_or(from, |k| from + k + 1);
        let line = &text[start..end];
        let body = crate::segment::strip_date_marker(line.trim_start());
        if OPENERS.iter().any(|o| body.starts_with(o)) && line.len() <= SITTING_LINE_BYTES && line.bytes().any(|b| b.is_ascii_digit()) {
            let (a, b) = m.folded.span(start, start + line.trim_end().len());
            let written = &m.input[a..b];
            let folded = crate::normalize::Folded::new(written);
            if let Some(d) = crate::dates::find_dates(written, &folded, m.lang).into_iter().find(|d| matches!(d.expr, crate::dates::DateExpr::Full { .. })) {
                let crate::dates::DateExpr::Full { date, .. } = d.expr else { unreachable!() };
                let fa = m.folded.to_folded(a + d.start);
                let fb = m.folded.to_folded(a + d.end);
                return Some((date.to_string(), (fa, fb)));
            }
        }
        if start == from {
            break;
        }
        end = start - 1;
    }
    None
}

/// Whether one of the frame's sentences tells a chamber's vote
/// ([`tells_sitting`]) or names the bill ("Projet de loi portant assentiment
/// à ...").
fn chamber_vote(m: &Mentions, f: &Frame) -> bool {
    f.sentences.iter().any(|&si| {
        let t = m.text((m.sentences[si].start, m.sentences[si].end));
        // (Or the bill itself, as the record's order of business names it:
        // "Projet de loi portant assentiment à la Convention ...".)
        let bill = ["projet de loi", "proposition de loi", "bill ", "loi portant", "loi autorisant"].iter().any(|w| t.contains(w));
        // (Not a step of years ago that a speaker recalls.)
        let recalled = ["il y a ", " ago", "depuis des annees"].iter().any(|w| t.contains(w));
        (bill || tells_sitting(t)) && !recalled
    })
}

/// How far before a vote its sitting's heading is sought, in bytes.
const SITTING_REACH: usize = 16 * 1024;
/// The longest line read as a sitting's heading.
const SITTING_LINE_BYTES: usize = 120;

/// Whether one of the frame's sentences says its signers are those of the
/// instrument told before: "signée par les mêmes personnalités", "signed
/// by the same officials".
fn signed_by_the_same(m: &Mentions, f: &Frame) -> bool {
    f.sentences.iter().any(|&si| {
        m.cues_in(si).iter().any(|&(sp, c)| {
            let after = m.folded.text[sp.1..].trim_start();
            let agent = if c == Cue::SignedBy { Some(after) } else { ["par ", "by "].iter().find_map(|w| after.strip_prefix(w)) };
            agent.is_some_and(|a| ["les memes ", "les deux memes ", "the same "].iter().any(|w| a.starts_with(w)))
        })
    })
}

/// The person a speaker signs with: named within a few words after "avec",
/// "with" that follows the sentence's signing verb ("Je compte le signer
/// avec mon homologue sénégalais, M. X"; "I signed it with Minister X").
fn speaker_partner(m: &Mentions, si: usize) -> Option<usize> {
    let s = m.sentences[si];
    let cue = m.cues_in(si).iter().find(|(sp, c)| matches!(c, Cue::Signed | Cue::Planned) && m.text(*sp).contains("sign"))?.0.1;
    let rest = &m.folded.text[cue..m.folded.text.floor_char_boundary((cue + SPEAKER_PARTNER_BYTES).min(s.end))];
    // (Only the verb's object between: "le signer avec", "signed it with";
    // or anything, before the speaker's own counterpart: "I signed in
    // Kigali ... a memorandum ... with my Rwandan counterpart, Mr X".)
    let near = [" avec ", " with "].iter().filter_map(|w| rest.find(w).map(|k| k + w.len())).min().filter(|&k| rest[..k].split(' ').filter(|w| !w.is_empty()).count() <= 3);
    let whole = &m.folded.text[cue..s.end.max(cue)];
    let own_counterpart = || {
        [" with my ", " avec mon ", " avec ma "].iter().filter_map(|w| whole.find(w).map(|k| k + w.len())).min().filter(|&k| {
            whole[k..].split(' ').take(2).any(|x| matches!(x.trim_end_matches(','), "counterpart" | "homologue" | "colleague" | "collegue"))
        })
    };
    let from = cue + near.or_else(own_counterpart)?;
    // (Right after, with at most an article or a possessive between: not
    // "avec le Sénégal, en présence du président X".)
    m.people_in(si).into_iter().find(|&pi| {
        let p = &m.people[pi];
        let start = p.role.map_or(p.name.0, |(a, _)| a.min(p.name.0));
        !p.reference && start >= from && start - from <= SPEAKER_PARTNER_BYTES && {
            let gap = m.text((from, start));
            !gap.contains([',', ';', '(']) && gap.split([' ', '\'']).filter(|w| !w.is_empty()).count() <= 1
        }
    })
}

/// How many words before "à la signature" its "procéder" may stand
/// ("ont procédé mercredi à Alger à la signature").
const PROCEEDED_REACH: usize = 8;

/// How far after a speaker's signing verb the partner may be named.
const SPEAKER_PARTNER_BYTES: usize = 60;

/// The words that join the speaker to another signer ("le gouverneur X et
/// moi-même", "the minister and I").
const AND_ME: &[&str] = &[" et moi-meme", " et moi ", " et moi,", " and myself", " and i "];

/// "Nous avons signé ce matin, le gouverneur X et moi-même, un protocole":
/// the stretch of sentence `si` from its signing verb's end to the words
/// that join the speaker, when they stand between the verb and the next
/// instrument's name ("the agreement, which my colleague and I welcomed"
/// names no signer).
fn with_the_speaker(m: &Mentions, si: usize) -> Option<Span> {
    // (Most sentences sign nothing: the cues first, then one pass of a
    // searcher built once.)
    let first_signing = m.cues_in(si).iter().find(|(_, c)| *c == Cue::Signed)?.0.0;
    static PHRASES: OnceLock<Phrases> = OnceLock::new();
    let s = m.sentences[si];
    let from = first_signing.max(s.start);
    let k = from + PHRASES.get_or_init(|| Phrases::new(AND_ME)).starts(&m.folded.text[from..s.end]).next()?;
    let ce = m.cues_in(si).iter().filter(|&&((cs, _), c)| c == Cue::Signed && cs < k).map(|&((_, ce), _)| ce).last()?;
    let next_instrument = m.instruments.get(m.instruments.partition_point(|((a, _), _)| *a < ce)).map_or(s.end, |((a, _), _)| *a);
    (k < next_instrument).then_some((ce, k))
}

/// Headings that name the speaker of a whole text ("Speech delivered by
/// Hon. X, Minister of ...", "Allocution de M. Y").
const SPEECH_HEADINGS: &[&str] = &[
    "speech by", "speech delivered by", "remarks by", "address by", "statement by", "keynote address by",
    "allocution de", "discours de", "discours prononce par", "allocution prononcee par", "intervention de",
];

/// How far into a text a speech's heading may stand.
const SPEECH_HEADING_REACH: usize = 2000;

/// The speaker a heading near the top names, for a first-person signing
/// after it: the first person named within a few words of the heading.
fn speech_speaker(m: &Mentions, before: usize) -> Option<usize> {
    static HEADINGS: OnceLock<Phrases> = OnceLock::new();
    let headings = HEADINGS.get_or_init(|| Phrases::new(SPEECH_HEADINGS));
    let head = &m.folded.text[..m.folded.text.floor_char_boundary(before.min(SPEECH_HEADING_REACH))];
    let (_, end) = headings.spans(head).next()?;
    let pi = m.people.partition_point(|p| p.name.0 < end);
    m.people.get(pi).filter(|p| !p.reference && p.name.0 < end + 24 && p.name.1 <= before).map(|_| pi)
}

/// "signé ... par X", "signed ... by X": the word "par"/"by" stands between a
/// signing cue and the person.
fn by_after_cue(m: &Mentions, si: usize, p: usize) -> bool {
    let s = m.sentences[si];
    let cues = m.cues_in(si);
    let Some(cue_end) = cues.iter().filter(|((_, ce), c)| matches!(c, Cue::Signed | Cue::Planned | Cue::SigningNoun) && *ce <= p).map(|((_, ce), _)| *ce).max() else {
        return false;
    };
    let between = &m.folded.text[cue_end..p.min(s.end)];
    if between.starts_with("par ") || between.starts_with("by ") {
        return true;
    }
    // "porte la signature du doyen ..., le Pr X", "bears the signature of
    // the minister": the signature's owner, when no instrument stands
    // between.
    let lead = m.text((m.folded.text.floor_char_boundary(cue_end.saturating_sub(16)), cue_end));
    let of = |t: &str| ["signature du", "signature de", "signature des", "signature d'", "signature of", "signatures of"].iter().any(|w| t.ends_with(w));
    let owner = (of(lead) || ["du ", "de ", "des ", "d'", "of "].iter().any(|w| between.starts_with(w)) && lead.ends_with("signature"))
        && m.instruments.get(m.instruments.partition_point(|((a, _), _)| *a < cue_end)).is_none_or(|&((a, _), _)| a >= p);
    if owner {
        return true;
    }
    // Not the agent of another noun: "during a visit by X", "à
    // l'invitation par", "a State Visit to Rwanda by X" (the noun a few
    // words back, its destination between).
    let agent_of_signing = |k: usize| {
        !between[..k].rsplit(' ').take(4).enumerate().any(|(j, w)| {
            matches!(w, "visit" | "trip" | "tour" | "visite" | "invitation" | "initiative" | "request" | "demande" | "proposal" | "proposition")
                && (j == 0 || matches!(between[..k].rsplit(' ').nth(j - 1), Some("to" | "in" | "a" | "au" | "en" | "aux")))
        })
    };
    [" par ", " by "].iter().any(|w| between.match_indices(w).any(|(k, _)| agent_of_signing(k)))
}

/// Whether person `pi` stands right after folded position `b`, or in a
/// list of names joined right after it with nothing else between: "signed
/// by A and B", "signé par A, B et C", "witnessed by A and B".
fn joined_after(m: &Mentions, b: usize, pi: usize) -> bool {
    let p = m.people[pi].name.0;
    let text = &m.folded.text;
    if p < b {
        return false;
    }
    if text[b..p].trim().is_empty() {
        return true;
    }
    let mut at = b;
    let first = m.people.partition_point(|q| q.name.0 < b);
    for q in &m.people[first..] {
        if q.name.0 >= p {
            break;
        }
        // (A name's own office or honorific before it goes with it:
        // "witnessed by President X and Y".)
        let start = q.role.filter(|&(rs, re)| rs >= at && re <= q.name.0).map_or(q.name.0, |(rs, _)| rs);
        // (Mentions may overlap: one that starts inside the last breaks
        // the chain.)
        let Some(gap) = text.get(at..start).map(str::trim) else { return false };
        let gap = strip_honorifics(gap);
        if at > b && !matches!(gap, "," | "and" | "et" | ", and" | ", et") || at == b && !gap.is_empty() {
            return false;
        }
        at = q.name.1;
    }
    at > b && text.get(at..p).is_some_and(|g| matches!(g.trim(), "and" | "et" | ", and" | ", et" | ","))
}

/// `gap` without the honorifics that close it ("and Dr." → "and").
fn strip_honorifics(gap: &str) -> &str {
    let mut g = gap;
    while let Some((head, _)) = g.rsplit_once(' ').or(Some(("", g))).filter(|(_, w)| !w.is_empty() && crate::people::is_honorific(w)) {
        g = head.trim_end();
    }
    g
}

/// Whether a name without a title or role is a witness's all the same:
/// right after "witnessed by", "en présence de", or in a list of names
/// joined there ("witnessed by Emilio Reyes and Vo Quang Hieu"). (Of two
/// words at least: one capitalized word may be anything.)
fn bare_witness(m: &Mentions, si: usize, pi: usize) -> bool {
    let (a, b) = m.people[pi].name;
    m.text((a, b)).contains(' ') && m.cues_in(si).iter().any(|&((_, ce), c)| c == Cue::Presence && joined_after(m, ce, pi))
}

/// Whether a name without a title or role is a signer's all the same:
/// right after "signé par", "signed by", or after such a cue and followed
/// by the side it signed for ("signé par Awa Diallo pour le Mali et Kofi
/// Boateng pour le Ghana", "signed by John Mensah, for Ghana").
fn bare_signer(m: &Mentions, si: usize, pi: usize, signed_by: &[usize]) -> bool {
    let (p, e) = m.people[pi].name;
    let text = &m.folded.text;
    // "a été signé par": the longer signing cue holds the verb, "par" follows.
    let agent = m.cues_in(si).iter().filter(|&&(sp, c)| signing_with_agent(m, sp, c)).filter_map(|&((_, ce), _)| {
        let rest = &text[ce..];
        [" par ", " by "].into_iter().find(|w| rest.starts_with(w)).map(|w| ce + w.len() - 1)
    });
    let Some(b) = signed_by.iter().copied().chain(agent).filter(|&b| b <= p).max() else { return false };
    // "signed by Astilleros del Pacífico's president": a possessor.
    if text[e..].starts_with("'s ") {
        return false;
    }
    if joined_after(m, b, pi) {
        return true;
    }
    let after = text[e..].strip_prefix(',').unwrap_or(&text[e..]).trim_start();
    let Some(lead) = ["pour ", "for ", "au nom ", "on behalf of "].into_iter().find(|l| after.starts_with(l)) else { return false };
    // The side named within a few words: "pour la Côte d'Ivoire", "au nom
    // du gouvernement malien", "for the Republic of Ghana".
    let from = text.len() - after.len() + lead.len();
    let to = text.floor_char_boundary((from + 40).min(text.len()));
    let k = m.named.partition_point(|n| n.start < from);
    m.named.get(k).is_some_and(|n| n.start < to)
}

/// Whether a person is told to sign later through a pronoun of their own,
/// with no one else named between: "Energy Secretary X told reporters that
/// she expects to sign a letter of intent ...", "le ministre X a indiqué
/// qu'il signera ...".
fn pronoun_signer(m: &Mentions, si: usize, pi: usize) -> bool {
    let end = m.people[pi].name.1;
    // (A signing to come, not talks: "X said he hoped talks would
    // conclude".)
    let Some(&((cs, _), _)) = m.cues_in(si).iter().find(|((cs, _), c)| *c == Cue::Planned && *cs > end) else { return false };
    if cs - end > PRONOUN_SIGNER_REACH || !m.cues_in(si).iter().any(|&((a, b), c)| c == Cue::Planned && a == cs && m.text((a, b)).contains("sign")) {
        return false;
    }
    let between = m.text((end, cs));
    // (No one else named between: the people are sorted by their names.)
    let next = m.people.partition_point(|q| q.name.0 <= end);
    !between.contains([';', '.'])
        && m.people.get(next).is_none_or(|q| q.name.0 >= cs)
        && m.words_before(cs, 2).iter().any(|w| matches!(*w, "she" | "he" | "il" | "elle" | "qu'il" | "qu'elle"))
}

/// How far after a person's name their pronoun's signing to come may be
/// told, in bytes.
const PRONOUN_SIGNER_REACH: usize = 120;

/// Whether the person's name (or the role after it) is followed by a
/// relative clause whose verb is a signing of no other instrument than
/// one taken up: ", who will sign on behalf of Guyana", ", qui signera ce
/// protocole" (not ", who signed the 2004 protocol").
fn relative_signer(m: &Mentions, si: usize, pi: usize) -> bool {
    let person = &m.people[pi];
    let s = m.sentences[si];
    let end = person.role.map_or(person.name.1, |(_, b)| b.max(person.name.1)).min(s.end);
    let rest = &m.folded.text[end..s.end];
    let Some(clause) = [", who ", ", qui "].iter().find_map(|w| rest.strip_prefix(w)) else { return false };
    let at = s.end - clause.len();
    let clause_end = clause.find([',', ';', '.']).map_or(s.end, |k| at + k);
    m.cues_in(si).iter().any(|&((cs, ce), c)| {
        cs >= at
            && cs <= at + 24
            && (c == Cue::Signed || c == Cue::Planned && m.text((cs, ce)).split(' ').any(crate::cues::is_signing_word))
            && m.in_sentence(&m.instruments, si).iter().all(|((a, _), inst)| {
                // (A noun right after its determiner takes the instrument up:
                // "ce protocole", "the agreement".)
                let taken_up = inst.anaphor
                    || m.words_before(*a, 1).first().is_some_and(|w| {
                        matches!(*w, "ce" | "cet" | "cette" | "ces" | "this" | "these" | "that" | "those" | "the" | "le" | "la" | "les" | "l'")
                    });
                *a < ce || *a >= clause_end || taken_up
            })
    })
}

fn push_unique(v: &mut Vec<usize>, x: usize) {
    if !v.contains(&x) {
        v.push(x);
    }
}

/// People a description stands for in the frame's first sentence, as the
/// signing's subject ("The four ministers also signed") or after "par",
/// "by" ("signé par les deux présidents"): the latest people named before
/// whose role holds the description's title, as many as it counts (two
/// for "both", "les deux"), or every leader for "the leaders".
fn described_signers(m: &Mentions, f: &Frame) -> Vec<usize> {
    // The frame's sentences, then the umbrella over its list ("les deux
    // ministres ont procédé à la signature de deux instruments :").
    for &si in f.sentences.iter().chain(f.umbrella.iter()) {
        let s = m.sentences[si];
        // "- a Joint Action Plan on fisheries, by the two foreign
        // ministers.": a list item under an umbrella that signs names its
        // agents after "by" with no verb of its own.
        if s.kind == LineKind::Item && f.umbrella.is_some_and(|u| u != si) {
            let t = m.text((s.start, s.end));
            if let Some(k) = t.rfind(" by ").or_else(|| t.rfind(" par ")) {
                let found = described(m, si, &t[k + 4..]);
                if !found.is_empty() {
                    return found;
                }
            }
        }
        for &((cs, ce), c) in m.cues_in(si) {
            let proceeded = c == Cue::SigningNoun && m.words_before(cs, 3).iter().any(|w| w.starts_with("proced"));
            // ("qui doit être signée à Bignona au printemps par les deux
            // maires": a signing to come has its signers too.)
            let to_sign = c == Cue::Planned && m.text((cs, ce)).contains("sign");
            if !matches!(c, Cue::Signed | Cue::SignedBy) && !proceeded && !to_sign {
                continue;
            }
            // The subject: the words right before the cue, back to a comma;
            // the agent: right after "par", "by", or after the place and
            // the time ("signé à Alger le 3 mars par ...").
            let before = m.text((m.folded.text.floor_char_boundary(cs.saturating_sub(40)).max(s.start), cs));
            let after = m.text((ce, m.folded.text.floor_char_boundary((ce + 64).min(s.end))));
            let later_agent = || {
                let clause = &after[..after.find([',', ';', ':', '(']).unwrap_or(after.len())];
                [" par ", " by "].iter().filter_map(|w| clause.find(w).map(|k| (k, w.len()))).min().filter(|&(k, _)| adverbials_only(m, &clause[..k])).map(|(k, n)| &clause[k + n..])
            };
            // ("signé par" may be the cue itself: then the agent follows it.)
            let phrase = match ["par ", "by "].iter().find_map(|w| after.trim_start().strip_prefix(w)).or_else(later_agent) {
                Some(agent) => agent,
                None if c == Cue::SignedBy => after,
                None => before.rsplit([',', ';', ':']).next().unwrap_or(before),
            };
            let found = described(m, si, phrase);
            if !found.is_empty() {
                return found;
            }
        }
    }
    Vec::new()
}

/// The people a counted description in `phrase` stands for ("les deux
/// présidents", "the four ministers", "both leaders"), named before
/// sentence `si`.
fn described(m: &Mentions, si: usize, phrase: &str) -> Vec<usize> {
    let s = m.sentences[si];
    let words: Vec<&str> = phrase.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-')).filter(|w| !w.is_empty()).collect();
    for (k, w) in words.iter().enumerate() {
        let count = match *w {
            "deux" | "two" | "both" => 2,
            "trois" | "three" => 3,
            "quatre" | "four" => 4,
            "cinq" | "five" => 5,
            _ => continue,
        };
        // The title noun, maybe after an adjective ("deux Premiers
        // ministres", "the two foreign ministers").
        let premier = words.get(k + 1).is_some_and(|w| matches!(*w, "premiers" | "prime"));
        // "les deux chefs de délégation", "the two heads of delegation":
        // whoever led them, with a role of any kind.
        let delegations = words.get(k + 1).is_some_and(|w| matches!(*w, "chefs" | "heads"))
            && words.get(k + 3).is_some_and(|w| w.starts_with("delegation"));
        // "les deux chefs de la diplomatie", "the two heads of diplomacy",
        // "the two top diplomats": the foreign ministers.
        let diplomats = words.get(k + 1).is_some_and(|w| matches!(*w, "chefs" | "heads")) && words[k + 2..].iter().take(3).any(|w| matches!(*w, "diplomatie" | "diplomacy"))
            || words.get(k + 1) == Some(&"top") && words.get(k + 2).is_some_and(|w| w.starts_with("diplomat"));
        let title = words[k + 1..].iter().take(2).find_map(|w| match *w {
            _ if delegations => Some("delegation"),
            _ if diplomats => Some("diplomat"),
            // "les deux coprésidents", "the two co-chairs": who co-chaired.
            "copresidents" | "co-presidents" | "co-chairs" | "cochairs" | "co-chairmen" | "co-chairpersons" => Some("cochair"),
            "ministres" | "ministers" if premier => Some("premier"),
            "ministres" | "ministers" => Some("minist"),
            "presidents" => Some("presid"),
            "chefs" | "heads" | "leaders" | "dirigeants" => Some(""),
            // Any other office in the plural: "les deux maires", "the two
            // ambassadors", "les deux recteurs".
            _ => w.strip_suffix('s').filter(|one| one.len() > 2 && crate::people::is_office_noun(one)),
        });
        let Some(title) = title else { continue };
        // The ministers' portfolio, when the description gives it ("the
        // two foreign ministers", "les deux ministres des Affaires
        // étrangères"): their roles hold it.
        let portfolio: String = if title != "minist" {
            String::new()
        } else if words.get(k + 2).is_some_and(|w| *w == "ministers") && !premier {
            words[k + 1].to_string()
        } else if words.get(k + 1).is_some_and(|w| *w == "ministres") && words.get(k + 2).is_some_and(|w| matches!(*w, "des" | "de" | "du")) {
            // One word, two for the portfolios named so ("Affaires
            // étrangères", "Économie numérique"): not "Santé lors".
            let mut rest = words[k + 3..].iter().skip_while(|w| matches!(**w, "la" | "l'")).copied();
            let first = rest.next().unwrap_or("");
            match rest.next() {
                Some(second) if matches!(first, "affaires" | "economie" | "enseignement" | "relations" | "travaux" | "ressources" | "transports" | "finances") && second.len() > 3 && !FUNCTION_WORDS_FR.contains(&second) => format!("{first} {second}"),
                _ => first.to_string(),
            }
        } else {
            String::new()
        };
        let fits = |pi: usize| match title {
            "" => is_leader(m, pi) || counterpart_of_leader(m, pi),
            // (Named where the story tells of the delegations: "Les
            // délégations étaient conduites par ...".)
            "delegation" => {
                m.people[pi].role.is_some()
                    && m.sentence_of(m.people[pi].name.0).is_some_and(|sj| {
                        let t = m.text((m.sentences[sj].start, m.sentences[sj].end));
                        t.contains("delegation") || m.people[pi].role.is_some_and(|r| m.text(r).contains("delegation"))
                    })
            }
            "presid" => m.people[pi].role.is_some_and(|r| m.text(r).contains(title)) || counterpart_of_leader(m, pi),
            // (Named after "coprésidée par", "co-chaired by" in their
            // sentence.)
            // (In the agents' phrase only: not someone present named after
            // the sentence's verb.)
            "cochair" => m.sentence_of(m.people[pi].name.0).is_some_and(|sj| {
                let s = m.sentences[sj];
                let before = &m.folded.text[s.start..m.people[pi].name.0.max(s.start)];
                ["copresid", "co-presid", "co-chair", "cochair"].iter().filter_map(|w| before.rfind(w)).max().is_some_and(|k| {
                    let phrase = &before[k..];
                    !["presence", "s'est", "se sont", " ont ", " a ete", " was ", " were ", " held", " tenue", " took "].iter().any(|v| phrase.contains(v))
                })
            }),
            "diplomat" => m.people[pi].role.is_some_and(|r| {
                let r = m.text(r);
                FOREIGN_PORTFOLIOS.iter().any(|p| r.contains(p)) || r.starts_with("homologue") || r.contains("counterpart")
            }),
            // "Chinese Premier Zhou": the head of government is a prime minister.
            "premier" => {
                m.people[pi].role.is_some_and(|r| {
                    let r = m.text(r);
                    ["premier minist", "prime minist"].iter().any(|t| r.contains(t)) || m.lang == crate::extractor::Language::English && r.rsplit(' ').next() == Some("premier")
                }) || counterpart_of_leader(m, pi)
            }
            // "les deux ministres": not the Prime Minister who watched, but
            // a minister's "homologue".
            // (A portfolio said, its holder may be titled otherwise: "the
            // two foreign ministers" for Kenya's "Cabinet Secretary for
            // Foreign and Diaspora Affairs".)
            _ => m.people[pi].role.is_some_and(|r| {
                let r = m.text(r);
                (r.contains(title) || !portfolio.is_empty() && r.contains("secretary")) && !r.contains("premier minist") && !r.contains("prime minist") && r.contains(portfolio.as_str())
                    || r.starts_with("homologue")
                    || r.contains("counterpart")
                    || r.ends_with(" peer")
            }),
        };
        // The latest distinct people with that title before the sentence
        // (a caption may name one of them again).
        let mut out: Vec<usize> = Vec::with_capacity(count);
        for pi in (0..m.people.len()).rev().filter(|&pi| m.people[pi].name.1 <= s.start && !m.people[pi].reference && fits(pi)) {
            let name = |q: usize| m.text(m.people[q].name);
            if !out.iter().any(|&q| crate::people::same_person(name(q), name(pi))) {
                out.push(pi);
            }
            if out.len() == count {
                break;
            }
        }
        out.reverse();
        return if out.len() == count { out } else { Vec::new() };
    }
    Vec::new()
}

/// What the role of a state's head of diplomacy holds (folded).
const FOREIGN_PORTFOLIOS: &[&str] = &[
    "affaires etrangeres", "relations exterieures", "affaires exterieures", "foreign affairs", "foreign minister", "foreign secretary",
    "external affairs", "diplomatie", "canciller",
];

/// French words that end a portfolio's name after its noun.
const FUNCTION_WORDS_FR: &[&str] = &["lors", "pour", "dans", "avec", "sous", "entre", "apres", "avant", "depuis", "des", "les", "une", "qui", "que"];

/// Whether person `pi` is "son homologue", "his counterpart" after a
/// head of state or government named in the same sentence.
fn counterpart_of_leader(m: &Mentions, pi: usize) -> bool {
    m.people[pi].role.is_some_and(|r| m.text(r).contains("homologue") || m.text(r).contains("counterpart") || m.text(r).ends_with(" peer"))
        && m.sentence_of(m.people[pi].name.0).is_some_and(|sj| m.people_in(sj).into_iter().any(|q| q < pi && is_leader(m, q)))
}

/// Whether person `pi`'s role is a head of state's or government's.
fn is_leader(m: &Mentions, pi: usize) -> bool {
    m.people[pi].role.is_some_and(|r| {
        let role = m.text(r);
        let b = role.as_bytes();
        // A whole title ("roi" is not in "droits"); a university's
        // Vice-Chancellor is its head, not a government's.
        LEADER_TITLES.iter().any(|t| {
            role.match_indices(t).any(|(k, _)| {
                let end = k + t.len();
                (k == 0 || !b[k - 1].is_ascii_alphanumeric())
                    && (end == b.len() || !b[end].is_ascii_alphanumeric())
                    && !(t.starts_with("chancel") && (role[..k].ends_with("vice-") || role[..k].ends_with("vice ")))
            })
        })
    })
}

/// Titles of heads of state and government, whom "the leaders" and "les
/// deux chefs d'État" name.
const LEADER_TITLES: &[&str] = &[
    "president", "prime minister", "premier ministre", "chef du gouvernement", "chef de l'etat", "roi", "king", "emir",
    "chancellor", "chancelier", "head of government", "head of state", "crown prince", "prince heritier", "sultan",
    // The feminine titles the people lexicon gives.
    "presidente", "premiere ministre", "cheffe du gouvernement", "cheffe de l'etat", "reine", "queen", "chanceliere",
];
const LEADER_WORDS: &[&str] = &[
    "leaders", "dirigeants", "chefs d'etat", "heads of state", "chefs de gouvernement", "heads of government",
    "deux presidents", "two presidents", "chefs de l'executif",
];

/// The people a plural "leaders" phrase after a presence cue stands for:
/// every head of state or government named before that sentence.
fn leaders_before(m: &Mentions, si: usize, after: usize) -> Vec<usize> {
    let s = m.sentences[si];
    let clause = &m.folded.text[after..s.end];
    if !LEADER_WORDS.iter().any(|w| clause.contains(w)) {
        return Vec::new();
    }
    // "son homologue", "his counterpart" after a leader in one sentence is
    // a leader too.
    (0..m.people.len())
        .filter(|&pi| m.people[pi].name.0 < s.start && !m.people[pi].reference)
        .filter(|&pi| is_leader(m, pi) || counterpart_of_leader(m, pi))
        .collect()
}

/// Presence clauses in sentences that name no instrument, or only plurals
/// that take up the day's ("The documents were signed in the presence
/// of"): the ceremony's witnesses, for every instrument signed there.
fn ceremony_witnesses(m: &Mentions) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for si in 0..m.sentences.len() {
        // Plurals count when they take up the day's instruments ("the
        // documents", "les textes"), not "several agreements" or those of
        // another year ("In 2019, ...").
        let other = m.in_sentence(&m.instruments, si).iter().any(|((s, _), inst)| {
            !inst.plural
                || m.words_before(*s, 1).first().is_some_and(|w| {
                    matches!(*w, "several" | "many" | "numerous" | "various" | "some" | "plusieurs" | "nombreux" | "divers" | "quelques" | "certains")
                })
        });
        if m.sentences[si].kind != LineKind::Body || other || another_year(m, si) || crate::assemble::starts_with_singular_anaphor(m, si) {
            continue;
        }
        // "X was also present" tells of a ceremony only near a signing:
        // not "Opposition leader X was also present at the rally" far
        // from any.
        let cues = m.cues_in(si);
        let only_present = cues.iter().any(|(sp, c)| *c == Cue::WitnessedSigning && m.text(*sp).contains("present"))
            && cues.iter().all(|(sp, c)| *c != Cue::Presence && (*c != Cue::WitnessedSigning || m.text(*sp).contains("present")));
        let near_signing = || {
            (si.saturating_sub(PRESENT_REACH)..=si).any(|j| {
                !m.in_sentence(&m.instruments, j).is_empty() || m.cues_in(j).iter().any(|(_, c)| matches!(c, Cue::Signed | Cue::SignedBy | Cue::SigningNoun))
            })
        };
        if only_present && !near_signing() {
            continue;
        }
        for pi in sentence_witnesses(m, si) {
            if !out.iter().any(|&(_, q)| q == pi) {
                out.push((si, pi));
            }
        }
    }
    out
}

/// The sentence that tells who signed all of the day's documents, and
/// those signers: its only instrument nouns are plurals taken up ("Ces
/// instruments ont été signés par A et B", "The documents were signed by
/// A and B"), and its agent follows a signing cue ("signés par", "signed
/// by"), before any presence clause. Two signers at least.
fn ceremony_signers_of(m: &Mentions) -> Option<(usize, Vec<usize>)> {
    for si in 0..m.sentences.len() {
        if m.sentences[si].kind != LineKind::Body {
            continue;
        }
        let insts = m.in_sentence(&m.instruments, si);
        let taken_up = !insts.is_empty()
            && insts.iter().all(|((s, _), inst)| {
                inst.plural && m.words_before(*s, 1).first().is_some_and(|w| matches!(*w, "ces" | "les" | "these" | "the" | "both" | "all" | "tous"))
            });
        if !taken_up {
            continue;
        }
        let cues = m.cues_in(si);
        // (Any signing cue: with the documents as its subject, the people
        // after it are its agents, "signés, pour la partie burkinabè, par".)
        let Some(&(cue, _)) = cues.iter().find(|(sp, c)| signed_by_cue(m, *sp, *c) || *c == Cue::Signed) else { continue };
        // Not the documents of another year ("Les accords de 2001, signés
        // à Dakar par ...").
        if another_year(m, si) {
            continue;
        }
        // The agent marker right after the cue, or after an aside ("signés,
        // pour la partie burkinabè, par"), and a person's role or name
        // right after it.
        let near_cue = &m.folded.text[cue.1..m.folded.text.floor_char_boundary((cue.1 + 60).min(m.sentences[si].end))];
        let cue_text = m.text(cue);
        let marker = if cue_text.ends_with(" par") || cue_text.ends_with(" by") {
            Some(cue.1 + 1)
        } else {
            // (Only an aside set off by commas between: not "signed by
            // Kenya and Ethiopia were praised by ...".)
            [" par ", " by "].iter().filter_map(|w| near_cue.find(w).map(|k| (k, w.len()))).min().and_then(|(k, n)| {
                let between = &near_cue[..k];
                (between.is_empty() || between.starts_with(',') && between.ends_with(',')).then_some(cue.1 + k + n)
            })
        };
        let Some(marker) = marker else { continue };
        let presence = cues.iter().find(|(sp, c)| *c == Cue::Presence && sp.0 > cue.1).map_or(usize::MAX, |(sp, _)| sp.0);
        let signers: Vec<usize> = m.people_in(si).into_iter().filter(|&pi| m.people[pi].name.0 > cue.1 && m.people[pi].name.0 < presence).collect();
        let first_at = |pi: usize| m.people[pi].role.map_or(m.people[pi].name.0, |(a, _)| a.min(m.people[pi].name.0));
        if signers.len() >= 2 && signers.first().is_some_and(|&pi| first_at(pi) >= marker && first_at(pi) - marker <= 6) {
            return Some((si, signers));
        }
    }
    None
}

/// Whether sentence `si` gives a year, alone or in a full date, other than
/// the story's: what it tells is not the day's ceremony ("In 2019, ...").
fn another_year(m: &Mentions, si: usize) -> bool {
    let Some(doc_year) = m.doc_date.full.map(|d| d.year()) else { return false };
    m.in_sentence(&m.dates, si).iter().any(|(_, d)| match d.expr {
        crate::dates::DateExpr::Year(y) => y != doc_year,
        crate::dates::DateExpr::Full { date, .. } => date.year() != doc_year,
        _ => false,
    })
}

/// Strong list openers first: a weak one ("vise", "notamment") counts only
/// when no strong one is in the sentence.
fn is_strong_area_cue(t: &str) -> bool {
    !crate::cues::PREVOIR.contains(&t) && !matches!(t, "vise" | "concerne" | "notamment" | "y compris" | "en particulier" | "a savoir" | "entre autres" | "destine a" | "destinee a" | "destines a" | "cooperate on" | "cooperate in" | "cooperation on" | "cooperation in" | "cooperer dans" | "cooperation dans" | "cooperation en" | "en matiere de" | "aims at" | "deals with" | "areas of" | "cover")
}

/// The areas a frame's sentences list: a list after a strong opener in any
/// of its sentences, else after a weak one.
fn areas_of(m: &Mentions, f: &Frame) -> Vec<Span> {
    // First the openers the instrument itself governs ("L'accord porte
    // sur", "It covers"), then any strong opener, then weak ones.
    for (strong_pass, governed_only) in [(true, true), (true, false), (false, false)] {
        for &si in &f.sentences {
            let s = m.sentences[si];
            let chosen: Vec<Span> = m
                .cues_in(si)
                .iter()
                .filter(|(sp, c)| *c == Cue::AreaList && (si != f.sentences[0] || sp.0 >= f.kind_span.0))
                // A weak opener that ends its sentence on a colon over
                // bullets ("the two agencies will cooperate in:") is as
                // strong as any.
                .filter(|(sp, _)| {
                    let over_bullets = m.folded.text[sp.1..s.end].trim() == ":" && m.sentences.get(si + 1).is_some_and(|n| n.kind == LineKind::Item);
                    (is_strong_area_cue(m.text(*sp)) || over_bullets) == strong_pass
                })
                .filter(|(sp, _)| !governed_only || governed_by_instrument(m, si, sp.0))
                // "the sides reviewed progress on projects in trade, ...": the
                // talks' fields.
                .filter(|(sp, _)| governed_by_instrument(m, si, sp.0) || !crate::assemble::reviewed(m, sp.0))
                // A weak opener right after the instrument's name introduces
                // its subject ("an MoU on cooperation in fisheries"), not areas.
                .filter(|(sp, _)| strong_pass || si != f.sentences[0] || sp.0 < f.kind_span.0 || !names_subject(m, f.kind_span.1, sp.0))
                // Not a cue inside an instrument's own name ("memorandum of cooperation on").
                .filter(|(sp, _)| {
                    let i = m.instruments.partition_point(|((_, b), _)| *b <= sp.0);
                    m.instruments.get(i).is_none_or(|((a, _), _)| *a >= sp.1)
                })
                .map(|(sp, _)| *sp)
                .collect();
            // The last opener with a list wins: "couvrira la période ... et
            // interviendra dans les domaines de A, B et C", "dans divers
            // domaines tels que A, B".
            for cur in chosen.iter().rev() {
                // "dans le domaine de la pêche" names the subject, not a list.
                let rest = m.folded.text[cur.1..s.end].trim_start();
                let subject = rest.starts_with("le domaine") || rest.starts_with("the field");
                let mut items = if subject { Vec::new() } else { list_items(m, cur.1, s.end) };
                // "with a focus on the governorates of Irbid and Mafraq":
                // places, not fields.
                // (Capitalized fields are written so too, "Trade, Health
                // and Tourism": a division's noun must say it.)
                let places: Vec<(bool, bool)> = items.iter().map(|&it| place_like(m, it)).collect();
                if places.iter().all(|p| p.0 || p.1) && places.iter().any(|p| p.1) {
                    items.clear();
                }
                // "The MoU provides for a joint business council, co-chaired
                // by ...": a body it sets up, not its fields.
                // (The whole list: what follows a body in it is that body's
                // detail as often as a field.)
                let body_first = items.first().is_some_and(|it| {
                    let k = m.mechanisms.partition_point(|b| b.1 < it.1);
                    m.mechanisms.get(k).is_some_and(|b| b.1 == it.1 && b.0 >= it.0)
                });
                if body_first {
                    items.clear();
                }
                if items.len() >= 2 {
                    // "covers cooperation in a number of areas including
                    // terminal design, financing, ...": the first item starts
                    // after an opener nested in it.
                    let first = m.text(items[0]);
                    let nested = |o: &&str| {
                        first.match_indices(*o).find(|&(k, _)| k > 0 && first[..k].ends_with(' ') && first[k + o.len()..].starts_with(' ')).map(|(k, _)| k + o.len() + 1)
                    };
                    if let Some(k) = EXAMPLE_OPENERS.iter().filter_map(nested).max()
                        && k < first.len()
                    {
                        items[0].0 += k;
                    }
                    // "provides for ECOWAS support in several areas,
                    // including A, B and C": the opener after the first
                    // comma starts the list; what stands before it frames it.
                    let between = m.text((items[0].1, items[1].0.max(items[0].1)));
                    let frame_noun = m.text(items[0]).rsplit(' ').next().is_some_and(|w| {
                        ["areas", "fields", "sectors", "domains", "domaines", "secteurs", "matters", "questions", "volets"].contains(&w)
                    });
                    if items.len() >= 3 && frame_noun && EXAMPLE_OPENERS.iter().any(|o| between.contains(o)) {
                        items.remove(0);
                    }
                    return items;
                }
                // "The MoU covers the following main areas of cooperation:"
                // over a bulleted list: the bullets.
                if rest.trim_end().ends_with(':') || rest.is_empty() && m.text(*cur).ends_with(':') {
                    let bullets = bulleted_items(m, si);
                    if bullets.len() >= 2 {
                        return bullets;
                    }
                    // "porte notamment sur :", then a line that goes on in
                    // lowercase, "la sécurisation des frontières ; le partage
                    // de renseignements ; ...": the list without bullets.
                    if let Some(next) = m.sentences.get(si + 1).filter(|n| n.kind == LineKind::Body && n.line == s.line + 1)
                        && m.folded.input_char(m.input, next.start).is_some_and(char::is_lowercase)
                    {
                        let items = list_items(m, next.start, next.end);
                        if items.len() >= 2 {
                            return items;
                        }
                    }
                }
            }
        }
    }
    Vec::new()
}

/// Whether a list item may name a place rather than a field: (capitalized
/// words only, as "Mafraq", "Greater Accra"; a division's noun before its
/// name, as "the governorates of Irbid", "la région de Kayes").
fn place_like(m: &Mentions, (a, b): Span) -> (bool, bool) {
    let (ia, ib) = m.folded.span(a, b);
    let written = &m.input[ia..ib];
    let capitalized = written.split(' ').filter(|w| !matches!(*w, "of" | "de" | "du" | "des" | "d'" | "the" | "la" | "le")).all(|w| w.chars().next().is_some_and(char::is_uppercase));
    let folded = m.text((a, b));
    let folded = folded.strip_prefix("the ").unwrap_or(folded);
    let division = folded.split_once(' ').is_some_and(|(noun, rest)| {
        crate::people::is_town_head(noun) && ["of ", "de ", "du ", "d'"].iter().any(|p| rest.starts_with(p)) && {
            let name = rest.split_once([' ', '\'']).map_or("", |(_, n)| n);
            let (na, _) = m.folded.span(b - name.len(), b);
            m.input[na..].chars().next().is_some_and(char::is_uppercase)
        }
    });
    (!written.is_empty() && capitalized, division)
}

/// The list items that follow sentence `si`, one per line, without the
/// bullet and the closing punctuation; a catch-all item ("Any other area of
/// mutual interest") is left out.
fn bulleted_items(m: &Mentions, si: usize) -> Vec<Span> {
    let text = &m.folded.text;
    let mut out: Vec<Span> = Vec::new();
    let mut lines: Vec<Span> = Vec::new();
    // A nested list ends where the bullets come back to the level of the
    // item that opened it, or of its own first item:
    // "- Le protocole couvre les domaines suivants :", "   - a ;", "   - b.",
    // "- Un comité mixte ..." holds two areas.
    let indent = |at: usize| {
        let line_start = text[..at].rfind('\n').map_or(0, |k| k + 1);
        text[line_start..].bytes().take_while(|&b| b == b' ' || b == b'\t').count()
    };
    let opener = m.sentences[si];
    let first = m.sentences.get(si + 1).map_or(0, |s| indent(s.start));
    // (A flat list whose first bullet opens it keeps every bullet.)
    let floor = (opener.kind == LineKind::Item).then(|| indent(opener.start)).filter(|&f| first > f);
    // The indent of each line, read once per line: a line may hold many
    // sentences.
    let mut line_indent: Option<(usize, usize)> = None;
    let mut nested = |s: &&crate::segment::Sentence| {
        let level = match line_indent {
            Some((line, level)) if line == s.line => level,
            _ => {
                let level = indent(s.start);
                line_indent = Some((s.line, level));
                level
            }
        };
        floor.is_none_or(|f| level > f) && level >= first
    };
    for s in m.sentences[si + 1..].iter().take_while(|s| s.kind == LineKind::Item).take_while(&mut nested) {
        match lines.last_mut() {
            Some(l) if m.sentence_of(l.0).is_some_and(|k| m.sentences[k].line == s.line) => l.1 = s.end,
            _ => lines.push((s.start, s.end)),
        }
    }
    for (a, b) in lines {
        let t = &text[a..b];
        // Past the bullet and the item's number ("- ", "2. ", "(iv) ").
        let marker = t.find(|c: char| c.is_alphanumeric() || c == '(').unwrap_or(t.len());
        let marker = marker + crate::segment::item_number_len(&t[marker..]);
        let lead = marker + t[marker..].find(|c: char| c.is_alphanumeric()).unwrap_or(t.len() - marker);
        let body = t[lead..].trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ';' | '.' | ','));
        let body = body.strip_suffix(" and").or_else(|| body.strip_suffix(" et")).unwrap_or(body).trim_end_matches([';', ',']);
        let catch_all = ["any other", "all other", "tout autre", "tous autres", "toute autre", "autres domaines", "other areas"].iter().any(|w| body.starts_with(w));
        // Without its leading determiner, as the items of a running list.
        let article = ["de la ", "l'", "le ", "la ", "les ", "du ", "des ", "the ", "a ", "an ", "un ", "une "].iter().find(|d| body.starts_with(**d) && body.len() > d.len()).map_or(0, |d| d.len());
        let body = &body[article..];
        if body.len() >= 3 && !catch_all {
            out.push((a + lead + article, a + lead + article + body.len()));
        }
    }
    out
}

/// Whether the list opener at `cue` follows an instrument noun or an
/// anaphor for one closely: "L'accord porte sur", "It covers", "the MoU,
/// signed yesterday, covers".
fn governed_by_instrument(m: &Mentions, si: usize, cue: usize) -> bool {
    let s = m.sentences[si];
    let i = m.instruments.partition_point(|((_, b), _)| *b <= cue);
    let near_noun = i.checked_sub(1).is_some_and(|k| {
        let ((a, b), _) = m.instruments[k];
        a >= s.start && cue - b <= 40
    });
    let opening = m.folded.text[s.start..cue].trim_start();
    let anaphor = cue - s.start <= 60
        && ["it ", "il ", "elle ", "le texte", "ce texte", "le document", "the text", "the document", "the plan", "le plan", "ce document"]
            .iter()
            .any(|a| opening.starts_with(a));
    near_noun || anaphor
}

/// Whether the words from an instrument's name to a list opener only
/// continue the name ("an MoU on cooperation in", "accord sur la coopération
/// dans"): the opener then introduces the name's subject.
fn names_subject(m: &Mentions, name_end: usize, cue: usize) -> bool {
    if cue < name_end || cue - name_end > 40 {
        return false;
    }
    let between = &m.folded.text[name_end..cue];
    // ("un programme exécutif pour la période 2025-2028, qui prévoit": the
    // opener is a relative clause's verb.)
    let relative = [" qui ", " which ", " that "].iter().any(|w| between.ends_with(w));
    !relative && (between.trim().is_empty() || [" on ", " sur ", " de ", " d'", " in ", " pour ", " for ", " relatif", " portant"].iter().any(|p| between.starts_with(p)))
}

/// List stops that end an attribution clause.
const ATTRIBUTIONS: &[&str] = &[" said", " says", " told", " a indique", " a annonce", " a precise"];

/// Whether a folded word is a French infinitive ("soutenir", "renforcer"),
/// which opens a purpose clause, not a list of fields.
fn is_infinitive(w: &str) -> bool {
    const NOUNS: &[&str] = &["dossier", "atelier", "chantier", "secteur", "acier", "fer", "mer", "hiver", "avenir", "plaisir", "loisir", "elevage", "cuir", "desir", "navire", "territoire", "laboratoire", "commerce", "barrage", "reseau"];
    w.len() >= 5 && (w.ends_with("er") || w.ends_with("ir") || w.ends_with("re")) && !NOUNS.contains(&w) && !w.ends_with("ire") && !w.ends_with("ure") && !w.ends_with("tre") && !w.ends_with("bre") && !w.ends_with("dre") && !w.ends_with("vre") && !w.ends_with("gre") && !w.ends_with("ere")
}

/// Leading words dropped from a list item.
const ITEM_LEAD: &[&str] = &["and ", "et ", "ainsi que ", "as well as ", "de la ", "de l'", "des ", "du ", "de ", "d'", "la ", "le ", "les ", "l'", "the ", "a ", "un ", "une ", "au ", "aux ", "an ", "in ", "on ", "of ", "en ", "dans ", "sur ", "for ", "to "];
/// Adverbs that open examples, stripped from an item before
/// [`ITEM_LEAD`]'s words ("in particular" before "in").
const EXAMPLE_LEAD: &[&str] = &["y compris ", "en particulier ", "a savoir ", "entre autres ", "notably ", "namely ", "in particular "];
/// A list's own opener or heading left at an item's start.
const LIST_LEAD: &[&str] = &[
    "notamment ", "especially ", "particularly ", "including ", "such as ", "tels que ", "le domaine de ", "les domaines de ",
    "les domaines ", "domaines de ", "domaines des ", "domaines du ", "secteurs de ", "secteurs des ", "secteurs du ", "filieres de ",
    "filieres des ", "filieres du ", "fields of ", "areas of ", "sectors of ",
];
/// A list ends before these.
const LIST_END: &[&str] = &[
    ", signe", ", signee", ", signes", ", signees", ", signed", ", qui ", ", which ", ", who ", ", a indique", ", a-t-il",
    ", a-t-elle", ", said", ", selon", ", according", ", while", ", tandis", ", alors", ", et sera", ", and will", ", et a ",
    ", and was", ", afin", ", in order", ", pour ", ", en vue", " afin de", " in order to", " so as to", ", and the ",
    ", et de renforcer", ", as well as to", ", ainsi qu'a", " pour une duree", " for a period", " pour la periode",
    ", and sets", ", and provides", ", and will", ", and establishes", ", and creates", ", and calls", ", and aims",
    ", and tasks", ", a annonce", ", ont annonce", ", a precise", ", a declare", ", a ajoute", ", a souligne",
    ", announced", ", officials", ", the ministry", ", le ministere", ", avec ", ", with ", ", et prevoit", ", et met", ", et cree", ", et institue", ", et porte", ", et vise", ", et sera",
    " as priorit", " comme priorit", " said", " says", " told", " a indique", " a annonce", " a precise",
    // An attribution with its subject after the verb: ", précise la même
    // source", ", indique le communiqué".
    ", precise l", ", precise le", ", indique l", ", indique le", ", souligne l", ", souligne le", ", ajoute l",
    ", ajoute le", ", explique l", ", explique le", ", rapporte l", ", rapporte le", ", affirme l", ", affirme le",
    ", note l", ", note le",
    // The main clause resumes after a parenthetical list: "The MoU,
    // covering A, B and C, was signed by ...".
    ", was ", ", were ", ", has been", ", have been", ", will be", ", a ete", ", ont ete", ", sera ", ", seront ",
    ", devrait ", ", devraient ", ", doit ", ", doivent ", ", pourrait ", ", pourraient ", ", should ", ", would ",
    ", could ", ", is expected", ", are expected", ", est prevu", ", sont prevu",
    " dans le cadre", ", conformement", ", en presence", " en presence", ", in the presence", " in the presence", ", witnessed",
    // A setting after the list: "..., dans un secteur éprouvé par des
    // années de grèves", "..., in a region hit by drought".
    ", dans un ", ", dans une ", ", in a ", ", in an ",
    // The instrument's next verb after the list: "covers A, B and C, and
    // paves the way for ...", "et ouvre la voie à ...".
    ", and paves", ", and opens", ", and allows", ", and enables", ", and includes", ", and commits", ", and seeks",
    ", and lays", ", and foresees", ", and envisages", ", and outlines", ", and replaces", ", and marks", ", and gives",
    ", and grants", ", and follows", ", and comes", ", et ouvre", ", et permet", ", et jette", ", et marque", ", et fixe",
    ", et remplace", ", et s'inscrit", ", et vient", ", et pose",
    // A place's apposition: "..., one of the regions worst hit by ...".
    ", one of the ", ", l'une des ", ", l'un des ",
    // A judgement of the whole in apposition: "..., a response to the
    // outbreaks that ...", "..., un pas vers ...".
    ", a response", ", in response", ", en reponse", ", a move ", ", a step ", ", a first ", ", a milestone", ", un pas ",
    ", une etape", ", une premiere", ", une avancee",
    // Another step's participle: "covering A, B and C, exchanged by X".
    ", exchanged", ", inked", ", initialled", ", initialed", ", concluded", ", echange", ", echanges", ", echangee",
    ", echangees", ", paraphe", ", conclu", ", conclues", ", conclus", ", conclue",
    // An apposition that sums the items up: "A, B et C, des secteurs dans
    // lesquels ...", "A, B and C, areas in which ...".
    ", des secteurs ", ", des domaines ", ", des filieres ", ", autant de ", ", secteurs dans", ", domaines dans",
    ", domaines ou", ", areas in which", ", areas where", ", sectors in which", ", sectors where", ", fields in which",
    ", fields where", ", all areas", ", all sectors", ", all fields",
    // A participle clause on what the items allow: "covers A, B and C,
    // allowing young people to work".
    ", allowing", ", enabling", ", permettant", ", giving", ", ensuring",
    // A new clause with its own subject: "covers A, B and C, and it
    // provides that ...".
    ", and it ", ", and they ", ", and this ", ", et il ", ", et elle ", ", et ils ", ", et elles ",
    // A subordinate clause: "on urban environmental management, as the
    // two port cities seek ...".
    ", as the ", ", as they ", ", as both ", ", because ", ", since the ", ", car ", ", puisque ", ", parce que ",
    // The main clause's passive signing: "portant sur A et B a été signée par".
    " a ete signe", " a ete signee", " ont ete signes", " ont ete signees", " was signed", " were signed",
    " has been signed", " have been signed",
    // Where the signing took place, after a comma: "portant sur A, au siège
    // de l'organisation à Washington", "covering A and B, at the State
    // House".
    ", au siege", ", au palais", ", au ministere", ", a l'hotel", ", a la residence", ", a la presidence", ", a la primature",
    ", lors de", ", au cours de", ", en marge", ", at the headquarters", ", at the state house", ", at the presidential",
    ", at the ministry", ", at the palace", ", at the office", ", during the visit", ", during a visit", ", during the ceremony",
    ", during a ceremony", ", on the sidelines",
];
const CATCH_ALL: &[&str] = &[
    " dans d'autres", " et d'autres", " ainsi que d'autres", " among others", " and other", " dans les autres", " entre autres",
    " and others", " et autres",
];

/// Definite articles that open a list's items.
const DEFINITE_ARTICLES: &[&str] = &["la ", "le ", "les ", "l'", "the "];

/// Where the last item of a list starts after `conj` ("et", "and") in its
/// last chunk: the rightmost conjunction before an article ("... d'arbitres
/// et la participation aux compétitions d'athlétisme et de handball"),
/// else the rightmost.
///
/// When the list's items open with a definite article (`definite`), a
/// conjunction before one comes first: in "l'échange de données et la
/// gestion des crues et des étiages" the last item is "la gestion des
/// crues et des étiages".
fn last_coordination(chunk: &str, conj: &str, definite: bool, proper_pair: &dyn Fn(usize) -> bool) -> Option<usize> {
    const ARTICLES: &[&str] = &["la ", "le ", "les ", "l'", "un ", "une ", "du ", "des ", "au ", "aux ", "the ", "a ", "an "];
    // "unreported and unregulated fishing": "and" between two English
    // adjectives joins them inside one item.
    let inside = |k: usize| {
        let before = chunk[..k].rsplit(' ').next().unwrap_or("");
        let after = chunk[k + conj.len()..].split(' ').next().unwrap_or("");
        conj == " and " && english_adjective(before) && english_adjective(after) || BINOMIALS.contains(&(before, after))
    };
    let article = |k: usize| ARTICLES.iter().any(|a| chunk[k + conj.len()..].starts_with(a));
    // "across the Namanga and Isebania borders": two names joined inside
    // the item, passed over when another conjunction can end the list.
    let definite_after = |k: usize| definite && DEFINITE_ARTICLES.iter().any(|a| chunk[k + conj.len()..].starts_with(a));
    // "l'harmonisation des tarifs entre le réseau bâlois et le réseau
    // allemand": the conjunction that completes "entre A", "between A"
    // joins inside the item.
    // (Not after a plural, which "entre" takes alone: "la coopération
    // entre les archives nationales et la formation".)
    let paired = |k: usize| {
        let before = &chunk[..k];
        let opener = [" entre ", " between "].iter().filter_map(|w| before.rfind(w).map(|o| o + w.len())).max();
        opener.is_some_and(|o| {
            let mut words = before[o..].split(' ');
            let singular = match (words.next().unwrap_or(""), words.next().unwrap_or("")) {
                ("le" | "la" | "un" | "une" | "a" | "an", _) => true,
                (w, _) if w.starts_with("l'") => true,
                ("the", next) => !next.ends_with('s') && !matches!(next, "two" | "three" | "four" | "five"),
                _ => false,
            };
            singular && !before[o..].contains(conj)
        })
    };
    let pick = |skip_names: bool| {
        let ok = |k: usize| !(skip_names && proper_pair(k)) && !paired(k);
        let conjunctions = || chunk.rmatch_indices(conj).map(|(k, _)| k);
        conjunctions()
            .find(|&k| definite_after(k) && ok(k))
            .or_else(|| conjunctions().find(|&k| article(k) && ok(k)))
            .or_else(|| conjunctions().find(|&k| !inside(k) && ok(k)))
    };
    pick(true).or_else(|| pick(false))
}

/// Fixed pairs that name one field ("search and rescue", "recherche et
/// sauvetage"): a list never ends between them.
const BINOMIALS: &[(&str, &str)] = &[
    ("search", "rescue"), ("recherche", "sauvetage"), ("research", "development"), ("recherche", "developpement"),
    ("monitoring", "evaluation"), ("suivi", "evaluation"), ("oil", "gas"), ("petrole", "gaz"), ("science", "technology"),
    ("sciences", "technologies"), ("operation", "maintenance"), ("exploitation", "maintenance"), ("trial", "error"),
];

/// Whether a folded English word reads as an adjective by its ending
/// ("illegal", "unreported", "maritime" does not).
fn english_adjective(w: &str) -> bool {
    // "-ent", "-ant" and "-ment" words are mostly nouns in these lists
    // ("investment", "migrant").
    ["al", "ed", "ive", "ic", "ous", "ful", "able", "ible", "ary"].iter().any(|e| w.len() > e.len() + 2 && w.ends_with(e))
}

/// Words that open examples: inside a list's first item, after the words
/// that frame the list ("cooperation in a number of areas including"), and
/// deep in a sentence that names no instrument (see `assemble::frames`).
pub(crate) const EXAMPLE_OPENERS: &[&str] = &["including", "such as", "notamment", "tels que", "telles que", "y compris", "namely", "a savoir"];

/// Asides between commas that may stand between a list's verb and its
/// first item ("Le programme prévoit, pour sa part, l'organisation de ...",
/// "The plan covers, among other things, ...").
const INCIDENTALS: &[&str] = &[
    "pour sa part", "pour leur part", "quant a lui", "quant a elle", "quant a eux", "de son cote", "de leur cote",
    "en outre", "par ailleurs", "egalement", "en particulier", "for its part", "for their part", "in turn",
    "among other things", "inter alia", "moreover", "in particular",
];

/// `start`, or the first byte after an aside of [`INCIDENTALS`] between
/// commas that opens folded `text[start..limit]`.
fn after_incidental(text: &str, start: usize, limit: usize) -> usize {
    let Some(rest) = text[start..limit].trim_start().strip_prefix(',') else { return start };
    let inner = rest.trim_start();
    INCIDENTALS
        .iter()
        .find_map(|w| inner.strip_prefix(w).and_then(|r| r.strip_prefix(',')))
        .map_or(start, |r| limit - r.trim_start().len())
}

/// The items of a list starting at folded `start`, ending at the sentence's
/// end or a clause boundary.
fn list_items(m: &Mentions, start: usize, limit: usize) -> Vec<Span> {
    let text = &m.folded.text;
    // "porte sur trois points : a ; b ; c", "covers the following: a, b":
    // a count before a colon announces the list that follows it.
    let start = match text[start..limit].find(':') {
        Some(k) if text[start..start + k].trim().is_empty() || k <= 40 && announces_list(&text[start..start + k]) => start + k + 1,
        _ => start,
    };
    let start = after_incidental(text, start, limit);
    let mut end = limit;
    // The first stop: '.', ';', ':', '(', '"' or " - ".
    let region = &text.as_bytes()[start..limit];
    // An acronym in brackets goes on with its item ("unregulated (IUU)
    // fishing").
    let acronym_at = |k: usize| {
        let close = region[k..].iter().take(10).position(|&c| c == b')');
        close.is_some_and(|n| n >= 3 && region[k + 1..k + n].iter().all(u8::is_ascii_alphanumeric) && {
            let (a, b) = m.folded.span(start + k + 1, start + k + n);
            m.input[a..b].chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        })
    };
    // So does a short aside in brackets after an item's words, closed
    // before any stop: its examples ("la transformation du lait (fromages,
    // yaourts)", "mobility (master's and doctoral)").
    // (Not a remark: "(the text was not released)", "(voir ci-dessous)".)
    let aside_at = |k: usize| {
        let inner = &region[k + 1..];
        let first = inner.split(|&c| !c.is_ascii_alphanumeric() && c != b'\'').next().unwrap_or(b"");
        k > 0
            && region[k - 1] == b' '
            && !ASIDE_REMARKS.iter().any(|w| w.as_bytes() == first || first.starts_with(w.as_bytes()) && w.ends_with('\''))
            && inner.iter().take(ASIDE_MAX).take_while(|&&c| !matches!(c, b'.' | b';' | b':' | b'(' | b'"')).any(|&c| c == b')')
    };
    let stops = |semicolon: bool| {
        region.iter().enumerate().position(|(k, &c)| {
            matches!(c, b'.' | b':' | b'"') || c == b';' && semicolon || c == b'(' && !acronym_at(k) && !aside_at(k) || (c == b' ' && region[k..].starts_with(b" - "))
        })
    };
    let mut stop = stops(true);
    // A series whose items the semicolons part ("dans les domaines
    // suivants : la recherche halieutique ; l'évaluation des stocks ; la
    // formation des marins-pêcheurs"): three items or more, up to the next
    // stop; a lone semicolon ends a clause instead.
    let semicolons = stop.is_some_and(|k| region[k] == b';') && {
        let series = stops(false).unwrap_or(region.len());
        region[..series].iter().filter(|&&c| c == b';').count() >= 2
    };
    if semicolons {
        stop = stops(false);
    }
    if let Some(k) = stop {
        end = end.min(start + k);
    }
    // The first clause boundary, then the first catch-all tail, each found
    // in one pass by an automaton built once.
    static ENDS: OnceLock<AhoCorasick> = OnceLock::new();
    static TAILS: OnceLock<AhoCorasick> = OnceLock::new();
    let leftmost = |pats: &[&str]| {
        AhoCorasick::builder().match_kind(aho_corasick::MatchKind::LeftmostFirst).build(pats).expect("fixed phrases compile")
    };
    let ends = ENDS.get_or_init(|| leftmost(LIST_END));
    let tails = TAILS.get_or_init(|| leftmost(CATCH_ALL));
    // ", and the" closes a list before a new clause, but continues one
    // whose items all open with "the" (a serial comma: "the taking of
    // evidence, the service of documents, and the freezing of proceeds").
    let parallel = |upto: usize| {
        let chunks: Vec<&str> = text[start..upto].split(',').map(str::trim_start).collect();
        chunks.len() >= 2 && chunks.iter().all(|c| c.starts_with("the "))
    };
    // Nor does it close a list whose last item is a short noun phrase up
    // to the list's end ("space weather research, and the exchange of
    // astronaut training expertise."): a serial comma before the last item.
    // (A "to" that opens an infinitive starts a clause; one before an
    // article or a proper name does not: "the certification of exports to
    // Europe".)
    let infinitive = |at: usize| {
        let rest = &text[at..end];
        rest.match_indices(" to ").any(|(k, w)| {
            let next = at + k + w.len();
            let word = text[next..end].split([' ', ',', '.']).next().unwrap_or("");
            !matches!(word, "the" | "a" | "an" | "its" | "their") && !m.folded.upper_at(m.input, next)
        })
    };
    let last_item = |at: usize| {
        let rest = &text[at..end];
        rest.len() <= 60 && ![" will ", " is ", " are ", " was ", " were ", " has ", " have ", " would ", " said", " sign"].iter().any(|v| rest.contains(v)) && !infinitive(at)
    };
    let mut from = start;
    let found = loop {
        match ends.find(&text[from..end]) {
            Some(k) if &text[from + k.start()..from + k.end()] == ", and the " && (parallel(from + k.start()) || last_item(from + k.end())) => from += k.end(),
            // "porte sur la formation, dans un premier temps, puis ...": a
            // step of time, not a setting.
            Some(k) if text[from + k.start()..from + k.end()].starts_with(", dans un") && ["premier temps", "second temps", "deuxieme temps", "premier lieu", "second lieu"].iter().any(|t| text[from + k.end()..end].starts_with(t)) => from += k.end(),
            other => break other.map(|k| aho_corasick::Match::new(k.pattern(), from - start + k.start()..from - start + k.end())),
        }
    };
    if let Some(k) = found {
        end = start + k.start();
        // An attribution ("..., the Kenyan Ministry of Health said") goes
        // back to the comma before its subject.
        let stop = &text[start + k.start()..start + k.end()];
        if ATTRIBUTIONS.contains(&stop)
            && let Some(c) = text[start..end].rfind(',')
        {
            end = start + c;
        }
    }
    // A purpose clause ("to develop", "fluidifier le transit") is not a list.
    let head = text[start..end].trim_start();
    let first_word = head.split([' ', ',']).next().unwrap_or("");
    // Nor is a that-clause ("souhaite notamment que le poste ... fonctionne").
    // Nor is a framework the work stands in ("collaborate in the framework
    // of the African Union", "collaborer dans le cadre de").
    if ["the framework", "le cadre", "l'esprit", "la mesure", "the spirit", "line with"].iter().any(|w| head.starts_with(w)) {
        return Vec::new();
    }
    // Nor is the span of time a text covers ("un accord-cadre couvrant la
    // période 2025-2027", "covering the period 2025-2030").
    if ["la periode", "une periode", "the period", "a period", "les annees", "the years"].iter().any(|w| head.starts_with(w)) {
        return Vec::new();
    }
    // Nor is the process a text's terms govern ("sets out the procedures
    // for identifying and returning people").
    let terms_for = crate::cues::TERMS_NOUNS.iter().any(|n| text[..start].trim_end().strip_suffix(" for").is_some_and(|b| b.ends_with(n)));
    // (A gerund with its own object or a second verb: "identifying and
    // returning people"; "fishing in shared waters" is a field.)
    let process = || {
        let mut words = head.split(' ');
        let (first, second) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
        first.len() > 5 && first.ends_with("ing") && matches!(second, "and" | "or" | "the" | "a" | "an" | "their" | "its" | "all" | "any" | "people" | "persons")
    };
    // ("vise à desservir", "permet de renforcer": a purpose, the
    // infinitive after its preposition.)
    let french_purpose = || {
        ["a ", "de ", "d'"].iter().find_map(|p| head.strip_prefix(p)).is_some_and(|r| is_infinitive(r.split([' ', ',']).next().unwrap_or("")))
    };
    if head.starts_with("to ")
        || m.lang == crate::extractor::Language::French && (is_infinitive(first_word) || french_purpose())
        || matches!(first_word, "que" | "qu'" | "that")
        || head.starts_with("qu'")
        || terms_for && process()
    {
        return Vec::new();
    }
    // Nor is a clause with its own verb ("Cooperation on defence matters
    // will continue under the joint commission").
    let first_chunk = head.split([',', ';']).next().unwrap_or("");
    // (A substring search first: most lists hold no such word.)
    let maybe = ["will ", "shall ", "would ", "ra ", "ront "].iter().any(|w| first_chunk.contains(w));
    if maybe && (crate::assemble::tells_future(m, first_chunk) || first_chunk.contains(" would ")) {
        return Vec::new();
    }
    // "identifies A, B and C as priority areas": the verb opens a list only
    // when the priorities' phrase closes it.
    let opener = text[..start].trim_end();
    if ["identifies", "identify", "identifie", "identifient"].iter().any(|v| opener.ends_with(v))
        && ![" as priorit", " as key", " comme priorit", " comme domaines", " comme axes"].iter().any(|p| text[end..].starts_with(p))
    {
        return Vec::new();
    }
    let mut body = (start, end);
    if let Some(k) = tails.find(&text[body.0..body.1]) {
        body.1 = body.0 + k.start();
    }
    // The body with the words of its bracketed asides masked: their commas
    // and "and" part no items.
    let masked = mask_asides(&text[body.0..body.1]);
    let region = masked.as_str();
    // Split on commas, then the last chunk on "ainsi que" / "as well as" /
    // the rightmost "et" / "and".
    let mut chunks: Vec<Span> = Vec::new();
    let mut at = body.0;
    // Whether the input words of folded span `c` all start with a capital
    // letter (place names: "An Giang", "Vinh Long").
    let names_only = |c: Span| {
        let (a, b) = m.folded.span(c.0, c.1);
        let mut words = m.input[a..b].split([' ', '-']).filter(|w| !w.is_empty()).peekable();
        words.peek().is_some() && words.all(|w| w.chars().next().is_some_and(char::is_uppercase) || matches!(w, "et" | "and"))
    };
    for part in region.split(if semicolons { ';' } else { ',' }) {
        let c = (at, at + part.len());
        // "... dans les provinces de Cà Mau, An Giang et Vinh Long": names
        // after an item that ends on a name go on naming its places.
        // (Not after an item of names alone: "Trade, Health and Tourism"
        // are fields written with capitals.)
        match chunks.last_mut() {
            Some(prev) if names_only(c) && !names_only(*prev) && {
                let last = text[prev.0..prev.1].rsplit(' ').next().unwrap_or("");
                let at_last = prev.1 - last.len();
                !last.is_empty() && names_only((at_last, prev.1))
            } => prev.1 = c.1,
            _ => chunks.push(c),
        }
        at += part.len() + 1;
    }
    // "l'équipement des laboratoires et, entre 2026 et 2029, la formation
    // de formateurs": a conjunction before a comma sets off an incise; the
    // item after it is the last one.
    // (Only before the list's last chunk: "la pêche et, la santé, l'énergie"
    // is a list gone wrong, not an incise.)
    if chunks.len() >= 3 {
        let k = chunks.len() - 3;
        let t = text[chunks[k].0..chunks[k].1].trim_end();
        let conjunction = [" et", " and", " ou", " or"].iter().find(|c| t.ends_with(**c));
        let incise = text[chunks[k + 1].0..chunks[k + 1].1].split_whitespace().count() <= 6;
        if let (Some(c), true) = (conjunction, incise) {
            chunks[k].1 = chunks[k].0 + t.len() - c.len();
            chunks.remove(k + 1);
        }
    }
    // "elle financera, dans la banlieue sud et le Metn, la réhabilitation
    // de ...": a place set between commas before the items is none.
    // (Set off by a comma: "notamment dans la transformation du lait, ..."
    // opens its first item with the opener's own "dans".)
    let lead = chunks.iter().take_while(|c| text[c.0..c.1].trim().is_empty()).count();
    let set_off = lead > 0 || chunks.first().is_some_and(|c| text[..c.0].trim_end().ends_with(','));
    if set_off && chunks.len() > lead + 2 && {
        let t = text[chunks[lead].0..chunks[lead].1].trim_start();
        ["dans la ", "dans le ", "dans les ", "in the ", "a travers "].iter().any(|p| t.starts_with(p))
    } {
        chunks.drain(..=lead);
    }
    // A chunk that names an instrument is another instrument of the
    // sentence ("..., and a protocol on phytosanitary requirements"), not
    // an area: the list ends before it.
    if let Some(k) = chunks.iter().position(|c| {
        let t = text[c.0..c.1].trim_start();
        let t = t.strip_prefix("and ").or_else(|| t.strip_prefix("et ")).unwrap_or(t);
        let Some(rest) = ["a ", "an ", "un ", "une "].iter().find_map(|a| t.strip_prefix(a)) else { return false };
        let at = c.1 - rest.len();
        let i = m.instruments.partition_point(|((a, _), _)| *a < at);
        m.instruments.get(i).is_some_and(|&((a, b), inst)| {
            a < c.1 && a - at <= 40 && !inst.plural && !inst.anaphor && crate::assemble::is_instrument(m, (a, b), &inst)
        })
    }) {
        chunks.truncate(k);
    }
    // "..., la création d'un guichet commun, hébergé dans les locaux de la
    // chambre": a participle clause on the last item ends the list.
    if let Some(k) = chunks.iter().skip(1).position(|c| {
        let t = text[c.0..c.1].trim_start();
        let mut words = t.split(' ');
        let (w, next) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
        let at = c.1 - t.len();
        let (a, b) = m.folded.span(at, at + w.len());
        let written = &m.input[a..b];
        ["é", "ée", "és", "ées"].iter().any(|e| written.ends_with(e)) && matches!(next, "dans" | "a" | "au" | "aux" | "par" | "en" | "sur" | "pour" | "aupres")
    }) {
        chunks.truncate(k + 1);
    }
    // A chunk that opens with a verb starts the main clause again
    // ("Lenders, including two development banks, have made ..."): the
    // list ends before it.
    if let Some(k) = chunks.iter().skip(1).position(|c| {
        let w = text[c.0..c.1].trim_start().split(' ').next().unwrap_or("");
        matches!(w, "have" | "has" | "had" | "will" | "would" | "is" | "are" | "was" | "were" | "ont" | "sont" | "est" | "sera" | "seront" | "avait" | "avaient")
    }) {
        chunks.truncate(k + 1);
    }
    // "pensions de vieillesse, d'invalidité et de survivants": a chunk that
    // opens with a bare "de"/"d'" continues the item before it, when the
    // list's items do not all open that way.
    // So does one that opens with "des"/"du" when the first item's noun
    // takes that same complement: "l'imposition des dividendes, des
    // intérêts et des redevances".
    let first = chunks.first().map_or("", |c| text[c.0..c.1].trim_start());
    // Not when the opener itself ends on "de" ("les domaines de la
    // prévention des conflits, des systèmes d'alerte, de la lutte"): then
    // every item is a complement of the opener.
    let before = text[..start].trim_end();
    let opener_de = before.ends_with(" de")
        || before.ends_with(" des")
        || before.ends_with(" du")
        || before.ends_with("d'")
        || ["de ", "des ", "du ", "d'"].iter().any(|d| first.starts_with(d))
        // Nor when the first item opens with the fields' noun and its
        // "des" ("couvre les secteurs des énergies renouvelables, des
        // infrastructures portuaires et du tourisme").
        || {
            let bare = first.strip_prefix("les ").unwrap_or(first);
            LIST_LEAD.iter().any(|l| [" de ", " des ", " du "].iter().any(|d| l.ends_with(d)) && bare.starts_with(l))
        };
    let genitive = |art: &str, inner: &str| !opener_de && !first.starts_with(art) && first.contains(inner);
    let (des, du) = (genitive("des ", " des "), genitive("du ", " du "));
    let opens_bare = |c: &Span| {
        let t = text[c.0..c.1].trim_start();
        // "la pêche illicite, non déclarée et non réglementée": a negated
        // adjective goes on describing the item before.
        t.starts_with("non ")
            || (t.starts_with("d'") && !t.starts_with("d'autres"))
            || (t.starts_with("de ") && !t.starts_with("de la ") && !t.starts_with("de l'"))
            || (des && t.starts_with("des "))
            || (du && t.starts_with("du "))
    };
    if chunks.first().is_some_and(|c| !opens_bare(c)) {
        let mut merged: Vec<Span> = Vec::new();
        for c in chunks {
            match merged.last_mut() {
                Some(last) if opens_bare(&c) => last.1 = c.1,
                _ => merged.push(c),
            }
        }
        chunks = merged;
    }
    // "combating illegal, unreported and unregulated fishing": English
    // adjectives in series before one noun are one item. A chunk that ends
    // on an adjective joins the next when that one opens "ADJ and ...".
    if m.lang == crate::extractor::Language::English {
        let mut k = 0;
        while k + 1 < chunks.len() {
            let last_word = text[chunks[k].0..chunks[k].1].trim_end().rsplit(' ').next().unwrap_or("");
            let mut next = text[chunks[k + 1].0..chunks[k + 1].1].split_whitespace();
            let (first, second) = (next.next().unwrap_or(""), next.next().unwrap_or(""));
            if english_adjective(last_word) && english_adjective(first) && matches!(second, "and" | "or") {
                chunks[k].1 = chunks[k + 1].1;
                chunks.remove(k + 1);
            } else {
                k += 1;
            }
        }
    }
    let mut items: Vec<Span> = Vec::new();
    let n = chunks.len();
    // Whether the list's first item opens with a definite article.
    let definite_items = n >= 2 && DEFINITE_ARTICLES.iter().any(|a| text[chunks[0].0..chunks[0].1].trim_start().starts_with(a));
    for (ci, (cs, ce)) in chunks.into_iter().enumerate() {
        let chunk = &masked[cs - body.0..ce - body.0];
        let mut sub: Vec<Span> = vec![(cs, ce)];
        let splitters = [" ainsi que ", " as well as ", " et ", " and ", " ou ", " or "];
        // A serial comma ("..., the search and seizure of property, and the
        // freezing of proceeds") already closes the list: its last chunk,
        // without the conjunction, is one item.
        let serial = chunk.trim_start().split_once(' ').is_some_and(|(w, _)| matches!(w, "and" | "et" | "or" | "ou"));
        if serial {
            let lead = chunk.len() - chunk.trim_start().len();
            let conj = chunk.trim_start().find(' ').unwrap_or(0) + 1;
            sub = vec![(cs + lead + conj, ce)];
        } else if ci + 1 == n && !semicolons {
            for sp in splitters {
                // Whether the words on both sides of the conjunction at `k`
                // are capitalized in the input.
                let proper_pair = |k: usize| {
                    let cap_at = |f: usize| {
                        let (i, _) = m.folded.span(f, f);
                        m.input.get(i..).and_then(|r| r.chars().next()).is_some_and(char::is_uppercase)
                    };
                    let before = chunk[..k].rfind(' ').map_or(0, |j| j + 1);
                    cap_at(cs + before) && cap_at(cs + k + sp.len())
                };
                if let Some(k) = if sp == " et " || sp == " and " { last_coordination(chunk, sp, definite_items, &proper_pair) } else { chunk.find(sp) } {
                    // Do not split "oil and gas exploration" style pairs inside
                    // the last item after "ainsi que" has split it already.
                    sub = vec![(cs, cs + k), (cs + k + sp.len(), ce)];
                    break;
                }
            }
        } else if let Some(k) = chunk.find(" ainsi que ") {
            sub = vec![(cs, cs + k), (cs + k + 11, ce)];
        } else if ci + 1 == n && semicolons && definite_items {
            // "...; la formation des pêcheurs et le développement de
            // l'aquaculture": the last of a series of items that each open
            // with an article may join two with "et"/"and" and an article.
            // (Not the two ends of a relation: "la coordination entre la
            // police et la gendarmerie".)
            let relation = |k: usize| chunk[..k].split(' ').any(|w| matches!(w, "entre" | "between" | "among" | "both" | "parmi"));
            let joined = [" et ", " and "].iter().filter_map(|c| {
                chunk.rmatch_indices(c).map(|(k, _)| k).find(|&k| DEFINITE_ARTICLES.iter().any(|a| chunk[k + c.len()..].starts_with(a))).map(|k| (k, c.len()))
            }).filter(|&(k, _)| !relation(k));
            if let Some((k, len)) = joined.max() {
                sub = vec![(cs, cs + k), (cs + k + len, ce)];
            }
        }
        for (a, mut b) in sub {
            // "l'alerte précoce aux inondations dans les provinces de Cà Mau,
            // An Giang et Vinh Long": where, not what.
            static TRAILING: OnceLock<Phrases> = OnceLock::new();
            if let Some(k) = TRAILING.get_or_init(|| Phrases::new(TRAILING_PLACES)).starts(&text[a..b]).next() {
                b = a + k;
            }
            if let Some(it) = clean_item(m, a, b) {
                items.push(it);
            }
        }
    }
    // Time phrases are not fields ("in recent years, including ...").
    if items.iter().any(|&(a, b)| {
        let t = &text[a..b];
        t.split(' ').count() <= 3 && ["years", "annees", "recent", "months", "mois", "past", "passe"].iter().any(|w| t.split(' ').any(|x| x == *w))
    }) {
        return Vec::new();
    }
    // A clause cut at its commas is no list: an item that opens with a
    // modal verb ("pour que chaque enfant, et en particulier chaque fille,
    // puisse apprendre et réussir").
    if items.len() >= 2 && items.iter().any(|&(a, b)| matches!(text[a..b].split(' ').next().unwrap_or(""), "puisse" | "puissent" | "peut" | "peuvent" | "pourra" | "pourront" | "doit" | "doivent" | "could" | "might" | "must" | "should")) {
        return Vec::new();
    }
    // A "list" of one long clause is not a list.
    items.retain(|&(a, b)| text[a..b].split(' ').count() <= 14);
    if items.len() > 12 {
        items.clear();
    }
    items
}

/// The longest bracketed aside read as part of a list item, in bytes.
const ASIDE_MAX: usize = 80;

/// First words of a bracketed remark on a list, not examples of its item.
const ASIDE_REMARKS: &[&str] = &[
    "the", "this", "it", "which", "see", "voir", "le", "la", "les", "l'", "ce", "cette", "il", "elle", "qui", "dont",
    "signed", "signe", "signee", "according", "selon", "source", "sources", "photo", "lire", "read",
];

/// `t` with every byte inside brackets (closed ones) replaced by `x`: the
/// same length, so that offsets hold, with no separator or conjunction
/// left inside an aside. A decimal comma ("3,5 %") is masked too: it parts
/// no items.
fn mask_asides(t: &str) -> String {
    let bytes = t.as_bytes();
    let mut out = bytes.to_vec();
    let mut open = None;
    for (k, &c) in bytes.iter().enumerate() {
        match c {
            b'(' => open = Some(k),
            b')' => {
                if let Some(o) = open.take() {
                    out[o + 1..k].fill(b'x');
                }
            }
            b',' if k > 0 && bytes[k - 1].is_ascii_digit() && bytes.get(k + 1).is_some_and(u8::is_ascii_digit) => out[k] = b'x',
            _ => {}
        }
    }
    // Only ASCII bytes were written, over whole characters between two
    // ASCII brackets: still UTF-8.
    String::from_utf8(out).unwrap_or_else(|_| t.to_string())
}

/// Locative phrases that end an area item: the provinces or districts it
/// applies in.
const TRAILING_PLACES: &[&str] = &[
    " dans les provinces", " dans la province", " dans les regions", " dans la region", " dans les districts",
    " dans les communes", " dans les departements", " dans les wilayas", " in the provinces", " in the province",
    " in the regions", " in the districts", " in the states of", " across the provinces", " in provinces",
];

/// Trims spaces, leading determiners and prepositions.
fn clean_item(m: &Mentions, mut a: usize, mut b: usize) -> Option<Span> {
    let text = &m.folded.text;
    loop {
        let t = &text[a..b];
        let trimmed = t.trim_start();
        a += t.len() - trimmed.len();
        let t = &text[a..b];
        let mut changed = false;
        let first = t.as_bytes().first();
        for lead in EXAMPLE_LEAD.iter().chain(ITEM_LEAD).chain(LIST_LEAD) {
            if lead.as_bytes().first() == first && t.starts_with(lead) && t.len() > lead.len() {
                a += lead.len();
                changed = true;
                break;
            }
        }
        // An aside between the verb and the list, without its commas:
        // "prévoit pour sa part des échanges", "covers for its part the
        // training"; only before an article ("de plus en plus d'échanges",
        // "in addition to the training" are areas).
        if !changed
            && let Some(aside) = INCISES.iter().find(|w| {
                w.as_bytes().first() == first && t.len() > w.len() + 1 && t.starts_with(**w) && t.as_bytes()[w.len()] == b' ' && {
                    let next = t[w.len() + 1..].split([' ', '\'']).next().unwrap_or("");
                    matches!(next, "des" | "les" | "la" | "le" | "l" | "un" | "une" | "du" | "d" | "the" | "a" | "an")
                }
            })
        {
            a += aside.len() + 1;
            changed = true;
        }
        if !changed {
            break;
        }
    }
    let t = &text[a..b];
    let tt = t.trim_end();
    b = a + tt.len();
    if b <= a || tt.len() < 3 {
        return None;
    }
    if tt.bytes().any(|c| c == b'"') || counted_fields(tt) || tt.len() <= INCISE_MAX && INCISES.contains(&tt) {
        return None;
    }
    Some((a, b))
}

/// The longest of [`INCISES`].
const INCISE_MAX: usize = {
    let mut max = 0;
    let mut k = 0;
    while k < INCISES.len() {
        if INCISES[k].len() > max {
            max = INCISES[k].len();
        }
        k += 1;
    }
    max
};

/// Asides set off by commas inside a list's sentence ("La convention
/// prévoit, quant à elle, des travaux ..."): no area.
pub(crate) const INCISES: &[&str] = &[
    "quant a elle", "quant a lui", "quant a elles", "quant a eux", "pour sa part", "pour leur part", "de son cote",
    "de leur cote", "a son tour", "a leur tour", "elle aussi", "lui aussi", "en outre", "par ailleurs", "de plus",
    "egalement", "for its part", "for their part", "in turn", "in addition", "moreover", "furthermore", "also",
];

/// Whether an item only counts the fields the list names ("several
/// fields", "plusieurs domaines", "de nombreux secteurs", "five areas"):
/// the list's heading, not one of its areas.
fn counted_fields(item: &str) -> bool {
    let last = item.rsplit(' ').next().unwrap_or("");
    if !matches!(last, "fields" | "areas" | "sectors" | "domains" | "domaines" | "secteurs" | "champs" | "volets" | "axes") {
        return false;
    }
    let first = item.split(' ').next().unwrap_or("");
    let count = |w: &str| {
        w.bytes().all(|b| b.is_ascii_digit())
            || COUNT_WORDS.contains(&w)
            || matches!(
                w,
                "various" | "many" | "numerous" | "multiple" | "diverse" | "a" | "divers" | "diverses" | "de" | "nombreux"
                    | "nombreuses" | "multiples" | "differents" | "differentes"
            )
    };
    item.split(' ').count() <= 4 && count(first)
}

/// Follow-up bodies the frame sets up.
fn mechanisms_of(m: &Mentions, f: &Frame) -> Vec<Span> {
    let mut out = Vec::new();
    for &si in &f.sentences {
        let cues = m.cues_in(si);
        let t = &m.folded.text[m.sentences[si].start..m.sentences[si].end];
        let creates = cues.iter().any(|(_, c)| *c == Cue::Creates)
            || ["provides for", "prevoit", "sets up", "establish", "tasks", "institue", "instituera"].iter().any(|w| t.contains(w));
        // "Un comité de suivi paritaire fera rapport", "A joint steering
        // committee will approve projects": a new body, in the future, or
        // in the future of reported speech ("the company said a joint
        // technical committee would oversee the studies").
        let future = || crate::assemble::tells_body_ahead(m, t);
        let existing: Vec<Span> = cues.iter().filter(|(_, c)| *c == Cue::Existing).map(|(sp, _)| *sp).collect();
        let s = m.sentences[si];
        let lo = m.mechanisms.partition_point(|(a, _)| *a < s.start);
        let hi = m.mechanisms.partition_point(|(a, _)| *a < s.end);
        for &(ms, me) in &m.mechanisms[lo..hi.max(lo)] {
            if existing.iter().any(|&(_, b)| b <= ms && ms - b <= 12) {
                continue;
            }
            // Inside an organization name ("Commission de l'Union africaine").
            if m.named_covering(ms, me).is_some() {
                continue;
            }
            let phrase = mechanism_phrase(m, (ms, me));
            let t = m.text(phrase);
            // Units inside an area ("the training of police and gendarmerie
            // units"): what the cooperation serves, unless the area sets
            // bodies up ("the establishment of joint units").
            let plural = m.folded.text[ms..me].ends_with('s');
            let in_area = plural && f.areas.iter().find(|a| a.0 <= ms && me <= a.1).is_some_and(|&a| {
                let area = m.text(a);
                !["establish", "creation", "mise en place", "set up", "setting up", "institution d"].iter().any(|w| area.contains(w))
            });
            if in_area {
                continue;
            }
            // A bare "commission" or "committee" is the organ of someone else.
            let qualified = t.contains(' ') || t.contains('-');
            if !qualified {
                continue;
            }
            let capital = m.folded.upper_at(m.input, phrase.0);
            let before = m.words_before(phrase.0, 2);
            // (Unless an indefinite article introduces it as new: "A
            // Binational Steering Committee ... will select the projects".)
            let introduced = before.first().is_some_and(|w| matches!(*w, "a" | "an" | "un" | "une"));
            if capital && !t.starts_with("joint") && !t.starts_with("comite") && !introduced {
                // A named standing body ("Grande commission mixte", "Joint Rivers Commission").
                continue;
            }
            // Not the agent of a passive ("sera examiné par un groupe de
            // travail"): that one acts, it is not set up.
            // Nor a body the instrument works under ("implemented under the
            // Joint Rivers Commission", "au sein de la commission mixte").
            if before.get(1).is_some_and(|w| matches!(*w, "under" | "within" | "sein")) || before.first().is_some_and(|w| matches!(*w, "under" | "within")) {
                continue;
            }
            // Nor the bodies another one draws its members from ("made up of
            // officials from both tourism boards", "composé de représentants
            // des deux conseils").
            // (Within the body's own stretch of the clause, as whole words:
            // not "la réforme de", nor "the agreement, comprising ten
            // articles, establishes a joint committee".)
            // (A body's modifiers may reach back before a run-on sentence's
            // cut: never past the phrase's own start.)
            let lead = m.text((m.folded.text.floor_char_boundary(phrase.0.saturating_sub(60)).max(s.start).min(phrase.0), phrase.0));
            let lead = &lead[lead.rfind([',', ';']).map_or(0, |k| k + 1)..];
            if MEMBERSHIP.iter().any(|w| lead.match_indices(w).any(|(k, _)| k == 0 || lead.as_bytes()[k - 1] == b' ')) {
                continue;
            }
            let indefinite = introduced && !before.get(1).is_some_and(|w| matches!(*w, "par" | "by"));
            if creates || f.sentences[0] == si && t.contains("suivi") || indefinite && future() {
                out.push(phrase);
            }
        }
    }
    out
}

/// Phrases that say whom a body is made of: the bodies named after them
/// lend it members.
const MEMBERSHIP: &[&str] = &[
    "made up of", "composed of", "comprising", "consisting of", "bringing together", "drawn from", "compose de",
    "composee de", "composes de", "composees de", "forme de", "formee de", "reunissant", "associant", "constitue de",
    "constituee de",
];

/// A French adjective of a field after a body's noun ("commission
/// pédagogique", "comité juridique", "groupe de travail énergétique"),
/// known by its ending.
fn french_field_adjective(w: &str) -> bool {
    w.len() >= 6
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && ["ique", "iques", "ale", "ales", "aux", "elle", "elles", "aire", "aires", "ive", "ives", "iere", "ieres"].iter().any(|x| w.ends_with(x))
}

/// English fields a body may be named for after "on" ("joint committee
/// on trade").
const MECH_ON: &[&str] = &[
    "trade", "investment", "investments", "security", "defence", "defense", "health", "energy", "education", "agriculture",
    "fisheries", "migration", "tourism", "transport", "culture", "science", "technology", "cooperation", "co-operation",
    "consular", "water", "environment", "justice", "labour", "labor", "customs", "implementation", "monitoring",
];

/// Adjectives that go on a body's name after its noun ("comité mixte
/// permanent").
const MECH_ADJ: &[&str] = &[
    "mixte", "mixtes", "conjoint", "conjointe", "technique", "techniques", "permanent", "permanente", "paritaire",
    "bilateral", "bilaterale", "intergouvernemental", "intergouvernementale", "ministeriel", "ministerielle",
    "consultatif", "consultative", "sectoriel", "sectorielle", "ad", "hoc", "specialise", "specialisee", "tripartite",
    "trilateral", "trilaterale", "strategique", "directeur", "executif", "scientifique", "national", "nationale",
    "militaire", "economique", "commercial", "commerciale", "culturel", "culturelle", "interministeriel",
    "interministerielle", "securitaire", "bipartite", "quadripartite", "regional", "regionale", "sanitaire",
    "douanier", "douaniere", "consulaire", "parlementaire", "local", "locale", "locaux", "locales", "annuel",
    "annuelle", "annuels", "annuelles", "politique", "politiques", "conjoints", "conjointes", "paritaires", "administratif",
    "administrative", "administratifs", "administratives", "binational", "binationale", "binationaux", "binationales",
    "transfrontalier", "transfrontaliere", "transfrontaliers", "transfrontalieres", "multisectoriel", "multisectorielle",
    "interinstitutionnel", "interinstitutionnelle", "provisoire",
];
const MECH_DE: &[&str] = &[
    "suivi", "pilotage", "coordination", "concertation", "evaluation", "travail", "gestion", "surveillance", "orientation",
    "liaison", "reflexion", "cooperation", "haut niveau", "experts", "defense", "securite", "jumelage", "partenariat",
    "dialogue", "consultation", "consultations",
    // A body of a field: "commission mixte de santé transfrontalière",
    // "comité de pêche", "groupe de travail d'énergie".
    "sante", "commerce", "energie", "peche", "transport", "transports", "education", "agriculture", "environnement",
    "tourisme", "investissement", "investissements", "recherche", "formation", "migration", "justice", "culture",
    "l'eau", "eau", "mines", "l'energie", "l'education", "l'agriculture", "l'environnement", "industrie", "l'industrie",
];
const MECH_LEFT: &[&str] = &[
    "joint", "permanent", "trilateral", "bilateral", "binational", "intergovernmental", "interministerial", "interagency",
    "cross-border", "technical", "steering", "follow-up", "monitoring", "high-level",
    "ministerial", "coordination", "coordinating", "implementation", "oversight", "standing", "security", "trade",
    "energy", "health", "defence", "defense", "economic", "investment", "consultative", "advisory", "expert", "experts",
    "working", "management", "executive", "scientific", "technical", "water", "border", "military", "cultural",
];

/// Words that end the English modifiers of a follow-up body.
const MECH_LEFT_STOP: &[&str] = &[
    "the", "and", "its", "their", "this", "that", "new", "set", "up", "will", "would", "shall", "establish", "create",
    "which", "who", "with", "for", "from", "into", "under", "been", "have", "has", "was", "were", "are", "also", "each",
    "both", "two", "three", "one", "first", "second", "said", "tasks", "tasked", "chairs", "chaired", "led",
];

/// Whether folded word `w` at `at` names the two sides a body joins:
/// an ethnic compound ("comité de pilotage franco-moldave", "commission
/// mixte sino-africaine") or two capitalized names ("groupe de travail
/// Québec-Bavière", "commission mixte Sénégal-Gambie").
fn paired_sides(m: &Mentions, at: usize, w: &str) -> bool {
    let Some((first, rest)) = w.split_once('-') else { return false };
    let letters = |x: &str| x.len() >= 3 && x.bytes().all(|b| b.is_ascii_lowercase());
    let ethnic = letters(first) && first.ends_with('o') && rest.split('-').all(letters) && m.folded.input_char(m.input, at).is_some_and(char::is_lowercase);
    let names = || {
        let mut k = at;
        w.split('-').all(|part| {
            let capital = part.len() >= 3 && m.folded.upper_at(m.input, k);
            k += part.len() + 1;
            capital
        })
    };
    ethnic || names()
}

/// The full name of a follow-up body around its head noun.
fn mechanism_phrase(m: &Mentions, (s, e): Span) -> Span {
    let text = &m.folded.text;
    let mut end = e;
    loop {
        let rest = &text[end..];
        let Some(r) = rest.strip_prefix(' ') else { break };
        let w = r.split([' ', ',', '.', ';', ':', '(', ')']).next().unwrap_or("");
        if MECH_ADJ.contains(&w) || french_field_adjective(w) || paired_sides(m, end + 1, w) {
            end += 1 + w.len();
            continue;
        }
        if w == "de" || w == "d'" {
            let after = &r[w.len()..].trim_start();
            let nw = after.split([' ', ',', '.', ';', ':', '(', ')']).next().unwrap_or("");
            // A bare noun that a body's adjective follows: "commission de
            // projet binationale", "cellule de programme commune".
            let adj = after[nw.len()..].strip_prefix(' ').map(|x| x.split([' ', ',', '.', ';', ':', '(', ')']).next().unwrap_or(""));
            if nw.len() >= 4 && nw.bytes().all(|b| b.is_ascii_lowercase()) && adj.is_some_and(|a| MECH_ADJ.contains(&a) || matches!(a, "commun" | "commune" | "communs" | "communes")) {
                end += 1 + w.len() + 1 + nw.len() + 1 + adj.map_or(0, str::len);
                continue;
            }
            if MECH_DE.contains(&nw) {
                end += 1 + w.len() + 1 + nw.len();
                // "de suivi et de coordination"
                let more = &text[end..];
                if let Some(rest) = more.strip_prefix(" et de ").or_else(|| more.strip_prefix(" et d'"))
                    && let Some(tail) = MECH_DE.iter().find(|t| rest.starts_with(**t))
                {
                    end += more.len() - rest.len() + tail.len();
                }
                continue;
            }
        }
        if let Some(rr) = r.strip_prefix("d'") {
            let nw = rr.split([' ', ',', '.', ';', ':', '(', ')']).next().unwrap_or("");
            if MECH_DE.contains(&nw) {
                end += 1 + 2 + nw.len();
                continue;
            }
        }
        // "comité mixte sur l'investissement", "joint committee on trade",
        // "Joint Commission on Bilateral Cooperation": a field after "sur"
        // or "on", with its article and one adjective.
        if w == "sur" || w == "on" {
            let after = &r[w.len()..];
            let after = after.strip_prefix(' ').unwrap_or(after);
            let article = ["l'", "la ", "le ", "les ", "the "].iter().find(|a| after.starts_with(**a)).map_or(0, |a| a.len());
            let mut words = after[article..].split([' ', ',', '.', ';', ':', '(', ')']);
            let first = words.next().unwrap_or("");
            let field = |x: &str| MECH_DE.contains(&x) || MECH_ON.contains(&x);
            let adjective = MECH_ADJ.contains(&first) || french_field_adjective(first) || matches!(first, "economic" | "bilateral" | "political" | "technical" | "maritime" | "military");
            let taken = if field(first) {
                first.len()
            } else if adjective && let Some(second) = words.next().filter(|x| field(x)) {
                first.len() + 1 + second.len()
            } else {
                0
            };
            if taken > 0 {
                end += 1 + w.len() + 1 + article + taken;
                continue;
            }
        }
        break;
    }
    // English modifiers before the noun: "joint negotiating committee",
    // "permanent trilateral secretariat", "joint sectoral cooperation
    // committee"; any lowercase words up to a determiner or a verb.
    let head_capital = m.folded.upper_at(m.input, s);
    let english = m.lang == crate::extractor::Language::English;
    // The start of the word ending right before folded `at`, if it
    // modifies a body's noun.
    let modifier_before = |at: usize| -> Option<usize> {
        let before = &text[text.ceil_char_boundary(at.saturating_sub(40))..at];
        let b = before.strip_suffix(' ')?;
        let ws = b.rfind([' ', ',', '(', '"']).map_or(0, |i| i + 1);
        let w = &b[ws..];
        let from = at - before.len() + ws;
        let lowercase = {
            let (is, _) = m.folded.span(from, from + 1);
            m.input[is..].chars().next().is_some_and(char::is_lowercase)
        };
        // A Title Case name goes on through its capitalized words ("Joint
        // Maritime Security Committee").
        let title_case = !lowercase && head_capital;
        let modifier = MECH_LEFT.contains(&w)
            || english && (lowercase || title_case) && w.len() > 2 && w.bytes().all(|c| c.is_ascii_lowercase() || c == b'-') && !MECH_LEFT_STOP.contains(&w);
        modifier.then_some(from)
    };
    let mut start = s;
    for _ in 0..3 {
        // ("joint trade and investment commission": two fields joined
        // among the modifiers.)
        let joined = || (english && start < s && text[..start].ends_with(" and ")).then(|| modifier_before(start - " and".len())).flatten();
        match modifier_before(start).or_else(joined) {
            Some(from) => start = from,
            None => break,
        }
    }
    (start, end)
}

/// The sector of the strong sector words in the roles of a frame's
/// signatories, when every role that holds one holds the same.
fn shared_portfolio(m: &Mentions, f: &Frame, strong: &dyn Fn(&Span) -> bool) -> Option<(Sector, Span)> {
    let mut found: Option<(Sector, Span)> = None;
    for &pi in &f.signatories {
        let Some((a, b)) = m.people[pi].role else { continue };
        let k = m.sectors.partition_point(|(sp, _)| sp.0 < a);
        let Some(&(sp, sec)) = m.sectors[k..].iter().take_while(|(sp, _)| sp.1 <= b).find(|(sp, _)| strong(sp)) else { continue };
        match found {
            None => found = Some((sec, sp)),
            Some((other, _)) if other == sec => {}
            Some(_) => return None,
        }
    }
    found
}

/// Words after a comma that open a new clause, ending an instrument's
/// complement.
const CLAUSE_OPENERS: &[&str] = &[
    "qui", "que", "dont", "which", "who", "a", "ont", "has", "have", "was", "were", "will", "said", "selon", "according",
    "lors", "during", "en", "au", "in", "at", "a-t-il", "a-t-elle", "apres", "after", "while", "tandis", "alors",
];

/// Sector words that name an activity of every field ("formation de
/// journalistes", "groupe de travail", "échange d'informations") more than a
/// field: they count only where no other sector word does.
const WEAK_SECTOR_WORDS: &[&str] = &[
    "formation", "training", "developpement", "development", "travail", "information", "communication",
    "interconnexion", "interconnection", "infrastructure", "infrastructures",
];

/// Whether the sector hit at `sp` is a weak word ([`WEAK_SECTOR_WORDS`]).
fn weak_sector(m: &Mentions, sp: Span) -> bool {
    WEAK_SECTOR_WORDS.contains(&m.text(sp))
}

/// The story's own field: the sector most named in its running text,
/// titles, captions and list items (not in links to other stories, in
/// passages in another language, or inside organizations' names), with
/// titles counted twice. `None` unless it clearly leads: named at least
/// twice, and half as often again as any other.
fn story_sector(m: &Mentions) -> Option<(Sector, Span)> {
    story_sector_besides(m, None)
}

/// [`story_sector`], leaving out the words of one sector (`besides`).
fn story_sector_besides(m: &Mentions, besides: Option<Sector>) -> Option<(Sector, Span)> {
    let mut tally: Vec<(Sector, usize, Span)> = Vec::new();
    for (si, s) in m.sentences.iter().enumerate() {
        let w = match s.kind {
            LineKind::Related | LineKind::Foreign => continue,
            LineKind::Heading => 2,
            _ => 1,
        };
        for (sp, sec) in m.in_sentence(&m.sectors, si) {
            if Some(*sec) == besides || weak_sector(m, *sp) || m.named_covering(sp.0, sp.1).is_some_and(|n| n.entry.is_org()) {
                continue;
            }
            match tally.iter_mut().find(|t| t.0 == *sec) {
                Some(t) => t.1 += w,
                None => tally.push((*sec, w, *sp)),
            }
        }
    }
    tally.sort_by_key(|t| std::cmp::Reverse(t.1));
    let (sec, top, sp) = *tally.first()?;
    let second = tally.get(1).map_or(0, |t| t.1);
    (top >= 2 && top * 2 >= second * 3).then_some((sec, sp))
}

/// Whether the folded text between two instrument nouns only joins them:
/// a conjunction, an article and an amount ("and an $8 million", "et
/// une"), nothing that could be the first one's complement.
fn coordinated_only(between: &str) -> bool {
    // The second noun's own modifiers ("an $8 million grant agreement"):
    // up to two words right before it.
    let mut all: Vec<&str> = between.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    for _ in 0..2 {
        if all.len() > 1 && all.last().is_some_and(|w| w.len() > 2 && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') && !NOT_MODIFIERS.contains(w)) {
            all.pop();
        }
    }
    let mut words = all.into_iter();
    matches!(words.next(), Some("and" | "et"))
        && between.len() <= 40
        && words.all(|w| matches!(w, "a" | "an" | "the" | "un" | "une" | "le" | "la" | "l'" | "de" | "d'" | "us") || crate::assemble::is_amount_word(w))
}

/// Words before an instrument noun that are not its modifiers: verbs and
/// prepositions of a clause of their own.
const NOT_MODIFIERS: &[&str] = &[
    "signed", "signe", "signee", "inked", "concluded", "conclu", "with", "avec", "for", "pour", "on", "sur", "of", "de", "des", "du",
    "the", "and", "et", "also", "aussi", "then", "puis", "ont", "have", "has", "was", "were", "will", "sera", "seront",
];

/// Sectors: from the instrument's own phrase and complement, then its
/// areas, then its sentence and the story's own field.
fn sectors_of(m: &Mentions, f: &Frame, story: &std::cell::OnceCell<Option<(Sector, Span)>>) -> Vec<(Sector, Span)> {
    let anchor = f.sentences[0];
    let s = m.sentences[anchor];
    // "a $92 million loan agreement and an $8 million grant agreement to
    // expand water supply": instruments joined with nothing of their own
    // between share the complement after the last. Its words count from
    // the last one's end (`shared`), not from its name.
    let shared = {
        let mut end = f.kind_span.1;
        let after = m.instruments.partition_point(|((a, _), _)| *a < f.kind_span.1);
        for &((a, b), _) in m.instruments[after..].iter().take(3) {
            if b > s.end || !coordinated_only(&m.folded.text[end..a]) {
                break;
            }
            end = b;
        }
        end
    };
    // The instrument's complement: up to the first comma or verb after it.
    let comp_end = {
        // The complement runs on over commas inside it ("between the
        // University of X, Hanoi and Y on training"), up to the end of the
        // clause: a full stop, a semicolon, or a comma before a verb.
        let rest = &m.folded.text[shared..s.end.max(shared)];
        let mut k = rest.find([';', '.', '(']).unwrap_or(rest.len());
        let mut from = 0;
        while let Some(c) = rest[from..k].find(',') {
            let after = rest[from + c + 1..].trim_start();
            let mut words = after.split([' ', ',']);
            let word = words.next().unwrap_or("");
            // "illegal, unreported and unregulated fishing": adjectives in
            // series, not a participle clause.
            let in_series = matches!(words.next(), Some("and" | "or"));
            if CLAUSE_OPENERS.contains(&word) || word.ends_with("ed") && !in_series || word.starts_with("sign") {
                k = from + c;
                break;
            }
            from += c + 1;
        }
        // A second instrument ends it: in "une déclaration conjointe et un
        // mémorandum dans le domaine du numérique" the field is the
        // memorandum's. Unless it is the complement's own ("un protocole
        // modifiant la convention de double imposition"): an amendment's
        // field is the instrument's it amends.
        let next = m.instruments.get(m.instruments.partition_point(|((a, _), _)| *a < shared)).map_or(usize::MAX, |((a, _), _)| *a);
        let next = if next < s.end && names_the_next(&m.folded.text[shared..next]) { usize::MAX } else { next };
        (shared + k.min(120)).min(next.max(shared))
    };
    // Nor does it reach back over an instrument named before, or the
    // complement of that one: "un traité d'amitié et un mémorandum" starts
    // after "et".
    let comp_start = f.kind_span.0.saturating_sub(40).max(s.start);
    let comp_start = match m.instruments.iter().map(|((_, b), _)| *b).filter(|&b| b <= f.kind_span.0 && b > comp_start).max() {
        Some(previous) => {
            let between = &m.folded.text[previous..f.kind_span.0];
            [" et ", " and ", ", "].iter().filter_map(|c| between.rfind(c).map(|k| previous + k + c.len())).max().unwrap_or(previous)
        }
        None => comp_start,
    };
    // A sector word inside an organization's name ("Communauté économique
    // des États...") says nothing of the instrument.
    let in_org = |sp: &Span| m.named_covering(sp.0, sp.1).is_some_and(|n| n.entry.is_org());
    // Only the hits this frame can use: around its name, in its areas and
    // in its sentences.
    let lo = f.sentences.iter().map(|&si| m.sentences[si].start).chain(f.areas.iter().map(|a| a.0)).fold(comp_start, usize::min);
    let hi = f.sentences.iter().map(|&si| m.sentences[si].end).chain(f.areas.iter().map(|a| a.1)).fold(comp_end, usize::max);
    let from = m.sectors.partition_point(|(sp, _)| sp.0 < lo);
    let sector_hits: Vec<&(Span, Sector)> =
        m.sectors[from..].iter().take_while(|(sp, _)| sp.0 < hi).filter(|(sp, _)| sp.1 <= hi && !in_org(sp)).collect();
    // (A declaration's or a plan's field is not its signers' portfolio:
    // "a joint communique signed by ... the Cabinet Secretary for Foreign
    // and Diaspora Affairs" is diplomacy's.)
    let in_role = |sp: &Span| {
        matches!(f.kind, Kind::JointDeclaration | Kind::ActionPlan)
            && f.signatories.iter().chain(&f.witnesses).any(|&pi| m.people[pi].role.is_some_and(|(a, b)| a <= sp.0 && sp.1 <= b))
    };
    let local: Vec<(Sector, Span)> = sector_hits
        .iter()
        .filter(|(sp, _)| sp.0 >= comp_start && sp.1 <= comp_end && (sp.1 <= f.kind_span.1 || sp.0 >= shared) && !in_role(sp))
        .map(|(sp, sec)| (*sec, *sp))
        .collect();
    // Declarations and plans that frame a whole relationship are diplomacy
    // unless their own name says otherwise.
    // Weak words count only without a stronger one.
    let strong = |sp: &Span| !weak_sector(m, *sp);
    // Each area's hits, with the area's index, in one merge of the areas
    // (sorted by start) and the hits (sorted): linear in both. Listed as
    // the areas are, each area's hits in text order.
    let mut by_area: Vec<(usize, Span, Sector)> = Vec::new();
    {
        let mut order: Vec<usize> = (0..f.areas.len()).collect();
        order.sort_by_key(|&i| f.areas[i].0);
        let mut j = 0;
        for &ai in &order {
            let a = f.areas[ai];
            while j < sector_hits.len() && sector_hits[j].0.0 < a.0 {
                j += 1;
            }
            for &&(sp, sec) in sector_hits[j..].iter().take_while(|(sp, _)| sp.0 < a.1) {
                if sp.1 <= a.1 {
                    by_area.push((ai, sp, sec));
                }
            }
        }
        by_area.sort_by_key(|&(ai, sp, _)| (ai, sp.0));
    }
    let area_hits: Vec<(Span, Sector)> = by_area.iter().map(|&(_, sp, sec)| (sp, sec)).collect();
    // (A plan whose areas name a field is read on, by its areas.)
    let area_field = f.kind == Kind::ActionPlan && area_hits.iter().any(|(sp, _)| strong(sp));
    if local.is_empty() && !area_field && matches!(f.kind, Kind::JointDeclaration | Kind::ActionPlan) && f.umbrella.is_none() {
        return vec![(Sector::Diplomacy, f.kind_span)];
    }
    let mut tally: Vec<(Sector, usize, Span)> = Vec::new();
    fn add(tally: &mut Vec<(Sector, usize, Span)>, sec: Sector, w: usize, sp: Span) {
        match tally.iter_mut().find(|t| t.0 == sec) {
            Some(t) => t.1 += w,
            None => tally.push((sec, w, sp)),
        }
    }
    let local: Vec<(Sector, Span)> =
        if local.iter().any(|(_, sp)| strong(sp)) { local.into_iter().filter(|(_, sp)| strong(sp)).collect() } else { local };
    let area_strong = local.iter().any(|(_, sp)| strong(sp)) || area_hits.iter().any(|(sp, _)| strong(sp));
    // A declaration, plan or record whose areas span three fields or more
    // ("l'énergie, la mobilité, l'eau et la sécurité") sets the priorities
    // of the whole relationship: diplomacy.
    let mut area_sectors: Vec<Sector> = area_hits.iter().filter(|(sp, _)| strong(sp)).map(|(_, sec)| *sec).collect();
    area_sectors.sort_unstable();
    area_sectors.dedup();
    // Unless one field runs through most of the areas ("vaccination des
    // enfants ; malnutrition ; santé maternelle ; eau dans les formations
    // sanitaires": health).
    let leading = {
        let mut pairs: Vec<(Sector, usize)> = by_area.iter().filter(|(_, sp, _)| strong(sp)).map(|&(ai, _, sec)| (sec, ai)).collect();
        pairs.sort_unstable();
        pairs.dedup();
        let mut best = 0;
        let mut k = 0;
        while k < pairs.len() {
            let run = pairs[k..].iter().take_while(|p| p.0 == pairs[k].0).count();
            best = best.max(run);
            k += run;
        }
        best
    };
    // So does a general agreement ("General Cooperation Agreement", "accord
    // général de coopération").
    let general = || m.text(f.kind_span).split(' ').any(|w| matches!(w, "general" | "generale" | "global" | "globale"));
    if area_sectors.len() >= 3 && leading * 2 <= f.areas.len() && (matches!(f.kind, Kind::JointDeclaration | Kind::ActionPlan | Kind::Other) || general()) {
        return vec![(Sector::Diplomacy, f.kind_span)];
    }
    for (sec, sp) in &local {
        // Words in the instrument's own name weigh most, then those right
        // after it ("accord de pêche", "MoU on flood forecasting"), then the
        // rest of its complement.
        let inside = sp.0 >= f.kind_span.0 && sp.1 <= f.kind_span.1;
        let near = sp.1 <= f.kind_span.1 + 60 && sp.0 + 40 >= f.kind_span.0;
        let w = if inside { 6 } else if near { 4 } else { 2 };
        // Nearer words also win ties.
        let w = w * 100 - sp.0.abs_diff(f.kind_span.1).min(99);
        add(&mut tally, *sec, w, *sp);
    }
    for (sp, sec) in &area_hits {
        if strong(sp) || !area_strong {
            add(&mut tally, *sec, 100, *sp);
        }
    }
    // Without a strong word of its own, the portfolio its signers share
    // ("la ministre luxembourgeoise de la Défense et son homologue belge")
    // is its field, in place of the weak words ("la formation des
    // pilotes"), which name an activity of every field.
    // (Where the weak words already name that field, they say enough; with
    // no word at all, its sentences' words are read below.)
    if !area_strong
        && !tally.is_empty()
        && let Some((sec, sp)) = shared_portfolio(m, f, &strong)
        && !tally.iter().any(|t| t.0 == sec)
    {
        tally.clear();
        add(&mut tally, sec, 100, sp);
    }
    // "power trade", "the electricity market": the trade of energy is
    // energy's field, not the economy's as well (an investment stays the
    // economy's).
    let hits_of = |want: Sector| local.iter().map(|(s, sp)| (*s, *sp)).chain(area_hits.iter().map(|(sp, s)| (*s, *sp))).filter(move |(s, _)| *s == want).map(|(_, sp)| sp);
    let mut energy: Vec<Span> = hits_of(Sector::Energy).collect();
    energy.sort_unstable();
    let trade_of_energy = |e: Span| {
        // Only the energy words right before and right after can join it
        // (found by binary search: a list of many areas stays linear).
        let k = energy.partition_point(|g| g.0 < e.0);
        let before = k.checked_sub(1).map(|i| energy[i]);
        let after = energy.get(energy.partition_point(|g| g.0 < e.1)).copied();
        ["trad", "market", "echange"].iter().any(|w| m.text(e).starts_with(w))
            && before.into_iter().chain(after).any(|g| {
                // "power trade", "le marché de l'électricité", "trade in electricity".
                g.1 <= e.0 && m.text((g.1, e.0)) == " "
                    || e.1 <= g.0 && matches!(m.text((e.1, g.0)), " in " | " of " | " d'" | " de l'" | " de " | " du " | " des ")
            })
    };
    if !energy.is_empty() && hits_of(Sector::Economy).all(trade_of_energy) {
        tally.retain(|t| t.0 != Sector::Economy);
    }
    // Nothing of its own: its sentences' words (strong ones first), else
    // those of the instrument it comes under, and the story's field, which
    // outweighs a weak word but not a strong one.
    if tally.is_empty() {
        let sentences = if f.sentences.iter().any(|&si| !m.in_sentence(&m.sectors, si).is_empty()) {
            f.sentences.clone()
        } else {
            f.umbrella.into_iter().collect()
        };
        let hits: Vec<(Span, Sector)> = sentences
            .iter()
            .flat_map(|&si| m.in_sentence(&m.sectors, si).iter().copied())
            .filter(|(sp, _)| !in_org(sp))
            .collect();
        let any_strong = hits.iter().any(|(sp, _)| strong(sp));
        for (sp, sec) in &hits {
            match (strong(sp), any_strong) {
                (true, _) => add(&mut tally, *sec, 3, *sp),
                (false, false) => add(&mut tally, *sec, 1, *sp),
                (false, true) => {}
            }
        }
        if let Some((sec, sp)) = *story.get_or_init(|| story_sector(m)) {
            add(&mut tally, sec, 2, sp);
        }
    }
    // An instrument whose text names no field frames the relationship as a
    // whole ("accord de coopération", "cooperation agreement"): diplomacy.
    if tally.is_empty() {
        return vec![(Sector::Diplomacy, f.kind_span)];
    }
    // A military alliance's instruments are defence.
    if f.parties.iter().any(|p| p.org && p.code == "NATO") {
        add(&mut tally, Sector::Defense, 500, f.kind_span);
    }
    tally.sort_by_key(|t| std::cmp::Reverse(t.1));
    let top = tally.first().map_or(0, |t| t.1);
    let mut out: Vec<(Sector, Span)> =
        tally.iter().filter(|t| t.1 * 4 >= top * 3 && t.1 >= 2 || t.1 == top).take(2).map(|&(sec, _, sp)| (sec, sp)).collect();
    // Higher education and research go together ("enseignement supérieur
    // et recherche scientifique", "joint research projects" in a
    // universities' memorandum): research that the instrument's own words
    // or areas name is science's beside education's.
    if out.len() == 1 && out[0].0 == Sector::Education
        && let Some(&(sec, _, sp)) = tally.iter().find(|t| t.0 == Sector::Science && strong(&t.2))
    {
        out.push((sec, sp));
    }
    // A financing instrument ("convention de financement", "loan
    // agreement", "a framework agreement on the financing of the rail
    // link": its name or complement says so) is the economy and the field
    // it finances: the strongest other sector its words name.
    // `comp_end` may stop inside a character (it caps the complement at
    // 120 bytes): read up to the boundary before it.
    let complement = (f.kind_span.0, m.folded.text.floor_char_boundary(comp_end).max(f.kind_span.0));
    // (Its words end at any mark: "une convention de financement, d'un
    // montant de".)
    let financing = m.text(complement).split(|c: char| !c.is_alphanumeric()).any(|w| FINANCING.contains(&w));
    if financing && out.len() < 2 {
        if !out.iter().any(|(sec, _)| *sec == Sector::Economy) {
            out.insert(0, (Sector::Economy, f.kind_span));
        }
        if let Some(&(sec, _, sp)) = tally.iter().find(|t| t.0 != Sector::Economy && !out.iter().any(|(o, _)| *o == t.0)) {
            out.push((sec, sp));
        } else if let Some(found) = financed_field(m, f, &strong) {
            // Its name and complement say only "financing": what it
            // finances is told in the rest of its sentences ("La seconde
            // convention de financement, de 13 millions d'euros, appuie le
            // programme de formation professionnelle"), else it is the
            // story's own field.
            out.push(found);
        }
        out.truncate(2);
    }
    out
}

/// The field a financing instrument finances when its own words name
/// none but the economy: the sector other than the economy most named by
/// strong words in its sentences (outside organizations' names), the
/// nearest to its name on a tie, else the field the story names most
/// besides the economy.
fn financed_field(m: &Mentions, f: &Frame, strong: &dyn Fn(&Span) -> bool) -> Option<(Sector, Span)> {
    let mut tally: Vec<(Sector, usize, usize, Span)> = Vec::new();
    for &si in &f.sentences {
        for &(sp, sec) in m.in_sentence(&m.sectors, si) {
            if sec == Sector::Economy || !strong(&sp) || m.named_covering(sp.0, sp.1).is_some_and(|n| n.entry.is_org()) {
                continue;
            }
            let distance = sp.0.abs_diff(f.kind_span.1);
            match tally.iter_mut().find(|t| t.0 == sec) {
                Some(t) => {
                    t.1 += 1;
                    if distance < t.2 {
                        (t.2, t.3) = (distance, sp);
                    }
                }
                None => tally.push((sec, 1, distance, sp)),
            }
        }
    }
    let best = tally.iter().min_by_key(|t| (std::cmp::Reverse(t.1), t.2)).map(|t| (t.0, t.3));
    // (The story's words of money, "prêt", "don", "financement", do not
    // count: they name the instrument again.)
    best.or_else(|| story_sector_besides(m, Some(Sector::Economy)))
}

/// Words that make an instrument a financing one.
const FINANCING: &[&str] = &["financement", "financing", "pret", "loan", "don", "grant", "credit", "subvention"];

/// Whether the words before an instrument's noun (nearest first) make it
/// the object of an anniversary: "anniversaire du", "anniversary of", "les
/// quatre ans du", "five years after the", "60 years since the".
fn anniversary_of(before: &[&str]) -> bool {
    let counted = |w: &str| {
        w.bytes().all(|b| b.is_ascii_digit())
            || matches!(w, "deux" | "trois" | "quatre" | "cinq" | "dix" | "vingt" | "trente" | "cinquante" | "soixante" | "cent" | "two" | "three" | "four" | "five" | "ten" | "twenty" | "thirty" | "fifty" | "sixty" | "hundred")
    };
    let article = |w: &str| matches!(w, "l'" | "l" | "la" | "le" | "les" | "the");
    // The noun right after the joining word, or after it and an article:
    // "anniversaire du traité", "anniversary of the treaty", "ans du
    // traité", "years after the treaty" (not "cinq ans de négociations,
    // l'accord", nor "il y a deux ans, le traité").
    let joined = |k: usize| k == 1 || k == 2 && article(before[0]);
    (1..before.len().min(3)).any(|k| {
        let join = before[k - 1];
        joined(k)
            && (matches!(before[k], "anniversaire" | "anniversaires") && matches!(join, "du" | "de" | "des")
                || matches!(before[k], "anniversary" | "anniversaries") && join == "of"
                || matches!(before[k], "ans") && matches!(join, "du" | "de") && before.get(k + 1).is_some_and(|w| counted(w))
                || matches!(before[k], "years") && matches!(join, "of" | "after" | "since") && before.get(k + 1).is_some_and(|w| counted(w)))
    })
}

/// A signing long before the article is background.
fn refine_status(m: &Mentions, f: &mut Frame) {
    // A plan dated before the story's year was a plan of the past: "the
    // first country to sign an MoU with China, in 2018" recalls a signing.
    if f.status == Status::Planned {
        let year = f.date.as_ref().and_then(|(d, _)| d.get(0..4)).and_then(|y| y.parse::<i32>().ok());
        if let (Some(y), Some(doc)) = (year, m.doc_date.full) && y < doc.year() {
            f.status = Status::Referenced;
            // Today's witnesses did not see it.
            f.witnesses.clear();
        }
        return;
    }
    if !matches!(f.status, Status::Signed | Status::Ratified) {
        return;
    }
    // An anniversary's instrument is the past the story celebrates: "à
    // quelques jours des quatre ans du traité du Quirinal", "the 60th
    // anniversary of the Elysée Treaty", "five years after the treaty".
    if anniversary_of(&m.words_before(f.kind_span.0, 5)) {
        f.status = Status::Referenced;
        f.date = None;
        f.location = None;
        f.signatories.clear();
        f.witnesses.clear();
        return;
    }
    // A year that names the instrument ("the 2019 Science and Technology
    // Agreement") and lies before the story's: an older instrument.
    let phrase = f.kind_span.0;
    let named_year = m.in_sentence(&m.dates, f.sentences[0]).iter().find_map(|(sp, d)| match d.expr {
        dates::DateExpr::Year(y)
            if m.doc_date.full.is_some_and(|doc| y < doc.year())
                && sp.1 <= phrase
                && phrase - sp.1 <= 40
                && !m.folded.text[sp.1..phrase].contains([',', '.', ';'])
                && m.words_before(sp.0, 1).first().is_some_and(|w| matches!(*w, "the" | "its" | "their" | "this" | "l'" | "le" | "la")) =>
        {
            Some((y, *sp))
        }
        _ => None,
    });
    if let Some((y, sp)) = named_year {
        f.status = Status::Referenced;
        // That year is all the text says of its signing.
        f.date = Some((y.to_string(), sp));
        return;
    }
    // What the story's news follows or completes came before it: "The
    // financing follows the Exchange of Notes signed earlier this month",
    // "Ces documents complètent le mémorandum signé la semaine dernière".
    static FOLLOWS_REVERSED: OnceLock<Vec<String>> = OnceLock::new();
    let before = m.words_before(f.kind_span.0, 6).join(" ");
    if FOLLOWS_REVERSED.get_or_init(|| FOLLOWS.iter().map(|c| words_rev(c)).collect()).iter().any(|c| before.starts_with(c.as_str())) {
        f.status = Status::Referenced;
        return;
    }
    let Some((date, _)) = &f.date else {
        // Background cue right before the noun: "dans le cadre de l'accord".
        static FRAMED_REVERSED: OnceLock<Vec<String>> = OnceLock::new();
        let framed = FRAMED_REVERSED.get_or_init(|| ["dans le cadre", "under the", "en vertu", "conformement", "pursuant", "in line with"].iter().map(|c| words_rev(c)).collect());
        let before = m.words_before(f.kind_span.0, 5).join(" ");
        if framed.iter().any(|c| before.contains(c.as_str())) {
            f.status = Status::Referenced;
        }
        // "Les deux villes sont liées depuis 2016 par une charte", "bound
        // since 2016 by a treaty": in force since a year before the story's.
        let words = m.words_before(f.kind_span.0, 6);
        let since = words.windows(2).any(|w| {
            matches!(w[1], "depuis" | "since") && w[0].len() == 4 && w[0].parse::<i32>().is_ok_and(|y| m.doc_date.full.is_some_and(|d| y < d.year()))
        });
        if since {
            f.status = Status::Referenced;
            return;
        }
        // "Le traité, signé le 22 janvier 2019 et entré en vigueur un an plus
        // tard": an entry into force told without its day, after a signing
        // a year or more before the story, is the story's background; the
        // signing dates it.
        if f.status == Status::Ratified
            && let Some(doc) = m.doc_date.full
        {
            let si = f.sentences[0];
            let in_force = m.cues_in(si).iter().any(|(sp, c)| *c == Cue::Ratified && (m.text(*sp).contains("vigueur") || m.text(*sp).contains("into force")));
            let old_day = m.in_sentence(&m.dates, si).iter().find_map(|(sp, d)| match d.expr {
                dates::DateExpr::Full { date, .. } if (doc.year() - date.year()) * 12 + doc.month() as i32 - date.month() as i32 >= 12 => Some((date.to_string(), *sp)),
                _ => None,
            });
            if in_force && let Some(day) = old_day {
                f.status = Status::Referenced;
                f.date = Some(day);
            }
        }
        return;
    };
    let Some(doc) = m.doc_date.full else { return };
    let y: i32 = date.get(0..4).and_then(|s| s.parse().ok()).unwrap_or(doc.year());
    let mo: u32 = date.get(5..7).and_then(|s| s.parse().ok()).unwrap_or(0);
    let months_before = (doc.year() - y) * 12 + doc.month() as i32 - if mo == 0 { doc.month() as i32 } else { mo as i32 };
    // A signing whose ratification bill the government adopts is the
    // story's ("signée en 2024, ... projet de loi autorisant à ratifier").
    let old = months_before > 2 || y < doc.year() && mo == 0;
    if old && !(f.status == Status::Signed && crate::assemble::executive_bill_at(m, f.sentences[0])) {
        f.status = Status::Referenced;
    }
}

/// Phrases right before an instrument's noun that make it what the news
/// follows or completes (its modifiers may stand between).
const FOLLOWS: &[&str] = &[
    "follows the", "follows", "complements the", "complement the", "completent le", "completent la", "complete le",
    "complete la", "completent l'", "complete l'", "dans le prolongement de l'", "dans le prolongement du",
    "dans le prolongement de la", "fait suite a l'", "fait suite au", "fait suite a la", "builds on the",
    "building on the", "comes after the", "intervient apres la", "intervient apres le", "intervient apres l'",
    // What the story's text rests on: "Le texte s'appuie sur l'accord-cadre
    // franco-allemand". (Not "is based on the", said as often of the
    // memorandum signed that day.)
    "s'appuie sur l'", "s'appuie sur le", "s'appuie sur la", "s'appuient sur l'", "s'appuient sur le", "s'appuient sur la",
    "repose sur l'", "repose sur le", "repose sur la", "se fonde sur l'", "se fonde sur le", "se fonde sur la", "builds upon the",
];

/// `words_before` lists nearest first; phrase tables read forwards.
fn words_rev(phrase: &str) -> String {
    phrase.split(' ').rev().collect::<Vec<_>>().join(" ")
}

fn cue_status_of(c: Cue) -> Option<Status> {
    match c {
        Cue::Signed | Cue::SignedBy => Some(Status::Signed),
        Cue::Planned => Some(Status::Planned),
        Cue::Ratified => Some(Status::Ratified),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::assemble::frames;
    use crate::pipeline::test_mentions;

    use super::*;

    /// The areas of a text's first frame, as written.
    fn areas(text: &str) -> Vec<String> {
        test_mentions(text, |m| {
            let mut fs = frames(m);
            fill(m, &mut fs);
            fs[0].areas.iter().map(|&(a, b)| {
                let (s, e) = m.folded.span(a, b);
                m.input[s..e].to_string()
            }).collect()
        })
    }

    #[test]
    fn area_lists() {
        let cases: &[(&str, &[&str])] = &[
            // Semicolons part a series of three items or more, whatever
            // commas an item holds; a serial "and" opens the last one.
            (
                " date 2026-02-13 Le Togo et le Bénin ont signé mardi un accord de coopération dans les domaines suivants : la surveillance des côtes ; l’échange d’informations, de données et d’images ; la formation des gardes-côtes.",
                &["surveillance des côtes", "échange d’informations, de données et d’images", "formation des gardes-côtes"],
            ),
            (
                " date 2026-02-13 Ecuador and Peru signed a memorandum on Monday covering river navigation; dredging, buoys and signals; and joint hydrographic surveys.",
                &["river navigation", "dredging, buoys and signals", "joint hydrographic surveys"],
            ),
            // A subordinate clause ends a list.
            (
                " date 2026-02-13 Indonesia and South Korea signed a memorandum of understanding on Thursday covering waste management, drainage and recycling, as the two port cities seek to cope with growth and flooding.",
                &["waste management", "drainage", "recycling"],
            ),
            // "in five areas:" opens the list after its colon.
            (
                " date 2026-02-13 Surabaya and Busan signed a memorandum of understanding on Thursday. The two cities will work together in five areas: solid waste; wastewater treatment; flood control; air quality; and green spaces.",
                &["solid waste", "wastewater treatment", "flood control", "air quality", "green spaces"],
            ),
            // "includes" opens a list as "including" does.
            (
                " date 2026-02-13 The UAE and Uzbekistan signed an executive programme on Monday. It includes exchanges of museum exhibitions, heritage conservation and youth football academies.",
                &["exchanges of museum exhibitions", "heritage conservation", "youth football academies"],
            ),
            // A count before a colon announces the list after it.
            (
                " date 2026-02-13 Le Luxembourg et la Belgique ont signé mardi un avenant. L’avenant porte sur trois points : le relèvement du seuil de tolérance ; la prise en compte des jours de formation ; l’échange automatique d’informations.",
                &["relèvement du seuil de tolérance", "prise en compte des jours de formation", "échange automatique d’informations"],
            ),
            (
                " date 2026-02-13 Ghana and Togo signed an agreement on Monday that covers the following: port security, customs controls and the training of pilots.",
                &["port security", "customs controls", "training of pilots"],
            ),
            // A lone semicolon ends a clause, not an item.
            (
                " date 2026-02-13 Chad and Niger signed an agreement covering border security and livestock movements; talks on oil will follow.",
                &["border security", "livestock movements"],
            ),
            // The list verbs in every tense, with or without an adverb.
            (
                " date 2026-02-13 Le Gabon et le Congo devraient signer en avril un protocole d’accord qui devrait notamment porter sur l’élevage de crevettes et la pisciculture.",
                &["élevage de crevettes", "pisciculture"],
            ),
            (
                " date 2026-02-13 Le Gabon et le Congo ont signé jeudi une convention qui couvrira en particulier le fret fluvial et la sécurité des ports.",
                &["fret fluvial", "sécurité des ports"],
            ),
            (
                " date 2026-02-13 Le Gabon et le Congo ont signé jeudi une convention. La coopération portera en priorité sur :\n• la gestion des déchets ;\n• la protection du littoral.",
                &["gestion des déchets", "protection du littoral"],
            ),
            // A fixed pair is one item.
            (
                " date 2025-03-12 Seychelles and Mauritius signed a memorandum of understanding that covers coordinated patrols, fisheries surveillance and search and rescue.",
                &["coordinated patrols", "fisheries surveillance", "search and rescue"],
            ),
            // Two names joined inside the last item stay in it.
            (
                " date 2024-06-12 Kenya and Tanzania signed an agreement on tourism on Tuesday. The agreement covers joint marketing of the Serengeti circuit, harmonised park fees and movement of tour vehicles across the Namanga and Isebania borders.",
                &["joint marketing of the Serengeti circuit", "harmonised park fees", "movement of tour vehicles across the Namanga and Isebania borders"],
            ),
            // A new clause with its own subject ends the list.
            (
                " date 2024-06-12 Zimbabwe and Mozambique signed an extradition treaty on Tuesday. The treaty covers armed robbery, stock theft, smuggling of gold and human trafficking, and it provides that neither State shall surrender a person who may face the death penalty.",
                &["armed robbery", "stock theft", "smuggling of gold", "human trafficking"],
            ),
            // What a loan will finance, without the provinces it applies in.
            (
                " date 2025-02-25 Le Vietnam et l’AFD ont signé mardi une convention de financement. Le prêt financera le renforcement des digues côtières, la gestion de l’eau douce et l’alerte précoce aux inondations dans les provinces de Cà Mau, An Giang et Vinh Long.",
                &["renforcement des digues côtières", "gestion de l’eau douce", "alerte précoce aux inondations"],
            ),
            // A place set between commas before the items is none.
            (
                " date 2025-10-04 Le Liban et l’AFD ont signé vendredi une convention de financement. Elle financera, dans la banlieue sud et le Metn, la réhabilitation des réseaux d’eau potable, la construction de deux réservoirs et la réduction des pertes en eau.",
                &["réhabilitation des réseaux d’eau potable", "construction de deux réservoirs", "réduction des pertes en eau"],
            ),
            // A participle clause ends the list.
            (
                " date 2026-01-20 Canada and Tunisia signed a youth mobility agreement on Monday. It covers working holidays, young professionals placements and co-op internships, allowing young people to work in the other country.",
                &["working holidays", "young professionals placements", "co-op internships"],
            ),
            (
                " date 2024-01-10 Le Niger et le Bénin ont signé un accord qui couvre la santé, l’éducation et les transports.",
                &["santé", "éducation", "transports"],
            ),
            (
                " date 2024-01-10 Ils ont signé un mémorandum d’entente dans les domaines de l’agriculture, de l’irrigation et de la recherche agronomique.",
                &["agriculture", "irrigation", "recherche agronomique"],
            ),
            (
                " date 2024-01-10 The two sides signed a memorandum of understanding covering renewable energy, oil and gas exploration and power transmission.",
                &["renewable energy", "oil and gas exploration", "power transmission"],
            ),
            (
                // A catch-all tail and "ainsi que" before an item with "et".
                " date 2024-01-10 L’accord signé lundi vise la formation, l’entraînement ainsi que l’échange d’expérience et d’expertise dans d’autres secteurs.",
                &["formation", "entraînement", "échange d’expérience et d’expertise"],
            ),
            (
                // English words in -er are not French infinitives.
                " date 2024-01-10 The agreement, signed on Monday in Cairo, covers water sharing, border trade and security.",
                &["water sharing", "border trade", "security"],
            ),
            (
                // A French purpose clause is not a list.
                " date 2024-01-10 Ils ont signé un accord visant à renforcer les échanges, les investissements et le tourisme.",
                &[],
            ),
            (
                // The subject of the name is not an area.
                " date 2024-01-10 Ils ont signé un accord dans le domaine de la pêche.",
                &[],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(areas(text), *want, "{text}");
        }
    }

    #[test]
    fn mechanisms_set_up_but_not_standing_bodies() {
        let text = " date 2024-01-10 Le Mali et le Niger ont signé hier un accord sur l’élevage, en marge de la session de la Grande commission mixte. L’accord prévoit la création d’un comité technique mixte de suivi.";
        let got = test_mentions(text, |m| {
            let mut fs = frames(m);
            fill(m, &mut fs);
            fs[0].mechanisms.iter().map(|&sp| m.text(sp).to_string()).collect::<Vec<_>>()
        });
        assert_eq!(got, ["comite technique mixte de suivi"]);
    }
}
