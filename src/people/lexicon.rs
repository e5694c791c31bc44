//! Word lists for the people recognizer. Every entry is in folded form
//! (lowercase, accents stripped, ’ written '), as tokens of
//! [`crate::normalize::Folded`] text appear.

/// French elided articles and pronouns that the tokenizer splits off the
/// following word ("l'ambassadeur" → "l'" + "ambassadeur").
pub(super) static ELISIONS: Words = Words::new(0, &[
    "l", "d", "j", "qu", "n", "s", "c", "m", "t", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
]);

/// Words that keep a following period as part of the token ("Dr.", "ret.").
pub(super) static ABBREVIATIONS: Words = Words::new(1, &[
    "m", "mm", "mme", "mlle", "dr", "pr", "prof", "mr", "mrs", "ms", "messrs", "hon", "gen", "lt",
    "col", "capt", "maj", "brig", "ret", "retd", "rtd", "jr", "sr", "cdr", "adm", "sgt", "eng",
    "amb", "rt", "engr", "ing", "sen", "cllr", "drs", "dra",
]);

/// One-token honorifics, removed from names ("M.", "Mme", "Dr", "H.E.").
/// Cheikh/Sheikh are handled apart: see [`CHEIKHS`].
pub(super) static HONORIFICS: Words = Words::new(2, &[
    "m.", "mm.", "mme", "mme.", "mlle", "mlle.", "dr", "dr.", "pr", "pr.", "prof", "prof.",
    // Québec's feminine "Dre" (docteure).
    "dre", "dre.",
    "professeur", "professor", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "messrs", "messrs.", "sir",
    "dame", "s.e.", "h.e.", "hon.", "hon", "honourable", "honorable", "dato'", "dato", "datuk",
    // "Son Excellence Monsieur" in one: "S.E.M. X", "SEM X".
    "s.e.m.", "sem",
    "datin", "tun", "eng.", "amb.", "rt", "rt.", "hrh", "h.r.h.",
    // Amharic "Ato" (Mr) and "Weyzero" (Mrs), as Ethiopian releases
    // write them.
    "ato", "weyzero",
    // Majesties and highnesses, traditional rulers' as royals' ("S.M. X",
    // a chief in Cameroon; "H.M.", "S.A.R.", "H.H.").
    "s.m.", "h.m.", "s.a.r.", "s.a.", "h.h.",
    // Spelled out: "Monsieur", "Madame" in communiqués, "Madam" in English.
    "monsieur", "madame", "mademoiselle", "messieurs", "mesdames", "madam",
    // Regional: pilgrims' titles in West Africa and the Malay world
    // ("Alhaji", "Hajah"; "Haji" inside "binti Haji Karim" stays, as only
    // a name's opening words are honorifics), Brunei's "Awang"/"Dayang",
    // Indian "Shri"/"Smt", Fijian "Ratu"; the Omani royal family's
    // "Sayyid", "Sayyida", as the Gulf's "Sheikh" (see [`CHEIKHS`]).
    "alhaji", "alhaja", "haji", "hajah", "hajjah", "shri", "smt", "shrimati", "ratu", "awang", "dayang",
    "sayyid", "sayyida", "sayyidah",
    // Professional titles used as honorifics: "l'ingénieur X", "Engr. X",
    // "Maître X".
    "ingenieur", "ing.", "engr", "engr.", "maitre", "docteur",
    // ... and in Haiti and Francophone Africa "l'agronome X",
    // "l'architecte X"; clerics' "Mgr X", "l'abbé X", "Rev. X".
    "agronome", "architecte", "mgr", "mgr.", "monseigneur", "abbe", "reverend", "rev.",
    // Academic and professional titles of Indonesia, the Philippines,
    // Latin America and central Europe ("Prof. Dr. Ir. X", "Drs. Y",
    // "Atty. Z", "Lic. W", "Mag. V"), and Malay "Puan", "Encik".
    "ir", "ir.", "drs", "drs.", "dra", "dra.", "hj", "hj.", "atty", "atty.", "lic", "lic.", "licenciado", "licenciada",
    "mag.", "puan", "encik",
    // A legislator's title before a name ("Senator X, Minister of ..."),
    // and a local one ("Councillor X", "Cllr X", "Alderman X").
    "senator", "sen.", "councillor", "councilor", "cllr", "cllr.", "alderman",
]);

