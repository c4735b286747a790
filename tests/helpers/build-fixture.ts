import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HARBOUR, makeFolder, STORM } from '../fixtures/ingest/make-folder.js';
import { runCli } from './run-cli.js';

/** A fixed creation date, so rebuilds of the same input are byte-identical. */
export const FIXED_ENV = { SOURCE_DATE_EPOCH: '1700000000' };

/** What a first build of the two invented fixture articles left behind. */
export interface FixtureBuild {
  input: string;
  out: string;
  code: number;
  stderr: string;
  pdf: Buffer;
  corpus: string;
}

/** Builds the storm and harbour articles into a fresh output folder and reads back both outputs. */
export async function buildFixtureDossier(extraArgs: string[] = []): Promise<FixtureBuild> {
  const input = await makeFolder({ 'sturm.txt': STORM, 'hafen.txt': HARBOUR });
  const out = await makeFolder({}, 'dossier-out-');
  const r = await runCli(['build', input, '--out', join(out, 'dossier.pdf'), ...extraArgs], { env: FIXED_ENV });
  return {
    input,
    out,
    code: r.code,
    stderr: r.stderr,
    pdf: await readFile(join(out, 'dossier.pdf')),
    corpus: await readFile(join(out, 'corpus.json'), 'utf8'),
  };
}

/** Temporary files an atomic write left in a folder (there should be none). */
export async function strayTemps(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((n) => n.endsWith('.tmp'));
}
