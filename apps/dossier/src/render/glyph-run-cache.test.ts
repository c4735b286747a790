import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preloadGlyphRuns, withGlyphRunCache } from './glyph-run-cache.js';
import { renderJob } from './render-dossier-pdf.js';
import { type RenderJob, toRenderJob } from './to-render-job.js';
import { toWarmUpCorpus } from './warm-up-corpus.js';

const createdAt = new Date(Date.UTC(2031, 0, 2));
const job = (seed: number, glyphRunsPath?: string): RenderJob =>
  toRenderJob(toWarmUpCorpus(3, seed), { createdAt, ...(glyphRunsPath ? { glyphRunsPath } : {}) });

/** The PDF of a job, rendered the way the CLI renders it. */
async function pdfOf(j: RenderJob): Promise<Buffer> {
  return Buffer.from((await renderJob(j)).pdf);
}

const freshPath = async () => join(await mkdtemp(join(tmpdir(), 'glyph-runs-')), 'glyph-runs.json');

describe('withGlyphRunCache', () => {
  it('reuses the words shaped by an earlier render, with the same PDF bytes as shaping them', async () => {
    const path = await freshPath();
    const plain = await pdfOf(job(5));
    // first render: nothing stored, every word shaped and then stored
    const first = await withGlyphRunCache(path, () => pdfOf(job(5)));
    expect(first.stats.reused).toBe(0);
    expect(first.stats.shaped).toBeGreaterThan(100);
    expect(first.result.equals(plain)).toBe(true);
    // second render of the same dossier: every word from the store
    const second = await withGlyphRunCache(path, () => pdfOf(job(5)));
    expect(second.stats).toEqual({ reused: first.stats.shaped, shaped: 0 });
    expect(second.result.equals(plain)).toBe(true);
    // another dossier: its new words shaped, the shared ones reused, still the bytes of an uncached render
    const other = await withGlyphRunCache(path, () => pdfOf(job(6)));
    expect(other.stats.reused).toBeGreaterThan(0);
    expect(other.stats.shaped).toBeGreaterThan(0);
    expect(other.result.equals(await pdfOf(job(6)))).toBe(true);
  }, 60_000);

  it('renders from a store read ahead, and reads the file again when another process wrote it', async () => {
    const path = await freshPath();
    const first = await withGlyphRunCache(path, () => pdfOf(job(11)));
    preloadGlyphRuns(path);
    const ahead = await withGlyphRunCache(path, () => pdfOf(job(11)));
    expect(ahead.stats).toEqual({ reused: first.stats.shaped, shaped: 0 });
    // another build replaced the file with an empty store: this one follows the file, not its memory
    await new Promise((r) => setTimeout(r, 20));
    const empty = JSON.parse(await readFile(path, 'utf8'));
    await writeFile(path, JSON.stringify({ ...empty, fonts: {} }));
    const after = await withGlyphRunCache(path, () => pdfOf(job(11)));
    expect(after.stats).toEqual({ reused: 0, shaped: first.stats.shaped });
    expect(after.result.equals(first.result)).toBe(true);
  }, 60_000);

  it('leaves the file alone when no word was new', async () => {
    const path = await freshPath();
    await withGlyphRunCache(path, () => pdfOf(job(7)));
    const before = await stat(path);
    await new Promise((r) => setTimeout(r, 20));
    const again = await withGlyphRunCache(path, () => pdfOf(job(7)));
    expect(again.stats.shaped).toBe(0);
    expect((await stat(path)).mtimeMs).toBe(before.mtimeMs);
  }, 60_000);

  it.each([
    ['not JSON', '{"format":1,'],
    ['another format', JSON.stringify({ format: 0, fingerprint: 'x', fonts: {} })],
    [
      'another fingerprint (fonts or pdfkit changed)',
      JSON.stringify({ format: 1, fingerprint: 'x', fonts: {} }),
    ],
  ])(
    'treats a cache file that is %s as empty and replaces it',
    async (_what, content) => {
      const path = await freshPath();
      await writeFile(path, content);
      const r = await withGlyphRunCache(path, () => pdfOf(job(8)));
      expect(r.stats.reused).toBe(0);
      expect(r.result.equals(await pdfOf(job(8)))).toBe(true);
      expect(JSON.parse(await readFile(path, 'utf8')).format).toBe(1);
    },
    60_000,
  );

  it('shapes a word again when its stored entry is malformed', async () => {
    const path = await freshPath();
    await withGlyphRunCache(path, () => pdfOf(job(9)));
    const store = JSON.parse(await readFile(path, 'utf8')) as {
      fonts: Record<string, Record<string, unknown>>;
    };
    const [font, words] = Object.entries(store.fonts)[0] ?? [];
    const broken = Object.keys(words ?? {}).slice(0, 3);
    expect(font && broken.length === 3).toBe(true);
    const damage: unknown[] = [[[1], [], [[1]], [[65]]], 'run', [[1, 2], [3], [[1], [2]], [[65], [66]]]];
    broken.forEach((w, i) => {
      (store.fonts[font as string] as Record<string, unknown>)[w] = damage[i];
    });
    await writeFile(path, JSON.stringify(store));
    const r = await withGlyphRunCache(path, () => pdfOf(job(9)));
    expect(r.stats.shaped).toBe(3);
    expect(r.result.equals(await pdfOf(job(9)))).toBe(true);
  }, 60_000);

  it('renders without a cache when the file cannot be written', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'glyph-runs-'));
    // the cache file's folder is a file: nothing can be written below it
    await writeFile(join(dir, 'blocked'), '');
    const r = await withGlyphRunCache(join(dir, 'blocked', 'glyph-runs.json'), () => pdfOf(job(4)));
    expect(r.result.equals(await pdfOf(job(4)))).toBe(true);
  }, 60_000);
});

describe('renderJob with glyphRunsPath', () => {
  it('writes the cache file and renders the same bytes as without it', async () => {
    const path = await freshPath();
    const cached = await renderJob(job(2, path));
    expect((await stat(path)).size).toBeGreaterThan(0);
    const again = await renderJob(job(2, path));
    const plain = await pdfOf(job(2));
    expect(Buffer.from(cached.pdf).equals(plain)).toBe(true);
    expect(Buffer.from(again.pdf).equals(plain)).toBe(true);
  }, 60_000);
});
