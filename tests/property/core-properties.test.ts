import { CorpusSchema, extractCorpus, parseArticle, type RawInput } from '@dossier/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// Text that looks a little like a scraped article: words, numbers, quotes, punctuation, line breaks, odd
// Unicode (NBSP, soft hyphen, zero-width, combining marks, CR), so the cleaning rules get exercised.
const piece = fc.oneof(
  fc.constantFrom(
    'Der',
    'Minister',
    'sagte',
    'am',
    'Montag',
    'Prozent',
    'Millionen',
    'Euro',
    'laut',
    'dpa',
    'Werbung',
    'Anzeige',
    'Lesen Sie auch:',
    'Foto:',
    '(dpa)',
    '12.',
    'März',
    '2023',
    '„',
    '“',
    '"',
    '«',
    '»',
    ':',
    '.',
    ',',
    '?',
    '!',
    ' ',
    '  ',
    '\n',
    '\n\n',
    '\r\n',
    '\u00a0',
    '\u00ad',
    '\u200b',
    'e\u0301',
    '-',
    '–',
    '(',
    ')',
  ),
  fc.string({ maxLength: 8 }),
  fc.integer({ min: 0, max: 100000 }).map(String),
);
const articleText = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(' '));
const anyText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  articleText,
);
const input = (text: string, i = 0): RawInput => ({ file: `artikel-${i}.txt`, text });

const runs = { numRuns: 200 };

describe('parseArticle on arbitrary strings', () => {
  it('never throws and gives a body of paragraphs separated by one blank line', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const parsed = parseArticle(input(text));
        expect(parsed.article.body).toBe(parsed.paragraphs.join('\n\n'));
        expect(parsed.paragraphs.every((p) => p.trim() === p && p.length > 0)).toBe(true);
      }),
      runs,
    );
  });

  it('cleaning is idempotent: parsing the body of a parsed article gives the same body', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = parseArticle(input(text)).article.body;
        const twice = parseArticle(input(once)).article.body;
        expect(twice).toBe(once);
      }),
      runs,
    );
  });
});

describe('extractCorpus', () => {
  it('always validates against CorpusSchema', () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 4 }), (texts) => {
        const corpus = extractCorpus(texts.map((t, i) => input(t, i)));
        expect(CorpusSchema.safeParse(corpus).success).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
