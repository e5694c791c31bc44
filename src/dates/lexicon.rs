//! Word tables for date recognition, all in folded form (lowercase, no
//! accents).

use crate::extractor::Language;

/// How a month word is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum MonthForm {
    /// A full month name of this language ("mars", "march").
    Native,
    /// A full month name of the other language: only trusted next to a number.
    Foreign,
    /// An abbreviation ("janv", "sept", "oct"): only trusted next to a number.
    Abbreviation,
}

/// The month (1 to 12) a folded word names, and how it is written for `lang`.
pub(super) fn month(word: &str, lang: Language) -> Option<(u32, MonthForm)> {
    let french = matches!(lang, Language::French);
    let native = |m: u32, is_french: bool| {
        Some((m, if is_french == french { MonthForm::Native } else { MonthForm::Foreign }))
    };
    let abbr = |m: u32| Some((m, MonthForm::Abbreviation));
    match word {
        "janvier" => native(1, true),
        "fevrier" => native(2, true),
        "mars" => native(3, true),
        "avril" => native(4, true),
        "mai" => native(5, true),
        "juin" => native(6, true),
        "juillet" => native(7, true),
        "aout" => native(8, true),
        "septembre" => native(9, true),
        "octobre" => native(10, true),
        "novembre" => native(11, true),
        "decembre" => native(12, true),
        "january" => native(1, false),
        "february" => native(2, false),
        "march" => native(3, false),
        "april" => native(4, false),
        "may" => native(5, false),
        "june" => native(6, false),
        "july" => native(7, false),
        "august" => native(8, false),
        "september" => native(9, false),
        "october" => native(10, false),
        "november" => native(11, false),
        "december" => native(12, false),
        "janv" | "jan" => abbr(1),
        "fevr" | "fev" | "feb" => abbr(2),
        "mar" => abbr(3),
        "avr" | "apr" => abbr(4),
        "jun" => abbr(6),
        "juil" | "juill" | "jul" => abbr(7),
        "aug" => abbr(8),
        "sept" | "sep" => abbr(9),
        "oct" => abbr(10),
        "nov" => abbr(11),
        "dec" => abbr(12),
        _ => None,
    }
}

/// The weekday (0 = Monday) a folded word names, in either language.
pub(super) fn weekday(word: &str) -> Option<u32> {
    Some(match word {
        "lundi" | "monday" => 0,
        "mardi" | "tuesday" => 1,
        "mercredi" | "wednesday" => 2,
        "jeudi" | "thursday" => 3,
        "vendredi" | "friday" => 4,
        "samedi" | "saturday" => 5,
        "dimanche" | "sunday" => 6,
        _ => return None,
    })
}

/// Every month and weekday word [`month`] and [`weekday`] know. The
/// tokenizer flags these words once, so that the recognizers compare a
/// word with the month and weekday names only when it is one of them.
const CALENDAR_WORDS: &[&str] = &[
    "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre",
    "decembre", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "janv", "jan", "fevr", "fev", "feb", "mar", "avr", "apr", "jun", "juil", "juill", "jul",
    "aug", "sept", "sep", "oct", "nov", "dec", "lundi", "monday", "mardi", "tuesday", "mercredi", "wednesday",
    "jeudi", "thursday", "vendredi", "friday", "samedi", "saturday", "dimanche", "sunday",
];

/// The (first letter, last letter) pairs of [`CALENDAR_WORDS`], as bits
/// `first * 26 + last`: most words have a pair no calendar word has, and
/// are told so without a table lookup.
const CALENDAR_ENDS: [u64; 11] = {
    let mut bits = [0u64; 11];
    let mut k = 0;
    while k < CALENDAR_WORDS.len() {
        let w = CALENDAR_WORDS[k].as_bytes();
        let pair = (w[0] - b'a') as usize * 26 + (w[w.len() - 1] - b'a') as usize;
        bits[pair / 64] |= 1 << (pair % 64);
        k += 1;
    }
    bits
};

/// Whether `word` is in [`CALENDAR_WORDS`]: a check of its length and its
/// first and last letters, then one packed-key lookup.
pub(super) fn is_month_or_weekday(word: &str) -> bool {
    let w = word.as_bytes();
    let (Some(&first), Some(&last)) = (w.first(), w.last()) else { return false };
    if !(3..=9).contains(&w.len()) || !first.is_ascii_lowercase() || !last.is_ascii_lowercase() {
        return false;
    }
    let pair = usize::from(first - b'a') * 26 + usize::from(last - b'a');
    if CALENDAR_ENDS[pair / 64] & 1 << (pair % 64) == 0 {
        return false;
    }
    static TABLE: std::sync::OnceLock<crate::wordhash::PackedMap<bool>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| crate::wordhash::PackedMap::new(CALENDAR_WORDS.iter().map(|w| (*w, true)), |a, _| a)).get(word).is_some()
}

/// Letters that may follow a digit run to make an ordinal ("1er", "3rd", "15e").
pub(super) fn is_ordinal_suffix(s: &str) -> bool {
    matches!(s, "er" | "re" | "ere" | "e" | "eme" | "ieme" | "st" | "nd" | "rd" | "th")
}

