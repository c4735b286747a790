import { isSpaceCode } from '../text/is-space-code.js';
// Any run of white space in a line becomes one space; most lines have nothing to collapse, and a regex
// replace still rebuilds them (the cleaner collapses every line, found by the benchmark's profile).

/** The text with each run of white space replaced by one space, as `text.replace(/\s+/g, ' ')`. */
export function collapseSpaces(text: string): string {
  return ODD_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text;
}

// White space that the replace would change: two in a row, or one that is not a plain space (a regex
// search, which reads a line faster than a loop over its char codes; most lines hold neither).
const ODD_SPACE = /[^\S ]| {2}/;

/**
 * How many pieces `text.split(/\s+/)` gives: one more than the runs of white space; with `most`, counted
 * only until there are more than `most` (then `most + 1`), for a caller that compares it with a limit.
 */
export function countSpaceSplit(text: string, most = Number.POSITIVE_INFINITY): number {
  let n = 1;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // letters and digits answer at once; only other code units are asked
    const space = c === 0x20 || (c < 0x80 ? c >= 0x09 && c <= 0x0d : isSpaceCode(c));
    if (space && !inSpace && ++n > most) return most + 1;
    inSpace = space;
  }
  return Math.min(n, most + 1);
}
