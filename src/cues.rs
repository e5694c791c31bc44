//! The words that make an agreement: instrument nouns, the verbs and phrases
//! that tell its status, presence clauses, area lists, follow-up bodies and
//! sector keywords, in French and English.
//!
//! Every table here is folded text (lowercase, no accents, `'` apostrophes),
//! matched on word boundaries by [`Lexicon`].

use crate::lexicon::Lexicon;
use crate::model::{Kind, Sector};

/// A phrase that names an instrument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Instrument {
    pub(crate) kind: Kind,
    pub(crate) plural: bool,
    /// A noun that is often something else ("traité" the participle,
    /// "protocole sanitaire", "deal with"): assembly checks its context.
    pub(crate) loose: bool,
    /// A joint statement or communiqué, often only the source of the news.
    pub(crate) statement: bool,
    /// A bare head noun ("la déclaration", "the statement") that only takes
    /// up an instrument named before; it never opens one.
    pub(crate) anaphor: bool,
}

use Kind::*;

/// French instrument nouns: the head noun comes first ("accord cadre").
const FRENCH_INSTRUMENTS: &[(&str, Kind)] = &[
    ("memorandum d'entente", MemorandumOfUnderstanding),
    ("memorandum d'accord", MemorandumOfUnderstanding),
    ("memorandum de cooperation", MemorandumOfUnderstanding),
    ("memorandum", MemorandumOfUnderstanding),
    ("protocole d'entente", MemorandumOfUnderstanding),
    ("protocole d'accord", MemorandumOfUnderstanding),
    ("accord-cadre", FrameworkAgreement),
    ("accord cadre", FrameworkAgreement),
    ("accord", Agreement),
    ("convention", Convention),
    ("traite", Treaty),
    ("protocole additionnel", Protocol),
    ("protocole", Protocol),
    ("lettre d'intention", LetterOfIntent),
    ("lettre d'intentions", LetterOfIntent),
    ("declaration d'intention", LetterOfIntent),
    ("declaration d'intentions", LetterOfIntent),
    ("declaration conjointe", JointDeclaration),
    ("declaration commune", JointDeclaration),
    ("communique conjoint", JointDeclaration),
    ("communique commun", JointDeclaration),
    ("feuille de route", ActionPlan),
    ("plan d'action", ActionPlan),
    ("plan d'actions", ActionPlan),
    ("programme executif", ActionPlan),
    ("programme d'execution", ActionPlan),
    ("contrat", Contract),
    ("charte", Other),
    ("arrangement administratif", Other),
    ("arrangement", Other),
    ("releve de conclusions", Other),
    // The minutes of a joint commission's session, signed by both sides.
    ("proces-verbal", Other),
    ("proces-verbaux", Other),
    ("echange de lettres", Other),
    ("echange de notes", Other),
    // Canadian French: "entente de coopération", "entente-cadre".
    ("entente-cadre", FrameworkAgreement),
    ("entente cadre", FrameworkAgreement),
    ("entente", Agreement),
    ("avenant", Other),
    ("pacte", Agreement),
];

/// English instrument nouns: the head noun comes last ("framework
/// agreement"), or first before "of" ("letter of intent").
const ENGLISH_INSTRUMENTS: &[(&str, Kind)] = &[
    ("memorandum of understanding", MemorandumOfUnderstanding),
    ("memorandum of cooperation", MemorandumOfUnderstanding),
    ("memorandum of co-operation", MemorandumOfUnderstanding),
    ("memorandum of agreement", MemorandumOfUnderstanding),
    ("mou", MemorandumOfUnderstanding),
    ("framework agreement", FrameworkAgreement),
    ("agreement", Agreement),
    ("treaty", Treaty),
    ("additional protocol", Protocol),
    ("protocol", Protocol),
    ("letter of intent", LetterOfIntent),
    ("declaration of intent", LetterOfIntent),
    ("joint declaration", JointDeclaration),
    ("joint statement", JointDeclaration),
    ("joint communique", JointDeclaration),
    ("roadmap", ActionPlan),
    ("road map", ActionPlan),
    ("action plan", ActionPlan),
    ("plan of action", ActionPlan),
    ("executive programme", ActionPlan),
    ("executive program", ActionPlan),
    ("contract", Contract),
    ("deal", Contract),
    ("pact", Agreement),
    ("charter", Other),
    ("exchange of letters", Other),
    ("exchange of notes", Other),
    // Generic nouns: only as counted umbrellas over a list ("quatre
    // instruments juridiques ont été signés :").
    ("instruments juridiques", Other),
    ("instruments", Other),
    ("textes", Other),
    ("documents", Other),
    ("legal instruments", Other),
];

/// The plurals of an instrument phrase: the head noun takes the plural,
/// the first word in French and before "of" in English, else the last
/// word of an English compound ("framework agreements").
fn plurals(phrase: &str, english: bool) -> Vec<String> {
    if english && phrase.contains(' ') && !phrase.contains(" of ") {
        return vec![format!("{phrase}s")];
    }
    let (head, rest) = match phrase.find([' ', '-']) {
        Some(i) => (&phrase[..i], &phrase[i..]),
        None => (phrase, ""),
    };
    let mut heads = vec![];
    match head {
        "memorandum" => {
            heads.push("memoranda".to_string());
            heads.push("memorandums".to_string());
        }
        "treaty" => heads.push("treaties".to_string()),
        "traite" => heads.push("traites".to_string()),
        "mou" => heads.push("mous".to_string()),
        _ if head.ends_with('s') || head.ends_with('x') => {}
        _ => heads.push(format!("{head}s")),
    }
    let mut out: Vec<String> = heads.into_iter().map(|h| format!("{h}{rest}")).collect();
    // "accords-cadres", "feuilles de route" are covered by the head rule; the
    // second word of a hyphenated compound may take it too.
    if rest.starts_with('-') {
        out.extend(out.clone().into_iter().map(|p| format!("{p}s")));
    }
    // French compounds without "de" may take it on the last word too
    // ("accord cadres", "programme executifs").
    if !english && phrase.contains(' ') && !phrase.contains(" d'") && !phrase.contains(" de ") {
        out.push(format!("{phrase}s"));
    }
    out
}

