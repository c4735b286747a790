import { type Token, tokenize } from './find-names.js';
import { findQuoteSpans, maskQuotes, type QuoteSpan, sentenceRanges } from './find-quote-spans.js';

/** One sentence of a masked paragraph: its range in the paragraph and its tokens (offsets in the paragraph). */
export interface MaskedSentence {
  start: number;
  end: number;
  tokens: Token[];
}

/** A paragraph with every quotation masked, cut into sentences and tokens. */
export interface MaskedParagraph {
  spans: QuoteSpan[];
  masked: string;
  sentences: MaskedSentence[];
}

/** Masks the quotations of one paragraph and cuts it into sentences and their tokens. */
export function toMaskedParagraph(paragraph: string): MaskedParagraph {
  const spans = findQuoteSpans(paragraph);
  const masked = maskQuotes(paragraph, spans);
  const sentences: MaskedSentence[] = [];
  for (const r of sentenceRanges(masked)) {
    sentences.push({ start: r.start, end: r.end, tokens: tokenize(masked.slice(r.start, r.end), r.start) });
  }
  return { spans, masked, sentences };
}

/**
 * The masked paragraphs of an article. The person index and the quote finder both read them (the same
 * spans, sentences and tokens: tokenising was two fifths of the quotes stage), so the last article's are
 * kept; one article only, so a long run does not hold every article's tokens. Callers only read them.
 */
export function toMaskedParagraphs(paragraphs: readonly string[]): readonly MaskedParagraph[] {
  if (last?.paragraphs === paragraphs) return last.masked;
  const masked = paragraphs.map(toMaskedParagraph);
  last = { paragraphs, masked };
  return masked;
}

let last: { paragraphs: readonly string[]; masked: readonly MaskedParagraph[] } | null = null;
