import { describe, expect, it } from 'vitest';
import { tokenize } from './find-names.js';
import { findAttributionsEn } from './resolve-speaker-en.js';

describe('findAttributionsEn: a barrister named in an apposition before "told"', () => {
  it.each([
    ['Counsel for the council, Orla Brennan SC, told the judge that the plan was lawful.', 'Orla Brennan'],
    ['Counsel for the bank, Dara Quinn KC, told the tribunal that no money was lost.', 'Dara Quinn'],
    ['Counsel for the bank, Dara Quinn, told the tribunal that no money was lost.', 'Dara Quinn'],
  ])('%s', (sentence, name) => {
    const speakers = findAttributionsEn(tokenize(sentence, 0)).map((a) => a.speaker?.text);
    expect(speakers).toEqual([name]);
  });
});
