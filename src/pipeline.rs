//! Runs the stages over one text. (Skeleton: stages are being built.)

use crate::calendar::Date;
use crate::extractor::Language;
use crate::model::{Document, SCHEMA_VERSION};

/// Everything built once per extractor.
#[derive(Debug)]
pub(crate) struct Tables {}

impl Tables {
    pub(crate) fn build() -> Tables {
        Tables {}
    }
}

pub(crate) fn run(
    _tables: &Tables,
    _text: &str,
    language: Option<Language>,
    date: Option<Date>,
    _date_from_caller: bool,
    _max_agreements: usize,
) -> Document {
    Document {
        schema_version: SCHEMA_VERSION,
        language: language.map_or("und", Language::code).to_string(),
        document_date: date.map(|d| d.to_string()),
        agreements: Vec::new(),
        truncated: false,
    }
}