/// The honorifics that are professional or clerical titles, which French
/// writes in lowercase after an article: "le professeur X", "l'ingénieur
/// X", "l'agronome X", "l'abbé X".
pub(super) const LOWERCASE_TITLES: &[&str] =
    &["professeur", "ingenieur", "docteur", "maitre", "agronome", "architecte", "abbe", "monseigneur", "reverend"];

/// Nouns of bodies that [`ORG_WORDS`] lacks, whose name may follow them
/// opening on a capitalized article: "la coopérative Les Vignerons de
/// Cahors", "l'association La Maison du Mali".
pub(super) const BODY_NOUNS: &[&str] = &[
    "cooperative", "association", "fondation", "foundation", "federation", "club", "collectif", "reseau", "network",
    "syndicat", "mutuelle", "maison", "entreprise", "firme", "chaine", "journal", "troupe", "orchestre", "compagnie",
];

/// The first words of an excellency's honorific ("H.E.", "S.E.", "Son
/// Excellence", "His Excellency", "Hon."), after which "Sheikh" is a title
/// ("H.E. Sheikh Khalid"); after any other ("M.", "Dr", "Maître") it is a
/// given name ("Dr Cheikh Tidiane Gadio").
pub(super) const EXCELLENCIES: &[&str] = &["h.e.", "s.e.", "son", "his", "her", "hon.", "hon", "honourable", "honorable", "hrh", "h.r.h.", "h.h."];

/// Honorifics that are also given names in the Sahel ("Cheikh Ould Ely"):
/// stripped only when the name does not look like a Mauritanian one.
pub(super) static CHEIKHS: Words = Words::new(3, &["cheikh", "cheikha", "sheikh", "sheikha", "shaikh"]);

/// "Ambassador" used as an honorific inside a chain ("H.E. Ambassador X").
pub(super) static AMBASSADOR_WORDS: Words = Words::new(4, &["ambassador", "ambassadeur", "ambassadrice"]);

/// Military ranks, as token sequences; the longest match wins.
pub(super) const RANKS: &[&[&str]] = &[
    &["general", "de", "corps", "d'", "armee"],
    &["general", "de", "brigade", "aerienne"],
    &["general", "de", "division"],
    &["general", "de", "brigade"],
    &["general", "d'", "armee"],
    &["marechal", "de", "l'", "air"],
    &["lieutenant-colonel"],
    &["lieutenant", "colonel"],
    &["lieutenant", "general"],
    &["lieutenant", "gen."],
    &["lt", "gen"],
    &["lt.", "gen."],
    &["lt-gen"],
    &["major", "general"],
    &["maj", "gen"],
    &["maj.", "gen."],
    &["maj-gen"],
    // English ranks also come hyphenated, one token each.
    &["major-general"],
    &["lieutenant-general"],
    &["brigadier-general"],
    &["vice-admiral"],
    &["rear-admiral"],
    &["air-marshal"],
    &["field-marshal"],
    &["brigadier", "general"],
    &["brig.", "gen."],
    &["brig", "gen"],
    &["air", "chief", "marshal"],
    &["air", "vice", "marshal"],
    &["air", "marshal"],
    &["field", "marshal"],
    &["vice", "admiral"],
    &["rear", "admiral"],
    &["vice-amiral"],
    &["contre-amiral"],
    &["colonel-major"],
    &["capitaine", "de", "vaisseau"],
    &["capitaine", "de", "fregate"],
    &["capitaine", "de", "corvette"],
    &["adm."],
    &["cdr."],
    &["general"],
    &["generale"],
    &["gen."],
    // "Gen (Rtd) Moses X", "Gen Muhoozi", as East African papers write it.
    &["gen"],
    &["colonel"],
    &["col."],
    &["commandant"],
    &["capitaine"],
    &["captain"],
    &["capt."],
    &["lieutenant"],
    &["amiral"],
    &["admiral"],
    &["marechal"],
    &["marshal"],
    &["brigadier"],
    // "Brig (retd) Sohail Kiani", as Pakistani papers write it.
    &["brig."],
    &["brig"],
    &["major"],
    &["commodore"],
];

/// What may stand inside the parentheses after a rank: "(ER)", "(retd)".
pub(super) static RETIRED: Words = Words::new(5, &["er", "r", "retd", "retd.", "ret", "ret.", "rtd", "rtd.", "retired"]);

