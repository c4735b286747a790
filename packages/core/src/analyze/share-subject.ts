// "62 Prozent der Schüler", "12 % aller Befragten": the group a percentage is a share of
const SHARE_OF =
  /^[\d.,]+\s*(?:%|Prozent)\s+(?:der|aller|unter\s+den)\s+(?:\p{Ll}+\s+){0,2}(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*(?:\s+und\s+\p{Lu}\p{Ll}+)?)/u;

/**
 * The subject of German percentages in one sentence: the group the first is a share of ("62 Prozent der
 * Schüler …, im Vorjahr waren es nur 55 Prozent" → "Schüler" for both), by the figures'
 * offsets; a percentage with its own group keeps it. Undefined where the sentence names none.
 */
export function shareSubjects(sentence: string, indexes: readonly number[]): (string | undefined)[] {
  let group: string | undefined;
  return indexes.map((i) => {
    const own = SHARE_OF.exec(sentence.slice(i, i + 80))?.[1];
    if (own) group = own;
    return own ?? group;
  });
}

// "the average stay in hospital fell to 6 days": a length measured by a named statistic
const EN_LENGTH_MEASURE = /\b(?:the\s+)?((?:median|average|mean|typical)\s+[a-z]{3,}(?:\s+time)?)\b/giu;

/** The statistic an English length is a value of ("average stay"), named before it in its sentence, or undefined. */
export function englishLengthSubject(sentence: string, index: number): string | undefined {
  let last: string | undefined;
  for (const m of sentence.slice(0, index).matchAll(EN_LENGTH_MEASURE)) last = m[1]!.toLowerCase();
  return last;
}
