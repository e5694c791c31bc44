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
    ("convention-cadre", FrameworkAgreement),
    ("convention cadre", FrameworkAgreement),
    ("protocole-cadre", FrameworkAgreement),
    ("accord", Agreement),
    ("convention", Convention),
    ("traite", Treaty),
    ("protocole additionnel", Protocol),
    ("protocole", Protocol),
    ("lettre d'intention", LetterOfIntent),
    ("lettre d'intentions", LetterOfIntent),
    ("declaration d'intention", LetterOfIntent),
    ("declaration d'intentions", LetterOfIntent),
    ("declaration conjointe d'intention", LetterOfIntent),
    ("declaration commune d'intention", LetterOfIntent),
    ("declaration conjointe", JointDeclaration),
    ("declaration commune", JointDeclaration),
    ("communique conjoint", JointDeclaration),
    ("communique commun", JointDeclaration),
    ("feuille de route", ActionPlan),
    ("plan d'action", ActionPlan),
    ("plan d'actions", ActionPlan),
    ("programme executif", ActionPlan),
    ("programme d'execution", ActionPlan),
    ("programme d'action", ActionPlan),
    ("programme d'actions", ActionPlan),
    ("programme de travail", ActionPlan),
    // The United Nations' plans with a host state: "cadre de coopération
    // des Nations Unies pour le développement durable", "document de
    // programme de pays".
    ("cadre de cooperation", FrameworkAgreement),
    ("programme de pays", ActionPlan),
    ("programme de cooperation", ActionPlan),
    ("plan de cooperation", ActionPlan),
    ("programme d'echanges", ActionPlan),
    ("programme d'echange", ActionPlan),
    ("plan de travail", ActionPlan),
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
    // An amendment to a convention or a contract: an amending protocol.
    ("avenant", Protocol),
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
    ("framework convention", FrameworkAgreement),
    ("agreement", Agreement),
    ("treaty", Treaty),
    ("additional protocol", Protocol),
    ("protocol", Protocol),
    ("letter of intent", LetterOfIntent),
    ("declaration of intent", LetterOfIntent),
    ("joint declaration of intent", LetterOfIntent),
    ("joint declaration", JointDeclaration),
    ("joint statement", JointDeclaration),
    ("joint communique", JointDeclaration),
    ("roadmap", ActionPlan),
    ("road map", ActionPlan),
    ("action plan", ActionPlan),
    ("plan of action", ActionPlan),
    ("executive programme", ActionPlan),
    ("executive program", ActionPlan),
    ("programme of action", ActionPlan),
    ("action programme", ActionPlan),
    ("action program", ActionPlan),
    ("programme of cooperation", ActionPlan),
    ("cooperation programme", ActionPlan),
    ("cooperation plan", ActionPlan),
    ("exchange programme", ActionPlan),
    ("exchange program", ActionPlan),
    ("cooperation program", ActionPlan),
    ("work plan", ActionPlan),
    // The United Nations' plans with a host state: "Sustainable Development
    // Cooperation Framework", "a framework for cooperation", "country
    // programme document".
    ("cooperation framework", FrameworkAgreement),
    ("framework for cooperation", FrameworkAgreement),
    ("country programme", ActionPlan),
    ("country program", ActionPlan),
    ("work programme", ActionPlan),
    ("work program", ActionPlan),
    ("statement of intent", LetterOfIntent),
    ("memorandum of intent", LetterOfIntent),
    ("contract", Contract),
    ("deal", Contract),
    ("pact", Agreement),
    ("charter", Other),
    // The minutes of a joint commission's session, signed by both sides.
    ("agreed minutes", Other),
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

/// The formula of an instrument's final clause, which says where and when
/// it was signed: "la convention ..., faite à Bamako le 12 janvier 2024",
/// "the treaty ..., done at Kampala on 12 January 2024". These words mean
/// as much only right after a comma that closes the instrument's name;
/// elsewhere they are "made to", "done at" anything.
pub(crate) const FORMULAS: &[&str] = &["fait a", "faite a", "faits a", "faites a", "done at", "done in"];

