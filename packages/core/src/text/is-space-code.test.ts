import { describe, expect, it } from 'vitest';
import { isSpaceCode } from './is-space-code.js';

describe('isSpaceCode', () => {
  it.each([
    ['u', /^\s$/u],
    ['no', /^\s$/],
  ])('agrees with \\s (%s flag) on every UTF-16 code unit', (_flag, re) => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpaceCode(c) !== re.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });
});
