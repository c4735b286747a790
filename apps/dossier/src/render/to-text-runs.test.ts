import { describe, expect, it } from 'vitest';
import { MAX_TOKEN, STATIC_COVERAGE, toBreakableText, toTextRuns } from './to-text-runs.js';

describe('toBreakableText', () => {
  it.each([
    ['short words stay as they are', 'ein kurzer Satz', 'ein kurzer Satz'],
    ['a token of exactly the limit stays', 'a'.repeat(MAX_TOKEN), 'a'.repeat(MAX_TOKEN)],
    [
      'tabs, no-break and ideographic spaces end a token',
      `${'a'.repeat(30)}\t${'b'.repeat(30)}\u00a0${'c'.repeat(30)}\u3000${'d'.repeat(30)}`,
      `${'a'.repeat(30)}\t${'b'.repeat(30)}\u00a0${'c'.repeat(30)}\u3000${'d'.repeat(30)}`,
    ],
    ['astral characters count once each', '😀'.repeat(MAX_TOKEN), '😀'.repeat(MAX_TOKEN)],
    [
      'a long token of umlauts is broken',
      'ä'.repeat(MAX_TOKEN + 1),
      `${'ä'.repeat(30)}\u200B${'ä'.repeat(MAX_TOKEN - 29)}`,
    ],
  ])('%s', (_n, input, expected) => {
    expect(toBreakableText(input)).toBe(expected);
  });

  it('breaks a long token every 30 characters', () => {
    const out = toBreakableText(`x ${'b'.repeat(100)} y`);
    expect(out.replace(/\u200B/g, '')).toBe(`x ${'b'.repeat(100)} y`);
    expect(out.split('\u200B').map((p) => p.replace(/^x /, '').replace(/ y$/, '').length)).toEqual([
      30, 30, 30, 10,
    ]);
  });
});

describe('toTextRuns', () => {
  it.each([
    ['Latin only', 'Die Stadt Olbrück', [{ text: 'Die Stadt Olbrück' }]],
    ['Cyrillic and Greek stay in the base font', 'Анна und Νίκος', [{ text: 'Анна und Νίκος' }]],
    [
      'Hangul goes to the CJK font, spaces to the base font',
      'Herr 김민수 sagte',
      [{ text: 'Herr ' }, { text: '김민수', font: 'NotoSansKR' }, { text: ' sagte' }],
    ],
  ])('%s', (_n, input, expected) => {
    expect(toTextRuns(input, STATIC_COVERAGE, () => {})).toEqual(expected);
  });

  it('replaces an uncovered character by its code and reports it', () => {
    const missing: number[] = [];
    const runs = toTextRuns('a\u0E01b', STATIC_COVERAGE, (cp) => missing.push(cp));
    expect(runs.map((r) => r.text).join('')).toBe('a[U+0E01]b');
    expect(missing).toEqual([0x0e01]);
  });

  it('drops control characters and turns line breaks into spaces', () => {
    expect(toTextRuns('a\u0007b\nc', STATIC_COVERAGE, () => {})).toEqual([{ text: 'ab c' }]);
  });
});
