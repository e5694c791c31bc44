//! Tests of date recognition and resolution, with sentences written for them.

use super::*;

use Tense::{Future, Past, Unknown};

const FR: Language = Language::French;
const EN: Language = Language::English;

fn day(s: &str) -> Date {
    Date::parse(s).expect("test date")
}

/// The mentions of `text` as (input slice, expression).
fn mentions(text: &str, lang: Language) -> Vec<(&str, DateExpr)> {
    let folded = Folded::new(text);
    find_dates(text, &folded, lang)
        .into_iter()
        .map(|m| (text.get(m.start..m.end).expect("span on char boundaries"), m.expr))
        .collect()
}

/// (language, document date, tense, sentence, mention as written, resolution)
type Case = (Language, &'static str, Tense, &'static str, &'static str, Option<&'static str>);

const CASES: &[Case] = &[
    // Relative days; 2025-03-12 is a Wednesday.
    (FR, "2025-03-12", Past, "Les deux pays ont signé hier un accord.", "hier", Some("2025-03-11")),
    (FR, "2025-03-12", Past, "La convention a été paraphée avant-hier à Dakar.", "avant-hier", Some("2025-03-10")),
    (FR, "2025-03-12", Future, "Les ministres signeront demain le texte.", "demain", Some("2025-03-13")),
    (FR, "2025-03-12", Past, "Le protocole a été signé aujourd’hui.", "aujourd’hui", Some("2025-03-12")),
    (FR, "2025-03-12", Past, "Les deux institutions ont signé ce jour un accord-cadre.", "ce jour", Some("2025-03-12")),
    // Weekdays.
    (FR, "2025-03-12", Past, "Le mémorandum a été signé lundi à Rabat.", "lundi", Some("2025-03-10")),
    (FR, "2025-03-12", Past, "Le texte a été signé mercredi à Tunis.", "mercredi", Some("2025-03-12")),
    (FR, "2025-03-12", Past, "Ils ont signé lundi dernier un accord.", "lundi dernier", Some("2025-03-10")),
    (FR, "2025-03-12", Past, "Ils ont signé mercredi dernier une feuille de route.", "mercredi dernier", Some("2025-03-05")),
    (FR, "2025-03-12", Past, "Le ministre a reçu ce mardi son homologue.", "ce mardi", Some("2025-03-11")),
    (FR, "2025-03-12", Past, "La délégation arrivera ce vendredi à Accra.", "ce vendredi", Some("2025-03-14")),
    (FR, "2025-03-12", Future, "Ils signeront vendredi un accord-cadre.", "vendredi", Some("2025-03-14")),
    (FR, "2025-03-12", Future, "Ils signeront lundi prochain la convention.", "lundi prochain", Some("2025-03-17")),
    (FR, "2025-03-12", Past, "Ils ont signé mardi 11 à Abidjan un contrat.", "mardi 11", Some("2025-03-11")),
    // Day and month, with or without year.
    (FR, "2025-03-12", Past, "Le traité a été signé le 9 octobre 2019 à Abuja.", "9 octobre 2019", Some("2019-10-09")),
    (FR, "2025-03-12", Future, "L’accord entrera en vigueur le 1er avril.", "1er avril", Some("2025-04-01")),
    (FR, "2025-03-12", Past, "L’accord est entré en vigueur le 1er mars.", "1er mars", Some("2025-03-01")),
    (FR, "2025-03-12", Past, "Ils se sont rencontrés le 20 avril à Niamey.", "20 avril", Some("2024-04-20")),
    (FR, "2025-03-12", Unknown, "La réunion du 20 avril à Niamey.", "20 avril", Some("2025-04-20")),
    (FR, "2025-02-05", Past, "Il a été procédé, le 3 courant, à la signature.", "3 courant", Some("2025-02-03")),
    (FR, "2025-02-05", Past, "Signé le 4 du mois courant à Tunis.", "4 du mois courant", Some("2025-02-04")),
    // A day number alone: the nearest such day on the tense's side.
    (FR, "2025-10-14", Past, "Ils ont signé le 12 un mémorandum d’entente.", "le 12", Some("2025-10-12")),
    (FR, "2025-10-14", Past, "Le texte a été signé le 28, à Niamey.", "le 28", Some("2025-09-28")),
    (FR, "2025-10-14", Future, "Ils signeront le 3 à Dakar une convention.", "le 3", Some("2025-11-03")),
    (EN, "2025-10-14", Past, "They signed on the 12th a memorandum of understanding.", "on the 12th", Some("2025-10-12")),
    // A verb after the day: "on the 12th signed", "le 12 ont signé".
    (EN, "2025-10-14", Past, "Fiji and Tonga on the 12th signed a memorandum.", "on the 12th", Some("2025-10-12")),
    (FR, "2025-10-14", Past, "Le Togo et le Bénin le 12 ont signé un accord.", "le 12", Some("2025-10-12")),
    (EN, "2025-10-14", Future, "The two ministers will sign on the 21st in Amman.", "on the 21st", Some("2025-10-21")),
    (FR, "2025-02-05", Past, "Signé le 4 du mois en cours à Tunis.", "4 du mois en cours", Some("2025-02-04")),
    (FR, "2025-02-05", Past, "Signé le 28 du mois dernier à Tunis.", "28 du mois dernier", Some("2025-01-28")),
    (FR, "2025-12-05", Future, "Il sera signé le 9 du mois prochain.", "9 du mois prochain", Some("2026-01-09")),
    (EN, "2025-02-14", Past, "The MoU was signed on the 3rd of this month in Suva.", "3rd of this month", Some("2025-02-03")),
    (EN, "2025-01-14", Past, "It was signed on the 30th of last month in Suva.", "30th of last month", Some("2024-12-30")),
    (EN, "2025-02-14", Past, "It was signed on the 3rd of the month.", "3rd of the month", Some("2025-02-03")),
    (FR, "2025-10-17", Past, "Il a été signé le 15/10 à Niamey.", "15/10", Some("2025-10-15")),
    (FR, "2025-10-17", Past, "Il a été signé le 15.10 à Niamey.", "15.10", Some("2025-10-15")),
    // English day and month, either order when only one is a date.
    (EN, "2025-03-16", Past, "Both sides on 14/3 signed a loan agreement.", "14/3", Some("2025-03-14")),
    (EN, "2025-03-16", Past, "Both sides on 3/14 signed a loan agreement.", "3/14", Some("2025-03-14")),
    (EN, "2025-10-02", Future, "It will be signed on the fifteenth of October in Male.", "fifteenth of October", Some("2025-10-15")),
    (EN, "2025-05-02", Past, "It was signed on the twenty-first of April.", "twenty-first of April", Some("2025-04-21")),
    (FR, "2025-06-20", Past, "Signé à la mi-juin à Tunis.", "juin", Some("2025-06")),
    (EN, "2025-06-20", Past, "Signed in mid-June in Suva.", "June", Some("2025-06")),
    (FR, "2025-02-05", Past, "Signé le 04-02-2025 à Tunis.", "04-02-2025", Some("2025-02-04")),
    (FR, "2026-01-05", Past, "Le contrat a été signé le 28 décembre.", "28 décembre", Some("2025-12-28")),
    (FR, "2026-01-05", Past, "Ils ont signé lundi 29 décembre à Dakar.", "lundi 29 décembre", Some("2025-12-29")),
    (FR, "2026-01-05", Past, "Le texte a été paraphé mercredi 31 à Lomé.", "mercredi 31", Some("2025-12-31")),
    (FR, "2025-11-06", Past, "Ils signeront le mercredi 12 novembre à Dakar.", "mercredi 12 novembre", Some("2025-11-12")),
    (FR, "2025-11-06", Future, "Ils ont signé le jeudi 6 novembre.", "jeudi 6 novembre", Some("2025-11-06")),
    (FR, "2025-03-12", Past, "Il a été signé le lundi 22 septembre 2025 à Addis.", "lundi 22 septembre 2025", Some("2025-09-22")),
    (FR, "2025-03-12", Past, "Signé à Rabat le 12/03/2025 par les deux ministres.", "12/03/2025", Some("2025-03-12")),
    // Months and years.
    (FR, "2025-03-12", Past, "Le mémorandum signé en décembre 2016 à Abuja.", "décembre 2016", Some("2016-12")),
    (FR, "2025-03-12", Unknown, "Ils devraient signer d’ici à la fin du mois de juin une lettre.", "juin", Some("2025-06")),
    (FR, "2025-03-12", Future, "La signature est attendue en juin.", "juin", Some("2025-06")),
    (FR, "2025-03-12", Past, "Le Parlement l’avait ratifié en juillet.", "juillet", Some("2024-07")),
    (FR, "2025-03-12", Past, "Le Sénat l’avait approuvé en juillet dernier.", "juillet dernier", Some("2024-07")),
    (FR, "2025-03-12", Past, "Le texte a été signé en 2009 à Paris.", "2009", Some("2009")),
    (FR, "2025-03-12", Future, "La feuille de route sera finalisée au premier semestre 2026.", "premier semestre 2026", Some("2026")),
    (FR, "2025-03-12", Future, "Le chantier doit s’achever fin 2027.", "fin 2027", Some("2027")),
    (FR, "2025-03-12", Future, "Les deux pays espèrent conclure avant la fin de l’année.", "la fin de l’année", Some("2025")),
    (FR, "2025-03-12", Future, "Les bus seront livrés d’ici la fin de l'année.", "la fin de l'année", Some("2025")),
    (FR, "2025-03-12", Past, "Le protocole signé l’an dernier est entré en vigueur.", "l’an dernier", Some("2024")),
    (FR, "2025-03-12", Past, "Le projet a été finalisé le mois dernier.", "mois dernier", Some("2025-02")),
    // No date.
    (FR, "2025-03-12", Future, "Une nouvelle session est prévue la semaine prochaine.", "la semaine prochaine", None),
    (FR, "2025-03-12", Future, "Les discussions reprendront dans les prochains mois.", "prochains mois", None),
    (FR, "2025-03-12", Past, "Le plan d’action 2025-2028 a été adopté.", "2025-2028", None),
    // English; 2024-05-16 is a Thursday.
    (EN, "2024-05-16", Past, "Both sides signed the MoU on Tuesday.", "Tuesday", Some("2024-05-14")),
    (EN, "2024-05-16", Past, "The agreement was signed yesterday in Nairobi.", "yesterday", Some("2024-05-15")),
    (EN, "2024-05-16", Future, "The ministers will sign the treaty on Monday.", "Monday", Some("2024-05-20")),
    (EN, "2024-05-16", Past, "The ministry said so in a statement on Thursday.", "Thursday", Some("2024-05-16")),
    (EN, "2024-05-16", Past, "The deal was signed last Thursday.", "last Thursday", Some("2024-05-09")),
    (EN, "2024-05-16", Future, "The accord will be signed tomorrow.", "tomorrow", Some("2024-05-17")),
    (EN, "2024-05-16", Past, "They signed the memorandum this Tuesday.", "this Tuesday", Some("2024-05-14")),
    (EN, "2024-05-16", Past, "The accord was signed on 22 October 2020 in Brussels.", "22 October 2020", Some("2020-10-22")),
    (EN, "2024-05-16", Past, "The treaty entered into force on March 3rd.", "March 3rd", Some("2024-03-03")),
    (EN, "2024-05-16", Past, "The protocol was signed on the 3rd of March 2023.", "3rd of March 2023", Some("2023-03-03")),
    (EN, "2024-05-16", Past, "The deal was signed May 2 in Lusaka.", "May 2", Some("2024-05-02")),
    (EN, "2024-05-16", Past, "It was signed on Tuesday, March 5, 2024, in Accra.", "Tuesday, March 5, 2024", Some("2024-03-05")),
    (EN, "2024-05-16", Past, "The document was dated 2024-05-14 by the registry.", "2024-05-14", Some("2024-05-14")),
    (EN, "2024-05-16", Past, "The pact, signed in December 1996, governs the river.", "December 1996", Some("1996-12")),
    (EN, "2024-05-16", Future, "They hope to sign it before the end of the year.", "the end of the year", Some("2024")),
    (EN, "2024-05-16", Past, "A 2022 memorandum of understanding laid the groundwork.", "2022", Some("2022")),
    (EN, "2024-05-16", Future, "They plan to sign the corridor agreement in September.", "September", Some("2024-09")),
    (EN, "2024-05-16", Past, "Parliament approved the treaty last July.", "last July", Some("2023-07")),
    (EN, "2024-05-16", Past, "Exports rose sharply last year.", "last year", Some("2023")),
    (EN, "2024-05-16", Future, "Output should double by 2031, officials said.", "2031", Some("2031")),
    (EN, "2024-05-16", Future, "A launch is planned for the first half of 2025.", "first half of 2025", Some("2025")),
    (EN, "2024-05-16", Future, "The office is expected to open next year.", "next year", Some("2025")),
    (EN, "2024-05-16", Future, "The two sides will meet again next month.", "next month", Some("2024-06")),
    (EN, "2024-05-16", Future, "The talks will resume next week.", "next week", None),
    (EN, "2024-05-16", Future, "Investment could follow in the coming months.", "coming months", None),
    (EN, "2024-05-16", Past, "The action plan for 2024-2028 was adopted.", "2024-2028", None),
    // A part of "l'année 2026", "the year 2027".
    (FR, "2026-03-02", Future, "Ils signeront l'accord au deuxième trimestre de l'année 2026, selon le ministre.", "deuxième trimestre de l'année 2026", Some("2026")),
    (FR, "2026-03-02", Future, "Le texte sera signé au cours de l'année 2027.", "cours de l'année 2027", Some("2027")),
    (EN, "2026-03-02", Future, "The treaty should be signed by the end of the year 2027.", "end of the year 2027", Some("2027")),
];

