//! The one error type of the public API.

/// Why an extraction or an extractor's construction failed.
///
/// Each message says what the caller can do about it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is larger than [`Options::max_input_bytes`](crate::Options::max_input_bytes).
    #[error("input is {len} bytes, over the limit of {limit}: split the text or raise Options::max_input_bytes")]
    InputTooLarge {
        /// The input's length in bytes.
        len: usize,
        /// The limit in force.
        limit: usize,
    },
    /// A date given by the caller is not a valid `YYYY-MM-DD` calendar date.
    #[error("invalid date {given:?}: give the publication date as YYYY-MM-DD, a real calendar day")]
    InvalidDate {
        /// The text the caller gave.
        given: String,
    },
    /// A language code the library does not know.
    #[error("unsupported language {given:?}: use \"fr\" or \"en\", or leave it unset to detect it")]
    UnsupportedLanguage {
        /// The code the caller gave.
        given: String,
    },
    /// An option is out of its range.
    #[error("invalid option {name}: {reason}")]
    InvalidOption {
        /// The option's name.
        name: &'static str,
        /// What is wrong and what is accepted.
        reason: &'static str,
    },
}
