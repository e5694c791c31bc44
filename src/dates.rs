//! Date expressions: the publication date at the top of a text, the date
//! expressions inside it, and their resolution against the publication date.
//!
//! Recognition scans the tokens of the folded text once ([`find_dates`]);
//! resolution ([`resolve`]) turns an expression into `YYYY-MM-DD`, `YYYY-MM`
//! or `YYYY` following the corpus conventions:
//!
//! - "hier"/"yesterday" is the day before the document date.
//! - A bare weekday in a past report ("lundi", "on Tuesday") is the latest
//!   such day *on or before* the document date: in the development corpus
//!   every bare weekday that equals the document's own weekday ("a annoncé
//!   lundi" in a Monday dispatch, "said on Thursday" in a Thursday one) means
//!   the document day itself. In a future sentence it is the next such day
//!   on or after the document date.
//! - "lundi dernier"/"last Monday" is strictly before the document date,
//!   "lundi prochain"/"next Monday" strictly after; "ce mardi"/"this
//!   Tuesday" is the Tuesday of the document's Monday-start week.
//! - "mardi 13" is the 13th of the document's month or of the adjacent month
//!   whose 13th is a Tuesday.
//! - A day and month without year, or a month without year, take the year
//!   that keeps the event on the reported side of the document date (past:
//!   not after it; future: not before it; unknown: the nearest), unless a
//!   weekday written with it fits exactly one nearby year.
//! - "la semaine prochaine", "next week", "dans les prochains mois" and year
//!   ranges ("2024-2027") are recognized so that nothing else reads them, and
//!   resolve to nothing.

mod lexicon;
mod scan;

use crate::calendar::Date;
use crate::extractor::Language;
use crate::normalize::{char_at, Folded};
use scan::{Cal, Kind, Scan, Tok};

/// The publication date found at the top of a text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct DocumentDate {
    /// Full date, when known: from a leading ` date YYYY-MM-DD ` marker, else
    /// a dateline with a full date ("RABAT, 12 mars 2025 (MAP) -"), else a
    /// dateline with day and month whose year a `date YYYY-MM` marker gives.
    pub full: Option<Date>,
    /// Year and month, known even when the day is not (`date 2025-07`).
    pub year_month: Option<(i32, u32)>,
    /// Input byte span of the marker if there is one, else of the dateline date.
    pub span: Option<(usize, usize)>,
    /// Input byte span of the dateline's date, even when a marker exists, so
    /// that it is not taken for an event date.
    pub dateline: Option<(usize, usize)>,
}

impl DocumentDate {
    /// A document date known from outside the text (caller or options).
    pub(crate) fn known(date: Date) -> DocumentDate {
        DocumentDate {
            full: Some(date),
            year_month: Some((date.year(), date.month())),
            span: None,
            dateline: None,
        }
    }

    /// The reference year and month, from the full date or the marker.
    fn month_ref(&self) -> Option<(i32, u32)> {
        self.full.map(|d| (d.year(), d.month())).or(self.year_month)
    }
}

/// How far the text before a date leans it in time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Rel {
    /// No modifier.
    Bare,
    /// "ce mardi", "this Tuesday", "this July".
    This,
    /// "lundi dernier", "last Monday", "juillet dernier": strictly before.
    Last,
    /// "lundi prochain", "next Monday": strictly after.
    Next,
    /// "d'ici", "by", "until", "avant": on or after the document date.
    Until,
    /// "depuis", "since": on or before the document date.
    Since,
}

