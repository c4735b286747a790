import { YEAR_VERBS } from '../lexicon/de/numerals.js';

const VERBS = new Set(YEAR_VERBS);
const FIRST = /^\s*(\p{Ll}+)/u;

/** Whether the text after a four-digit number opens with a finite verb, so the number dates the clause ("Bereits 2019 hatte X …"). */
export function isYearBeforeVerb(after: string): boolean {
  const m = FIRST.exec(after);
  return !!m && VERBS.has(m[1]!);
}
