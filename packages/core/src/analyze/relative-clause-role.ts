import { REPORTING_VERBS } from '../lexicon/de/reporting-verbs.js';
import type { Token } from './find-names.js';

const RELATIVES = new Set(['der', 'die']);
const CLAUSE_END = new Set([',', '.', ';', ':', '!', '?', '–', '—', '(', ')']);

/**
 * The role a German relative clause after a name gives ("Jonas X, der an der Universität Tutorien gibt,
 * sagte …" → "an der Universität Tutorien gibt"): the clause without its pronoun, when it opens at `k`
 * with "der/die", ends in a lower-case verb and holds three to sixteen words; null otherwise.
 */
export function relativeClauseRole(tokens: readonly Token[], k: number): string | null {
  if (!RELATIVES.has(tokens[k]?.lower ?? '')) return null;
  let e = k + 1;
  while (e < tokens.length && !CLAUSE_END.has((tokens[e] as Token).text)) {
    const t = tokens[e] as Token;
    // a quotation mark or a verb of saying: the clause is speech or narration, not a description
    if (!t.word && t.text !== '-') return null;
    if (REPORTING_VERBS.has(t.lower)) return null;
    e++;
  }
  const words = tokens.slice(k + 1, e);
  const last = words[words.length - 1];
  if (words.length < 3 || words.length > 16 || !last || !/^\p{Ll}/u.test(last.text)) return null;
  return words.map((t) => t.text).join(' ');
}
