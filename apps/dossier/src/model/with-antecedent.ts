import { splitSentences } from '@dossier/core';
import { POINTS_BACK } from './select-summary.js';
import { stripDateline } from './strip-dateline.js';

/**
 * The text of an item's paragraph before it (whitespace as single spaces), in the first of its articles that
 * holds it as written; null when none does or nothing stands before it there.
 */
function textBefore(text: string, bodies: readonly (string | undefined)[]): string | null {
  const body = bodies.find((b) => b !== undefined && b.indexOf(text) > 0);
  if (!body) return null;
  const at = body.indexOf(text);
  const paragraphStart = body.lastIndexOf('\n\n', at);
  const before = body
    .slice(paragraphStart < 0 ? 0 : paragraphStart + 2, at)
    .replace(/\s+/g, ' ')
    .trim();
  return before || null;
}

/** A sentence before longer than this is shown as it was: the item would outgrow its row. */
const MAX_ANTECEDENT_CHARS = 280;

/**
 * A timeline item that begins by pointing back ("Er soll 24 Stunden dauern …", "Sie soll bis Ende Januar
 * gelten") with the sentence before it in its paragraph, so that the row says what "er" or "sie" is; other
 * items, and ones whose text is not found in one of their articles as written, stay as they are.
 */
export function withAntecedent(text: string, bodies: readonly (string | undefined)[]): string {
  if (!POINTS_BACK.test(text)) return text;
  const before = textBefore(text, bodies);
  if (!before) return text;
  const previous = splitSentences(before).at(-1)?.trim();
  if (!previous || previous.length > MAX_ANTECEDENT_CHARS || !/[.!]["“”«»']?$/u.test(previous)) return text;
  return `${previous} ${text}`;
}

/** A whole sentence longer than this is not shown for its clause: the clause stands with "…" before it. */
const MAX_SENTENCE_CHARS = 320;

/**
 * A timeline item that is a clause cut from its sentence ("während der Präsident im Juni ein Abkommen
 * unterzeichnete.", "wo die Armee seit August Gebiete hält.") as the whole sentence it stands in, or marked as
 * cut ("… während …") when that sentence is long; other items (also a sentence that begins in lower case, "eBay
 * hat …"), and clauses not found as written, stay as they are.
 */
export function withWholeSentence(text: string, bodies: readonly (string | undefined)[]): string {
  if (!/^\p{Ll}/u.test(text)) return text;
  const before = textBefore(text, bodies);
  if (!before) return text;
  const clause = text.replace(/\s+/g, ' ').trim();
  const sentence = splitSentences(`${before} ${clause}`).at(-1)?.trim();
  // a sentence that itself begins in lower case ("eBay hat …") is no cut clause
  if (!sentence?.endsWith(clause) || sentence.length <= clause.length) return text;
  // the dateline is the agency's furniture, not part of what happened
  const whole = stripDateline(sentence);
  return whole.length <= MAX_SENTENCE_CHARS ? whole : `… ${text}`;
}