/// The instrument lexicon.
pub(crate) fn instruments() -> Lexicon<Instrument> {
    let mut entries = Vec::new();
    let tagged = FRENCH_INSTRUMENTS.iter().map(|e| (e, false)).chain(ENGLISH_INSTRUMENTS.iter().map(|e| (e, true)));
    for (&(phrase, kind), english) in tagged {
        let loose = matches!(phrase, "traite" | "protocole" | "protocol" | "deal" | "arrangement" | "charte" | "charter" | "convention" | "pacte" | "pact" | "entente" | "proces-verbal" | "proces-verbaux");
        let statement = matches!(phrase, "communique conjoint" | "communique commun" | "joint statement" | "joint communique" | "declaration conjointe" | "declaration commune" | "joint declaration");
        let generic = matches!(phrase, "instruments juridiques" | "instruments" | "textes" | "documents" | "legal instruments");
        entries.push((phrase.to_string(), Instrument { kind, plural: generic, loose, statement, anaphor: false }));
        if generic {
            continue;
        }
        for p in plurals(phrase, english) {
            entries.push((p, Instrument { kind, plural: true, loose, statement, anaphor: false }));
        }
    }
    for (phrase, kind) in [("declaration", JointDeclaration), ("statement", JointDeclaration), ("lettre", LetterOfIntent), ("letter", LetterOfIntent)] {
        entries.push((phrase.to_string(), Instrument { kind, plural: false, loose: false, statement: false, anaphor: true }));
    }
    Lexicon::new(entries)
}

/// What a cue phrase tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cue {
    /// The instrument was signed, concluded or adopted.
    Signed,
    /// It is to be signed, under negotiation, a draft.
    Planned,
    /// It was ratified, approved by parliament, or entered into force.
    Ratified,
    /// Ratification or entry into force still to come: not a ratification.
    RatifyLater,
    /// Nothing was signed.
    Negated,
    /// A document quoted as the source of the news.
    Source,
    /// The start of a presence clause: witnesses follow.
    Presence,
    /// The signing as a noun ("la signature de l'accord", "the signing of"):
    /// a signing, or a plan when the sentence speaks of the future.
    SigningNoun,
    /// The people before it watched the signing: "witnessed the signing of",
    /// "ont assisté à la signature de". A signing too.
    WitnessedSigning,
    /// The people after it signed: "signé par", "signed by".
    SignedBy,
    /// A list of areas follows.
    AreaList,
    /// The agreement sets up a body: "prévoit la création", "sets up".
    Creates,
    /// A body that already existed: "la prochaine session de", "en marge".
    Existing,
    /// "les deux pays", "the two sides": the document's main parties.
    BothParties,
    /// "les trois pays", "the four countries": the document's main parties,
    /// this many of them (three to six).
    ManyParties(u8),
    /// Background: "dans le cadre de", "under the".
    Background,
    /// A cardinal that makes a plural instrument an umbrella ("cinq accords").
    Count,
    /// The same ceremony: "à cette occasion", "on the sidelines".
    SameOccasion,
    /// A signing that may happen: a plan only if something else plans it.
    Speculative,
    /// Future tense or modal verb that makes the clause speak of the future.
    Future,
}

