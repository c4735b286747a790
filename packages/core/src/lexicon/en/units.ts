/**
 * Units written right after an English number without a space ("80mph", "120mm", "30cm"), lower-case, to
 * their display form. Times ("6am") are no units.
 */
export const EN_GLUED_UNITS: Readonly<Record<string, string>> = {
  mph: 'mph',
  kph: 'km/h',
  'km/h': 'km/h',
  kmh: 'km/h',
  mm: 'Millimeter',
  cm: 'Zentimeter',
  m: 'Meter',
  km: 'Kilometer',
  kg: 'Kilogramm',
  ft: 'feet',
  mw: 'Megawatt',
  gw: 'Gigawatt',
  kwh: 'Kilowattstunden',
  '°c': 'Grad',
  '°f': 'Grad Fahrenheit',
  c: 'Grad',
};

/** English number words (lower-case) to their value; "one" is left out, it is mostly no count ("one of"). */
export const EN_NUMBER_WORDS: Readonly<Record<string, number>> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};

/** Words before an English number word that make it no new count ("the two banks", "both"), lower-case. */
export const EN_NUMBER_WORD_DETERMINERS: readonly string[] = [
  'the',
  'these',
  'those',
  'its',
  'their',
  'his',
  'her',
  'our',
  'all',
  'a',
  'every',
  'of',
  'top',
  'first',
  'last',
  'next',
  'past',
];

/** Scales written right after a sum without a space ("£410m", "$2.5bn"), lower-case, to their factor. */
export const EN_GLUED_SCALES: Readonly<Record<string, number>> = {
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  bn: 1e9,
  tn: 1e12,
};
