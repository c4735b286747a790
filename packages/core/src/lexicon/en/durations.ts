/** English nouns of a span a duration measures ("a period of 36 hours"), lower-case. */
export const EN_DURATION_SPAN_NOUNS: readonly string[] = [
  'period',
  'span',
  'spell',
  'stretch',
  'term',
  'sentence',
  'window',
  'total',
];

/** English words after a duration that make it a prison term ("six years in prison"), lower-case. */
export const EN_DURATION_PENALTY_AFTER: readonly string[] = [
  'in prison',
  'in jail',
  'behind bars',
  'imprisonment',
];
