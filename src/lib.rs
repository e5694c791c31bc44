//! # entente
//!
//! Extracts the cooperation agreements a news article reports: memoranda of
//! understanding, accords, treaties, conventions, protocols, letters of intent,
//! joint declarations and action plans. For each one it tells the kind of
//! instrument, whether it was signed, ratified or only planned, when and where,
//! between which parties, in which sectors and areas, who signed and who
//! witnessed it, which follow-up bodies it sets up, and the byte spans of the
//! text each fact came from. French and English are supported.
//!
//! ```
//! use entente::{DocumentInfo, Extractor, Options};
//!
//! let extractor = Extractor::new(Options::default()).unwrap();
//! let text = "RABAT, 12 mars 2025 - Le Maroc et le Sénégal ont signé mercredi \
//!             à Rabat un accord de coopération dans le domaine de la pêche.";
//! let doc = extractor.extract(text, &DocumentInfo::default()).unwrap();
//! assert_eq!(doc.language, "fr");
//! assert_eq!(doc.agreements.len(), 1);
//! assert_eq!(doc.agreements[0].parties.len(), 2);
//! ```

#![forbid(unsafe_op_in_unsafe_fn)]
#![warn(missing_docs)]

mod assemble;
mod calendar;
mod cues;
mod dates;
mod error;
mod extractor;
mod gazetteer;
mod language;
mod lexicon;
mod lexicon_data;
mod model;
mod normalize;
mod people;
mod prefilter;
mod pipeline;
mod segment;
mod slots;
mod wordhash;

pub mod ffi;

#[cfg(feature = "fuzzing")]
#[doc(hidden)]
pub mod fuzzing;

pub use error::Error;
pub use extractor::{Date, DocumentInfo, Extractor, Language, Options};
pub use model::{
    Agreement, Document, Evidence, Kind, Location, Party, PartyType, Person, SCHEMA_VERSION,
    Sector, Status,
};
