import { describe, expect, it } from 'vitest';
import { analysisInputOf } from './analysis-input-of.fixture.js';
import { dropPartNames } from './drop-part-names.js';
import { extractSources } from './extract-sources.js';

describe('dropPartNames', () => {
  it.each([
    [
      [{ name: 'Nordsee-Institut' }, { name: 'Nordsee-Institut für Küstenschutz' }],
      ['Nordsee-Institut für Küstenschutz'],
    ],
    [
      [{ name: 'Harbour Institute' }, { name: 'Harbour Institute for Marine Safety' }],
      ['Harbour Institute for Marine Safety'],
    ],
    [[{ name: 'Nordsee-Institut' }, { name: 'NIK', fullName: 'Nordsee-Institut für Küstenschutz' }], ['NIK']],
    // a word inside a compound is no part of the name
    [
      [{ name: 'Bund' }, { name: 'Bundesamt für Deiche' }],
      ['Bund', 'Bundesamt für Deiche'],
    ],
    [
      [{ name: 'dpa' }, { name: 'Reuters' }],
      ['dpa', 'Reuters'],
    ],
  ])('%j', (candidates, want) => {
    expect(dropPartNames(candidates).map((c) => c.name)).toEqual(want);
  });

  it('one source for an English institute read to two lengths', () => {
    const input = analysisInputOf(
      ['According to the Harbour Institute for Marine Safety, collisions fell.'],
      {
        language: 'en',
      },
    );
    expect(extractSources(input).map((s) => s.name)).toEqual(['Harbour Institute for Marine Safety']);
  });
});
