import type { QuoteSpan } from './find-quote-spans.js';

// opening marks and the marks that would close them
const CLOSERS: Readonly<Record<string, string>> = { '„': '“', '»': '«', '“': '”', '"': '"', '«': '»' };
const OPENERS: ReadonlySet<number> = new Set(Object.keys(CLOSERS).map((c) => c.charCodeAt(0)));

/**
 * The quoted text of a paragraph that opens a quotation and never closes it while the next paragraph opens
 * one again: the convention for a quotation running over several paragraphs. Null for any other paragraph.
 */
export function openQuoteParagraph(
  p: string,
  spans: readonly QuoteSpan[],
  next: string | undefined,
): string | null {
  // (cheap tests first: the paragraph and the next one open with the same quotation mark)
  if (!next || p.charCodeAt(0) !== next.charCodeAt(0) || !OPENERS.has(p.charCodeAt(0))) return null;
  const closer = CLOSERS[p.charAt(0)] as string;
  if (spans.some((sp) => sp.open === 0) || p.indexOf(closer, 1) >= 0) return null;
  const text = p.slice(1).trim();
  return text.split(/\s+/).length >= 3 ? text : null;
}
