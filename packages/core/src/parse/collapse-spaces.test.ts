import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseSpaces, countSpaceSplit } from './collapse-spaces.js';

describe('collapseSpaces', () => {
  it.each([
    ['ein Satz ohne Lücken', 'ein Satz ohne Lücken'],
    ['zwei  Leerzeichen', 'zwei Leerzeichen'],
    ['Tab\tund\u00a0Schutz', 'Tab und Schutz'],
    [' Rand ', ' Rand '],
    ['', ''],
  ])('%j', (text, expected) => expect(collapseSpaces(text)).toBe(expected));

  it('equals the regex replace on any text', () => {
    const piece = fc.oneof(fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\u2009', 'Wort'), fc.string());
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(collapseSpaces(text)).toBe(text.replace(/\s+/g, ' '));
        expect(countSpaceSplit(text)).toBe(text.split(/\s+/).length);
      }),
    );
  });
});

describe('countSpaceSplit', () => {
  it.each([
    ['', 1],
    ['eins', 1],
    ['eins zwei', 2],
    [' eins  zwei ', 4],
  ])('%j', (text, expected) => expect(countSpaceSplit(text)).toBe(expected));
});

describe('countSpaceSplit up to a limit', () => {
  it.each([
    ['eins zwei drei', 2, 3],
    ['eins zwei drei vier fünf', 2, 3],
    ['eins zwei', 2, 2],
    [' a b c d e f ', 3, 4],
    ['', 0, 1],
  ])('%j counted up to %d', (text, most, expected) => expect(countSpaceSplit(text, most)).toBe(expected));

  it('answers min(count, most + 1) on any text', () => {
    const piece = fc.oneof(fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\u2009', 'Wort'), fc.string());
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(12), (parts, most) => {
        const text = parts.join('');
        expect(countSpaceSplit(text, most)).toBe(Math.min(text.split(/\s+/).length, most + 1));
      }),
    );
  });
});
