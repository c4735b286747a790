import { codePointBefore, isLetter } from '../text/is-letter-or-digit.js';

/**
 * Where the run of letters (`\p{L}`, and hyphens too when `hyphens`) that ends at `end` starts: the first
 * position a regex match can take that is made of such a run and ends there (read backwards, by code point).
 */
export function letterRunStart(text: string, end: number, hyphens = false): number {
  let b = end;
  for (
    let cp = codePointBefore(text, b);
    isLetter(cp) || (hyphens && cp === 0x2d);
    cp = codePointBefore(text, b)
  )
    b -= cp >= 0x10000 ? 2 : 1;
  return b;
}
