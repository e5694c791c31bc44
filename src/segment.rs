//! Lines and sentences, with what each line is for.
//!
//! Web-scraped articles mix the story with headlines, photo captions,
//! "Lire aussi" links and list items. Segmentation marks each sentence with
//! the kind of line it stands on, so that assembly reads agreements from the
//! story and its lists only.

use crate::lexicon::prefix_among;
use crate::normalize::Folded;

/// What a line of the text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LineKind {
    /// Running text.
    Body,
    /// A bulleted, dashed or numbered list item.
    Item,
    /// A title: a short line without closing punctuation followed by more text.
    Heading,
    /// A photo caption or credit.
    Caption,
    /// A link to another article ("Lire aussi", "Read more").
    Related,
    /// A paragraph in another language than the document's (a summary in
    /// English under a French story, a quote in Spanish): it repeats or
    /// quotes, and is not read for instruments.
    Foreign,
}

/// Marks as [`LineKind::Foreign`] the sentences of every paragraph plainly
/// written in another language than `language`, the document's. Only the
/// paragraphs that hold one of `anchors` (sorted folded offsets: the
/// instruments) are read, since only they can matter.
pub(crate) fn mark_foreign(sentences: &mut [Sentence], folded: &Folded, language: &str, anchors: &[usize]) {
    let mut start = 0;
    while start < sentences.len() {
        let paragraph = sentences[start].paragraph;
        let end = start + sentences[start..].iter().take_while(|s| s.paragraph == paragraph).count();
        let (a, b) = (sentences[start].start, sentences[end - 1].end);
        let anchored = anchors.get(anchors.partition_point(|&x| x < a)).is_some_and(|&x| x < b);
        if anchored && folded.text.get(a..b).is_some_and(|t| crate::language::may_be_other_language(t, language) && crate::language::is_other_language(t, language)) {
            for s in &mut sentences[start..end] {
                s.kind = LineKind::Foreign;
            }
        }
        start = end;
    }
}

/// How many words may come before the instrument's noun in a
/// semicolon-separated item ("and an executive cooperation programme").
const ITEM_LEAD_WORDS: usize = 4;

/// Splits every sentence that lists instruments between semicolons ("They
/// include an agreement on visas, signed by ...; a memorandum on
/// agriculture, signed by ...; and a programme ...") into its items, each
/// a [`LineKind::Item`] after the first, so that what each item says (its
/// signers, its fields, a year it recalls) stays its own. A sentence splits
/// when every part after a semicolon opens with an instrument (`anchors`:
/// their sorted folded offsets) and at least two parts hold one.
/// A list opened by a colon ("les instruments suivants : un accord ... ;
/// un mémorandum ...") is left whole: its colon umbrella reads it.
pub(crate) fn split_instrument_lists(sentences: &mut Vec<Sentence>, folded: &Folded, anchors: &[usize]) {
    let text = folded.text.as_str();
    let has_anchor = |a: usize, b: usize| anchors.get(anchors.partition_point(|&x| x < a)).is_some_and(|&x| x < b);
    let mut out: Vec<Sentence> = Vec::with_capacity(sentences.len());
    let mut i = 0;
    while i < sentences.len() {
        let s = sentences[i];
        // A run-on sentence cut at the length limit goes on in the next
        // pieces of its line: the list is read over the whole run.
        let mut j = i + 1;
        while j < sentences.len()
            && sentences[j].line == s.line
            && sentences[j].start == sentences[j - 1].end
            && sentences[j - 1].end - sentences[j - 1].start >= MAX_SENTENCE
        {
            j += 1;
        }
        let end = sentences[j - 1].end;
        let run = &text[s.start..end];
        let cuts: Vec<usize> = if matches!(s.kind, LineKind::Body | LineKind::Item) && run.contains("; ") {
            run.match_indices("; ").map(|(k, _)| s.start + k + 1).collect()
        } else {
            Vec::new()
        };
        let lists = !cuts.is_empty()
            && has_anchor(s.start, cuts[0])
            && !text[s.start..cuts[0]].contains(": ")
            && cuts.iter().enumerate().all(|(k, &c)| {
                let to = cuts.get(k + 1).copied().unwrap_or(end);
                anchors.get(anchors.partition_point(|&x| x < c)).is_some_and(|&x| x < to && text[c..x].trim_start().matches(' ').count() <= ITEM_LEAD_WORDS)
            });
        if !lists {
            out.extend_from_slice(&sentences[i..j]);
            i = j;
            continue;
        }
        let mut start = s.start;
        for (k, &c) in cuts.iter().chain(std::iter::once(&end)).enumerate() {
            let kind = if k == 0 { s.kind } else { LineKind::Item };
            out.push(Sentence { start, end: c, kind, ..s });
            start = c;
        }
        i = j;
    }
    *sentences = out;
}

/// One sentence, as a folded byte range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Sentence {
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// Index of the line the sentence stands on.
    pub(crate) line: usize,
    /// Index of the paragraph (lines separated by blank lines, or each line
    /// when the text has no blank lines).
    pub(crate) paragraph: usize,
    pub(crate) kind: LineKind,
}

