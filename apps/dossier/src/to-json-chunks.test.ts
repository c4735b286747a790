import { describe, expect, it } from 'vitest';
import { toJsonChunks } from './to-json-chunks.js';

const joined = (v: Record<string, unknown>) => [...toJsonChunks(v)].join('');
const expected = (v: Record<string, unknown>) => `${JSON.stringify(v, null, 2)}\n`;

describe('toJsonChunks', () => {
  it.each<[string, Record<string, unknown>]>([
    ['an empty object', {}],
    ['only undefined values', { a: undefined }],
    ['scalars and empty arrays', { schemaVersion: 1, articles: [], note: null, ok: true, ratio: 0.5 }],
    ['nested objects', { meta: { a: { b: [1, 2, { c: 'd' }] }, e: [] } }],
    [
      'line breaks and quotes inside strings',
      { articles: [{ body: 'eins\nzwei\r\n„drei“ "vier"\t\u2028' }] },
    ],
    ['undefined and functions inside arrays', { list: [1, undefined, () => 1, { x: undefined, y: 2 }] }],
    ['non-finite numbers', { list: [Number.NaN, Number.POSITIVE_INFINITY], n: Number.NaN }],
    ['a key needing escapes', { 'a "b"\n': [{ 'c\\d': 1 }] }],
  ])('gives the text of JSON.stringify for %s', (_name, value) => {
    expect(joined(value)).toBe(expected(value));
  });

  it('gives a large corpus in several chunks, none of them the whole text', () => {
    const articles = Array.from({ length: 8000 }, (_, i) => ({
      id: `a${i}`,
      body: `Absatz ${i}\n\n`.repeat(40),
      tags: i % 3 ? [] : ['x', { y: i }],
    }));
    const value = { schemaVersion: 1, articles, figures: [], changes: { articles: ['a1'] } };
    const chunks = [...toJsonChunks(value)];
    expect(chunks.length).toBeGreaterThan(2);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(expected(value).length / 2);
    expect(chunks.join('')).toBe(expected(value));
  });
});