/// French office nouns that head a role.
pub(super) static FR_HEADS: Words = Words::new(6, &[
    "ministre", "president", "presidente", "pdg", "directeur", "directrice", "ambassadeur",
    "ambassadrice", "secretaire", "chef", "commandant", "gouverneur", "gouverneure", "maire",
    "wali", "recteur", "rectrice", "doyen", "doyenne", "commissaire", "representant",
    "representante", "conseiller", "conseillere", "porte-parole", "homologue", "roi", "reine",
    "emir", "prince", "princesse", "sultan", "chancelier", "chanceliere", "inspecteur",
    "inspectrice", "administrateur", "administratrice", "consul", "prefet", "prefete",
    "coordonnateur", "coordonnatrice", "coordinateur", "coordinatrice", "envoye", "envoyee",
    "procureur", "mediateur", "mediatrice",
    // Feminine forms and offices of Belgium, Switzerland and Canada.
    "cheffe", "procureure", "consule", "senateur", "senatrice", "bourgmestre", "mairesse",
    "batonnier", "batonniere",
    "echevin", "echevine", "commandante", "attache", "attachee",
    // A delegation's head abroad ("le délégué général du Québec à Munich",
    // "la déléguée de l'Union européenne"); after another head it stays an
    // adjective ("directeur délégué").
    "delegue", "deleguee",
    // Members of parliaments and assemblies, who often witness a signing
    // ("Jean Roux, député du Finistère", "l'eurodéputée Anne Leroy").
    // ("parlementaire" is an adjective far more often: "la commission
    // parlementaire".)
    "depute", "deputee", "eurodepute", "eurodeputee",
    // The Spanish title of a foreign minister, as French and English
    // reports on Latin America keep it ("le Canciller paraguayen").
    "canciller",
]);

/// English office nouns that head a role.
pub(super) static EN_HEADS: Words = Words::new(7, &[
    "minister", "president", "premier", "chancellor", "ambassador", "envoy", "secretary",
    "director", "chairman", "chairwoman", "chairperson", "chair", "ceo", "cfo", "coo", "governor",
    "mayor", "commissioner", "counterpart", "representative", "head", "chief", "king", "queen",
    "emir", "sultan", "prince", "princess", "dean", "rector", "provost", "spokesman",
    "spokeswoman", "spokesperson", "adviser", "advisor", "administrator", "consul", "attorney",
    "speaker", "undersecretary", "commander", "registrar", "treasurer", "comptroller", "ombudsman",
    "peer", "officer", "manager", "superintendent", "inspector", "controller", "auditor", "leader",
    // Members of parliaments and councils ("Senator Ana Reyes", "Tom Hale,
    // MP for Bristol", "Councillor Ruth Obi").
    "senator", "congressman", "congresswoman", "lawmaker", "legislator", "mp", "mep", "councillor",
    "councilor", "councilman", "councilwoman", "alderman", "prefect",
    // The Spanish title of a foreign minister ("Peruvian Canciller X").
    "canciller",
]);

/// Office nouns that make a hyphenated word a head ("Director-General",
/// "vice-ministre", "haut-commissaire").
pub(super) static HEAD_PARTS: Words = Words::new(8, &[
    "ministre", "minister", "president", "presidente", "directeur", "directrice", "director",
    "secretaire", "secretary", "chancellor", "chancelier", "commissaire", "commissioner",
    "representant", "representante", "representative", "ambassadeur", "ambassador", "attorney",
    "governor", "gouverneur", "chairman", "chairperson", "maire", "mayor",
    // "sous-préfet", "vice-recteur", "vice-consul", "vice-doyen".
    "prefet", "prefete", "recteur", "rectrice", "consul", "consule", "doyen", "doyenne", "dean",
    "rector", "gouverneure", "ambassadrice", "delegue", "deleguee",
]);

/// Heads that are also common given names: they do not end a name.
pub(super) static NAME_LIKE_HEADS: Words = Words::new(9, &["sultan", "prince", "emir", "king", "queen", "chief"]);

/// French words that may precede an office noun inside the role
/// ("Premier ministre", "premier vice-ministre", "haut représentant").
pub(super) static FR_PREMODIFIERS: Words = Words::new(10, &[
    "premier", "premiere", "haut", "haute", "vice", "vice-premier", "vice-premiere", "ancien", "ancienne", "nouveau", "nouvel",
    "nouvelle", "futur", "future", "ex", "sous", "grand",
]);

