import { describe, expect, it } from 'vitest';
import { findEnglishFigures } from './extract-figures.js';

const units = (text: string) => findEnglishFigures(text).map((f) => [f.value, f.unit]);

describe('findEnglishFigures: the head noun of a compound is the unit', () => {
  it.each([
    ['Officials recalled about 40,000 garden leaf blowers last spring.', [[40000, 'blower']]],
    ['The hospital is short of 25 night-shift porters.', [[25, 'porter']]],
    ['The council will plant 300 street trees this year.', [[300, 'tree']]],
    ['The storm left 900 homes without power.', [[900, 'home']]],
  ])('%s', (text, want) => {
    expect(units(text)).toEqual(want);
  });
});
