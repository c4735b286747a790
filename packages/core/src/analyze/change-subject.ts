// "steigt der Hebesatz der Grundsteuer B von 490 auf 560 Prozent": a change between two values
const CHANGE = /(?<![\p{L}])von\s+(?:\p{Ll}+\s+)?\d[\d.,]*\s+(?:auf|bis)\s+(?:\p{Ll}+\s+)?\d[\d.,]*/gu;
// the first noun with a definite article in the clause before the change: the quantity that changes
const SUBJECT = /(?:^|[,;:–]\s)[^,;:–]*?(?<![\p{L}])(?:der|die|das)\s+(\p{Lu}[\p{L}-]+)[^,;:–]*$/u;

/**
 * What a change between two values changes ("der Hebesatz … von 490 auf 560 Prozent" → "Hebesatz"), for a
 * figure at `index` that stands in one; both values then share one subject. Undefined when none is named.
 */
export function changeSubject(text: string, index: number): string | undefined {
  for (const m of text.matchAll(CHANGE)) {
    if (index < m.index || index >= m.index + m[0].length) continue;
    return SUBJECT.exec(text.slice(0, m.index))?.[1];
  }
  return undefined;
}