const CUES: &[(&str, Cue)] = &[
    // Signing, French.
    ("signe", Cue::Signed), ("signee", Cue::Signed), ("signes", Cue::Signed), ("signees", Cue::Signed),
    ("signent", Cue::Signed), ("ont signe", Cue::Signed), ("a signe", Cue::Signed), ("signa", Cue::Signed),
    ("paraphe", Cue::Signed), ("paraphee", Cue::Signed), ("paraphes", Cue::Signed), ("paraphees", Cue::Signed),
    ("conclu", Cue::Signed), ("conclue", Cue::Signed), ("conclus", Cue::Signed), ("concluent", Cue::Signed),
    ("adopte", Cue::Signed), ("adoptee", Cue::Signed), ("adoptent", Cue::Signed),
    ("scelle", Cue::Signed), ("scellent", Cue::Signed), ("ceremonie de signature", Cue::Signed),
    ("la signature de", Cue::SigningNoun), ("la signature d'", Cue::SigningNoun), ("a la signature", Cue::SigningNoun),
    ("the signing of", Cue::SigningNoun), ("the signature of", Cue::SigningNoun),
    ("procede a la signature", Cue::Signed), ("ont procede a la signature", Cue::Signed),
    ("a ete signe", Cue::Signed), ("a ete signee", Cue::Signed), ("ont ete signes", Cue::Signed),
    ("ont ete signees", Cue::Signed), ("entériné", Cue::Signed), ("paraphé", Cue::Signed),
    // Signing, English.
    ("signed", Cue::Signed), ("sign", Cue::Signed), ("signs", Cue::Signed), ("inked", Cue::Signed),
    ("inks", Cue::Signed), ("sealed", Cue::Signed), ("concluded", Cue::Signed), ("adopted", Cue::Signed),
    ("adopt", Cue::Signed), ("adopts", Cue::Signed), ("signing ceremony", Cue::Signed),
    ("entered into", Cue::Signed), ("initialled", Cue::Signed), ("initialed", Cue::Signed),
    ("vient de signer", Cue::Signed), ("viennent de signer", Cue::Signed), ("vient de parapher", Cue::Signed),
    ("viennent de parapher", Cue::Signed), ("vient de conclure", Cue::Signed), ("viennent de conclure", Cue::Signed),
    ("exchanged", Cue::Signed), ("renewed", Cue::Signed), ("renouvele", Cue::Signed), ("renouvelee", Cue::Signed),
    ("ont renouvele", Cue::Signed), ("a renouvele", Cue::Signed), ("reconduit", Cue::Signed), ("penned", Cue::Signed), ("put pen to paper", Cue::Signed),
    ("signed off", Cue::Signed), ("entered into an", Cue::Signed), ("apposé leur signature", Cue::Signed),
    ("ont appose leur signature", Cue::Signed), ("ont entérine", Cue::Signed), ("ont entérinée", Cue::Signed),
    ("ont scelle", Cue::Signed), ("struck", Cue::Signed), ("clinched", Cue::Signed),
    // Planned.
    ("devraient signer", Cue::Planned), ("devrait signer", Cue::Planned), ("devrait etre signe", Cue::Planned),
    ("devrait etre signee", Cue::Planned), ("doit etre signe", Cue::Planned), ("doit etre signee", Cue::Planned),
    ("doivent signer", Cue::Planned), ("doit signer", Cue::Planned), ("signeront", Cue::Planned),
    ("adopter", Cue::Planned), ("to adopt", Cue::Planned), ("parapher", Cue::Planned), ("conclure un", Cue::Planned),
    ("signera", Cue::Planned), ("signer", Cue::Planned), ("de signer", Cue::Planned), ("va signer", Cue::Planned), ("vont signer", Cue::Planned),
    ("sera signe", Cue::Planned), ("sera signee", Cue::Planned), ("seront signes", Cue::Planned),
    ("seront signees", Cue::Planned), ("prevoient de signer", Cue::Planned), ("prevoit de signer", Cue::Planned),
    ("s'appretent a signer", Cue::Planned), ("s'apprete a signer", Cue::Planned),
    ("en cours de negociation", Cue::Planned), ("en negociation", Cue::Planned), ("negociations", Cue::Planned),
    ("negocient", Cue::Planned), ("negocier", Cue::Planned), ("projet d'accord", Cue::Planned),
    ("projet de", Cue::Planned), ("avant-projet", Cue::Planned), ("en vue de la signature", Cue::Planned),
    ("en vue de conclure", Cue::Planned), ("en vue de la conclusion", Cue::Planned), ("pourparlers", Cue::Planned),
    ("discussions en vue", Cue::Planned), ("des discussions", Cue::Planned), ("talks", Cue::Planned), ("conclure", Cue::Planned), ("en preparation", Cue::Planned),
    ("sera elabore", Cue::Planned), ("sera elaboree", Cue::Planned), ("seront elabores", Cue::Planned),
    ("elaborer", Cue::Planned), ("d'elaborer", Cue::Planned), ("a elaborer", Cue::Planned),
    ("en voie de finalisation", Cue::Planned), ("finalise", Cue::Planned), ("finaliser", Cue::Planned),
    ("la signature prochaine", Cue::Planned), ("prochaine signature", Cue::Planned),
    ("est prevue", Cue::Planned), ("aura lieu", Cue::Planned), ("interviendra", Cue::Planned),
    ("is scheduled", Cue::Planned), ("will take place", Cue::Planned), ("est programmee", Cue::Planned),
    ("will sign", Cue::Planned), ("to sign", Cue::Planned), ("would sign", Cue::Planned),
    ("expected to sign", Cue::Planned), ("set to sign", Cue::Planned), ("plan to sign", Cue::Planned),
    ("plans to sign", Cue::Planned), ("to be signed", Cue::Planned), ("will be signed", Cue::Planned),
    ("would be signed", Cue::Planned), ("under negotiation", Cue::Planned), ("negotiations", Cue::Planned),
    ("negotiating", Cue::Planned), ("negotiate", Cue::Planned), ("draft", Cue::Planned),
    ("to conclude", Cue::Planned), ("finalize", Cue::Planned), ("finalise", Cue::Planned),
    ("finalising", Cue::Planned), ("finalizing", Cue::Planned), ("to be drafted", Cue::Planned),
    ("to be drawn up", Cue::Planned), ("to draw up", Cue::Planned), ("will draw up", Cue::Planned),
    ("to be prepared", Cue::Planned), ("to be developed", Cue::Planned), ("sera elabore", Cue::Planned),
    ("sera elaboree", Cue::Planned), ("doit etre elabore", Cue::Planned), ("doit etre elaboree", Cue::Planned),
    ("will draft", Cue::Planned), ("will be drafted", Cue::Planned), ("to draw up", Cue::Planned),
    ("to prepare", Cue::Planned), ("will prepare", Cue::Planned), ("will be prepared", Cue::Planned),
    ("talks on", Cue::Planned), ("working on", Cue::Planned), ("to negotiate", Cue::Planned),
    // Ratified.
    ("ratifie", Cue::Ratified), ("ratifiee", Cue::Ratified), ("ratifies", Cue::Ratified), ("ratifient", Cue::Ratified),
    ("ratification", Cue::Ratified), ("autorisant la ratification", Cue::Ratified), ("approbation", Cue::Ratified),
    ("portant approbation", Cue::Ratified), ("a ratifier", Cue::Ratified), ("loi autorisant", Cue::Ratified),
    ("reste a ratifier", Cue::RatifyLater), ("doit encore ratifier", Cue::RatifyLater), ("devra ratifier", Cue::RatifyLater), ("approval", Cue::Ratified),
    ("approuve", Cue::Ratified), ("approuvee", Cue::Ratified), ("entree en vigueur", Cue::Ratified),
    ("entre en vigueur", Cue::Ratified), ("est entre en vigueur", Cue::Ratified), ("est entree en vigueur", Cue::Ratified),
    ("ratified", Cue::Ratified), ("ratify", Cue::Ratified), ("ratifies", Cue::Ratified), ("ratification", Cue::Ratified),
    ("approved", Cue::Ratified), ("entered into force", Cue::Ratified), ("came into force", Cue::Ratified),
    ("comes into force", Cue::Ratified), ("took effect", Cue::Ratified), ("instruments of ratification", Cue::Ratified),
    ("entry into force", Cue::Ratified), ("into force", Cue::Ratified),
    // Ratification still to come.
    ("entrera en vigueur", Cue::RatifyLater), ("entreront en vigueur", Cue::RatifyLater),
    ("doit encore etre ratifie", Cue::RatifyLater), ("doit encore etre ratifiee", Cue::RatifyLater),
    ("devra etre ratifie", Cue::RatifyLater), ("devra etre ratifiee", Cue::RatifyLater),
    ("soumis a ratification", Cue::RatifyLater), ("soumise a ratification", Cue::RatifyLater),
    ("apres sa ratification", Cue::RatifyLater), ("apres ratification", Cue::RatifyLater),
    ("sera soumis", Cue::RatifyLater), ("sera soumise", Cue::RatifyLater), ("processus de ratification", Cue::RatifyLater),
    ("will enter into force", Cue::RatifyLater), ("will come into force", Cue::RatifyLater),
    ("must be ratified", Cue::RatifyLater), ("must still be ratified", Cue::RatifyLater),
    ("needs to be ratified", Cue::RatifyLater), ("subject to ratification", Cue::RatifyLater),
    ("pending ratification", Cue::RatifyLater), ("once ratified", Cue::RatifyLater),
    ("after ratification", Cue::RatifyLater), ("will be submitted", Cue::RatifyLater),
    ("still has to be ratified", Cue::RatifyLater), ("before it can enter into force", Cue::RatifyLater),
    ("to be ratified", Cue::RatifyLater), ("for ratification", Cue::RatifyLater),
    ("pour ratification", Cue::RatifyLater),
    // Negation.
    ("n'a pas signe", Cue::Negated), ("n'ont pas signe", Cue::Negated), ("aucun accord", Cue::Negated),
    ("aucun document", Cue::Negated), ("aucun texte", Cue::Negated), ("n'a ete signe", Cue::Negated),
    ("sans signer", Cue::Negated), ("pas d'accord", Cue::Negated), ("dementi", Cue::Negated), ("dement", Cue::Negated),
    ("did not sign", Cue::Negated), ("will not sign", Cue::Negated), ("would not sign", Cue::Negated),
    ("won't sign", Cue::Negated), ("refused to sign", Cue::Negated), ("refuses to sign", Cue::Negated),
    ("ne signera pas", Cue::Negated), ("ne signeront pas", Cue::Negated), ("refuse de signer", Cue::Negated),
    ("a refuse de signer", Cue::Negated), ("ont refuse de signer", Cue::Negated), ("didn't sign", Cue::Negated), ("no agreement", Cue::Negated),
    ("no document", Cue::Negated), ("not signed", Cue::Negated), ("without signing", Cue::Negated),
    ("without a deal", Cue::Negated), ("without an agreement", Cue::Negated), ("without agreement", Cue::Negated),
    ("sans accord", Cue::Negated), ("sans parvenir a un accord", Cue::Negated), ("no deal was", Cue::Negated),
    ("failed to", Cue::Negated), ("denied", Cue::Negated), ("denies", Cue::Negated), ("rumour", Cue::Negated),
    ("will not be signed", Cue::Negated), ("would not be signed", Cue::Negated), ("won't be signed", Cue::Negated),
    ("ne sera pas signe", Cue::Negated), ("ne sera pas signee", Cue::Negated), ("ne seront pas signes", Cue::Negated),
    ("ne seront pas signees", Cue::Negated),
    ("was shelved", Cue::Negated), ("were shelved", Cue::Negated), ("has been shelved", Cue::Negated),
    ("was abandoned", Cue::Negated), ("were abandoned", Cue::Negated), ("was scrapped", Cue::Negated),
    ("was dropped", Cue::Negated), ("a ete abandonne", Cue::Negated), ("a ete abandonnee", Cue::Negated),
    ("ont ete abandonnes", Cue::Negated), ("a ete annule", Cue::Negated), ("a ete annulee", Cue::Negated),
    ("mis en suspens", Cue::Negated), ("mise en suspens", Cue::Negated),
    ("rumours", Cue::Negated), ("rumor", Cue::Negated), ("rumors", Cue::Negated), ("rumeur", Cue::Negated),
    ("rumeurs", Cue::Negated), ("no deal", Cue::Negated), ("speculation", Cue::Negated),
    ("n'est pas", Cue::Negated), ("is not", Cue::Negated), ("was not", Cue::Negated), ("no such", Cue::Negated),
    // Speculation: a rumoured signing is no agreement.
    ("could be signed", Cue::Speculative), ("could sign", Cue::Speculative), ("might sign", Cue::Speculative),
    ("might be signed", Cue::Speculative), ("may sign", Cue::Speculative), ("pourrait etre signe", Cue::Speculative),
    ("pourrait etre signee", Cue::Speculative), ("pourraient signer", Cue::Speculative), ("pourrait signer", Cue::Speculative),
    ("agreed in principle", Cue::Speculative), ("accord de principe", Cue::Speculative),
    // Source.
    ("selon", Cue::Source), ("according to", Cue::Source), ("indique", Cue::Source), ("in a", Cue::Source),
    ("dans un", Cue::Source), ("issued", Cue::Source), ("publie", Cue::Source), ("said in", Cue::Source),
    ("a l'issue de", Cue::Source),
    // Presence.
    ("en presence de", Cue::Presence), ("en presence du", Cue::Presence), ("en presence des", Cue::Presence),
    ("sous la presidence de", Cue::Presence), ("sous la presidence du", Cue::Presence),
    ("sous la presidence conjointe", Cue::Presence), ("sous la presidence des", Cue::Presence),
    ("sous la presidence effective de", Cue::Presence), ("sous la presidence effective du", Cue::Presence),
    ("sous la presidence effective des", Cue::Presence), ("en presence d'", Cue::Presence), ("sous le patronage de", Cue::Presence),
    ("in the presence of the", Cue::Presence), ("attended by", Cue::Presence), ("was attended by", Cue::Presence),
    ("were attended by", Cue::Presence), ("under the chairmanship of", Cue::Presence), ("sous le haut patronage", Cue::Presence),
    ("in the presence of", Cue::Presence), ("witnessed by", Cue::Presence), ("was witnessed by", Cue::Presence),
    ("were witnessed by", Cue::Presence), ("presided over by", Cue::Presence), ("in presence of", Cue::Presence),
    // Witnessed, with the witnesses as subject.
    ("witnessed the signing", Cue::WitnessedSigning), ("witnessed the signature", Cue::WitnessedSigning),
    ("attended the signing", Cue::WitnessedSigning), ("presided over the signing", Cue::WitnessedSigning),
    ("oversaw the signing", Cue::WitnessedSigning), ("witness the signing", Cue::WitnessedSigning),
    ("ont assiste a la signature", Cue::WitnessedSigning), ("a assiste a la signature", Cue::WitnessedSigning),
    ("ont preside la ceremonie de signature", Cue::WitnessedSigning), ("a preside la ceremonie de signature", Cue::WitnessedSigning),
    ("ont preside la signature", Cue::WitnessedSigning), ("a preside la signature", Cue::WitnessedSigning),
    // Signed by.
    ("signe par", Cue::SignedBy), ("signee par", Cue::SignedBy), ("signes par", Cue::SignedBy),
    ("signees par", Cue::SignedBy), ("signe pour", Cue::SignedBy), ("signe respectivement par", Cue::SignedBy),
    ("paraphe par", Cue::SignedBy), ("signed by", Cue::SignedBy), ("signed on behalf", Cue::SignedBy),
    ("etre signe par", Cue::SignedBy), ("etre signee par", Cue::SignedBy), ("be signed by", Cue::SignedBy),
    ("et par", Cue::SignedBy),
    // Areas.
    ("dans les domaines", Cue::AreaList), ("dans divers domaines", Cue::AreaList), ("domaines tels que", Cue::AreaList),
    ("tels que", Cue::AreaList), ("telles que", Cue::AreaList), ("notamment", Cue::AreaList),
    ("couvrant", Cue::AreaList), ("couvre", Cue::AreaList), ("couvrent", Cue::AreaList), ("porte sur", Cue::AreaList),
    ("portent sur", Cue::AreaList), ("portant sur", Cue::AreaList), ("portant notamment sur", Cue::AreaList),
    ("porte notamment sur", Cue::AreaList), ("portent notamment sur", Cue::AreaList), ("couvre notamment", Cue::AreaList),
    ("prevoit notamment", Cue::AreaList), ("covers in particular", Cue::AreaList),
    ("prevoit", Cue::AreaList), ("englobe", Cue::AreaList), ("concerne", Cue::AreaList), ("vise", Cue::AreaList),
    ("dans les secteurs", Cue::AreaList), ("en matiere de", Cue::AreaList),
    ("including", Cue::AreaList), ("covering", Cue::AreaList), ("covers", Cue::AreaList), ("cover", Cue::AreaList),
    ("focuses on", Cue::AreaList), ("focus on", Cue::AreaList), ("in the fields of", Cue::AreaList),
    ("in the areas of", Cue::AreaList), ("areas such as", Cue::AreaList), ("such as", Cue::AreaList),
    ("provides for cooperation in", Cue::AreaList), ("spanning", Cue::AreaList),
    ("ranging from", Cue::AreaList), ("aims at", Cue::AreaList), ("deals with", Cue::AreaList),
    ("in areas including", Cue::AreaList), ("in sectors including", Cue::AreaList), ("areas of", Cue::AreaList),
    ("axes :", Cue::AreaList), ("axes:", Cue::AreaList), ("domaines suivants :", Cue::AreaList),
    ("following areas:", Cue::AreaList), ("following fields:", Cue::AreaList), ("priorites :", Cue::AreaList),
    ("priorities:", Cue::AreaList), ("s'articule autour", Cue::AreaList),
    ("portera sur", Cue::AreaList), ("couvrira", Cue::AreaList), ("will cover", Cue::AreaList),
    ("destine a", Cue::AreaList), ("destinee a", Cue::AreaList), ("destines a", Cue::AreaList),
    ("projects in", Cue::AreaList), ("cooperation in", Cue::AreaList),
    ("focused on", Cue::AreaList), ("focusing on", Cue::AreaList), ("will support", Cue::AreaList), ("will focus on", Cue::AreaList), ("cooperate on", Cue::AreaList),
    ("cooperation on", Cue::AreaList), ("provides for", Cue::AreaList), ("porteront sur", Cue::AreaList),
    ("ont porte sur", Cue::AreaList), ("dispositions relatives a", Cue::AreaList), ("provisions on", Cue::AreaList),
    // Bodies set up.
    ("prevoit la creation", Cue::Creates), ("prevoit la mise en place", Cue::Creates), ("cree", Cue::Creates),
    ("institue", Cue::Creates), ("met en place", Cue::Creates), ("mise en place", Cue::Creates),
    ("creation d'un", Cue::Creates), ("creation d'une", Cue::Creates), ("sera charge", Cue::Creates),
    ("sera chargee", Cue::Creates), ("a ete prevu", Cue::Creates), ("est prevu", Cue::Creates), ("ete prevu", Cue::Creates), ("ete prevue", Cue::Creates), ("sont prevus", Cue::Creates), ("est prevue", Cue::Creates),
    ("sera cree", Cue::Creates), ("sera creee", Cue::Creates), ("sera mis en place", Cue::Creates),
    ("sera mise en place", Cue::Creates), ("veillera", Cue::Creates), ("assurera le suivi", Cue::Creates),
    ("constitution d'un", Cue::Creates), ("constitution d'une", Cue::Creates), ("la constitution", Cue::Creates),
    ("will meet", Cue::Creates), ("se reunira", Cue::Creates), ("se reuniront", Cue::Creates),
    ("sera suivie par", Cue::Creates), ("sera suivi par", Cue::Creates), ("will be monitored by", Cue::Creates),
    ("will be overseen by", Cue::Creates), ("will be chaired", Cue::Creates), ("will review", Cue::Creates),
    ("sets up", Cue::Creates), ("set up", Cue::Creates), ("establishes", Cue::Creates), ("establish", Cue::Creates),
    ("will be set up", Cue::Creates), ("will be established", Cue::Creates), ("creates", Cue::Creates),
    ("will oversee", Cue::Creates), ("will monitor", Cue::Creates),
    ("to follow up", Cue::Creates), ("will follow up", Cue::Creates), ("establishment of", Cue::Creates),
    ("creation of", Cue::Creates), ("launch", Cue::Creates),
    // Bodies that already existed.
    ("session de la", Cue::Existing), ("session du", Cue::Existing), ("en marge", Cue::Existing),
    ("reunion de la", Cue::Existing), ("reunion du", Cue::Existing), ("travaux de la", Cue::Existing),
    ("reunir la", Cue::Existing), ("dont la derniere", Cue::Existing), ("session of", Cue::Existing),
    ("meeting of", Cue::Existing), ("sidelines of", Cue::Existing), ("on the margins", Cue::Existing),
    // The parties by number.
    ("les deux pays", Cue::BothParties), ("les deux parties", Cue::BothParties), ("les deux voisins", Cue::BothParties),
    ("les deux gouvernements", Cue::BothParties), ("les deux etats", Cue::BothParties), ("des deux pays", Cue::BothParties),
    ("des deux parties", Cue::BothParties), ("aux deux pays", Cue::BothParties), ("les deux capitales", Cue::BothParties),
    ("les deux delegations", Cue::BothParties), ("les deux ministres", Cue::BothParties),
    ("the two sides", Cue::BothParties), ("the two countries", Cue::BothParties), ("both sides", Cue::BothParties),
    ("both countries", Cue::BothParties), ("the two neighbours", Cue::BothParties), ("the two neighbors", Cue::BothParties),
    ("the two governments", Cue::BothParties), ("the two nations", Cue::BothParties), ("the two states", Cue::BothParties),
    ("the two ministers", Cue::BothParties), ("both governments", Cue::BothParties), ("the two parties", Cue::BothParties),
    // Background.
    ("dans le cadre de", Cue::Background), ("dans le cadre du", Cue::Background), ("conformement a", Cue::Background),
    ("en application de", Cue::Background), ("en vertu de", Cue::Background), ("en vertu du", Cue::Background),
    ("trouve son origine", Cue::Background), ("rappelle", Cue::Background), ("rappelant", Cue::Background),
    ("depuis", Cue::Background), ("lie par", Cue::Background), ("lies par", Cue::Background),
    ("under the", Cue::Background), ("pursuant to", Cue::Background), ("in line with", Cue::Background),
    ("builds on", Cue::Background), ("building on", Cue::Background), ("since", Cue::Background),
    ("in accordance with", Cue::Background), ("replaces", Cue::Background), ("remplace", Cue::Background),
    ("amends", Cue::Background), ("amende", Cue::Background), ("modifie", Cue::Background),
    // Counts.
    ("deux", Cue::Count), ("trois", Cue::Count), ("quatre", Cue::Count), ("cinq", Cue::Count), ("six", Cue::Count),
    ("sept", Cue::Count), ("huit", Cue::Count), ("neuf", Cue::Count), ("dix", Cue::Count), ("onze", Cue::Count),
    ("douze", Cue::Count), ("plusieurs", Cue::Count), ("une serie", Cue::Count), ("une dizaine", Cue::Count),
    ("une vingtaine", Cue::Count), ("une centaine", Cue::Count), ("des dizaines", Cue::Count), ("nombreux", Cue::Count),
    ("two", Cue::Count), ("three", Cue::Count), ("four", Cue::Count), ("five", Cue::Count), ("seven", Cue::Count),
    ("eight", Cue::Count), ("nine", Cue::Count), ("ten", Cue::Count), ("eleven", Cue::Count), ("twelve", Cue::Count),
    ("several", Cue::Count), ("a series", Cue::Count), ("a dozen", Cue::Count), ("dozens", Cue::Count),
    ("a number", Cue::Count), ("multiple", Cue::Count), ("numerous", Cue::Count),
    // Same occasion.
    ("a cette occasion", Cue::SameOccasion), ("a la meme occasion", Cue::SameOccasion),
    ("lors de la meme ceremonie", Cue::SameOccasion), ("au cours de la meme ceremonie", Cue::SameOccasion),
    ("a cette meme occasion", Cue::SameOccasion), ("on this occasion", Cue::SameOccasion),
    ("on the occasion", Cue::SameOccasion), ("at the same ceremony", Cue::SameOccasion),
    ("on the sidelines", Cue::SameOccasion), ("en marge du sommet", Cue::SameOccasion),
    ("during the visit", Cue::SameOccasion), ("lors de cette visite", Cue::SameOccasion),
    // Future.
    ("devraient", Cue::Future), ("devrait", Cue::Future), ("doit", Cue::Future), ("doivent", Cue::Future),
    ("will", Cue::Future), ("would", Cue::Future), ("expected", Cue::Future), ("prochain", Cue::Future),
    ("prochaine", Cue::Future), ("next", Cue::Future), ("upcoming", Cue::Future), ("a venir", Cue::Future),
    ("is to", Cue::Future), ("are to", Cue::Future), ("shall", Cue::Future),
];

