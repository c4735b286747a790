/**
 * What stands between "according to" and the source's name in English news: the document ("estimates by",
 * "data from", "a survey by") and a descriptor of the source ("research firm", "consultancy"). Lower-case.
 */
export const EN_SOURCE_DOCUMENTS: readonly string[] = [
  'estimates',
  'estimate',
  'data',
  'figures',
  'calculations',
  'analysis',
  'report',
  'survey',
  'poll',
  'study',
  'research',
  'forecast',
  'forecasts',
  'projections',
  'statistics',
];

/** Head nouns of an English source descriptor: "research firm X", "consultancy X", "data provider X". */
export const EN_SOURCE_DESCRIPTORS: readonly string[] = [
  'firm',
  'company',
  'group',
  'provider',
  'consultancy',
  'house',
  'agency',
  'tracker',
];

/**
 * Verbs whose subject gives a figure of their own when a possessive and a forecast follow: "X cut his
 * price target to $80", "Y raised its forecast" (lower-case).
 */
export const EN_FORECAST_CHANGE_VERBS: readonly string[] = [
  'cut',
  'cuts',
  'raised',
  'raises',
  'lowered',
  'lowers',
  'lifted',
  'lifts',
  'trimmed',
  'trims',
  'slashed',
  'boosted',
  'reiterated',
  'reiterates',
  'set',
  'sets',
];

/** What such a verb changes: "price target", "forecast", "guidance" (lower-case, the words after the possessive). */
export const EN_FORECAST_OBJECTS: readonly string[] = [
  'price target',
  'target',
  'forecast',
  'forecasts',
  'estimate',
  'estimates',
  'outlook',
  'guidance',
  'rating',
];

/** Words that may stand between a subject and its reporting verb: "Analysts had expected", "X has also said". */
export const EN_VERB_AUXILIARIES: readonly string[] = [
  'had',
  'has',
  'have',
  'would',
  'will',
  'also',
  'previously',
  'earlier',
];

/** What a source descriptor's head may be qualified by: "research firm X", "data provider X" (lower-case). */
export const EN_SOURCE_QUALIFIERS: readonly string[] = [
  'research',
  'market-research',
  'consulting',
  'analytics',
  'data',
  'advisory',
  'polling',
  'ratings',
  'rating',
  'brokerage',
];

/**
 * Words in the name of a scientific journal: a study "published in the X" names a journal only when X holds
 * one of them ("the New England Journal of Medicine", "The Lancet"), not a place ("in the United States").
 */
export const EN_JOURNAL_WORDS: readonly string[] = [
  'Journal',
  'Lancet',
  'Annals',
  'Proceedings',
  'Review',
  'Letters',
  'Bulletin',
  'Medicine',
  'BMJ',
  'JAMA',
  'Nature',
  'Science',
  'Cell',
  'PNAS',
  'PLOS',
];
