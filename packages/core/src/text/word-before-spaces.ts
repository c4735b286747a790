import { codePointBefore, isLetter, isSpace } from './is-letter-or-digit.js';

/**
 * The word right before the white space that ends `text.slice(0, end)`: the group of
 * `/([\p{L}’'-]+)\s+$/u`, or '' when there is none. Read backwards from the end instead of trying the regex
 * at every position of the text before.
 */
export function wordBeforeSpaces(text: string, end = text.length): string {
  let k = end;
  while (k > 0 && isSpace(codePointBefore(text, k))) k--;
  if (k === end) return '';
  const wordEnd = k;
  for (;;) {
    const cp = codePointBefore(text, k);
    if (cp < 0 || !(isLetter(cp) || cp === 0x2019 || cp === 0x27 || cp === 0x2d)) break;
    k -= cp >= 0x10000 ? 2 : 1;
  }
  return text.slice(k, wordEnd);
}
