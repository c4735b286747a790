import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCorpus, type Corpus } from '@dossier/core';
import { runAnalyzeParallel } from './analyze-parallel.js';
import { CACHE_DIR_NAME, loadCoreFingerprint, openAnalysisCache } from './cache/analysis-cache.js';
import { type AnalyzeMany, analyzeInputs, analyzeSequential } from './cache/analyze-inputs.js';
import { CliError, EXIT } from './cli-error.js';
import { type CorpusChanges, toChangeKeys, toEditionChanges, toEditionKeys } from './diff/corpus-changes.js';
import { hashingChunks, loadPreviousEdition, writeEditionIndex } from './diff/load-previous-edition.js';
import { DEFAULT_MAX_SIZE, formatBytes, loadArticles } from './load/load-articles.js';
import type { RenderResult } from './render/render-dossier-pdf.js';
import {
  type RenderThread,
  RenderThreadLost,
  startRenderThread,
  type ThreadedRenderResult,
} from './render/render-thread.js';
import { GLYPH_RUNS_FILE, toRenderJob } from './render/to-render-job.js';
import { createPhaseTimer, type PhaseTimer } from './timings.js';
import { toJsonChunks } from './to-json-chunks.js';
import { runWatch } from './watch.js';
import { type OutputFile, writeFilesAtomic } from './write-atomic.js';

const USAGE = `Usage:
  dossier build [dir] [--out file.pdf]      write the briefing PDF and corpus.json beside it
  dossier extract <dir> --out corpus.json   write the corpus only (--json: print it on stdout)
  dossier watch [dir] [--out file.pdf]      build, then rebuild whenever a file in dir changes (Ctrl-C stops)

  dir defaults to data/articles. Files read: .txt .md .markdown .html .htm in dir and its subfolders,
  in path order; hidden files and folders are ignored, other files are skipped with a note.

Options:
  --out FILE       output file (build/watch: out/dossier.pdf, extract: required unless --json)
  --title TEXT     the dossier's title (default: derived from the articles' headlines)
  --lang LANG      language of labels and formats: de, en (default: the articles' language)
  --templates DIR  a folder of .hbs templates overriding the built-in ones (DIR/<lang>/ or DIR/)
  --no-appendix    leave out the article texts (default: included up to 50 articles)
  --max-size SIZE  skip input files larger than SIZE (bytes, or with k/M suffix; default 5M)
  --no-cache       analyse every article again (default: reuse analyses from .dossier-cache/ beside the output)
  --strict         treat warnings as errors: exit 1 and leave the previous outputs untouched
  --timings        print how long each phase took (start-up, reading, analysis, merge, render, writing)
  -h, --help       show this help

Exit codes: 0 ok (warnings are printed on stderr and listed in the dossier),
            1 failed, or warnings with --strict, 2 usage error.`;

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
  if (!['build', 'extract', 'watch'].includes(command))
    throw new CliError(`unknown command "${command}"`, 'usage');
  const dir = resolve(io.cwd, rest[0] ?? 'data/articles');
  const maxSize = values['max-size'] === undefined ? DEFAULT_MAX_SIZE : parseSize(values['max-size']);
  const strict = values.strict ?? false;
  // performance.now() counts from process start, so the first phase is the start-up
  const timer = values.timings ? createPhaseTimer(() => performance.now()) : undefined;
  timer?.mark('start-up');
  if (command === 'extract') {
    if (!values.out && !values.json) throw new CliError('extract needs --out FILE or --json', 'usage');
    const out = values.out ? resolve(io.cwd, values.out) : undefined;
    const cacheDir = out && !values['no-cache'] ? join(dirname(out), CACHE_DIR_NAME) : undefined;
    const { corpus, warnings } = await extract(dir, io, { maxSize, cacheDir, timer });
    // Under --strict a warning fails the run before anything is written: the previous output stays.
    if (strict && warnings > 0) return finish(warnings, true, io);
    if (values.json) io.stdout(toJson(corpus));
    if (out) await writeOutputs([{ path: out, data: toJsonChunks(toJsonValue(corpus)) }]);
    timer?.mark('writing');
    if (timer) io.stderr(`dossier: timings: ${timer.format()}\n`);
    return finish(warnings, strict, io);
  }
  const pdfPath = resolve(io.cwd, values.out ?? 'out/dossier.pdf');
  const opts: BuildOptions = {
    dir,
    pdfPath,
    title: values.title,
    lang: values.lang,
    templates: values.templates ? resolve(io.cwd, values.templates) : undefined,
    appendix: values['no-appendix'] ? false : 'auto',
    maxSize,
    strict,
    cacheDir: values['no-cache'] ? undefined : join(dirname(pdfPath), CACHE_DIR_NAME),
    timer,
    renderThread: command === 'build',
  };
  if (command === 'build') return build(opts, io);
  return watch(opts, io);
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      title: { type: 'string' },
      lang: { type: 'string' },
      templates: { type: 'string' },
      'no-appendix': { type: 'boolean' },
      json: { type: 'boolean' },
      strict: { type: 'boolean' },
      'max-size': { type: 'string' },
      'no-cache': { type: 'boolean' },
      timings: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

