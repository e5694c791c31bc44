//! The folded view of a text: lowercase, accents stripped, apostrophes,
//! dashes and spaces unified, with a map from every folded byte back to the
//! input.
//!
//! Every recognizer matches against the folded text and reports spans of the
//! untouched input through [`Folded::span`].

/// A folded copy of a text and the way back to the original bytes.
#[derive(Debug, Default)]
pub(crate) struct Folded {
    /// The folded text. Plain ASCII for Latin-script input.
    pub(crate) text: String,
    /// `origin[i]` is the input byte offset of the character folded byte `i`
    /// came from; one extra entry holds the input's length. Empty when the
    /// input is ASCII: then every folded byte is the input byte at the same
    /// offset.
    origin: Vec<u32>,
}

impl Folded {
    /// Folds `input`, whose length must fit in `u32`.
    pub(crate) fn new(input: &str) -> Folded {
        let bytes = input.as_bytes();
        if ascii_run(bytes) == bytes.len() {
            // Most English text: lowercase is the whole fold.
            return Folded { text: input.to_ascii_lowercase(), origin: Vec::new() };
        }
        let mut text = String::with_capacity(input.len());
        let mut origin = Vec::with_capacity(input.len() + 1);
        let mut buf = [0u8; 4];
        let quick = quick_folds();
        let mut i = 0;
        while i < bytes.len() {
            // A run of ASCII is copied and lowercased whole.
            let run = ascii_run(&bytes[i..]);
            if run > 0 {
                let start = text.len();
                text.push_str(&input[i..i + run]);
                text[start..].make_ascii_lowercase();
                origin.extend(i as u32..(i + run) as u32);
                i += run;
                continue;
            }
            // The characters of Latin-1 (accented letters, the no-break
            // space, guillemets) and of general punctuation (curly
            // apostrophes and quotes, dashes, thin spaces) that fold to one
            // ASCII byte: read from a table, without decoding.
            let lead = bytes[i];
            let (fast, width) = if lead & 0xFE == 0xC2 && i + 1 < bytes.len() {
                (quick[usize::from(lead & 1) << 6 | usize::from(bytes[i + 1] & 0x3F)], 2)
            } else if lead == 0xE2 && i + 2 < bytes.len() && bytes[i + 1] == 0x80 {
                (quick[128 + usize::from(bytes[i + 2] & 0x3F)], 3)
            } else {
                (0, 0)
            };
            if fast != 0 {
                text.push(char::from(fast));
                origin.push(i as u32);
                i += width;
                continue;
            }
            let Some(c) = input[i..].chars().next() else { break };
            let at = i;
            i += c.len_utf8();
            let folded = fold_char(c);
            let s: &str = match folded {
                Fold::Char(f) => f.encode_utf8(&mut buf),
                Fold::Str(s) => s,
                Fold::Drop => continue,
            };
            text.push_str(s);
            origin.extend(std::iter::repeat_n(at as u32, s.len()));
        }
        origin.push(input.len() as u32);
        Folded { text, origin }
    }

    /// The folded byte offset of input byte offset `at` (the first folded
    /// byte that came from `at` or later).
    pub(crate) fn to_folded(&self, at: usize) -> usize {
        if self.origin.is_empty() {
            return at.min(self.text.len());
        }
        self.origin.partition_point(|&o| (o as usize) < at).min(self.text.len())
    }

    /// The input character that folded byte `at` comes from (`None` past
    /// the end).
    pub(crate) fn input_char(&self, input: &str, at: usize) -> Option<char> {
        if at >= self.text.len() {
            return None;
        }
        let (a, _) = self.span(at, at + 1);
        input.get(a..).and_then(|t| t.chars().next())
    }

    /// Whether the input character that folded byte `at` comes from is
    /// uppercase (false past the end).
    pub(crate) fn upper_at(&self, input: &str, at: usize) -> bool {
        self.input_char(input, at).is_some_and(char::is_uppercase)
    }

    /// The input byte range for the folded byte range `start..end`.
    pub(crate) fn span(&self, start: usize, end: usize) -> (usize, usize) {
        if self.origin.is_empty() {
            // The same checks as below: offsets past the end are a bug.
            assert!(start <= self.text.len() && end <= self.text.len(), "folded span {start}..{end} out of range");
            return (start, end.max(start));
        }
        let s = self.origin[start] as usize;
        // The end maps to the start of the character after the last one.
        let e = if end == 0 {
            s
        } else {
            let last = self.origin[end - 1];
            let mut i = end;
            while i < self.origin.len() - 1 && self.origin[i] == last {
                i += 1;
            }
            self.origin[i] as usize
        };
        (s, e.max(s))
    }
}

