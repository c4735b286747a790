import { CURRENCIES } from '../lexicon/de/units.js';
import { findQuoteSpans } from './find-quote-spans.js';

const MONEY: ReadonlySet<string> = new Set(Object.values(CURRENCIES));
// the largest count a speaker says in words in passing ("zwei Häuser", "drei Leute")
const SMALL = 12;

/**
 * True for a small count written as a word inside a direct quote („Wir können nicht zwei Häuser halten“):
 * the speaker's way of putting it, not a figure the story reports. Sums and shares stay figures.
 */
export function isQuotedSmallCount(
  text: string,
  f: { value: number; unit: string | null; index: number },
): boolean {
  if (f.value > SMALL || !f.unit || MONEY.has(f.unit) || f.unit === 'Prozent') return false;
  // (digits are a figure the speaker states; only a number word is read as phrasing)
  const c = text.charCodeAt(f.index);
  if (c >= 48 && c <= 57) return false;
  return findQuoteSpans(text).some((q) => q.open < f.index && f.index < q.close);
}
