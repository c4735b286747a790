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
    [
      '"<Office> for <Field> (ABBR)" after "according to"',
      'Exports fell by 2%, according to the Office for Trade Statistics (OTS).',
      ['Office for Trade Statistics'],
    ],
    [
      '"<Bureau> of <Field>" after "data from"',
      'Data from the Bureau of Farm Economics showed 300 farms closed.',
      ['Bureau of Farm Economics'],
    ],
    [
      'an organisation that speaks',
      'The World Rowing Organisation said the race would go ahead.',
      ['World Rowing Organisation'],
    ],
    ['a body "for" that is only named', 'She worked at the Office for Road Safety for ten years.', []],
    [
      'a department "of" a field that states a finding',
      'The Vermont Department of Forestry concluded that a tenth of the pines were dead.',
      ['Vermont Department of Forestry'],
    ],
    [
      'a named service that speaks',
      'The Pacific Weather Service warned of gales on Friday.',
      ['Pacific Weather Service'],
    ],
    [
      'a named office that speaks',
      'The Rail Safety Office said the line was closed.',
      ['Rail Safety Office'],
    ],
    ['a one-word body that speaks', 'The Treasury said the deficit would narrow next year.', ['Treasury']],
    ['a one-word body that is only named', 'He worked at the Treasury for a decade.', []],
    [
      "an officer's office after a place, speaking",
      "Rents rose sharply, the Lakemoor County clerk's office said.",
      ["Lakemoor County clerk's office"],
    ],
    ["an officer's office without a place", "The mayor's office said the road would reopen.", []],
  ])('%s', (_n, sentence, want) => expect(names(sentence)).toEqual(want));
});
