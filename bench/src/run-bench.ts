import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CACHE_DIR, HERE, ROOT, SEED_DIR } from './bench-paths.js';
import { generateArticles } from './generate-articles.js';
import { type BuildRun, runBuild } from './run-build.js';
import {
  compareAnalyses,
  loadInputs,
  runBaseline,
  runExtraction,
  runExtractionParallel,
} from './run-extraction.js';
import { runReadabilityPeer } from './run-peer.js';
import { runRender } from './run-render.js';
import { writeCorpusOnce } from './write-corpus.js';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    seed: { type: 'string', default: '20241028' },
    'no-peer': { type: 'boolean' },
    'no-build': { type: 'boolean' },
    'no-render': { type: 'boolean' },
    /** also time a rebuild with nothing changed */
    'no-change': { type: 'boolean' },
    json: { type: 'string' },
  },
});
const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`bad --sizes ${values.sizes}`);
const seed = Number(values.seed);

const log = (s: string) => process.stdout.write(`${s}\n`);
const mb = (bytes: number) => bytes / 1024 / 1024;
const fmt = (n: number | null | undefined, digits = 1) =>
  n == null || !Number.isFinite(n) ? '–' : n.toFixed(digits);

const seeds = await Promise.all(
  (await readdir(SEED_DIR))
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => readFile(join(SEED_DIR, n), 'utf8')),
);

log(
  `dossier bench: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${fmt(totalmem() / 2 ** 30)} GiB, node ${process.version}`,
);
log(`sizes ${sizes.join(', ')}; seed ${seed}; corpora in ${CACHE_DIR}\n`);

interface Row {
  size: number;
  mb: number;
  extractMs: number;
  parseMs: number;
  analyzeMs: number;
  parallelMs: number;
  identical: boolean;
  readMs: number;
  peerMs: number | null;
  baselineMs: number;
  renderMs: number | null;
  renderPages: number | null;
  full: BuildRun | null;
  incremental: BuildRun | null;
  noChange: BuildRun | null;
}
const rows: Row[] = [];

for (const size of sizes) {
  const dir = join(CACHE_DIR, `corpus-${size}`);
  const gen = await writeCorpusOnce(dir, seeds, size, seed);
  log(`── ${size} articles, ${fmt(mb(gen.bytes), 2)} MB (${gen.reused ? 'reused' : 'generated'})`);

  const { inputs, ms: readMs } = await loadInputs(dir);
  const ex = runExtraction(inputs);
  log(
    `extraction (1 thread, parse+analyze+buildCorpus): ${fmt(ex.ms, 0)} ms = ${fmt(mb(gen.bytes) / (ex.ms / 1000), 2)} MB/s, ${fmt(size / (ex.ms / 1000), 0)} articles/s (merge ${fmt(ex.ms - ex.analyzeMs, 0)} ms)`,
  );
  log(
    `  of which cleaning (parseArticle: boilerplate, metadata, language): ${fmt(ex.parseMs, 0)} ms = ${fmt(mb(gen.bytes) / (ex.parseMs / 1000), 2)} MB/s`,
  );
  const par = await runExtractionParallel(inputs);
  const same = JSON.stringify(par.corpus) === JSON.stringify(ex.corpus);
  log(
    `extraction on the worker pool (${availableParallelism()} workers): ${fmt(par.ms, 0)} ms = ${fmt(mb(gen.bytes) / (par.ms / 1000), 2)} MB/s; corpus identical to the one-thread run: ${same ? 'yes' : 'NO'}`,
  );
  if (!same) {
    const diff = compareAnalyses(ex.analyses, par.analyses);
    log(
      `  ${diff.differing} article analyses differ (first: ${diff.first ?? '–'}); ${par.errors.length} errors in workers`,
    );
    for (const e of par.errors.slice(0, 3)) log(`  ${e}`);
  }
  const base = await runBaseline(dir);
  log(
    `baseline (read + split sentences): ${fmt(base.ms, 0)} ms; ours incl. reading ${fmt(readMs + ex.ms, 0)} ms = ${fmt((readMs + ex.ms) / base.ms, 1)}× baseline`,
  );
  let peerMs: number | null = null;
  if (!values['no-peer']) {
    peerMs = runReadabilityPeer(inputs).ms;
    log(
      `peer (Readability on linkedom): ${fmt(peerMs, 0)} ms; ours = ${fmt(ex.ms / peerMs, 2)}× peer time (our cleaning alone: ${fmt(ex.parseMs / peerMs, 2)}×)`,
    );
  }
  let renderMs: number | null = null;
  let renderPages: number | null = null;
  if (!values['no-render']) {
    const r = await runRender(ex.corpus);
    renderMs = r.ms;
    renderPages = r.pages;
    log(
      `render (in-process): ${r.pages} pages, ${fmt(mb(r.bytes), 2)} MB in ${fmt(r.ms, 0)} ms = ${fmt(r.pages / (r.ms / 1000), 1)} pages/s`,
    );
  }
  let full: BuildRun | null = null;
  let incremental: BuildRun | null = null;
  let noChange: BuildRun | null = null;
  if (!values['no-build']) {
    const outDir = join(CACHE_DIR, `out-${size}`);
    await rm(outDir, { recursive: true, force: true });
    await mkdir(outDir, { recursive: true });
    const build = () =>
      runBuild({
        bin: join(ROOT, 'apps/dossier/bin/dossier.js'),
        dir,
        outDir,
        rssReporter: join(HERE, 'report-rss.js'),
      });
    full = await build();
    log(describe('full build (cold cache)', full));
    if (values['no-change']) {
      noChange = await build();
      log(describe('rebuild, nothing changed', noChange));
    }
    const [extra] = generateArticles(seeds, 1, { seed, start: size });
    const extraPath = join(dir, extra!.file);
    await writeFile(extraPath, extra!.text);
    try {
      incremental = await build();
      log(describe('incremental build (+1 article)', incremental));
      // The cache key holds a fingerprint of the built core: a core rebuilt meanwhile (by someone working in
      // the same tree) empties the cache. Measure again, once the cache is warm for the new core.
      for (let retry = 0; retry < 2 && analysedIn(incremental) > 1; retry++) {
        log('  the cache was cold (the core was rebuilt meanwhile): measuring the incremental build again');
        await rm(extraPath, { force: true });
        await build();
        await writeFile(extraPath, extra!.text);
        incremental = await build();
        log(describe('incremental build (+1 article)', incremental));
      }
    } finally {
      await rm(extraPath, { force: true });
    }
  }
  rows.push({
    size,
    mb: mb(gen.bytes),
    extractMs: ex.ms,
    parseMs: ex.parseMs,
    analyzeMs: ex.analyzeMs,
    parallelMs: par.ms,
    identical: same,
    readMs,
    peerMs,
    baselineMs: base.ms,
    renderMs,
    renderPages,
    full,
    incremental,
    noChange,
  });
  log('');
}

