/** A sentence of the cleaned body, with the paragraph it stands in. */
export interface Sentence {
  text: string;
  /** index of the paragraph in the cleaned body */
  paragraph: number;
  /** index of the sentence in the whole article */
  index: number;
}

/** Splits a paragraph into sentences (first version: break after . ! ? before an upper-case letter). */
export function splitSentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?])\s+(?=[A-ZÄÖÜ„"»])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Splits cleaned paragraphs into numbered sentences. */
export function toSentences(paragraphs: readonly string[]): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((p, paragraph) => {
    for (const text of splitSentences(p)) out.push({ text, paragraph, index: out.length });
  });
  return out;
}