const RELATED: &[&str] = &[
    "lire aussi", "a lire aussi", "a lire egalement", "lire egalement", "voir aussi", "a voir aussi", "a lire",
    "read also", "read more", "also read", "see also", "related", "more news", "more on this", "more stories",
    "recommended", "you may also like", "you might also like", "top stories", "latest news", "trending",
    "lire la suite", "plus d'infos", "sur le meme sujet", "dans la meme rubrique", "a la une", "les plus lus",
    "articles similaires", "nos articles", "voir plus", "en savoir plus", "most read", "most popular",
    "les plus partages", "les plus commentes", "articles lies", "articles en lien", "lisez aussi", "lisez egalement",
    "a consulter aussi", "a decouvrir aussi", "a decouvrir", "voir egalement", "consultez aussi", "read next", "see more",
    "further reading", "related stories", "related articles", "related news", "also on", "more from", "you may like",
    "editor's picks", "popular stories", "related coverage", "also in the news", "in other news", "other news",
    "more headlines", "latest stories", "more in this section", "on the same topic", "on the same subject",
    "you might be interested in", "you may be interested in", "what to read next", "autres communiques",
    "communiques associes", "communiques lies", "other press releases", "more press releases",
    "aussi dans l'actualite", "autres actualites", "a lire dans la meme rubrique", "vous aimerez aussi",
    "vous pourriez aimer", "vous aimerez aussi lire", "sur le meme theme", "dans la meme categorie",
    // A release's links to other pages ("Liens connexes", "Related links").
    "liens connexes", "liens utiles", "liens associes", "contenu connexe", "contenus connexes", "ressources connexes",
    "related links", "useful links", "related content", "related resources", "associated links",
    "les plus consultes", "les plus populaires", "most viewed", "most shared", "most commented",
    // A live blog's summary of its own entries above them ("Key events",
    // "Les temps forts"): the entries tell each one. (Not "Ce qu'il faut
    // retenir", over a story's own points.)
    "key events", "temps forts", "les temps forts",
];

/// Whether a line is only a heading over other stories ("Les plus lus",
/// "Read more:", "Related articles"): one of [`RELATED`] alone, or
/// "related" and up to three words. The list lines that follow it are
/// links too.
/// "À la une" is left out: a page may put it above its own headline.
fn is_related_heading(line: &str) -> bool {
    let t = strip_date_marker(line.trim()).trim_end_matches([':', '.', ' ', '-', '\u{2014}', '\u{2013}', '\u{bb}']);
    // "Related news", "Related press releases".
    let related_word = t.strip_prefix("related ").is_some_and(|w| w.split_whitespace().count() <= 3);
    // "More News From PT Pertamina (Persero)", "Plus d'articles de la rubrique".
    let more_from = ["more news from ", "more from ", "more stories from ", "plus d'articles", "autres articles", "d'autres articles"]
        .iter()
        .any(|p| t.starts_with(p))
        && t.split_whitespace().count() <= 8;
    // "Articles les plus lus", "Nos articles les plus partagés", "Stories
    // most read": the same headings over a noun of articles.
    let over_articles = ["articles ", "nos articles ", "les articles ", "stories ", "news "]
        .iter()
        .find_map(|p| t.strip_prefix(p))
        .is_some_and(|rest| RELATED.contains(&rest));
    // "Dépêches liées", "Actualités connexes", "Sujets associés", "Similar
    // stories": a noun of pieces and a word that links them to this one.
    let linked = t.split_once(' ').is_some_and(|(noun, rest)| {
        let pieces = ["depeches", "actualites", "nouvelles", "informations", "infos", "breves", "sujets", "contenus", "videos", "dossiers", "articles", "stories", "reports", "dispatches"];
        let french = pieces.contains(&noun)
            && ["lies", "liees", "associes", "associees", "similaires", "connexes", "en lien", "proches", "recommandes", "recommandees"].contains(&rest);
        let english = ["similar", "linked", "recommended"].contains(&noun) && pieces.contains(&rest);
        french || english
    });
    t != "a la une" && (RELATED.contains(&t) || related_word || more_from || over_articles || linked)
}

/// Link markers that close a line pointing to another story ("... with
/// Japanese Utility (Read more)").
const LINK_TAILS: &[&str] = &["(read more)", "read more", "(lire la suite)", "lire la suite", "(lire plus)", "(more)", "(en savoir plus)"];
const CAPTION: &[&str] = &[
    "photo", "legende", "caption", "(photo", "credit photo", "credit:", "credits", "image:", "illustration",
    "(image", "crédit", "image caption", "image credit", "picture:", "pic:", "file photo", "(file", "video:",
    // In brackets, and a paper's "notre photo".
    "[photo", "[image", "[legende", "[caption", "(de gauche a droite", "(from left", "notre photo", "sur notre photo",
    // Who stands where, with the colon or comma right after the words: a
    // paragraph of the story may open on the same words ("De gauche à
    // droite, tous les partis ont salué ...").
    "de gauche a droite :", "de gauche a droite:", "from left to right:", "from left:", "pictured:", "pictured, from left",
    "pictured from left",
];

