import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type Corpus, extractCorpus } from '@dossier/core';
import { CliError, EXIT } from './cli-error.js';
import { loadArticles } from './load/load-articles.js';
import { buildDocDefinition } from './render/build-doc-definition.js';
import { renderPdf } from './render/render-pdf.js';
import { writeFilesAtomic } from './write-atomic.js';

const USAGE = `Usage:
  dossier build [dir] [--out file.pdf]      write the briefing PDF and corpus.json beside it
  dossier extract <dir> --out corpus.json   write the corpus only (--json: print it on stdout)

Options:
  --out FILE     output file (build: out/dossier.pdf, extract: required unless --json)
  --title TEXT   the dossier's title
  --strict       treat warnings as errors (exit 1)
  -h, --help     show this help

Exit codes: 0 ok, 1 failed or strict warnings, 2 usage error.`;

/** Where the CLI writes its messages; tests pass their own. */
export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
}

const defaultIo = (): CliIo => ({
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  env: process.env,
});

/** Runs the CLI with the given arguments and returns its exit code; the one place errors become exit codes. */
export async function runMain(argv: readonly string[], io: CliIo = defaultIo()): Promise<number> {
  try {
    return await run(argv, io);
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr(`dossier: ${err.message}\n`);
      if (err.code === 'usage') io.stderr(`\n${USAGE}\n`);
      return err.exitCode;
    }
    io.stderr(
      `dossier: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    return EXIT.failed;
  }
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (err) {
    throw new CliError(err instanceof Error ? err.message : String(err), 'usage');
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return EXIT.ok;
  }
  const [command = 'build', ...rest] = positionals;
  if (rest.length > 1) throw new CliError(`too many arguments: ${rest.join(' ')}`, 'usage');
  const dir = resolve(io.cwd, rest[0] ?? 'data/articles');
  if (command === 'extract') {
    if (!values.out && !values.json) throw new CliError('extract needs --out FILE or --json', 'usage');
    const { corpus, warnings } = await extract(dir, io);
    if (values.json) io.stdout(`${toJson(corpus)}`);
    if (values.out) await writeFilesAtomic([{ path: resolve(io.cwd, values.out), data: toJson(corpus) }]);
    return finish(warnings, values.strict, io);
  }
  if (command === 'build') {
    const pdfPath = resolve(io.cwd, values.out ?? 'out/dossier.pdf');
    const { corpus, warnings } = await extract(dir, io);
    const doc = buildDocDefinition(corpus, {
      title: values.title ?? 'Dossier',
      createdAt: creationDate(corpus, io.env),
    });
    const pdf = await renderPdf(doc);
    if (values.strict && warnings > 0) return finish(warnings, true, io);
    await writeFilesAtomic([
      { path: pdfPath, data: pdf },
      { path: resolve(pdfPath, '..', 'corpus.json'), data: toJson(corpus) },
    ]);
    io.stderr(`dossier: wrote ${pdfPath}\n`);
    return finish(warnings, values.strict, io);
  }
  throw new CliError(`unknown command "${command}"`, 'usage');
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      title: { type: 'string' },
      json: { type: 'boolean' },
      strict: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

async function extract(dir: string, io: CliIo): Promise<{ corpus: Corpus; warnings: number }> {
  let loaded: Awaited<ReturnType<typeof loadArticles>>;
  try {
    loaded = await loadArticles(dir);
  } catch (err) {
    throw new CliError(`cannot read ${dir}: ${err instanceof Error ? err.message : String(err)}`, 'input');
  }
  io.stderr(`dossier: ${loaded.inputs.length} articles from ${dir}\n`);
  const corpus = extractCorpus(loaded.inputs, loaded.problems);
  const problems = corpus.problems ?? [];
  for (const p of problems) io.stderr(`dossier: ${p.severity}: ${p.file}: ${p.message}\n`);
  return { corpus, warnings: problems.filter((p) => p.severity !== 'info').length };
}

function finish(warnings: number, strict: boolean | undefined, io: CliIo): number {
  if (strict && warnings > 0) {
    io.stderr(`dossier: ${warnings} warning(s) and --strict: failing\n`);
    return EXIT.failed;
  }
  return EXIT.ok;
}

/** The PDF's creation date: SOURCE_DATE_EPOCH, else the newest article date, else the epoch. Never the clock. */
export function creationDate(corpus: Corpus, env: Record<string, string | undefined>): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  const newest = corpus.articles
    .map((a) => a.date)
    .filter((d): d is string => !!d)
    .sort()
    .pop();
  return new Date(newest ? `${newest.padEnd(10, '-01').slice(0, 10)}T00:00:00Z` : 0);
}

/** Serialises a corpus as the contract's JSON: two-space indent, trailing newline. */
export function toJson(corpus: Corpus): string {
  return `${JSON.stringify(corpus, null, 2)}\n`;
}
