import { describe, expect, it } from 'vitest';
import { toDualAliasFinder } from './to-dual-alias-finder.js';

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// the regex each list's finder replaces: an alternation sorted longest first, between word edges (for the
// second list a hyphen is an edge too)
const regexMatches = (words: string[], text: string, hyphen: boolean) => {
  const alt = [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|');
  const edge = hyphen ? '\\p{L}\\p{N}-' : '\\p{L}\\p{N}';
  const re = new RegExp(`(?<![${edge}])(?:${alt})(?![${edge}])`, 'gu');
  return [...text.matchAll(re)].map((m) => ({ index: m.index, text: m[0] }));
};

describe('toDualAliasFinder', () => {
  it.each([
    [
      ['Nordkurier', 'Nord'],
      ['Nordkurier Online', 'Welt'],
      'laut Nordkurier Online und Nordkurier-Leser im Nord, Welt-Bank, die Welt',
    ],
    [['AB', 'ABC', 'B'], ['ABCD', 'B', 'A'], 'ABCD ABCE ABX B AB-C A -B- A'],
    [['a.b', 'a+b'], ['(x)', 'ä|ö', 'a'], 'a.b axb a+b (x) ä|ö a'],
    [['Die Zeit', 'Zeit'], ['Zeitung', 'Die'], 'Die Zeitung und Die Zeit, Zeitgeist, Die-Zeit'],
    [['𝔸x', '𝔸'], ['y', '𝔸'], '𝔸x 𝔸 yy 𝔸y y-𝔸 ä𝔸'],
    [
      ['Post'],
      ['Post Online', 'Post'],
      'Die Post Onliner, Post, Postbote, 2Post, Post2, éPost, Post-Bote, Bote-Post',
    ],
    [['X'], ['X'], '𝔸X X𝔸 X 𝔸 X -X X- \uD835X \uDD38X'],
    [['dpa', 'd'], ['der', 'Welt'], 'der dpa d-Zug der-Welt'],
    // aliases of two, three and four or more units sharing their first units, and words that share them too
    [
      ['der', 'derStandard', 'Die Zeit', 'ab'],
      ['Die', 'di', 'abc', 'abcd'],
      'der derStandard ders Die Zeit Die Zeitung dies di Di ab abc abcd abce a',
    ],
  ])('finds what the two regexes find (%j, %j)', (first, second, text) => {
    const [one, two] = toDualAliasFinder(first, second)(text);
    expect(one).toEqual(regexMatches(first, text, false));
    expect(two).toEqual(regexMatches(second, text, true));
    expect(one.length + two.length).toBeGreaterThan(0);
  });
});

describe('toDualAliasFinder: endings', () => {
  // where white space follows one of the endings, by definition
  const expected = (endings: string[], text: string) =>
    Array.from({ length: text.length }, (_, p) => p).filter(
      (p) => /\s/u.test(text[p] as string) && endings.some((e) => text.endsWith(e, p)),
    );
  it.each([
    [['eitung', 'latt', 'tank'], 'Die Zeitung und das Blatt\u00a0sowie Think tank\tund Zeitungen, Blatt.'],
    [['ab', 'Co.', 'x'], 'ab ab Co. x\u2009y ab'],
    [['𝔸bcd', 'dpa'], 'x𝔸bcd 𝔸bcd dpa-Bericht dpa'],
    [['zeit'], 'keine Treffer hier'],
  ])('%j in %j', (endings, text) => {
    const [, , ends] = toDualAliasFinder(['Die'], ['und'], endings)(text);
    expect(ends).toEqual(expected(endings, text));
  });
});
