import { EN_APPOINTING_VERBS } from '../lexicon/en/roles.js';
import { roleOf, type Token } from './find-names.js';

// tokens between the name and "as": "of the law firm Harlow Partners"
const MAX_GAP = 8;

/**
 * The post an English appointment gives the name at tokens [i, end) ("appointed X of the firm Y as interim
 * administrator" → "interim administrator"): an appointing verb before the name, "as" after it within a few words, then
 * up to three lower-case words ending in a title; null otherwise.
 */
export function englishAppointedRole(tokens: readonly Token[], i: number, end: number): string | null {
  if (!EN_APPOINTING_VERBS.has(tokens[i - 1]?.lower ?? '')) return null;
  let k = end;
  while (k < tokens.length && k - end <= MAX_GAP && tokens[k]?.lower !== 'as' && (tokens[k] as Token).word)
    k++;
  if (tokens[k]?.lower !== 'as') return null;
  let r = k + 1;
  if (/^(?:a|an|the|its|their)$/u.test(tokens[r]?.lower ?? '')) r++;
  for (let e = r; e < tokens.length && e - r < 4; e++) {
    const t = tokens[e] as Token;
    if (!t.word || !/^\p{Ll}/u.test(t.text)) return null;
    if (roleOf(t.text, 'en') && !roleOf(tokens[e + 1]?.text ?? '', 'en'))
      return tokens
        .slice(r, e + 1)
        .map((w) => w.text)
        .join(' ');
  }
  return null;
}
