import { describe, expect, it } from 'vitest';
import type { FigureMention } from '../types.js';
import { mergeFigures } from './merge-figures.js';

const m = (
  article: string,
  value: number,
  unit: string | null,
  claimant: string | null,
  subject?: string,
): FigureMention => ({
  article,
  value,
  unit,
  claimant,
  ...(subject ? { subject } : {}),
  text: `${value} ${unit}`,
});

describe('mergeFigures', () => {
  it.each([
    ['same value and unit across articles', [m('a', 500, 'Bus', 'DB'), m('b', 500, 'Bus', null)], 1, 'DB'],
    [
      'compatible units of one subject',
      [m('a', 900, 'Marinesoldat', 'X', 'Soldaten'), m('b', 900, 'Soldat', 'X', 'Soldaten')],
      1,
      'X',
    ],
    ['different units stay apart', [m('a', 70, 'Prozent', null), m('b', 70, 'EUR', null)], 2, null],
    [
      'two currencies stay apart',
      [m('a', 5, 'EUR', null, 'Prämie'), m('b', 5, 'GBP', null, 'Prämie')],
      2,
      null,
    ],
    ['no unit in one article, a sum in another', [m('a', 3e6, null, 'X'), m('b', 3e6, 'GBP', 'Y')], 2, 'X'],
    ['no unit and a unit in one article', [m('a', 40, null, 'X'), m('a', 40, 'Haus', 'X')], 1, 'X'],
    ['equal durations of two articles', [m('a', 3, 'Jahr', 'X'), m('b', 3, 'Jahr', 'Y')], 2, 'X'],
    [
      'equal durations of one subject',
      [m('a', 45, 'Minute', 'X', 'Fahrzeit'), m('b', 45, 'Minute', null, 'Fahrzeit')],
      1,
      'X',
    ],
  ])('%s', (_label, mentions, count, claimant) => {
    const got = mergeFigures(mentions);
    expect(got).toHaveLength(count);
    expect(got[0]!.claimant).toBe(claimant);
  });
});