const CUES: &[(&str, Cue)] = &[
    // Signing, French.
    ("signe", Cue::Signed), ("signee", Cue::Signed), ("signes", Cue::Signed), ("signees", Cue::Signed),
    ("signent", Cue::Signed), ("ont signe", Cue::Signed), ("a signe", Cue::Signed), ("signa", Cue::Signed),
    ("paraphe", Cue::Signed), ("paraphee", Cue::Signed), ("paraphes", Cue::Signed), ("paraphees", Cue::Signed),
    // "c'est le ministre X qui a apposé sa signature", "ont apposé leurs
    // signatures".
    ("a appose sa signature", Cue::Signed), ("ont appose leur signature", Cue::Signed), ("ont appose leurs signatures", Cue::Signed),
    ("conclu", Cue::Signed), ("conclue", Cue::Signed), ("conclus", Cue::Signed), ("concluent", Cue::Signed),
    // The past as a narrative tells it: the imperfect and the simple past
    // ("tandis que leurs services concluaient une convention", "les deux
    // pays signèrent un traité"). (Not "conclut", which reports a speech's
    // end as often: "conclut-il".)
    ("signait", Cue::Signed), ("signaient", Cue::Signed), ("signerent", Cue::Signed),
    ("paraphait", Cue::Signed), ("paraphaient", Cue::Signed), ("parapha", Cue::Signed), ("parapherent", Cue::Signed),
    ("concluait", Cue::Signed), ("concluaient", Cue::Signed), ("conclurent", Cue::Signed),
    ("scellait", Cue::Signed), ("scellaient", Cue::Signed), ("scella", Cue::Signed), ("scellerent", Cue::Signed),
    ("adopte", Cue::Signed), ("adoptee", Cue::Signed), ("adoptent", Cue::Signed),
    ("scelle", Cue::Signed), ("scellent", Cue::Signed), ("ceremonie de signature", Cue::Signed),
    // A government that allows its minister to sign: the signing is to come.
    ("accord pour la signature", Cue::Planned), ("autorise la signature", Cue::Planned),
    ("approuve la signature", Cue::Planned), ("autorisation de signer", Cue::Planned),
    ("authorized the signing", Cue::Planned), ("authorised the signing", Cue::Planned),
    ("approved the signing", Cue::Planned),
    // A signing the noun says is scheduled: "relative à la signature,
    // prévue le 15 décembre à Tokyo, d'un mémorandum", "the signing,
    // scheduled for March, of".
    ("la signature prevue", Cue::Planned), ("la signature, prevue", Cue::Planned), ("la signature programmee", Cue::Planned),
    ("la signature, programmee", Cue::Planned), ("la signature envisagee", Cue::Planned), ("la signature, envisagee", Cue::Planned),
    ("a la signature prevue", Cue::Planned), ("a la signature, prevue", Cue::Planned), ("a la signature programmee", Cue::Planned),
    ("a la signature, programmee", Cue::Planned),
    ("the signing scheduled", Cue::Planned), ("the signing, scheduled", Cue::Planned), ("the signing planned", Cue::Planned),
    ("the signing, planned", Cue::Planned),
    ("la signature de", Cue::SigningNoun), ("la signature d'", Cue::SigningNoun), ("a la signature", Cue::SigningNoun),
    ("la signature des", Cue::SigningNoun), ("la signature du", Cue::SigningNoun), ("la signature,", Cue::SigningNoun),
    ("the signing of", Cue::SigningNoun), ("the signature of", Cue::SigningNoun),
    // A renewal is a new signing of the same text ("ont procédé au
    // renouvellement de l'accord de pêche", "renewed the agreement").
    ("au renouvellement de", Cue::SigningNoun), ("au renouvellement du", Cue::SigningNoun),
    ("au renouvellement des", Cue::SigningNoun), ("the renewal of", Cue::SigningNoun),
    ("ont renouvele", Cue::Signed), ("a renouvele", Cue::Signed), ("renewed the", Cue::Signed),
    ("procede a la signature", Cue::Signed), ("ont procede a la signature", Cue::Signed),
    // An exchange of letters or notes is its own signing: "ont procédé
    // mardi à un échange de lettres", "held an exchange of notes".
    // (With the letters or notes: "il y a un échange de vues" is talk.)
    ("a un echange de lettres", Cue::Signed), ("a un echange de notes", Cue::Signed), ("a l'echange de lettres", Cue::Signed),
    ("a l'echange de notes", Cue::Signed), ("held an exchange of", Cue::Signed),
    ("carried out an exchange of", Cue::Signed), ("conducted an exchange of", Cue::Signed),
    ("completed an exchange of", Cue::Signed),
    // The signed copies handed over at the ceremony: "échangent les
    // parapheurs du mémorandum", "exchanged the signed copies".
    ("echangent les parapheurs", Cue::Signed), ("ont echange les parapheurs", Cue::Signed),
    ("echange des parapheurs", Cue::Signed), ("echangeant les parapheurs", Cue::Signed),
    ("se sont echange les parapheurs", Cue::Signed), ("exchanged the signed", Cue::Signed),
    ("exchange the signed", Cue::Signed), ("exchanged signed copies", Cue::Signed),
    ("a ete signe", Cue::Signed), ("a ete signee", Cue::Signed), ("ont ete signes", Cue::Signed),
    // "la signature a été apposée à distance par X": a signature's noun
    // as the subject.
    ("signature a ete apposee", Cue::Signed), ("signatures ont ete apposees", Cue::Signed),
    ("ont ete signees", Cue::Signed), ("entériné", Cue::Signed), ("paraphé", Cue::Signed),
    // Signing, English.
    ("signed", Cue::Signed), ("sign", Cue::Signed), ("signs", Cue::Signed), ("inked", Cue::Signed),
    ("inks", Cue::Signed), ("sealed", Cue::Signed), ("concluded", Cue::Signed), ("adopted", Cue::Signed),
    ("adopt", Cue::Signed), ("adopts", Cue::Signed), ("signing ceremony", Cue::Signed), ("ceremonial signing", Cue::Signed),
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
    ("doivent signer", Cue::Planned), ("doit signer", Cue::Planned), ("signeront", Cue::Planned), ("signerons", Cue::Planned), ("signerai", Cue::Planned), ("allons signer", Cue::Planned),
    ("parapherons", Cue::Planned),
    ("adopter", Cue::Planned), ("to adopt", Cue::Planned), ("parapher", Cue::Planned), ("conclure un", Cue::Planned),
    ("signera", Cue::Planned), ("signer", Cue::Planned), ("de signer", Cue::Planned), ("va signer", Cue::Planned), ("vont signer", Cue::Planned),
    ("sera signe", Cue::Planned), ("sera signee", Cue::Planned), ("seront signes", Cue::Planned),
    ("seront signees", Cue::Planned), ("prevoient de signer", Cue::Planned), ("prevoit de signer", Cue::Planned),
    // The future of reported speech: "a annoncé qu'un protocole serait
    // signé en octobre", "said the two sides would sign".
    ("serait signe", Cue::Planned), ("serait signee", Cue::Planned), ("seraient signes", Cue::Planned),
    ("seraient signees", Cue::Planned), ("serait paraphe", Cue::Planned), ("serait paraphee", Cue::Planned),
    ("signerait", Cue::Planned), ("signeraient", Cue::Planned),
    ("s'appretent a signer", Cue::Planned), ("s'apprete a signer", Cue::Planned),
    ("en cours de negociation", Cue::Planned), ("en negociation", Cue::Planned), ("negociations", Cue::Planned),
    ("negocient", Cue::Planned), ("negocier", Cue::Planned), ("projet d'accord", Cue::Planned),
    ("negociation", Cue::Planned), ("negocie", Cue::Planned), ("negocions", Cue::Planned), ("negociera", Cue::Planned),
    ("negocieront", Cue::Planned), ("renegocier", Cue::Planned), ("renegociation", Cue::Planned),
    ("projet de", Cue::Planned), ("avant-projet", Cue::Planned), ("en vue de la signature", Cue::Planned),
    ("en vue de conclure", Cue::Planned), ("en vue de la conclusion", Cue::Planned), ("pourparlers", Cue::Planned),
    ("discussions en vue", Cue::Planned), ("des discussions", Cue::Planned), ("talks", Cue::Planned), ("conclure", Cue::Planned), ("en preparation", Cue::Planned),
    ("sera elabore", Cue::Planned), ("sera elaboree", Cue::Planned), ("seront elabores", Cue::Planned),
    ("elaborer", Cue::Planned), ("d'elaborer", Cue::Planned), ("a elaborer", Cue::Planned),
    ("rediger", Cue::Planned), ("redigera", Cue::Planned), ("redigeront", Cue::Planned), ("sera redige", Cue::Planned),
    ("sera redigee", Cue::Planned),
    // (Not "doit suivre", "is to follow": as often the order of steps, or
    // a rule to comply with, as an instrument to come.)
    ("en voie de finalisation", Cue::Planned), ("finalise", Cue::Planned), ("finaliser", Cue::Planned),
    // The present and future of "finaliser", as "négocier" has them.
    ("finalisent", Cue::Planned), ("finalisons", Cue::Planned), ("finalisera", Cue::Planned),
    ("finaliseront", Cue::Planned), ("en cours de finalisation", Cue::Planned),
    ("la signature prochaine", Cue::Planned), ("prochaine signature", Cue::Planned),
    ("est prevue", Cue::Planned), ("aura lieu", Cue::Planned), ("interviendra", Cue::Planned),
    ("is scheduled", Cue::Planned), ("will take place", Cue::Planned), ("est programmee", Cue::Planned),
    ("will sign", Cue::Planned), ("to sign", Cue::Planned), ("would sign", Cue::Planned),
    ("expected to sign", Cue::Planned), ("set to sign", Cue::Planned), ("plan to sign", Cue::Planned),
    ("plans to sign", Cue::Planned), ("to be signed", Cue::Planned), ("will be signed", Cue::Planned),
    ("would be signed", Cue::Planned), ("under negotiation", Cue::Planned), ("negotiations", Cue::Planned),
    ("negotiating", Cue::Planned), ("negotiate", Cue::Planned), ("draft", Cue::Planned),
    ("negotiation", Cue::Planned), ("negotiates", Cue::Planned), ("renegotiate", Cue::Planned), ("renegotiation", Cue::Planned),
    ("to conclude", Cue::Planned), ("finalize", Cue::Planned), ("finalise", Cue::Planned),
    ("finalising", Cue::Planned), ("finalizing", Cue::Planned), ("to be drafted", Cue::Planned),
    ("to be drawn up", Cue::Planned), ("to draw up", Cue::Planned), ("will draw up", Cue::Planned),
    ("to be prepared", Cue::Planned), ("to be developed", Cue::Planned), ("sera elabore", Cue::Planned),
    ("sera elaboree", Cue::Planned), ("doit etre elabore", Cue::Planned), ("doit etre elaboree", Cue::Planned),
    ("will draft", Cue::Planned), ("will be drafted", Cue::Planned), ("to draw up", Cue::Planned),
    ("will also draw up", Cue::Planned), ("will jointly draw up", Cue::Planned), ("elaboreront", Cue::Planned),
    ("to prepare", Cue::Planned), ("will prepare", Cue::Planned), ("will be prepared", Cue::Planned),
    ("talks on", Cue::Planned), ("working on", Cue::Planned), ("to negotiate", Cue::Planned),
    // The present of drafting, as "negotiating" has it: "the two
    // governments were drafting a status of forces agreement", "les deux
    // ministères rédigent une convention".
    ("drafting", Cue::Planned), ("preparing", Cue::Planned), ("redigent", Cue::Planned), ("elaborent", Cue::Planned),
    ("preparent", Cue::Planned), ("en cours de redaction", Cue::Planned), ("en cours d'elaboration", Cue::Planned),
    // "the partners will agree on a roadmap", "les parties conviendront
    // d'un plan d'action", "it will be adopted in the spring".
    ("will agree on", Cue::Planned), ("to agree on", Cue::Planned), ("would agree on", Cue::Planned),
    ("will agree upon", Cue::Planned), ("conviendront d'", Cue::Planned), ("conviendront de", Cue::Planned),
    ("will adopt", Cue::Planned), ("will be adopted", Cue::Planned), ("to be adopted", Cue::Planned),
    ("adopteront", Cue::Planned), ("sera adopte", Cue::Planned), ("sera adoptee", Cue::Planned),
    ("devrait etre adopte", Cue::Planned), ("devrait etre adoptee", Cue::Planned),
    // Ratified.
    ("ratifie", Cue::Ratified), ("ratifiee", Cue::Ratified), ("ratifiant", Cue::Ratified), ("approuvant", Cue::Ratified), ("ratifying", Cue::Ratified), ("approving", Cue::Ratified), ("ratifies", Cue::Ratified), ("ratifient", Cue::Ratified),
    ("ratification", Cue::Ratified), ("autorisant la ratification", Cue::Ratified), ("approbation", Cue::Ratified),
    ("portant approbation", Cue::Ratified), ("portant assentiment", Cue::Ratified), ("loi d'assentiment", Cue::Ratified), ("donne son assentiment", Cue::Ratified), ("a ratifier", Cue::Ratified), ("loi autorisant", Cue::Ratified),
    ("reste a ratifier", Cue::RatifyLater), ("doit encore ratifier", Cue::RatifyLater), ("devra ratifier", Cue::RatifyLater), ("approval", Cue::Ratified),
    ("approuve", Cue::Ratified), ("approuvee", Cue::Ratified), ("entree en vigueur", Cue::Ratified),
    ("entre en vigueur", Cue::Ratified), ("est entre en vigueur", Cue::Ratified), ("est entree en vigueur", Cue::Ratified),
    ("ratified", Cue::Ratified), ("ratify", Cue::Ratified), ("ratifies", Cue::Ratified), ("ratification", Cue::Ratified),
    ("approved", Cue::Ratified), ("entered into force", Cue::Ratified),
    // A chamber's resolution in the present: "THAT this Honourable House
    // approves the Financing Agreement".
    ("house approves", Cue::Ratified), ("parliament approves", Cue::Ratified), ("assembly approves", Cue::Ratified), ("senate approves", Cue::Ratified), ("came into force", Cue::Ratified),
    ("comes into force", Cue::Ratified), ("took effect", Cue::Ratified), ("instruments of ratification", Cue::Ratified),
    ("instruments de ratification", Cue::Ratified), ("instrument of ratification", Cue::Ratified),
    ("instrument de ratification", Cue::Ratified),
    // Accession: a state joins a treaty others signed ("acceded to the
    // Treaty of Amity", "a adhéré à la Convention", "instrument
    // d'adhésion").
    ("acceded to", Cue::Ratified), ("accedes to", Cue::Ratified), ("has acceded", Cue::Ratified),
    ("instrument of accession", Cue::Ratified), ("instruments of accession", Cue::Ratified),
    ("a adhere a", Cue::Ratified), ("a adhere au", Cue::Ratified), ("ont adhere a", Cue::Ratified), ("ont adhere au", Cue::Ratified),
    ("instrument d'adhesion", Cue::Ratified), ("instruments d'adhesion", Cue::Ratified),
    ("entry into force", Cue::Ratified), ("into force", Cue::Ratified),
    // A chamber's vote: "cleared the Senate", "concur in its ratification".
    ("cleared the senate", Cue::Ratified), ("cleared parliament", Cue::Ratified), ("cleared the house", Cue::Ratified),
    ("cleared the national assembly", Cue::Ratified), ("passed the senate", Cue::Ratified),
    ("concurred in", Cue::Ratified), ("concur in", Cue::Ratified), ("resolution of concurrence", Cue::Ratified),
    ("adopte par le parlement", Cue::Ratified), ("adoptee par le parlement", Cue::Ratified),
    ("adopte par l'assemblee nationale", Cue::Ratified), ("adoptee par l'assemblee nationale", Cue::Ratified),
    ("adopte par le senat", Cue::Ratified), ("adoptee par le senat", Cue::Ratified),
    // Ratification still to come.
    ("entrera en vigueur", Cue::RatifyLater), ("entreront en vigueur", Cue::RatifyLater),
    ("doit encore etre ratifie", Cue::RatifyLater), ("doit encore etre ratifiee", Cue::RatifyLater),
    ("devra etre ratifie", Cue::RatifyLater), ("devra etre ratifiee", Cue::RatifyLater),
    ("soumis a ratification", Cue::RatifyLater), ("soumise a ratification", Cue::RatifyLater),
    // "tabled in this House before ratification", "avant sa ratification".
    ("before ratification", Cue::RatifyLater), ("before its ratification", Cue::RatifyLater),
    ("prior to ratification", Cue::RatifyLater), ("avant ratification", Cue::RatifyLater),
    ("avant sa ratification", Cue::RatifyLater), ("avant la ratification", Cue::RatifyLater),
    ("soumis a l'approbation", Cue::RatifyLater), ("soumise a l'approbation", Cue::RatifyLater),
    ("sous reserve de l'approbation", Cue::RatifyLater), ("subject to approval", Cue::RatifyLater),
    ("subject to the approval", Cue::RatifyLater), ("pending approval", Cue::RatifyLater),
    ("pending the approval", Cue::RatifyLater),
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
    ("pas encore ratifie", Cue::RatifyLater), ("pas encore ratifiee", Cue::RatifyLater),
    ("n'est pas encore ratifie", Cue::RatifyLater), ("n'est pas encore ratifiee", Cue::RatifyLater),
    ("n'a pas encore ete ratifie", Cue::RatifyLater), ("n'a pas encore ete ratifiee", Cue::RatifyLater),
    ("not yet ratified", Cue::RatifyLater), ("is not yet ratified", Cue::RatifyLater),
    ("has not yet been ratified", Cue::RatifyLater), ("yet to be ratified", Cue::RatifyLater),
    ("has not been ratified", Cue::RatifyLater),
    // A chamber that sends the bill back, rejects or adjourns it ratifies
    // nothing yet.
    ("renvoye en commission", Cue::RatifyLater), ("renvoyee en commission", Cue::RatifyLater),
    ("renvoi en commission", Cue::RatifyLater), ("a ete rejete", Cue::RatifyLater), ("a ete rejetee", Cue::RatifyLater),
    ("a ete ajourne", Cue::RatifyLater), ("a ete ajournee", Cue::RatifyLater), ("vote a ete reporte", Cue::RatifyLater),
    ("referred back to committee", Cue::RatifyLater), ("sent back to committee", Cue::RatifyLater),
    ("was rejected", Cue::RatifyLater), ("voted down", Cue::RatifyLater), ("vote was postponed", Cue::RatifyLater),
    // Negation.
    ("n'a pas signe", Cue::Negated), ("n'ont pas signe", Cue::Negated), ("aucun accord", Cue::Negated),
    // "n'ont signé ni le protocole ni la convention", "signed neither".
    ("n'a signe ni", Cue::Negated), ("n'ont signe ni", Cue::Negated), ("signed neither", Cue::Negated),
    ("aucun document", Cue::Negated), ("aucun texte", Cue::Negated), ("n'a ete signe", Cue::Negated),
    ("sans signer", Cue::Negated), ("pas d'accord", Cue::Negated), ("dementi", Cue::Negated), ("dement", Cue::Negated),
    ("did not sign", Cue::Negated), ("will not sign", Cue::Negated), ("would not sign", Cue::Negated),
    ("won't sign", Cue::Negated), ("refused to sign", Cue::Negated), ("refuses to sign", Cue::Negated),
    ("ne signera pas", Cue::Negated), ("ne signeront pas", Cue::Negated), ("refuse de signer", Cue::Negated),
    ("ne signerait pas", Cue::Negated), ("ne signeraient pas", Cue::Negated),
    ("a refuse de signer", Cue::Negated), ("ont refuse de signer", Cue::Negated), ("didn't sign", Cue::Negated), ("no agreement", Cue::Negated),
    ("no document", Cue::Negated), ("not signed", Cue::Negated), ("without signing", Cue::Negated),
    ("without a deal", Cue::Negated), ("without an agreement", Cue::Negated), ("without agreement", Cue::Negated),
    ("sans accord", Cue::Negated), ("sans parvenir a un accord", Cue::Negated),
    // "ended the talks without reaching a deal", "sans parvenir à un
    // compromis ni à un accord".
    ("without reaching", Cue::Negated), ("without concluding", Cue::Negated), ("without striking", Cue::Negated),
    ("without sealing", Cue::Negated), ("without clinching", Cue::Negated), ("sans parvenir a", Cue::Negated),
    ("sans conclure", Cue::Negated), ("sans aboutir a", Cue::Negated), ("no deal was", Cue::Negated),
    ("failed to", Cue::Negated), ("denied", Cue::Negated), ("denies", Cue::Negated), ("rumour", Cue::Negated),
    ("will not be signed", Cue::Negated), ("would not be signed", Cue::Negated), ("won't be signed", Cue::Negated),
    ("ne sera pas signe", Cue::Negated), ("ne sera pas signee", Cue::Negated), ("ne seront pas signes", Cue::Negated),
    ("ne seront pas signees", Cue::Negated),
    // "Il n'y a ni accord, ni contrat en préparation", "no treaty is on
    // the table": an instrument denied by its determiner.
    ("n'y a ni", Cue::Negated), ("ni accord", Cue::Negated), ("ni contrat", Cue::Negated), ("ni traite", Cue::Negated),
    ("ni protocole", Cue::Negated), ("ni convention", Cue::Negated), ("aucun contrat", Cue::Negated),
    ("aucune convention", Cue::Negated), ("aucun traite", Cue::Negated), ("aucun protocole", Cue::Negated),
    ("aucun memorandum", Cue::Negated), ("no contract", Cue::Negated), ("no treaty", Cue::Negated), ("no deal", Cue::Negated),
    ("no memorandum", Cue::Negated), ("no mou", Cue::Negated), ("no pact", Cue::Negated),
    // "The understanding does not take the form of a treaty or a signed
    // agreement", "ne constitue pas un accord".
    ("does not take the form of", Cue::Negated), ("do not take the form of", Cue::Negated),
    ("ne prend pas la forme", Cue::Negated), ("ne prendra pas la forme", Cue::Negated), ("does not constitute", Cue::Negated),
    ("ne constitue pas", Cue::Negated), ("is not a treaty", Cue::Negated), ("is not an agreement", Cue::Negated),
    ("n'est pas un accord", Cue::Negated), ("n'est pas un traite", Cue::Negated),
    ("was shelved", Cue::Negated), ("were shelved", Cue::Negated), ("has been shelved", Cue::Negated),
    ("was abandoned", Cue::Negated), ("were abandoned", Cue::Negated), ("was scrapped", Cue::Negated),
    ("was dropped", Cue::Negated), ("a ete abandonne", Cue::Negated), ("a ete abandonnee", Cue::Negated),
    ("ont ete abandonnes", Cue::Negated), ("a ete annule", Cue::Negated), ("a ete annulee", Cue::Negated),
    ("mis en suspens", Cue::Negated), ("mise en suspens", Cue::Negated),
    ("never managed to", Cue::Negated), ("have never signed", Cue::Negated), ("has never signed", Cue::Negated),
    ("never concluded", Cue::Negated), ("n'ont jamais reussi a", Cue::Negated), ("n'a jamais reussi a", Cue::Negated),
    ("n'ont jamais signe", Cue::Negated), ("n'a jamais signe", Cue::Negated), ("n'ont jamais conclu", Cue::Negated),
    ("aucune negociation", Cue::Negated), ("no negotiation", Cue::Negated), ("no negotiations", Cue::Negated),
    ("talks collapsed", Cue::Negated), ("negotiations collapsed", Cue::Negated), ("broke down", Cue::Negated),
    ("rumours", Cue::Negated), ("rumor", Cue::Negated), ("rumors", Cue::Negated), ("rumeur", Cue::Negated),
    ("rumeurs", Cue::Negated), ("no deal", Cue::Negated), ("speculation", Cue::Negated),
    ("n'est pas", Cue::Negated), ("is not", Cue::Negated), ("was not", Cue::Negated), ("no such", Cue::Negated),
    // Speculation: a rumoured signing is no agreement.
    ("could be signed", Cue::Speculative), ("could sign", Cue::Speculative), ("might sign", Cue::Speculative),
    ("might be signed", Cue::Speculative), ("may sign", Cue::Speculative), ("pourrait etre signe", Cue::Speculative),
    ("pourrait etre conclu", Cue::Speculative), ("pourrait etre conclue", Cue::Speculative),
    ("pourraient etre conclus", Cue::Speculative), ("pourraient etre signes", Cue::Speculative),
    ("could be concluded", Cue::Speculative), ("might be concluded", Cue::Speculative), ("may be concluded", Cue::Speculative),
    ("pourrait etre signee", Cue::Speculative), ("pourraient signer", Cue::Speculative), ("pourrait signer", Cue::Speculative),
    ("agreed in principle", Cue::Speculative), ("accord de principe", Cue::Speculative),
    // A wish in the conditional: "Je souhaiterais qu'un accord comparable
    // soit un jour conclu avec le Togo" (not the bare subjunctive, which
    // "pour que", "bien que" also take after a real signing).
    ("souhaiterais", Cue::Speculative), ("souhaiterait", Cue::Speculative), ("souhaiterions", Cue::Speculative),
    ("souhaiteraient", Cue::Speculative),
    // Source.
    ("selon", Cue::Source), ("according to", Cue::Source), ("indique", Cue::Source), ("in a", Cue::Source),
    ("dans un", Cue::Source), ("issued", Cue::Source), ("publie", Cue::Source), ("said in", Cue::Source),
    ("a l'issue de", Cue::Source),
    // Presence.
    ("en presence de", Cue::Presence), ("en presence du", Cue::Presence), ("en presence des", Cue::Presence),
    // With an aside before its complement: "en présence, également en
    // ligne, de l'ambassadeur", "in the presence, by video link, of".
    ("en presence,", Cue::Presence), ("in the presence,", Cue::Presence),
    ("sous la presidence de", Cue::Presence), ("sous la presidence du", Cue::Presence), ("sous la presidence des", Cue::Presence),
    ("sous la presidence conjointe", Cue::Presence), ("sous la presidence des", Cue::Presence),
    ("sous la presidence effective de", Cue::Presence), ("sous la presidence effective du", Cue::Presence),
    ("sous la presidence effective des", Cue::Presence), ("en presence d'", Cue::Presence), ("sous le patronage de", Cue::Presence),
    // A ceremony presided in English: "the signing ceremony was presided
    // over by", "co-chaired by" (a French one, "La cérémonie de signature
    // a été présidée par", in any wording, is read by the pipeline: see
    // `with_mentions`; a committee "présidé par" two ministers is chaired,
    // not watched).
    ("signing ceremony was presided over by", Cue::Presence), ("ceremony was presided over by", Cue::Presence),
    ("ceremony was presided by", Cue::Presence), ("signing was presided over by", Cue::Presence),
    ("ceremony presided over by", Cue::Presence), ("ceremony, co-chaired by", Cue::Presence), ("ceremony co-chaired by", Cue::Presence),
    // A ceremony held before someone: "La signature s'est déroulée devant
    // le Premier ministre", "under the auspices of President X".
    ("s'est deroulee devant", Cue::Presence), ("s'est tenue devant", Cue::Presence), ("a eu lieu devant", Cue::Presence),
    ("se sont deroulees devant", Cue::Presence),
    ("under the auspices of", Cue::Presence), ("sous les auspices de", Cue::Presence), ("sous les auspices du", Cue::Presence),
    ("in the presence of the", Cue::Presence), ("attended by", Cue::Presence), ("was attended by", Cue::Presence),
    ("were attended by", Cue::Presence), ("under the chairmanship of", Cue::Presence), ("sous le haut patronage", Cue::Presence),
    ("under the patronage of", Cue::Presence), ("under the high patronage of", Cue::Presence),
    ("also present at the ceremony were", Cue::Presence), ("present at the ceremony were", Cue::Presence),
    ("also present at the signing were", Cue::Presence), ("present at the signing were", Cue::Presence),
    ("in the presence of", Cue::Presence), ("witnessed by", Cue::Presence), ("was witnessed by", Cue::Presence),
    ("were witnessed by", Cue::Presence), ("presided over by", Cue::Presence), ("in presence of", Cue::Presence),
    // Witnessed, with the witnesses as subject.
    // "X and Y were also present", "étaient également présents": the
    // witnesses named before.
    ("were also present", Cue::WitnessedSigning), ("was also present", Cue::WitnessedSigning),
    ("etaient egalement presents", Cue::WitnessedSigning), ("etait egalement present", Cue::WitnessedSigning),
    ("also present were", Cue::WitnessedSigning), ("present were", Cue::WitnessedSigning),
    ("etait egalement presente", Cue::WitnessedSigning), ("etaient aussi presents", Cue::WitnessedSigning),
    ("witnessed the signing", Cue::WitnessedSigning), ("witnessed the signature", Cue::WitnessedSigning),
    ("attended the signing", Cue::WitnessedSigning), ("presided over the signing", Cue::WitnessedSigning),
    ("oversaw the signing", Cue::WitnessedSigning), ("witness the signing", Cue::WitnessedSigning),
    // "X and Y looked on as the documents were exchanged".
    ("looked on as", Cue::WitnessedSigning), ("look on as", Cue::WitnessedSigning),
    ("witnessed the ceremony", Cue::WitnessedSigning), ("attended the ceremony", Cue::WitnessedSigning),
    ("ont assiste a la signature", Cue::WitnessedSigning), ("a assiste a la signature", Cue::WitnessedSigning),
    ("ont preside la ceremonie de signature", Cue::WitnessedSigning), ("a preside la ceremonie de signature", Cue::WitnessedSigning),
    ("ont preside la signature", Cue::WitnessedSigning), ("a preside la signature", Cue::WitnessedSigning),
    // Instruments exchanged before the leaders: the exchange is the signing.
    ("witnessed the exchange", Cue::WitnessedSigning), ("witness the exchange", Cue::WitnessedSigning),
    ("attended the exchange", Cue::WitnessedSigning), ("presided over the exchange", Cue::WitnessedSigning),
    ("oversaw the exchange", Cue::WitnessedSigning), ("ont assiste a l'echange", Cue::WitnessedSigning),
    ("a assiste a l'echange", Cue::WitnessedSigning), ("ont preside l'echange", Cue::WitnessedSigning),
    ("a preside l'echange", Cue::WitnessedSigning),
    // Signed by.
    ("signe par", Cue::SignedBy), ("signee par", Cue::SignedBy), ("signes par", Cue::SignedBy),
    ("signees par", Cue::SignedBy), ("signe pour", Cue::SignedBy), ("signe respectivement par", Cue::SignedBy),
    ("paraphe par", Cue::SignedBy), ("signed by", Cue::SignedBy), ("signed between", Cue::SignedBy),
    ("signe entre", Cue::SignedBy), ("signee entre", Cue::SignedBy), ("exchanged by", Cue::SignedBy), ("echange par", Cue::SignedBy),
    ("echanges par", Cue::SignedBy), ("echangee par", Cue::SignedBy), ("echangees par", Cue::SignedBy), ("signed on behalf", Cue::SignedBy),
    ("apposees par", Cue::SignedBy), ("apposee par", Cue::SignedBy), ("appose par", Cue::SignedBy),
    // "Il porte les signatures du directeur général ... et de ...", "the
    // document bears the signatures of".
    // (The plural only: "l'attentat porte la signature de" a group is its
    // hallmark.)
    ("porte les signatures", Cue::SignedBy), ("portant les signatures", Cue::SignedBy), ("bears the signatures of", Cue::SignedBy),
    ("bearing the signatures of", Cue::SignedBy),
    // "Côté burkinabè, le document a été signé par X. La partie nigérienne
    // était représentée par Y": each side's signer.
    ("etait representee par", Cue::SignedBy), ("etait represente par", Cue::SignedBy),
    ("was represented by", Cue::SignedBy),
    ("etre signe par", Cue::SignedBy), ("etre signee par", Cue::SignedBy), ("be signed by", Cue::SignedBy),
    ("et par", Cue::SignedBy),
    // Areas.
    ("dans les domaines", Cue::AreaList), ("dans divers domaines", Cue::AreaList), ("domaines tels que", Cue::AreaList),
    ("tels que", Cue::AreaList), ("telles que", Cue::AreaList), ("notamment", Cue::AreaList),
    // Adverbs that open examples, weak as "notamment" (see `slots`). Their
    // English kin ("particularly", "in particular", "notably") stress a
    // word far more often than they open a list of fields: measured, they
    // cost more lists than they found.
    ("y compris", Cue::AreaList), ("en particulier", Cue::AreaList), ("a savoir", Cue::AreaList), ("entre autres", Cue::AreaList),
    // "porter sur", "couvrir", "cover" in every tense: see `list_verbs`.
    ("englobe", Cue::AreaList), ("concerne", Cue::AreaList), ("vise", Cue::AreaList),
    ("dans les secteurs", Cue::AreaList), ("en matiere de", Cue::AreaList),
    ("including", Cue::AreaList), ("includes", Cue::AreaList), ("include", Cue::AreaList), ("will include", Cue::AreaList),
    ("focuses on", Cue::AreaList), ("focus on", Cue::AreaList), ("in the fields of", Cue::AreaList),
    ("in the areas of", Cue::AreaList), ("areas such as", Cue::AreaList),
    // "priority areas for cooperation in the coming years: a; b; c".
    ("areas for cooperation", Cue::AreaList), ("priority areas", Cue::AreaList), ("domaines prioritaires", Cue::AreaList),
    ("domaines de cooperation", Cue::AreaList), ("secteurs prioritaires", Cue::AreaList), ("priority sectors", Cue::AreaList), ("such as", Cue::AreaList),
    ("provides for cooperation in", Cue::AreaList), ("spanning", Cue::AreaList),
    ("ranging from", Cue::AreaList), ("aims at", Cue::AreaList), ("deals with", Cue::AreaList),
    ("in areas including", Cue::AreaList), ("in sectors including", Cue::AreaList), ("areas of", Cue::AreaList),
    // The nouns that announce a list after their colon ("in five areas: a;
    // b; c", "dans quatre domaines : ...") are in `announced_lists`.
    ("s'articule autour", Cue::AreaList),
    ("will cover", Cue::AreaList),
    // What a financing instrument pays for: "elle financera la réhabilitation
    // des réseaux, la construction de ...".
    ("financera", Cue::AreaList), ("financeront", Cue::AreaList), ("will finance", Cue::AreaList),
    ("will fund", Cue::AreaList),
    ("destine a", Cue::AreaList), ("destinee a", Cue::AreaList), ("destines a", Cue::AreaList),
    ("projects in", Cue::AreaList), ("cooperation in", Cue::AreaList),
    // "sets out priorities in defence, energy security and transport".
    ("priorities in", Cue::AreaList), ("priorites dans", Cue::AreaList),
    ("focused on", Cue::AreaList), ("focusing on", Cue::AreaList), ("will support", Cue::AreaList), ("will focus on", Cue::AreaList), ("cooperate on", Cue::AreaList), ("cooperate in", Cue::AreaList),
    ("cooperation on", Cue::AreaList), ("provides for", Cue::AreaList),
    ("ont porte sur", Cue::AreaList), ("dispositions relatives a", Cue::AreaList), ("provisions on", Cue::AreaList),
    // Working together on what the list names: "will work together on:",
    // "collaboreront dans".
    ("work together on", Cue::AreaList), ("work together in", Cue::AreaList), ("working together on", Cue::AreaList),
    ("collaborate on", Cue::AreaList), ("collaborate in", Cue::AreaList), ("collaborating on", Cue::AreaList),
    ("travailler ensemble sur", Cue::AreaList), ("travailleront ensemble sur", Cue::AreaList), ("collaborer dans", Cue::AreaList),
    ("collaborer sur", Cue::AreaList), ("collaboreront dans", Cue::AreaList), ("collaboreront sur", Cue::AreaList),
    // What the text names as its priorities, before "as priority areas":
    // "It identifies trade, energy and food security as priority areas".
    ("identifies", Cue::AreaList), ("identify", Cue::AreaList), ("identifie", Cue::AreaList), ("identifient", Cue::AreaList),
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
    ("will oversee", Cue::Creates), ("will monitor", Cue::Creates), ("will report", Cue::Creates),
    ("rendra compte", Cue::Creates), ("rendront compte", Cue::Creates),
    ("to follow up", Cue::Creates), ("will follow up", Cue::Creates), ("establishment of", Cue::Creates),
    ("creation of", Cue::Creates), ("launch", Cue::Creates), ("will be formed", Cue::Creates), ("to form a", Cue::Creates),
    ("to form an", Cue::Creates), ("will be constituted", Cue::Creates), ("sera constitue", Cue::Creates),
    ("sera constituee", Cue::Creates), ("sera forme", Cue::Creates), ("sera formee", Cue::Creates),
    // The infinitives and futures of the same verbs with a singular object
    // ("ont convenu de créer une commission", "agreed to create a joint
    // board"): "créer des emplois", "create jobs" set up no body.
    ("creer un", Cue::Creates), ("creer une", Cue::Creates), ("creera un", Cue::Creates), ("creera une", Cue::Creates),
    ("creeront un", Cue::Creates), ("creeront une", Cue::Creates), ("instituer un", Cue::Creates), ("instituer une", Cue::Creates),
    ("mettre en place un", Cue::Creates), ("mettre en place une", Cue::Creates), ("mettront en place un", Cue::Creates),
    ("mettront en place une", Cue::Creates), ("mettra en place un", Cue::Creates), ("mettra en place une", Cue::Creates),
    ("constituer un", Cue::Creates), ("constituer une", Cue::Creates), ("create a", Cue::Creates), ("create an", Cue::Creates),
    ("creating a", Cue::Creates), ("establishing a", Cue::Creates), ("setting up a", Cue::Creates),
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

/// Verbs that report news, past and folded ("said", "a annoncé"): a day
/// right after one dates the report.
pub(crate) const REPORTING_VERBS: &[&str] = &[
    "said", "announced", "reported", "confirmed", "revealed", "told", "stated", "added", "issued", "annonce", "indique",
    "declare", "confirme", "precise", "publie", "publiee", "diffuse", "diffusee",
];

/// The cue lexicon: [`CUES`], [`many_parties`], and each "to be ..." cue
/// after "is" and "are", so that the future "is to" does not hide it ("a
/// plan is to be drawn up").
pub(crate) fn cues() -> Lexicon<Cue> {
    let to_be = CUES.iter().filter(|(p, _)| p.starts_with("to be ")).flat_map(|&(p, c)| [(format!("is {p}"), c), (format!("are {p}"), c)]);
    // The final clause's formula, kept only after a comma (see [`FORMULAS`]).
    let formulas = FORMULAS.iter().map(|p| (p.to_string(), Cue::Signed));
    let steps: Vec<(String, Cue)> = CUES.iter().map(|&(p, c)| (p.to_string(), c)).chain(to_be).chain(modal_steps()).collect();
    let adverbed = with_adverbs(&steps);
    Lexicon::new(steps.into_iter().chain(adverbed).chain(many_parties()).chain(RATIFICATION_AWAITED.iter().map(|p| (p.to_string(), Cue::RatifyLater))).chain(timed_signing_nouns()).chain(list_verbs()).chain(announced_lists()).chain(terms_lists()).chain(aid_lists()).chain(formulas))
}

/// Each step to come in the passive with an adverb before its participle:
/// "is expected to be formally signed", "devrait être officiellement
/// signé".
fn with_adverbs(steps: &[(String, Cue)]) -> Vec<(String, Cue)> {
    const EN: &[&str] = &["formally", "officially", "finally", "eventually", "jointly", "soon"];
    const FR: &[&str] = &["officiellement", "formellement", "enfin", "bientot", "prochainement", "definitivement"];
    let mut out = Vec::new();
    for (p, c) in steps.iter().filter(|(_, c)| *c == Cue::Planned) {
        let (aux, adverbs) = if let Some(k) = p.find("be ") {
            (k + "be ".len(), EN)
        } else if let Some(k) = p.find("etre ") {
            (k + "etre ".len(), FR)
        } else {
            continue;
        };
        for a in adverbs {
            out.push((format!("{}{a} {}", &p[..aux], &p[aux..]), *c));
        }
    }
    out
}

/// A step that waits on ratification: "pour qu'il s'applique dès sa
/// ratification", "effective upon its ratification". Cues of ratification
/// to come ([`Cue::RatifyLater`]), unless their sentence tells a
/// ratification by its verb ("ratified ...; it took effect upon
/// ratification"): assembly asks this list.
pub(crate) const RATIFICATION_AWAITED: &[&str] = &[
    "des sa ratification", "des leur ratification", "des ratification", "apres leur ratification", "avant leur ratification",
    "une fois ratifie", "une fois ratifiee", "une fois ratifies", "upon ratification", "upon its ratification",
    "upon their ratification", "after its ratification", "after their ratification", "before their ratification",
    "once it is ratified", "once they are ratified", "once it has been ratified",
];

/// The signing noun with the time of the signing between it and the
/// instrument, as speeches and communiqués write it: "je me réjouis de la
/// signature ce matin, ici à Abidjan, de trois accords", "we welcome the
/// signing this morning of the memorandum".
fn timed_signing_nouns() -> impl Iterator<Item = (String, Cue)> {
    // Times already past when a speech or a story is given ("this
    // afternoon", "ce soir", "today" may still be to come: "we look forward
    // to the signing this afternoon of ...").
    const FR: &[&str] = &["ce matin", "hier", "hier matin", "hier soir", "avant-hier"];
    const EN: &[&str] = &["this morning", "yesterday", "earlier today"];
    let fr = FR.iter().flat_map(|t| [format!("la signature {t}"), format!("la signature, {t}")]);
    let en = EN.iter().flat_map(|t| [format!("the signing {t}"), format!("the signing, {t}")]);
    fr.chain(en).map(|p| (p, Cue::SigningNoun))
}

/// A noun of the parts of a programme announcing the list after its colon,
/// written with or without a space before it: "sur les volets suivants :",
/// "autour des axes suivants:", "in the following areas:", "in five
/// areas:", "dans quatre domaines :", "the areas covered are as follows:".
const FR_MASCULINE: &[&str] = &["domaines", "volets", "axes", "points", "secteurs", "champs", "themes", "chantiers", "objectifs", "programmes", "projets"];
const FR_FEMININE: &[&str] = &["thematiques", "priorites", "composantes", "activites", "actions", "questions", "filieres", "matieres"];
const EN_PARTS: &[&str] = &[
    "areas", "fields", "sectors", "priorities", "pillars", "themes", "topics", "components", "activities", "issues", "matters", "domains",
    "projects", "objectives", "programmes", "programs", "workstreams",
];

fn announced_lists() -> impl Iterator<Item = (String, Cue)> {
    // "Les domaines couverts sont désormais les suivants :", "The areas
    // covered are as follows:".
    const PREDICATES: &[&str] = &[
        "sont les suivants", "sont les suivantes", "sont desormais les suivants", "sont desormais les suivantes",
        "are as follows", "are the following", "include the following",
    ];
    // Nouns of a programme's parts that announce a list by themselves
    // ("allocated to three lines of action: a; b; c", "autour de trois
    // piliers : ...").
    const ALONE: &[&str] = &[
        "areas", "fields", "sectors", "priorities", "lines of action", "action lines", "pillars", "components", "workstreams",
        "work streams", "themes", "thematic areas", "domaines", "secteurs", "volets", "axes", "priorites", "piliers",
        "composantes", "lignes d'action", "axes d'intervention", "thematiques", "chantiers",
    ];
    // The same nouns qualified: "fixe quatre chantiers prioritaires :",
    // "autour de trois axes principaux :", "in three priority areas:",
    // "four key pillars:".
    // (The nouns of fields alone, not every part of a programme: "her three
    // priority projects:" are a minister's, "les objectifs prioritaires
    // :" a speaker's as often as a text's.)
    const FR_ALONE_MASCULINE: &[&str] = &["domaines", "secteurs", "volets", "axes", "piliers", "chantiers", "champs", "themes"];
    const FR_ALONE_FEMININE: &[&str] = &["priorites", "composantes", "thematiques", "lignes d'action"];
    const EN_ALONE: &[&str] = &["areas", "fields", "sectors", "pillars", "themes", "workstreams", "components", "priorities"];
    const FR_ADJ_MASCULINE: &[&str] = &["prioritaires", "principaux", "essentiels", "cles", "majeurs", "strategiques"];
    const FR_ADJ_FEMININE: &[&str] = &["prioritaires", "principales", "essentielles", "cles", "majeures", "strategiques"];
    const EN_ADJ: &[&str] = &["priority", "key", "main", "core", "strategic", "focus", "major"];
    // And with the cooperation they belong to: "fixe quatre axes de
    // coopération :", "five areas of cooperation:".
    const FR_OF: &[&str] = &["de cooperation", "de collaboration", "de partenariat"];
    const EN_OF: &[&str] = &["of cooperation", "of co-operation", "for cooperation", "of collaboration", "of partnership"];
    let qualified_fr = FR_ALONE_MASCULINE
        .iter()
        .flat_map(|n| FR_ADJ_MASCULINE.iter().chain(FR_OF).map(move |a| format!("{n} {a}")))
        .chain(FR_ALONE_FEMININE.iter().flat_map(|n| FR_ADJ_FEMININE.iter().chain(FR_OF).map(move |a| format!("{n} {a}"))));
    let qualified_en = EN_ADJ.iter().flat_map(|a| EN_ALONE.iter().map(move |n| format!("{a} {n}"))).chain(EN_ALONE.iter().flat_map(|n| EN_OF.iter().map(move |o| format!("{n} {o}"))));
    let fr = FR_MASCULINE.iter().map(|n| format!("{n} suivants")).chain(FR_FEMININE.iter().map(|n| format!("{n} suivantes")));
    let en = EN_PARTS.iter().map(|n| format!("following {n}"));
    fr.chain(en)
        .chain(ALONE.iter().chain(PREDICATES).map(|n| n.to_string()))
        .chain(qualified_fr)
        .chain(qualified_en)
        .flat_map(|p| [format!("{p} :"), format!("{p}:")])
        .map(|p| (p, Cue::AreaList))
}

/// The tenses of "prévoir", which opens a list of fields only weakly (see
/// `slots::is_strong_area_cue`): "Elle prévoira des séjours linguistiques,
/// ...".
pub(crate) const PREVOIR: &[&str] = &["prevoit", "prevoient", "prevoira", "prevoiront", "prevoirait", "prevoiraient", "prevoyait", "prevoyaient"];

/// Every tense of the verbs that open a list of fields ("porte sur",
/// "devrait notamment porter sur", "portaient essentiellement sur",
/// "couvrira en particulier", "would cover notably"), with or without an
/// adverb that narrows it.
fn list_verbs() -> impl Iterator<Item = (String, Cue)> {
    const PORTER: &[&str] = &["porte", "portent", "portera", "porteront", "porterait", "porteraient", "porter", "portait", "portaient", "portant"];
    const COUVRIR: &[&str] = &["couvre", "couvrent", "couvrira", "couvriront", "couvrirait", "couvriraient", "couvrir", "couvrait", "couvraient", "couvrant"];
    const FR_ADVERBS: &[&str] = &["", "notamment ", "principalement ", "essentiellement ", "en particulier ", "en priorite ", "prioritairement ", "surtout ", "entre autres "];
    const COVER: &[&str] = &["covers", "cover", "covering", "covered"];
    const EN_ADVERBS: &[&str] = &["", " notably", " in particular", " among others", " mainly", " chiefly"];
    let porter = PORTER.iter().flat_map(|v| FR_ADVERBS.iter().map(move |a| format!("{v} {a}sur")));
    let couvrir = COUVRIR.iter().flat_map(|v| FR_ADVERBS.iter().map(move |a| format!("{v} {}", a.trim_end())));
    let cover = COVER.iter().flat_map(|v| EN_ADVERBS.iter().map(move |a| format!("{v}{a}")));
    let prevoir = PREVOIR.iter().flat_map(|v| [v.to_string(), format!("{v} notamment")]);
    porter.chain(couvrir).chain(cover).chain(prevoir).map(|p| (p.trim_end().to_string(), Cue::AreaList))
}

/// The modals and steps of [`modal_steps`].
const EN_MODALS: &[&str] = &["will", "would", "should", "shall", "must", "is to", "are to"];
const EN_STEPS: &[&str] = &["sign", "be signed", "initial", "be initialled", "be initialed", "ink", "be inked", "be concluded"];
const FR_MODALS: &[&str] = &["devrait", "devraient", "doit", "doivent", "va", "vont"];
const FR_STEPS: &[&str] = &[
    "signer", "parapher", "etre signe", "etre signee", "etre signes", "etre signees", "etre paraphe",
    "etre paraphee", "etre paraphes", "etre paraphees", "etre conclu", "etre conclue", "etre conclus", "etre conclues",
];

/// A signing to come told with a modal, in every combination: "should be
/// signed", "must sign", "shall be initialled", "devraient être signés",
/// "doivent parapher". (The phrases [`CUES`] lists keep their own cue.)
/// Not the active "conclude" / "conclure", intransitive as often as not:
/// "the visit will conclude on Wednesday".
fn modal_steps() -> impl Iterator<Item = (String, Cue)> {
    let en = EN_MODALS.iter().flat_map(|m| EN_STEPS.iter().map(move |s| format!("{m} {s}")));
    let fr = FR_MODALS.iter().flat_map(|m| FR_STEPS.iter().map(move |s| format!("{m} {s}")));
    en.chain(fr).map(|p| (p, Cue::Planned))
}

/// Words that may stand between a modal and its step: "will also be
/// signed", "devrait quant à lui être signé", "doit également être
/// paraphé" (folded, each with its trailing space).
const BETWEEN_MODAL_AND_STEP: &[&str] = &[
    "also ", "soon ", "eventually ", "then ", "likely ", "in principle ", "formally ", "quant a lui ", "quant a elle ",
    "quant a eux ", "quant a elles ", "lui aussi ", "elle aussi ", "egalement ", "aussi ", "bientot ", "prochainement ",
    "en principe ", "normalement ", "pour sa part ", "de son cote ", "en outre ", "officiellement ",
];

/// The signings to come that [`modal_steps`] would read but for an adverb
/// or an aside between the modal and the step ("devrait quant à lui être
/// signé"): folded spans from the modal's start to the step's end. One
/// search for the words between; the modal and the step are read around
/// each.
pub(crate) fn modal_steps_across(text: &str) -> Vec<(usize, usize)> {
    static SEARCH: std::sync::OnceLock<(crate::prefilter::Phrases, Vec<String>)> = std::sync::OnceLock::new();
    let (search, between) = SEARCH.get_or_init(|| {
        let between: Vec<String> = BETWEEN_MODAL_AND_STEP.iter().map(|b| format!(" {b}")).collect();
        let refs: Vec<&str> = between.iter().map(String::as_str).collect();
        (crate::prefilter::Phrases::new(&refs), between)
    });
    let mut out = Vec::new();
    for (k, _) in search.spans(text) {
        // The longest aside that starts here ("quant a lui " over "lui").
        let Some(b) = between.iter().filter(|b| text[k..].starts_with(b.as_str())).max_by_key(|b| b.len()) else { continue };
        let before = &text[..k];
        // (Each language's modals with its own steps.)
        let modal_in = |modals: &'static [&'static str]| modals.iter().find(|m| before.ends_with(*m) && before[..before.len() - m.len()].ends_with([' ', '\n', ',']));
        let Some((modal, steps)) = modal_in(EN_MODALS).map(|m| (m, EN_STEPS)).or_else(|| modal_in(FR_MODALS).map(|m| (m, FR_STEPS))) else {
            continue;
        };
        let after = &text[k + b.len()..];
        let step = steps.iter().filter(|s| after.starts_with(*s) && !after[s.len()..].starts_with(|c: char| c.is_alphanumeric())).max_by_key(|s| s.len());
        if let Some(step) = step {
            out.push((k - modal.len(), k + b.len() + step.len()));
        }
    }
    out
}

