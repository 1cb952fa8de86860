// English word classes the speaker finder needs. Sources: AP Stylebook "titles" and
// "abbreviations" entries (titles, honorifics), Wikipedia "List of name particles" (particles),
// and the subjects PolNeAR / GGT annotators marked as speech sources (group and organisation heads).

/** Nouns that name a role: "spokesman" in "Kremlin spokesman Dmitry Peskov". */
export const EN_TITLE_NOUNS: ReadonlySet<string> = new Set([
  "spokesman", "spokeswoman", "spokesperson", "minister", "president", "negotiator", "envoy", "secretary",
  "senator", "sen.", "rep.", "representative", "congressman", "congresswoman", "governor", "gov.", "mayor",
  "chief", "director", "ceo", "cfo", "coo", "chairman", "chairwoman", "chair", "head", "leader", "ambassador",
  "commander", "general", "gen.", "officer", "adviser", "advisor", "aide", "analyst", "professor", "prof.",
  "dr.", "economist", "researcher", "lawyer", "attorney", "judge", "justice", "prosecutor", "candidate",
  "strategist", "manager", "founder", "co-founder", "executive", "editor", "correspondent", "member",
  "lawmaker", "councillor", "councilman", "councilwoman", "mp", "premier", "chancellor", "king", "queen",
  "prince", "princess", "pope", "pastor", "bishop", "coach", "captain", "nominee", "frontman", "host",
  "author", "owner", "partner", "scientist", "expert", "doctor", "teacher", "activist", "mr.", "mrs.", "ms.",
  "lt.", "col.", "maj.", "capt.", "sgt.", "adm.", "cmdr.", "supt.", "insp.", "rev.", "hon.", "sir", "dame",
  "lord", "lady", "vice-president", "president-elect", "spokesmen", "commissioner", "inspector", "sheriff",
  "superintendent", "principal", "dean", "provost", "rabbi", "imam", "cardinal", "archbishop", "deputy",
  "undersecretary", "administrator", "official", "negotiator", "mediator", "presenter", "anchor",
  "physician", "surgeon", "nurse", "engineer", "investor", "entrepreneur", "businessman", "businesswoman",
  "billionaire", "columnist", "writer", "reporter", "historian", "novelist", "actor", "actress", "singer",
  "player", "striker", "defender", "goalkeeper", "manager", "boss", "chef", "campaigner", "organizer",
  "organiser", "coordinator", "superintendent", "treasurer", "comptroller", "auditor", "speaker", "whip",
  "sergeant", "colonel", "major", "lieutenant", "admiral", "marshal", "brigadier", "mufti", "sheikh",
  "emir", "monarch", "attorney-general", "solicitor", "barrister", "counsel", "chairperson", "staffer",
  "consultant", "pollster", "operative", "organizer", "volunteer", "donor", "keeper", "clerk", "agent", "pilot",
  "farmer", "fisherman", "guard", "driver",
]);

/** Lower-case words that may stand inside a title before its noun ("special envoy", "chief negotiator"). */
export const EN_TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  "special", "senior", "former", "top", "deputy", "acting", "interim", "foreign", "prime", "vice", "assistant",
  "executive", "chief", "general", "press", "defense", "defence", "finance", "economy", "health", "interior",
  "justice", "state", "national", "security", "presidential", "lead", "principal", "associate", "managing",
  "longtime", "veteran", "then", "outgoing", "incoming", "current", "regional", "local", "federal",
  "communications", "policy", "campaign", "party", "team", "club", "government", "military", "economic",
  "political", "legal", "senior", "junior", "public", "foreign-policy", "trade", "energy", "education",
  "environment", "labour", "labor", "transport", "culture", "agriculture", "emergency", "intelligence",
  "staff", "news", "research", "investment", "union", "opposition", "ruling", "co", "founding",
]);

