import type { Token } from './find-names.js';
import type { SpeakerPhrase } from './resolve-speaker.js';

const ARTICLES = new Set(['der', 'die', 'das']);
const isAcronym = (t: Token | undefined) => !!t && /^\p{Lu}[\p{Lu}\d]+$/u.test(t.text);
const isCapWord = (t: Token | undefined) => !!t && t.word && /^\p{Lu}/u.test(t.text);
const isLowerAdj = (t: Token | undefined) => !!t && t.word && /^\p{Ll}[\p{L}-]*(?:e|en|er|es)$/u.test(t.text);

/**
 * The organisation before a reporting verb at `v` that ends in its abbreviation in parentheses ("Die
 * Sächsische Wanderbühne (SWB) erklärte, …"): an article, adjectives and one to four capitalised words, then
 * "(ABBR)" right before the verb; else null. The abbreviation marks the words as an organisation's name
 * even when no word of it is a known institution noun.
 */
export function abbreviatedSubject(tokens: readonly Token[], ps: number, v: number): SpeakerPhrase | null {
  // (cheap test first: a ")" right before the verb)
  if (tokens[v - 1]?.text !== ')' || tokens[v - 3]?.text !== '(' || !isAcronym(tokens[v - 2])) return null;
  if (!ARTICLES.has(tokens[ps]?.lower ?? '')) return null;
  let k = ps + 1;
  while (isLowerAdj(tokens[k]) && k - ps <= 2) k++;
  const head = k;
  while (k < v - 3 && isCapWord(tokens[k])) k++;
  if (k !== v - 3 || k - head < 1 || k - head > 4) return null;
  const words = tokens.slice(ps + 1, v - 3).map((t) => t.text);
  return { kind: 'org', text: `${words.join(' ')} (${tokens[v - 2]?.text})`, end: v };
}
