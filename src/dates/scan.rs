//! Tokens of the folded text and the recognizers that read date expressions
//! from them. One left-to-right pass; every recognizer looks at a bounded
//! number of tokens around its head, so the scan is linear.

use super::lexicon::{self, MonthForm};
use super::{DateExpr, Rel};
use crate::calendar::{Date, days_in_month};
use crate::extractor::Language;
use crate::normalize::char_at;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// A run of letters.
    Word,
    /// A run of ASCII digits (at most nine), possibly with an ordinal suffix.
    Num,
    /// Any other single character.
    Punct,
    /// Digits glued to letters that are no ordinal ("12h", "2000t"), or too many digits.
    Other,
}

/// One token of the folded text.
#[derive(Clone, Copy, Debug)]
pub(super) struct Tok<'a> {
    /// The folded text of the token, suffix included.
    pub(super) text: &'a str,
    /// Folded byte offsets.
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) kind: Kind,
    /// Value of a `Num`.
    pub(super) value: u32,
    /// Number of digits of a `Num`.
    pub(super) digits: usize,
    /// Whether a `Num` carries an ordinal suffix ("1er", "3rd").
    pub(super) ordinal: bool,
    /// Whether the token is the first of its line.
    pub(super) line_start: bool,
    /// Whether the token is a month or weekday word (asked once here, not
    /// by every recognizer).
    pub(super) calendar: bool,
}

/// The end of the run of letters starting at byte `i` of `text`.
fn letters_end(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
            i += 1;
        }
        match char_at(text, i) {
            Some(d) if !d.is_ascii() && d.is_alphabetic() => i += d.len_utf8(),
            _ => return i,
        }
    }
}

/// Splits folded text into words, numbers and single punctuation characters.
pub(super) fn tokenize(text: &str) -> Vec<Tok<'_>> {
    // About one token every four bytes of news text: room enough that the
    // vector seldom grows.
    let mut toks = Vec::with_capacity(text.len() / 4 + 1);
    let mut line_start = true;
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        // ASCII, most of any text, is classified without decoding.
        let b = bytes[at];
        // (The vertical tab, which `is_ascii_whitespace` leaves out, is a
        // space too.)
        let (kind, end) = if b.is_ascii_whitespace() || b == 0x0b {
            line_start |= b == b'\n' || b == b'\r';
            at += 1;
            continue;
        } else if b.is_ascii_digit() {
            let mut value: u64 = 0;
            let mut j = at;
            while j < bytes.len() && bytes[j].is_ascii_digit() {
                value = (value * 10 + u64::from(bytes[j] - b'0')).min(u64::from(u32::MAX));
                j += 1;
            }
            let digits = j - at;
            let end = letters_end(text, j);
            let suffix = &text[j..end];
            let ordinal = !suffix.is_empty();
            let kind = if digits > 9 || (ordinal && !lexicon::is_ordinal_suffix(suffix)) { Kind::Other } else { Kind::Num };
            let value = u32::try_from(value).unwrap_or(u32::MAX);
            toks.push(Tok { text: &text[at..end], start: at, end, kind, value, digits, ordinal, line_start, calendar: false });
            at = end;
            line_start = false;
            continue;
        } else if b.is_ascii_alphabetic() {
            (Kind::Word, letters_end(text, at + 1))
        } else if b.is_ascii() {
            (Kind::Punct, at + 1)
        } else {
            let Some(c) = char_at(text, at) else { break };
            let next = at + c.len_utf8();
            if c.is_whitespace() {
                at = next;
                continue;
            }
            if c.is_alphabetic() { (Kind::Word, letters_end(text, next)) } else { (Kind::Punct, next) }
        };
        let word = &text[at..end];
        let calendar = kind == Kind::Word && lexicon::is_month_or_weekday(word);
        toks.push(Tok { text: word, start: at, end, kind, value: 0, digits: 0, ordinal: false, line_start, calendar });
        at = end;
        line_start = false;
    }
    toks
}

/// Words that may follow an English day alone ("on the 12th a
/// memorandum", "on the 12th in Baghdad"): none can be the number's noun.
const EN_AFTER_DAY: &[&str] = &[
    "a", "an", "the", "in", "at", "with", "between", "by", "and", "during", "when", "after", "before", "to", "on", "for",
    "this", "its", "their", "two", "three", "four", "five", "several",
];

/// Words that may follow a French day alone ("le 12 un mémorandum", "le 3
/// à Niamey", "le 12 dernier" is read elsewhere).
const FR_AFTER_DAY: &[&str] = &[
    "un", "une", "des", "les", "la", "le", "l", "a", "au", "aux", "en", "dans", "par", "entre", "avec", "lors", "et",
    "pour", "sur", "apres", "avant", "deux", "trois", "quatre", "cinq", "plusieurs", "leur", "leurs", "son", "sa", "ses",
];

/// A recognized expression: tokens `first..=last` and what they say.
#[derive(Debug)]
pub(super) struct Hit {
    pub(super) first: usize,
    pub(super) last: usize,
    pub(super) expr: DateExpr,
}

/// Day, month and year read from a calendar phrase ("12 mars 2025", "Oct. 8").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Cal {
    pub(super) day: Option<u32>,
    pub(super) month: u32,
    pub(super) year: Option<i32>,
}

/// Read access to the tokens with bounds-checked helpers.
pub(super) struct Scan<'t, 'a> {
    pub(super) toks: &'t [Tok<'a>],
    pub(super) lang: Language,
}

