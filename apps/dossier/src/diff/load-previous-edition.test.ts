import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  EDITION_INDEX,
  hashingChunks,
  loadPreviousEdition,
  writeEditionIndex,
} from './load-previous-edition.js';

const corpus = {
  schemaVersion: 1,
  articles: [{ id: 'a', file: 'a.txt', title: 'A', body: 'Text.', hash: 'h1' }],
  figures: [{ value: 3, unit: 'Busse', claimant: null, mentions: [] }],
  quotes: [{ article: 'a', speaker: 'Ina Test', text: 'Ja.', kind: 'direct' }],
  sources: [],
  people: [],
  timeline: [],
  changes: { articles: ['a'], figures: [], quotes: [] },
};
const parsedKeys = { articles: ['a.txt|h1'], figures: ['3|busse|'], quotes: ['ina test|ja.'] };

describe('loadPreviousEdition', () => {
  let dir: string;
  let cache: string;
  let path: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dossier-edition-'));
    cache = join(dir, '.dossier-cache');
    path = join(dir, 'corpus.json');
    await writeFile(path, `${JSON.stringify(corpus, null, 2)}\n`);
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('reads the keys from corpus.json without an index', async () => {
    expect(await loadPreviousEdition(path, cache)).toEqual({ keys: parsedKeys, changes: corpus.changes });
  });

  it('takes the keys from the edition index while its hash matches corpus.json, else parses the file', async () => {
    const sha = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
    const indexed = { articles: ['from-index'], figures: [], quotes: [] };
    await writeEditionIndex(cache, sha, indexed, undefined);
    expect(JSON.parse(await readFile(join(cache, EDITION_INDEX), 'utf8')).corpusSha256).toBe(sha);
    expect(await loadPreviousEdition(path, cache)).toEqual({ keys: indexed });
    // without the cache folder (--no-cache) the file itself is read
    expect(await loadPreviousEdition(path)).toEqual({ keys: parsedKeys, changes: corpus.changes });
    // corpus.json replaced by hand: the index no longer applies
    await writeFile(path, `${JSON.stringify({ ...corpus, changes: undefined })}\n`);
    expect(await loadPreviousEdition(path, cache)).toEqual({ keys: parsedKeys });
  });

  it('has no previous edition for a missing or invalid corpus.json', async () => {
    expect(await loadPreviousEdition(join(dir, 'none.json'), cache)).toBeNull();
    await writeFile(path, '{"articles": 3}');
    expect(await loadPreviousEdition(path, cache)).toBeNull();
  });

  it('hashes the chunks it passes on as their UTF-8 bytes', () => {
    const hash = createHash('sha256');
    const chunks = ['{"a": "„ä“', '"}\n'];
    expect([...hashingChunks(chunks, hash)]).toEqual(chunks);
    expect(hash.digest('hex')).toBe(
      createHash('sha256')
        .update(Buffer.from(chunks.join(''), 'utf8'))
        .digest('hex'),
    );
  });
});