/// The character at byte `i` of `t`, if `i` is a character boundary; ASCII
/// without decoding.
pub(crate) fn char_at(t: &str, i: usize) -> Option<char> {
    match t.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => t.get(i..).and_then(|s| s.chars().next()),
        None => None,
    }
}

/// The length of the ASCII prefix of `bytes`, eight bytes at a time.
fn ascii_run(bytes: &[u8]) -> usize {
    let mut chunks = bytes.chunks_exact(8);
    let mut n = 0;
    for c in &mut chunks {
        let word = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        let high = word & 0x8080_8080_8080_8080;
        if high != 0 {
            return n + (high.trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    n + chunks.remainder().iter().position(|b| !b.is_ascii()).unwrap_or(chunks.remainder().len())
}

/// The ASCII byte each character of U+0080 to U+00FF (from index 0) and
/// of U+2000 to U+203F (from index 128) folds to; 0 where it folds to
/// anything else, or to nothing. Built once from [`fold_char`], so that
/// both always agree.
fn quick_folds() -> &'static [u8; 192] {
    static TABLE: std::sync::OnceLock<[u8; 192]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        std::array::from_fn(|k| {
            let c = if k < 128 { 0x80 + k as u32 } else { 0x2000 + (k - 128) as u32 };
            match char::from_u32(c).map(fold_char) {
                Some(Fold::Char(f)) if f.is_ascii() => f as u8,
                _ => 0,
            }
        })
    })
}

