import { describe, expect, it } from 'vitest';
import type { PersonMention } from '../types.js';
import { mergePeople, toCanonicalSpeakers } from './merge-people.js';

const m = (article: string, name: string, role: string | null = null): PersonMention => ({
  article,
  name,
  role,
});

describe('mergePeople', () => {
  it.each([
    ['transliteration -ow/-ov', [m('a', 'Alexej Nawalny', 'Außenminister'), m('b', 'Alexei Navalny')], 1],
    ['hyphenation', [m('a', 'Lee Hae-jin'), m('b', 'Lee Hae Jin')], 1],
    ['surname only with a full name elsewhere', [m('a', 'Olga Brandt', 'Ministerin'), m('b', 'Brandt')], 1],
    ['two people with one surname stay apart', [m('a', 'Lars Berg'), m('a', 'Erik Berg')], 2],
    ['an ambiguous surname is not merged', [m('a', 'Lars Berg'), m('a', 'Erik Berg'), m('b', 'Berg')], 3],
    [
      'a misspelt surname with one given name and a role of the same stem',
      [m('a', 'Anna Wieczorek', 'Leiterin des Hafenamts'), m('b', 'Anna Wiezorek', 'Hafenamtschefin')],
      1,
    ],
    [
      'a near surname with unrelated roles stays apart',
      [m('a', 'Anna Wieczorek', 'Bürgermeisterin'), m('b', 'Anna Wiezorek', 'Richterin')],
      2,
    ],
    ['a near surname without roles stays apart', [m('a', 'Anna Wieczorek'), m('b', 'Anna Wiezorek')], 2],
  ])('%s', (_n, mentions, count) => {
    expect(mergePeople(mentions)).toHaveLength(count);
  });

  it('keeps the most informative role, every article and the other spellings', () => {
    const [p] = mergePeople([
      m('b', 'Alexei Navalny', 'Minister'),
      m('a', 'Alexej Nawalny', 'russischer Außenminister'),
    ]);
    expect(p).toMatchObject({ role: 'russischer Außenminister', articles: ['a', 'b'] });
    expect([p?.name, ...(p?.aliases ?? [])].sort()).toEqual(['Alexei Navalny', 'Alexej Nawalny']);
  });
});

describe('toCanonicalSpeakers', () => {
  const people = mergePeople([m('a', 'Alexej Nawalny'), m('b', 'Alexei Navalny')]);
  it.each([
    ['Alexei Navalny', 'Alexej Nawalny'],
    ['Alexej Nawalny', 'Alexej Nawalny'],
    ['Innenministerium', 'Innenministerium'],
  ])('%s → %s', (speaker, want) => {
    const [q] = toCanonicalSpeakers([{ article: 'b', speaker, text: 'x', kind: 'direct' }], people);
    expect(q?.speaker).toBe(want);
  });
});
