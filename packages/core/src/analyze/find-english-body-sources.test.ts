import { describe, expect, it } from 'vitest';
import { findEnglishBodySources } from './find-english-body-sources.js';

const names = (s: string) => findEnglishBodySources(s).map((f) => f.name);

describe('findEnglishBodySources', () => {
  it.each([
    [
      'an abbreviated agency before "news agency"',
      'The mayor told the XYZ news agency that the bridge would reopen.',
      ['XYZ'],
    ],
    ['a demonym before "news agency" names no agency', 'The Russian news agency reported the blast.', []],
    [
      'a body after "according to"',
      'According to the Food Standards Agency (FSA), 40 products were recalled.',
      ['Food Standards Agency'],
    ],
    [
      'a body that speaks, with an auxiliary',
      'The Danish Meteorological Institute has warned of heavy snow in Jutland.',
      ['Danish Meteorological Institute'],
    ],
    [
      'a title before "of" is no part of the name',
      'The Chief Executive of the Civil Aviation Authority said delays would last.',
      ['Civil Aviation Authority'],
    ],
    ['a body that is only named', 'She joined the Harbour Authority in 2012.', []],
  ])('%s', (_n, sentence, want) => expect(names(sentence)).toEqual(want));
});
