//! Language identification by function words.
//!
//! News text is long enough that counting a few dozen frequent function
//! words per language tells French from English and from the languages the
//! extractor does not read, which then yield no agreements.

use std::sync::OnceLock;

use crate::normalize::Folded;
use crate::wordhash::PackedMap;

/// Function words by language: frequent, short, and rare in the others.
const WORDS: &[(&str, &[&str])] = &[
    ("fr", &["le", "la", "les", "des", "du", "et", "est", "une", "pour", "dans", "qui", "sur", "avec", "au", "aux", "par", "ont", "cette", "ces", "sont", "ete", "leur", "entre", "ainsi", "deux", "selon", "mais", "aussi", "d'un", "d'une", "l'", "qu'il", "d'", "signe", "signee", "accord", "hier", "ministre", "mardi", "lundi", "mercredi", "jeudi", "vendredi"]),
    ("en", &["the", "of", "and", "to", "in", "is", "was", "for", "on", "with", "that", "by", "as", "at", "from", "has", "have", "it", "were", "are", "said", "which", "their", "this", "will", "its", "an", "be", "been", "two", "signed", "agreement", "yesterday", "minister", "monday", "tuesday", "wednesday", "thursday", "friday", "between", "would"]),
    ("de", &["der", "die", "das", "und", "ist", "nicht", "mit", "ein", "eine", "den", "dem", "von", "zu", "auf", "fur", "sich", "im", "wurde", "wurden", "auch", "bei", "nach", "einer", "zwischen", "beiden", "hat", "haben"]),
    ("es", &["el", "los", "las", "y", "que", "con", "una", "por", "para", "del", "fue", "como", "pero", "sus", "entre", "ambos", "han", "esta", "ha", "al", "lo"]),
    ("it", &["il", "gli", "che", "con", "una", "per", "della", "delle", "degli", "nel", "nella", "sono", "stato", "tra", "anche", "ha", "hanno", "questo", "dei", "alla"]),
    ("pt", &["os", "as", "que", "com", "uma", "para", "do", "da", "dos", "das", "foi", "entre", "pelo", "pela", "nao", "tambem", "ao", "sao", "em", "no", "na"]),
    ("nl", &["het", "een", "van", "en", "dat", "met", "voor", "zijn", "niet", "werd", "ook", "tussen", "beide", "heeft", "hebben", "bij", "naar", "deze"]),
];

/// Each function word and the languages (bit `i` for `WORDS[i]`) it belongs
/// to, built once. Its keys are the words' bytes and length packed in an
/// integer, which the scan builds as it reads a word.
fn table() -> &'static PackedMap<u8> {
    static TABLE: OnceLock<PackedMap<u8>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let entries = WORDS.iter().enumerate().flat_map(|(lang, (_, words))| words.iter().map(move |w| (*w, 1u8 << lang)));
        PackedMap::new(entries, |a, b| a | b)
    })
}

/// The class of each byte in a word: 0 outside words, else [`LETTER`]
/// (letters, digits and any byte of a non-ASCII character) or
/// [`APOSTROPHE`].
static WORD_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c == b'\'' {
            APOSTROPHE
        } else if c.is_ascii_alphanumeric() || c >= 0x80 {
            LETTER
        } else {
            0
        };
        b += 1;
    }
    t
};
const LETTER: u8 = 1;
const APOSTROPHE: u8 = 2;

/// How many words are enough to tell the language.
const SAMPLE_WORDS: usize = 600;

/// The reading stops early once a language has this many hits...
const DECISIVE_HITS: usize = 24;
/// ...and this many times the runner-up's.
const DECISIVE_RATIO: usize = 4;

/// The longest function word, in bytes.
const LONGEST_WORD: usize = 10;

