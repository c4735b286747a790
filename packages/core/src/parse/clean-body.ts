/** What cleaning keeps and what it sets aside. */
export interface CleanResult {
  paragraphs: string[];
  /** sources named in credit lines and source lists, which leave the body */
  citedSources: string[];
  /** blocks dropped, with the reason, for debugging and the dossier's appendix */
  removed: { reason: string; text: string }[];
}

/** Splits a normalized text into paragraphs and drops boilerplate (first version: blank-line blocks). */
export function cleanBody(text: string): CleanResult {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
  return { paragraphs, citedSources: [], removed: [] };
}
