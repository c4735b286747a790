import type { Token } from './find-names.js';

/**
 * The singular subject pronoun of a sentence, if it has one: "Er …" at its start, or "er"/"sie" right after
 * a verb in the singular ("bezifferte er", "sagt sie"), else null. A plural verb before "sie" makes it plural.
 */
export function subjectPronoun(tokens: readonly Token[]): Token | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.lower !== 'er' && t.lower !== 'sie') continue;
    if (i === 0) return t;
    const verb = tokens[i - 1];
    // "bezifferte er", "nannte sie", "sagt er": a finite verb in the singular ends in -t or -te
    if (verb?.word && /^\p{Ll}+(?:t|te)$/u.test(verb.text)) return t;
  }
  return null;
}
