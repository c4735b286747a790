import { FUNCTION_WORDS } from '../lexicon/de/name-stopwords.js';
import type { Token } from './find-names.js';
import type { SpeakerPhrase } from './resolve-speaker.js';

const SURNAME_SHAPE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
const PHRASE_END = new Set([',', '.', ';', '!', '?']);

/**
 * A lone capitalised word closing a phrase ("…“, so Westfäler.") as a person to look up: the name finder
 * rejects surnames that look like nouns or demonyms on their own, but the article may have named the person
 * in full before. Resolves to no one when it has not (`lookupOnly`).
 */
export function loneSurnameAt(tokens: readonly Token[], k: number): SpeakerPhrase | null {
  const t = tokens[k];
  const after = tokens[k + 1];
  if (!t?.word || !SURNAME_SHAPE.test(t.text) || FUNCTION_WORDS.has(t.lower)) return null;
  if (after && !PHRASE_END.has(after.text)) return null;
  return { kind: 'person', text: t.text, name: t.text, end: k + 1, lookupOnly: true };
}
