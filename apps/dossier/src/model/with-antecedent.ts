import { splitSentences } from '@dossier/core';
import { POINTS_BACK } from './select-summary.js';

/** A sentence before longer than this is shown as it was: the item would outgrow its row. */
const MAX_ANTECEDENT_CHARS = 280;

/**
 * A timeline item that begins by pointing back ("Er soll 24 Stunden dauern …", "Sie soll bis Ende Januar
 * gelten") with the sentence before it in its paragraph, so that the row says what "er" or "sie" is; other
 * items, and ones whose text is not found in one of their articles as written, stay as they are.
 */
export function withAntecedent(text: string, bodies: readonly (string | undefined)[]): string {
  if (!POINTS_BACK.test(text)) return text;
  const body = bodies.find((b) => b !== undefined && b.indexOf(text) > 0);
  if (!body) return text;
  const at = body.indexOf(text);
  const paragraphStart = body.lastIndexOf('\n\n', at);
  const before = body
    .slice(paragraphStart < 0 ? 0 : paragraphStart + 2, at)
    .replace(/\s+/g, ' ')
    .trim();
  if (!before) return text;
  const previous = splitSentences(before).at(-1)?.trim();
  if (!previous || previous.length > MAX_ANTECEDENT_CHARS || !/[.!]["“”«»']?$/u.test(previous)) return text;
  return `${previous} ${text}`;
}
