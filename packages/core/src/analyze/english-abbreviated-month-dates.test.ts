import { describe, expect, it } from 'vitest';
import { englishAbbreviatedMonthDates } from './english-abbreviated-month-dates.js';

describe('englishAbbreviatedMonthDates', () => {
  it.each([
    ['The council meets again Dec. 3.', { month: 12, day: 3 }],
    ['Bids are due Sept. 30, 2027, the port said.', { month: 9, day: 30, year: 2027 }],
    ['The ferry resumes Jan. 5th.', { month: 1, day: 5 }],
    ['The ferry resumes in January.', null],
    ['The Oct. report was late.', null],
  ])('%s', (text, parts) => {
    const found = englishAbbreviatedMonthDates(text);
    if (parts === null) expect(found).toEqual([]);
    else expect(found[0]).toMatchObject(parts);
  });
});