/// Whether a folded line (its leading spaces trimmed) opens with a
/// caption's or a credit's label ("Photo :", "Légende", "Image caption").
pub(crate) fn opens_caption(t: &str) -> bool {
    prefix_among(t, CAPTION).is_some() && !t.starts_with("photos de")
}

/// Abbreviations after which a full stop does not end a sentence.
pub(crate) const ABBREVIATIONS: &[&str] = &[
    "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "prof", "s.e", "h.e", "s.m", "h.m", "s.a.r", "s.a", "h.h", "mr", "mrs",
    "ms", "st", "ste",
    "gen", "gal", "col", "lt", "cpt", "capt", "maj", "brig", "adm", "sgt", "hon", "rev", "jr", "sr",
    "eng", "engr", "ing", "amb", "rt", "cdr", "ret", "retd", "rtd", "messrs", "ir", "drs", "dra", "hj", "atty", "lic",
    "mag", "smt", "shri", "kum",
    "no", "n°", "vol", "art", "al", "etc", "cf", "ex", "env", "av", "jan", "janv", "feb", "fev", "fevr",
    "mar", "apr", "avr", "jun", "jul", "juil", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k",
    "u.n", "inc", "ltd", "co", "corp", "dept", "min", "gov", "sen", "cllr", "rep", "pres", "vs", "e.g", "i.e",
];

/// Whether folded `line` opens on the label of a list item's field
/// ("Between:", "Signed by:"): see [`ITEM_FIELDS`].
pub(crate) fn is_item_field(line: &str) -> bool {
    prefix_among(line.trim_start(), ITEM_FIELDS).is_some()
}

/// Labels of a list item's fields on the lines under it (folded).
const ITEM_FIELDS: &[&str] = &[
    "between:", "signed by:", "signatories:", "signatory:", "parties:", "exchanged by:", "signed on behalf of", "entre :", "entre:",
    "signe par :", "signe par:", "signataires :", "signataires:", "parties :",
];

/// The longest sentence kept whole, in bytes; longer runs are cut.
pub(crate) const MAX_SENTENCE: usize = 1200;

/// Splits `input` (through its folded view) into sentences.
pub(crate) fn sentences(input: &str, folded: &Folded) -> Vec<Sentence> {
    let text = folded.text.as_str();
    let mut out = Vec::new();
    let mut paragraph = 0usize;
    let mut blank_seen = false;
    let mut any_blank = false;
    let lines: Vec<(usize, usize)> = line_ranges(text);
    for &(s, e) in &lines {
        if text[s..e].trim().is_empty() {
            any_blank = true;
            break;
        }
    }
    let gallery = is_gallery(text, &lines);
    let mut first_content_line = true;
    let mut related_list = false;
    // Whether the readers' comments under the story have begun.
    let mut comments = false;
    // Whether the last line of text was a list item or one of its fields.
    let mut after_item = false;
    for (line_no, &(ls, le)) in lines.iter().enumerate() {
        let line = &text[ls..le];
        if line.trim().is_empty() {
            blank_seen = true;
            continue;
        }
        let new_paragraph = (blank_seen || !any_blank) && !first_content_line;
        blank_seen = false;
        let next_has_text = lines[line_no + 1..].iter().any(|&(s, e)| !text[s..e].trim().is_empty());
        // (The input line is read only for a long line without a stop.)
        let lowercase = || {
            let (rs, re) = folded.span(ls, le);
            input.get(rs..re).unwrap_or("").chars().any(char::is_lowercase)
        };
        let mut kind = classify(line, lowercase, first_content_line, next_has_text);
        // A list item's own fields on the lines under it ("Between: ...",
        // "Signed by: ..."), as a ministry's list of outcomes gives them:
        // sentences about the item, not headings that end the list.
        let field = after_item && is_item_field(line);
        if kind == LineKind::Heading && field {
            kind = LineKind::Body;
        }
        after_item = kind == LineKind::Item || field && kind == LineKind::Body;
        // A gallery's captions are its story.
        if gallery && kind == LineKind::Caption {
            kind = LineKind::Body;
        }
        // A photo's caption stands inside the story: it keeps the number of
        // the paragraph before it, so that the paragraphs on either side
        // stay neighbours.
        if new_paragraph && kind != LineKind::Caption {
            paragraph += 1;
        }
        // Readers' comments close a page, under a heading of their own
        // ("Comments (2)", "3 commentaires"): what they say of an
        // instrument ("Just sign a free trade agreement") is no report.
        // (A count of comments under the headline is a link to them: only
        // a heading in the page's second half opens them.)
        comments = comments || ls * 2 > text.len() && is_comments_heading(line);
        if comments {
            kind = LineKind::Related;
        }
        // The list under a heading of other stories is links, up to the
        // first line of running text.
        if kind == LineKind::Related {
            related_list = is_related_heading(line);
        } else if related_list && matches!(kind, LineKind::Item | LineKind::Heading) {
            kind = LineKind::Related;
        } else {
            related_list = false;
        }
        first_content_line = false;
        split_line(input, folded, ls, le, line_no, paragraph, kind, &mut out);
    }
    out
}

