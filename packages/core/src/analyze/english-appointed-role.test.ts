import { describe, expect, it } from 'vitest';
import { findNames } from './find-names.js';

const roles = (s: string) =>
  findNames(s, 0, 'en')
    .filter((h) => h.strong)
    .map((h) => [h.name, h.role]);

describe('the post an English appointment gives', () => {
  it.each([
    [
      'The judge appointed Orla Brennan of the accountancy firm Harlow Partners as interim administrator on Monday.',
      [['Orla Brennan', 'interim administrator']],
    ],
    ['The board named Kevin Doyle as its new chief executive.', [['Kevin Doyle', 'new chief executive']]],
    [
      'The council hired Priya Nandan as a planning consultant last year.',
      [['Priya Nandan', 'planning consultant']],
    ],
    // no appointing verb: "as" is no post
    ['He met Orla Brennan as expected.', []],
  ])('%s', (sentence, want) => {
    expect(roles(sentence)).toEqual(want);
  });
});
