import { SEIN_AUXILIARIES, SEIN_PARTICIPLES } from '../lexicon/de/attribution.js';

const AUX = new Set(SEIN_AUXILIARIES);
const PARTICIPLES = new Set(SEIN_PARTICIPLES);
const BREAKS = new Set([',', ';', ':', '„', '“', '”', '"', '»', '«', '–']);

/**
 * Whether the lower-case token at `v` is a form of "sein" whose clause ends in the participle of a claim verb
 * ("Die Anklage war von 3 Millionen Euro ausgegangen"), so its subject states the figures of the clause.
 */
export function isSeinPerfectClaim(lower: readonly string[], v: number): boolean {
  if (!AUX.has(lower[v]!)) return false;
  for (let k = v + 1; k < lower.length; k++) {
    if (PARTICIPLES.has(lower[k]!)) return true;
    // the comma of a decimal ("3,4 Millionen") is tokenized alone and ends no clause
    const decimal = lower[k] === ',' && /^\d/u.test(lower[k - 1]!) && /^\d/u.test(lower[k + 1] ?? '');
    if (BREAKS.has(lower[k]!) && !decimal) return false;
  }
  return false;
}
