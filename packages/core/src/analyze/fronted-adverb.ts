// German adverbs made from adjectives ("Operativ", "Finanziell", "Bilanziell", "Saisonbereinigt" aside):
// endings no organisation or one-word source ends in
const ADVERB_ENDING = /(?:iv|ell|isch|weise|mäßig|seitig|lich)$/u;
const SUBJECT_AFTER = new Set(['der', 'die', 'das', 'ein', 'eine', 'man', 'er', 'sie', 'es']);

/**
 * Whether a clause opens with a lone adverb before its verb and names the subject after it ("Operativ schrieb
 * das Unternehmen einen Verlust"), so the word before the verb is no claimant.
 */
export function isFrontedAdverb(
  tokens: readonly string[],
  lower: readonly string[],
  start: number,
  end: number,
  verb: number,
): boolean {
  return (
    end === start + 1 &&
    end === verb &&
    ADVERB_ENDING.test(lower[start]!) &&
    SUBJECT_AFTER.has(lower[verb + 1] ?? '') &&
    /^\p{Lu}/u.test(tokens[start]!)
  );
}
