import { EN_SPEECH_VERBS } from '../lexicon/en/reporting-verbs.js';
import { isNameToken, roleOf, type Token } from './find-names.js';
import type { SpeakerPhrase } from './resolve-speaker.js';

// words an English apposition to a name opens with: "X, the trial's lead investigator, said",
// "X, a professor of medicine, said", "X, who led the study, said"
const APPOSITION_OPENERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'who', 'one']);
const TITLES = new Set(['dr', 'prof', 'mr', 'mrs', 'ms', 'sen', 'rep', 'gov', 'gen']);

/**
 * The person before ", said" when a longer apposition stands between ("Dr. Ann Lee, the study's lead
 * author and a professor of surgery at X, said …"): the name opens the clause, the apposition between two
 * commas opens with an article, a possessive or "who" (or is a role word) and holds no verb of saying.
 * Null otherwise.
 */
export function longAppositionBefore(
  tokens: readonly Token[],
  v: number,
): { speaker: SpeakerPhrase; from: number } | null {
  if (tokens[v - 1]?.text !== ',') return null;
  let c = v - 2;
  while (c > 0 && v - c <= 30 && tokens[c]?.text !== ',') {
    const t = tokens[c] as Token;
    // quotation marks, a clause break or another verb of saying: no apposition
    if ((!t.word && !/^['’.()-]$/.test(t.text)) || EN_SPEECH_VERBS.has(t.lower)) return null;
    c--;
  }
  if (tokens[c]?.text !== ',' || c >= v - 2) return null;
  const opener = tokens[c + 1] as Token;
  if (!APPOSITION_OPENERS.has(opener.lower) && !roleOf(opener.text, 'en')) return null;
  let s = c;
  while (s > 0 && isNameToken((tokens[s - 1] as Token).text, 'en') && c - s < 4) s--;
  if (s === c) return null;
  const nameStart = s;
  if (tokens[s - 1]?.text === '.' && TITLES.has(tokens[s - 2]?.lower ?? '')) s -= 2;
  // "Board member X, one of …, said": a title before the name, its last word a role
  const title = s === nameStart ? titleBefore(tokens, s) : s;
  if (title < s) s = title;
  // the name opens the sentence or a clause
  if (s > 0 && !/^[,;:"“”„«»–—]$/.test(tokens[s - 1]?.text ?? '')) return null;
  const name = tokens
    .slice(nameStart, c)
    .map((t) => t.text)
    .join(' ');
  return { speaker: { kind: 'person', text: name, name, end: c }, from: s };
}

/**
 * Where a title of up to three words right before the name at `n` starts ("Board member", "Union
 * president", "Mayor"): its last word is a role, the others capitalised; `n` when there is none.
 */
function titleBefore(tokens: readonly Token[], n: number): number {
  if (!roleOf(tokens[n - 1]?.text ?? '', 'en')) return n;
  let t = n - 1;
  while (t > 0 && n - t < 3 && tokens[t - 1]?.word && /^\p{Lu}/u.test(tokens[t - 1]!.text)) t--;
  return t;
}
