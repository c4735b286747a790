/** English scale words after a number ("5.4 billion"), lower-case, to their factor (short scale). */
export const EN_SCALE_WORDS: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  millions: 1e6,
  mn: 1e6,
  billion: 1e9,
  billions: 1e9,
  bn: 1e9,
  trillion: 1e12,
};

/** English currency words, lower-case, to ISO 4217 codes. */
export const EN_CURRENCIES: Readonly<Record<string, string>> = {
  euro: 'EUR',
  euros: 'EUR',
  eur: 'EUR',
  dollar: 'USD',
  dollars: 'USD',
  usd: 'USD',
  pound: 'GBP',
  pounds: 'GBP',
  sterling: 'GBP',
  gbp: 'GBP',
  francs: 'CHF',
  yen: 'JPY',
  yuan: 'CNY',
  roubles: 'RUB',
  rubles: 'RUB',
  won: 'KRW',
};

/** English words for a percentage. */
export const EN_PERCENT_WORDS: readonly string[] = ['percent', 'per cent', 'pct'];

/** English words before a number that make it approximate, lower-case. */
export const EN_APPROX_CUES: readonly string[] = [
  'about',
  'around',
  'roughly',
  'some',
  'nearly',
  'almost',
  'approximately',
  'more than',
  'less than',
  'fewer than',
  'up to',
  'over',
  'under',
  'at least',
  'at most',
  'an estimated',
];

/** English time spans: a number counting these is a duration or an age, not a key figure. */
export const EN_DURATION_WORDS: readonly string[] = [
  'second',
  'seconds',
  'minute',
  'minutes',
  'hour',
  'hours',
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'decade',
  'decades',
  'century',
  'centuries',
  'times',
  'a.m.',
  'p.m.',
  'am',
  'pm',
];

/** English words before a number that make it a label ("No. 5", "page 3"), lower-case. */
export const EN_NUMBER_LABELS: readonly string[] = [
  'no',
  'number',
  'page',
  'article',
  'chapter',
  'section',
  'room',
  'flight',
  'route',
  'platform',
  'paragraph',
  'line',
  'level',
  'grade',
];

/** Adjective endings of English words that stand between a number and what it counts. */
export const EN_ADJECTIVE_ENDINGS: readonly string[] = [
  'ed',
  'al',
  'ic',
  'ive',
  'ous',
  'ful',
  'less',
  'ish',
  'ary',
];

/** English verbs of saying and reporting whose subject states what a sentence says, lower-case. */
export const EN_REPORTING_VERBS: readonly string[] = [
  'said',
  'says',
  'told',
  'tells',
  'reported',
  'reports',
  'announced',
  'announces',
  'estimated',
  'estimates',
  'stated',
  'added',
  'wrote',
  'writes',
  'noted',
  'warned',
  'confirmed',
  'disclosed',
  'published',
  'showed',
  'shows',
  'found',
  'counted',
  'projected',
  'forecast',
  // expectations and demands state figures too: "Acme expects savings of 150 million euros"
  'expects',
  'expected',
  'forecasts',
  'predicts',
  'predicted',
  'demands',
  'demanded',
  // warnings and appeals carry figures: "The Met Office has issued a warning … 80mph", "X urged drivers …"
  'issued',
  'urged',
];
