import { describe, expect, it } from 'vitest';
import { analysisInputOf } from './analysis-input-of.fixture.js';
import { extractEvents } from './extract-events.js';

// 2025-03-07 is a Friday
const dates = (text: string) =>
  extractEvents(analysisInputOf([text], { language: 'en', date: '2025-03-07' })).map((e) => e.date);

describe('English weekdays: the tense of the clause decides the direction', () => {
  it.each([
    ['The ferry company said it would cancel all crossings on Sunday.', '2025-03-09'],
    ['The heatwave is expected to reach the capital on Tuesday.', '2025-03-11'],
    ['The flood alert is in force from noon on Saturday in the valley.', '2025-03-08'],
    ['The minister will open the new bridge on Monday morning.', '2025-03-10'],
    ['Thousands of homes lost power during the storm on Wednesday.', '2025-03-05'],
  ])('%s → %s', (text, date) => {
    expect(dates(text)).toEqual([date]);
  });
});
