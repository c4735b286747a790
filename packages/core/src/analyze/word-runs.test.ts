import { describe, expect, it } from 'vitest';
import { forEachRun, type RunKind, runStartBefore, runStartsAt } from './word-runs.js';

const runs = (text: string, kind: RunKind): string[] => {
  const out: string[] = [];
  forEachRun(text, kind, (s, e) => out.push(text.slice(s, e)));
  return out;
};

describe('forEachRun', () => {
  it.each([
    'Die drei Schüler-Teams kamen um 12 Uhr.',
    'Über 2024-Ausgaben: „fünfzig“ — ok?',
    'Griechisch ΑΣ und 𝐀𝐁 (mathematische Buchstaben) und Ⅻ',
    '',
    '--- 7 ---',
    'ende',
  ])('finds the runs the regexes find in %j', (text) => {
    expect(runs(text, 'L')).toEqual(text.match(/\p{L}+/gu) ?? []);
    expect(runs(text, 'LN')).toEqual(text.match(/[\p{L}\p{N}]+/gu) ?? []);
    expect(runs(text, 'LN-')).toEqual(text.match(/[\p{L}\p{N}-]+/gu) ?? []);
  });
});

describe('runStartsAt and runStartBefore', () => {
  it.each([
    ['Am 3. Mai-Tag kam 𝐀𝐁c, nicht\ud800x oder \udc00y; Ä2-b', 'L'],
    ['Am 3. Mai-Tag kam 𝐀𝐁c, nicht\ud800x oder \udc00y; Ä2-b', 'LN'],
    ['Am 3. Mai-Tag kam 𝐀𝐁c, nicht\ud800x oder \udc00y; Ä2-b', 'LN-'],
    ['😀a😀 b\ud800\ud800\udc00z', 'LN'],
    ['', 'LN'],
  ] as [string, RunKind][])('agree with forEachRun on %j (%s)', (text, kind) => {
    const runs: [number, number][] = [];
    forEachRun(text, kind, (s, e) => runs.push([s, e]));
    for (let i = 0; i <= text.length; i++) {
      expect(runStartsAt(text, i, kind)).toBe(runs.some(([s]) => s === i));
      expect(runStartBefore(text, i, kind)).toBe(runs.find(([, e]) => e === i)?.[0] ?? -1);
    }
  });
});
