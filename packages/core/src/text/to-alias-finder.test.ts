import { describe, expect, it } from 'vitest';
import { toAliasFinder } from './to-alias-finder.js';

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// the regex the finder replaces: an alternation sorted longest first, between word edges
const regexMatches = (words: string[], text: string, hyphen: boolean) => {
  const alt = [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|');
  const edge = hyphen ? '\\p{L}\\p{N}-' : '\\p{L}\\p{N}';
  const re = new RegExp(`(?<![${edge}])(?:${alt})(?![${edge}])`, 'gu');
  return [...text.matchAll(re)].map((m) => ({ index: m.index, text: m[0] }));
};

describe('toAliasFinder', () => {
  it.each([
    [['Nordkurier', 'Nord', 'Nordkurier Online'], 'laut Nordkurier Online und Nordkurier-Leser im Nord'],
    [['AB', 'ABC', 'ABCD', 'B'], 'ABCD ABCE ABX B AB-C'],
    [['a.b', 'a+b', '(x)', 'ä|ö'], 'a.b axb a+b (x) ä|ö'],
    [['Die Zeit', 'Zeit', 'Zeitung'], 'Die Zeitung und Die Zeit, Zeitgeist'],
    [['𝔸x', '𝔸', 'y'], '𝔸x 𝔸 yy 𝔸y'],
    [['Post', 'Post Online'], 'Die Post Onliner, Post, Postbote, 2Post, Post2, éPost, Post-Bote, Bote-Post'],
    [['X'], '𝔸X X𝔸 X 𝔸 X'],
    [['Welt'], 'Welt-Institut und die Welt'],
  ])('finds %j like the regex', (words, text) => {
    for (const hyphen of [false, true]) {
      const got = toAliasFinder(words, hyphen)(text);
      expect(got).toEqual(regexMatches(words, text, hyphen));
    }
    expect(toAliasFinder(words)(text).length).toBeGreaterThan(0);
  });
});