/// A date expression, before resolution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DateExpr {
    /// A complete day ("22 octobre 2020", "2025-03-12", "12/03/2025"), with
    /// the weekday written next to it if any.
    Full { date: Date, weekday: Option<u32> },
    /// Day and month without year ("le 26 avril", "mardi 13 janvier", "March 3").
    DayMonth { day: u32, month: u32, weekday: Option<u32>, rel: Rel },
    /// Weekday and day number without month ("mardi 13").
    WeekdayDay { weekday: u32, day: u32 },
    /// A day of the document's own month ("le 3 courant", "le 3 du mois
    /// courant", "le 3 de ce mois", "the 3rd of this month"), or of the
    /// month `months` away ("le 3 du mois dernier" -1, "the 3rd of next
    /// month" 1).
    DayOfMonth { day: u32, months: i32 },
    /// A day number alone ("on the 12th", "le 12"): that day in the
    /// document's month or the one before or after, on the side the
    /// sentence's tense gives.
    DayAlone(u32),
    /// A weekday alone ("lundi", "ce mardi", "last Monday"); 0 = Monday.
    Weekday { weekday: u32, rel: Rel },
    /// Days after the document date: "hier" -1, "aujourd'hui" 0, "demain" 1,
    /// "avant-hier" -2.
    RelativeDay(i32),
    /// A month, with its year when written ("en octobre", "octobre 2019",
    /// "d'ici à la fin du mois de mars").
    Month { month: u32, year: Option<i32>, rel: Rel },
    /// A year ("en 2009", "in 2019", "premier semestre 2022", "fin 2024").
    Year(i32),
    /// Months after the document month: "le mois dernier" -1, "next month" 1.
    RelativeMonth(i32),
    /// Years after the document year: "l'an dernier" -1, "cette année",
    /// "d'ici la fin de l'année", "before the end of the year" 0.
    RelativeYear(i32),
    /// A period of years ("2024-2027"): no date.
    YearRange(i32, i32),
    /// A vague time ("la semaine prochaine", "next week", "dans les
    /// prochains mois", "in the coming weeks"): no date.
    Vague,
}

/// A date expression in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct DateMention {
    /// Input byte offsets.
    pub start: usize,
    pub end: usize,
    pub expr: DateExpr,
}

/// Whether the sentence around a date speaks of the past or the future.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    Future,
    /// Neither: the nearest reading wins. Assembly always knows the step's
    /// tense; the recognizer's tests exercise this reading.
    #[cfg_attr(not(test), allow(dead_code))]
    Unknown,
}

/// A resolved date and whether a weekday written with it disagrees.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Resolved {
    /// "YYYY-MM-DD", "YYYY-MM" or "YYYY".
    pub value: String,
    /// A weekday was written with the date and is not the date's weekday
    /// ("lundi 13 janvier" when the 13th is a Tuesday). The value follows the
    /// day number.
    pub weekday_mismatch: bool,
}

/// Every date expression of `input`, in text order, without overlaps.
pub(crate) fn find_dates(input: &str, folded: &Folded, lang: Language) -> Vec<DateMention> {
    let toks = scan::tokenize(&folded.text);
    let scan = Scan { toks: &toks, lang };
    let mut out = Vec::new();
    // The leading marker is the document date, not a date of the text.
    let start = marker(&scan).map_or(0, |(_, _, last)| last + 1);
    let (mut i, mut floor) = (start, start);
    while i < toks.len() {
        match scan.at(i, floor) {
            Some(hit) if statute_year(&toks, folded, input, &hit) => {
                floor = hit.last.max(i) + 1;
                i = floor;
            }
            Some(hit) => {
                let span = input_span(&toks, folded, hit.first, hit.last);
                let on_chars = |&(s, e): &(usize, usize)| input.is_char_boundary(s) && input.is_char_boundary(e);
                if let Some((start, end)) = span.filter(on_chars) {
                    out.push(DateMention { start, end, expr: hit.expr });
                }
                floor = hit.last.max(i) + 1;
                i = floor;
            }
            None => i += 1,
        }
    }
    out
}

