import { spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { countPdfPages } from './count-pdf-pages.js';

/** What one spawned `dossier build` gave. */
export interface BuildRun {
  wallMs: number;
  exitCode: number;
  maxRssMb: number | null;
  pages: number;
  pdfBytes: number;
  stderrTail: string;
  /** the CLI's `--timings` line (how long each phase of the build took), and its render thread's line */
  phases: string | null;
}

/**
 * Spawns the real CLI (`node apps/dossier/bin/dossier.js build <dir> --out <out>/dossier.pdf --timings`) and
 * measures it.
 */
export async function runBuild(opts: {
  bin: string;
  dir: string;
  outDir: string;
  rssReporter: string;
  env?: Record<string, string>;
}): Promise<BuildRun> {
  const rssFile = join(opts.outDir, 'rss.json');
  const pdf = join(opts.outDir, 'dossier.pdf');
  await rm(rssFile, { force: true });
  const args = ['--import', opts.rssReporter, opts.bin, 'build', opts.dir, '--out', pdf, '--timings'];
  const t = performance.now();
  const { code, stderr } = await new Promise<{ code: number; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: opts.outDir,
      env: { ...process.env, ...opts.env, BENCH_RSS_FILE: rssFile, SOURCE_DATE_EPOCH: '0' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => {
      err = (err + d.toString()).slice(-4000);
    });
    child.on('error', reject);
    child.on('close', (c) => resolve({ code: c ?? 1, stderr: err }));
  });
  const wallMs = performance.now() - t;
  let maxRssMb: number | null = null;
  try {
    maxRssMb = (JSON.parse(await readFile(rssFile, 'utf8')) as { maxRssKb: number }).maxRssKb / 1024;
  } catch {
    // the reporter did not run (the CLI crashed hard): no figure
  }
  let bytes: Buffer | null = null;
  try {
    bytes = await readFile(pdf);
  } catch {
    bytes = null;
  }
  return {
    wallMs,
    exitCode: code,
    maxRssMb,
    pages: bytes ? countPdfPages(bytes) : 0,
    pdfBytes: bytes?.length ?? 0,
    stderrTail: stderr.split('\n').slice(-6).join('\n'),
    phases: phasesOf(stderr),
  };
}

/** The `--timings` line of a build's stderr, followed by the render thread's own phases when it printed them. */
export function phasesOf(stderr: string): string | null {
  const main = /timings: (.*)/.exec(stderr)?.[1];
  if (!main) return null;
  const thread = /render thread: (.*)/.exec(stderr)?.[1];
  return thread ? `${main} | render thread: ${thread}` : main;
}
