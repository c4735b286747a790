import { EN_MONTH_PATTERN, EN_MONTHS } from '../lexicon/en/calendar.js';
import type { DateExpression } from './parse-dates.js';

const CUE = new RegExp(EN_MONTH_PATTERN, 'u');
// "in March", "until October": a month without a year needs a preposition ("May" is also a verb); a month
// with its year ("in March 2026", "in March, 2026") or day is englishDates'; a number after its comma
// ("published in June, 17 of the …") starts the next clause
const MONTH_ALONE = new RegExp(
  `(?<![\\p{L}])(?:in|by|until|since|from|through|early|late|mid-|end of|start of|beginning of)\\s+(${EN_MONTH_PATTERN})(?![\\p{L}]|\\s+\\d|,\\s*(?:19|20)\\d{2}(?!\\d))`,
  'giu',
);

/** English months without a day or year ("expected in March", "since October"), as month date expressions. */
export function englishMonthDates(text: string): DateExpression[] {
  if (!CUE.test(text)) return [];
  const out: DateExpression[] = [];
  for (const m of text.matchAll(MONTH_ALONE)) {
    const name = m[1]!;
    if (!/^\p{Lu}/u.test(name)) continue;
    const start = m.index + m[0].length - name.length;
    out.push({ start, end: m.index + m[0].length, text: name, month: EN_MONTHS[name.toLowerCase()]! });
  }
  return out;
}