impl<'t, 'a> Scan<'t, 'a> {
    /// Whether token `i` is a month or weekday word.
    fn calendar_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.calendar)
    }

    /// The text of token `i`, or "" past the end.
    pub(super) fn text(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.text)
    }

    fn is(&self, i: usize, s: &str) -> bool {
        self.text(i) == s
    }

    fn is_any(&self, i: usize, set: &[&str]) -> bool {
        self.toks.get(i).is_some_and(|t| set.contains(&t.text))
    }

    fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    /// Token `i` if it is a number.
    fn num(&self, i: usize) -> Option<Tok<'a>> {
        self.toks.get(i).copied().filter(|t| t.kind == Kind::Num)
    }

    /// Whether tokens `i` and `i + 1` touch (no space between).
    fn glued(&self, i: usize) -> bool {
        match (self.toks.get(i), self.toks.get(i + 1)) {
            (Some(a), Some(b)) => a.end == b.start,
            _ => false,
        }
    }

    /// The index before `i`, if it is not below `floor`.
    fn back(&self, i: usize, floor: usize) -> Option<usize> {
        i.checked_sub(1).filter(|&p| p >= floor)
    }

    /// The word before `i`, looking through an elision apostrophe ("d'", "l'").
    fn prev_word(&self, i: usize, floor: usize) -> Option<usize> {
        let p = self.back(i, floor)?;
        if self.is(p, "'") { self.back(p, floor) } else { Some(p) }
    }

    /// A plain day number (1 to 31, at most two digits).
    fn day_num(&self, i: usize) -> Option<u32> {
        self.num(i).filter(|t| t.digits <= 2 && (1..=31).contains(&t.value)).map(|t| t.value)
    }

    /// A four-digit year from 1000 to 2999 that is not the head of a
    /// larger number or a quantity.
    fn year_num(&self, i: usize) -> Option<i32> {
        let t = self.num(i).filter(|t| t.digits == 4 && !t.ordinal)?;
        if !(1000..=2999).contains(&t.value) || self.continues_number(i) || self.unit_after(i) {
            return None;
        }
        i32::try_from(t.value).ok()
    }

    /// Whether the number at `i` goes on as a larger numeric structure
    /// ("2025-15", "2,500", "12:30", "2 000").
    fn continues_number(&self, i: usize) -> bool {
        if self.glued(i) && self.is_any(i + 1, &["-", "/", ".", ",", ":", "h"]) && self.glued(i + 1)
        {
            return self.kind(i + 2) == Some(Kind::Num);
        }
        self.num(i + 1).is_some_and(|n| n.digits == 3)
    }

    /// Whether the token after `i` is a unit or a percent sign.
    fn unit_after(&self, i: usize) -> bool {
        self.is(i + 1, "%") || lexicon::is_unit(self.text(i + 1))
    }

    /// The month named by token `i`, and the token after an abbreviation's dot.
    fn month_at(&self, i: usize) -> Option<(u32, MonthForm, usize)> {
        // Only words are flagged.
        if !self.calendar_word(i) {
            return None;
        }
        let (m, form) = lexicon::month(self.text(i), self.lang)?;
        let dotted = form == MonthForm::Abbreviation && self.glued(i) && self.is(i + 1, ".");
        let last = if dotted { i + 1 } else { i };
        Some((m, form, last))
    }

    /// A year after a calendar phrase ending at `last`: "2025" or ", 2025".
    fn trailing_year(&self, last: usize) -> Option<(i32, usize)> {
        if let Some(y) = self.year_num(last + 1) {
            return Some((y, last + 1));
        }
        if self.is(last + 1, ",")
            && let Some(y) = self.year_num(last + 2)
        {
            return Some((y, last + 2));
        }
        None
    }

    /// "12 mars [2025]", "1er mars", "3rd of March [2025]".
    fn num_led_cal(&self, i: usize) -> Option<(Cal, usize)> {
        let day = self.day_num(i)?;
        if !self.glued_after_space(i) {
            return None;
        }
        self.month_after_day(day, i + 1)
    }

    /// The month (after an optional "of") and year that follow a day
    /// read up to token `j`: "[of] March [2025]".
    fn month_after_day(&self, day: u32, mut j: usize) -> Option<(Cal, usize)> {
        if self.is(j, "of") {
            j += 1;
        }
        let (month, _, mut last) = self.month_at(j)?;
        if day > max_days(month) {
            return None;
        }
        let mut year = None;
        if let Some((y, at)) = self.trailing_year(last) {
            year = Some(y);
            last = at;
        }
        Some((Cal { day: Some(day), month, year }, last))
    }

    /// "the fifteenth of October", "the twenty-first of May 2025": an
    /// English day spelled out as an ordinal.
    fn spelled_day_led(&self, i: usize, floor: usize) -> Option<Hit> {
        if self.lang != Language::English {
            return None;
        }
        const UNITS: [&str; 9] = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
        const TEENS: [&str; 10] = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
        let w = self.text(i);
        let unit = |w: &str| UNITS.iter().position(|u| *u == w).map(|k| k as u32 + 1);
        let (day, last) = if let Some(d) = unit(w) {
            (d, i)
        } else if let Some(k) = TEENS.iter().position(|t| *t == w) {
            (k as u32 + 10, i)
        } else if w == "twentieth" || w == "thirtieth" {
            (if w == "twentieth" { 20 } else { 30 }, i)
        } else if matches!(w, "twenty" | "thirty") && self.is(i + 1, "-") && let Some(d) = unit(self.text(i + 2)) {
            (if w == "twenty" { 20 } else { 30 } + d, i + 2)
        } else {
            return None;
        };
        let (cal, end) = self.month_after_day(day, last + 1)?;
        Some(self.calendar_hit(i, end, cal, None, Rel::Bare, floor))
    }

    /// Whether token `i` is separated from the next by space, not glued
    /// ("28-Septembre" is a name, "28 septembre" a date).
    fn glued_after_space(&self, i: usize) -> bool {
        !self.glued(i)
    }

    /// "Oct 8", "Nov. 27", "March 3rd, 2025", "octobre 2019", "October of 2019".
    fn month_led_cal(&self, i: usize) -> Option<(Cal, usize)> {
        let (month, _, last) = self.month_at(i)?;
        if let Some(day) = self.day_num(last + 1) {
            let glued_time = self.glued(last + 1) && self.is(last + 2, ":");
            if day <= max_days(month) && !glued_time && !self.unit_after(last + 1)
                && self.num(last + 2).is_none()
            {
                let (year, end) = match self.trailing_year(last + 1) {
                    Some((y, at)) => (Some(y), at),
                    None => (None, last + 1),
                };
                return Some((Cal { day: Some(day), month, year }, end));
            }
        }
        if let Some(y) = self.year_num(last + 1) {
            return Some((Cal { day: None, month, year: Some(y) }, last + 1));
        }
        if self.is_any(last + 1, &["of", "de"])
            && let Some(y) = self.year_num(last + 2)
        {
            return Some((Cal { day: None, month, year: Some(y) }, last + 2));
        }
        None
    }

    /// Any calendar phrase starting at `i`.
    pub(super) fn calendar(&self, i: usize) -> Option<(Cal, usize)> {
        self.num_led_cal(i).or_else(|| self.month_led_cal(i))
    }

    /// The expression starting or ending at token `i`; tokens before
    /// `floor` belong to an earlier expression.
    pub(super) fn at(&self, i: usize, floor: usize) -> Option<Hit> {
        match self.kind(i)? {
            Kind::Num => self
                .iso(i)
                .or_else(|| self.numeric(i))
                .or_else(|| self.day_this_month(i))
                .or_else(|| self.year_range(i))
                .or_else(|| self.day_led(i, floor))
                .or_else(|| self.day_alone(i, floor))
                .or_else(|| self.year_alone(i, floor)),
            Kind::Word => self
                .weekday(i, floor)
                .or_else(|| self.month_led(i, floor))
                .or_else(|| self.spelled_day_led(i, floor))
                .or_else(|| self.relative_day(i, floor))
                .or_else(|| self.period(i, floor)),
            _ => None,
        }
    }

    /// "le 3 courant", "le 3 du mois courant", "le 3 de ce mois", "the 3rd
    /// of this month": a day of the document's month (French
    /// administrative style, and English). "le 3 du mois dernier", "the
    /// 3rd of last month": a day of the month before (or after).
    fn day_this_month(&self, i: usize) -> Option<Hit> {
        let d = self.num(i).filter(|t| t.digits <= 2 && t.value >= 1 && t.value <= 31)?;
        let month_after = |k: usize| match self.toks.get(k).map(|t| t.text) {
            Some("dernier" | "passe" | "last" | "past" | "previous") => Some(-1),
            Some("prochain" | "next" | "coming") => Some(1),
            Some("courant" | "this" | "current") => Some(0),
            _ => None,
        };
        let (last, months) = if self.is(i + 1, "courant") || self.is(i + 1, "instant") {
            (i + 1, 0)
        } else if self.is(i + 1, "du") && self.is(i + 2, "mois") && let Some(k) = month_after(i + 3) {
            // "le 4 du mois courant", "le 4 du mois dernier".
            (i + 3, k)
        } else if self.is(i + 1, "de") && self.is(i + 2, "ce") && self.is(i + 3, "mois") {
            (i + 3, 0)
        } else if self.is(i + 1, "du") && self.is(i + 2, "mois") && self.is(i + 3, "en") && self.is(i + 4, "cours") {
            // "le 12 du mois en cours".
            (i + 4, 0)
        } else if self.is(i + 1, "of") && self.is(i + 3, "month") && let Some(k) = month_after(i + 2) {
            // "the 3rd of this month", "the 3rd of last month".
            (i + 3, k)
        } else if self.is(i + 1, "of") && self.is(i + 2, "the") && self.is(i + 3, "month") {
            (i + 3, 0)
        } else {
            return None;
        };
        Some(Hit { first: i, last, expr: DateExpr::DayOfMonth { day: d.value, months } })
    }

    /// A day number alone, for a day near the story's: "signed on the 12th
    /// a memorandum", "ont signé le 12 un accord". Only after "on the" or
    /// "le", and only before punctuation or a word that cannot be the
    /// number's noun ("le 12 un accord", not "le 12 rue" or "on the 12th
    /// floor").
    fn day_alone(&self, i: usize, floor: usize) -> Option<Hit> {
        let t = self.num(i).filter(|t| t.digits <= 2 && (1..=31).contains(&t.value))?;
        let suffix = &t.text[t.digits..];
        // A verb after the day is no noun of the number either: "on the
        // 12th signed", "le 12 ont signé".
        let verb = |w: &str| match self.lang {
            Language::English => matches!(
                w,
                "signed" | "inked" | "initialled" | "initialed" | "concluded" | "agreed" | "adopted" | "ratified" | "approved"
                    | "sealed" | "held" | "met" | "will" | "sign" | "signs"
            ),
            _ => matches!(w, "ont" | "sont" | "se" | "signe" | "signent" | "signeront" | "vont" | "doivent" | "devraient"),
        };
        let next_ok = |allowed: &[&str]| match self.toks.get(i + 1) {
            None => true,
            Some(n) if n.kind == Kind::Punct => matches!(n.text, "," | "." | ";" | ":" | ")" | "-"),
            Some(n) => allowed.contains(&n.text) || verb(n.text),
        };
        let first = match self.lang {
            Language::English => {
                let the = self.back(i, floor).filter(|&p| self.is(p, "the"))?;
                let on = self.back(the, floor).filter(|&q| self.is(q, "on"))?;
                let ordinal = matches!((t.value % 10, t.value % 100, suffix), (1, v, "st") if v != 11)
                    || matches!((t.value % 10, t.value % 100, suffix), (2, v, "nd") if v != 12)
                    || matches!((t.value % 10, t.value % 100, suffix), (3, v, "rd") if v != 13)
                    || suffix == "th" && (!matches!(t.value % 10, 1..=3) || (11..=13).contains(&(t.value % 100)));
                (ordinal && next_ok(EN_AFTER_DAY)).then_some(on)?
            }
            _ => {
                let le = self.back(i, floor).filter(|&p| self.is(p, "le"))?;
                let plain = suffix.is_empty() || t.value == 1 && suffix == "er";
                (plain && next_ok(FR_AFTER_DAY)).then_some(le)?
            }
        };
        Some(Hit { first, last: i, expr: DateExpr::DayAlone(t.value) })
    }

    /// "2025-03-12".
    fn iso(&self, i: usize) -> Option<Hit> {
        let y = self.num(i).filter(|t| t.digits == 4 && !t.ordinal)?;
        let m = self.num(i + 2).filter(|t| t.digits <= 2 && !t.ordinal)?;
        let d = self.num(i + 4).filter(|t| t.digits <= 2 && !t.ordinal)?;
        let shape = self.is(i + 1, "-") && self.is(i + 3, "-") && (i..i + 4).all(|k| self.glued(k));
        if !shape || (self.glued(i + 4) && self.kind(i + 5).is_some_and(|k| k != Kind::Punct)) {
            return None;
        }
        let date = Date::new(i32::try_from(y.value).ok()?, m.value, d.value)?;
        Some(Hit { first: i, last: i + 4, expr: DateExpr::Full { date, weekday: None } })
    }

    /// "12/03/2025", "12.03.2025" or "12-03-2025": day first, month first
    /// only when the day-first reading is impossible in English.
    fn numeric(&self, i: usize) -> Option<Hit> {
        let a = self.num(i).filter(|t| t.digits <= 2 && !t.ordinal)?;
        let sep = self.text(i + 1);
        if !matches!(sep, "/" | "." | "-") || !(i..i + 2).all(|k| self.glued(k)) {
            return None;
        }
        let b = self.num(i + 2).filter(|t| t.digits <= 2 && !t.ordinal)?;
        if !(self.is(i + 3, sep) && (i..i + 4).all(|k| self.glued(k))) {
            return self.yearless(i, sep, &a, &b);
        }
        let y = self.num(i + 4).filter(|t| t.digits == 4 && !t.ordinal)?;
        if self.glued(i + 4) && self.kind(i + 5) == Some(Kind::Num) {
            return None;
        }
        let year = i32::try_from(y.value).ok()?;
        let date = Date::new(year, b.value, a.value).or_else(|| match self.lang {
            Language::English => Date::new(year, a.value, b.value),
            _ => None,
        })?;
        Some(Hit { first: i, last: i + 4, expr: DateExpr::Full { date, weekday: None } })
    }

    /// A day and month without the year at token `i` (`a`, `sep`, `b`),
    /// after the word that dates them, with nothing glued after (not a
    /// score, a ratio or a longer number):
    /// - French "le 15/10", "le 15.10 à Niamey": day then month, two digits
    ///   for the month, no dash;
    /// - English "on 14/3", "on 3/14": either order when only one order is
    ///   a date (never "on 3/4", a fraction as often as a day), nor "on 24/7
    ///   alert" or "on 1/20 of the days".
    fn yearless(&self, i: usize, sep: &str, a: &Tok<'_>, b: &Tok<'_>) -> Option<Hit> {
        let alone = i > 0 && !(self.is(i + 3, sep) && self.kind(i + 4) == Some(Kind::Num)) && !(self.glued(i + 2) && self.kind(i + 3) == Some(Kind::Num));
        let (day, month) = match self.lang {
            Language::French if sep != "-" && b.digits == 2 && self.is_any(i - 1, &["le", "du", "au"]) => (a.value, b.value),
            Language::English if sep == "/" && self.is(i - 1, "on") && !(a.value == 24 && b.value == 7) && !self.is(i + 3, "of") => {
                match (a.value, b.value) {
                    (d @ 13..=31, m @ 1..=12) | (m @ 1..=12, d @ 13..=31) => (d, m),
                    _ => return None,
                }
            }
            _ => return None,
        };
        (alone && (1..=12).contains(&month) && (1..=max_days(month)).contains(&day))
            .then_some(Hit { first: i, last: i + 2, expr: DateExpr::DayMonth { day, month, weekday: None, rel: Rel::Bare } })
    }

    /// "2024-2027", "2020/2021": a period, not a date.
    fn year_range(&self, i: usize) -> Option<Hit> {
        let a = self.num(i).filter(|t| t.digits == 4 && !t.ordinal && is_plain_year(t.value))?;
        if !self.is_any(i + 1, &["-", "/"]) || !self.glued(i) || !self.glued(i + 1) {
            return None;
        }
        let b = self.num(i + 2).filter(|t| !t.ordinal)?;
        let to = match b.digits {
            4 => b.value,
            2 => a.value / 100 * 100 + b.value,
            _ => return None,
        };
        if to <= a.value || !is_plain_year(to) {
            return None;
        }
        let (from, to) = (i32::try_from(a.value).ok()?, i32::try_from(to).ok()?);
        Some(Hit { first: i, last: i + 2, expr: DateExpr::YearRange(from, to) })
    }

    /// "12 mars 2025", "le 1er mars", "3rd of March", with "dernier"/"prochain" after.
    fn day_led(&self, i: usize, floor: usize) -> Option<Hit> {
        let (cal, last) = self.num_led_cal(i)?;
        Some(self.calendar_hit(i, last, cal, None, Rel::Bare, floor))
    }

    /// Builds the hit of a calendar phrase `first..=last`, reading a
    /// following "dernier"/"prochain" and a preceding "d'ici"/"depuis".
    fn calendar_hit(
        &self,
        first: usize,
        mut last: usize,
        cal: Cal,
        weekday: Option<u32>,
        mut rel: Rel,
        floor: usize,
    ) -> Hit {
        if let Some(r) = trailing_rel(self.text(last + 1)) {
            rel = r;
            last += 1;
        } else if rel == Rel::Bare {
            rel = self.lean_before(first, floor);
        }
        let expr = match (cal.day, cal.year) {
            (Some(day), Some(year)) => match Date::new(year, cal.month, day) {
                Some(date) => DateExpr::Full { date, weekday },
                None => DateExpr::Vague,
            },
            (Some(day), None) => DateExpr::DayMonth { day, month: cal.month, weekday, rel },
            (None, year) => DateExpr::Month { month: cal.month, year, rel },
        };
        Hit { first, last, expr }
    }

    /// Reads words before `first` that orient an expression: "d'ici",
    /// "by", "until", "avant" lean to the future, "depuis", "since" to the past.
    fn lean_before(&self, first: usize, floor: usize) -> Rel {
        const FILLER: &[&str] = &[
            "le", "la", "l", "'", "a", "au", "du", "de", "fin", "debut", "mi", "mois", "the",
            "end", "of", "start", "beginning", "middle", "-", "courant", "month",
        ];
        let mut p = first;
        for _ in 0..8 {
            let Some(q) = self.back(p, floor) else { return Rel::Bare };
            p = q;
            match self.text(p) {
                "ici" if self.is(p.wrapping_sub(1), "'") => return Rel::Until,
                "by" | "until" | "till" | "before" | "avant" | "jusqu" => return Rel::Until,
                "since" | "depuis" => return Rel::Since,
                w if FILLER.contains(&w) => {}
                _ => return Rel::Bare,
            }
        }
        Rel::Bare
    }

    /// A weekday, alone or heading a calendar phrase: "ce mardi", "lundi
    /// dernier", "last Monday", "mardi 13", "Tuesday, March 3".
    fn weekday(&self, i: usize, floor: usize) -> Option<Hit> {
        if !self.calendar_word(i) {
            return None;
        }
        let w = lexicon::weekday(self.text(i))?;
        let mut first = i;
        let mut rel = Rel::Bare;
        if let Some(p) = self.back(i, floor) {
            rel = match self.text(p) {
                "ce" | "cet" | "this" => Rel::This,
                "last" | "past" | "previous" => Rel::Last,
                "next" | "coming" => Rel::Next,
                _ => Rel::Bare,
            };
            if rel != Rel::Bare {
                first = p;
            }
        }
        let after = if self.is(i + 1, ",") { i + 2 } else { i + 1 };
        if let Some((cal, last)) = self.calendar(after).filter(|(c, _)| c.day.is_some()) {
            let cal_rel = if rel == Rel::This { Rel::Bare } else { rel };
            return Some(self.calendar_hit(first, last, cal, Some(w), cal_rel, floor));
        }
        if let Some(day) = self.day_num(i + 1)
            && !self.unit_after(i + 1)
            && !self.continues_number(i + 1)
        {
            let expr = DateExpr::WeekdayDay { weekday: w, day };
            return Some(Hit { first, last: i + 1, expr });
        }
        let mut last = i;
        if let Some(r) = trailing_rel(self.text(i + 1)) {
            rel = r;
            last = i + 1;
        }
        Some(Hit { first, last, expr: DateExpr::Weekday { weekday: w, rel } })
    }

    /// A month heading a calendar phrase ("Oct. 8", "octobre 2019") or a
    /// bare month in a dating context ("en juin", "last July", "juillet dernier").
    fn month_led(&self, i: usize, floor: usize) -> Option<Hit> {
        let (month, form, last) = self.month_at(i)?;
        if let Some((cal, end)) = self.month_led_cal(i) {
            return Some(self.calendar_hit(i, end, cal, None, Rel::Bare, floor));
        }
        if form != MonthForm::Native {
            return None;
        }
        let mut prev = self.prev_word(i, floor);
        let mut before = prev.map_or("", |p| self.text(p));
        // "mid-June", "mi-juin": the prefix glued by a hyphen.
        if before == "-"
            && let Some(q) = prev.and_then(|p| self.back(p, floor)).filter(|&q| self.is_any(q, &["mi", "mid"]) && self.glued(q))
        {
            prev = Some(q);
            before = self.text(q);
        }
        let after = trailing_rel(self.text(last + 1));
        if !lexicon::MONTH_CONTEXT.contains(&before) && after.is_none() {
            return None;
        }
        // "this may take time", "des mars" are no dates.
        let modal = matches!(self.text(i), "may" | "march" | "mars");
        if modal && matches!(before, "this" | "ce" | "cet" | "des") && after.is_none() {
            return None;
        }
        let (mut first, mut end, mut rel) = (i, last, Rel::Bare);
        match before {
            "last" | "past" => rel = Rel::Last,
            "next" => rel = Rel::Next,
            "this" => rel = Rel::This,
            _ => {}
        }
        if rel != Rel::Bare {
            first = prev.unwrap_or(i);
        } else if let Some(r) = after {
            rel = r;
            end = last + 1;
        } else {
            rel = self.lean_before(i, floor);
        }
        Some(Hit { first, last: end, expr: DateExpr::Month { month, year: None, rel } })
    }

    /// "hier", "avant-hier", "aujourd'hui", "demain", "yesterday", "today",
    /// "tomorrow", "the day before yesterday", "last night", "la nuit
    /// dernière".
    fn relative_day(&self, i: usize, floor: usize) -> Option<Hit> {
        let hyphen_prefix = |w: &str| {
            self.back(i, floor).filter(|&p| self.is(p, "-")).and_then(|p| self.back(p, floor))
                .filter(|&q| self.is(q, w))
        };
        let english_prefix = |w: &str| {
            let b = self.back(i, floor).filter(|&p| self.is(p, w))?;
            self.back(b, floor).filter(|&d| self.is(d, "day"))
        };
        let (offset, first, last) = match self.text(i) {
            "hier" => match hyphen_prefix("avant") {
                Some(q) => (-2, q, i),
                None => (-1, i, i),
            },
            "demain" => match hyphen_prefix("apres") {
                Some(q) => (2, q, i),
                None => (1, i, i),
            },
            "aujourd" if self.is(i + 1, "'") && self.is(i + 2, "hui") => (0, i, i + 2),
            "today" => (0, i, i),
            "yesterday" => match english_prefix("before") {
                Some(d) => (-2, d, i),
                None => (-1, i, i),
            },
            "tomorrow" => match english_prefix("after") {
                Some(d) => (2, d, i),
                None => (1, i, i),
            },
            // "last night", "la nuit dernière": the evening before the story.
            "night" => match self.back(i, floor).filter(|&p| self.is(p, "last")) {
                Some(p) => (-1, p, i),
                None => return None,
            },
            "nuit" if self.is(i + 1, "derniere") => (-1, i, i + 1),
            // "ont signé ce jour", a dispatch's "today" (not "ce jour-là",
            // another day, nor "à ce jour", "jusqu'à ce jour": so far).
            "jour" if !self.is(i + 1, "-") => match self.back(i, floor).filter(|&p| self.is(p, "ce")) {
                Some(p) if !self.back(p, floor).is_some_and(|q| self.is(q, "a") || self.is(q, "depuis")) => (0, p, i),
                _ => return None,
            },
            _ => return None,
        };
        Some(Hit { first, last, expr: DateExpr::RelativeDay(offset) })
    }

    /// Phrases around "semaine", "mois", "an", "year"...: "la semaine
    /// prochaine" (vague), "le mois dernier", "l'an dernier", "d'ici la fin
    /// de l'année", "before the end of the year", "dans les prochains mois".
    fn period(&self, i: usize, floor: usize) -> Option<Hit> {
        let w = self.text(i);
        // Most words head no period: leave before reading around them.
        if !matches!(
            w,
            "semaine" | "semaines" | "week" | "weeks" | "weekend" | "jours" | "days" | "annees" | "years" | "ans" | "mois"
                | "month" | "months" | "an" | "annee" | "year"
        ) {
            return None;
        }
        let prev = self.back(i, floor).map_or("", |p| self.text(p));
        let next = self.text(i + 1);
        let vague = |first: usize, last: usize| Some(Hit { first, last, expr: DateExpr::Vague });
        let first_if = |cond: bool| if cond { i.saturating_sub(1).max(floor) } else { i };
        match w {
            "semaine" | "semaines" | "week" | "weeks" | "weekend" => {
                // "week-end" is three tokens.
                let noun_last =
                    if w == "week" && self.is(i + 1, "-") && self.is(i + 2, "end") { i + 2 } else { i };
                let next = self.text(noun_last + 1);
                let before = matches!(
                    prev,
                    "la" | "cette" | "this" | "last" | "next" | "prochaine" | "prochaines"
                        | "derniere" | "dernieres" | "coming" | "past" | "previous" | "following"
                        | "recent" | "few"
                );
                let after = matches!(
                    next,
                    "prochaine" | "derniere" | "passee" | "prochaines" | "dernieres" | "prochain" | "dernier"
                );
                if before || after {
                    return vague(first_if(before), if after { noun_last + 1 } else { noun_last });
                }
                None
            }
            "jours" | "days" | "annees" | "years" | "ans" => {
                let before = matches!(
                    prev,
                    "prochains" | "prochaines" | "derniers" | "dernieres" | "coming" | "recent"
                        | "few" | "past" | "next"
                );
                let after = matches!(next, "prochains" | "prochaines" | "derniers" | "dernieres");
                if before || after {
                    return vague(first_if(before), if after { i + 1 } else { i });
                }
                None
            }
            "mois" | "month" | "months" => self.month_period(i, floor),
            "an" | "annee" | "year" => self.year_period(i, floor),
            _ => None,
        }
    }

    /// "le mois dernier", "next month", "ce mois-ci", "fin du mois",
    /// "dans les prochains mois".
    fn month_period(&self, i: usize, floor: usize) -> Option<Hit> {
        let prev = self.back(i, floor);
        let before = prev.map_or("", |p| self.text(p));
        let next = self.text(i + 1);
        // "mois de mars", "month of March": the month recognizer reads it.
        let month_follows = |j: usize| self.month_at(j).is_some()
            || (self.is(j, "'") && self.month_at(j + 1).is_some());
        if (self.is_any(i + 1, &["de", "of", "d"]) && month_follows(i + 2)) || month_follows(i + 1) {
            return None;
        }
        let hit = |first: usize, last: usize, expr| Some(Hit { first, last, expr });
        let plural = self.text(i) == "months"
            || matches!(before, "les" | "des" | "ces" | "prochains" | "derniers" | "coming" | "recent" | "few")
            || matches!(next, "prochains" | "derniers");
        if plural {
            let vague_plural = matches!(before, "prochains" | "derniers" | "coming" | "recent" | "few")
                || matches!(next, "prochains" | "derniers")
                || (self.is(i + 1, "a") && self.is(i + 2, "venir"));
            let last = if matches!(next, "prochains" | "derniers") { i + 1 } else { i };
            return if vague_plural { hit(prev.filter(|_| last == i).unwrap_or(i), last, DateExpr::Vague) } else { None };
        }
        let p = prev.unwrap_or(i);
        match (before, next) {
            (_, "dernier" | "passe") => hit(i, i + 1, DateExpr::RelativeMonth(-1)),
            (_, "prochain") => hit(i, i + 1, DateExpr::RelativeMonth(1)),
            ("last" | "previous", _) => hit(p, i, DateExpr::RelativeMonth(-1)),
            ("next" | "coming", _) => hit(p, i, DateExpr::RelativeMonth(1)),
            ("this", _) => hit(p, i, DateExpr::RelativeMonth(0)),
            ("ce", _) => {
                let last = if self.is(i + 1, "-") && self.is(i + 2, "ci") { i + 2 } else { i };
                hit(p, last, DateExpr::RelativeMonth(0))
            }
            ("du" | "de", _)
                if prev.and_then(|p| self.back(p, floor)).is_some_and(|q| {
                    self.is_any(q, &["fin", "debut", "courant", "milieu"])
                }) =>
            {
                hit(p.saturating_sub(1), i, DateExpr::RelativeMonth(0))
            }
            _ => None,
        }
    }

    /// "l'an dernier", "l'année prochaine", "cette année", "fin de l'année",
    /// "before the end of the year", "last year", "year-end".
    fn year_period(&self, i: usize, floor: usize) -> Option<Hit> {
        if self.year_num(i + 1).is_some() {
            return None;
        }
        let next = self.text(i + 1);
        let mut last = i;
        let mut offset = None;
        match next {
            "dernier" | "derniere" | "passe" | "passee" => offset = Some(-1),
            "prochain" | "prochaine" => offset = Some(1),
            "-" if self.is(i + 2, "end") && self.text(i) == "year" => {
                offset = Some(0);
                last = i + 2;
            }
            _ => {}
        }
        if offset.is_some() && last == i {
            last = i + 1;
        }
        let p = self.back(i, floor);
        let before = p.map_or("", |p| self.text(p));
        let mut first = i;
        match before {
            "last" | "previous" => {
                offset = offset.or(Some(-1));
                first = p.unwrap_or(i);
            }
            "next" | "coming" => {
                offset = offset.or(Some(1));
                first = p.unwrap_or(i);
            }
            "this" | "cette" => {
                offset = offset.or(Some(0));
                first = p.unwrap_or(i);
            }
            _ => {}
        }
        // "fin de l'année", "end of the year", "début de l'année prochaine".
        if let Some(start) = self.part_of_year(i, floor) {
            offset = offset.or(Some(0));
            first = first.min(start);
        } else if matches!(before, "'" | "l") && offset.is_none() {
            return None;
        }
        let offset = offset?;
        if self.text(i) == "an" && !matches!(before, "'" | "l") && first == i {
            return None;
        }
        // "l'an dernier": the article belongs to the phrase.
        if first == i && before == "'" {
            first = p.and_then(|p| self.back(p, floor)).filter(|&l| self.is(l, "l")).unwrap_or(i);
        }
        Some(Hit { first, last, expr: DateExpr::RelativeYear(offset) })
    }

    /// The start of "fin de l'", "début de l'", "end of the", "end of this",
    /// "the beginning of the" before the year noun at `i`.
    fn part_of_year(&self, i: usize, floor: usize) -> Option<usize> {
        let mut p = self.back(i, floor)?;
        if self.is_any(p, &["the", "this", "last", "next", "l", "'", "cette"]) {
            p = self.back(p, floor)?;
            if self.is(p, "l") {
                p = self.back(p, floor)?;
            }
        }
        if !self.is_any(p, &["of", "de", "du"]) {
            return None;
        }
        let q = self.back(p, floor)?;
        if !self.is_any(q, &["fin", "debut", "courant", "cours", "milieu", "end", "beginning", "start", "middle"]) {
            return None;
        }
        let mut first = q;
        // "d'ici la fin", "avant la fin", "before the end", "by the end".
        if let Some(a) = self.back(q, floor).filter(|&a| self.is_any(a, &["la", "the", "le"])) {
            first = a;
        }
        Some(first)
    }

    /// A four-digit year alone: "en 2009", "in 2019", "fin 2024", "premier
    /// semestre 2022", "first half of 2022", "a 2022 memorandum".
    fn year_alone(&self, i: usize, floor: usize) -> Option<Hit> {
        let t = self.num(i).filter(|t| t.digits == 4 && !t.ordinal && is_plain_year(t.value))?;
        if self.continues_number(i) || self.unit_after(i) {
            return None;
        }
        if let Some(p) = i.checked_sub(1) {
            let pt = self.toks.get(p)?;
            if pt.kind == Kind::Num || pt.kind == Kind::Other {
                return None;
            }
            let glued = pt.end == t.start;
            if glued && pt.kind == Kind::Word && !matches!(pt.text, "mi" | "mid") {
                return None;
            }
            if glued && pt.kind == Kind::Punct && !matches!(pt.text, "(" | "\"" | "'" | "[" | "-") {
                return None;
            }
        }
        let context = self
            .prev_word(i, floor)
            .is_some_and(|p| lexicon::YEAR_CONTEXT.contains(&self.text(p)))
            || (self.is(i.wrapping_sub(1), "-") && self.is_any(i.wrapping_sub(2), &["mi", "mid", "end"]));
        let closes = match self.toks.get(i + 1) {
            None => true,
            Some(n) => n.line_start || (n.kind == Kind::Punct && matches!(n.text, "," | "." | ";" | ":" | ")" | "\"" | "!" | "?" | "-")),
        };
        if !context && !closes {
            return None;
        }
        let year = i32::try_from(t.value).ok()?;
        let first = self.year_prefix(i, floor);
        Some(Hit { first, last: i, expr: DateExpr::Year(year) })
    }

    /// The start of a prefix that belongs to a year: "fin", "mi-", "early",
    /// "premier semestre", "au premier semestre de", "first half of".
    fn year_prefix(&self, i: usize, floor: usize) -> usize {
        let Some(mut p) = self.back(i, floor) else { return i };
        // "au deuxième trimestre de l'année 2026", "au cours de l'année
        // 2027": a part of "l'année 2026" dates a step. "l'année 2026"
        // alone is left to the year ("le plan pour l'année 2026" is the
        // plan's period: the slots read the noun before the year).
        if self.is_any(p, &["annee", "year"]) {
            let Some(mut a) = self.back(p, floor).filter(|&a| self.is_any(a, &["'", "l", "the"])) else { return i };
            if self.is(a, "'") {
                match self.back(a, floor).filter(|&l| self.is(l, "l")) {
                    Some(l) => a = l,
                    None => return i,
                }
            }
            let Some(of) = self.back(a, floor).filter(|&q| self.is_any(q, &["de", "of"])) else { return i };
            let Some(q) = self.back(of, floor) else { return i };
            if self.is_any(q, &["fin", "debut", "courant", "cours", "milieu", "end", "beginning", "start", "middle", "course"]) {
                return q;
            }
            if !self.is_any(q, &["semestre", "trimestre", "half", "quarter"]) {
                return i;
            }
            p = of;
        }
        if self.is(p, "-") {
            return self.back(p, floor).filter(|&q| self.is_any(q, &["mi", "mid", "end"])).unwrap_or(i);
        }
        if self.is_any(p, &["fin", "debut", "early", "late", "mid"]) {
            return p;
        }
        if self.is_any(p, &["de", "of"]) {
            match self.back(p, floor) {
                Some(q) if self.is_any(q, &["semestre", "trimestre", "half", "quarter"]) => p = q,
                _ => return i,
            }
        }
        if self.is_any(p, &["semestre", "trimestre", "half", "quarter"]) {
            let ordinal = self.back(p, floor).filter(|&q| {
                lexicon::is_ordinal_word(self.text(q)) || self.num(q).is_some_and(|t| t.ordinal)
            });
            return ordinal.unwrap_or(p);
        }
        i
    }
}