/// Where the aid goes, every noun of aid with its preposition: "will
/// channel support towards HIV prevention, malaria control and ...",
/// "funding for", "un appui aux filières lait et miel", "un financement à
/// la".
fn aid_lists() -> impl Iterator<Item = (String, Cue)> {
    const EN: &[&str] = &["support", "funding", "financing", "assistance", "aid"];
    const FR: &[&str] = &["un appui", "un soutien", "une aide", "un financement"];
    let towards = EN.iter().flat_map(|n| ["towards", "toward"].into_iter().map(move |p| format!("{n} {p}")));
    let funds_for = ["funding for", "financing for"].into_iter().map(String::from);
    let fr = FR.iter().flat_map(|n| ["aux", "a la", "au"].into_iter().map(move |p| format!("{n} {p}")));
    towards.chain(funds_for).chain(fr).map(|p| (p, Cue::AreaList))
}

/// The nouns of a text's terms ("sets out requirements on", "the procedures
/// for").
pub(crate) const TERMS_NOUNS: &[&str] = &["requirements", "rules", "procedures", "standards", "conditions", "provisions", "guidelines", "terms"];

/// Whether a folded word is a signing verb's past participle: "signed",
/// "inked", "initialled", "concluded", "signé(e)(s)", "paraphé(e)(s)",
/// "conclu(e)(s)". Base forms ("sign", "conclude", "ink") are not.
pub(crate) fn is_signing_participle(w: &str) -> bool {
    matches!(
        w,
        "signed" | "inked" | "initialled" | "initialed" | "concluded" | "signe" | "signee" | "signes" | "signees" | "paraphe"
            | "paraphee" | "paraphes" | "paraphees" | "conclu" | "conclue" | "conclus" | "conclues" | "appose" | "apposee" | "apposes" | "apposees"
    )
}

