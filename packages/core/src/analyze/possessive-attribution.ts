import type { Token } from './find-names.js';
import type { SpeakerPhrase } from './resolve-speaker.js';

// "seinen/ihren Worten": the words of a person ("ihren Angaben" is as often a group's: see below)
const WORDS_OF = new Set(['worten']);
const OPINION_NOUNS = new Set(['ansicht', 'einschätzung', 'meinung', 'auffassung', 'überzeugung']);
const pronounOf = (possessive: string): 'er' | 'sie' | null =>
  /^sein(?:en|er)$/.test(possessive) ? 'er' : /^ihr(?:en|er)$/.test(possessive) ? 'sie' : null;

/**
 * A pronoun attribution made with a possessive at token `v` ("nach seinen Worten", "ihrer Ansicht nach",
 * "ihm zufolge"): the pronoun speaker and the tokens [from, to) of the phrase, else null. The pronoun is
 * resolved like "sagte er" to the person named before.
 */
export function possessiveAttribution(
  tokens: readonly Token[],
  v: number,
): { speaker: SpeakerPhrase; from: number; to: number } | null {
  const t = tokens[v] as Token;
  if (t.lower === 'nach') {
    // (cheap test first: "Worten"/"Angaben" after the possessive, or an opinion noun before "nach")
    const after = tokens[v + 2]?.lower ?? '';
    if (!WORDS_OF.has(after) && after !== 'angaben' && !OPINION_NOUNS.has(tokens[v - 1]?.lower ?? ''))
      return null;
    // "nach seinen Worten"
    const p = pronounOf(tokens[v + 1]?.lower ?? '');
    if (p && WORDS_OF.has(tokens[v + 2]?.lower ?? ''))
      return { speaker: { kind: 'pronoun', text: p, end: v + 3 }, from: v, to: v + 3 };
    // "nach seinen Angaben": a person's only when named close before (the caller checks; lookupOnly marks it)
    if (p && tokens[v + 2]?.lower === 'angaben')
      return { speaker: { kind: 'pronoun', text: p, end: v + 3, lookupOnly: true }, from: v, to: v + 3 };
    // "seiner Ansicht nach"
    const q = v >= 2 ? pronounOf(tokens[v - 2]?.lower ?? '') : null;
    if (q && /r$/.test(tokens[v - 2]?.lower ?? '') && OPINION_NOUNS.has(tokens[v - 1]?.lower ?? ''))
      return { speaker: { kind: 'pronoun', text: q, end: v + 1 }, from: v - 2, to: v + 1 };
    return null;
  }
  // "ihm zufolge" (a male person; "ihr zufolge" may be a group's)
  if (t.lower === 'zufolge' && tokens[v - 1]?.lower === 'ihm')
    return { speaker: { kind: 'pronoun', text: 'er', end: v + 1 }, from: v - 1, to: v + 1 };
  return null;
}
