import { describe, expect, it } from 'vitest';
import { findClaimant } from './find-claimant.js';
import { isUnitPhrase } from './unit-claimant.js';

const sentences = (...texts: string[]) => texts.map((text) => ({ text, paragraph: 0 }));

describe('isUnitPhrase', () => {
  it.each([
    ['Mrd Euro', true],
    ['Millionen Franken', true],
    ['Prozent', true],
    ['Rechnungshof', false],
    ['Anna Berger', false],
  ])('%s → %s', (phrase, want) => {
    expect(isUnitPhrase(phrase)).toBe(want);
  });
});

describe('findClaimant: criticising and demanding verbs, no unit as claimant, "nach seinen Angaben"', () => {
  it.each([
    [
      sentences(
        'Die Landesbank hatte im Frühjahr kritisiert, dass die Kosten um 40 Prozent gestiegen seien.',
      ),
      0,
      'Landesbank',
    ],
    [sentences('Die Gewerkschaft hatte zuvor acht Prozent mehr Lohn gefordert.'), 0, 'Gewerkschaft'],
    [sentences('Ursprünglich waren 2,5 Mrd. Euro für den Neubau veranschlagt worden.'), 0, null],
    [
      sentences(
        'Ilse Warnke, Leiterin des Klärwerks Nordheide, zeigt auf die Becken.',
        'Im Mai flossen nach ihren Angaben 12.000 Kubikmeter durch die Anlage.',
      ),
      1,
      'Ilse Warnke',
    ],
    [
      sentences(
        'Kessler lobte die Planer und kündigte an, die Stadt werde zwei Brücken bauen.',
        'Sie sollen bis 2028 fertig sein und 9 Millionen Euro kosten.',
      ),
      1,
      'Kessler',
    ],
    [
      sentences(
        'Jana Roth, Chefin der Hafenbahn, sprach von einem großen Tag.',
        'Täglich sollen künftig 40 Züge den Hafen anfahren.',
        'Ab Juni werde auch nachts gefahren, sagte Roth.',
      ),
      1,
      'Roth',
    ],
  ])('%j', (list, index, want) => {
    expect(findClaimant(list, index)).toBe(want);
  });
});
