// one letter or hyphen, read as a whole code point at `lastIndex`
const LETTER_OR_HYPHEN = /[\p{L}-]/uy;
const WORD_CHAR_OR_HYPHEN = /[\p{L}\p{N}-]/uy;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
// [A-Za-z0-9_]: the only characters `\W` does not match
const isAsciiWord = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** Start of the code point that ends right before `k`. */
const prevStart = (text: string, k: number) =>
  k >= 2 && isLow(text.charCodeAt(k - 1)) && isHigh(text.charCodeAt(k - 2)) ? k - 2 : k - 1;

/** Index after the code point at `k`, when it is in `re`; -1 when not. */
function matchAt(re: RegExp, text: string, k: number, end: number): number {
  re.lastIndex = k;
  if (!re.test(text)) return -1;
  return re.lastIndex <= end ? re.lastIndex : -1;
}

/**
 * The word (letters and hyphens) that `text` ends with before `end`, punctuation after it skipped: the
 * same as `text.slice(0, end).match(/([\p{L}-]+)\W*$/u)?.[1] ?? ''`, read backwards from `end` instead of
 * trying every position of the text before.
 */
export function lastWordBefore(text: string, end: number): string {
  // the trailing run of `\W` (every character but ASCII letters, digits and "_")
  let w = end;
  while (w > 0 && !isAsciiWord(text.charCodeAt(w - 1))) w--;
  let s: number;
  const c = w > 0 ? text.charCodeAt(w - 1) : 0;
  if (w > 0 && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) {
    // an ASCII letter before the run: the word is the run of letters around it
    s = w - 1;
    while (s > 0) {
      const p = prevStart(text, s);
      if (matchAt(LETTER_OR_HYPHEN, text, p, end) < 0) break;
      s = p;
    }
  } else {
    // a digit or "_" (or nothing) before the run: the first letter inside the run starts the word
    s = w;
    while (s < end && matchAt(LETTER_OR_HYPHEN, text, s, end) < 0)
      s += isHigh(text.charCodeAt(s)) && isLow(text.charCodeAt(s + 1)) && s + 1 < end ? 2 : 1;
    if (s >= end) return '';
  }
  let e = s;
  for (let n = matchAt(LETTER_OR_HYPHEN, text, e, end); n >= 0; n = matchAt(LETTER_OR_HYPHEN, text, e, end))
    e = n;
  return text.slice(s, e);
}

/** True when the character right before `end` is a letter, digit or hyphen (`/[\p{L}\p{N}-]$/u`). */
export function endsWithWordChar(text: string, end: number): boolean {
  if (end <= 0) return false;
  return matchAt(WORD_CHAR_OR_HYPHEN, text, prevStart(text, end), end) >= 0;
}