/// English lowercase words that may precede an office noun inside the role
/// ("deputy prime minister", "the foreign minister").
pub(super) static EN_MODIFIERS: Words = Words::new(11, &[
    "deputy", "vice", "prime", "senior", "junior", "assistant", "acting", "chief", "permanent",
    "cabinet", "federal", "executive", "managing", "general", "principal", "special", "first",
    "second", "crown", "former", "interim", "state", "foreign",
]);

/// English words glued after an office noun that still belong to the title
/// ("Director General", "Chief Executive Officer").
pub(super) static TITLE_WORDS: Words = Words::new(12, &[
    "general", "executive", "officer", "director", "secretary", "minister", "president",
    "chancellor", "commissioner", "designate", "elect", "adviser", "advisor", "operating",
    "financial", "representative", "envoy", "plenipotentiary", "extraordinary", "extraordinaire",
    "plenipotentiaire",
]);

/// Ministerial portfolios and similar domain words. A capitalized run after
/// "Minister of/for" ends where these stop and a name begins ("Minister for
/// Defence Rana Asif Mehmood"); they are never name parts.
pub(super) static PORTFOLIO: Words = Words::new(13, &[
    "defence", "defense", "foreign", "affairs", "trade", "industry", "industries", "commerce",
    "energy", "resources", "mines", "minerals", "mining", "development", "health", "prevention",
    "interior", "justice", "finance", "finances", "economy", "economic", "planning", "education",
    "culture", "knowledge", "sports", "sport", "youth", "heritage", "tourism", "agriculture",
    "water", "sanitation", "environment", "climate", "transport", "transports", "infrastructure",
    "infrastructures", "works", "labour", "labor", "employment", "communication",
    "communications", "information", "technology", "technologies", "science", "sciences",
    "innovation", "research", "security", "home", "state", "cooperation", "co-operation",
    "integration", "investment", "investments", "treasury", "petroleum", "oil", "gas", "power",
    "electricity", "housing", "urban", "rural", "fisheries", "fishing", "maritime", "ocean",
    "marine", "digital", "telecommunications", "post", "aviation", "civil", "women", "gender",
    "family", "social", "welfare", "solidarity", "immigration", "migration", "asylum",
    "religious", "islamic", "endowments", "public", "administration", "service", "services",
    "budget", "customs", "revenue", "statistics", "land", "lands", "forestry", "forests",
    "wildlife", "livestock", "food", "nutrition", "humanitarian", "disaster", "emergency",
    "intelligence", "relations", "international", "regional", "external", "parliamentary",
    "legal", "constitutional", "mass", "primary", "secondary", "higher", "vocational",
    "training", "staff", "army", "navy", "air", "forces", "national", "nationale", "federal",
    "affaires", "etrangeres", "sante", "economie", "energie", "industrie", "interieur",
    "enseignement", "jeunesse", "tourisme", "peche", "peches", "eau", "equipement",
    "logistique", "environnement", "developpement", "investissement", "securite", "travail",
    "emploi", "solidarite", "habitat", "urbanisme", "numerique", "recherche", "formation",
    "artisanat", "exterieur", "defense", "armees", "armee", "terre", "marine", "transition",
    "commerce", "justice", "culture", "partnerships", "partnership", "neighbourhood",
    "enlargement", "crisis", "management", "competition", "competitiveness", "sustainability",
    "sustainable", "growth", "reform", "reforms", "governance", "policy", "policies", "strategy",
    "strategic", "aid", "assistance", "manpower", "entrepreneurship", "enterprise",
    "enterprises", "small", "medium", "business", "industrial", "cohesion", "transformation",
    "modernization", "modernisation", "diaspora", "abroad", "expatriates", "media", "arts",
    "antiquities", "ports", "roads", "railways", "highways", "logistics", "shipping",
    "waterways", "irrigation", "mineral", "hydrocarbons", "renewable", "renewables", "nuclear",
    "atomic", "space", "veterans", "citizenship", "local", "municipal", "territorial",
    "decentralisation", "decentralization", "ecology", "biodiversity", "conservation",
    "worship", "planning", "export", "exports", "promotion", "affaires", "cooperation",
    "commerce", "protection", "consumer", "labour", "sciences", "higher", "oceans", "blue",
    "transportation", "telecom", "telecoms", "ict", "posts", "postal", "broadcasting", "hajj",
    "awqaf", "endowment", "municipalities", "textiles", "textile", "supply", "supplies", "human",
    "rights", "narcotics", "tribal", "overseas", "privatisation", "privatization", "change",
    "children", "elderly", "disabilities", "cooperatives", "dairy", "poultry",
    "pharmaceuticals", "coordination", "provincial", "government", "population", "communities",
    "community", "religion", "religions", "interfaith", "aquaculture",
    "production", "war", "martyrs", "homeland", "emergencies", "disasters", "relief",
    "rehabilitation", "reconstruction", "resettlement", "refugees", "returnees", "geology",
    "metals", "handicrafts", "smes", "standards", "banking", "insurance", "taxation", "excise",
    "presidency", "initiatives", "projects", "programmes", "programs", "delivery", "country", "operations",
]);