#[test]
fn finds_and_resolves_dates_in_both_languages() {
    for &(lang, doc_date, tense, sentence, written, expected) in CASES {
        let found = mentions(sentence, lang);
        let Some(&(_, expr)) = found.iter().find(|(text, _)| *text == written) else {
            panic!("{sentence:?}: no mention {written:?} in {found:?}");
        };
        let doc = DocumentDate::known(day(doc_date));
        assert_eq!(resolve(&expr, &doc, tense).as_deref(), expected, "{sentence:?} ({expr:?})");
    }
}

#[test]
fn a_weekday_that_contradicts_the_date_is_flagged() {
    // 2026-01-13 is a Tuesday.
    let doc = DocumentDate::known(day("2026-01-14"));
    let cases = [
        ("Il a été reçu ce lundi 13 janvier à Rabat.", "ce lundi 13 janvier", true),
        ("Il a été reçu ce mardi 13 janvier à Rabat.", "ce mardi 13 janvier", false),
        ("Le texte a été signé le vendredi 13 janvier 2026.", "vendredi 13 janvier 2026", true),
        ("They signed it on Tuesday, January 13.", "Tuesday, January 13", false),
    ];
    for (sentence, written, mismatch) in cases {
        let found = mentions(sentence, FR);
        let (_, expr) = found.iter().find(|(t, _)| *t == written).copied().expect(sentence);
        let r = resolve_detailed(&expr, &doc, Past).expect(sentence);
        assert_eq!(r.value, "2026-01-13", "{sentence}: the day number wins");
        assert_eq!(r.weekday_mismatch, mismatch, "{sentence}");
    }
}