enum Fold {
    Char(char),
    Str(&'static str),
    Drop,
}

/// How one character folds.
fn fold_char(c: char) -> Fold {
    if c.is_ascii() {
        return Fold::Char(c.to_ascii_lowercase());
    }
    let f = match c {
        // The accented letters of Latin-1, most of French and its
        // neighbours' text: a fast path before the decomposition lookup of
        // `strip_marks` below, which folds every other accented Latin
        // letter (a test checks that both agree).
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'a',
        'ç' | 'Ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
        'ñ' | 'Ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
        'ý' | 'ÿ' | 'Ý' => 'y',
        // Letters whose base Unicode does not give by decomposition.
        'đ' | 'Đ' => 'd',
        'ħ' | 'Ħ' => 'h',
        'ı' => 'i',
        'ŀ' | 'ł' | 'Ŀ' | 'Ł' => 'l',
        'ø' | 'Ø' => 'o',
        'ŧ' | 'Ŧ' => 't',
        'æ' | 'Æ' => return Fold::Str("ae"),
        'œ' | 'Œ' => return Fold::Str("oe"),
        'ß' => return Fold::Str("ss"),
        // Apostrophes and primes.
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}' | '`' | '´' => '\'',
        // Quotes.
        '«' | '»' | '“' | '”' | '„' | '‟' => '"',
        // Hyphens and dashes.
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}' => '-',
        // Spaces of every width.
        '\u{00A0}' | '\u{202F}' | '\u{2007}' | '\u{2009}' | '\u{200A}' | '\u{2002}' | '\u{2003}'
        | '\u{3000}' => ' ',
        // Invisible format characters carry nothing to match.
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{200E}'
        | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => return Fold::Drop,
        // Combining marks after a base letter: drop them (decomposed accents).
        '\u{0300}'..='\u{036F}' => return Fold::Drop,
        // Bullets, whatever their shape: a list item opens with '*'.
        '•' | '·' | '▪' | '►' | '●' | '›' | '‣' | '◦' | '▸' | '▹' | '■' | '□' | '➢' | '➤' | '→' | '⁃' => '*',
        _ => {
            let mut lower = c.to_lowercase();
            let l = match (lower.next(), lower.next()) {
                (Some(l), None) => l,
                _ => c,
            };
            return strip_marks(l).map_or(Fold::Char(l), |b| Fold::Char(b.to_ascii_lowercase()));
        }
    };
    Fold::Char(f)
}

/// The ASCII letter a precomposed Latin letter is made of when every
/// other part of its canonical decomposition is a combining mark ("ệ" is
/// "e" with a dot below and a circumflex, "ơ" is "o" with a horn, "ǧ" is
/// "g" with a caron); `None` for any other character, and for the letters
/// of other scripts, whose marks may make another letter.
fn strip_marks(c: char) -> Option<char> {
    let mut base = None;
    let mut marks_only = true;
    let mut n = 0;
    unicode_normalization::char::decompose_canonical(c, |d| {
        n += 1;
        if n == 1 {
            base = Some(d);
        } else {
            marks_only &= unicode_normalization::char::is_combining_mark(d);
        }
    });
    base.filter(|b| n > 1 && marks_only && b.is_ascii_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_punctuation() {
        let input = "Mémorandum d’Entente — « Côte\u{a0}d’Ivoire »";
        let f = Folded::new(input);
        assert_eq!(f.text, "memorandum d'entente - \" cote d'ivoire \"");
    }

    #[test]
    fn folds_every_precomposed_latin_letter_to_its_base() {
        // Vietnamese, pinyin, Arabic and Turkic transliterations: letters
        // beyond Latin-1 and Latin Extended-A.
        let f = Folded::new("Việt Nam, Hà Nội, Hồ Chí Minh, Thương mại, Lǚ Xiǎo, Ṣalāḥ, Ǧurǧān");
        assert_eq!(f.text, "viet nam, ha noi, ho chi minh, thuong mai, lu xiao, salah, gurgan");
        // Latin Extended-A, folded by decomposition too; the letters it has
        // none for, from the table.
        assert_eq!(Folded::new("Čeština, Şahin, Győr, Žilina, Ğazi, İzmir, Łódź, Øst").text, "cestina, sahin, gyor, zilina, gazi, izmir, lodz, ost");
        let input = "ĐÀ NẴNG";
        let f = Folded::new(input);
        assert_eq!(f.text, "da nang");
        let (s, e) = f.span(3, 7);
        assert_eq!(&input[s..e], "NẴNG");
        // A letter with no decomposition stays itself, lowercased; so do
        // the letters of other scripts, whose marks may make another letter
        // ("й" is not "и").
        assert_eq!(Folded::new("Ə ŋ Ά Й").text, "ə ŋ ά й");
    }

    #[test]
    fn the_latin_1_fast_path_agrees_with_the_decompositions() {
        for c in ('\u{c0}'..='\u{ff}').filter(|c| c.is_alphabetic()) {
            let lower = c.to_lowercase().next().unwrap_or(c);
            if let (Fold::Char(fast), Some(base)) = (fold_char(c), strip_marks(lower)) {
                assert_eq!(fast, base.to_ascii_lowercase(), "{c}");
            }
        }
    }

    #[test]
    fn the_quick_table_folds_as_the_characters_do() {
        // Every character the table covers, between ASCII letters: the
        // fold is the character's own, and its span is the whole character.
        for c in ('\u{80}'..='\u{ff}').chain('\u{2000}'..='\u{203f}') {
            let input = format!("Ab{c}cD");
            let f = Folded::new(&input);
            let want = match fold_char(c) {
                Fold::Char(x) => x.to_string(),
                Fold::Str(x) => x.to_string(),
                Fold::Drop => String::new(),
            };
            assert_eq!(f.text, format!("ab{want}cd"), "U+{:04X}", u32::from(c));
            if !want.is_empty() {
                let (s, e) = f.span(2, 2 + want.len());
                assert_eq!(&input[s..e], c.to_string(), "U+{:04X}", u32::from(c));
            }
        }
        // A lead byte at the very end of a cut is never read past.
        assert_eq!(Folded::new("é").text, "e");
        assert_eq!(Folded::new("a\u{2019}").text, "a'");
    }

    #[test]
    fn spans_map_back_to_the_input() {
        let input = "Le Sénégal et l’Égypte";
        let f = Folded::new(input);
        let at = f.text.find("egypte").unwrap();
        let (s, e) = f.span(at, at + "egypte".len());
        assert_eq!(&input[s..e], "Égypte");
        let at = f.text.find("senegal").unwrap();
        let (s, e) = f.span(at, at + 7);
        assert_eq!(&input[s..e], "Sénégal");
    }

    #[test]
    fn ascii_text_maps_to_itself() {
        let input = "Kenya AND Peru";
        let f = Folded::new(input);
        assert_eq!(f.text, "kenya and peru");
        assert_eq!(f.span(6, 9), (6, 9));
        assert_eq!(f.span(6, 6), (6, 6));
        assert_eq!(f.span(0, 14), (0, 14));
        assert_eq!(f.to_folded(6), 6);
        assert_eq!(f.to_folded(99), 14);
        let empty = Folded::new("");
        assert_eq!(empty.span(0, 0), (0, 0));
        assert_eq!(empty.to_folded(0), 0);
    }

    #[test]
    fn ascii_runs_stop_at_the_first_other_byte() {
        for (text, want) in [("", 0), ("abc", 3), ("abcdefgh", 8), ("abcdefghé", 8), ("abcdefghij", 10), ("aé", 1), ("é", 0), ("abcdefgéhijk", 7)] {
            assert_eq!(ascii_run(text.as_bytes()), want, "{text}");
        }
    }

    #[test]
    fn ligatures_and_dropped_characters_keep_spans_whole() {
        let input = "cœur\u{200B}x e\u{301}te";
        let f = Folded::new(input);
        assert_eq!(f.text, "coeurx ete");
        let (s, e) = f.span(0, 3);
        assert_eq!(&input[s..e], "cœ");
        let (s, e) = f.span(7, 10);
        assert_eq!(&input[s..e], "e\u{301}te");
    }
}