/// The ISO 639-1 code of the text's language, or `"und"`.
///
/// The first [`SAMPLE_WORDS`] words are read, or fewer once one language
/// leads beyond doubt (see [`DECISIVE_HITS`]).
pub(crate) fn detect(folded: &Folded) -> &'static str {
    // A consent banner above the story is in the language of the banner's
    // vendor as often as not (English over a French article): its lines
    // are left out. One SIMD search finds whether there is one at all.
    // (Only the words the count read are searched, and most text has
    // none: the count runs again without them only then, and only when
    // that leaves enough to read, unlike a page of one line that opens on
    // a cookie sentence.)
    let text = &folded.text;
    let (mut counts, mut total, read) = count(text, SAMPLE_WORDS, true);
    if let Some(kept) = consent_lines(text, read)
        && kept.split_whitespace().nth(MIN_KEPT_WORDS).is_some()
    {
        (counts, total, _) = count(&kept, SAMPLE_WORDS, true);
    }
    let (best, &n) = counts.iter().enumerate().max_by_key(|&(i, n)| (*n, usize::MAX - i)).unwrap_or((0, &0));
    // Short texts need fewer hits, but a clear lead over the runner-up.
    let second = counts.iter().enumerate().filter(|&(i, _)| i != best).map(|(_, c)| *c).max().unwrap_or(0);
    if n < 2 || n * 20 < total || n < second + 2 {
        return "und";
    }
    WORDS[best].0
}

/// The fewest words the text must keep without its consent lines for
/// them to be left out.
const MIN_KEPT_WORDS: usize = 40;

/// Words of a cookie or consent banner (folded).
const CONSENT_WORDS: &[&str] = &["cookie", "privacy", "gdpr", "rgpd", "temoins de navigation"];

/// The text without its consent banner's lines, once the count has read
/// one of them (among its first `read` bytes): every line of the text that
/// holds a consent word and a banner's ("accept", "partners",
/// "preferences"...), not a story's line on a privacy agreement. Lines
/// past the words read go too: with only the first gone, the count would
/// read on into the rest of the banner. `None` when the count read none:
/// most text, at the cost of one search of those bytes.
fn consent_lines(text: &str, read: usize) -> Option<String> {
    banner_lines(text, read).next()?;
    let mut out = String::with_capacity(text.len());
    let mut line_start = 0;
    for (ls, le) in banner_lines(text, text.len()) {
        out.push_str(&text[line_start..ls]);
        line_start = le;
    }
    out.push_str(&text[line_start..]);
    Some(out)
}

/// The banner's lines of `text` that have a consent word among its first
/// `upto` bytes, each with its line break, in order: the lines that hold a
/// consent word and a banner's. Each line is read once, whatever the
/// number of consent words in it.
fn banner_lines(text: &str, upto: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    static SEARCH: OnceLock<crate::prefilter::Phrases> = OnceLock::new();
    let search = SEARCH.get_or_init(|| crate::prefilter::Phrases::new(CONSENT_WORDS));
    let mut seen = 0;
    search.starts(&text[..text.floor_char_boundary(upto)]).filter_map(move |hit| {
        if hit < seen {
            return None;
        }
        let ls = text[..hit].rfind('\n').map_or(0, |k| k + 1);
        let le = text[hit..].find('\n').map_or(text.len(), |k| hit + k + 1);
        seen = le;
        BANNER_WORDS.iter().any(|w| text[ls..le].contains(w)).then_some((ls, le))
    })
}

/// Words that make a line holding a consent word a banner's (folded).
const BANNER_WORDS: &[&str] = &[
    "accept all", "accepter", "j'accepte", "preferences", "consent", "parametr", "manage options", "refuser", "reject all",
    "personnalis", "personalis", "this site", "ce site", "our site", "notre site", "this website",
];

/// The fewest function words of its language a passage needs to be told
/// apart from the document's.
const PASSAGE_HITS: usize = 6;
/// ...and how many times the document language's hits it needs.
const PASSAGE_RATIO: usize = 3;

/// Whether a passage of folded text (a paragraph of an article in
/// `document`'s language) is plainly written in another language: at least
/// [`PASSAGE_HITS`] function words of that language, and [`PASSAGE_RATIO`]
/// times the document language's. Short or mixed passages are not.
pub(crate) fn is_other_language(passage: &str, document: &str) -> bool {
    let (counts, _, _) = count(passage, SAMPLE_WORDS, false);
    let Some(own) = WORDS.iter().position(|(code, _)| *code == document) else { return false };
    let (best, &n) = counts.iter().enumerate().max_by_key(|&(i, n)| (*n, usize::MAX - i)).unwrap_or((0, &0));
    best != own && n >= PASSAGE_HITS && n >= PASSAGE_RATIO * counts[own]
}