#[test]
fn quantities_and_names_are_not_dates() {
    let cases = [
        (FR, "Un contingent de 2 000 soldats sera déployé."),
        (FR, "Le navire transporte 2000 tonnes de blé."),
        (FR, "La route mesure 1500 km."),
        (EN, "The fund raised €2025 from donors."),
        (EN, "Some 2,025 people attended the ceremony."),
        (FR, "Le match s’est joué au stade du 28-Septembre."),
        (FR, "Les sept pays ont adopté une position commune."),
        (EN, "This may take several months of talks."),
        (EN, "The march of the delegates ended at noon."),
        (FR, "La séance a commencé à 12h30 précises."),
        (EN, "Officials said the plan could cost 2030 dollars per household."),
        // A day number alone only after "le" / "on the", before no noun of its own.
        (EN, "The talks were held on the 12th floor of the ministry."),
        (EN, "It was the 12th round of talks."),
        (EN, "They met on the 11st day."),
        (FR, "Le siège est situé au 12 rue de la Paix."),
        (FR, "Le bus numéro 12 part à midi, et le 14 bis aussi."),
        (FR, "Il a terminé le 3e de la course."),
        // A day and month in either order only when one order alone is a date.
        (EN, "The vote carried on 3/4 of the seats."),
        (EN, "It rose on 14/13 of the days."),
        (EN, "Police units have been on 24/7 alert since then."),
        (EN, "Prices fell on 1/20 of the trading days."),
        (EN, "They met on 31/2 at noon."),
        // "ce jour" is today, not "à ce jour", "jusqu'à ce jour" (so far)
        // nor "ce jour-là" (another day).
        (FR, "À ce jour, aucun accord n’a été signé."),
        (FR, "Jusqu’à ce jour, rien n’a bougé."),
        (FR, "Ce jour-là, les deux pays ont rompu."),
    ];
    for (lang, sentence) in cases {
        assert_eq!(mentions(sentence, lang), vec![], "{sentence}");
    }
}