/** What one build needs. */
interface BuildOptions {
  dir: string;
  pdfPath: string;
  title: string | undefined;
  lang: string | undefined;
  templates: string | undefined;
  appendix: boolean | 'auto';
  maxSize: number;
  strict: boolean;
  cacheDir: string | undefined;
  /** set by --timings */
  timer: PhaseTimer | undefined;
  /** render on a second thread that warms up meanwhile (one-shot builds; a watch process is warm already) */
  renderThread: boolean;
}

async function build(opts: BuildOptions, io: CliIo): Promise<number> {
  // the render thread loads pdfmake and warms it up on the second core while this one reads and analyses
  const glyphRunsPath = opts.cacheDir ? join(opts.cacheDir, GLYPH_RUNS_FILE) : undefined;
  const thread = opts.renderThread ? startRenderThreadOrNull(glyphRunsPath) : null;
  try {
    return await buildWith(thread, opts, io);
  } finally {
    await thread?.close();
  }
}

/**
 * Warm-up rounds of the render thread (two made-up articles each), only where a core is to spare. Measured on
 * the benchmark's two vCPUs, which share one core (two busy threads get 1.3× the work of one done): warm-up
 * rounds made pdfmake's own run up to 0.45 s shorter but slowed the main thread's merge and model by more
 * (incremental +1 at 1,000 articles: 4.5–5.2 s with eight rounds, 4.4–4.8 s with one, 4.2–4.4 s with none).
 * With four or more logical CPUs the thread's warm-up runs beside the main thread instead of taking turns.
 */
const warmUpRounds = (cpus: number): number => (cpus >= 4 ? 1 : 0);

function startRenderThreadOrNull(glyphRunsPath: string | undefined): RenderThread | null {
  // on one core a second thread only takes turns with this one
  if (availableParallelism() < 2) return null;
  try {
    return startRenderThread({
      warmUpRounds: warmUpRounds(availableParallelism()),
      ...(glyphRunsPath ? { glyphRunsPath } : {}),
    });
  } catch {
    // no thread (a restricted runtime): the PDF is rendered on this thread
    return null;
  }
}

