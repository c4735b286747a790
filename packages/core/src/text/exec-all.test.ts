import { describe, expect, it } from 'vitest';
import { execAll } from './exec-all.js';

const shape = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, ...m]);

describe('execAll', () => {
  it.each([
    [/(\p{Lu})(\p{Ll}*)/gu, 'Ein Haus am See, Berg und Tal'],
    [/x*/gu, 'ax𝔸xxb'],
    [/(?<![\p{L}])[Ww]ie/gu, 'Wie gesagt, wie immer, sowie'],
    [/\d+/g, 'keine Zahl'],
  ])('finds what matchAll finds for %s', (re, text) => {
    expect(shape(execAll(re, text))).toEqual(shape(text.matchAll(re)));
    expect(re.lastIndex).toBe(0);
  });

  it('starts at the given index, seeing the text before it', () => {
    expect(execAll(/(?<![\p{L}])ab/gu, 'xab ab ab', 2).map((m) => m.index)).toEqual([4, 7]);
  });
});
