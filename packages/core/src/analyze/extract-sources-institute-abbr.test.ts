import { describe, expect, it } from 'vitest';
import { findAbbreviatedSources, findSources } from './extract-sources.js';

describe('an institute named with its fields and a closing abbreviation', () => {
  it.each([
    [
      'Laut dem ETH-Institut für Wald- und Moorkunde FWS herrschte hohe Gefahr.',
      { name: 'FWS', fullName: 'ETH-Institut für Wald- und Moorkunde' },
    ],
    [
      'Forscher am Institut für Meeresbiologie IMB beobachten das seit Jahren.',
      { name: 'IMB', fullName: 'Institut für Meeresbiologie' },
    ],
  ])('%s', (sentence, want) => {
    expect(findSources(sentence)).toContainEqual({ ...want, kind: 'institute' });
  });

  it('keeps a hyphenated institute without fields whole', () => {
    expect(findSources('Ökonomen vom Nordsee-Institut erwarten Wachstum.').map((s) => s.name)).toEqual([
      'Nordsee-Institut',
    ]);
  });
});

describe('a report of an organisation introduced with its abbreviation', () => {
  it.each([
    [
      'Ausfälle machen laut dem aktuellen Jahresbericht der Europäischen Flugsicherungsagentur (EFA) rund 4 Prozent aus.',
      'EFA',
    ],
    ['Das steht im Lagebericht des Bundesverbands Wärmepumpe (BVW).', 'BVW'],
    ['Ein Gutachten der Landesanstalt für Bodenkunde (LfB) kommt zu diesem Schluss.', 'LfB'],
  ])('%s → %s', (sentence, abbr) => {
    expect(findAbbreviatedSources([sentence]).map((s) => s.name)).toContain(abbr);
  });
});

describe('the full name of an abbreviation after a person', () => {
  it.each([
    [
      'Das sagte Einsatzleiter Karl Obrist von der Alpinen Rettungsorganisation Ost (ARO). Laut der ARO waren 40 Helfer dort.',
      { name: 'ARO', kind: 'institute', fullName: 'Alpinen Rettungsorganisation Ost' },
    ],
    [
      'Das sagte Sprecherin Ina Hof von der Kantonalen Bergrettungsorganisation (KBRO). Laut der KBRO war es knapp.',
      { name: 'KBRO', kind: 'institute', fullName: 'Kantonalen Bergrettungsorganisation' },
    ],
  ])('%s', (text, want) => {
    expect(findAbbreviatedSources(text.split(/(?<=\.) /u))).toContainEqual(want);
  });
});