/// Whether a folded word is a form of a signing verb ("signed", "will
/// sign", "signera", "paraphé", "inked", "initialled"): its stem.
pub(crate) fn is_signing_word(w: &str) -> bool {
    ["sign", "paraph", "ink", "initial"].iter().any(|p| w.starts_with(p))
        && !["signif", "signal", "inkl", "initiali", "initiat"].iter().any(|p| w.starts_with(p))
}

/// The English verbs of a text that lays down its terms, with the nouns of
/// those terms, that open a list of what they govern: "sets out
/// requirements on A; B; and C", "lays down the rules for", "establishes
/// procedures for".
fn terms_lists() -> impl Iterator<Item = (String, Cue)> {
    const VERBS: &[&str] = &[
        "sets out", "set out", "lays down", "lay down", "establishes", "establish", "defines", "define", "specifies",
        "specify", "sets", "set",
    ];
    VERBS.iter().flat_map(|v| {
        TERMS_NOUNS.iter().flat_map(move |n| {
            ["", "the "].into_iter().flat_map(move |the| ["on", "for"].into_iter().map(move |p| (format!("{v} {the}{n} {p}"), Cue::AreaList)))
        })
    })
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
    Lexicon::new(CUES.iter().filter(|(_, c)| *c == Cue::AreaList).map(|&(p, c)| (p.to_string(), c)).chain(list_verbs()).chain(announced_lists()).chain(terms_lists()).chain(aid_lists()))
}