/// The cue lexicon: [`CUES`], [`many_parties`], and each "to be ..." cue
/// after "is" and "are", so that the future "is to" does not hide it ("a
/// plan is to be drawn up").
pub(crate) fn cues() -> Lexicon<Cue> {
    let to_be = CUES.iter().filter(|(p, _)| p.starts_with("to be ")).flat_map(|&(p, c)| [(format!("is {p}"), c), (format!("are {p}"), c)]);
    Lexicon::new(CUES.iter().map(|&(p, c)| (p.to_string(), c)).chain(many_parties()).chain(to_be))
}

/// "les quatre pays", "des cinq États", "the three governments": every
/// determiner, number word from three to six and noun for a group of
/// parties, in French and English.
fn many_parties() -> impl Iterator<Item = (String, Cue)> {
    const FR_NUMBERS: [&str; 4] = ["trois", "quatre", "cinq", "six"];
    const EN_NUMBERS: [&str; 4] = ["three", "four", "five", "six"];
    const FR_DETERMINERS: &[&str] = &["les", "des", "aux", "ces"];
    const FR_NOUNS: &[&str] = &[
        "pays", "parties", "etats", "gouvernements", "dirigeants", "ministres", "delegations", "voisins", "chefs d'etat",
        "capitales", "signataires",
    ];
    const EN_NOUNS: &[&str] = &[
        "countries", "nations", "sides", "parties", "states", "governments", "leaders", "ministers", "delegations",
        "neighbours", "neighbors", "heads of state", "signatories",
    ];
    let french = FR_DETERMINERS.iter().flat_map(|d| {
        FR_NUMBERS.iter().zip(3u8..).flat_map(move |(w, n)| FR_NOUNS.iter().map(move |noun| (format!("{d} {w} {noun}"), Cue::ManyParties(n))))
    });
    let english = ["the", "all", "all the"].into_iter().flat_map(|d| {
        EN_NUMBERS.iter().zip(3u8..).flat_map(move |(w, n)| EN_NOUNS.iter().map(move |noun| (format!("{d} {w} {noun}"), Cue::ManyParties(n))))
    });
    french.chain(english)
}

