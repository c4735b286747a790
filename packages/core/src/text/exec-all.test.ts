import { describe, expect, it } from 'vitest';
import { execAll, execAllAt } from './exec-all.js';

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

describe('execAllAt', () => {
  // `next` jumps to the next word that starts with "a" (where every match starts), or to `from` itself
  const nextA = (text: string) => (from: number) => {
    if (from === 0 && text.startsWith('a')) return 0;
    const i = text.indexOf(' a', from - 1);
    return i < 0 ? -1 : Math.max(from, i + 1);
  };
  it.each([
    [/(?<![\p{L}])a\p{L}*/gu, 'ab cd ax a𝔸 xa ab', nextA],
    [/(?<![\p{L}])a\p{L}*/gu, 'ab', nextA],
    [/x*/gu, 'ax𝔸xxb', () => (from: number) => from],
    [/\d+/g, 'keine Zahl', () => () => -1],
  ])('finds what execAll finds for %s in %j', (re, text, next) => {
    expect(shape(execAllAt(re, text, next(text)))).toEqual(shape(execAll(re, text)));
    expect(re.lastIndex).toBe(0);
  });
});
