/**
 * Whether sentence `i` is a subheading inside the body: a paragraph of one short line without a closing
 * punctuation mark ("Kiew spricht von über 8000 Gefangenen").
 */
export function isSubheading(sentences: readonly { text: string; paragraph?: number }[], i: number): boolean {
  const s = sentences[i];
  if (!s || s.paragraph === undefined) return false;
  if (sentences[i - 1]?.paragraph === s.paragraph || sentences[i + 1]?.paragraph === s.paragraph)
    return false;
  return s.text.split(/\s+/u).length <= 12 && !/[.!?…:;"“”»«)]$/u.test(s.text.trim());
}
