import type { QuoteSpan } from './find-quote-spans.js';

// opening marks and the marks that would close them
const CLOSERS: Readonly<Record<string, string>> = { '„': '“', '»': '«', '“': '”', '"': '"', '«': '»' };

/**
 * The quoted text of a paragraph that opens a quotation and never closes it while the next paragraph opens
 * one again: the convention for a quotation running over several paragraphs. Null for any other paragraph.
 */
export function openQuoteParagraph(
  p: string,
  spans: readonly QuoteSpan[],
  next: string | undefined,
): string | null {
  const mark = p.charAt(0);
  const closer = CLOSERS[mark];
  // (cheap tests first: the paragraph and the next one open with a quotation mark)
  if (!closer || !next || next.charAt(0) !== mark) return null;
  if (spans.some((sp) => sp.open === 0) || p.indexOf(closer, 1) >= 0) return null;
  const text = p.slice(1).trim();
  return text.split(/\s+/).length >= 3 ? text : null;
}
