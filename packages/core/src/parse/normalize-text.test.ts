import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize-text.js';
import { hasRepairableMojibake, repairMojibake } from './repair-mojibake.js';

describe('normalizeText', () => {
  it.each([
    ['\uFEFFKopf\r\nZeile\rEnde', 'Kopf\nZeile\nEnde'],
    ['a\u00a0b\u202fc d', 'a b c d'],
    // a tab keeps a wide gap, so that a menu laid out in columns stays recognisable
    ['Politik\tSport\tKultur', 'Politik   Sport   Kultur'],
    ['Stra\u00adße\u200b', 'Straße'],
    ['Zeile   \nnächste', 'Zeile\nnächste'],
    ['Cafe\u0301', 'Café'],
  ])('%j', (raw, expected) => expect(normalizeText(raw)).toBe(expected));

  // normalizeText returns a text it knows to be a fixed point without a second pass; that shortcut holds
  // only while normalizing a result without repairable mojibake changes nothing
  it('normalizes its own result to itself', () => {
    const piece = fc.constantFrom(
      'Ã',
      '¼',
      'â€',
      'ž',
      '\u00ad',
      '\u200b',
      '\ufeff',
      '\r\n',
      '\r',
      '\u2028',
      '\u0085',
      '\t',
      ' ',
      '  \n',
      '\u00a0',
      '\u2000',
      '\u2001',
      '\v',
      '\u0007',
      'A',
      '\u0303',
      'e\u0301',
      'Straße',
      'Ω',
      '\u2126',
      '\n',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const once = normalizeText(parts.join(''));
        fc.pre(!hasRepairableMojibake(once));
        normalizeText('another text, so the next call computes in full');
        expect(normalizeText(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  // the shortcut for a text without characters to replace gives what the whole chain of replaces gives
  it('equals the chain of replaces on any text', () => {
    const chain = (raw: string) =>
      repairMojibake(raw)
        .replace(/^\uFEFF/, '')
        .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
        .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
        .replace(/\t/g, '   ')
        .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\v\f]/g, ' ')
        .replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, '')
        .normalize('NFC')
        .replace(/[ ]+$/gm, '');
    const piece = fc.oneof(
      fc.constantFrom(
        'Ã',
        '¼',
        'â€',
        'ž',
        ' ',
        ' \n',
        '\n',
        '\u2126',
        'e\u0301',
        'Köln',
        '„x“',
        '\u0080',
        '\u1680',
      ),
      fc.string({ unit: 'binary', maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const raw = parts.join('');
        normalizeText('another text, so the next call computes in full');
        expect(normalizeText(raw)).toBe(chain(raw));
      }),
      { numRuns: 1000 },
    );
  });

  it.each([['Die BÃ¼rger stimmten fÃ¼r den Plan.'], ['Ã\u00ad¼ber und Ã\u00ad¼ber'], ['Kopf\r\nZeile']])(
    'gives the same result for %j whether asked once or twice in a row',
    (raw) => {
      const first = normalizeText(raw);
      expect(normalizeText(raw)).toBe(first);
      expect(normalizeText(first)).toBe(normalizeText(`${first}`));
    },
  );
});

describe('repairMojibake', () => {
  it.each([
    ['Die BÃ¼rger stimmten fÃ¼r den Plan.', 'Die Bürger stimmten für den Plan.'],
    ['Er sagte: â€žNein.â€œ Dann ging er.', 'Er sagte: „Nein.“ Dann ging er.'],
    ['GrÃ¶ÃŸe', 'Größe'],
    // a single odd pair is not evidence enough
    ['Ã¼ber', 'Ã¼ber'],
    ['Schöne Grüße aus Köln', 'Schöne Grüße aus Köln'],
  ])('%s', (text, expected) => expect(repairMojibake(text)).toBe(expected));
});
