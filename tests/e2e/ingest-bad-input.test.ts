import { chmod, mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CorpusSchema } from '@dossier/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { BOILERPLATE_ONLY, HARBOUR, makeFifo, makeFolder, STORM } from '../fixtures/ingest/make-folder.js';
import { runCli } from '../helpers/run-cli.js';

const isRoot = process.getuid?.() === 0;

describe('a folder full of bad input', () => {
  let dir: string;
  let hasFifo = false;
  let result: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    dir = await makeFolder({
      'gut.txt': STORM,
      'unter/auch-gut.md': HARBOUR,
      'leer.txt': '',
      'nur-leerzeichen.txt': ' \n\n\t\n',
      'binaer.txt': Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0x10, 0x00]),
      'gross.txt': `${STORM}\n${'Weiterer Absatz mit Text. '.repeat(200)}`,
      'nur-rahmen.txt': BOILERPLATE_ONLY,
      'unsichtbar.txt': '\u200b\u200b\n\u200b\u00ad\n',
      'gesperrt.txt': HARBOUR,
    });
    await symlink(join(dir, 'gut.txt'), join(dir, 'verweis.txt'));
    await mkdir(join(dir, 'ordner'));
    await symlink(join(dir, 'unter'), join(dir, 'ordner', 'schleife'));
    hasFifo = makeFifo(join(dir, 'rohr.txt'));
    await chmod(join(dir, 'gesperrt.txt'), 0o000);
    result = await runCli(['extract', dir, '--json', '--max-size', '2k']);
  });

  it('exits 0 and keeps the good articles', () => {
    expect(result.code, result.stderr).toBe(0);
    const corpus = CorpusSchema.parse(JSON.parse(result.stdout));
    const files = corpus.articles.map((a) => a.file);
    expect(files).toContain('gut.txt');
    expect(files).toContain('unter/auch-gut.md');
    expect(files).not.toContain('verweis.txt');
  });

  it.each([
    ['leer.txt', 'empty-file', /the file is empty/],
    ['nur-leerzeichen.txt', 'empty-file', /only whitespace/],
    ['binaer.txt', 'binary', /binary data/],
    ['gross.txt', 'too-large', /over the limit of 2 kB/],
    ['verweis.txt', 'symlink', /symbolic link, not followed/],
    ['ordner/schleife', 'symlink', /symbolic link, not followed/],
    ['unsichtbar.txt', 'empty-body', /.+/],
    ['nur-rahmen.txt', 'empty-body', /.+/],
  ])('%s is skipped with a warning (%s) on stderr and in corpus.problems', (file, code, reason) => {
    const corpus = CorpusSchema.parse(JSON.parse(result.stdout));
    const problem = corpus.problems?.find((p) => p.file === file);
    expect(problem, result.stderr).toMatchObject({ code, severity: 'warning', skipped: true });
    expect(problem?.message).toMatch(reason);
    expect(result.stderr).toContain(`warning: ${file}: `);
    expect(corpus.articles.map((a) => a.file)).not.toContain(file);
  });

  it('a named pipe is reported, never opened (the run did not hang)', (ctx) => {
    if (!hasFifo) ctx.skip();
    const corpus = CorpusSchema.parse(JSON.parse(result.stdout));
    expect(corpus.problems?.find((p) => p.file === 'rohr.txt')).toMatchObject({
      code: 'not-a-file',
      skipped: true,
    });
    expect(result.stderr).toMatch(/warning: rohr\.txt: not a regular file \(named pipe\)/);
  });

  it.skipIf(isRoot)('an unreadable file is skipped with its reason', () => {
    const corpus = CorpusSchema.parse(JSON.parse(result.stdout));
    expect(corpus.problems?.find((p) => p.file === 'gesperrt.txt')).toMatchObject({
      code: 'unreadable',
      skipped: true,
    });
    expect(result.stderr).toMatch(/warning: gesperrt\.txt: cannot be read \(EACCES\)/);
  });

  it('--strict turns the warnings into exit code 1', async () => {
    const r = await runCli(['extract', dir, '--json', '--max-size', '2k', '--strict']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/--strict: failing/);
  });

  it('the default size limit (5 MB) lets a normal file through', async () => {
    const r = await runCli(['extract', dir, '--json']);
    const corpus = CorpusSchema.parse(JSON.parse(r.stdout));
    expect(corpus.articles.map((a) => a.file)).toContain('gross.txt');
  });
});

describe('usage errors exit 2', () => {
  it.each([
    [['extract', '.', '--json', '--max-size', 'viel']],
    [['extract', '.']],
    [['frobnicate']],
    [['build', '--no-such-flag']],
  ])('%j', async (args) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Usage:/);
  });

  it('a missing input folder is a failure (1) naming the folder', async () => {
    const dir = await makeFolder({});
    const r = await runCli(['extract', join(dir, 'gibt-es-nicht'), '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot read .*gibt-es-nicht: ENOENT/);
  });

  it('an input folder that is a file is a failure (1)', async () => {
    const dir = await makeFolder({});
    await writeFile(join(dir, 'datei.txt'), STORM);
    const r = await runCli(['extract', join(dir, 'datei.txt'), '--json']);
    expect(r.code).toBe(1);
  });
});
