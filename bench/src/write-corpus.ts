import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type GeneratedArticle, generateArticles, hash32 } from './generate-articles.js';

/** Bumped when the generator changes, so cached corpora are regenerated. */
const GENERATOR_VERSION = 2;

/** Writes articles into a folder, replacing what was there. */
export async function writeArticles(dir: string, articles: readonly GeneratedArticle[]): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const a of articles) await writeFile(join(dir, a.file), a.text);
}

/**
 * Makes sure `dir` holds the synthetic corpus of `count` articles for these seeds and seed number, reusing it
 * when a marker file beside the folder says it is the same; returns its total size in bytes.
 */
export async function writeCorpusOnce(
  dir: string,
  seeds: readonly string[],
  count: number,
  seed: number,
): Promise<{ bytes: number; reused: boolean }> {
  const marker = `${dir}.json`;
  const want = JSON.stringify({ GENERATOR_VERSION, count, seed, seeds: seeds.map(hash32) });
  try {
    const have = JSON.parse(await readFile(marker, 'utf8')) as { want: string; bytes: number };
    if (have.want === want) return { bytes: have.bytes, reused: true };
  } catch {
    // no marker: generate
  }
  const articles = generateArticles(seeds, count, { seed });
  await writeArticles(dir, articles);
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  await writeFile(marker, JSON.stringify({ want, bytes }));
  return { bytes, reused: false };
}
