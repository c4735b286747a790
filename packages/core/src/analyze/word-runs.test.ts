import { describe, expect, it } from 'vitest';
import { forEachRun, type RunKind } from './word-runs.js';

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
