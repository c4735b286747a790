const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
// answers for the Basic Multilingual Plane, filled on first use: 0 not asked yet, 1 yes, 2 no
const BMP = new Uint8Array(0x10000);

/** True when a code point is a letter or digit, as `[\p{L}\p{N}]` with the `u` flag decides. */
export function isLetterOrDigit(cp: number): boolean {
  if (cp < 0 || cp > 0x10ffff) return false;
  if (cp >= 0x10000) return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
  let v = BMP[cp] as number;
  if (v === 0) {
    v = LETTER_OR_DIGIT.test(String.fromCharCode(cp)) ? 1 : 2;
    BMP[cp] = v;
  }
  return v === 1;
}

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

const LETTER = /^\p{L}$/u;
const LETTER_BMP = new Uint8Array(0x10000);

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
