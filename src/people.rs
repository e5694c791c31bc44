//! People and roles (being built; this stub keeps the API the lead uses).

use crate::extractor::Language;
use crate::normalize::Folded;

/// A person named in the text.
pub(crate) struct PersonMention {
    /// Input byte span of the name.
    pub name: (usize, usize),
    /// Input byte span of the role.
    pub role: Option<(usize, usize)>,
}

/// Every person named in the text.
pub(crate) fn find_people(_input: &str, _folded: &Folded, _lang: Language) -> Vec<PersonMention> {
    Vec::new()
}
