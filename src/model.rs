//! The extraction result: serde types for schema version 1.
//!
//! These types serialize to exactly the JSON contract that every face of the
//! library (Rust, C, Python, the `extract` CLI) returns. Fields may be added
//! in later versions; none is renamed or changes meaning without a new
//! [`SCHEMA_VERSION`].

use serde::{Deserialize, Serialize};

/// The version of the JSON contract these types serialize to.
pub const SCHEMA_VERSION: u32 = 1;

/// The result of one extraction: the agreements one article reports.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Always [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// ISO 639-1 code of the text's language (`"fr"`, `"en"`), or `"und"`
    /// when it could not be told. Only `fr` and `en` texts yield agreements.
    pub language: String,
    /// The publication date, `YYYY-MM-DD`, from the caller, a leading
    /// `date YYYY-MM-DD` marker or a dateline; `None` if unknown.
    pub document_date: Option<String>,
    /// Every agreement the article reports, in order of first mention.
    pub agreements: Vec<Agreement>,
    /// `true` when [`Options::max_agreements`](crate::Options::max_agreements)
    /// cut the list of agreements short.
    #[serde(default)]
    pub truncated: bool,
}

/// One cooperation instrument reported by the article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Agreement {
    /// What kind of instrument it is.
    pub kind: Kind,
    /// The words of the text that name the instrument.
    pub kind_text: String,
    /// The most advanced step the article reports.
    pub status: Status,
    /// When the reported step happened or will happen: `YYYY-MM-DD`,
    /// `YYYY-MM` or `YYYY`.
    pub date: Option<String>,
    /// Where it was (or will be) signed.
    pub location: Option<Location>,
    /// Who is bound, in the text's order.
    pub parties: Vec<Party>,
    /// One to three sectors.
    pub sectors: Vec<Sector>,
    /// The fields of cooperation the text lists, as written.
    pub areas: Vec<String>,
    /// The people who signed or will sign.
    pub signatories: Vec<Person>,
    /// The people named as present at the signing.
    pub witnesses: Vec<Person>,
    /// Follow-up bodies the agreement sets up, as written.
    pub mechanisms: Vec<String>,
    /// The extractor's own estimate that this agreement is right, in 0..=1.
    pub confidence: f64,
    /// Where each value came from in the input.
    pub evidence: Vec<Evidence>,
}

/// The kind of instrument.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Memorandum or protocol of understanding, protocole d'accord, MoU.
    MemorandumOfUnderstanding,
    /// Accord, agreement.
    Agreement,
    /// Accord-cadre, framework agreement.
    FrameworkAgreement,
    /// Traité, treaty.
    Treaty,
    /// Convention.
    Convention,
    /// Protocole (additionnel), protocol.
    Protocol,
    /// Lettre or déclaration d'intention, letter or declaration of intent.
    LetterOfIntent,
    /// Déclaration conjointe, joint statement or declaration.
    JointDeclaration,
    /// Plan d'action, feuille de route, roadmap, programme exécutif.
    ActionPlan,
    /// Contrat, purchase deal.
    Contract,
    /// Charte, arrangement administratif and the like.
    Other,
}

impl Kind {
    /// The schema's name for this kind (`"memorandum_of_understanding"`...).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::MemorandumOfUnderstanding => "memorandum_of_understanding",
            Kind::Agreement => "agreement",
            Kind::FrameworkAgreement => "framework_agreement",
            Kind::Treaty => "treaty",
            Kind::Convention => "convention",
            Kind::Protocol => "protocol",
            Kind::LetterOfIntent => "letter_of_intent",
            Kind::JointDeclaration => "joint_declaration",
            Kind::ActionPlan => "action_plan",
            Kind::Contract => "contract",
            Kind::Other => "other",
        }
    }
}

/// The most advanced step of an agreement that the article reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The text reports its signing.
    Signed,
    /// Ratification, parliamentary approval or entry into force.
    Ratified,
    /// To be signed, under negotiation, draft, intent to conclude.
    Planned,
    /// An earlier agreement mentioned only as background.
    Referenced,
}

impl Status {
    /// The schema's name for this status (`"signed"`...).
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Signed => "signed",
            Status::Ratified => "ratified",
            Status::Planned => "planned",
            Status::Referenced => "referenced",
        }
    }
}

/// A sector of cooperation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Sector {
    Defense,
    Security,
    Justice,
    Diplomacy,
    Economy,
    Energy,
    Agriculture,
    Health,
    Education,
    Science,
    Culture,
    Tourism,
    Transport,
    Environment,
    Technology,
    Labor,
    Migration,
    Humanitarian,
}

impl Sector {
    /// The schema's name for this sector (`"defense"`...).
    pub fn as_str(self) -> &'static str {
        match self {
            Sector::Defense => "defense",
            Sector::Security => "security",
            Sector::Justice => "justice",
            Sector::Diplomacy => "diplomacy",
            Sector::Economy => "economy",
            Sector::Energy => "energy",
            Sector::Agriculture => "agriculture",
            Sector::Health => "health",
            Sector::Education => "education",
            Sector::Science => "science",
            Sector::Culture => "culture",
            Sector::Tourism => "tourism",
            Sector::Transport => "transport",
            Sector::Environment => "environment",
            Sector::Technology => "technology",
            Sector::Labor => "labor",
            Sector::Migration => "migration",
            Sector::Humanitarian => "humanitarian",
        }
    }
}

/// Where an agreement was signed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Location {
    /// The place as written.
    pub name: String,
    /// ISO 3166-1 alpha-2 code of its country, if known.
    pub country: Option<String>,
}

/// What sort of party is bound.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartyType {
    /// A sovereign state (a ministry signing for it counts as the state).
    State,
    /// An intergovernmental organization.
    Organization,
    /// A ministry, agency, university or region acting in its own name.
    Institution,
    /// A company, state-owned or not.
    Company,
}

/// A party to an agreement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Party {
    /// The name as written in the article (a state's short name).
    pub name: String,
    /// What sort of party it is.
    #[serde(rename = "type")]
    pub kind: PartyType,
    /// ISO 3166-1 alpha-2 code for states and national bodies.
    pub country: Option<String>,
    /// The usual acronym of an organization (`"EU"`, `"ECOWAS"`).
    pub code: Option<String>,
}

/// A person who signed or witnessed an agreement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    /// The name without honorific or rank.
    pub name: String,
    /// The title as written, without determiner.
    pub role: Option<String>,
    /// ISO 3166-1 alpha-2 code of the state the person represents.
    pub country: Option<String>,
}

/// Where one extracted value came from: `input[start..end]`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// The field, with `parties[0]`-style indexes for list items.
    pub field: String,
    /// Byte offset of the first byte in the UTF-8 input.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

impl Document {
    /// The result as one line of JSON (schema version 1).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("the result types always serialize")
    }
}
