import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFilesAtomic } from '../write-atomic.js';
import { type ChangeKeys, type EditionKeys, type PreviousEdition, toEditionKeys } from './corpus-changes.js';

// Only what the edition diff reads is checked and kept: validating the whole previous corpus (137 MB at
// 10,000 articles) with the full schema cost seconds and held a second corpus in memory during the build.
// three lists of keys: the edition's own (articles, figures, statements) or the changes it marked
const KeyListsSchema = z.object({
  articles: z.array(z.string()),
  figures: z.array(z.string()),
  quotes: z.array(z.string()),
});
const EditionSchema = z.object({
  articles: z.array(z.object({ file: z.string(), hash: z.string().optional(), body: z.string() })),
  figures: z.array(
    z.object({ value: z.number(), unit: z.string().nullable(), claimant: z.string().nullable() }),
  ),
  quotes: z.array(z.object({ speaker: z.string().nullable(), text: z.string() })),
  changes: KeyListsSchema.optional().catch(undefined),
});
/** The edition index kept in the cache folder: the keys of the corpus.json whose SHA-256 it names. */
const EditionIndexSchema = z.object({
  corpusSha256: z.string(),
  keys: KeyListsSchema,
  changes: KeyListsSchema.optional(),
});

/** The name of the edition index in the cache folder. */
export const EDITION_INDEX = 'edition.json';

/**
 * Reads the keys of the previous corpus.json of an output folder; a missing or invalid file means there is
 * no previous edition. With a cache folder, the edition index written by the last build stands in for
 * parsing corpus.json when its hash still matches the file (parsing 137 MB at 10,000 articles was the peak of
 * a build's memory).
 */
export async function loadPreviousEdition(path: string, cacheDir?: string): Promise<PreviousEdition | null> {
  if (cacheDir) {
    const indexed = await loadEditionIndex(path, cacheDir);
    if (indexed) return indexed;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return null;
  }
  const parsed = EditionSchema.safeParse(raw);
  if (!parsed.success) return null;
  const keys = toEditionKeys(parsed.data);
  const changes: ChangeKeys | undefined = parsed.data.changes;
  return changes ? { keys, changes } : { keys };
}

async function loadEditionIndex(path: string, cacheDir: string): Promise<PreviousEdition | null> {
  let index: z.infer<typeof EditionIndexSchema>;
  try {
    const parsed = EditionIndexSchema.safeParse(
      JSON.parse(await readFile(join(cacheDir, EDITION_INDEX), 'utf8')),
    );
    if (!parsed.success) return null;
    index = parsed.data;
    if ((await hashFile(path)) !== index.corpusSha256) return null;
  } catch {
    return null;
  }
  return index.changes ? { keys: index.keys, changes: index.changes } : { keys: index.keys };
}

async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Passes text chunks on while hashing their UTF-8 bytes (the hash of the file they are written to). */
export function* hashingChunks(chunks: Iterable<string>, hash: Hash): Generator<string> {
  for (const chunk of chunks) {
    hash.update(chunk, 'utf8');
    yield chunk;
  }
}

/** Writes the edition index of a corpus.json just written; a failure only costs the next build a parse. */
export async function writeEditionIndex(
  cacheDir: string,
  corpusSha256: string,
  keys: EditionKeys,
  changes: ChangeKeys | undefined,
): Promise<void> {
  const index = { corpusSha256, keys, ...(changes ? { changes } : {}) };
  try {
    await writeFilesAtomic([{ path: join(cacheDir, EDITION_INDEX), data: JSON.stringify(index) }]);
  } catch {
    // like the analysis cache: a folder that cannot be written only costs time
  }
}