/// Whether a hit is the year in a statute's name ("the Treaty Making and
/// Ratification Act, 2012", "the Data Protection Act 2018"): no date of
/// anything the text tells.
fn statute_year(toks: &[Tok<'_>], folded: &Folded, input: &str, hit: &scan::Hit) -> bool {
    if !matches!(hit.expr, DateExpr::Year(_)) || hit.first != hit.last {
        return false;
    }
    let act = match hit.first.checked_sub(1).map(|k| toks[k].text) {
        Some(",") => hit.first.checked_sub(2),
        _ => hit.first.checked_sub(1),
    };
    act.is_some_and(|k| toks[k].text == "act" && folded.upper_at(input, toks[k].start))
}

/// The input span of tokens `first..=last`.
fn input_span(toks: &[Tok<'_>], folded: &Folded, first: usize, last: usize) -> Option<(usize, usize)> {
    let (a, b) = (toks.get(first)?, toks.get(last)?);
    Some(folded.span(a.start, b.end.max(a.start)))
}

/// How much of the text's start is searched for a marker and a dateline.
const HEAD_BYTES: usize = 4096;

/// The publication date at the top of `input`: the ` date YYYY-MM-DD ` or
/// ` date YYYY-MM ` marker (first token) and the dateline's date.
pub(crate) fn document_date(input: &str, folded: &Folded) -> DocumentDate {
    let text = &folded.text;
    let head = text.get(..text.floor_char_boundary(HEAD_BYTES)).unwrap_or("");
    let mut doc = DocumentDate::default();
    // The marker stands in the first few tokens.
    let lead = head.len() - head.trim_start().len();
    let marker_toks = scan::tokenize(&head[..head.floor_char_boundary(lead + MARKER_BYTES)]);
    let mut body = 0;
    if let Some((full, ym, last)) = marker(&Scan { toks: &marker_toks, lang: Language::French }) {
        doc.full = full;
        doc.year_month = Some(ym);
        doc.span = input_span(&marker_toks, folded, 0, last);
        body = marker_toks[last].end;
    }
    let capitalised = |t: &Tok<'_>| {
        let (s, e) = folded.span(t.start, t.end);
        input.get(s..e).and_then(|w| w.chars().next()).is_some_and(char::is_uppercase)
    };
    // A dateline opens one of the first lines: only a short window at the
    // start of each is read, and only when it holds a comma and a digit.
    for start in line_starts(head, body).take(DATELINE_LINES) {
        // The place ends at a comma; the day follows it closely.
        let place = &head.as_bytes()[start..head.floor_char_boundary(start + DATELINE_BYTES)];
        let Some(comma) = memchr::memchr2(b',', b'\n', place) else { continue };
        let after = &head[start + comma..head.floor_char_boundary(start + comma + DATELINE_TAIL)];
        // (Every byte of the window is read: a loop without an early exit
        // is a few vector operations, where one that stops at the first
        // digit reads a byte at a time.)
        if place[comma] != b',' || !after.bytes().fold(false, |any, b| any | b.is_ascii_digit()) {
            continue;
        }
        // The place is a few capitalized words: a piece that opens with a
        // lowercase letter ("Le temps restera doux, ...") rules the line
        // out before it is tokenized (`dateline_at` would).
        let lowercase_at = |k: usize| folded.input_char(input, k).is_some_and(char::is_lowercase);
        let mut pieces = 0;
        let mut plain = false;
        for (k, piece) in head[start..start + comma].split(' ').scan(start, |at, w| {
            let k = *at;
            *at += w.len() + 1;
            Some((k, w))
        }) {
            if piece.is_empty() {
                continue;
            }
            pieces += 1;
            if pieces > DATELINE_PLACE_TOKENS || piece.as_bytes()[0].is_ascii_alphabetic() && lowercase_at(k) {
                plain = true;
                break;
            }
        }
        if plain {
            continue;
        }
        let window_end = start + comma + after.len();
        // A window cut short of its line's end may not end the line.
        let cut = window_end < head.len() && !head[window_end..].starts_with(['\n', '\r']);
        let mut toks = scan::tokenize(&head[start..window_end]);
        for t in &mut toks {
            t.start += start;
            t.end += start;
        }
        let scan = Scan { toks: &toks, lang: Language::French };
        let Some((cal, first, last)) = scan.dateline_at(0, capitalised, cut) else { continue };
        let span = input_span(&toks, folded, first, last);
        doc.dateline = span;
        if doc.span.is_none() {
            doc.span = span;
        }
        if doc.full.is_none() {
            doc.full = dateline_date(cal, doc.year_month);
            if let Some(d) = doc.full {
                doc.year_month = Some((d.year(), d.month()));
            }
        }
        break;
    }
    doc
}

/// How much of the start is read for the marker.
const MARKER_BYTES: usize = 64;
/// The most tokens a dateline's place holds before its comma (see
/// `Scan::dateline_at`).
const DATELINE_PLACE_TOKENS: usize = 8;
/// How many lines may open with the dateline.
const DATELINE_LINES: usize = 16;
/// How far from a line's start the comma after a dateline's place may be.
const DATELINE_BYTES: usize = 160;
/// How much after that comma is read for the date and the dash.
const DATELINE_TAIL: usize = 96;

/// The byte offset of the first token of each line that has one, from
/// `from` on (which counts as a line start).
fn line_starts(t: &str, from: usize) -> impl Iterator<Item = usize> + '_ {
    let bytes = t.as_bytes();
    let mut at = Some(from);
    std::iter::from_fn(move || {
        let mut i = at?;
        // Skip whitespace, line breaks included, to the first token.
        while let Some(c) = char_at(t, i).filter(|c| c.is_whitespace()) {
            i += c.len_utf8();
        }
        if i >= bytes.len() {
            at = None;
            return None;
        }
        at = memchr::memchr2(b'\n', b'\r', &bytes[i..]).map(|k| i + k);
        Some(i)
    })
}

