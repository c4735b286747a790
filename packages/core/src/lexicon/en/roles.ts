/**
 * Titles and roles of people in English news, lower-case. They stand capitalised before a name
 * ("Economy Minister X", "Chief Executive X") and in lower case in appositions ("X, head of …",
 * "its president, X").
 */
export const EN_ROLE_WORDS: ReadonlySet<string> = new Set(
  `president vice-president minister chancellor premier secretary spokesman spokeswoman spokesperson
  head chief director chairman chairwoman chair ceo cfo executive analyst economist strategist governor
  mayor senator congressman congresswoman representative ambassador envoy professor researcher scientist
  official manager founder co-founder coach manager judge prosecutor lawyer attorney officer commissioner
  adviser advisor leader general commander lieutenant colonel captain sergeant chief-executive investigator
  treasurer partner owner editor correspondent expert physician doctor inspector superintendent
  councillor councilor lawmaker deputy prime king queen prince pope bishop meteorologist climatologist
  hydrologist seismologist epidemiologist virologist engineer lecturer historian sociologist psychologist
  campaigner consultant trustee critic reporter journalist columnist surgeon athlete player striker
  goalkeeper auditor activist organiser organizer architect pilot examiner receiver liquidator
  administrator ombudsman member`
    .split(/\s+/)
    .filter(Boolean),
);

/** Nouns for English institutions that speak ("the ministry", "the agency"), matched as last words. */
export const EN_BODY_WORDS: ReadonlySet<string> = new Set(
  `ministry agency department office government commission council court police army company group
  bank institute association federation union authority regulator service committee parliament
  administration board portal companies firms firm retailer carmaker automaker airline insurer lender
  manufacturer supplier operator broadcaster watchdog startup charity conglomerate forecaster utility`
    .split(/\s+/)
    .filter(Boolean),
);

/** English unnamed sources ("analysts said", "officials told …"). */
export const EN_SOURCE_WORDS: ReadonlySet<string> = new Set(
  `analysts officials experts sources economists residents witnesses observers critics people
  investors traders diplomats nurse nurses worker workers commuter commuters passenger passengers
  resident witness official source driver drivers farmer farmers teacher teachers student students
  customer customers shopper shoppers voter voters regulators auditors investigators prosecutors
  lawmakers legislators inspectors researchers scientists`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Verbs of a relative clause after a name that say what post the person holds ("X, who chairs the
 * supporters' trust, told …", "Y, who runs a bakery in the town, said …"), present and past.
 */
export const EN_ROLE_CLAUSE_VERBS: ReadonlySet<string> = new Set(
  `chairs chaired leads led runs ran heads headed founded co-founded owns owned manages managed coaches
  coached directs directed represents represented oversees oversaw captains captained edits edited`
    .split(/\s+/)
    .filter(Boolean),
);

/** Verbs that give a person a post named after "as" ("appointed X as interim administrator"), past forms. */
export const EN_APPOINTING_VERBS: ReadonlySet<string> = new Set(
  'appointed named hired elected nominated installed chose picked confirmed reappointed'.split(' '),
);