/// Subject pronouns set off by commas after a verb ("L'accord porte, lui,
/// sur ..."), besides the asides of [`crate::slots::INCISES`].
const ASIDE_PRONOUNS: &[&str] = &["lui", "elle", "eux", "elles"];

/// How far before an aside the verb of an opener may start, and how far
/// after it the opener may end, in bytes.
const ASIDE_REACH: usize = 40;

/// List openers cut by an aside between commas: "L'accord universitaire
/// porte, lui, sur l'octroi de bourses", "Le protocole prévoit, pour sa
/// part, la formation ...", "The second agreement covers, for its part,
/// ...". `openers` is the lexicon of [`area_openers`] and `alone` a union
/// of it alone; an opener is read across the aside, as if it were not
/// there. Returns folded spans from the opener's start to its end, the
/// aside inside.
pub(crate) fn openers_across_asides(text: &str, openers: &Lexicon<Cue>, alone: &crate::lexicon::Union) -> Vec<(usize, usize)> {
    static SEARCH: std::sync::OnceLock<(crate::prefilter::Phrases, Vec<String>)> = std::sync::OnceLock::new();
    let (search, asides) = SEARCH.get_or_init(|| {
        let asides: Vec<String> = crate::slots::INCISES.iter().chain(ASIDE_PRONOUNS).map(|a| format!(", {a}, ")).collect();
        let refs: Vec<&str> = asides.iter().map(String::as_str).collect();
        (crate::prefilter::Phrases::new(&refs), asides)
    });
    let mut out = Vec::new();
    for (k, _) in search.spans(text) {
        let Some(aside) = asides.iter().find(|a| text[k..].starts_with(a.as_str())) else { continue };
        let resume = k + aside.len();
        // The words before the aside, in its clause, and those after it,
        // joined by one space.
        let from = text.floor_char_boundary(k.saturating_sub(ASIDE_REACH));
        let from = text[from..k].rfind([',', '.', ';', ':', '\n']).map_or(from, |j| from + j + 1);
        let to = text.floor_char_boundary((resume + ASIDE_REACH).min(text.len()));
        let joined = format!("{} {}", &text[from..k], &text[resume..to]);
        let seam = k - from;
        let best = openers
            .select_all(&alone.scan(&joined)[0])
            .into_iter()
            .filter(|h| h.start < seam && h.end > seam + 1)
            .max_by_key(|h| h.end - h.start);
        if let Some(h) = best {
            out.push((from + h.start, resume + (h.end - seam - 1)));
        }
    }
    out
}

