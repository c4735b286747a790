import { FIRST_NAMES } from '../lexicon/de/first-names.js';
import { isNameToken, type Token } from './find-names.js';
import type { SpeakerPhrase } from './resolve-speaker.js';

const ARTICLES = new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines']);

/**
 * "…“, so die Landesbezirksleiterin der Gewerkschaft X, Hanna Kolb.": a description the lexicon does not
 * know, then a full name in apposition that closes the sentence. The name (opening with a known given name)
 * is the person, the description their role. Null when the phrase from `k` is not built so.
 */
export function trailingAppositionName(tokens: readonly Token[], k: number): SpeakerPhrase | null {
  let c = k;
  while (c < tokens.length && c - k <= 10 && (tokens[c] as Token).word) c++;
  if (tokens[c]?.text !== ',' || c === k) return null;
  let n = c + 1;
  while (n < tokens.length && n - c <= 4 && isNameToken((tokens[n] as Token).text)) n++;
  const after = tokens[n]?.text;
  if (n - c < 3 || !(after === '.' || after === undefined)) return null;
  if (!FIRST_NAMES.has((tokens[c + 1] as Token).lower)) return null;
  const from = ARTICLES.has((tokens[k] as Token).lower) ? k + 1 : k;
  const words = (a: number, b: number) =>
    tokens
      .slice(a, b)
      .map((t) => t.text)
      .join(' ');
  const role = words(from, c);
  const name = words(c + 1, n);
  return { kind: 'person', text: `${role}, ${name}`, name, role, end: n };
}
