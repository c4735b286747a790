import { describe, expect, it } from 'vitest';
import { letterRunStart } from './letter-run-start.js';

describe('letterRunStart', () => {
  it.each([
    ['Die Zeitung', 11, false, 4],
    ['US-Denkfabrik', 13, false, 3],
    ['US-Denkfabrik', 13, true, 0],
    ['x 𝔸𝔸b', 7, false, 2],
    ['x😀ab', 5, false, 3],
    ['x ÄÖü', 5, false, 2],
    ['12ab', 4, true, 2],
    ['ab ', 3, false, 3],
    ['', 0, true, 0],
  ])('%j before %i (hyphens %s) → %i', (text, end, hyphens, start) => {
    expect(letterRunStart(text, end, hyphens)).toBe(start);
  });
});
