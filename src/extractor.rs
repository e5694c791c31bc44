//! The public entry point: options, the extractor and its `extract` call.

use crate::pipeline::{self, Tables};
use crate::{Document, Error};

pub use crate::calendar::Date;

/// A language the extractor reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Language {
    /// French.
    French,
    /// English.
    English,
}

impl Language {
    /// The ISO 639-1 code: `"fr"` or `"en"`.
    pub fn code(self) -> &'static str {
        match self {
            Language::French => "fr",
            Language::English => "en",
        }
    }

    /// The language of an ISO 639-1 code (`"fr"`, `"en"`, any case).
    ///
    /// # Errors
    /// [`Error::UnsupportedLanguage`] for any other code.
    pub fn from_code(code: &str) -> Result<Language, Error> {
        match code.trim().to_ascii_lowercase().as_str() {
            "fr" => Ok(Language::French),
            "en" => Ok(Language::English),
            _ => Err(Error::UnsupportedLanguage { given: code.chars().take(16).collect() }),
        }
    }
}

/// How an [`Extractor`] behaves. Build one with `Options::default()` and
/// change what you need.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// Read every text as this language instead of detecting it.
    pub language: Option<Language>,
    /// The publication date to use when a call gives none and the text has
    /// no `date YYYY-MM-DD` marker or dated dateline.
    pub document_date: Option<Date>,
    /// Inputs longer than this many bytes are refused with
    /// [`Error::InputTooLarge`]. Default: 256 MiB.
    pub max_input_bytes: usize,
    /// At most this many agreements are reported per document; past it the
    /// result's `truncated` flag is set. Default: 1024.
    pub max_agreements: usize,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            language: None,
            document_date: None,
            max_input_bytes: 256 * 1024 * 1024,
            max_agreements: 1024,
        }
    }
}

/// What the caller knows about one document.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct DocumentInfo {
    /// The publication date; it overrides any date found in the text.
    pub document_date: Option<Date>,
    /// The language; it overrides detection and [`Options::language`].
    pub language: Option<Language>,
}

impl DocumentInfo {
    /// Information with a publication date.
    pub fn with_date(date: Date) -> DocumentInfo {
        DocumentInfo { document_date: Some(date), language: None }
    }
}

/// Reads articles and returns the agreements they report.
///
/// Build it once: construction compiles every lexicon into automata. It is
/// `Send + Sync`, so one extractor serves any number of threads.
#[derive(Debug)]
pub struct Extractor {
    options: Options,
    tables: Tables,
}

impl Extractor {
    /// Builds an extractor.
    ///
    /// # Errors
    /// [`Error::InvalidOption`] when `max_input_bytes` or `max_agreements`
    /// is zero.
    pub fn new(options: Options) -> Result<Extractor, Error> {
        if options.max_input_bytes == 0 {
            return Err(Error::InvalidOption {
                name: "max_input_bytes",
                reason: "must be at least 1",
            });
        }
        if options.max_agreements == 0 {
            return Err(Error::InvalidOption {
                name: "max_agreements",
                reason: "must be at least 1",
            });
        }
        Ok(Extractor { options, tables: Tables::build() })
    }

    /// The options this extractor was built with.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Extracts the agreements `text` reports.
    ///
    /// The same text and info always give the same result. Evidence spans
    /// are byte offsets into `text`.
    ///
    /// # Errors
    /// [`Error::InputTooLarge`] when `text` is longer than
    /// [`Options::max_input_bytes`].
    pub fn extract(&self, text: &str, info: &DocumentInfo) -> Result<Document, Error> {
        if text.len() > self.options.max_input_bytes {
            return Err(Error::InputTooLarge { len: text.len(), limit: self.options.max_input_bytes });
        }
        let language = info.language.or(self.options.language);
        let date = info.document_date.or(self.options.document_date);
        let date_from_caller = info.document_date.is_some();
        Ok(pipeline::run(&self.tables, text, language, date, date_from_caller, self.options.max_agreements))
    }
}