/** Head nouns of organisations ("the ministry said", "the Civic Action study found"). */
export const EN_ORGANIZATION_NOUNS: ReadonlySet<string> = new Set([
  "kremlin", "ministry", "government", "department", "agency", "commission", "council", "committee", "party",
  "campaign", "office", "company", "firm", "bank", "court", "army", "military", "administration", "house",
  "pentagon", "embassy", "union", "association", "institute", "university", "organization", "organisation",
  "group", "coalition", "foundation", "board", "authority", "service", "study", "report", "survey", "poll",
  "statement", "newspaper", "network", "parliament", "congress", "senate", "cabinet", "presidency",
  "corporation", "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "team", "club", "league", "federation",
  "alliance", "center", "centre", "command", "police", "prosecutor's office", "white house", "regulator",
  "bureau", "secretariat", "tribunal", "assembly", "federation", "network", "channel", "agency", "website",
  "magazine", "journal", "paper", "outlet", "broadcaster", "station", "hospital", "school", "church",
  "movement", "network", "airline", "carrier", "manufacturer", "maker", "retailer", "operator", "insurer",
  "lab", "laboratory", "ministry's", "data", "figures", "census", "document", "letter", "memo", "filing",
  "lawsuit", "complaint", "indictment", "analysis", "review", "audit", "research", "index", "forecast",
  "trust", "council", "charity", "watchdog", "regulator", "operator", "utility", "consortium", "firm's",
]);

/** Plural or collective heads of groups ("officials said", "analysts warn"). */
export const EN_GROUP_NOUNS: ReadonlySet<string> = new Set([
  "officials", "authorities", "analysts", "experts", "sources", "critics", "residents", "lawmakers", "people",
  "voters", "supporters", "protesters", "witnesses", "observers", "diplomats", "investigators", "prosecutors",
  "scientists", "researchers", "doctors", "economists", "leaders", "members", "advocates", "activists",
  "aides", "parents", "students", "workers", "users", "fans", "executives", "organizers", "organisers",
  "negotiators", "ministers", "commanders", "troops", "soldiers", "militants", "rebels", "demonstrators",
  "campaigners", "families", "citizens", "democrats", "republicans", "conservatives", "liberals",
  "representatives", "spokesmen", "spokespeople", "employees", "staff", "teachers", "nurses", "locals",
  "farmers", "owners", "operators", "unions", "groups", "allies", "opponents", "rivals", "backers", "others",
  "delegates", "senators", "governments", "police", "participants", "respondents", "insiders", "skeptics",
  "sceptics", "environmentalists", "historians", "lawyers", "attorneys", "judges", "officers", "agencies",
  "companies", "firms", "banks", "states", "countries", "nations", "team", "caucus-goers", "americans",
]);

export const EN_PRONOUNS: Readonly<Record<string, "person" | "group" | "organization" | "any" | "relative">> = {
  he: "person", she: "person", they: "any", it: "organization", i: "person", we: "any", who: "relative",
};

export const EN_DETERMINERS: ReadonlySet<string> = new Set([
  "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
  "some", "many", "other", "another", "both", "several", "most", "few", "two", "three", "four", "all", "one",
]);

export const EN_NAME_PARTICLES: ReadonlySet<string> = new Set([
  "de", "da", "di", "del", "della", "der", "den", "van", "von", "bin", "ibn", "al", "el", "la", "le", "du",
  "dos", "das", "ter", "ten", "st.", "abu", "bint", "mac", "y",
]);

export const EN_AUXILIARIES: ReadonlySet<string> = new Set([
  "has", "have", "had", "also", "repeatedly", "previously", "later", "then", "recently", "publicly", "again",
  "once", "would", "will", "did", "does", "do", "is", "was", "were", "are", "been", "be", "often", "still",
  "just", "already", "further", "first", "never", "not", "reportedly", "allegedly", "privately", "separately",
  "himself", "herself", "themselves", "itself", "had", "could", "may", "might", "can", "should", "flatly",
  "openly", "quickly", "immediately", "subsequently", "simply", "only", "even", "has", "frequently",
  "explicitly", "specifically", "initially", "finally", "ultimately", "always", "similarly", "likewise",
  "now", "soon", "generally", "usually", "largely", "long", "privately", "earlier", "today", "yesterday", "formally",
  "cannot", "can't", "can’t", "won't", "won’t", "wouldn't", "wouldn’t", "didn't", "didn’t", "doesn't", "doesn’t",
  "don't", "don’t", "couldn't", "couldn’t", "must", "hasn't", "hasn’t", "haven't", "haven’t",
]);

export const EN_TIME_WORDS: ReadonlySet<string> = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
  "tonight", "tomorrow", "morning", "afternoon", "evening", "night", "earlier", "later", "late", "last",
  "this", "next", "week", "month", "year", "weekend", "recently", "early", "previous", "past", "day", "days",
  "ago", "overnight", "weeks", "months", "years", "midday", "separately", "again", "also", "publicly",
  "privately", "repeatedly", "then", "once", "afterwards", "afterward",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.",
]);

export const EN_ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set([
  "in", "on", "at", "during", "via", "through", "from", "after", "before", "while", "over", "to", "with",
  "when", "for", "ahead", "upon", "in an", "outside", "inside",
]);

