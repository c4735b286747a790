import { describe, expect, it } from 'vitest';
import { isComparisonYear } from './comparison-year.js';

describe('isComparisonYear', () => {
  it.each([
    ['Die Kosten sind doppelt so hoch wie 2017.', true],
    ['So viele Gäste kamen so viele wie seit 2009 nicht mehr.', true],
    ['Prices were higher than in 2015.', true],
    ['Die Halle wurde 2017 eröffnet.', false],
    ['Seit 2009 leitet sie das Museum.', false],
  ])('%s → %s', (text, expected) => {
    expect(isComparisonYear(text, text.search(/(?:19|20)\d\d/u))).toBe(expected);
  });
});