async function buildWith(thread: RenderThread | null, opts: BuildOptions, io: CliIo): Promise<number> {
  const corpusPath = join(dirname(opts.pdfPath), 'corpus.json');
  // read before the analysis, so the previous corpus is parsed (and dropped) before this one is held in memory
  const { timer } = opts;
  const previous = await loadPreviousEdition(corpusPath, opts.cacheDir);
  timer?.mark('previous edition');
  const { corpus, warnings: inputWarnings } = await extract(opts.dir, io, {
    ...opts,
    // the analysis pool needs both cores
    onParallel: () => thread?.stopWarmUp(),
  });
  // the corpus's edition keys serve both the diff and the edition index written with the outputs
  const keys = toEditionKeys(corpus);
  const changes = toEditionChanges(corpus, previous, keys);
  timer?.mark('edition diff');
  const job = toRenderJob(corpus, {
    ...(opts.title ? { title: opts.title } : {}),
    ...(opts.lang ? { lang: opts.lang } : {}),
    ...(opts.templates ? { templatesDir: opts.templates } : {}),
    appendix: opts.appendix,
    createdAt: creationDate(corpus, io.env),
    ...(changes ? { changes } : {}),
    ...(opts.cacheDir ? { glyphRunsPath: join(opts.cacheDir, GLYPH_RUNS_FILE) } : {}),
  });
  timer?.mark('dossier model');
  // pdfmake and the fonts are loaded only to build a PDF (extract does without them)
  const renderHere = () =>
    import('./render/render-dossier-pdf.js').then(({ renderJob }) => {
      timer?.mark('loading the renderer');
      return renderJob(job, timer?.mark);
    });
  const rendering: Promise<RenderResult & Partial<ThreadedRenderResult>> = thread
    ? thread.render(job).catch((err: unknown) => {
        // a thread that could not start or died (not a render that failed) costs only time
        if (!(err instanceof RenderThreadLost)) throw err;
        io.stderr(`dossier: note: ${err.message}; rendering on the main thread\n`);
        return renderHere();
      })
    : renderHere();
  // handled here, awaited below: a render that fails while corpus.json is being written is not "unhandled"
  rendering.catch(() => undefined);
  const failed = (err: unknown) => new CliError(`rendering the PDF failed: ${message(err)}`, 'output');
  // Render warnings count for --strict: a strict failure leaves the previous outputs untouched.
  let warnings = inputWarnings;
  const corpusHash = createHash('sha256');
  let written: boolean;
  try {
    written = await writeFilesAtomic(
      [
        // corpus.json is written while the render thread renders; the PDF when it is done
        { path: corpusPath, data: hashingChunks(toJsonChunks(toJsonValue(corpus, changes)), corpusHash) },
        {
          path: opts.pdfPath,
          data: rendering.then(
            (r) => r.pdf,
            (err) => Promise.reject(failed(err)),
          ),
        },
      ],
      {
        commitIf: async () => {
          const rendered = await rendering;
          for (const w of rendered.warnings) io.stderr(`dossier: warning: ${w}\n`);
          warnings += rendered.warnings.length;
          if (timer && rendered.phases) {
            const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
            const warm = rendered.warmUp?.rounds
              ? [`warm-up ${rendered.warmUp.rounds} round(s) ${s(rendered.warmUp.ms)}`]
              : [];
            io.stderr(
              `dossier: render thread: ${[...warm, ...rendered.phases.map((p) => `${p.name} ${s(p.ms)}`)].join(' · ')}\n`,
            );
          }
          return !(opts.strict && warnings > 0);
        },
      },
    );
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`cannot write ${opts.pdfPath} and ${corpusPath}: ${message(err)}`, 'output');
  }
  if (!written) return finish(warnings, true, io);
  if (opts.cacheDir) {
    await writeEditionIndex(opts.cacheDir, corpusHash.digest('hex'), keys, changes && toChangeKeys(changes));
  }
  timer?.mark(thread ? 'rendering and writing' : 'writing');
  if (changes) {
    io.stderr(
      `dossier: new since the previous edition: ${changes.articles.length} article(s), ${changes.figures.length} figure(s), ${changes.quotes.length} statement(s)\n`,
    );
  }
  io.stderr(`dossier: wrote ${opts.pdfPath}\n`);
  if (timer) io.stderr(`dossier: timings: ${timer.format()}\n`);
  return finish(warnings, opts.strict, io);
}

async function watch(opts: BuildOptions, io: CliIo): Promise<number> {
  let first = true;
  const once = async () => {
    // the first build's timings include the start-up; each rebuild's start at the change
    const timer =
      opts.timer && !first ? createPhaseTimer(() => performance.now(), performance.now()) : opts.timer;
    first = false;
    try {
      await build({ ...opts, timer }, io);
    } catch (err) {
      // In watch mode a failed build is reported and the next change tries again.
      io.stderr(`dossier: ${err instanceof CliError ? err.message : message(err)}\n`);
    }
  };
  const ac = new AbortController();
  const stop = () => ac.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    await once();
    io.stderr(`dossier: watching ${opts.dir} (Ctrl-C to stop)\n`);
    await runWatch(opts.dir, once, { signal: ac.signal });
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
  io.stderr('dossier: stopped watching\n');
  return EXIT.ok;
}

/** Progress is printed every this many articles on runs at least twice as long. */
const PROGRESS_EVERY = 25;