/// The list openers alone, for an overlapping search: one may start inside
/// another ("cooperation in the fields of").
pub(crate) fn area_openers() -> Lexicon<Cue> {
    Lexicon::new(CUES.iter().filter(|(_, c)| *c == Cue::AreaList).map(|&(p, c)| (p.to_string(), c)))
}

/// Follow-up body nouns that can be set up by an agreement.
const MECHANISMS: &[&str] = &[
    "comite", "commission", "groupe de travail", "groupe de travail conjoint", "groupe de travail mixte",
    "mecanisme", "secretariat", "cellule", "conseil", "task force", "observatoire", "instance",
    "committee", "working group", "commission", "secretariat", "mechanism", "task force", "council",
    "steering group", "joint board", "board", "unit", "cell",
];

/// The mechanism noun lexicon.
pub(crate) fn mechanisms() -> Lexicon<()> {
    let mut v: Vec<(String, ())> = Vec::new();
    for m in MECHANISMS {
        v.push((m.to_string(), ()));
        v.push((format!("{m}s"), ()));
    }
    Lexicon::new(v)
}

/// Sector keywords (folded stems matched on word boundaries).
const SECTORS: &[(&str, Sector)] = &[
    ("defense", Sector::Defense), ("defence", Sector::Defense), ("militaire", Sector::Defense),
    ("military", Sector::Defense), ("armee", Sector::Defense), ("armees", Sector::Defense), ("armed forces", Sector::Defense),
    ("forces armees", Sector::Defense), ("industrie de defense", Sector::Defense), ("army", Sector::Defense),
    ("securite", Sector::Security), ("security", Sector::Security), ("terrorisme", Sector::Security),
    ("terrorism", Sector::Security), ("counter-terrorism", Sector::Security), ("police", Sector::Security),
    ("policiere", Sector::Security), ("criminalite", Sector::Security), ("crime", Sector::Security),
    ("securite interieure", Sector::Security), ("cybercriminalite", Sector::Security), ("interior", Sector::Security),
    ("justice", Sector::Justice), ("judiciaire", Sector::Justice), ("extradition", Sector::Justice),
    ("entraide judiciaire", Sector::Justice), ("judicial", Sector::Justice), ("legal assistance", Sector::Justice),
    ("penale", Sector::Justice), ("criminal matters", Sector::Justice), ("detenus", Sector::Justice),
    ("prisoners", Sector::Justice), ("mutual legal", Sector::Justice),
    ("diplomatique", Sector::Diplomacy), ("diplomatic", Sector::Diplomacy), ("consulaire", Sector::Diplomacy),
    ("consular", Sector::Diplomacy), ("visa", Sector::Diplomacy), ("visas", Sector::Diplomacy),
    ("parlementaire", Sector::Diplomacy), ("parliamentary", Sector::Diplomacy), ("amitie", Sector::Diplomacy),
    ("friendship", Sector::Diplomacy), ("partenariat strategique", Sector::Diplomacy),
    ("strategic partnership", Sector::Diplomacy), ("frontiere", Sector::Diplomacy), ("boundary", Sector::Diplomacy),
    ("border demarcation", Sector::Diplomacy), ("accord de siege", Sector::Diplomacy), ("headquarters", Sector::Diplomacy),
    ("passeports", Sector::Diplomacy), ("passports", Sector::Diplomacy), ("sommet", Sector::Diplomacy),
    ("economique", Sector::Economy), ("economic", Sector::Economy), ("economie", Sector::Economy),
    ("commerce", Sector::Economy), ("commercial", Sector::Economy), ("commerciale", Sector::Economy), ("trade", Sector::Economy),
    ("investissement", Sector::Economy), ("investissements", Sector::Economy), ("investment", Sector::Economy),
    ("investments", Sector::Economy), ("financement", Sector::Economy), ("financing", Sector::Economy),
    ("finance", Sector::Economy), ("financial", Sector::Economy), ("financiere", Sector::Economy),
    ("douane", Sector::Economy), ("douanes", Sector::Economy), ("douaniere", Sector::Economy), ("customs", Sector::Economy),
    ("fiscal", Sector::Economy), ("fiscale", Sector::Economy), ("double imposition", Sector::Economy),
    ("double taxation", Sector::Economy), ("tax", Sector::Economy), ("libre-echange", Sector::Economy),
    ("free trade", Sector::Economy), ("developpement", Sector::Economy), ("development", Sector::Economy),
    ("infrastructure", Sector::Economy), ("infrastructures", Sector::Economy), ("industrie", Sector::Economy),
    ("industrial", Sector::Economy), ("industrielle", Sector::Economy), ("banque", Sector::Economy),
    ("banking", Sector::Economy), ("pret", Sector::Economy), ("loan", Sector::Economy), ("don", Sector::Economy),
    ("grant", Sector::Economy), ("association agreement", Sector::Economy), ("exportations", Sector::Economy),
    ("exports", Sector::Economy), ("mines", Sector::Economy), ("mining", Sector::Economy), ("minier", Sector::Economy),
    ("miniere", Sector::Economy), ("minerals", Sector::Economy), ("critical minerals", Sector::Economy),
    ("supply chains", Sector::Economy), ("goods", Sector::Economy), ("marchandises", Sector::Economy),
    ("free movement", Sector::Migration), ("libre circulation", Sector::Migration),
    ("movement of persons", Sector::Migration), ("circulation des personnes", Sector::Migration),
    ("flood", Sector::Environment), ("flooding", Sector::Environment), ("hydrological", Sector::Environment),
    ("hydrologique", Sector::Environment), ("rivers", Sector::Environment), ("fleuve", Sector::Environment),
    ("securisation", Sector::Security), ("securing", Sector::Security),
    ("securite alimentaire", Sector::Agriculture), ("food security", Sector::Agriculture),
    ("sentenced persons", Sector::Justice), ("personnes condamnees", Sector::Justice), ("transferement", Sector::Justice),
    ("naval", Sector::Defense), ("navy", Sector::Defense), ("marine nationale", Sector::Defense), ("warships", Sector::Defense),
    ("frigates", Sector::Defense), ("fregates", Sector::Defense), ("patrol vessels", Sector::Defense),
    ("patrouilleurs", Sector::Defense), ("submarines", Sector::Defense), ("sous-marins", Sector::Defense),
    ("fighter jets", Sector::Defense), ("avions de combat", Sector::Defense), ("armement", Sector::Defense),
    ("armements", Sector::Defense), ("weapons", Sector::Defense), ("munitions", Sector::Defense),
    ("disaster", Sector::Humanitarian), ("disasters", Sector::Humanitarian), ("catastrophes", Sector::Humanitarian),
    ("catastrophes naturelles", Sector::Humanitarian), ("disaster management", Sector::Humanitarian),
    ("displaced", Sector::Humanitarian), ("deplacees", Sector::Humanitarian), ("deplaces", Sector::Humanitarian),
    ("apatridie", Sector::Migration), ("statelessness", Sector::Migration), ("migrant", Sector::Migration),
    ("migrant workers", Sector::Labor), ("travailleurs migrants", Sector::Labor),
    ("securitaire", Sector::Security), ("securitaires", Sector::Security), ("renseignement", Sector::Security),
    ("intelligence", Sector::Security), ("surveillance des frontieres", Sector::Security), ("border security", Sector::Security),
    ("trafic d'armes", Sector::Security), ("arms trafficking", Sector::Security), ("drug trafficking", Sector::Security),
    ("trafic de drogue", Sector::Security), ("stupefiants", Sector::Security),
    ("maritime security", Sector::Security), ("securite maritime", Sector::Security), ("policing", Sector::Security),
    ("police cooperation", Sector::Security), ("cooperation policiere", Sector::Security),
    ("smart cities", Sector::Technology), ("smart city", Sector::Technology), ("villes intelligentes", Sector::Technology),
    ("learning", Sector::Education), ("schools", Sector::Education), ("ecoles", Sector::Education), ("housing", Sector::Economy), ("logement", Sector::Economy),
    ("energie", Sector::Energy), ("energies", Sector::Energy), ("energetique", Sector::Energy), ("energy", Sector::Energy),
    ("electricite", Sector::Energy), ("electricity", Sector::Energy), ("electrique", Sector::Energy),
    ("petrole", Sector::Energy), ("oil", Sector::Energy), ("gaz", Sector::Energy), ("gas", Sector::Energy),
    ("gazoduc", Sector::Energy), ("pipeline", Sector::Energy), ("hydrocarbures", Sector::Energy),
    ("hydrogene", Sector::Energy), ("hydrogen", Sector::Energy), ("nucleaire", Sector::Energy), ("nuclear", Sector::Energy),
    ("solaire", Sector::Energy), ("solar", Sector::Energy), ("renouvelables", Sector::Energy), ("renewable", Sector::Energy),
    ("interconnexion", Sector::Energy), ("interconnection", Sector::Energy), ("power", Sector::Energy),
    ("agriculture", Sector::Agriculture), ("agricole", Sector::Agriculture), ("agricultural", Sector::Agriculture),
    ("peche", Sector::Agriculture), ("peches", Sector::Agriculture), ("fisheries", Sector::Agriculture),
    ("fishing", Sector::Agriculture), ("halieutique", Sector::Agriculture), ("alimentaire", Sector::Agriculture),
    ("food", Sector::Agriculture), ("elevage", Sector::Agriculture), ("livestock", Sector::Agriculture),
    ("irrigation", Sector::Agriculture), ("semences", Sector::Agriculture), ("aquaculture", Sector::Agriculture),
    ("transhumance", Sector::Agriculture), ("betail", Sector::Agriculture), ("eleveurs", Sector::Agriculture),
    ("pastoral", Sector::Agriculture), ("pastorale", Sector::Agriculture), ("pastoraux", Sector::Agriculture),
    ("pastoralism", Sector::Agriculture), ("herders", Sector::Agriculture), ("cattle", Sector::Agriculture),
    ("agriculteurs", Sector::Agriculture), ("farmers", Sector::Agriculture), ("farming", Sector::Agriculture),
    ("cacao", Sector::Agriculture), ("cocoa", Sector::Agriculture), ("coton", Sector::Agriculture),
    ("cotton", Sector::Agriculture), ("cereales", Sector::Agriculture), ("cereals", Sector::Agriculture),
    ("engrais", Sector::Agriculture), ("fertilizer", Sector::Agriculture), ("fertiliser", Sector::Agriculture),
    ("sante", Sector::Health), ("health", Sector::Health), ("medical", Sector::Health), ("medicale", Sector::Health),
    ("medicaux", Sector::Health), ("hopital", Sector::Health), ("hospital", Sector::Health), ("sanitaire", Sector::Health),
    ("sanitaires", Sector::Health), ("vaccins", Sector::Health), ("vaccines", Sector::Health), ("pharmaceutique", Sector::Health),
    ("pharmaceutical", Sector::Health), ("epidemies", Sector::Health),
    ("education", Sector::Education), ("enseignement", Sector::Education), ("formation professionnelle", Sector::Education),
    ("vocational", Sector::Education), ("universitaire", Sector::Education), ("university", Sector::Education),
    ("universite", Sector::Education), ("higher education", Sector::Education), ("scolaire", Sector::Education),
    ("bourses", Sector::Education), ("scholarships", Sector::Education), ("training", Sector::Education),
    ("formation", Sector::Education), ("students", Sector::Education), ("etudiants", Sector::Education),
    ("recherche", Sector::Science), ("research", Sector::Science), ("scientifique", Sector::Science),
    ("scientific", Sector::Science), ("science", Sector::Science), ("sciences", Sector::Science),
    ("innovation", Sector::Science), ("academic", Sector::Science),
    ("culture", Sector::Culture), ("culturel", Sector::Culture), ("culturelle", Sector::Culture),
    ("cultural", Sector::Culture), ("patrimoine", Sector::Culture), ("heritage", Sector::Culture),
    ("jeunesse", Sector::Culture), ("youth", Sector::Culture), ("sport", Sector::Culture), ("sports", Sector::Culture),
    ("medias", Sector::Culture), ("media", Sector::Culture), ("audiovisuel", Sector::Culture), ("arts", Sector::Culture),
    ("cinema", Sector::Culture), ("information", Sector::Culture), ("communication", Sector::Culture),
    ("tourisme", Sector::Tourism), ("tourism", Sector::Tourism), ("touristique", Sector::Tourism), ("tourist", Sector::Tourism),
    ("hotellerie", Sector::Tourism), ("hospitality", Sector::Tourism),
    ("transport", Sector::Transport), ("transports", Sector::Transport), ("routier", Sector::Transport),
    ("aerien", Sector::Transport), ("aerienne", Sector::Transport), ("air services", Sector::Transport),
    ("aviation", Sector::Transport), ("maritime", Sector::Transport), ("ferroviaire", Sector::Transport),
    ("railway", Sector::Transport), ("rail", Sector::Transport), ("port", Sector::Transport), ("ports", Sector::Transport),
    ("portuaire", Sector::Transport), ("roads", Sector::Transport), ("routes", Sector::Transport),
    ("logistique", Sector::Transport), ("logistics", Sector::Transport), ("shipping", Sector::Transport),
    ("environnement", Sector::Environment), ("environment", Sector::Environment), ("environmental", Sector::Environment),
    ("climat", Sector::Environment), ("climate", Sector::Environment), ("climatique", Sector::Environment),
    ("eau", Sector::Environment), ("water", Sector::Environment), ("dessalement", Sector::Environment),
    ("desalination", Sector::Environment), ("inondations", Sector::Environment), ("floods", Sector::Environment),
    ("forets", Sector::Environment), ("forests", Sector::Environment), ("biodiversite", Sector::Environment),
    ("biodiversity", Sector::Environment), ("assainissement", Sector::Environment), ("sanitation", Sector::Environment),
    ("pollution", Sector::Environment), ("littoral", Sector::Environment), ("coastal", Sector::Environment),
    ("desertification", Sector::Environment), ("dechets", Sector::Environment), ("waste", Sector::Environment),
    ("technologie", Sector::Technology), ("technologies", Sector::Technology), ("technology", Sector::Technology),
    ("numerique", Sector::Technology), ("digital", Sector::Technology), ("telecommunications", Sector::Technology),
    ("spatial", Sector::Technology), ("spatiale", Sector::Technology), ("space", Sector::Technology),
    ("satellite", Sector::Technology), ("satellites", Sector::Technology), ("intelligence artificielle", Sector::Technology),
    ("artificial intelligence", Sector::Technology), ("cyber", Sector::Technology), ("cybersecurite", Sector::Technology),
    ("cybersecurity", Sector::Technology), ("ict", Sector::Technology), ("tic", Sector::Technology),
    ("emploi", Sector::Labor), ("employment", Sector::Labor), ("travail", Sector::Labor), ("labour", Sector::Labor),
    ("labor", Sector::Labor), ("securite sociale", Sector::Labor), ("social security", Sector::Labor),
    ("main-d'oeuvre", Sector::Labor), ("workers", Sector::Labor), ("travailleurs", Sector::Labor),
    ("migration", Sector::Migration), ("migratoire", Sector::Migration), ("migrants", Sector::Migration),
    ("migratory", Sector::Migration), ("readmission", Sector::Migration), ("asile", Sector::Migration),
    ("asylum", Sector::Migration), ("refugies", Sector::Migration), ("refugees", Sector::Migration),
    ("mobilite", Sector::Migration), ("mobility", Sector::Migration),
    ("humanitaire", Sector::Humanitarian), ("humanitarian", Sector::Humanitarian), ("aide d'urgence", Sector::Humanitarian),
    ("emergency relief", Sector::Humanitarian), ("secours", Sector::Humanitarian), ("relief", Sector::Humanitarian),
    ("nutrition", Sector::Humanitarian), ("malnutrition", Sector::Humanitarian),
];

