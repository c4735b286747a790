import { describe, expect, it } from 'vitest';
import { analysisInputOf } from './analysis-input-of.fixture.js';
import { extractPeople } from './extract-people.js';

const people = (paragraphs: string[]) =>
  extractPeople(analysisInputOf(paragraphs, { language: 'en' })).map((p) => p.name);

describe('a firm with a place or owner prefix is no person', () => {
  it.each([
    ['place-based', ['Ohio-based Harwood said in a statement it would cooperate with the inquiry.'], []],
    ['state-owned', ['State-owned Norvik said on Friday it had cut output.'], []],
    [
      'a person beside it stays',
      ['Leeds-based Calder said it had recalled the part, said Maria Lutz, a spokeswoman.'],
      ['Maria Lutz'],
    ],
  ])('%s', (_label, paragraphs, want) => {
    expect(people(paragraphs)).toEqual(want);
  });
});
