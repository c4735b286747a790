import { STATEMENT_NOUNS, STUDY_NOUNS } from '../lexicon/de/reporting-verbs.js';
import type { Token } from './find-names.js';
import { parseSpeakerAt, type SpeakerPhrase } from './resolve-speaker.js';

const ARTICLES = new Set(['der', 'die', 'dem', 'einer', 'eine', 'einem']);
const GENITIVES = new Set(['der', 'des', 'von', 'vom']);

/**
 * The speaker of "laut der Studie" / "laut einer Umfrage des Instituts X" / "laut einem Bericht des X" at
 * token `k` (the article): the author named in the genitive after the study or statement noun, else the
 * study itself (a statement without its author names no one); null when no such noun stands there.
 */
export function studySpeakerAt(tokens: readonly Token[], k: number): SpeakerPhrase | null {
  const noun = tokens[k + 1];
  if (!ARTICLES.has(tokens[k]?.lower ?? '') || !noun) return null;
  // "laut einem Bericht des „Blatts“", "laut einer Mitteilung der Stadtwerke": only with its author
  const statement = STATEMENT_NOUNS.has(noun.lower);
  if (!statement && !STUDY_NOUNS.has(noun.lower)) return null;
  if (GENITIVES.has(tokens[k + 2]?.lower ?? '')) {
    const author = parseSpeakerAt(tokens, tokens[k + 2]?.lower === 'von' ? k + 3 : k + 2);
    if (author && author.kind !== 'pronoun' && author.kind !== 'document' && author.kind !== 'place')
      return author;
    // "einer Auswertung der Krankenkasse Nordwest-Gesundheit": an author of no known institution noun
    let e = k + 3;
    while (e < tokens.length && e - k <= 6 && tokens[e]?.word && /^\p{Lu}/u.test(tokens[e]?.text ?? '')) e++;
    if (e > k + 3 && tokens[k + 2]?.lower !== 'von')
      return {
        kind: 'org',
        text: tokens
          .slice(k + 3, e)
          .map((t) => t.text)
          .join(' '),
        end: e,
      };
  }
  return statement ? null : { kind: 'body', text: noun.text, end: k + 2 };
}
