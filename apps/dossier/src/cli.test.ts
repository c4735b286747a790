import type { Corpus } from '@dossier/core';
import { describe, expect, it } from 'vitest';
import { creationDate, parseSize } from './cli.js';

const corpus = (dates: (string | null)[]): Corpus => ({
  schemaVersion: 1,
  articles: dates.map((date, i) => ({
    id: `a${i}`,
    file: `a${i}.txt`,
    title: 't',
    date,
    publisher: null,
    author: null,
    language: 'de',
    body: 'b',
  })),
  figures: [],
  quotes: [],
  sources: [],
  people: [],
  timeline: [],
});

describe('creationDate', () => {
  it.each([
    [{ SOURCE_DATE_EPOCH: '86400' }, ['2024-01-02'], '1970-01-02T00:00:00.000Z'],
    [{}, ['2024-01-02', '2024-11-01', null], '2024-11-01T00:00:00.000Z'],
    [{}, ['2024-06'], '2024-06-01T00:00:00.000Z'],
    [{}, [null], '1970-01-01T00:00:00.000Z'],
  ])('env %j, dates %j -> %s', (env, dates, iso) => {
    expect(creationDate(corpus(dates), env).toISOString()).toBe(iso);
  });
});

describe('parseSize', () => {
  it.each([
    ['1048576', 1048576],
    ['5M', 5 * 1024 * 1024],
    ['512k', 512 * 1024],
    ['1.5MB', 1.5 * 1024 * 1024],
    ['2 KiB', 2048],
  ])('%s -> %d bytes', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });

  it.each(['', 'viel', '-5', '0', '5 Meter'])('%j is a usage error', (text) => {
    expect(() => parseSize(text)).toThrow(/--max-size/);
  });
});
