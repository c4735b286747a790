import { describe, expect, it } from 'vitest';
import { toTriePattern } from './to-trie-pattern.js';

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// the alternation the trie replaces: longest word first
const plain = (words: string[]) =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|');

describe('toTriePattern', () => {
  it.each([
    [['Nordkurier', 'Nord', 'Nordkurier Online'], 'laut Nordkurier Online und Nordkurier-Leser im Nord'],
    [['AB', 'ABC', 'ABCD', 'B'], 'ABCD ABCE ABX B AB-C'],
    [['a.b', 'a+b', '(x)', 'ä|ö'], 'a.b axb a+b (x) ä|ö'],
    [['Die Zeit', 'Zeit', 'Zeitung'], 'Die Zeitung und Die Zeit, Zeitgeist'],
    [['𝔸x', '𝔸', 'y'], '𝔸x 𝔸 yy'],
  ])('matches %j like the sorted alternation', (words, text) => {
    const edge = '\\p{L}\\p{N}';
    const re = (alt: string) => new RegExp(`(?<![${edge}])(?:${alt})(?![${edge}])`, 'gu');
    const got = [...text.matchAll(re(toTriePattern(words)))].map((m) => [m.index, m[0]]);
    const want = [...text.matchAll(re(plain(words)))].map((m) => [m.index, m[0]]);
    expect(got).toEqual(want);
    expect(got.length).toBeGreaterThan(0);
  });
});
