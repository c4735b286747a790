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

/** Whether a character (its code unit, or its code point when above the BMP) belongs to a run of the kind. */
function inRunOf(text: string, at: number, width: number, kind: RunKind): boolean {
  const c = text.charCodeAt(at);
  if (width === 1 && c < 0x80)
    return (
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x41 && c <= 0x5a) ||
      (kind !== 'L' && c >= 0x30 && c <= 0x39) ||
      (kind === 'LN-' && c === 0x2d)
    );
  const k =
    width === 2
      ? classOf(text.slice(at, at + 2), text.codePointAt(at) as number)
      : classOf(text[at] as string, c);
  return k === 1 || (kind !== 'L' && k === 2);
}

/** The width (1 or 2 code units) of the character that ends at `end`; a surrogate pair is one character. */
function widthBefore(text: string, end: number): number {
  return end >= 2 &&
    (text.charCodeAt(end - 1) & 0xfc00) === 0xdc00 &&
    (text.charCodeAt(end - 2) & 0xfc00) === 0xd800
    ? 2
    : 1;
}

/** Whether a maximal run of the kind (as forEachRun finds it) starts at `at`. */
export function runStartsAt(text: string, at: number, kind: RunKind): boolean {
  if (at >= text.length) return false;
  // the middle of a surrogate pair starts nothing
  if (at > 0 && widthBefore(text, at + 1) === 2) return false;
  const width =
    (text.charCodeAt(at) & 0xfc00) === 0xd800 && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  if (!inRunOf(text, at, width, kind)) return false;
  if (at === 0) return true;
  const w = widthBefore(text, at);
  return !inRunOf(text, at - w, w, kind);
}

/** The start of the maximal run of the kind that ends at `end` (as forEachRun finds it), or -1 when none ends there. */
export function runStartBefore(text: string, end: number, kind: RunKind): number {
  if (end <= 0 || end > text.length) return -1;
  if (end < text.length) {
    // the run must end at `end`: the character there is not of the kind (nor the second half of a pair)
    if (widthBefore(text, end + 1) === 2) return -1;
    const wAt =
      (text.charCodeAt(end) & 0xfc00) === 0xd800 && (text.charCodeAt(end + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    if (inRunOf(text, end, wAt, kind)) return -1;
  }
  let start = end;
  while (start > 0) {
    const w = widthBefore(text, start);
    if (!inRunOf(text, start - w, w, kind)) break;
    start -= w;
  }
  return start < end ? start : -1;
}

/** The width (1 or 2 code units) of the character that starts at `at`; a surrogate pair is one character. */
function widthAt(text: string, at: number): number {
  return (text.charCodeAt(at) & 0xfc00) === 0xd800 && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/**
 * The start and end of the maximal run of the kind (as forEachRun finds it) that holds the character starting
 * at `at`, or null when that character is none of the kind.
 */
export function runAround(text: string, at: number, kind: RunKind): [number, number] | null {
  if (at < 0 || at >= text.length) return null;
  const w = widthAt(text, at);
  if (!inRunOf(text, at, w, kind)) return null;
  let start = at;
  while (start > 0) {
    const b = widthBefore(text, start);
    if (!inRunOf(text, start - b, b, kind)) break;
    start -= b;
  }
  let end = at + w;
  while (end < text.length) {
    const a = widthAt(text, end);
    if (!inRunOf(text, end, a, kind)) break;
    end += a;
  }
  return [start, end];
}
