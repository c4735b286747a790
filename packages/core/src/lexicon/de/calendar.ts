/** German month names and their abbreviations, lower-case, to month numbers 1–12. */
export const MONTHS: Readonly<Record<string, number>> = {
  januar: 1,
  jänner: 1,
  jan: 1,
  februar: 2,
  feber: 2,
  feb: 2,
  märz: 3,
  maerz: 3,
  mär: 3,
  mrz: 3,
  april: 4,
  apr: 4,
  mai: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  dezember: 12,
  dez: 12,
};

/** German weekday names, lower-case, to JavaScript day numbers (0 = Sunday). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  sonntag: 0,
  montag: 1,
  dienstag: 2,
  mittwoch: 3,
  donnerstag: 4,
  freitag: 5,
  samstag: 6,
  sonnabend: 6,
};

/** A regex alternation of the full month names, for building patterns. */
export const MONTH_PATTERN =
  'Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember';

/** A regex alternation of the weekday names, for building patterns. */
export const WEEKDAY_PATTERN = 'Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag';

/**
 * Nouns for a period that a figure may follow as a time adverbial ("im Vorjahr 412", "im Herbst 455"),
 * lower-case: after them a number is a count of that period, not the noun's label ("Gleis 3").
 */
export const PERIOD_NOUNS: readonly string[] = [
  'jahr',
  'vorjahr',
  'vorjahreszeitraum',
  'halbjahr',
  'quartal',
  'vorquartal',
  'monat',
  'vormonat',
  'woche',
  'vorwoche',
  'tag',
  'vortag',
  'frühjahr',
  'frühling',
  'sommer',
  'herbst',
  'winter',
  'wochenende',
];
