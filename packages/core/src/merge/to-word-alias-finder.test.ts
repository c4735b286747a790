import { describe, expect, it } from 'vitest';
import { toWordAliasFinder } from './to-word-alias-finder.js';

const lists = [
  ['Wetteramt', 'WA'],
  ['Statistikbüro Nord', 'SBN'],
  ['Amt'],
  ['Büro', 'Nord-Ost (Kiel)'],
  ['𝐀𝐁𝐂'],
];

/** The regex scan the finder replaces: the first list with an alias matching as a whole word. */
function oracle(text: string): number {
  return lists.findIndex((aliases) =>
    aliases
      .filter((a) => a.length >= 3)
      .some((a) =>
        new RegExp(`(?<![\\p{L}])${a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text),
      ),
  );
}

describe('toWordAliasFinder', () => {
  const find = toWordAliasFinder(lists, 3);
  it.each([
    ['Sprecher des Wetteramt', 0],
    ['Wetteramtes', -1],
    ['das Statistikbüro Nord meldet', 1],
    ['Amt und Wetteramt', 0],
    ['Landesamt', -1],
    ['WA', -1],
    ['SBN-Chefin', 1],
    ['Büro Nord-Ost (Kiel) heute', 3],
    ['xNord-Ost (Kiel)', -1],
    ['(Kiel) Nord-Ost (Kiel)', 3],
    ['Amt', 2],
    ['Ämter', -1],
    ['𝐀𝐁𝐂', 4],
    ['x𝐀𝐁𝐂', -1],
    ['', -1],
  ])('%s → %d', (text, want) => {
    expect(find(text)).toBe(want);
    expect(oracle(text)).toBe(want);
  });
});
