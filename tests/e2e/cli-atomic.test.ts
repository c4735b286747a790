import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { addFiles, makeFolder } from '../fixtures/ingest/make-folder.js';
import { buildFixtureDossier, FIXED_ENV, strayTemps } from '../helpers/build-fixture.js';
import { runCli } from '../helpers/run-cli.js';

const env = FIXED_ENV;

describe('atomic output', () => {
  let input: string;
  let out: string;
  let pdf: Buffer;
  let corpus: string;

  beforeAll(async () => {
    const first = await buildFixtureDossier();
    expect(first.code, first.stderr).toBe(0);
    ({ input, out, pdf, corpus } = first);
  }, 120_000);

  it('a strict-failed build leaves the previous dossier.pdf and corpus.json untouched', async () => {
    await addFiles(input, { 'kaputt.txt': Uint8Array.from([0, 1, 2, 0]) });
    const r = await runCli(['build', input, '--out', join(out, 'dossier.pdf'), '--strict'], { env });
    await rm(join(input, 'kaputt.txt'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/kaputt\.txt: binary data/);
    expect(await readFile(join(out, 'dossier.pdf'))).toEqual(pdf);
    expect(await readFile(join(out, 'corpus.json'), 'utf8')).toBe(corpus);
    expect(await strayTemps(out)).toEqual([]);
  });

  it('a build whose output cannot be written fails with 1, leaves the PDF untouched and no temp files', async () => {
    const other = await makeFolder({}, 'dossier-out-');
    await writeFile(join(other, 'dossier.pdf'), 'previous');
    await mkdir(join(other, 'corpus.json')); // a folder where the corpus should go: the rename must fail
    const r = await runCli(['build', input, '--out', join(other, 'dossier.pdf')], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot write .*corpus\.json/);
    expect(await readFile(join(other, 'dossier.pdf'), 'utf8')).toBe('previous');
    expect(await strayTemps(other)).toEqual([]);
  });

  it('a strict extract that fails writes nothing', async () => {
    const file = join(out, 'nur-korpus.json');
    await addFiles(input, { 'leer.txt': '' });
    const r = await runCli(['extract', input, '--out', file, '--strict']);
    await rm(join(input, 'leer.txt'));
    expect(r.code).toBe(1);
    await expect(readFile(file)).rejects.toThrow(/ENOENT/);
  });

  it('the same input gives a byte-identical PDF (reproducible)', async () => {
    const r = await runCli(['build', input, '--out', join(out, 'dossier.pdf')], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(await readFile(join(out, 'dossier.pdf'))).toEqual(pdf);
    expect(await strayTemps(out)).toEqual([]);
  });
});
