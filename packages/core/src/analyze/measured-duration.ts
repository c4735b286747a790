import { APPROX_CUES } from '../lexicon/de/numerals.js';
import { DURATION_SINGULARS } from '../lexicon/de/units.js';
import { EN_APPROX_CUES } from '../lexicon/en/numerals.js';

const cueAlternation = (cues: readonly string[]) =>
  cues
    .filter((c) => !c.endsWith('.'))
    .map((c) => c.replace(/\s+/gu, '\\s+'))
    .join('|');
const CUE = `(?:(?:${cueAlternation(APPROX_CUES)})\\s+)?`;
const EN_CUE = `(?:(?:${cueAlternation(EN_APPROX_CUES)})\\s+)?`;

// time words a measured length may be given in (not "Uhr", a clock time, nor "Mal", a count)
const LENGTH_WORD =
  /^\s*(sekunden?|minuten?|stunden?|tage?n?|wochen?|monate?n?|jahre?n?|jahrzehnte?n?)(?![\p{L}])/iu;
// "Wartezeit: 14 Wochen", "Dauer: drei Tage": a length given as the value of a label
const LABEL_VALUE = /(?:^|[.;]\s+)\p{Lu}\p{Ll}+\s*:\s*$/u;
// "binnen 30 Tagen", "innerhalb von zwei Wochen": a deadline set as a length
const WITHIN = new RegExp(`(?<![\\p{L}])(?:binnen|innerhalb\\s+von)\\s+${CUE}$`, 'iu');
// "Das mittlere Alter lag bei 47 Jahren": a length or an age stated as a value
const STATED_AT = new RegExp(
  `(?<![\\p{L}])(?:lag|liegt|lagen|liegen|lägen|läge)\\s+(?:\\p{Ll}+\\s+){0,2}bei\\s+${CUE}$`,
  'u',
);
// "zwischen 8 und 10 Monaten", "von 6 bis 8 Wochen": the second number of a range of lengths
const RANGE_CLOSE = new RegExp(
  `(?<![\\p{L}])(?:zwischen|von)\\s+${CUE}\\d[\\d.,]*\\s+(?:und|bis)\\s+${CUE}$`,
  'iu',
);
// "Nach sechs Monaten waren 40 Prozent …": the point of a measurement, opening its sentence
// "zwischen 12 …", "von 6 …": the opening of a range of lengths
const RANGE_OPEN = new RegExp(`(?<![\\p{L}])(?:zwischen|von)\\s+${CUE}$`, 'iu');
// "im Alter von 19 und 24 Jahren": ages, not lengths
const AGE_OF = /(?<![\p{L}])alter\s+(?:von|zwischen)\s/iu;
const MEASURED_AFTER = new RegExp(`^\\s*(?:nach|after)\\s+${CUE}$`, 'iu');
const PERCENT_LATER = /\d\s*(?:%|prozent\b|percent\b|per cent\b)/iu;

/**
 * The unit of a German length that a sentence states as a value, by shapes the other duration rules leave
 * out: a label's value ("Wartezeit: 14 Wochen"), a deadline ("binnen 30 Tagen"), a stated level ("lag bei 47
 * Jahren"), a range ("zwischen 8 und 10 Monaten", `range` when the number opens one) or the point of a
 * measurement that opens a sentence with a percentage ("Nach sechs Monaten waren 40 Prozent …"). `before`
 * is the sentence up to the number, `unitText` the text from the time word on. Null for other numbers.
 */
export function measuredDuration(
  sentence: string,
  before: string,
  unitText: string,
  range = false,
): string | null {
  const word = LENGTH_WORD.exec(unitText)?.[1]?.toLowerCase();
  if (!word || AGE_OF.test(before.slice(-40))) return null;
  const measured =
    (range && RANGE_OPEN.test(before)) ||
    LABEL_VALUE.test(before) ||
    WITHIN.test(before) ||
    STATED_AT.test(before) ||
    RANGE_CLOSE.test(before) ||
    (MEASURED_AFTER.test(before) && PERCENT_LATER.test(sentence.slice(before.length)));
  return measured ? toSingular(word) : null;
}

// "Monaten" → "Monat", "Wochen" → "Woche", "Sekunden" → "Sekunde"
function toSingular(word: string): string {
  const singular = DURATION_SINGULARS[word];
  if (singular) return singular;
  const base = /^jahrzehnte?n?$/u.test(word)
    ? 'jahrzehnt'
    : /(?:ten|den)$/u.test(word)
      ? word.slice(0, -1)
      : word;
  return base.charAt(0).toUpperCase() + base.slice(1);
}

// "the average wait reached 19 weeks", "up from 11 weeks", "averaged 12 days": a length stated as a value
const EN_VALUE_VERB = new RegExp(
  `\\b(?:reached|reaches|reaching|hit|hits|averaged|averages|totall?ed|(?:rose|risen|fell|fallen|climbed|dropped|grew|increased|decreased|jumped|soared)\\s+to|(?:up|down)\\s+from|compared\\s+(?:with|to))\\s+${EN_CUE}$`,
  'iu',
);
// "a median of 26 days", "an average of 12 days"
const EN_MEASURE_OF = new RegExp(
  `\\b(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+)?(?:median|average|mean|wait|delay|backlog)\\s+of\\s+${EN_CUE}$`,
  'iu',
);
// "between 9 and 14 months": the second number of a range
const EN_RANGE_CLOSE = new RegExp(`\\bbetween\\s+${EN_CUE}\\d[\\d,.]*\\s+and\\s+${EN_CUE}$`, 'iu');
// what makes a length a point or an age: "two years ago", "three weeks later", "a 52 years old"
const EN_POINT_AFTER = /^\s*\p{L}+\s+(?:ago|later|earlier|before|after|old|from now)\b/iu;

/**
 * The unit of an English length stated as a value ("reached 19 weeks", "up from 11 weeks", "a median of 26
 * days", "between 9 and 14 months", `range` when the number opens such a range): the singular time word,
 * or null.
 */
export function englishMeasuredDuration(
  before: string,
  after: string,
  word: string,
  range = false,
): string | null {
  if (EN_POINT_AFTER.test(after)) return null;
  const w = word.toLowerCase();
  if (w === 'times' || w === 'a.m.' || w === 'p.m.') return null;
  const measured =
    range || EN_VALUE_VERB.test(before) || EN_MEASURE_OF.test(before) || EN_RANGE_CLOSE.test(before);
  if (!measured) return null;
  if (w === 'centuries') return 'century';
  return w.endsWith('s') ? w.slice(0, -1) : w;
}
