import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CorpusSchema } from '@dossier/core';
import { describe, expect, it } from 'vitest';
import { makeFolder, STORM } from '../fixtures/ingest/make-folder.js';
import { ROOT } from '../helpers/paths.js';

describe('pnpm dossier from the repository root', () => {
  it('resolves relative paths against the directory the user ran it in (INIT_CWD)', async () => {
    const cwd = await makeFolder({ 'eingang/sturm.txt': STORM });
    // What `cd $cwd && pnpm --dir <root> dossier extract eingang --out ausgabe/corpus.json` does: pnpm runs the
    // script in the root and passes the user's directory as INIT_CWD.
    const r = spawnSync(
      process.execPath,
      [join(ROOT, 'scripts/dossier.mjs'), 'extract', 'eingang', '--out', 'ausgabe/corpus.json'],
      {
        cwd: ROOT,
        env: { ...process.env, INIT_CWD: cwd, TURBO_TELEMETRY_DISABLED: '1' },
        encoding: 'utf8',
      },
    );
    expect(r.status, r.stderr).toBe(0);
    const corpus = CorpusSchema.parse(JSON.parse(await readFile(join(cwd, 'ausgabe/corpus.json'), 'utf8')));
    expect(corpus.articles.map((a) => a.file)).toEqual(['sturm.txt']);
  }, 180_000);
});