/// Whether a folded line is only the heading over readers' comments:
/// "Comments", "Commentaires", "Réactions" or "Reader comments", with or
/// without a count before or in brackets after ("3 commentaires",
/// "Comments (2)"), or a call to write one ("Leave a comment").
fn is_comments_heading(line: &str) -> bool {
    const HEADINGS: &[&str] = &[
        "comments", "comment", "commentaires", "commentaire", "reactions", "reaction", "reader comments", "readers' comments",
        "vos commentaires", "vos reactions", "your comments", "leave a comment", "add a comment", "post a comment",
        "laisser un commentaire", "laissez un commentaire", "ajouter un commentaire", "donnez votre avis", "join the discussion",
        "join the conversation",
    ];
    let t = line.trim().trim_end_matches([':', ' ']);
    let whole = t.len();
    // "Comments (2)", "Commentaires (12)".
    let t = match t.strip_suffix(')').and_then(|r| r.rsplit_once(" (")) {
        Some((head, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => head,
        _ => t,
    };
    // "3 commentaires", "12 comments".
    let counted = t.len() < whole;
    let t = match t.split_once(' ') {
        Some((n, rest)) if n.bytes().all(|b| b.is_ascii_digit()) => rest,
        _ => t,
    };
    // "Réactions", "Comment" alone are a story's subheadings as often as
    // not: only with their count ("12 réactions", "Réactions (3)").
    let ambiguous = matches!(t, "reactions" | "reaction" | "comment");
    HEADINGS.contains(&t) && (!ambiguous || counted)
}

/// Whether a page is a photo gallery whose captions tell the story
/// ("Photo 3/9 – Mardi, au Palais des congrès, MM. X et Y signent une
/// déclaration conjointe ..."): at least [`GALLERY_CAPTIONS`] caption
/// lines holding more text than the page's lines of running text (of
/// [`PROSE_WORDS`] words or more) together. A story with a few photos is
/// not one.
fn is_gallery(text: &str, lines: &[(usize, usize)]) -> bool {
    // (Most pages have fewer captions: their lines' words are not counted.)
    let caption = |&&(s, e): &&(usize, usize)| opens_caption(strip_date_marker(text[s..e].trim()));
    if lines.iter().filter(caption).nth(GALLERY_CAPTIONS - 1).is_none() {
        return false;
    }
    let (mut captions, mut numbered, mut caption_bytes, mut prose_bytes) = (0, 0, 0, 0);
    for &(s, e) in lines {
        let line = text[s..e].trim();
        if opens_caption(strip_date_marker(line)) {
            captions += 1;
            caption_bytes += line.len();
            numbered += usize::from(numbered_photo(line));
        } else if line.split_whitespace().nth(PROSE_WORDS - 1).is_some() {
            prose_bytes += line.len();
        }
    }
    // (And the page says it is one: its photos numbered, "Photo 3/9", or
    // a gallery's word near the top; a brief with three photos is not.)
    let head = &text[..text.floor_char_boundary(GALLERY_HEAD)];
    let says = numbered >= GALLERY_CAPTIONS || GALLERY_WORDS.iter().any(|w| head.contains(w));
    captions >= GALLERY_CAPTIONS && caption_bytes > prose_bytes && says
}

/// Whether a caption opens on a photo's number in the gallery: "photo 3/9",
/// "photo 3 / 9".
fn numbered_photo(line: &str) -> bool {
    let rest = line.strip_prefix("photo").unwrap_or("").trim_start();
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && rest[digits..].trim_start().starts_with('/')
}

/// How far from the top a gallery's word is sought (see [`is_gallery`]).
const GALLERY_HEAD: usize = 2048;
/// A gallery's words (folded).
const GALLERY_WORDS: &[&str] = &["galerie", "gallery", "en images", "in pictures", "diaporama", "slideshow", "photo essay"];

/// The fewest captions of a gallery (see [`is_gallery`]).
const GALLERY_CAPTIONS: usize = 3;
/// The fewest words of a line of running text (see [`is_gallery`]).
const PROSE_WORDS: usize = 12;

fn line_ranges(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut start = 0;
    for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
        // "\r\n" is one line break, not a blank line between two.
        if bytes[i] == b'\n' && i > 0 && bytes[i - 1] == b'\r' {
            start = i + 1;
            continue;
        }
        out.push((start, i));
        start = i + 1;
    }
    out.push((start, text.len()));
    out
}

/// Words that open a web page's byline date ("Publié le 12/03/2025 à
/// 14h05", "Published: March 12, 2025"), folded.
pub(crate) const BYLINE: &[&str] = &[
    "publie le", "publie :", "publie:", "published", "mis a jour", "mise a jour", "updated", "posted",
    "date de publication",
];

/// The longest byline line read as a page's furniture, in folded bytes.
const BYLINE_LINE_BYTES: usize = 160;

/// Whether folded line `t` opens with a byline's word and then its date
/// ("Publié le 10/09/2024", "Updated: February 14, 2025", "Mis à jour le
/// mardi 3 mars"): not a sentence that opens on the word ("Published on
/// Monday, the statement said ...", "Mis à jour en 2020, l'accord ...").
fn is_byline_line(t: &str) -> bool {
    const LEADS: &[&str] = &["le ", "on ", "the ", ": ", ":"];
    const DAYS: &[&str] = &[
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday",
    ];
    const MONTHS: &[&str] = &[
        "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ];
    let Some(w) = BYLINE.iter().find(|w| t.starts_with(**w)) else { return false };
    let mut rest = t[w.len()..].trim_start();
    if let Some(r) = LEADS.iter().find_map(|l| rest.strip_prefix(l)) {
        rest = r.trim_start();
    }
    if let Some(r) = DAYS.iter().find_map(|d| rest.strip_prefix(d)) {
        rest = r.trim_start_matches([',', ' ']);
    }
    if let Some(r) = MONTHS.iter().find_map(|mo| rest.strip_prefix(mo).and_then(|r| r.strip_prefix(' '))) {
        rest = r;
    }
    t.len() <= BYLINE_LINE_BYTES && rest.as_bytes().first().is_some_and(u8::is_ascii_digit)
}

/// The kind of folded `line`; `lowercase` says whether its input text has
/// a lowercase letter.
fn classify(line: &str, lowercase: impl FnOnce() -> bool, first: bool, more_follows: bool) -> LineKind {
    let t = line.trim_start();
    // The corpus marker " date YYYY-MM-DD " opens the first line; skip it.
    let t = strip_date_marker(t);
    // A link line is short: a paragraph of running text that opens on "À la
    // une de Sud Horizon" (a press review) is read.
    if prefix_among(t, RELATED).is_some() && t.split_whitespace().nth(40).is_none() || is_related_heading(t) {
        return LineKind::Related;
    }
    let end = t.trim_end().trim_end_matches(['.', ':', '\u{bb}', '>', ' ']);
    let last = end.as_bytes().last();
    // (The last bytes compared first: most lines end otherwise.)
    if LINK_TAILS.iter().any(|p| p.as_bytes().last() == last && end.ends_with(p)) {
        return LineKind::Related;
    }
    if opens_caption(t) {
        return LineKind::Caption;
    }
    // "Publié le 10/09/2024 à 11:15 (C.D.)": the page's byline, whatever
    // closes it, says nothing of the story.
    if is_byline_line(t) {
        return LineKind::Heading;
    }
    let first_char = t.chars().next().unwrap_or(' ');
    if matches!(first_char, '*' | '-' | '>' | '+') || starts_with_number_item(t) {
        return LineKind::Item;
    }
    let trimmed = t.trim_end();
    let closes = trimmed.ends_with(['.', '!', '?', '"', ':', ';', ')', '\u{2026}']);
    if !closes && more_follows {
        // Only short lines are headings: count no further than that.
        let words = trimmed.split_whitespace().take(31).count();
        // A headline runs to thirty words ("La France et le Kazakhstan
        // signent une feuille de route pour ... et une convention de
        // financement pour ..."); past twenty, a line in capitals is an
        // order of business that the record goes on to debate ("APPROVAL
        // OF THE EXTRADITION TREATY BETWEEN THE GOVERNMENT OF ..."), read
        // as running text.
        if words <= 20 || words <= 30 && (first || lowercase()) {
            return LineKind::Heading;
        }
    }
    LineKind::Body
}

/// The text after a leading `date YYYY-MM(-DD)` marker, or `t` itself.
pub(crate) fn strip_date_marker(t: &str) -> &str {
    if let Some(rest) = t.strip_prefix("date ") {
        let n = rest.bytes().take_while(|b| b.is_ascii_digit() || *b == b'-').count();
        if n >= 7 {
            return rest[n..].trim_start();
        }
    }
    t
}

fn starts_with_number_item(t: &str) -> bool {
    item_number_len(t) > 0
}

/// The length of the number or label that opens a list item ("1. ", "2) ",
/// "(iv) ", "b) "), space included; 0 when there is none.
pub(crate) fn item_number_len(t: &str) -> usize {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && digits <= 2 && matches!(t.as_bytes().get(digits), Some(b'.' | b')')) && t.as_bytes().get(digits + 1) == Some(&b' ') {
        return digits + 2;
    }
    // A French ordinal label: "1°) ", "3°- " (not "25° à l'ombre").
    if digits > 0 && digits <= 2 && t[digits..].starts_with('\u{b0}') {
        let after = digits + '\u{b0}'.len_utf8();
        if matches!(t.as_bytes().get(after), Some(b')' | b'-')) && t.as_bytes().get(after + 1) == Some(&b' ') {
            return after + 2;
        }
    }
    // A table's numbered row: "2 | Agreement on ... | Name, Secretary".
    if digits > 0 && digits <= 3 && t[digits..].starts_with(" | ") {
        return digits + 3;
    }
    // "(i) ", "iv) ", "(a) ", "b) ", "(3) ": a letter or a small roman
    // numeral closed by a bracket. (Not "A. ", an initial.)
    let open = t.starts_with('(');
    let rest = &t[usize::from(open)..];
    let Some(close) = rest.get(..rest.len().min(6)).and_then(|h| h.find(") ")) else { return 0 };
    let label = &rest[..close];
    let roman = !label.is_empty() && label.len() <= 4 && label.bytes().all(|b| matches!(b.to_ascii_lowercase(), b'i' | b'v' | b'x'));
    let letter = label.len() == 1 && label.bytes().all(|b| b.is_ascii_alphabetic());
    let number = !label.is_empty() && label.len() <= 2 && label.bytes().all(|b| b.is_ascii_digit());
    if roman || letter || number && open { usize::from(open) + close + 2 } else { 0 }
}

#[allow(clippy::too_many_arguments)]
fn split_line(
    input: &str,
    folded: &Folded,
    ls: usize,
    le: usize,
    line: usize,
    paragraph: usize,
    kind: LineKind,
    out: &mut Vec<Sentence>,
) {
    let text = folded.text.as_bytes();
    let mut start = ls;
    let mut i = ls;
    while i < le {
        // Short of the length limit only sentence punctuation matters:
        // jump to it.
        let limit = (start + MAX_SENTENCE).min(le);
        if i < limit {
            match memchr::memchr3(b'.', b'!', b'?', &text[i..limit]) {
                Some(k) => {
                    i += k;
                    if ends_sentence(input, folded, ls, i, le) {
                        out.push(Sentence { start, end: i + 1, line, paragraph, kind });
                        start = i + 1;
                    }
                    i += 1;
                }
                None => i = limit,
            }
            continue;
        }
        let b = text[i];
        if matches!(b, b'.' | b'!' | b'?') && ends_sentence(input, folded, ls, i, le) {
            out.push(Sentence { start, end: i + 1, line, paragraph, kind });
            start = i + 1;
        } else if i - start >= MAX_SENTENCE && matches!(b, b' ' | b',' | b';') {
            // No real sentence is this long: cut a run-on text at a space so
            // that every later stage works on bounded pieces.
            out.push(Sentence { start, end: i, line, paragraph, kind });
            start = i;
        } else if i - start >= 2 * MAX_SENTENCE && b < 0x80 {
            out.push(Sentence { start, end: i, line, paragraph, kind });
            start = i;
        }
        i += 1;
    }
    if folded.text[start..le].trim().is_empty() {
        return;
    }
    out.push(Sentence { start, end: le, line, paragraph, kind });
}

/// Whether the punctuation at folded byte `i` closes a sentence.
fn ends_sentence(input: &str, folded: &Folded, ls: usize, i: usize, le: usize) -> bool {
    let text = folded.text.as_bytes();
    // Followed by space(s) then an uppercase letter, a quote or a digit.
    let mut j = i + 1;
    while j < le && matches!(text[j], b'"' | b')' | b'\'') {
        j += 1;
    }
    if j >= le || text[j] != b' ' {
        return false;
    }
    while j < le && text[j] == b' ' {
        j += 1;
    }
    if j >= le {
        return false;
    }
    let (s, _) = folded.span(j, j + 1);
    let next = input[s..].chars().next().unwrap_or(' ');
    if !(next.is_uppercase() || next.is_ascii_digit() || matches!(next, '"' | '«' | '“' | '(' | '-' | '–' | '—')) {
        return false;
    }
    if text[i] != b'.' {
        return true;
    }
    // The word before the full stop.
    let mut k = i;
    while k > ls && !matches!(text[k - 1], b' ' | b'(' | b'"' | b'\'') {
        k -= 1;
    }
    let word = &folded.text[k..i];
    if word.is_empty() {
        return true;
    }
    if ABBREVIATIONS.contains(&word) {
        return false;
    }
    // Initials: "J." "A.B."
    let letters = word.bytes().filter(u8::is_ascii_alphabetic).count();
    if letters == 1 || (word.contains('.') && letters <= 3) {
        return false;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(input: &str) -> Vec<(String, LineKind)> {
        let f = Folded::new(input);
        sentences(input, &f)
            .iter()
            .map(|s| {
                let (a, b) = f.span(s.start, s.end);
                (input[a..b].trim().to_string(), s.kind)
            })
            .collect()
    }

    /// Sentences after [`split_instrument_lists`], with `nouns` as the
    /// instruments.
    fn split_lists(input: &str, nouns: &[&str]) -> Vec<(String, LineKind)> {
        let f = Folded::new(input);
        let mut anchors: Vec<usize> = nouns.iter().flat_map(|n| f.text.match_indices(n).map(|(k, _)| k)).collect();
        anchors.sort_unstable();
        let mut out = sentences(input, &f);
        split_instrument_lists(&mut out, &f, &anchors);
        out.iter()
            .map(|s| {
                let (a, b) = f.span(s.start, s.end);
                (input[a..b].trim().to_string(), s.kind)
            })
            .collect()
    }

    #[test]
    fn a_semicolon_list_of_instruments_is_split_into_items() {
        let nouns = ["agreement", "memorandum", "programme"];
        let text = "They include an agreement on visas, signed by A. Bek; a memorandum on farming, signed by B. Nur; and a programme on culture, signed by C. Ali.";
        let got = split_lists(text, &nouns);
        let kinds: Vec<LineKind> = got.iter().map(|(_, k)| *k).collect();
        assert_eq!(kinds, [LineKind::Body, LineKind::Item, LineKind::Item], "{got:?}");
        assert_eq!(got[1].0, "a memorandum on farming, signed by B. Nur;");
        // A part that opens with no instrument keeps the sentence whole.
        let text = "They signed an agreement on visas; the talks then turned to a memorandum on farming.";
        assert_eq!(split_lists(text, &nouns).len(), 1);
        // A colon list is read whole by its umbrella.
        let text = "Ils ont salué la signature des textes suivants : un accord sur les visas ; un memorandum sur l'agriculture.";
        assert_eq!(split_lists(text, &["accord", "memorandum"]).len(), 1);
        // A run-on list cut at the length limit is split all the same.
        let item = format!("a memorandum on {}, signed by B. Nur", "farming and fishing ".repeat(20));
        let text = format!("They include an agreement on visas; {item}; {item}; {item}.");
        let got = split_lists(&text, &nouns);
        assert_eq!(got.len(), 4, "{got:?}");
        assert!(got[1..].iter().all(|(s, k)| *k == LineKind::Item && s.starts_with("a memorandum")));
    }

    #[test]
    fn splits_sentences_but_not_after_abbreviations() {
        let got = split("M. Diallo a signé. Le texte entre en vigueur. H.E. Ahmed Khan said it.");
        let texts: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(texts, vec!["M. Diallo a signé.", "Le texte entre en vigueur.", "H.E. Ahmed Khan said it."]);
    }

    #[test]
    fn a_list_under_a_heading_of_other_stories_is_links() {
        let input = "Le Sénégal a signé un accord.\n\nLes plus lus\n1. Berne signe un accord avec le Monténégro\n2. Primes maladie 2026\n\nRead more:\n\nKenya, Uganda sign trade pact\n\nThe ministers met again on Friday.\n\nLire aussi : Un accord signé\n- un accord de pêche ;";
        let got = split(input);
        let kinds: Vec<_> = got.iter().map(|g| g.1).collect();
        use LineKind::*;
        // After a headline of its own ("Lire aussi : …"), a list is the
        // article's again.
        // ("1." and "2." are sentences of their own.)
        assert_eq!(kinds, vec![Body, Related, Related, Related, Related, Related, Related, Related, Body, Related, Item]);
    }

    #[test]
    fn lettered_and_roman_labels_open_items() {
        for (line, len) in [("(i) capacity building;", 4), ("iv) skilling.", 4), ("(a) training;", 4), ("b) data;", 3), ("(3) ports;", 4), ("2. ports;", 3), ("12) ports;", 4), ("2\u{b0}) le projet de loi ;", 5), ("3\u{b0}- le projet ;", 5)] {
            assert_eq!(classify(line, || true, false, true), LineKind::Item, "{line}");
            assert_eq!(item_number_len(line), len, "{line}");
        }
        // A table's numbered row.
        assert_eq!(item_number_len("2 | Agreement on fisheries | A. Rao"), 4);
        assert_eq!(item_number_len("12 | Protocol | B. Sow"), 5);
        // An initial, a bracket of words, a year: no label.
        for line in ["A. Diallo a signé l'accord.", "(UN) agencies will help.", "2025) was a year."] {
            assert_eq!(item_number_len(line), 0, "{line}");
        }
    }

    #[test]
    fn a_byline_line_is_no_running_text_whatever_closes_it() {
        use LineKind::*;
        for byline in ["Publié le 10/09/2024 à 11:15 (A.B.)", "Mis à jour le 3 mars 2025.", "Published: 4 March 2025 (Reuters)", "Updated: February 14, 2025."] {
            let input = format!("{byline}\n\nGhana and Togo signed a treaty.");
            let kinds: Vec<_> = split(&input).iter().map(|g| g.1).collect();
            assert_eq!(kinds, vec![Heading, Body], "{byline}");
        }
        // A sentence that opens on the word is running text.
        for line in ["Published on Monday, the statement said Ghana and Togo signed a treaty.", "Mis à jour en 2020, l'accord a été signé mardi."] {
            let input = format!("{line}\n\nGhana and Togo signed a treaty.");
            let kinds: Vec<_> = split(&input).iter().map(|g| g.1).collect();
            assert_eq!(kinds, vec![Body, Body], "{line}");
        }
    }

    #[test]
    fn other_headings_over_other_stories() {
        use LineKind::*;
        for heading in ["ALSO IN THE NEWS", "In other news:", "Autres actualités", "Vous aimerez aussi", "Related press releases:", "Autres communiqués :"] {
            let input = format!("Ghana and Togo signed a treaty.\n\n{heading}\n- Two banks sign merger agreement\n- Court approves plea deal");
            let kinds: Vec<_> = split(&input).iter().map(|g| g.1).collect();
            assert_eq!(kinds, vec![Body, Related, Related, Related], "{heading}");
        }
    }

    #[test]
    fn classifies_lines() {
        let input = "Accord historique entre deux voisins\n\nPhoto : les ministres à Dakar.\n\nDAKAR, 3 mai - Le Sénégal a signé.\n\n• un accord de pêche ;\n\nLire aussi : Un autre accord signé\n\nFin.";
        let kinds: Vec<_> = split(input).iter().map(|g| g.1).collect();
        assert_eq!(
            kinds,
            vec![LineKind::Heading, LineKind::Caption, LineKind::Body, LineKind::Item, LineKind::Related, LineKind::Body]
        );
    }

    #[test]
    fn a_long_headline_below_the_top_is_a_heading_but_an_order_of_business_is_not() {
        use LineKind::*;
        // 25 words, under a place-and-date line, with no closing stop.
        let headline = "Le Niger et le Bénin signent une feuille de route pour le corridor routier et une convention de financement pour la modernisation du port de Cotonou";
        let order = "APPROVAL OF THE CONVENTION BETWEEN THE GOVERNMENT OF THE REPUBLIC OF GHANA AND THE GOVERNMENT OF THE REPUBLIC OF TOGO ON MUTUAL ASSISTANCE IN CUSTOMS MATTERS";
        for (line, kind) in [(headline, Heading), (order, Body)] {
            assert!((21..=30).contains(&line.split_whitespace().count()), "{line}");
            let input = format!("Niamey, le 3 mai 2025\n\n{line}\n\nLe texte a été signé hier.");
            let kinds: Vec<_> = split(&input).iter().map(|g| g.1).collect();
            assert_eq!(kinds[1], kind, "{line}");
        }
    }

    #[test]
    fn run_on_text_is_cut_into_bounded_sentences() {
        let input = "mot ".repeat(2000) + &"x".repeat(5000);
        let f = Folded::new(&input);
        let s = sentences(&input, &f);
        assert!(s.len() >= 8);
        assert!(s.iter().all(|x| x.end - x.start <= 2 * MAX_SENTENCE + 1));
        assert_eq!(s.first().map(|x| x.start), Some(0));
        assert_eq!(s.last().map(|x| x.end), Some(input.len()));
    }

    #[test]
    fn sentence_ends_are_found_up_to_and_past_the_length_limit() {
        // "Fin." closes just before the limit; past it, a run-on is cut at
        // a space, and a later full stop still ends a sentence.
        let first = format!("{}Fin.", "a ".repeat(MAX_SENTENCE / 2 - 3));
        assert!(first.len() < MAX_SENTENCE);
        let input = format!("{first} Suite {}fin. Dernier.", "b ".repeat(MAX_SENTENCE));
        let f = Folded::new(&input);
        let got: Vec<&str> = sentences(&input, &f).iter().map(|x| input[x.start..x.end].trim()).collect(); // ASCII: offsets agree
        assert_eq!(got.first(), Some(&first.as_str()));
        assert_eq!(got.last(), Some(&"Dernier."));
        assert!(got.len() >= 4, "{}", got.len());
        assert!(got.iter().all(|g| g.len() <= MAX_SENTENCE + 1));
        assert!(got.iter().any(|g| g.ends_with("fin.")));
    }

    #[test]
    fn carriage_returns_break_lines() {
        let input = "Un accord\r\rLe Mali a signé. Le Niger aussi.\r\nFin.";
        let f = Folded::new(input);
        let s = sentences(input, &f);
        let texts: Vec<&str> = s
            .iter()
            .map(|x| {
                let (a, b) = f.span(x.start, x.end);
                input[a..b].trim()
            })
            .collect();
        assert_eq!(texts, vec!["Un accord", "Le Mali a signé.", "Le Niger aussi.", "Fin."]);
        assert_eq!(s.iter().map(|x| x.paragraph).collect::<Vec<_>>(), vec![0, 1, 1, 1]);
    }

    #[test]
    fn paragraphs_are_counted() {
        let f = Folded::new("Un. Deux.\n\nTrois.");
        let s = sentences("Un. Deux.\n\nTrois.", &f);
        assert_eq!(s.iter().map(|x| x.paragraph).collect::<Vec<_>>(), vec![0, 0, 1]);
    }
}