/// Words that cannot be part of a name and cannot start one: function words
/// of both languages, discourse words, English months and weekdays, rubric
/// words. Capitalized forms of these are sentence starts, not names.
pub(super) static FUNCTION_WORDS: Words = Words::new(14, &[
    "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "ce", "cet", "cette", "ces",
    "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "selon", "pour", "dans", "sur",
    "par", "en", "au", "aux", "avec", "entre", "apres", "avant", "depuis", "lors", "sous",
    "chez", "et", "ou", "mais", "donc", "ni", "car", "si", "lire", "aussi", "photo", "video",
    "source", "sources", "the", "a", "an", "in", "on", "at", "of", "for", "to", "by", "with",
    "and", "or", "but", "as", "from", "under", "after", "before", "during", "it", "he", "she",
    "they", "we", "this", "that", "these", "those", "its", "his", "her", "their", "there",
    "here", "according", "also", "while", "when", "where", "which", "who", "what", "both",
    "all", "each", "some", "many", "more", "most", "other", "such", "no", "not", "read",
    "see", "click", "copyright", "update", "updated", "today", "yesterday", "meanwhile",
    "earlier", "later", "separately", "however", "moreover", "speaking", "pour", "cependant",
    "toutefois", "ainsi", "enfin", "hier", "aujourd'hui", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november", "december", "lundi", "mardi",
    "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "fevrier", "mars",
    "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
    "qui", "que", "dont", "quant",
]);

/// Capitalized words that mark an organization, a place or a document: a
/// capitalized run containing one is not a person's name.
pub(super) static ORG_WORDS: Words = Words::new(15, &[
    "ministere", "ministry", "forces", "force", "armees", "armee", "army", "navy", "royaume",
    "kingdom", "republique", "republic", "union", "commission", "banque", "bank", "universite",
    "university", "agence", "agency", "fonds", "fund", "company", "compagnie", "societe",
    "group", "groupe", "industries", "engineering", "council", "conseil", "organisation",
    "organization", "office", "authority", "autorite", "corporation", "institute", "institut",
    "faculte", "faculty", "school", "ecole", "centre", "center", "port", "palace", "palais",
    "house", "sea", "mer", "ocean", "river", "fleuve", "lake", "lac", "summit", "sommet",
    "headquarters", "siege", "alliance", "nations", "unies", "united", "states", "etats",
    "etat", "government", "gouvernement", "cabinet", "parliament", "parlement", "assemblee",
    "assembly", "senat", "senate", "court", "cour", "tribunal", "police", "gendarmerie",
    "airport", "aeroport", "hotel", "hospital", "hopital", "stadium", "stade", "avenue",
    "street", "rue", "boulevard", "square", "hall", "salle", "tower", "building", "mission",
    "embassy", "ambassade", "consulat", "consulate", "programme", "program", "project",
    "projet", "plan", "accord", "agreement", "treaty", "traite", "convention", "protocole",
    "protocol", "memorandum", "mou", "declaration", "statement", "communique", "initiative",
    "forum", "conference", "committee", "comite", "secretariat", "direction", "department",
    "departement", "association", "foundation", "fondation", "federation", "network",
    "reseau", "zone", "region", "province", "county", "district", "city", "ville", "island",
    "ile", "islands", "iles", "gulf", "golfe", "north", "south", "east", "west", "nord", "sud",
    "ouest", "central", "centrale", "ltd", "inc", "sa", "plc", "llc", "holding", "holdings",
    "energia", "airlines", "airways", "telecom", "motors", "systems", "solutions", "capital",
    "partners", "royal", "royale", "royales", "royaux", "federale", "africa", "afrique",
    "europe", "asia", "asie", "america", "amerique", "daily", "news", "times", "press",
    "presse", "map", "afp", "aps", "wam", "reuters", "xinhua", "dhabi", "faso", "leone", "lanka",
    "rica", "arabia", "zealand", "kong", "lumpur", "salaam", "aires", "aviv", "verde", "bissau",
    "coast", "cote", "caire", "cairo", "town", "city", "valley", "mount", "mont", "bay", "baie",
    "airport", "railway", "highway", "corridor", "pact", "deal", "deals", "sign", "signs",
    "visit", "visits", "talks", "grid", "interconnect", "interconnector", "pipeline",
    "gazoduc", "oleoduc", "exercise", "exercice", "operation", "club", "fc", "grand",
    "community", "communaute", "affairs", "affaires", "development", "developpement", "cooperation",
    "secretary-general", "secretariat-general", "services", "service", "trade", "commerce",
    // Administrative units ("Secretary Economic Affairs Division X Y").
    "division", "directorate", "bureau", "board", "unit", "chamber", "chambre", "administration",
    "branch", "command", "commandement", "academy", "academie", "college", "laboratory",
    "laboratoire", "institution", "treasury", "tresor", "customs", "douanes",
    // Inspecting bodies and prefectures ("General Inspectorate of Border
    // Police", "Inspection générale", "Commissariat", "Prefecture").
    "inspectorate", "inspection", "commissariat", "prefecture",
]);

