/** Class of a code point: a letter or digit (`[\p{L}\p{N}]`). */
export const LETTER_OR_DIGIT = 1;
/** Class of a code point: white space (`\s`). */
export const SPACE = 2;
/** Class of a code point: anything else (punctuation, symbols, a lone surrogate). */
export const OTHER = 3;

const LETTER_OR_DIGIT_RE = /^[\p{L}\p{N}]$/u;
const SPACE_RE = /^\s$/u;
// classes of the Basic Multilingual Plane, filled on first use (0: not asked yet): the regexes decide once
// per character, and the scanners that ask for every character read an array
const BMP = new Uint8Array(0x10000);

function classify(s: string): number {
  if (LETTER_OR_DIGIT_RE.test(s)) return LETTER_OR_DIGIT;
  return SPACE_RE.test(s) ? SPACE : OTHER;
}

/** The classes of the ASCII characters, for scanners to read without a call in their inner loop. */
export const ASCII_CLASS: Readonly<Uint8Array> = Uint8Array.from({ length: 0x80 }, (_, c) =>
  classify(String.fromCharCode(c)),
);

/** The class of a code point, as the `u`-flag regexes `[\p{L}\p{N}]` and `\s` decide it. */
export function charClass(cp: number): number {
  if (cp < 0x10000) {
    const v = BMP[cp] as number;
    if (v !== 0) return v;
    const c = classify(String.fromCharCode(cp));
    BMP[cp] = c;
    return c;
  }
  return classify(String.fromCodePoint(cp));
}

/** True when a code point is a letter or digit, as `[\p{L}\p{N}]` with the `u` flag decides. */
export function isLetterOrDigit(cp: number): boolean {
  return cp >= 0 && cp <= 0x10ffff && charClass(cp) === LETTER_OR_DIGIT;
}

/** True when a code point is white space, as `\s` decides. */
export function isSpace(cp: number): boolean {
  return cp >= 0 && cp <= 0x10ffff && charClass(cp) === SPACE;
}

const LETTER = /^\p{L}$/u;
const LETTER_BMP = new Uint8Array(0x10000);

/** True when a code point is a letter, as `\p{L}` with the `u` flag decides. */
export function isLetter(cp: number): boolean {
  if (cp < 0 || cp > 0x10ffff) return false;
  if (cp >= 0x10000) return LETTER.test(String.fromCodePoint(cp));
  let v = LETTER_BMP[cp] as number;
  if (v === 0) {
    v = LETTER.test(String.fromCharCode(cp)) ? 1 : 2;
    LETTER_BMP[cp] = v;
  }
  return v === 1;
}

/** The code point that ends right before `index` (a surrogate pair counts as one), or -1 at the start. */
export function codePointBefore(text: string, index: number): number {
  if (index <= 0) return -1;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** The code point that starts at `index` (a surrogate pair counts as one), or -1 at the end. */
export function codePointAfter(text: string, index: number): number {
  return index < text.length ? (text.codePointAt(index) as number) : -1;
}
