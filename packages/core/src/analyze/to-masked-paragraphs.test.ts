import { describe, expect, it } from 'vitest';
import { tokenize } from './find-names.js';
import { findQuoteSpans, maskQuotes, sentenceRanges } from './find-quote-spans.js';
import { toMaskedParagraph, toMaskedParagraphs } from './to-masked-paragraphs.js';

describe('toMaskedParagraph', () => {
  it.each([
    ['Die Fähre legte ab. Kapitänin Rita Holm sagte: „Wir sind pünktlich.“ Dann fuhr sie los.'],
    ['„Der Hafen bleibt offen“, sagte der Sprecher. Mehr nicht.'],
    ['Kein Zitat hier, nur ein Satz'],
    [''],
  ])('masks, splits and tokenises %j as the single steps do', (p) => {
    const spans = findQuoteSpans(p);
    const masked = maskQuotes(p, spans);
    const expected = sentenceRanges(masked).map((r) => ({
      start: r.start,
      end: r.end,
      tokens: tokenize(masked.slice(r.start, r.end), r.start),
    }));
    expect(toMaskedParagraph(p)).toEqual({ spans, masked, sentences: expected });
  });
});

describe('toMaskedParagraphs', () => {
  it('reuses the result for the same paragraphs array and recomputes for another', () => {
    const a = ['Ein Satz. Noch einer.'];
    const first = toMaskedParagraphs(a);
    expect(toMaskedParagraphs(a)).toBe(first);
    const b = ['Ein anderer Satz.'];
    expect(toMaskedParagraphs(b)[0]?.masked).toBe('Ein anderer Satz.');
    expect(toMaskedParagraphs(a)).toEqual(first);
  });
});
