import { describe, expect, it } from 'vitest';
import { spellEnglishNumbers } from './english-number-words.js';
import { findEnglishFigures } from './extract-figures.js';
import { englishClaimant } from './find-claimant.js';

describe('English number words, glued units and compound heads', () => {
  it.each([
    ['The county will open four emergency shelters tonight.', [[4, 'shelter']]],
    ['Wind speeds reached 95mph on the ridge overnight.', [[95, 'mph']]],
    ['Forecasters said 45mm of rain fell in an hour.', [[45, 'Millimeter']]],
    ['Snow up to 20cm deep blocked the pass.', [[20, 'Zentimeter']]],
    ['The ferry firm lost £35m in the first half.', [[35_000_000, 'GBP']]],
    ['Police issued 12 speeding tickets on the bypass.', [[12, 'ticket']]],
    ['About 4m people were without water.', [[4_000_000, 'people']]],
    ['A 12m wave struck the harbour wall.', [[12, 'Meter']]],
    ['The bridge reopened at 6am after repairs.', []],
    ['Prices rose five percent last year.', [[5, 'Prozent']]],
    ['Two thirds of voters backed the plan.', []],
    ['Both of the two banks said the deal was off.', []],
  ])('%s', (sentence, expected) => {
    expect(findEnglishFigures(sentence).map((f) => [f.value, f.unit])).toEqual(expected);
  });

  it('keeps offsets when it writes a number word as digits', () => {
    const text = 'They found seven kittens.';
    expect(spellEnglishNumbers(text)).toHaveLength(text.length);
    expect(spellEnglishNumbers(text)).toBe('They found     7 kittens.');
  });
});

describe('English claimants: "Name, apposition, verb" and warnings', () => {
  it.each([
    ['Maria Lopez, a spokeswoman for the port, urged owners to move 40 boats.', 'Maria Lopez'],
    ['The weather service has issued a warning of gusts up to 70mph.', 'weather service'],
    ['According to the Rail Safety Board (RSB), 14 level crossings were closed.', 'Rail Safety Board'],
  ])('%s → %s', (sentence, claimant) => {
    expect(englishClaimant(sentence)).toBe(claimant);
  });
});
