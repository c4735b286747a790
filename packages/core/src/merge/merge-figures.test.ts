import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FigureMention } from '../types.js';
import { isCompatibleMention, mergeFigures } from './merge-figures.js';

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

describe('mergeFigures, the groups closed to other articles', () => {
  // the first-fit grouping as it was before groups were indexed: every member of every group, in order
  const groupsOracle = (mentions: FigureMention[]) => {
    const groups: FigureMention[][] = [];
    for (const x of mentions) {
      const g = groups.find((g) => g[0]?.value === x.value && g.every((y) => isCompatibleMention(y, x)));
      if (g) g.push(x);
      else groups.push([x]);
    }
    return groups.map((g) => g.map((x) => `${x.article}:${x.text}`));
  };
  const mention = fc
    .record({
      article: fc.constantFrom('a', 'b', 'c'),
      value: fc.constantFrom(3, 4),
      unit: fc.constantFrom(null, 'Jahr', 'Stunde', 'EUR', 'GBP', 'Soldat'),
      subject: fc.constantFrom(undefined, 'Haft', 'Laufzeit'),
      n: fc.integer({ min: 0, max: 9 }),
    })
    .map(
      ({ article, value, unit, subject, n }): FigureMention => ({
        article,
        value,
        unit,
        claimant: null,
        ...(subject ? { subject } : {}),
        text: `${value} ${unit} ${subject ?? ''} #${n}`,
      }),
    );

  it('groups exactly as comparing every group in creation order (property)', () => {
    fc.assert(
      fc.property(fc.array(mention, { maxLength: 40 }), (mentions) => {
        // each mention's text is unique within its article, so a group's mentions are all listed
        const unique = mentions.map((x, i) => ({ ...x, text: `${x.text} ${i}` }));
        const got = mergeFigures(unique).map((f) => f.mentions.map((x) => `${x.article}:${x.text}`));
        expect(got).toEqual(groupsOracle(unique));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps a length of time of one article out of the group of another, and lets a subject join them', () => {
    const merged = mergeFigures([
      m('a', 3, 'Jahr', null),
      m('b', 3, 'Jahr', null),
      m('a', 3, 'Jahr', null, 'Haft'),
      m('c', 3, 'Jahr', null, 'Haft'),
    ]);
    // a's two mentions are one group (listed once: the same text); b's and c's stay apart from it
    expect(merged.map((f) => f.mentions.map((x) => x.article))).toEqual([['a'], ['b'], ['c']]);
    expect(merged[0]?.subject).toBe('Haft');
    expect(mergeFigures([m('a', 3, 'Jahr', null, 'Haft'), m('c', 3, 'Jahr', null, 'Haft')])).toHaveLength(1);
  });
});