/// First words of two-word place names; a place after "Ambassador to" keeps
/// both words before a glued name ("Ambassador to South Africa X Y").
pub(super) static MULTIWORD_PLACE_START: Words = Words::new(16, &[
    "south", "north", "east", "west", "new", "united", "saudi", "sri", "costa", "sierra",
    "burkina", "ivory", "czech", "papua", "san", "sao", "cape", "central", "equatorial", "hong",
    "puerto", "dominican", "abu", "addis", "kuala", "dar", "buenos", "tel", "porto", "el",
    "trinidad", "bosnia", "guinea", "timor",
]);

/// Name particles ("van der", "bin", "Ould"): inside a name, never at its end.
pub(super) static PARTICLES: Words = Words::new(17, &[
    "de", "la", "le", "van", "der", "den", "von", "bin", "ben", "ibn", "al", "el", "da", "dos",
    "das", "di", "del", "della", "ould", "mint", "bint", "binti", "binte", "ter", "ten", "zu", "du", "abu",
    // Irish: "Deirdre Ní Fhlannagáin", "Áine Nic Aoidh", "Máire Uí Bhriain".
    "ni", "nic", "ui", "mhic",
]);

/// Letters after a name that are no part of it ("Ciarán X TD", "Jane Doe
/// MP", "John Smith OBE"), in capitals.
pub(super) const POST_NOMINALS: &[&str] = &["td", "mp", "mep", "msp", "mla", "mpp", "mna", "mha", "qc", "kc", "obe", "mbe", "cbe", "kbe"];

/// Particles that cannot start a name even when capitalized: they are
/// sentence-initial articles ("Le Caire", "La Haye", "Du côté").
pub(super) static ARTICLE_PARTICLES: Words = Words::new(18, &["de", "la", "le", "du"]);

/// Roman numerals after a sovereign's name ("Mohammed VI").
pub(super) static ROMAN: Words = Words::new(19, &[
    "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi",
]);