/// Follow-up body nouns that can be set up by an agreement.
const MECHANISMS: &[&str] = &[
    "comite", "commission", "groupe de travail", "groupe de travail conjoint", "groupe de travail mixte",
    "mecanisme", "secretariat", "cellule", "conseil", "task force", "observatoire", "instance",
    "committee", "working group", "commission", "secretariat", "mechanism", "task force", "council",
    "steering group", "joint board", "board", "unit", "cell", "equipe", "team", "plateforme", "platform",
    // Groups of every kind besides the working group.
    "contact group", "coordination group", "monitoring group", "technical group", "expert group", "experts group",
    "group of experts", "advisory group", "groupe de contact", "groupe de suivi", "groupe technique", "groupe d'experts",
    "groupe mixte", "groupe de pilotage", "groupe de coordination",
];

/// The verbs that name the fields a text sets as its priorities, before
/// the list and its "as priorities": "The statement lists energy, food
/// security and transport corridors as priorities", "retient l'eau et
/// l'énergie comme priorités". Returns the verbs' folded spans; the list
/// runs from each verb's end to "as priorit" / "comme priorit" (which end
/// a list of areas).
pub(crate) fn priority_list_openers(text: &str) -> Vec<(usize, usize)> {
    static FINDER: std::sync::OnceLock<[memchr::memmem::Finder<'static>; 2]> = std::sync::OnceLock::new();
    let finders = FINDER.get_or_init(|| [memchr::memmem::Finder::new(b" as priorit"), memchr::memmem::Finder::new(b" comme priorit")]);
    let mut out = Vec::new();
    for f in finders {
        for at in f.find_iter(text.as_bytes()) {
            // The clause before, back to a stop, at most 160 bytes.
            let from = text.floor_char_boundary(at.saturating_sub(160));
            let clause_start = text[from..at].rfind(['.', ';', ':', '\n', '!', '?']).map_or(from, |k| from + k + 1);
            let mut pos = clause_start;
            for w in text[clause_start..at].split(' ') {
                let start = pos;
                pos += w.len() + 1;
                if PRIORITY_VERBS.contains(&w) {
                    out.push((start, start + w.len()));
                    break;
                }
            }
        }
    }
    out.sort_unstable();
    out
}

/// Verbs that set fields as priorities (folded).
const PRIORITY_VERBS: &[&str] = &[
    "lists", "list", "identifies", "identify", "identified", "names", "designates", "sets", "retient", "retiennent", "identifie",
    "identifient", "designe", "designent", "fixe", "fixent",
];

/// The colons that open a vertical list of a programme's parts, when the
/// clause before the colon names those parts with some words after their
/// noun: "La charte fixe les axes de la coopération entre les deux
/// communes :", "The plan sets out five areas of joint work:", each
/// followed by lines that open with a bullet, a dash or a number. (With
/// the noun right before the colon, or "suivants", the lexicon's openers
/// say it.) The clause must speak of the cooperation or name an instrument
/// (`names_instrument(a, b)`: one starts in folded `a..b`), not "Le
/// ministre a rappelé les priorités de son gouvernement :". Returns folded
/// spans from the noun to the colon.
pub(crate) fn vertical_list_openers(text: &str, names_instrument: impl Fn(usize, usize) -> bool) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    for colon in memchr::memchr_iter(b':', bytes) {
        // The list's first line opens with a marker.
        let rest = text[colon + 1..].trim_start_matches([' ', '\t', '\r']);
        let Some(line) = rest.strip_prefix('\n') else { continue };
        let line = line.trim_start_matches([' ', '\t', '\r', '\n']);
        let numbered = line.bytes().take_while(u8::is_ascii_digit).count();
        // (Folding writes every bullet '*' and every dash '-'.)
        let marked = line.starts_with(['-', '*'])
            || (1..=2).contains(&numbered) && matches!(line.as_bytes().get(numbered), Some(b')' | b'.' | b'-'));
        if !marked {
            continue;
        }
        // The clause before the colon, back to a stop, at most 100 bytes.
        let from = text.floor_char_boundary(colon.saturating_sub(100));
        let clause_start = text[from..colon].rfind(['.', ';', ':', '\n', '!', '?']).map_or(from, |k| from + k + 1);
        let clause = &text[clause_start..colon];
        // A parts noun after a determiner or a number, then a few words.
        let words: Vec<(usize, &str)> = clause
            .split(' ')
            .scan(clause_start, |at, w| {
                let start = *at;
                *at += w.len() + 1;
                Some((start, w))
            })
            .filter(|(_, w)| !w.is_empty())
            .collect();
        // (An English noun may have one modifier before it: "three priority
        // projects".)
        let counted = |det: &str| {
            matches!(det, "les" | "des" | "ses" | "leurs" | "the" | "its" | "their" | "deux" | "trois" | "quatre" | "cinq" | "six" | "sept" | "huit" | "dix"
                | "two" | "three" | "four" | "five" | "seven" | "eight" | "ten")
                || det.bytes().all(|b| b.is_ascii_digit())
        };
        let found = words.windows(2).enumerate().find_map(|(k, pair)| {
            let (det, noun) = (pair[0].1, pair[1].1);
            let parts = FR_MASCULINE.contains(&noun) || FR_FEMININE.contains(&noun) || EN_PARTS.contains(&noun);
            let modified = || words.get(k + 2).filter(|n| EN_PARTS.contains(&n.1));
            if counted(det) && parts && words.len() <= k + 2 + 8 {
                Some(pair[1])
            } else if counted(det) && words.len() <= k + 3 + 8 {
                modified().copied()
            } else {
                None
            }
        });
        // (Or an instrument's anaphor: "le document retient quatre projets
        // prioritaires :".)
        let of_cooperation = || {
            names_instrument(clause_start, colon)
                || words.iter().any(|(_, w)| {
                    let w = w.rsplit('\'').next().unwrap_or("");
                    ["coop", "partenariat", "partnership", "collaboration", "jumelage", "twinning"].iter().any(|s| w.starts_with(s))
                })
                || words.windows(2).any(|p| matches!(p[0].1, "le" | "ce" | "the" | "this") && matches!(p[1].1, "document" | "texte" | "text"))
        };
        if let Some((noun_at, _)) = found.filter(|_| of_cooperation()) {
            out.push((noun_at, colon + 1));
        }
    }
    out
}