async function extract(
  dir: string,
  io: CliIo,
  opts: {
    maxSize: number;
    cacheDir: string | undefined;
    timer: PhaseTimer | undefined;
    /** called when the analysis goes to the worker pool */
    onParallel?: () => void;
  },
): Promise<{ corpus: Corpus; warnings: number }> {
  let loaded: Awaited<ReturnType<typeof loadArticles>>;
  try {
    loaded = await loadArticles(dir, { maxSize: opts.maxSize });
  } catch (err) {
    throw new CliError(`cannot read ${dir}: ${message(err)}`, 'input');
  }
  opts.timer?.mark('reading');
  const total = loaded.inputs.length;
  io.stderr(`dossier: ${total} articles from ${dir}\n`);
  const result = await analyzeInputs(loaded.inputs, {
    ...(opts.cacheDir
      ? { cache: openAnalysisCache(opts.cacheDir), coreBuild: await loadCoreFingerprint() }
      : {}),
    analyzeMany: analyzeWithPool(io, opts.onParallel),
    onProgress: (done, all) => {
      if (all >= 2 * PROGRESS_EVERY && done % PROGRESS_EVERY === 0 && done < all) {
        io.stderr(`dossier: ${done}/${all} articles analysed\n`);
      }
    },
  });
  if (opts.cacheDir && total > 0) {
    io.stderr(`dossier: ${result.analysed} analysed, ${result.cached} from cache\n`);
  }
  opts.timer?.mark('analysis');
  const corpus = buildCorpus(result.analyses, [...loaded.problems, ...result.problems]);
  opts.timer?.mark('merge');
  const problems = corpus.problems ?? [];
  for (const p of problems) {
    const label = p.severity === 'info' ? 'note' : p.severity;
    io.stderr(`dossier: ${label}: ${p.file}: ${p.message}${p.skipped ? ' (skipped)' : ''}\n`);
  }
  return { corpus, warnings: problems.filter((p) => p.severity !== 'info').length };
}

/**
 * Below this many articles to analyse, starting worker threads costs more than it saves. Measured on the
 * benchmark's 2-vCPU machine (full builds, `--timings`): one thread is 0.4–0.8 s faster at 100 and 300
 * articles, even at 1,000, and the pool 1.15–1.3× faster at 10,000 (the two vCPUs give 1.3× at most).
 */
const PARALLEL_FROM = 1_000;

/** Large runs go to the worker pool (progress per article is then not known); small runs stay on this thread. */
function analyzeWithPool(io: CliIo, onParallel?: () => void): AnalyzeMany {
  return async (inputs, onDone) => {
    if (inputs.length < PARALLEL_FROM) return analyzeSequential(inputs, onDone);
    onParallel?.();
    io.stderr(`dossier: analysing ${inputs.length} articles in parallel\n`);
    return runAnalyzeParallel(inputs);
  };
}

async function writeOutputs(files: OutputFile[]): Promise<void> {
  try {
    await writeFilesAtomic(files);
  } catch (err) {
    throw new CliError(`cannot write ${files.map((f) => f.path).join(' and ')}: ${message(err)}`, 'output');
  }
}

function finish(warnings: number, strict: boolean | undefined, io: CliIo): number {
  if (strict && warnings > 0) {
    io.stderr(`dossier: ${warnings} warning(s) and --strict: failing, outputs left as they were\n`);
    return EXIT.failed;
  }
  return EXIT.ok;
}

/** Parses a size such as "5M", "512k", "1.5MB" or "1048576" into bytes; a usage error otherwise. */
export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?$/i.exec(text.trim());
  if (!m) throw new CliError(`--max-size: "${text}" is not a size (e.g. 5M, 512k, 1048576)`, 'usage');
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m[2] ?? '').toLowerCase()] ?? 1;
  const bytes = Math.floor(Number(m[1]) * unit);
  if (bytes < 1) throw new CliError(`--max-size: ${formatBytes(bytes)} is too small`, 'usage');
  return bytes;
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
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

/** Serialises a corpus as the contract's JSON (two-space indent, trailing newline); a build adds the keys of what it marked as new. */
export function toJson(corpus: Corpus, changes?: CorpusChanges): string {
  return `${JSON.stringify(toJsonValue(corpus, changes), null, 2)}\n`;
}

/** What corpus.json holds: the corpus, and the keys of what a build marked as new. */
function toJsonValue(corpus: Corpus, changes?: CorpusChanges): Record<string, unknown> {
  return changes ? { ...corpus, changes: toChangeKeys(changes) } : corpus;
}
