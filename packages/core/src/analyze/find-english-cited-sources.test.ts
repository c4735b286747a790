import { describe, expect, it } from 'vitest';
import { findEnglishCitedSources } from './find-english-cited-sources.js';

describe('findEnglishCitedSources', () => {
  it.each([
    [
      'The brewery lost £2m, according to accounts filed at Companies Registry on Monday.',
      'Companies Registry',
    ],
    ['The report was published with the Harbour Records Office last week.', 'Harbour Records Office'],
    ['An NHRA spokesperson said the race would go ahead.', 'NHRA'],
    ['A KTB spokeswoman told reporters the line was closed.', 'KTB'],
    ['The Valley Gazette reported on Friday that the mill would close.', 'The Valley Gazette'],
    ['Sales fell, as The Northern Ledger revealed in May.', 'The Northern Ledger'],
  ])('%s → %s', (sentence, name) => {
    expect(findEnglishCitedSources(sentence).map((s) => s.name)).toEqual([name]);
  });

  it.each([
    ['The company reported a loss of £3m.'],
    ['A Labour spokesperson said nothing.'],
    ['She published the photos on her own website.'],
    ['The council filed a complaint.'],
  ])('no cited source in %s', (sentence) => {
    expect(findEnglishCitedSources(sentence)).toEqual([]);
  });
});