/// A quick test before [`is_other_language`]: whether the folded passage
/// holds a very frequent word that the document's language lacks ("the"
/// in French text; "les", "des" in English text). Most passages of a
/// document are in its language and fail it at the cost of a byte search.
pub(crate) fn may_be_other_language(passage: &str, document: &str) -> bool {
    type Finders = Vec<memchr::memmem::Finder<'static>>;
    static FOR_FRENCH: OnceLock<Finders> = OnceLock::new();
    static FOR_ENGLISH: OnceLock<Finders> = OnceLock::new();
    let build = |words: &[&'static str]| words.iter().map(|w| memchr::memmem::Finder::new(w.as_bytes())).collect::<Finders>();
    let finders = match document {
        "fr" => FOR_FRENCH.get_or_init(|| build(&[" the ", " and ", " of "])),
        "en" => FOR_ENGLISH.get_or_init(|| build(&[" les ", " des ", " et ", " du "])),
        _ => return true,
    };
    finders.iter().any(|f| f.find(passage.as_bytes()).is_some())
}

/// Hits per language among the first `limit` words of `text` (folded),
/// the words read and the byte where the reading stopped; with `early`,
/// the count stops once one language leads beyond doubt.
fn count(text: &str, limit: usize, early: bool) -> ([usize; WORDS.len()], usize, usize) {
    let table = table();
    let mut counts = [0usize; WORDS.len()];
    let mut total = 0usize;
    // Words are runs of letters, digits and apostrophes; the folded text is
    // ASCII for Latin scripts, and any other byte counts as a letter.
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() && total < limit {
        i += bytes[i..].iter().position(|&b| WORD_CLASS[usize::from(b)] != 0).unwrap_or(bytes.len() - i);
        let start = i;
        // The word's end, and whether it holds an apostrophe: one table
        // read per byte.
        let mut classes = 0;
        for &b in &bytes[i..] {
            let class = WORD_CLASS[usize::from(b)];
            if class == 0 {
                break;
            }
            classes |= class;
            i += 1;
        }
        if start == i {
            break;
        }
        total += 1;
        // Function words are short; French elisions count as "l'", "d'".
        let word = &bytes[start..i];
        let mut mask = 0;
        if word.len() <= LONGEST_WORD {
            mask = table.get_in(bytes, start, i).unwrap_or(0);
        }
        // "l'accord", "qu'il": the part up to the first apostrophe is a word
        // of its own.
        if classes & APOSTROPHE != 0
            && let Some(k) = word[..word.len().min(LONGEST_WORD)].iter().position(|&b| b == b'\'')
            && k + 1 < word.len()
        {
            mask |= table.get_in(bytes, start, start + k + 1).unwrap_or(0);
        }
        if mask != 0 {
            for (k, c) in counts.iter_mut().enumerate() {
                *c += usize::from(mask >> k & 1 == 1);
            }
        }
        if early && total.is_multiple_of(8) && decisive(&counts) {
            break;
        }
    }
    (counts, total, i)
}

/// Whether one language leads so far that more words would not change the
/// answer for a text in one language.
fn decisive(counts: &[usize]) -> bool {
    let (mut best, mut second) = (0, 0);
    for &c in counts {
        if c > best {
            second = best;
            best = c;
        } else if c > second {
            second = c;
        }
    }
    best >= DECISIVE_HITS && best >= DECISIVE_RATIO * second
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_text_is_decided_early_and_the_same_way() {
        let english = "The two ministers said that the agreement will be signed in the capital by the end of the year. ";
        let french = "Les deux ministres ont indiqué que l'accord sera signé dans la capitale avant la fin de l'année. ";
        assert_eq!(detect(&Folded::new(&english.repeat(40))), "en");
        assert_eq!(detect(&Folded::new(&french.repeat(40))), "fr");
        // Past the sample, a change of language is not seen.
        let mixed = format!("{}{}", french.repeat(40), english.repeat(400));
        assert_eq!(detect(&Folded::new(&mixed)), "fr");
        assert!(decisive(&[24, 6, 0]) && !decisive(&[24, 7, 0]) && !decisive(&[23, 0, 0]));
    }

    #[test]
    fn a_passage_in_another_language_is_told_only_when_plain() {
        let fold = |t: &str| Folded::new(t).text;
        let english = fold("In English: the two universities signed a framework agreement on Wednesday, with a specific agreement for a joint degree.");
        assert!(is_other_language(&english, "fr"));
        assert!(!is_other_language(&english, "en"));
        let french = fold("Les deux universités ont signé mercredi un accord-cadre, ainsi qu'une convention pour le master conjoint.");
        assert!(is_other_language(&french, "en") && !is_other_language(&french, "fr"));
        // Too short, or mixed with the document's language: not told.
        assert!(!is_other_language(&fold("Read more: the agreement"), "fr"));
        let mixed = fold("« The herders are our people on both sides », a déclaré le ministre, selon qui l'accord signé avec la Gambie est une avancée.");
        assert!(!is_other_language(&mixed, "fr"));
        // A language the document is not in, unknown to the table: never.
        assert!(!is_other_language(&english, "und"));
    }

    #[test]
    fn a_consent_banner_in_another_language_is_left_out() {
        let banner = "We value your privacy. We and our partners store and access information on a device, such as cookies, and process personal data for advertising and content measurement. You can change your preferences at any time by clicking the privacy button at the bottom of the page.\n[ Manage options ] [ Accept all ]\n";
        let story = "Le Maroc et le Sénégal ont signé mardi un accord de coopération dans le domaine de la pêche. Les deux pays se sont engagés à renforcer leur coopération dans les secteurs de l'énergie et des transports, selon un communiqué du ministère.\n";
        assert_eq!(detect(&Folded::new(&format!("{}{}", banner.repeat(3), story.repeat(2)))), "fr");
        // Without a consent word, the same English lines decide.
        let plain = banner.replace("privacy", "interests").replace("cookies", "files");
        assert_eq!(detect(&Folded::new(&format!("{}{}", plain.repeat(3), story.repeat(2)))), "en");
    }

    #[test]
    fn a_banner_is_left_out_whole_not_only_the_lines_read_first() {
        // The count stops early inside the banner's first line; the lines
        // below it are the banner's too, though the count had not reached
        // them, and a line between them without a consent word stays.
        let banner = "We and our partners use cookies and similar technologies on this site to store and access information on your device, to measure the audience of the site and to show you content that is relevant to you.\n\
                      Purposes: store and access information on a device | measure the performance of content | develop and improve the services\n\
                      By clicking on Accept all, you agree to the use of cookies by this website and by its partners, and you can change your preferences at any time in the settings of the page.\n\
                      [ Manage options ] [ Accept all ]\n";
        let story = "Le Maroc et le Sénégal ont signé mardi un accord de coopération dans le domaine de la pêche. Les deux pays se sont engagés à renforcer leur coopération dans les secteurs de l'énergie et des transports, selon un communiqué du ministère.\n";
        assert_eq!(detect(&Folded::new(&format!("{banner}{}", story.repeat(2)))), "fr");
        let kept = consent_lines(&Folded::new(&format!("{banner}{story}")).text, 40).unwrap_or_default();
        assert!(kept.starts_with("purposes:") && kept.contains("[ manage options ]") && !kept.contains("cookies"), "{kept}");
        // A banner the count never read is kept: the story's lines decide.
        assert_eq!(consent_lines(&Folded::new(&format!("{story}{banner}")).text, 40), None);
    }

    #[test]
    fn tells_languages_apart() {
        let cases = [
            ("Le Maroc et le Sénégal ont signé un accord de coopération dans le domaine de la pêche.", "fr"),
            ("Kenya and the United Arab Emirates signed an agreement on energy cooperation on Tuesday.", "en"),
            ("Deutschland und Frankreich haben am Dienstag ein Abkommen über die Zusammenarbeit unterzeichnet.", "de"),
            ("España y Marruecos firmaron el martes un acuerdo de cooperación para la pesca con los pescadores.", "es"),
            ("12345 67890", "und"),
            // A cookie notice in English above a French article.
            (
                "We use cookies to give you the best experience on our site and to measure the audience. \
                 Le Maroc et le Sénégal ont signé mardi un accord de coopération dans le domaine de la pêche. \
                 Les deux pays se sont engagés à renforcer leur coopération dans les secteurs de l'énergie et \
                 des transports, selon un communiqué du ministère, qui précise que la commission mixte se \
                 réunira à Dakar au mois de juin pour suivre la mise en œuvre des accords signés entre les \
                 deux parties.",
                "fr",
            ),
            ("", "und"),
        ];
        for (text, want) in cases {
            assert_eq!(detect(&Folded::new(text)), want, "{text}");
        }
    }
}