function analysedIn(r: BuildRun): number {
  return Number(/(\d+) analysed, \d+ from cache/.exec(r.stderrTail)?.[1] ?? 0);
}

function describe(what: string, r: BuildRun): string {
  const status = r.exitCode === 0 ? '' : ` EXIT ${r.exitCode}\n${r.stderrTail}`;
  const cache = /(\d+) analysed, (\d+) from cache/.exec(r.stderrTail);
  const note = cache ? ` (${cache[1]} analysed, ${cache[2]} from cache)` : '';
  const phases = r.phases ? `\n  phases: ${r.phases}` : '';
  return `${what}: ${fmt(r.wallMs / 1000, 2)} s wall, peak RSS ${fmt(r.maxRssMb, 0)} MB, ${r.pages} pages, ${fmt(mb(r.pdfBytes), 2)} MB PDF${note}${status}${phases}`;
}

log(
  '| articles | MB | extraction MB/s | articles/s | pool MB/s | cleaning MB/s | vs peer | cleaning vs peer | vs baseline | full build s | incremental s | no-change s | peak RSS MB | pages | pages/s (render) |',
);
log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  const rss = Math.max(r.full?.maxRssMb ?? 0, r.incremental?.maxRssMb ?? 0, r.noChange?.maxRssMb ?? 0);
  log(
    `| ${r.size} | ${fmt(r.mb, 2)} | ${fmt(r.mb / (r.extractMs / 1000), 2)} | ${fmt(r.size / (r.extractMs / 1000), 0)} | ${fmt(r.mb / (r.parallelMs / 1000), 2)} | ${fmt(r.mb / (r.parseMs / 1000), 2)} | ${r.peerMs ? `${fmt(r.extractMs / r.peerMs, 2)}×` : '–'} | ${r.peerMs ? `${fmt(r.parseMs / r.peerMs, 2)}×` : '–'} | ${fmt((r.readMs + r.extractMs) / r.baselineMs, 1)}× | ${fmt(r.full ? r.full.wallMs / 1000 : null, 2)} | ${fmt(r.incremental ? r.incremental.wallMs / 1000 : null, 2)} | ${fmt(r.noChange ? r.noChange.wallMs / 1000 : null, 2)} | ${r.full ? fmt(rss, 0) : '–'} | ${r.full?.pages ?? r.renderPages ?? '–'} | ${r.renderMs && r.renderPages ? fmt(r.renderPages / (r.renderMs / 1000), 1) : '–'} |`,
  );
}
log(
  '\nvs peer / vs baseline: our time as a multiple of theirs on the same articles (below 1 = faster). Extraction is the whole core (cleaning + all extractors + merge); cleaning is parseArticle alone, the part the peer also does.',
);
if (values.json) await writeFile(values.json, JSON.stringify(rows, null, 2));