#[test]
fn vague_expressions_are_read_but_resolve_to_nothing() {
    let doc = DocumentDate::known(day("2024-10-02"));
    let cases = [
        (FR, "Le texte sera signé la semaine prochaine."),
        (FR, "La visite est attendue en début de semaine prochaine."),
        (FR, "Le calendrier sera fixé le week-end prochain."),
        (FR, "Les travaux ont progressé ces derniers mois."),
        (EN, "They are expected to sign next week."),
        (EN, "A contract could be signed in the coming weeks."),
        (EN, "Talks were held last week in Dakar."),
    ];
    for (lang, sentence) in cases {
        let found = mentions(sentence, lang);
        assert_eq!(found.len(), 1, "{sentence}: {found:?}");
        assert_eq!(found[0].1, DateExpr::Vague, "{sentence}");
        for tense in [Past, Future, Unknown] {
            assert_eq!(resolve(&found[0].1, &doc, tense), None);
        }
    }
}

#[test]
fn relative_expressions_need_a_document_date() {
    let unknown = DocumentDate::default();
    let cases = [
        ("Ils ont signé hier un accord.", None),
        ("Ils ont signé lundi un accord.", None),
        ("Ils ont signé le 3 mai un accord.", None),
        ("Ils ont signé en mai un accord.", None),
        ("Ils ont signé l’an dernier un accord.", None),
        ("Ils ont signé le 3 mai 2021 un accord.", Some("2021-05-03")),
        ("Ils ont signé en mai 2021 un accord.", Some("2021-05")),
        ("Ils ont signé en 2021 un accord.", Some("2021")),
    ];
    for (sentence, expected) in cases {
        let found = mentions(sentence, FR);
        assert_eq!(found.len(), 1, "{sentence}: {found:?}");
        assert_eq!(resolve(&found[0].1, &unknown, Past).as_deref(), expected, "{sentence}");
    }
}