/// French lowercase words that end a role: verbs, pronouns, conjunctions,
/// adverbs, dates.
pub(super) static FR_STOP: Words = Words::new(20, &[
    "qui", "que", "qu'", "dont", "ou", "lors", "a", "ont", "est", "sont", "sera", "seront",
    "etait", "etaient", "avait", "avaient", "aura", "auront", "ete", "devrait", "devraient",
    "doit", "doivent", "va", "vont", "peut", "peuvent", "fait", "font", "se", "s'", "sa", "son",
    "ses", "leur", "leurs", "ce", "cet", "cette", "ces", "il", "elle", "ils", "elles", "on", "y",
    "ne", "n'", "pas", "plus", "ainsi", "aussi", "egalement", "deja", "hier", "aujourd'hui",
    "demain", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
    "octobre", "novembre", "decembre", "par", "avec", "entre", "sur", "sous", "dans", "apres",
    "avant", "depuis", "pendant", "selon", "contre", "vers", "chez", "comme", "mais", "donc",
    "car", "si", "et", "un", "une", "signe", "signee", "signes", "signees", "recu", "recue",
    "recus", "accompagne", "accompagnee", "indique", "declare", "rappelle", "affirme",
    "souligne", "precise", "explique", "ajoute", "estime", "annonce", "salue", "effectue",
    "conduit", "preside", "presidee", "copreside", "copresidee", "recoit", "accueille",
    "rencontre", "alors", "tandis", "quant", "cela", "ceci", "tout", "tous", "toute", "toutes",
    "lequel", "laquelle", "lesquels", "lesquelles", "ici", "la", "le", "les", "l'", "de", "du",
    "des", "d'", "au", "aux", "en", "pour", "aupres", "ni", "lui", "eux", "attendu", "attendue",
    "arrive", "arrivee", "venu", "venue",
]);

/// French articles that may follow a preposition inside a role.
pub(super) static FR_ARTICLES: Words = Words::new(21, &["la", "le", "les", "l'"]);

/// Determiners skipped before a role or a rank ("le ministre", "the Minister").
pub(super) static DETERMINERS: Words = Words::new(22, &["le", "la", "l'", "les", "the", "son", "sa", "his", "her", "its", "their", "leur"]);

/// French adjectives that the ending test misses ("belge", "adjoint").
pub(super) static FR_ADJECTIVES: Words = Words::new(23, &[
    "belge", "suisse", "russe", "grec", "grecque", "turc", "turque", "tcheque", "slovaque",
    "croate", "serbe", "bulgare", "malgache", "khmer", "burkinabe", "adjoint", "adjointe",
    "general", "generale", "federal", "federale", "exterieur", "superieur", "interieur",
    "permanent", "permanente", "principal", "principale", "sortant", "sortante", "interimaire",
    "honoraire", "parlementaire", "extraordinaire", "plenipotentiaire", "charge", "chargee",
    "delegue", "deleguee", "executif", "executive", "special", "speciale", "resident",
    "residente", "residant", "residante", "sud-africain", "sud-coreen", "nord-coreen",
]);

/// Endings of French adjectives, demonyms above all ("pakistanais",
/// "ivoirienne", "ghanéen", "nigérian", "saoudite", "qatari").
pub(super) static FR_ADJECTIVE_ENDINGS: Words = Words::new(24, &[
    "ais", "aise", "ain", "aine", "ien", "ienne", "een", "eenne", "ois", "oise", "an", "ane",
    "and", "ande", "ol", "ole", "in", "ine", "i", "ite", "al", "ale", "el", "elle", "if", "ive",
    "ique", "aire", "ier", "iere", "eur", "euse",
]);

/// English prepositions and conjunctions that continue a role's complement.
pub(super) static EN_CONNECTORS: Words = Words::new(25, &["of", "for", "to", "in", "on", "at", "and", "&"]);

/// Words before a capitalized run that make it a place, not a person.
pub(super) static LOCATIVES: Words = Words::new(26, &[
    "at", "in", "into", "from", "to", "near", "across", "outside", "inside", "au", "aux", "en",
    "dans", "vers", "l'", "d'", "depuis",
]);

/// Small words a Title Case headline may leave lowercase.
pub(super) static TITLE_SMALL: Words = Words::new(27, &[
    "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "as",
    "from", "vs", "via", "over", "de", "du", "des", "la", "le", "les", "et", "au", "aux", "en",
    "l'", "d'",
]);

/// A word list that answers membership with a hash set built on first use:
/// the scanner asks these lists about every token.
pub(super) struct Words {
    /// This list's bit in a token's membership mask.
    bit: u32,
    list: &'static [&'static str],
}