/// Words after which a bare month name ("en juin", "last July") is a date.
pub(super) const MONTH_CONTEXT: &[&str] = &[
    "en", "in", "de", "d", "du", "of", "since", "depuis", "fin", "debut", "mi", "mid", "early",
    "late", "end", "by", "until", "till", "through", "jusqu", "from", "last", "next", "this",
    "before", "after", "avant", "apres", "during", "pendant", "courant", "entre", "between",
    "mois", "month", "des", "ce", "cet",
];

/// Words before a four-digit number that make it a year ("en 2009", "since 2020").
pub(super) const YEAR_CONTEXT: &[&str] = &[
    "en", "in", "de", "d", "du", "of", "since", "depuis", "annee", "year", "fin", "debut", "mi",
    "mid", "early", "late", "end", "by", "until", "till", "through", "horizon", "semestre",
    "trimestre", "half", "quarter", "from", "to", "et", "and", "a", "au", "the", "le", "la", "l",
    "its", "their", "vers", "avant", "apres", "before", "after", "during", "pendant", "jusqu",
    "entre", "between", "ou", "or", "saison", "season", "edition", "printemps", "ete", "automne",
    "hiver", "spring", "summer", "autumn", "fall", "winter", "courant", "exercice", "fiscal",
    "rentree", "ici",
];

/// Nouns after a number that make it a quantity, not a year or a day
/// ("2000 tonnes", "13 heures").
pub(super) fn is_unit(word: &str) -> bool {
    matches!(
        word,
        "tonnes" | "tonne" | "tons" | "ton" | "t" | "km" | "kilometres" | "kilometers" | "m"
            | "metres" | "meters" | "kg" | "hectares" | "ha" | "mw" | "gw" | "kw" | "kwh"
            | "mwh" | "barils" | "barrels" | "litres" | "liters" | "soldats" | "soldiers"
            | "troops" | "militaires" | "personnes" | "people" | "persons" | "habitants"
            | "residents" | "emplois" | "jobs" | "postes" | "etudiants" | "students" | "eleves"
            | "pupils" | "enfants" | "children" | "familles" | "families" | "logements"
            | "homes" | "houses" | "vehicules" | "vehicles" | "bus" | "navires" | "ships"
            | "vessels" | "dollars" | "euros" | "dirhams" | "francs" | "fcfa" | "cfa" | "usd"
            | "eur" | "livres" | "pounds" | "dinars" | "rands" | "naira" | "cedis" | "shillings"
            | "yuan" | "yens" | "yen" | "units" | "unites" | "exemplaires" | "copies" | "pages"
            | "participants" | "delegates" | "delegues" | "membres" | "members" | "agents"
            | "officers" | "policiers" | "medecins" | "doctors" | "lits" | "beds" | "ecoles"
            | "schools" | "villages" | "millions" | "million" | "milliards" | "milliard"
            | "billion" | "billions" | "fois" | "times" | "heures" | "heure" | "h" | "hours"
            | "hour" | "minutes" | "min" | "jours" | "days" | "ans" | "years" | "mois"
            | "months" | "points" | "voix" | "votes" | "sieges" | "seats" | "cas" | "cases"
            | "morts" | "deaths" | "victimes" | "victims" | "refugies" | "refugees" | "migrants"
            | "tetes" | "head" | "am" | "pm" | "gmt" | "utc" | "mille" | "km2" | "mm" | "cm"
    )
}

/// Ordinal words before "semestre", "trimestre", "half", "quarter".
pub(super) fn is_ordinal_word(word: &str) -> bool {
    matches!(
        word,
        "premier" | "second" | "deuxieme" | "troisieme" | "quatrieme" | "dernier" | "first"
            | "third" | "fourth" | "last"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The gate must know every word the match arms of `month` and
    /// `weekday` know: read them from this file's source.
    #[test]
    fn the_gate_lets_every_calendar_word_through() {
        let source = include_str!("lexicon.rs");
        let start = source.find("pub(super) fn month(").expect("month is defined");
        let end = source.find("/// Every month and weekday word").expect("the table is defined");
        let mut arms = 0;
        for line in source[start..end].lines().filter(|l| l.contains("=>")) {
            let pattern = line.split("=>").next().unwrap_or("");
            for word in pattern.split('"').skip(1).step_by(2) {
                arms += 1;
                assert!(CALENDAR_WORDS.contains(&word), "{word} is missing from CALENDAR_WORDS");
                assert!(month(word, Language::French).is_some() || weekday(word).is_some(), "{word}");
            }
        }
        assert_eq!(arms, CALENDAR_WORDS.len());
        for word in CALENDAR_WORDS {
            assert!(is_month_or_weekday(word), "{word} does not pass the gate");
        }
        for word in ["", "m", "ma", "des", "signe", "septembres", "marsouin", "Mars", "mai2"] {
            assert!(!is_month_or_weekday(word), "{word} passes the gate");
        }
        assert_eq!(month("mai", Language::French), Some((5, MonthForm::Native)));
        assert_eq!(weekday("mardi"), Some(1));
        assert_eq!(month("maison", Language::French), None);
        assert_eq!(weekday("marde"), None);
    }
}
