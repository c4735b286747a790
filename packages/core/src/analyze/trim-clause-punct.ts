import { isSpaceCode } from '../text/is-space-code.js';

// ",", ":", ";", "–", "—"
const isClausePunct = (c: number) => c === 44 || c === 58 || c === 59 || c === 0x2013 || c === 0x2014;

/**
 * Strips clause punctuation and spaces from both edges of a statement, and a full stop from its end: the
 * same as `t.replace(/^[\s,:;–—]+|[\s,:;–—.]+$/gu, '')`, without a regex that tries every position.
 */
export function trimClausePunct(t: string): string {
  const [a, b] = clausePunctRange(t, 0, t.length);
  return a === 0 && b === t.length ? t : t.slice(a, b);
}

/** The range of `t.slice(from, to)` that trimClausePunct keeps, as indices into `t`. */
export function clausePunctRange(t: string, from: number, to: number): [number, number] {
  let a = from;
  let b = to;
  while (a < b) {
    const c = t.charCodeAt(a);
    if (!isSpaceCode(c) && !isClausePunct(c)) break;
    a++;
  }
  while (b > a) {
    const c = t.charCodeAt(b - 1);
    if (!isSpaceCode(c) && !isClausePunct(c) && c !== 46) break;
    b--;
  }
  return [a, b];
}

/** True when `text` has a colon before `end`, spaces after it at most, not before `start` (`/:\s*$/`). */
export function endsWithColon(text: string, end: number, start = 0): boolean {
  let k = end;
  while (k > start && isSpaceCode(text.charCodeAt(k - 1))) k--;
  return k > start && text.charCodeAt(k - 1) === 58;
}
