import type { Token } from './find-names.js';

const ARTICLES = new Set(['der', 'die', 'das', 'ein', 'eine']);
// a complement after the noun: "die Fertigung von Getrieben", "der Bau des Tunnels", "die Zahl der Gäste"
const COMPLEMENT_OPENERS = new Set(['von', 'vom', 'des', 'der', 'für', 'aus', 'im', 'in', 'am']);
const COMPLEMENT_ARTICLES = new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'einer', 'eines', 'einem']);
const isNoun = (t: Token | undefined) => !!t?.word && /^\p{Lu}\p{Ll}/u.test(t.text);
const isAdjective = (t: Token | undefined) => !!t?.word && /^\p{Ll}+(?:e|en|er|es|em)$/u.test(t.text);

/**
 * Where the noun phrase a sentence opens with ends when it has a complement after its noun ("Die Fertigung
 * von Schaltgetrieben | lohne …", "Der Bau des neuen Tunnels | dauere …"): the index of the word after it,
 * else -1. The finite verb stands there in a main clause.
 */
export function frontedPhraseEnd(tokens: readonly Token[]): number {
  if (!ARTICLES.has(tokens[0]?.lower ?? '')) return -1;
  let k = 1;
  while (isAdjective(tokens[k])) k++;
  if (!isNoun(tokens[k])) return -1;
  k++;
  if (!COMPLEMENT_OPENERS.has(tokens[k]?.lower ?? '')) return -1;
  k++;
  if (COMPLEMENT_ARTICLES.has(tokens[k]?.lower ?? '')) k++;
  while (isAdjective(tokens[k])) k++;
  if (!isNoun(tokens[k])) return -1;
  return k + 1;
}