/** Capitalised words that start sentences but never names. */
export const EN_NOT_NAMES: ReadonlySet<string> = new Set([
  "the", "a", "an", "but", "and", "however", "in", "on", "at", "it", "this", "that", "when", "while", "after",
  "before", "if", "as", "so", "yet", "or", "also", "still", "meanwhile", "despite", "following", "according",
  "for", "from", "with", "although", "though", "because", "since", "then", "there", "here", "now", "last",
  "earlier", "later", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday",
  "saturday", "sunday", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "its", "my",
  "what", "which", "who", "whom", "whose", "why", "how", "where", "not", "no", "yes", "all", "some", "many",
  "most", "both", "each", "every", "other", "such", "these", "those", "by", "to", "of", "about", "speaking",
  "asked", "instead", "indeed", "thus", "nor", "once", "only", "even", "just", "well", "mr", "do", "does",
  "is", "was", "are", "were", "be", "has", "have", "had", "will", "would", "can", "could", "should", "may",
  "said", "says", "told", "added", "under", "over", "between", "among", "during", "until", "unlike", "like",
  "whether", "again", "first", "second", "third", "next", "one", "two", "three", "several", "more", "less",
  "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
  "december", "i’m", "i'm", "we’re", "we're", "they’re", "they're", "he’s", "he's", "she’s", "she's", "it’s",
  "that’s", "that's", "there’s", "there's", "what’s", "what's", "i’ve", "i've", "we’ve", "we've", "i’d", "i'd",
  "any", "additional", "further", "more", "let", "please", "thank", "thanks", "hello", "oh", "dear", "sir", "madam", "here's", "it's",
]);

export const EN_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  "and", "or", "but", "nor", "with", "by", "to", "for", "on", "at", "from", "as", "that", "than", "when",
  "while", "after", "before", "because", "if", "is", "was", "are", "were", "be", "been", "has", "have", "had",
  "like", "about", "against", "between", "among", "including", "into", "onto", "over", "under", "since",
  "until", "so", "yet", "also", "not", "no", "which", "who", "whom", "whose", "where", "what", "this", "it",
  "he", "she", "they", "we", "i", "you", "his", "her", "their", "its", "our", "my", "your", "him", "them",
  "us", "me", "there", "here", "then", "now", "very", "more", "less", "just", "only", "even", "still",
  "said", "says", "told", "tells", "say", "do", "does", "did", "can", "could", "would", "will", "should",
  "may", "might", "must", "shall", "although", "though", "whether", "per", "via", "during", "without",
  "within", "upon", "toward", "towards", "across", "through", "around", "behind", "beyond", "despite",
]);

export const EN_QUANTITY_WORDS: ReadonlySet<string> = new Set([
  "half", "third", "thirds", "quarter", "quarters", "majority", "minority", "most", "many", "some", "few",
  "percent", "%", "none", "all", "both", "several", "dozens", "hundreds", "thousands", "millions", "number",
]);

/** Gendered pronouns, honorifics and role nouns (AP Stylebook "courtesy titles"; common news nouns). */
export const EN_GENDER_WORDS: Readonly<Record<string, "f" | "m">> = {
  he: "m", him: "m", his: "m", himself: "m", she: "f", her: "f", hers: "f", herself: "f",
  "mr.": "m", mr: "m", "mrs.": "f", mrs: "f", "ms.": "f", ms: "f", sir: "m", lord: "m", dame: "f", lady: "f",
  spokesman: "m", spokeswoman: "f", congressman: "m", congresswoman: "f", chairman: "m", chairwoman: "f",
  businessman: "m", businesswoman: "f", councilman: "m", councilwoman: "f", actor: "m", actress: "f",
  king: "m", queen: "f", prince: "m", princess: "f", father: "m", mother: "f", husband: "m", wife: "f",
  brother: "m", sister: "f", son: "m", daughter: "f", man: "m", woman: "f", boy: "m", girl: "f",
  grandfather: "m", grandmother: "f", uncle: "m", aunt: "f", widow: "f", widower: "m", mom: "f", dad: "m",
  frontman: "m", frontwoman: "f", sportsman: "m", sportswoman: "f", nun: "f", priest: "m",
};

/** Prepositions whose object is not the subject of its sentence ("between Clinton and Sanders",
 * "Like Makaeff, … Roffman doesn't"): a name after one is a weaker antecedent for a later "he". */
