import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addFiles, BAKERY, HARBOUR, makeFolder, STORM } from '../fixtures/ingest/make-folder.js';
import { runCli } from '../helpers/run-cli.js';

const cacheOf = (out: string) => join(out, '.dossier-cache');

describe('analysis cache', () => {
  it('adding one article analyses only that article; the corpus equals an uncached run', async () => {
    const input = await makeFolder({ 'sturm.txt': STORM, 'hafen.txt': HARBOUR });
    const out = await makeFolder({}, 'dossier-out-');
    const file = join(out, 'corpus.json');
    const first = await runCli(['extract', input, '--out', file]);
    expect(first.stderr).toMatch(/2 analysed, 0 from cache/);
    await addFiles(input, { 'baeckerei.txt': BAKERY });
    const second = await runCli(['extract', input, '--out', file]);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toMatch(/1 analysed, 2 from cache/);
    const cached = await readFile(file, 'utf8');
    const fresh = await runCli(['extract', input, '--json', '--no-cache']);
    expect(cached).toBe(fresh.stdout);
  });

  it('an edited file is analysed again; a removed file drops out of the cache', async () => {
    const input = await makeFolder({ 'sturm.txt': STORM, 'hafen.txt': HARBOUR });
    const out = await makeFolder({}, 'dossier-out-');
    const file = join(out, 'corpus.json');
    await runCli(['extract', input, '--out', file]);
    await writeFile(join(input, 'hafen.txt'), HARBOUR.replace('31 Millionen', '32 Millionen'));
    await rm(join(input, 'sturm.txt'));
    const r = await runCli(['extract', input, '--out', file]);
    expect(r.stderr).toMatch(/1 analysed, 0 from cache/);
    expect(await readFile(file, 'utf8')).toContain('32 Millionen');
    expect(await readdir(cacheOf(out))).toHaveLength(1);
  });

  it('corrupted cache entries are ignored', async () => {
    const input = await makeFolder({ 'sturm.txt': STORM, 'hafen.txt': HARBOUR });
    const out = await makeFolder({}, 'dossier-out-');
    const file = join(out, 'corpus.json');
    await runCli(['extract', input, '--out', file]);
    const before = await readFile(file, 'utf8');
    const entries = await readdir(cacheOf(out));
    await writeFile(join(cacheOf(out), entries[0]!), '{"key": "abc", "analysis": {"trunc');
    await writeFile(join(cacheOf(out), entries[1]!), '{"key": "wrong", "analysis": {}}');
    const r = await runCli(['extract', input, '--out', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/2 analysed, 0 from cache/);
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('--no-cache neither reads nor writes the cache', async () => {
    const input = await makeFolder({ 'sturm.txt': STORM });
    const out = await makeFolder({}, 'dossier-out-');
    const r = await runCli(['extract', input, '--out', join(out, 'corpus.json'), '--no-cache']);
    expect(r.code, r.stderr).toBe(0);
    expect(await readdir(out)).toEqual(['corpus.json']);
  });
});
