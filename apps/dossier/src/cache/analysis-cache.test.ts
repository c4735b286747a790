import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeArticle, parseArticle, type RawInput } from '@dossier/core';
import { describe, expect, it } from 'vitest';
import { openAnalysisCache, toCacheKey } from './analysis-cache.js';
import { analyzeInputs } from './analyze-inputs.js';

const input = (file: string, text: string, hash = 'h'): RawInput => ({ file, text, hash });

describe('toCacheKey', () => {
  it.each([
    ['another file name', input('b.txt', 'x'), ''],
    ['other bytes', input('a.txt', 'x', 'h2'), ''],
    ['another decoding', input('a.txt', 'y'), ''],
    ['another core build', input('a.txt', 'x'), 'build2'],
  ])('changes with %s', (_label, other, build) => {
    expect(toCacheKey(other, build)).not.toBe(toCacheKey(input('a.txt', 'x'), ''));
  });
});

describe('analysis cache', () => {
  it('round-trips an analysis and ignores corrupt or mismatched entries', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dossier-cache-'));
    const cache = openAnalysisCache(dir);
    const analysis = analyzeArticle(parseArticle(input('a.txt', 'Titel\n\nEin Satz.')));
    const key = toCacheKey(input('a.txt', 'Titel\n\nEin Satz.'));
    expect(await cache.get(key)).toBeUndefined();
    await cache.set(key, analysis);
    expect(await cache.get(key)).toEqual(analysis);
    // stored without the paragraphs the body gives back, read with them in the same key order
    const stored = JSON.parse(await readFile(join(dir, `${key}.json`), 'utf8'));
    expect(stored.analysis.paragraphs).toBeUndefined();
    expect(JSON.stringify(await cache.get(key))).toBe(JSON.stringify(analysis));
    await writeFile(join(dir, `${key}.json`), '{"key":');
    expect(await cache.get(key)).toBeUndefined();
    await writeFile(join(dir, `${key}.json`), JSON.stringify({ key: 'other', analysis }));
    expect(await cache.get(key)).toBeUndefined();
    await writeFile(join(dir, `${key}.json`), JSON.stringify({ key, analysis: { ...analysis, quotes: 3 } }));
    expect(await cache.get(key)).toBeUndefined();
  });

  it.each([
    ['a paragraph holding a blank line', ['Titel', 'Erster Teil\n\nZweiter Teil']],
    ['no paragraphs of an empty body', []],
  ])('keeps the paragraphs of %s, which the body cannot give back', async (_what, paragraphs) => {
    const dir = await mkdtemp(join(tmpdir(), 'dossier-cache-'));
    const cache = openAnalysisCache(dir);
    const base = analyzeArticle(parseArticle(input('a.txt', 'Titel\n\nEin Satz.')));
    const analysis = { ...base, article: { ...base.article, body: paragraphs.join('\n\n') }, paragraphs };
    await cache.set('k', analysis);
    expect(JSON.parse(await readFile(join(dir, 'k.json'), 'utf8')).analysis.paragraphs).toEqual(paragraphs);
    expect(await cache.get('k')).toEqual(analysis);
  });

  it('analyzeInputs takes hits from the cache, analyses misses and prunes the rest', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dossier-cache-'));
    const cache = openAnalysisCache(dir);
    const a = input('a.txt', 'Titel A\n\nEin Satz.');
    const b = input('b.txt', 'Titel B\n\nNoch ein Satz.');
    expect(await analyzeInputs([a], { cache })).toMatchObject({ analysed: 1, cached: 0 });
    const both = await analyzeInputs([a, b], { cache });
    expect(both).toMatchObject({ analysed: 1, cached: 1 });
    expect(both.analyses.map((x) => x.article.file)).toEqual(['a.txt', 'b.txt']);
    await analyzeInputs([b], { cache });
    expect(await readdir(dir)).toEqual([`${toCacheKey(b)}.json`]);
  });

  it('an analysis that throws skips that file with an error naming it', async () => {
    const r = await analyzeInputs([input('a.txt', 'x'), input('b.txt', 'Titel\n\nSatz.')], {
      analyzeMany: async (inputs) =>
        inputs.map((i) =>
          i.file === 'a.txt' ? { error: 'boom' } : { analysis: analyzeArticle(parseArticle(i)) },
        ),
    });
    expect(r.analyses.map((x) => x.article.file)).toEqual(['b.txt']);
    expect(r.problems).toEqual([
      {
        code: 'analysis-failed',
        file: 'a.txt',
        message: 'analysis failed: boom',
        severity: 'error',
        skipped: true,
      },
    ]);
  });
});