#[test]
fn a_month_marker_anchors_days_without_year() {
    let text = " date 2025-07 La Tunisie et l’Italie ont signé le 18 juillet un accord.";
    let folded = Folded::new(text);
    let doc = document_date(text, &folded);
    assert_eq!(doc.full, None);
    assert_eq!(doc.year_month, Some((2025, 7)));
    let found = mentions(text, FR);
    let (_, expr) = found.iter().find(|(t, _)| *t == "18 juillet").copied().expect("day");
    assert_eq!(resolve(&expr, &doc, Past).as_deref(), Some("2025-07-18"));
    assert_eq!(resolve(&DateExpr::RelativeYear(-1), &doc, Past).as_deref(), Some("2024"));
    assert_eq!(resolve(&DateExpr::RelativeDay(-1), &doc, Past), None);
}

/// (text, full date, year-month, the dateline date as written)
type DatelineCase = (&'static str, Option<&'static str>, Option<(i32, u32)>, Option<&'static str>);

#[test]
fn document_dates_from_markers_and_datelines() {
    let cases: &[DatelineCase] = &[
        (" date 2026-01-14 RABAT, 13 janvier (MAP) – Le Maroc a signé.", Some("2026-01-14"), Some((2026, 1)), Some("13 janvier")),
        ("   date 2024-03-12 Le Maroc et le Niger ont signé ce mardi.", Some("2024-03-12"), Some((2024, 3)), None),
        ("RABAT, 12 mars 2025 (MAP) - Le Maroc et le Ghana ont signé.", Some("2025-03-12"), Some((2025, 3)), Some("12 mars 2025")),
        ("ISLAMABAD, Jan. 13, 2026 (Reuters) - Pakistan signed a pact.", Some("2026-01-13"), Some((2026, 1)), Some("Jan. 13, 2026")),
        ("Dakar, le 5 mai 2024 – Le Sénégal a signé un accord.", Some("2024-05-05"), Some((2024, 5)), Some("5 mai 2024")),
        (" date 2025-07 TUNIS, 18 juillet (TAP) – La Tunisie a signé.", Some("2025-07-18"), Some((2025, 7)), Some("18 juillet")),
        (" date 2025-12 ACCRA, Jan 2 — Ghana signed a deal.", Some("2026-01-02"), Some((2026, 1)), Some("Jan 2")),
        (
            " date 2023-02-01 Kenya and Peru sign pact\n\nPhoto: the ministers.\n\nNAIROBI, Feb. 1 — Kenya signed.",
            Some("2023-02-01"),
            Some((2023, 2)),
            Some("Feb. 1"),
        ),
        ("NANYUKI, Kenya — Troops ended the exercise on Friday.", None, None, None),
        ("LUSAKA, May 16 - Zambia will sign a pact.", None, None, Some("May 16")),
        (" date 2024-13-40 Texte sans date valide.", None, None, None),
        ("Le 5 mai 2024, le Sénégal a signé un accord.", None, None, None),
        ("", None, None, None),
        // Menu lines with commas and numbers come before the dateline.
        (
            "Accueil, Monde, Afrique\r\nÉdition du soir, 3 articles\r\n\r\n  NIAMEY, 4 juin 2025 (ANP) - Le Niger a signé.",
            Some("2025-06-04"),
            Some((2025, 6)),
            Some("4 juin 2025"),
        ),
        // Only the first sixteen lines may hold the dateline.
        (
            "ligne\nligne\nligne\nligne\nligne\nligne\nligne\nligne\nligne\nligne\nligne\nligne\nligne\nligne\nligne\nligne\nDAKAR, 5 mai 2024 - Texte.",
            None,
            None,
            None,
        ),
        ("ligne\nligne\nligne\nligne\nligne\nligne\nligne\nligne\nligne\nligne\nligne\nligne\nligne\nligne\nligne\nDAKAR, 5 mai 2024 - Texte.", Some("2024-05-05"), Some((2024, 5)), Some("5 mai 2024")),
        // "Place, le date" alone on its line, under a letterhead.
        (
            "RÉPUBLIQUE GABONAISE\nMinistère des Affaires étrangères\n\nLibreville, le 8 mars 2025\n\nLe Gabon a signé hier un traité.",
            Some("2025-03-08"),
            Some((2025, 3)),
            Some("8 mars 2025"),
        ),
        ("WASHINGTON, March 8, 2025\nThe United States signed a treaty.", Some("2025-03-08"), Some((2025, 3)), Some("March 8, 2025")),
        // The window read after the comma ends right after the agency, but
        // the line goes on: no dateline.
        (
            "DAKAR, 12 mars 2025 (AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA) Le Sénégal a signé.",
            None,
            None,
            None,
        ),
        // A date that goes on into the sentence is no dateline.
        ("Libreville, le 8 mars 2025 au cours d'une cérémonie, le Gabon a signé.", None, None, None),
        // A place of eight pieces is still one; of nine, or with a
        // lowercase word, it is none (the check made before tokenizing).
        ("PORT LOUIS NORD EST OUEST SUD HAUT BAS, 5 mai 2024 - Texte.", Some("2024-05-05"), Some((2024, 5)), Some("5 mai 2024")),
        ("PORT LOUIS NORD EST OUEST SUD HAUT BAS CENTRE, 5 mai 2024 - Texte.", None, None, None),
        ("Le temps, 5 mai 2024 - Texte.", None, None, None),
        ("Saint-Denis (La Réunion), 5 mai 2024 - Texte.", Some("2024-05-05"), Some((2024, 5)), Some("5 mai 2024")),
        // A place name far longer than any city's is no dateline.
        ("ABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJ, 5 mai 2024 - Texte.", None, None, None),
    ];
    for &(text, full, year_month, dateline) in cases {
        let folded = Folded::new(text);
        let doc = document_date(text, &folded);
        assert_eq!(doc.full, full.map(day), "{text:?}");
        assert_eq!(doc.year_month, year_month, "{text:?}");
        let written = doc.dateline.map(|(s, e)| &text[s..e]);
        assert_eq!(written, dateline, "{text:?}");
        if text.trim_start().starts_with("date 2") && full.is_some() {
            let (s, e) = doc.span.expect("marker span");
            assert!(text[s..e].starts_with("date "), "{text:?}");
        }
    }
}

#[test]
fn find_dates_survives_odd_input() {
    let doc = DocumentDate::known(day("2024-02-29"));
    let inputs = [
        "",
        "7",
        "31 février",
        "le 31 février 2025 et le 30 février",
        "mardi 31",
        "🎉 le 3 mai 🎉 2024 🎉",
        "e\u{301}te\u{301} 2021, cafe\u{301} le 1er juin",
        "2024-02-30 2024-13-01 9999-12-31 0000-01-01",
        "1/2/3/4/5 12/13/2025 13/12/2025 99/99/9999",
        "l' l'an ' d ici la fin de l'",
        "hier-demain avant- -hier aujourd' aujourd'hui'",
        "99999999999999999999 mars 2025 4294967295 mai",
        "Σεπτέμβριος 2021 مارس ٢٠٢٤ 三月",
        "semaine mois an year week - end fin de",
        "lundi, mardi, mercredi. jeudi; vendredi",
        "29 février 2023, 29 février 2024",
        "\u{200B}12\u{00A0}mars\u{202F}2025",
    ];
    for text in inputs {
        for lang in [FR, EN] {
            let folded = Folded::new(text);
            let found = find_dates(text, &folded, lang);
            let mut previous_end = 0;
            for m in &found {
                assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end), "{text:?}");
                assert!(m.start <= m.end && m.start >= previous_end, "{text:?}: {found:?}");
                previous_end = m.end;
                for tense in [Past, Future, Unknown] {
                    let _ = resolve_detailed(&m.expr, &doc, tense);
                    let _ = resolve_detailed(&m.expr, &DocumentDate::default(), tense);
                }
            }
            let _ = document_date(text, &folded);
        }
    }
    // Impossible days are not dates.
    assert_eq!(mentions("31 février", FR), vec![]);
    let leap = mentions("Ils ont signé le 29 février.", FR);
    assert_eq!(leap.len(), 1);
    let doc = DocumentDate::known(day("2025-03-03"));
    assert_eq!(resolve(&leap[0].1, &doc, Past).as_deref(), Some("2024-02-29"));
}

#[test]
fn the_marker_is_no_mention_but_a_dateline_date_is() {
    let text = " date 2024-03-12 RABAT, 12 mars (MAP) – Signé le 2024-03-11.";
    let found: Vec<&str> = mentions(text, FR).into_iter().map(|(t, _)| t).collect();
    assert_eq!(found, vec!["12 mars", "2024-03-11"]);
}

#[test]
fn every_mention_of_a_text_in_order() {
    let text = "Signé en octobre 2019, le traité est entré en vigueur hier, \
                et un protocole suivra d’ici à juin 2025.";
    let found: Vec<&str> = mentions(text, FR).into_iter().map(|(t, _)| t).collect();
    assert_eq!(found, vec!["octobre 2019", "hier", "juin 2025"]);
}