/// "dernier", "prochain", "passé" after a date word.
fn trailing_rel(word: &str) -> Option<Rel> {
    match word {
        "dernier" | "derniere" | "passe" | "passee" => Some(Rel::Last),
        "prochain" | "prochaine" => Some(Rel::Next),
        _ => None,
    }
}

/// The most days a month can have (29 for February).
fn max_days(month: u32) -> u32 {
    days_in_month(2024, month)
}

/// Whether a number is a plausible modern year for a bare mention.
fn is_plain_year(n: u32) -> bool {
    (1900..=2100).contains(&n)
}

impl Scan<'_, '_> {
    /// A dateline starting at token `s`: a capitalised place ("RABAT",
    /// "ABU DHABI", "Dakar"), a comma, an optional "le" and weekday, a
    /// calendar phrase with a day, an optional agency in parentheses, then
    /// a dash, a colon or the line's end. Returns the calendar phrase and
    /// its tokens.
    /// `cut`: the tokens stop before their line does, so running out of
    /// them does not end the line.
    pub(super) fn dateline_at(
        &self,
        s: usize,
        capitalised: impl Fn(&Tok<'_>) -> bool,
        cut: bool,
    ) -> Option<(Cal, usize, usize)> {
        let mut j = s;
        let mut words = 0;
        while !self.is(j, ",") {
            let t = self.toks.get(j)?;
            match t.kind {
                Kind::Word if capitalised(t) => words += 1,
                Kind::Punct if matches!(t.text, "-" | "'" | "." | "(" | ")") => {}
                _ => return None,
            }
            j += 1;
            if j > s + 8 {
                return None;
            }
        }
        if words == 0 {
            return None;
        }
        j += 1;
        // "STATE HOUSE, NAIROBI, Wednesday, March 12", "BAKU, Azerbaijan,
        // March 3": a venue before its city, or a city before its state,
        // is a second capitalised piece before the date's comma.
        let piece = (j..j + 4).take_while(|&k| self.toks.get(k).is_some_and(|t| t.kind == Kind::Word && capitalised(t) && !self.calendar_word(k))).count();
        if piece > 0 && self.is(j + piece, ",") {
            j += piece + 1;
        }
        if self.is(j, "le") {
            j += 1;
        }
        if self.calendar_word(j) && lexicon::weekday(self.text(j)).is_some() {
            j += 1;
            if self.is(j, ",") {
                j += 1;
            }
        }
        let (cal, last) = self.calendar(j).filter(|(c, _)| c.day.is_some())?;
        let mut k = last + 1;
        if self.is(k, "(") {
            k = (k + 1..k + 8).find(|&x| self.is(x, ")"))? + 1;
        }
        // A dash or a colon follows, or the line ends there: "Libreville,
        // le 8 mars 2025" alone on its line heads a communiqué or a letter.
        let line_ends = self.toks.get(k).map_or(!cut, |t| t.line_start);
        if !self.is_any(k, &["-", ":"]) && !line_ends {
            return None;
        }
        Some((cal, j, last))
    }
}