/// The sector keyword lexicon.
pub(crate) fn sectors() -> Lexicon<Sector> {
    Lexicon::new(SECTORS.iter().map(|&(p, s)| (p.to_string(), s)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::Folded;

    #[test]
    fn instrument_plurals() {
        let lex = instruments();
        let cases = [
            ("deux accords-cadres", FrameworkAgreement, true),
            ("trois mémorandums d'entente", MemorandumOfUnderstanding, true),
            ("two framework agreements", FrameworkAgreement, true),
            ("a memorandum of understanding", MemorandumOfUnderstanding, false),
            ("des feuilles de route", ActionPlan, true),
            ("the treaties", Treaty, true),
            ("une lettre d’intention", LetterOfIntent, false),
            ("deux accords cadres", FrameworkAgreement, true),
            ("three joint statements", JointDeclaration, true),
            ("two letters of intent", LetterOfIntent, true),
            ("des échanges de lettres", Other, true),
        ];
        for (text, kind, plural) in cases {
            let f = Folded::new(text);
            let hits = lex.find(&f.text);
            assert_eq!(hits.len(), 1, "{text}");
            assert_eq!((hits[0].value.kind, hits[0].value.plural), (kind, plural), "{text}");
        }
        // English compounds take the plural on their last word only.
        for junk in ["joints statement", "roads map", "frameworks agreement"] {
            assert!(!lex.patterns().iter().any(|p| p == junk), "{junk}");
        }
    }

    #[test]
    fn status_cues() {
        let lex = cues();
        let cases = [
            ("ils devraient signer demain", Cue::Planned),
            ("the treaty entered into force", Cue::Ratified),
            ("it will enter into force", Cue::RatifyLater),
            ("aucun document n'a été signé", Cue::Negated),
        ];
        for (text, cue) in cases {
            let f = Folded::new(text);
            assert!(lex.find(&f.text).iter().any(|h| *h.value == cue), "{text}");
        }
    }
}

