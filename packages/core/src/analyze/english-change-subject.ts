// "The fare will rise from £2.80 to £3.10", "Unemployment fell from 5.1% to 4.8%": the quantity that changes
const CHANGE = /(?<![\p{L}])from\s+(?:about\s+|around\s+)?[£$€]?\d[\d.,]*\S*\s+to\s+[£$€]?\d[\d.,]*/gu;
const SUBJECT =
  /(?:^|[,;:]\s)(?:[^,;:]*?(?<![\p{L}])[Tt]he\s+)?((?:\p{Lu}\p{Ll}+|\p{Ll}+)(?:\s+(?!(?:will|would|has|have|had|is|are|was|were|be)\s)\p{Ll}+)?)\s+(?:(?:will|would|has|have|had|is|are|was|were)\s+)?(?:be\s+)?(?:rise|rises|rose|risen|rising|fall|falls|fell|fallen|falling|increase[sd]?|decrease[sd]?|climb(?:s|ed)?|drop(?:s|ped)?|jump(?:s|ed)?|grow|grows|grew|shrank|raised|lowered|cut|go\s+up|went\s+up|goes\s+up)\s*$/u;

// "The club's pre-tax loss for the 12 months to 30 June rose": a phrase of time or scope between the noun
// and the verb (the noun is the last word before the phrase's preposition)
const SUBJECT_BEFORE_PHRASE =
  /(?<![\p{L}])((?:[\p{L}-]+\s+)?\p{Ll}[\p{Ll}-]*)\s+(?:for|in|over|during|at|across)\s+[^,;:]*?\s(?:has\s+|have\s+|had\s+)?(?:rose|risen|fell|fallen|increased|decreased|climbed|dropped|jumped|grew|shrank|widened|narrowed|soared|slumped|plunged|went\s+up)\s*$/u;

/** What an English change "from X to Y" changes ("The fare will rise from … to …" → "fare"), for a figure in it. */
export function englishChangeSubject(text: string, index: number): string | undefined {
  for (const m of text.matchAll(CHANGE)) {
    if (index < m.index || index >= m.index + m[0].length) continue;
    const head = text.slice(0, m.index).trimEnd();
    const s = SUBJECT.exec(head) ?? SUBJECT_BEFORE_PHRASE.exec(head);
    return s ? s[1]!.split(/\s+/u).pop()!.toLowerCase() : undefined;
  }
  return undefined;
}