/// A leading "date YYYY-MM-DD" or "date YYYY-MM": the full date if given,
/// the year and month, and the marker's last token.
fn marker(scan: &Scan<'_, '_>) -> Option<(Option<Date>, (i32, u32), usize)> {
    let toks = scan.toks;
    if scan.text(0) != "date" {
        return None;
    }
    let num = |i: usize, digits: usize| {
        toks.get(i).filter(|t| t.kind == Kind::Num && !t.ordinal && t.digits == digits).map(|t| t.value)
    };
    let glued = |i: usize| matches!((toks.get(i), toks.get(i + 1)), (Some(a), Some(b)) if a.end == b.start);
    let year = i32::try_from(num(1, 4)?).ok()?;
    if scan.text(2) != "-" || !glued(1) || !glued(2) {
        return None;
    }
    let month = num(3, 2).filter(|m| (1..=12).contains(m))?;
    let ends = |i: usize| !glued(i) || toks.get(i + 1).is_none();
    if scan.text(4) == "-" && glued(3) && glued(4) {
        let day = num(5, 2)?;
        let date = Date::new(year, month, day)?;
        return ends(5).then_some((Some(date), (year, month), 5));
    }
    ends(3).then_some((None, (year, month), 3))
}

/// The date of a dateline: its own year, else the year of the marker's
/// month that puts it nearest.
fn dateline_date(cal: Cal, year_month: Option<(i32, u32)>) -> Option<Date> {
    let day = cal.day?;
    if let Some(y) = cal.year {
        return Date::new(y, cal.month, day);
    }
    let (y, m) = year_month?;
    let year = pick_month(y, m, cal.month, Side::Nearest)?.0;
    Date::new(year, cal.month, day)
}

/// Resolves an expression against the document date: "YYYY-MM-DD",
/// "YYYY-MM" or "YYYY", or `None` when it names no date or needs a
/// document date that is unknown.
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn resolve(expr: &DateExpr, doc: &DocumentDate, tense: Tense) -> Option<String> {
    resolve_detailed(expr, doc, tense).map(|r| r.value)
}

