//! Language identification by function words.
//!
//! News text is long enough that counting a few dozen frequent function
//! words per language tells French from English and from the languages the
//! extractor does not read, which then yield no agreements.

use std::sync::OnceLock;

use crate::normalize::Folded;
use crate::wordhash::WordMap;

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
/// to, built once.
fn table() -> &'static WordMap<'static, u8> {
    static TABLE: OnceLock<WordMap<'static, u8>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = WordMap::default();
        for (i, (_, words)) in WORDS.iter().enumerate() {
            for w in *words {
                *t.entry(*w).or_insert(0u8) |= 1 << i;
            }
        }
        t
    })
}

/// Letters, digits, apostrophes and any byte of a non-ASCII character.
fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'\'' || b >= 0x80
}

/// How many words are enough to tell the language.
const SAMPLE_WORDS: usize = 600;

/// The ISO 639-1 code of the text's language, or `"und"`.
pub(crate) fn detect(folded: &Folded) -> &'static str {
    let table = table();
    let mut counts = [0usize; WORDS.len()];
    let mut total = 0usize;
    // Words are runs of letters, digits and apostrophes; the folded text is
    // ASCII for Latin scripts, and any other byte counts as a letter.
    let bytes = folded.text.as_bytes();
    let mut i = 0;
    while i < bytes.len() && total < SAMPLE_WORDS {
        while i < bytes.len() && !is_word(bytes[i]) {
            i += 1;
        }
        let start = i;
        while i < bytes.len() && is_word(bytes[i]) {
            i += 1;
        }
        if start == i {
            break;
        }
        total += 1;
        let word = &folded.text[start..i];
        // Function words are short; French elisions count as "l'", "d'".
        let mut mask = if word.len() <= 10 { table.get(word).copied().unwrap_or(0) } else { 0 };
        if let Some(q) = word.find('\'') {
            mask |= table.get(&word[..=q]).copied().unwrap_or(0);
        }
        if mask != 0 {
            for (k, c) in counts.iter_mut().enumerate() {
                *c += usize::from(mask >> k & 1 == 1);
            }
        }
    }
    let (best, &n) = counts.iter().enumerate().max_by_key(|&(i, n)| (*n, usize::MAX - i)).unwrap_or((0, &0));
    // Short texts need fewer hits, but a clear lead over the runner-up.
    let second = counts.iter().enumerate().filter(|&(i, _)| i != best).map(|(_, c)| *c).max().unwrap_or(0);
    let total = total.min(SAMPLE_WORDS);
    if n < 2 || n * 20 < total || n < second + 2 {
        return "und";
    }
    WORDS[best].0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_languages_apart() {
        let cases = [
            ("Le Maroc et le Sénégal ont signé un accord de coopération dans le domaine de la pêche.", "fr"),
            ("Kenya and the United Arab Emirates signed an agreement on energy cooperation on Tuesday.", "en"),
            ("Deutschland und Frankreich haben am Dienstag ein Abkommen über die Zusammenarbeit unterzeichnet.", "de"),
            ("España y Marruecos firmaron el martes un acuerdo de cooperación para la pesca con los pescadores.", "es"),
            ("12345 67890", "und"),
            ("", "und"),
        ];
        for (text, want) in cases {
            assert_eq!(detect(&Folded::new(text)), want, "{text}");
        }
    }
}
