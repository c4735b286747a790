import type { QuoteSpan } from './find-quote-spans.js';

const SPACE = 32;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;

/**
 * True for a short quotation that is all a parenthesis holds ("Stufe 3 («erheblich»)", "der Begriff
 * („Kurzarbeit“)"): a label, translation or name put after a noun, not someone's words.
 */
export function isParenthesisedLabel(p: string, span: QuoteSpan): boolean {
  let a = span.open - 1;
  while (a >= 0 && p.charCodeAt(a) === SPACE) a--;
  if (p.charCodeAt(a) !== OPEN_PAREN) return false;
  let b = span.close + 1;
  while (b < p.length && p.charCodeAt(b) === SPACE) b++;
  if (p.charCodeAt(b) !== CLOSE_PAREN) return false;
  // a whole sentence in parentheses may still be a quotation
  return span.text.split(/\s+/).length <= 3 && !/[.!?]$/.test(span.text);
}