impl Words {
    const fn new(bit: u32, list: &'static [&'static str]) -> Words {
        Words { bit, list }
    }

    /// This list's bit in a token's membership mask.
    pub(super) const fn mask(&self) -> u32 {
        1 << self.bit
    }

    /// Whether a token's membership mask (from [`mask_of`]) has this list.
    pub(super) fn in_mask(&self, mask: u32) -> bool {
        mask & self.mask() != 0
    }

    /// Whether `w` is in the list: one lookup in the table of every list
    /// (each list is in [`ALL`]).
    pub(super) fn contains(&self, w: &&str) -> bool {
        self.in_mask(mask_of(w))
    }
}

impl std::ops::Deref for Words {
    type Target = [&'static str];
    fn deref(&self) -> &[&'static str] {
        self.list
    }
}

/// Every list, for the combined membership table.
static ALL: &[&Words] = &[&ELISIONS, &ABBREVIATIONS, &HONORIFICS, &CHEIKHS, &AMBASSADOR_WORDS, &RETIRED, &FR_HEADS, &EN_HEADS, &HEAD_PARTS, &NAME_LIKE_HEADS, &FR_PREMODIFIERS, &EN_MODIFIERS, &TITLE_WORDS, &PORTFOLIO, &FUNCTION_WORDS, &ORG_WORDS, &MULTIWORD_PLACE_START, &PARTICLES, &ARTICLE_PARTICLES, &ROMAN, &FR_STOP, &FR_ARTICLES, &DETERMINERS, &FR_ADJECTIVES, &FR_ADJECTIVE_ENDINGS, &EN_CONNECTORS, &LOCATIVES, &TITLE_SMALL];

/// The mask bit of the first words of [`RANKS`].
pub(super) const RANK_FIRST_BIT: u32 = 28;

/// [`mask_of`] the one-byte ASCII token `b` ("&", "/", ","), from a table
/// built once.
pub(super) fn ascii_mask(b: u8) -> u32 {
    static TABLE: std::sync::OnceLock<[u32; 128]> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t = [0; 128];
        for (c, m) in t.iter_mut().enumerate() {
            *m = mask_of(char::from(c as u8).encode_utf8(&mut [0; 4]));
        }
        t
    });
    table[usize::from(b & 0x7f)]
}

/// The lists a word belongs to, as a mask of their bits: one lookup per
/// token instead of one per list and question.
pub(super) fn mask_of(w: &str) -> u32 {
    table().get(w).unwrap_or(0)
}

/// [`mask_of`] the word `text[start..end]`, its key read in place.
pub(super) fn mask_in(text: &str, start: usize, end: usize) -> u32 {
    table().get_in(text.as_bytes(), start, end).unwrap_or(0)
}

/// Every list's words, with the bits of the lists they belong to.
fn table() -> &'static crate::wordhash::PackedMap<u32> {
    static TABLE: std::sync::OnceLock<crate::wordhash::PackedMap<u32>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let entries = ALL
            .iter()
            .flat_map(|words| words.list.iter().map(|w| (*w, 1u32 << words.bit)))
            .chain(RANKS.iter().filter_map(|r| r.first()).map(|w| (*w, 1u32 << RANK_FIRST_BIT)));
        crate::wordhash::PackedMap::new(entries, |a, b| a | b)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `Words::contains` answers from the table of [`ALL`]: every list must
    /// be there, each with its own bit, apart from the rank openers' bit.
    #[test]
    fn every_list_is_in_the_table_with_its_own_bit() {
        let defined = include_str!("lexicon.rs").matches(concat!("Words::", "new(")).count();
        assert_eq!(ALL.len(), defined, "a Words list is missing from ALL");
        let mut bits: Vec<u32> = ALL.iter().map(|w| w.bit).collect();
        bits.sort_unstable();
        bits.dedup();
        assert_eq!(bits.len(), ALL.len(), "two lists share a bit");
        assert!(bits.iter().all(|&b| b < RANK_FIRST_BIT));
        for list in ALL {
            assert!(list.iter().all(|w| list.contains(w)));
        }
        assert!(!HONORIFICS.contains(&"ministre") && FR_HEADS.contains(&"ministre"));
        // A title's period never ends a sentence: the segmenter knows every
        // abbreviation the name reader does ("H.E. Eng. Khalifa ...").
        for w in ABBREVIATIONS.list {
            assert!(crate::segment::ABBREVIATIONS.contains(w), "{w} is not an abbreviation for the segmenter");
        }
        assert!(!FR_HEADS.contains(&"") && !FR_HEADS.contains(&"ministres"));
    }
}
