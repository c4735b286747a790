import { EN_MONTH_ABBREVIATIONS } from '../lexicon/en/month-abbreviations.js';
import type { DateExpression } from './parse-dates.js';

const NAMES = Object.keys(EN_MONTH_ABBREVIATIONS).join('|');
// what every match holds, without the lookbehind that makes the full pattern slow to try at every position
const CUE = new RegExp(`(?:${NAMES})\\.\\s\\d`, 'u');
// "Dec. 3", "Sept. 30, 2026", "Jan. 5th": an abbreviated month, its day and perhaps the year
const DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${NAMES})\\.\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s+(\\d{4}))?(?![\\p{L}\\p{N}])`,
  'gu',
);

/** The dates an English text writes with an abbreviated month in news style ("a hearing on Dec. 3", "Jan. 5, 2028"). */
export function englishAbbreviatedMonthDates(text: string): DateExpression[] {
  if (!CUE.test(text)) return [];
  const out: DateExpression[] = [];
  for (const m of text.matchAll(DATE)) {
    const day = Number(m[2]);
    if (day < 1 || day > 31) continue;
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      text: m[0],
      month: EN_MONTH_ABBREVIATIONS[m[1]!]!,
      day,
      ...(m[3] ? { year: Number(m[3]) } : {}),
    });
  }
  return out;
}