/// [`resolve`], also telling whether a written weekday contradicts the date.
pub(crate) fn resolve_detailed(expr: &DateExpr, doc: &DocumentDate, tense: Tense) -> Option<Resolved> {
    let day = |date: Date, weekday: Option<u32>| Resolved {
        value: date.to_string(),
        weekday_mismatch: weekday.is_some_and(|w| w != date.weekday()),
    };
    let plain = |value: String| Resolved { value, weekday_mismatch: false };
    match *expr {
        DateExpr::Full { date, weekday } => Some(day(date, weekday)),
        DateExpr::DayMonth { day: d, month, weekday, rel } => {
            let side = side(rel, tense);
            let date = match doc.full {
                Some(full) => pick_day_month(full, month, d, weekday, side)?,
                None => {
                    let (y, m) = doc.year_month?;
                    Date::new(pick_month(y, m, month, side.loose())?.0, month, d)?
                }
            };
            Some(day(date, weekday))
        }
        DateExpr::WeekdayDay { weekday, day: d } => {
            let (date, fits) = weekday_day(doc.full?, weekday, d, side(Rel::Bare, tense))?;
            Some(Resolved { value: date.to_string(), weekday_mismatch: !fits })
        }
        DateExpr::DayOfMonth { day: d, months } => {
            let (y, m) = doc.month_ref()?;
            let (y, m) = add_months(y, m, i64::from(months))?;
            Some(day(Date::new(y, m, d)?, None))
        }
        DateExpr::DayAlone(d) => {
            let doc = doc.full?;
            let days = [-1i64, 0, 1].into_iter().filter_map(|k| {
                let (y, m) = add_months(doc.year(), doc.month(), k)?;
                let date = Date::new(y, m, d)?;
                Some((date.to_days(), date))
            });
            let side = match tense {
                Tense::Past => Side::Before { strict: false },
                Tense::Future => Side::After { strict: false },
                _ => Side::Nearest,
            };
            Some(day(pick(days, doc.to_days(), side)?, None))
        }
        DateExpr::Weekday { weekday, rel } => Some(day(weekday_date(doc.full?, weekday, rel, tense)?, None)),
        DateExpr::RelativeDay(n) => Some(day(doc.full?.add_days(i64::from(n))?, None)),
        DateExpr::Month { month, year: Some(y), .. } => Some(plain(format!("{y:04}-{month:02}"))),
        DateExpr::Month { month, year: None, rel } => {
            let (y, m) = doc.month_ref()?;
            let year = match rel {
                Rel::This => y,
                _ => pick_month(y, m, month, side(rel, tense))?.0,
            };
            Some(plain(format!("{year:04}-{month:02}")))
        }
        DateExpr::Year(y) => Some(plain(format!("{y:04}"))),
        DateExpr::RelativeMonth(n) => {
            let (y, m) = doc.month_ref()?;
            let (year, month) = add_months(y, m, i64::from(n))?;
            Some(plain(format!("{year:04}-{month:02}")))
        }
        DateExpr::RelativeYear(n) => Some(plain(format!("{:04}", doc.month_ref()?.0 + n))),
        DateExpr::YearRange(..) | DateExpr::Vague => None,
    }
}

/// Which side of the document date an expression without year falls on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Side {
    Before { strict: bool },
    After { strict: bool },
    Nearest,
}

impl Side {
    /// The same side, allowing the reference itself (month-level choices).
    fn loose(self) -> Side {
        match self {
            Side::Before { .. } => Side::Before { strict: false },
            Side::After { .. } => Side::After { strict: false },
            Side::Nearest => Side::Nearest,
        }
    }
}

/// The side an expression's modifier, else the sentence's tense, puts it on.
fn side(rel: Rel, tense: Tense) -> Side {
    match (rel, tense) {
        (Rel::Last, _) => Side::Before { strict: true },
        (Rel::Next, _) => Side::After { strict: true },
        (Rel::Since, _) | (_, Tense::Past) => Side::Before { strict: false },
        (Rel::Until, _) | (_, Tense::Future) => Side::After { strict: false },
        _ => Side::Nearest,
    }
}

