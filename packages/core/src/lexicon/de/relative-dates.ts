/** Words that move a named week, month, year or weekday away from the article's date ("letzte Woche"). */
export const RELATIVE_QUALIFIERS: Readonly<Record<string, -1 | 0 | 1>> = {
  letzte: -1,
  vergangene: -1,
  vorige: -1,
  vorherige: -1,
  diese: 0,
  laufende: 0,
  kommende: 1,
  nächste: 1,
  naechste: 1,
  folgende: 1,
};

/** A regex alternation of the qualifier stems (inflection endings are matched separately). */
export const RELATIVE_QUALIFIER_PATTERN =
  'letzt|vergangen|vorig|vorherig|dies|laufend|kommend|nächst|naechst|folgend';

// The qualifiers by stem, built once; the first qualifier of a stem wins, as a scan in key order would find it.
const QUALIFIER_STEMS = new Map<string, -1 | 0 | 1>();
for (const [key, value] of Object.entries(RELATIVE_QUALIFIERS)) {
  const stem = key.replace(/e$/u, '');
  if (!QUALIFIER_STEMS.has(stem)) QUALIFIER_STEMS.set(stem, value);
}

/** Maps an inflected qualifier ("letztem", "kommenden") to its offset, or undefined. */
export function qualifierOffset(word: string): -1 | 0 | 1 | undefined {
  const stem = word.toLowerCase().replace(/(e[mnrs]?|es)$/u, '');
  return QUALIFIER_STEMS.get(stem);
}

/** Days relative to the article's date, as chrono's German casual parser reads them. */
export const RELATIVE_DAYS: Readonly<Record<string, number>> = {
  vorgestern: -2,
  gestern: -1,
  heute: 0,
  morgen: 1,
  übermorgen: 2,
};

/** Words before "heute" that make it a state ("bis heute") rather than the day of an event. */
export const NON_EVENT_BEFORE_TODAY = ['bis', 'von', 'noch', 'schon', 'erst', 'auch'] as const;

/** Part-of-month words ("Anfang August"); the date keeps month precision. */
export const MONTH_PARTS = ['Anfang', 'Mitte', 'Ende', 'Beginn'] as const;

/** Seasons that date a year ("im Sommer 2023"); the date keeps year precision. */
export const SEASONS = [
  'Frühjahr',
  'Frühling',
  'Sommer',
  'Herbst',
  'Winter',
  'Jahreswechsel',
  'Jahresbeginn',
  'Jahresende',
] as const;

/** Words that mark a preceding bare year as a date ("im Jahr 2022", "seit 2014"). */
export const YEAR_MARKERS = [
  'Jahr',
  'Jahre',
  'Jahres',
  'Jahren',
  'seit',
  'Anfang',
  'Mitte',
  'Ende',
  'Beginn',
  'Frühjahr',
  'Frühling',
  'Sommer',
  'Herbst',
  'Winter',
] as const;

/** Words before a number that make it a quantity, never a year ("rund 2000", "mehr als 1900"). */
export const QUANTITY_WORDS = [
  'etwa',
  'rund',
  'über',
  'als',
  'fast',
  'knapp',
  'zu',
  'ca',
  'circa',
  'insgesamt',
  'mindestens',
  'höchstens',
  'nur',
  'weitere',
  'weiteren',
  'auf',
  'um',
  'gut',
  'annähernd',
  'ungefähr',
  'exakt',
  'genau',
] as const;

/** Words near a date that make it a birth or death date, not an event (ages are never dates anyway). */
export const BIRTH_MARKERS = /\b(?:geboren|geb\.|Jahrgang|Geburtstag|Lebensjahr|Todestag)/u;

/** Words that open a publication or update line ("Stand: …", "Veröffentlicht am …"). */
export const PUBLICATION_LINE =
  /^(?:Stand|Veröffentlicht|Aktualisiert|Zuletzt aktualisiert|Erstellt|Erschienen|Publiziert|Datum|Update)\b/iu;

/** Words that put a sentence in the future, so an undated day or month is the next one, not the last. */
export const FUTURE_MARKERS =
  /\b(?:wird|werden|werde|wirst|will|wollen|wolle|soll|sollen|solle|plant|planen|plane|geplant|voraussichtlich|bevorstehend\w*|anstehend\w*|kommende[nmrs]?|nächste[nmrs]?|künftig|würden?|frühestens|erwartet|erwarten|erwarte|prognostiziert|vorhergesagt)\b/iu;

/** Verbs of expecting and intending that put an infinitive clause after them in the future ("rechnet damit, … zu"). */
export const EXPECTATION_MARKERS =
  /\b(?:rechnet|rechne|rechnen|erwartet|erwarte|erwarten|hofft|hoffe|hoffen|beabsichtigt|beabsichtige|kündigte|kündigt|verspricht|versprach|plant|plane)\b/iu;

/** Auxiliaries of the past tenses; a clause with one speaks of the past even if it also says "werden". */
export const PAST_MARKERS = /\b(?:hatte|hatten|hattest|war|waren|wurde|wurden|worden|gewesen)\b/iu;

/**
 * Prepositions and time adverbs that may stand capitalised at a sentence start before a year ("Von 2015
 * bis 2020 …", "Bereits 2019 war …", "Erst 2021 wurde …").
 */
export const YEAR_PREPOSITIONS = [
  'von',
  'vom',
  'bis',
  'ab',
  'seit',
  'zwischen',
  'nach',
  'vor',
  'im',
  'in',
  'bereits',
  'schon',
  'erst',
  'zuletzt',
  'damals',
] as const;
