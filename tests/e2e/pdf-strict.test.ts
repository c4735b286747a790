import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { addFiles } from '../fixtures/ingest/make-folder.js';
import { buildFixtureDossier, FIXED_ENV, strayTemps } from '../helpers/build-fixture.js';
import { runCli } from '../helpers/run-cli.js';

const env = FIXED_ENV;

// an invented article quoting a Thai place name: no embedded font covers Thai script
const THAI = `Hochwasser erreicht Provinzhauptstadt

Die Behörden in ขอนแก่น haben am Freitag weitere Notunterkünfte geöffnet, teilte das Innenministerium mit.
`;

describe('--strict and renderer warnings', () => {
  let input: string;
  let out: string;
  let pdf: Buffer;
  let corpus: string;

  beforeAll(async () => {
    const first = await buildFixtureDossier(['--strict']);
    expect(first.code, first.stderr).toBe(0);
    ({ input, out, pdf, corpus } = first);
    await addFiles(input, { 'thai.txt': THAI });
  }, 120_000);

  it('fails a strict build on a character no font covers and leaves the previous outputs untouched', async () => {
    const r = await runCli(['build', input, '--out', join(out, 'dossier.pdf'), '--strict'], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/warning: character U\+0E.. .*not covered/);
    expect(r.stderr).toMatch(/--strict: failing, outputs left as they were/);
    expect(await readFile(join(out, 'dossier.pdf'))).toEqual(pdf);
    expect(await readFile(join(out, 'corpus.json'), 'utf8')).toBe(corpus);
    expect(await strayTemps(out)).toEqual([]);
  }, 60_000);

  it('without --strict writes the dossier and reports the warning', async () => {
    const r = await runCli(['build', input, '--out', join(out, 'dossier.pdf')], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/warning: character U\+0E/);
    expect(await readFile(join(out, 'dossier.pdf'))).not.toEqual(pdf);
  }, 60_000);
});