/// The candidate (by key) on `side` of `reference`: the latest before,
/// the earliest after, or the nearest (ties to the earlier). Falls back
/// to the nearest when no candidate lies on that side.
fn pick<T: Copy>(cands: impl Iterator<Item = (i64, T)> + Clone, reference: i64, side: Side) -> Option<T> {
    let nearest = || cands.clone().min_by_key(|&(k, _)| ((k - reference).abs(), k)).map(|c| c.1);
    let chosen = match side {
        Side::Before { strict } => {
            cands.clone().filter(|&(k, _)| k < reference || (!strict && k == reference)).max_by_key(|c| c.0)
        }
        Side::After { strict } => {
            cands.clone().filter(|&(k, _)| k > reference || (!strict && k == reference)).min_by_key(|c| c.0)
        }
        Side::Nearest => None,
    };
    chosen.map(|c| c.1).or_else(nearest)
}

/// How far from the document date a written weekday may pick the year.
const WEEKDAY_REACH_DAYS: i64 = 200;

/// The year (among the document's and its neighbours) for day `d` of
/// `month`. A written weekday that fits one candidate within
/// [`WEEKDAY_REACH_DAYS`] of the document date picks it ("mercredi 12
/// novembre" in a text of 6 November 2025 is 2025 whatever the tense says).
fn pick_day_month(doc: Date, month: u32, d: u32, weekday: Option<u32>, side: Side) -> Option<Date> {
    let reference = doc.to_days();
    let cands = (doc.year() - 1..=doc.year() + 1)
        .filter_map(move |y| Date::new(y, month, d))
        .map(|date| (date.to_days(), date));
    if let Some(w) = weekday {
        let fitting = cands
            .clone()
            .filter(|&(k, date)| date.weekday() == w && (k - reference).abs() <= WEEKDAY_REACH_DAYS);
        if let Some(date) = pick(fitting, reference, side) {
            return Some(date);
        }
    }
    pick(cands, reference, side)
}

/// The year and month `k` months after `month` of `year` (before, when
/// `k` is negative).
fn add_months(year: i32, month: u32, k: i64) -> Option<(i32, u32)> {
    let index = i64::from(year) * 12 + i64::from(month) - 1 + k;
    Some((i32::try_from(index.div_euclid(12)).ok()?, u32::try_from(index.rem_euclid(12)).ok()? + 1))
}

/// The year (among the reference's and its neighbours) for `month`,
/// with the month index it gives.
fn pick_month(y: i32, m: u32, month: u32, side: Side) -> Option<(i32, i64)> {
    let index = |y: i32, m: u32| i64::from(y) * 12 + i64::from(m);
    let cands = (y - 1..=y + 1).map(move |yy| (index(yy, month), (yy, index(yy, month))));
    pick(cands, index(y, m), side)
}

/// Day `d` of the document's month or an adjacent one, preferring the
/// months whose `d` falls on `weekday`; tells whether it does.
fn weekday_day(doc: Date, weekday: u32, d: u32, side: Side) -> Option<(Date, bool)> {
    let months = [-1i64, 0, 1].map(|k| {
        let (year, month) = add_months(doc.year(), doc.month(), k)?;
        Date::new(year, month, d)
    });
    let all = months.iter().flatten().map(|&date| (date.to_days(), date));
    let fitting = all.clone().filter(|&(_, date)| date.weekday() == weekday);
    if fitting.clone().next().is_some() {
        return pick(fitting, doc.to_days(), side).map(|date| (date, true));
    }
    let same_month = Date::new(doc.year(), doc.month(), d);
    same_month.or_else(|| pick(all, doc.to_days(), side)).map(|date| (date, false))
}

/// The date of a weekday word against the document date.
fn weekday_date(doc: Date, weekday: u32, rel: Rel, tense: Tense) -> Option<Date> {
    let today = i64::from(doc.weekday());
    let w = i64::from(weekday);
    let back = (today - w).rem_euclid(7);
    let ahead = (w - today).rem_euclid(7);
    let offset = match rel {
        Rel::This => w - today,
        Rel::Last => -(if back == 0 { 7 } else { back }),
        Rel::Next => if ahead == 0 { 7 } else { ahead },
        Rel::Until => ahead,
        Rel::Since => -back,
        Rel::Bare if tense == Tense::Future => ahead,
        Rel::Bare => -back,
    };
    doc.add_days(offset)
}

#[cfg(test)]
mod tests;
