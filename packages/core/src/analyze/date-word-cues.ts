import { MONTH_PATTERN, WEEKDAY_PATTERN } from '../lexicon/de/calendar.js';
import { EN_MONTH_PATTERN } from '../lexicon/en/calendar.js';
import { toWordCueScanner } from '../text/to-word-cue-scanner.js';

/** "heute", "morgen" or "gestern", as the lower-cased text holds them. */
export const CASUAL_CUE = 1;
/** "woche", "monat" or "jahr", as the lower-cased text holds them. */
export const PERIOD_CUE = 2;
/** "wochenende", as the lower-cased text holds it. */
export const WEEKEND_CUE = 4;
/** "week", "month" or "year", as the lower-cased text holds them (or the Kelvin sign, which lower-cases to "k"). */
export const EN_PERIOD_CUE = 8;
/** "day", as the lower-cased text holds it. */
export const EN_DAY_CUE = 16;
/** A month name (MONTH_PATTERN), in any case. */
export const MONTH_CUE = 32;
/** A weekday name (WEEKDAY_PATTERN), in any case. */
export const WEEKDAY_CUE = 64;
/** The long s 'ſ', which the u flag folds to "s": the patterns themselves decide for a text holding it. */
export const LONG_S_CUE = 128;
/** An English month name (EN_MONTH_PATTERN), in any case. */
export const EN_MONTH_CUE = 256;

const WORD_BITS = new Map<string, number>([
  ['wochenende', WEEKEND_CUE | PERIOD_CUE],
  ['woche', PERIOD_CUE],
  ['monat', PERIOD_CUE],
  ['jahr', PERIOD_CUE],
  ['heute', CASUAL_CUE],
  ['morgen', CASUAL_CUE],
  ['gestern', CASUAL_CUE],
  ['week', EN_PERIOD_CUE],
  ['month', EN_PERIOD_CUE],
  ['year', EN_PERIOD_CUE],
  ['day', EN_DAY_CUE],
]);
for (const m of MONTH_PATTERN.split('|')) WORD_BITS.set(m.toLowerCase(), MONTH_CUE);
for (const d of WEEKDAY_PATTERN.split('|')) WORD_BITS.set(d.toLowerCase(), WEEKDAY_CUE);
// "August", "April": some names are German and English; "februar" starts "february", and the scan reports
// both words (every occurrence adds its bits), so the German bits stay as they were
for (const m of EN_MONTH_PATTERN.split('|'))
  WORD_BITS.set(m.toLowerCase(), (WORD_BITS.get(m.toLowerCase()) ?? 0) | EN_MONTH_CUE);

/**
 * Every cue word found in one pass (text/to-word-cue-scanner.ts), case-insensitively as a regex without the
 * u flag reads them: so a character matches a letter of these words when it is that letter in either case.
 * The only other characters that lower-case to a letter of the plain cues are the Kelvin sign ("k", of
 * "week": looked for on its own) and 'İ' ("i" and a combining dot; no plain cue holds an "i");
 * date-word-cues.test.ts checks every code point. Every occurrence of a word adds its bits; a word that
 * starts a longer one ("woche", "wochenende") has no bit the longer one lacks (checked by the unit test), so
 * this is what a scan for the longest word at each position found (EN_MONTH_CUE aside, which is new).
 */
const scanCues = toWordCueScanner(WORD_BITS);
// the bits a cue word sets
const WORD_CUES =
  CASUAL_CUE | PERIOD_CUE | WEEKEND_CUE | EN_PERIOD_CUE | EN_DAY_CUE | MONTH_CUE | WEEKDAY_CUE;

/**
 * Which date words a text may hold, as bits (the *_CUE constants), found in one scan: a bit that is not set
 * means the text surely does not hold the word (as its lower-cased form would show it, or for MONTH_CUE and
 * WEEKDAY_CUE as the case-sensitive names); a set bit may be a false alarm.
 */
export function dateWordCues(text: string): number {
  let bits = 0;
  if (text.includes('ſ')) bits |= LONG_S_CUE;
  if (text.includes('\u212a')) bits |= EN_PERIOD_CUE;
  // the scan may stop once every bit it can set is set
  return bits | scanCues(text, WORD_CUES & ~bits);
}