export const EN_OBLIQUE_PREPOSITIONS: ReadonlySet<string> = new Set([
  "about", "against", "among", "behind", "beside", "between", "by", "like", "unlike", "over", "under", "than",
  "toward", "towards", "versus", "vs.", "with", "without", "for", "on", "into", "onto", "upon", "including",
  "past", "beyond", "alongside", "amid", "despite", "after", "before", "during", "via", "through",
]);

/** Words that title case keeps in lower case (Chicago Manual of Style 8.159: articles, short
 * prepositions, coordinating conjunctions), to tell a title of a work from speech. */
export const EN_TITLE_CASE_LOWER: ReadonlySet<string> = new Set([
  "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "nor", "by", "with", "from", "as", "up", "via", "vs.",
]);

/** Relative pronouns that open a clause describing a source ("an official who spoke …"). */
export const EN_RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(["who", "whose", "which"]);

/** Coordinating conjunctions that may open a sentence before its subject ("And although …"). */
export const EN_CONJUNCTIONS: ReadonlySet<string> = new Set(["and", "but", "yet", "so", "or"]);

/** Conjunctions that open an adverbial clause ("said in the spring, when the story broke, “…”"). */
export const EN_SUBORDINATORS: ReadonlySet<string> = new Set([
  "when", "while", "as", "after", "before", "since", "if", "because", "although", "though", "once", "until", "whenever",
]);

/** Prepositions of place: a name after them is rarely the person a later "he" refers to. */
export const EN_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "at", "from", "to", "near", "across", "into", "outside", "inside", "throughout", "of"]);

/** Heads and parts of place names (Westchester County, Sir Winston Churchill Square, New Hampshire). */
export const EN_PLACE_NOUNS: ReadonlySet<string> = new Set([
  "county", "state", "city", "street", "avenue", "road", "square", "park", "river", "island", "valley", "mountain",
  "lake", "beach", "airport", "station", "hall", "tower", "bridge", "province", "district", "region", "republic",
  "kingdom", "united", "north", "south", "east", "west", "new", "national", "international",
]);

/** What a person writes or says, owned by its author ("Bush's Facebook post:", "the senator's
 * statement:"). From the PolNeAR guidelines' sources of attribution (documents and posts). */
export const EN_STATEMENT_NOUNS: ReadonlySet<string> = new Set([
  "post", "posts", "statement", "statements", "tweet", "tweets", "letter", "message", "email", "e-mail", "speech",
  "remarks", "column", "op-ed", "memo", "note", "essay", "blog", "testimony", "address", "announcement", "video",
]);

/** Nouns of works whose title may stand after them in quotation marks ("the book “Clinton Cash”",
 * "his show “The Apprentice”"). From AP style's list of composition titles set in quotation marks. */
export const EN_WORK_NOUNS: ReadonlySet<string> = new Set([
  "book", "books", "film", "films", "movie", "movies", "show", "shows", "program", "programme", "series", "documentary",
  "novel", "memoir", "album", "song", "songs", "article", "column", "op-ed", "essay", "podcast", "newspaper", "magazine",
  "episode", "play", "poem", "opera", "musical", "sitcom", "painting", "exhibition", "textbook", "biography", "autobiography",
]);

/** Heads of organisation nouns that name a body acting in its own right, which "the utility",
 * "the ministry" refer back to (not documents such as "the study" or "the poll", nor parties and
 * campaigns, which the article often names for several people). A subset of EN_ORGANIZATION_NOUNS. */
export const EN_BODY_NOUNS: ReadonlySet<string> = new Set([
  "ministry", "government", "department", "agency", "commission", "council", "committee", "company", "firm",
  "bank", "utility", "regulator", "operator", "authority", "bureau", "board", "union", "association",
  "organization", "organisation", "institute", "university", "foundation", "corporation", "airline", "carrier",
  "manufacturer", "maker", "retailer", "insurer", "watchdog", "charity", "broadcaster", "embassy", "consortium",
]);

/** Possessive pronouns that stand for the author of a statement ("her statement said", "his letter reads"). */
export const EN_POSSESSIVE_PRONOUNS: Readonly<Record<string, { refers: "person" | "any"; gender?: "f" | "m" }>> = {
  his: { refers: "person", gender: "m" }, her: { refers: "person", gender: "f" }, their: { refers: "any" },
};

/** Words set apart from names above (modals, months) that are given names or surnames when they
 * stand next to another name: "Prime Minister Theresa May", "Will Estrada", "April Ryan". */
export const EN_NAME_LIKE_WORDS: ReadonlySet<string> = new Set(["may", "will", "june", "april", "august"]);