/// The mechanism noun lexicon.
pub(crate) fn mechanisms() -> Lexicon<()> {
    let mut v: Vec<(String, ())> = Vec::new();
    for m in MECHANISMS {
        v.push((m.to_string(), ()));
        v.push((format!("{m}s"), ()));
    }
    Lexicon::new(v)
}

/// Sector words, folded, matched as whole words (so every inflection is
/// listed), French then English, sector by sector. Each sector's list
/// covers the finer topics that fold into it (customs, trade, investment
/// and mining into the economy, as the corpus conventions say where the
/// schema says energy; oil and gas into energy; space and
/// telecommunications into technology; water and climate into the
/// environment; media, youth, sport and heritage into culture; consular
/// matters and visas into diplomacy; fisheries and food into agriculture;
/// research into science; vocational and higher education into
/// education). A phrase is listed under one sector only; a longer phrase
/// wins over the words inside it ("securite maritime" is security,
/// "maritime" alone transport).
const SECTOR_WORDS: &[(Sector, &[&str])] = &[
    (Sector::Defense, &[
        "defense", "defence", "militaire", "militaires", "military", "armee", "armees", "army", "armies", "armed forces",
        "forces armees", "industrie de defense", "defence industry", "defense industry", "naval", "navale", "navales",
        "navy", "marine nationale", "warship", "warships", "frigate", "frigates", "fregate", "fregates", "patrol vessel",
        "patrol vessels", "patrouilleur", "patrouilleurs", "submarine", "submarines", "sous-marin", "sous-marins",
        "fighter jets", "avions de combat", "armement", "armements", "weapons", "munitions", "ammunition", "soldats",
        "soldiers", "troupes", "troops", "cyberdefense", "cyberdefence", "cyber defence", "cyber defense", "air force",
        "armee de l'air", "status of forces", "missiles", "officiers", "defence capacity",
    ]),
    (Sector::Security, &[
        "securite", "security", "terrorisme", "terrorism", "terroriste", "terroristes", "terrorist", "counter-terrorism",
        "antiterroriste", "contre-terrorisme", "police", "policiere", "policieres", "policier", "policiers", "policing",
        "police cooperation", "cooperation policiere", "criminalite", "crime", "crimes", "cybercriminalite", "cybercrime",
        "securite interieure", "interior", "renseignement", "renseignements", "intelligence", "securitaire",
        "securitaires", "surveillance des frontieres", "border security", "securite des frontieres", "trafic d'armes",
        "arms trafficking", "drug trafficking", "trafic de drogue", "trafic de drogues", "stupefiants", "narcotics",
        "maritime security", "securite maritime", "securisation", "securing", "piraterie", "piracy", "extremisme",
        "extremism", "radicalisation", "radicalization", "blanchiment", "money laundering", "contrebande", "smuggling",
        "traite des personnes", "human trafficking", "gendarmerie", "garde-cotes", "coast guard", "maintien de la paix",
        "peacekeeping", "deminage", "demining", "commerce illegal", "commerce illicite", "illegal trade", "illicit trade",
        // Secrets states share: "the mutual protection of classified
        // information" (not the media's "information").
        "classified information", "informations classifiees", "information classifiee", "secret information",
        // Patrols, by land or sea (a patrol vessel is the navy's).
        "patrouille", "patrouilles", "patrouilles maritimes", "patrouilles conjointes", "patrol", "patrols", "joint patrols",
        "maritime patrols",
    ]),
    (Sector::Justice, &[
        "justice", "judiciaire", "judiciaires", "extradition", "entraide judiciaire", "judicial", "legal assistance",
        "mutual legal", "penale", "penales", "penal", "criminal matters", "detenus", "prisoners", "sentenced persons",
        "personnes condamnees", "transferement", "juridique", "juridiques", "tribunaux", "courts", "magistrats",
        "magistrates", "penitentiaire", "prisons", "corruption", "anti-corruption", "commissions rogatoires",
        "letters rogatory",
    ]),
    (Sector::Diplomacy, &[
        "diplomatique", "diplomatiques", "diplomatic", "diplomates", "diplomats", "consulaire", "consulaires", "consular",
        "visa", "visas", "parlementaire", "parlementaires", "parliamentary", "amitie", "friendship", "amity",
        "partenariat strategique", "strategic partnership", "frontiere", "boundary", "border demarcation", "delimitation",
        "demarcation", "accord de siege", "headquarters", "host country", "pays hote", "host country agreement", "passeports", "passports", "sommet", "summit",
        "consultations politiques", "political consultations", "politique etrangere", "foreign policy",
        "dialogue politique", "political dialogue",
    ]),
    (Sector::Economy, &[
        "economique", "economiques", "economic", "economie", "economies", "economy", "commerce", "commercial",
        "commerciale", "commerciales", "commerciaux", "trade", "investissement", "investissements", "investment",
        "investments", "investisseurs", "investors", "financement", "financements", "financing", "finance", "finances",
        "financial", "financier", "financiere", "financieres", "financiers", "douane", "douanes", "douaniere",
        "douanieres", "douanier", "douaniers", "customs", "fiscal", "fiscale", "fiscales", "fiscaux", "fiscalite",
        "taxation", "double imposition", "double taxation", "tax", "taxes", "impots", "libre-echange", "free trade",
        "developpement", "development", "infrastructure", "infrastructures", "industrie", "industry",
        "industrial", "industriel", "industriels", "industrielle", "industrielles", "banque", "banques", "banking", "pret", "prets",
        "loan", "loans", "don", "grant", "grants", "association agreement", "exportations", "exports", "importations",
        "imports", "goods", "marchandises", "marches", "markets", "commercants", "traders", "minerals", "critical minerals", "mines", "mining", "minier", "miniers",
        "miniere", "minieres", "minerai", "minerais", "ore", "bauxite", "alumine", "alumina", "supply chain", "supply chains", "housing",
        "logement", "logements", "secteur prive", "private sector", "pme", "smes", "entreprises", "microfinance", "propriete intellectuelle", "intellectual property", "partenariat public-prive",
        "public-private partnership", "zones franches", "free zones", "halal", "belt and road", "statistique", "statistiques", "statistics", "statistical", "planification",
        "commerce electronique", "e-commerce", "raw materials", "critical raw materials", "matieres premieres",
        "matieres premieres critiques",
    ]),
    (Sector::Energy, &[
        "energie", "energies", "energetique", "energetiques", "energy", "electricite", "electricity", "electrique",
        "electriques", "petrole", "petrolier", "petroliers", "petroliere", "petrolieres", "oil", "gaz", "gas", "gazoduc",
        "gazoducs", "gas pipeline", "pipeline", "pipelines", "oleoduc", "oleoducs", "hydrocarbures", "hydrocarbons", "hydrogene", "hydrogen", "nucleaire",
        "nucleaires", "nuclear", "solaire", "solaires", "solar", "renouvelables", "renewable energy",
        "renewables", "eolien", "eolienne", "eoliennes", "wind power", "wind energy", "interconnexion", "interconnexions", "interconnection", "interconnections",
        "power", "power plant", "centrale electrique", "centrales electriques", "hydroelectrique", "hydroelectric",
        "hydropower", "geothermie", "geothermal", "biomasse", "biomass", "biocarburants", "biofuels", "raffinerie",
        "raffineries", "refinery", "refineries", "gnl", "lng", "gaz naturel liquefie", "liquefied natural gas", "uranium",
        "charbon", "coal",
        // Storing and converting energy.
        // (Not a bare "battery": "a battery of measures", "missile
        // batteries".)
        "battery manufacturing", "battery storage", "battery recycling", "battery cells", "battery plant", "battery plants",
        "battery factory", "lithium-ion batteries", "ev batteries", "electric vehicle batteries", "recyclage des batteries",
        "batteries lithium-ion", "batteries electriques", "fabrication de batteries", "usine de batteries", "stockage par batteries",
        "stockage d'energie", "stockage de l'energie", "energy storage", "piles a combustible",
        "fuel cells", "fuel cell", "electrolyseur", "electrolyseurs", "electrolyser", "electrolysers", "electrolyzer",
        "electrolyzers",
    ]),
    (Sector::Agriculture, &[
        "agriculture", "agricole", "agricoles", "agricultural", "peche", "peches", "pecheurs", "fisheries", "fishery",
        "fishing", "fishermen", "halieutique", "halieutiques", "alimentaire", "alimentaires", "food", "securite alimentaire",
        "food security", "elevage", "livestock", "irrigation", "semences", "seeds", "aquaculture", "transhumance", "betail",
        "eleveurs", "pastoral", "pastorale", "pastoraux", "pastoralism", "herders", "cattle", "agriculteurs", "farmers",
        "farming", "farm", "farms", "cacao", "cocoa", "coton", "cotton", "cereales", "cereals", "engrais", "fertilizer",
        "fertilizers", "fertiliser", "fertilisers", "agro-industrie", "agro-industry", "agribusiness", "agroalimentaire",
        "agro-alimentaire",
        // Agro-industry's other forms and its adjectives.
        "agro-industries", "agro-industriel", "agro-industriels", "agro-industrielle", "agro-industrielles",
        "agro-industrial", "agroindustrial", "agroindustry", "agro-processing", "agroprocessing", "agro-food",
        "agri-food", "agrifood", "agroalimentaires", "agro-alimentaires", "agrotransformation", "horticulture", "horticole", "horticultural", "riz", "rice", "ble", "wheat", "tea", "coffee",
        "sucre", "sugar", "recoltes", "harvest", "harvests", "post-recolte", "post-harvest", "veterinaire", "veterinaires",
        "veterinary", "sante animale", "animal health", "animal disease", "animal diseases", "maladies animales",
        "epizooties", "phytosanitaire", "phytosanitaires", "phytosanitary", "developpement rural", "rural development",
        "irrigue", "irrigues", "irriguee", "irriguees", "irrigated", "paysans", "paysannes", "paysan", "paysanne",
        "crops", "cultures vivrieres", "lentilles", "lentil", "lentils", "maize", "sorgho", "sorghum", "millet", "manioc",
        "cassava", "soja", "soybeans", "agroforesterie", "agroforestry", "agropole", "agropoles", "vegetables",
        "fruits", "legumes", "grain", "grains", "dairy", "laitier", "laitiere", "laitieres",
        // Vines and wine, orchards, bees.
        "viticulture", "viticole", "viticoles", "vigne", "vignes", "vignoble", "vignobles", "vineyard", "vineyards",
        "vins", "wine", "wines", "winemaking", "oenologie", "oenology", "arboriculture", "oleiculture", "olive growing",
        "apiculture", "beekeeping",
    ]),
    (Sector::Health, &[
        "sante", "health", "healthcare", "medical", "medicale", "medicales", "medicaux", "medecine", "medicine",
        "medicines", "medicament", "medicaments", "hopital", "hopitaux", "hospital", "hospitals", "hospitalier",
        "hospitaliere", "hospitaliers", "hospitalieres", "hospitalisation", "hospitalisations", "sanitaire", "sanitaires",
        "transports sanitaires", "vaccin", "vaccins", "vaccine", "vaccines", "vaccination", "pharmaceutique",
        "pharmaceutiques", "pharmaceutical", "pharmaceuticals", "epidemie", "epidemies", "epidemic", "epidemics",
        "pandemie", "pandemies", "pandemic", "pandemics", "maladie", "maladies", "disease", "diseases", "paludisme", "malaria", "vih", "hiv", "sida",
        "tuberculose", "tuberculosis", "soins", "patients", "medecins", "doctors", "infirmiers", "infirmieres", "nurses",
        "clinique", "cliniques", "clinical", "clinic", "clinics", "pathogenes", "pathogens", "chirurgie", "surgery",
        "cancer", "cancers", "telemedecine", "telemedicine", "kinesitherapie", "physiotherapy", "sante publique", "public health",
    ]),
    (Sector::Education, &[
        "education", "enseignement", "enseignements", "enseignants", "enseignant", "enseignants-chercheurs", "teachers", "teacher",
        "formation professionnelle", "vocational", "universitaire", "universitaires", "university", "universities",
        "universite", "universites", "higher education", "enseignement superieur", "scolaire", "scolaires", "school",
        "schools", "ecole", "ecoles", "bourses", "scholarships", "training", "formation", "students", "student",
        "etudiants", "etudiant", "etudiantes", "eleves", "pupils", "learning", "curriculum", "curricula", "apprentissage",
        "apprenticeship", "apprenticeships", "alphabetisation", "literacy", "diplomes", "mobilite des etudiants",
        "lycee", "lycees", "doctorants", "doctoral", "double diplome", "double degree", "joint degree", "joint degrees",
        "cursus", "enseignement technique", "technical education",
        "student mobility", "mobilite etudiante",
    ]),
    (Sector::Science, &[
        "recherche", "research", "researchers", "chercheurs", "scientifique", "scientifiques", "scientific", "science",
        "sciences", "innovation", "innovations", "academic", "laboratoire", "laboratoires", "laboratory", "laboratories", "genomique",
        "genomic",
    ]),
    (Sector::Culture, &[
        "culture", "culturel", "culturels", "culturelle", "culturelles", "cultural", "patrimoine", "heritage", "jeunesse",
        "youth", "sport", "sports", "sportif", "sportifs", "sportive", "sportives", "athletes", "athletisme", "athletics",
        "football", "basketball", "handball", "olympique", "olympiques", "olympic", "medias", "media", "audiovisuel",
        "audiovisual", "arts", "artistique", "artistiques", "artistic", "artistes", "artists", "cinema", "musique", "music",
        "musee", "musees", "museum", "museums", "archives", "bibliotheques", "libraries", "presse", "journalistes",
        "journalists", "television", "radio", "information", "communication",
        // Crafts, letters and the stage.
        "artisanat", "artisanat d'art", "metiers d'art", "handicrafts", "litterature", "literature",
        "theatre", "danse", "dance",
    ]),
    (Sector::Tourism, &[
        "tourisme", "tourism", "touristique", "touristiques", "tourist", "tourists", "touristes", "hotellerie",
        "hospitality", "hotels", "hoteliere", "ecotourisme", "ecotourism",
    ]),
    (Sector::Transport, &[
        "transport", "transports", "routier", "routiere", "routieres", "routiers", "road", "roads", "aerien", "aerienne",
        "aeriennes", "aeriens", "air services", "air transport", "aviation", "maritime", "ferroviaire", "ferroviaires",
        "railway", "railways", "rail", "chemin de fer", "chemins de fer", "port", "ports", "portuaire", "portuaires",
        "routes", "autoroute", "autoroutes", "highway", "highways", "logistique", "logistics", "shipping", "aeroport",
        "aeroports", "airport", "airports", "airline", "airlines", "compagnie aerienne", "metro", "tramway",
        "rolling stock", "materiel roulant", "signalling", "signaling", "mass rapid transit", "bus rapid transit",
        // Not "train": French "en train de" is "in the middle of".
        "trains", "camions", "trucks", "freight", "fret", "direct flights", "vols directs",
        // Roads and their works, transit, urban and inland transport.
        "bitumage", "bitume", "bitumen", "bitumee", "bitumees", "chaussee", "chaussees", "carriageway", "voirie",
        "pistes rurales", "rural roads", "feeder roads", "ouvrages d'art", "echangeur", "echangeurs", "interchange",
        "transit", "gare", "gares", "railway station", "bus", "buses", "autobus",
        "navigation aerienne", "air navigation", "mobilite urbaine", "urban mobility", "light rail", "mrt", "lrt", "brt",
        // Mobility of vehicles, not of people (see `Sector::Migration`).
        "mobilite durable", "sustainable mobility", "mobilite electrique", "electric mobility", "transport collectif",
        "transports collectifs", "transport en commun", "transports en commun", "public transport", "public transit",
        "ferry", "ferries", "fluvial", "fluviale", "inland waterways", "voies navigables", "securite routiere",
        "road safety", "expressway", "expressways", "toll road", "peage", "port sec", "dry port", "conteneurs",
        "containers", "cargo", "transbordement", "transshipment", "permis de conduire", "driving licences", "driving licenses",
    ]),
    (Sector::Environment, &[
        "environnement", "environment", "environmental", "environnemental", "environnementale", "environnementales",
        "environnementaux", "climat", "climate", "climatique", "climatiques", "eau", "eaux", "water", "dessalement",
        "desalination", "inondations", "floods", "flood", "flooding", "foret", "forets", "forest", "forests",
        "biodiversite", "biodiversity", "assainissement", "sanitation", "pollution", "littoral", "coastal",
        "desertification", "dechets", "waste", "meteorologie", "meteorologique", "meteorologiques", "meteorological",
        "meteo", "weather", "sismique", "sismiques", "seismic", "tsunami", "tsunamis", "ocean", "oceans", "reboisement",
        "reforestation", "carbone", "carbon", "ressources naturelles", "natural resources", "faune", "wildlife",
        "braconnage", "poaching", "especes", "species", "faune sauvage", "flore",
        "aires protegees", "protected areas", "hydrological", "hydrologique", "hydrologiques", "rivers", "river", "fleuve",
        "fleuves", "secheresse", "drought", "mangroves", "recyclage", "recycling", "plastique", "plastiques", "plastic",
        "plastics", "mercure", "mercury", "drinking water", "salinisation", "salinization", "erosion", "emissions",
        // Québec's word for waste; household refuse.
        "matieres residuelles", "ordures", "ordures menageres", "garbage",
    ]),
    (Sector::Technology, &[
        "technologie", "technologies", "technology", "technological", "technologique", "technologiques", "numerique",
        "numeriques", "digital", "telecommunications", "telecommunication", "telecoms", "spatial", "spatiale", "spatiales",
        "space", "satellite", "satellites", "extra-atmospherique", "outer space", "intelligence artificielle", "artificial intelligence", "cyber",
        "cybersecurite", "cybersecurity", "ict", "tic", "internet", "fibre optique", "fiber optic", "fibre optic",
        "broadband", "haut debit", "data centers", "data centres", "centres de donnees", "e-gouvernement", "e-government",
        "digitalisation", "digitization", "numerisation", "informatique", "software", "logiciels", "smart cities",
        "smart city", "villes intelligentes", "semi-conducteurs", "semiconductors", "startups", "start-up", "start-ups",
    ]),
    (Sector::Labor, &[
        "emploi", "emplois", "employment", "jobs", "travail", "labour", "labor", "securite sociale", "social security",
        "main-d'oeuvre", "workers", "travailleurs", "migrant workers", "travailleurs migrants", "retraite", "retraites",
        "pensions", "chomage", "unemployment", "protection sociale", "social protection", "prestations sociales",
        "recrutement", "recruitment", "temporary work", "seasonal work", "travail temporaire", "travail saisonnier",
        "work permits", "permis de travail",
    ]),
    (Sector::Migration, &[
        "migration", "migrations", "migratoire", "migratoires", "migrants", "migrant", "migratory", "readmission",
        "asile", "asylum", "refugies", "refugees", "mobilite", "mobility", "free movement", "libre circulation",
        "movement of persons", "circulation des personnes", "apatridie", "statelessness", "diaspora", "immigration",
        "emigration",
    ]),
    (Sector::Humanitarian, &[
        "humanitaire", "humanitaires", "humanitarian", "aide d'urgence", "emergency relief", "secours", "relief",
        "nutrition", "malnutrition", "disaster", "disasters", "catastrophe", "catastrophes", "catastrophes naturelles",
        "disaster management", "displaced", "deplacees", "deplaces", "protection civile", "civil protection",
        "search and rescue", "recherche et sauvetage",
    ]),
];

/// The sector keyword lexicon.
pub(crate) fn sectors() -> Lexicon<Sector> {
    Lexicon::new(SECTOR_WORDS.iter().flat_map(|&(s, words)| words.iter().map(move |w| (w.to_string(), s))))
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
            ("a joint declaration of intent", LetterOfIntent, false),
            ("une déclaration conjointe d’intention", LetterOfIntent, false),
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
    fn each_sector_word_belongs_to_one_sector() {
        let mut seen = std::collections::HashMap::new();
        for &(sector, words) in SECTOR_WORDS {
            for w in words {
                // Folded already: the table is matched against folded text.
                assert_eq!(Folded::new(w).text, *w, "{w} is not folded");
                if let Some(other) = seen.insert(*w, sector) {
                    panic!("{w} is listed under {other:?} and {sector:?}");
                }
            }
        }
        // Every sector of the schema has words.
        assert_eq!(SECTOR_WORDS.len(), 18);
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

