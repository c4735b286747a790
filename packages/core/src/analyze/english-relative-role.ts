import { EN_ROLE_CLAUSE_VERBS } from '../lexicon/en/roles.js';
import type { Token } from './find-names.js';

// the tokens a relative clause of a post may hold before its closing comma
const MAX_CLAUSE_TOKENS = 12;

/**
 * The post an English relative clause after a name gives ("who chairs the Kingsmead Residents' Association"
 * → "chairs the Kingsmead Residents' Association"), from the token `k` after the name's comma; null when the
 * clause does not start with "who" and a verb of a post, or does not end in a comma within a few words.
 */
export function englishRelativeRole(tokens: readonly Token[], k: number): string | null {
  if (tokens[k]?.lower !== 'who' || !EN_ROLE_CLAUSE_VERBS.has(tokens[k + 1]?.lower ?? '')) return null;
  for (let e = k + 3; e < tokens.length && e - k <= MAX_CLAUSE_TOKENS; e++)
    if ((tokens[e] as Token).text === ',') return clauseText(tokens, k + 1, e);
  return null;
}

// the tokens from `a` up to `b` as written: a space where the text had one, none where tokens touch
function clauseText(tokens: readonly Token[], a: number, b: number): string {
  let out = (tokens[a] as Token).text;
  for (let j = a + 1; j < b; j++) {
    const t = tokens[j] as Token;
    out += t.start > (tokens[j - 1] as Token).end ? ` ${t.text}` : t.text;
  }
  return out;
}
