/*
 * Maximal runs of letters (optionally digits and "-" too) in a text, found by a scan that classifies each
 * character once per code unit value instead of trying a large alternation at every position.
 */
const LETTER = /^\p{L}$/u;
const NUMBER = /^\p{N}$/u;
// per BMP code unit: 0 not yet known, 1 letter, 2 number, 3 other
const BMP_CLASS = new Uint8Array(0x10000);

function classOf(ch: string, code: number): number {
  if (code < 0x10000) {
    let k = BMP_CLASS[code] as number;
    if (k === 0) {
      k = LETTER.test(ch) ? 1 : NUMBER.test(ch) ? 2 : 3;
      BMP_CLASS[code] = k;
    }
    return k;
  }
  return LETTER.test(ch) ? 1 : NUMBER.test(ch) ? 2 : 3;
}

/** What a run holds: letters (\p{L}); letters and numbers (\p{N}); letters, numbers and "-". */
export type RunKind = 'L' | 'LN' | 'LN-';

/**
 * Calls `visit(start, end)` for every maximal run of characters of the kind (see RunKind), in order; a
 * surrogate pair is one character.
 */
export function forEachRun(text: string, kind: RunKind, visit: (start: number, end: number) => void): void {
  const numbers = kind !== 'L';
  const hyphen = kind === 'LN-';
  let start = -1;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    let width = 1;
    let inRun: boolean;
    if (c < 0x80) {
      inRun =
        (c >= 0x61 && c <= 0x7a) ||
        (c >= 0x41 && c <= 0x5a) ||
        (numbers && c >= 0x30 && c <= 0x39) ||
        (hyphen && c === 0x2d);
    } else if (
      c >= 0xd800 &&
      c <= 0xdbff &&
      i + 1 < text.length &&
      (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00
    ) {
      width = 2;
      const k = classOf(text.slice(i, i + 2), text.codePointAt(i) as number);
      inRun = k === 1 || (numbers && k === 2);
    } else {
      const k = classOf(text[i] as string, c);
      inRun = k === 1 || (numbers && k === 2);
    }
    if (inRun) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      visit(start, i);
      start = -1;
    }
    i += width;
  }
  if (start >= 0) visit(start, text.length);
}
