import { describe, expect, it } from 'vitest';
import { findEnglishSources } from './find-english-sources.js';

describe('findEnglishSources', () => {
  it.each([
    [
      'The results were published in the Journal of Clinical Sleep Research.',
      'Journal of Clinical Sleep Research',
    ],
    ['The data were published simultaneously in The Lancet on Friday.', 'Lancet'],
    ['The study was published in the journal Nutrients last week.', 'Nutrients'],
    ['Prices could rise 8%, according to research firm Kestrel Market Insights.', 'Kestrel Market Insights'],
    ['Data provider Velaris Analytics counted 300 deals.', 'Velaris Analytics'],
    ['Consultancy Harrowgate estimated costs of $2 billion.', 'Harrowgate'],
  ])('%s → %s', (sentence, name) => {
    expect(findEnglishSources(sentence).map((s) => s.name)).toContain(name);
  });

  it.each([['The book was published in the United States in 2019.'], ['The firm Oakridge hired 40 people.']])(
    'no source in %s',
    (sentence) => {
      expect(findEnglishSources(sentence)).toEqual([]);
    },
  );
});
