import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type FontCoverage,
  STATIC_COVERAGE,
  type TextRun,
  toBreakableText,
  toTextRuns,
} from '../../apps/dossier/src/render/to-text-runs.js';

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF]/g;

/** toTextRuns as it was before its one-font fast path: every character tested for its class and font. */
function referenceRuns(
  text: string,
  fonts: readonly FontCoverage[],
  onMissing: (cp: number) => void,
): TextRun[] {
  const base = fonts[0]?.font ?? '';
  const runs: { text: string; font: string }[] = [];
  const push = (s: string, font: string) => {
    const last = runs[runs.length - 1];
    if (last && last.font === font) last.text += s;
    else runs.push({ text: s, font });
  };
  for (const ch of toBreakableText(text.replace(CONTROL, '').replace(/[\t\r\n]/g, ' '))) {
    const cp = ch.codePointAt(0) ?? 0;
    const curFont = runs[runs.length - 1]?.font;
    const neutral = /[\s\p{P}\p{N}\u200B]/u.test(ch);
    if (curFont && neutral && fonts.find((f) => f.font === curFont)?.has(cp)) {
      push(ch, curFont);
      continue;
    }
    const f = fonts.find((x) => x.has(cp));
    if (f) push(ch, f.font);
    else if (ch === '\u200B') push(ch, curFont ?? base);
    else {
      onMissing(cp);
      push(`[U+${cp.toString(16).toUpperCase().padStart(4, '0')}]`, base);
    }
  }
  return runs.map((r) => (r.font === base ? { text: r.text } : r));
}

// Latin with umlauts and quotes, Hangul, kana, an emoji (astral, covered by no font), a lone surrogate,
// control characters, tabs and line breaks, spaces, and long tokens that get break opportunities
const piece = fc.oneof(
  fc.constantFrom(
    'Straße',
    '„Zitat“',
    ' ',
    '\t',
    '\n',
    '12,5 %',
    '서울',
    'カナ',
    '😀',
    '\uD800',
    '\u0007',
    '\u200B',
    '–',
  ),
  fc.string({ maxLength: 8 }),
  fc.constantFrom('x'.repeat(45), 'ü'.repeat(41)),
);

describe('toTextRuns', () => {
  it('gives exactly the runs and missing characters of the per-character implementation', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const missing: number[] = [];
        const expected: number[] = [];
        expect(toTextRuns(text, STATIC_COVERAGE, (cp) => missing.push(cp))).toEqual(
          referenceRuns(text, STATIC_COVERAGE, (cp) => expected.push(cp)),
        );
        expect(missing).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
