import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFilesAtomic } from './write-atomic.js';

async function folderWithOld(): Promise<{ dir: string; a: string; b: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-write-'));
  const a = join(dir, 'corpus.json');
  const b = join(dir, 'dossier.pdf');
  await writeFile(a, 'old a');
  await writeFile(b, 'old b');
  return { dir, a, b };
}

describe('writeFilesAtomic', () => {
  it('writes text chunks and bytes still being made, then puts both in place', async () => {
    const { dir, a, b } = await folderWithOld();
    const later = new Promise<Uint8Array>((r) => setTimeout(() => r(new TextEncoder().encode('new b')), 50));
    expect(
      await writeFilesAtomic([
        { path: a, data: ['new', ' a'] },
        { path: b, data: later },
      ]),
    ).toBe(true);
    expect(await readFile(a, 'utf8')).toBe('new a');
    expect(await readFile(b, 'utf8')).toBe('new b');
    expect(await readdir(dir)).toEqual(['corpus.json', 'dossier.pdf']);
  });

  it('leaves the old files and no temporary ones when commitIf says no', async () => {
    const { dir, a, b } = await folderWithOld();
    const written = await writeFilesAtomic(
      [
        { path: a, data: 'new a' },
        { path: b, data: Promise.resolve(new Uint8Array([1])) },
      ],
      { commitIf: async () => false },
    );
    expect(written).toBe(false);
    expect(await readFile(a, 'utf8')).toBe('old a');
    expect(await readFile(b, 'utf8')).toBe('old b');
    expect(await readdir(dir)).toEqual(['corpus.json', 'dossier.pdf']);
  });

  it('leaves the old files when the bytes being made fail', async () => {
    const { dir, a, b } = await folderWithOld();
    const failing = Promise.reject(new Error('render failed'));
    failing.catch(() => undefined);
    await expect(
      writeFilesAtomic([
        { path: a, data: 'new a' },
        { path: b, data: failing },
      ]),
    ).rejects.toThrow('render failed');
    expect(await readFile(a, 'utf8')).toBe('old a');
    expect(await readdir(dir)).toEqual(['corpus.json', 'dossier.pdf']);
  });
});
