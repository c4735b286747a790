import { describe, expect, it } from 'vitest';
import { toAliasFinder } from './to-alias-finder.js';
import { toDualAliasFinder } from './to-dual-alias-finder.js';

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
  ])('finds what two single finders find (%j, %j)', (first, second, text) => {
    const [one, two] = toDualAliasFinder(first, second)(text);
    expect(one).toEqual(toAliasFinder(first)(text));
    expect(two).toEqual(toAliasFinder(second, true)(text));
    expect(one.length + two.length).toBeGreaterThan(0);
  });
});
