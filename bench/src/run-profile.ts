import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { renderDossierPdf } from '@dossier/app';
import { CACHE_DIR, SEED_DIR } from './bench-paths.js';
import { loadInputs, runExtraction } from './run-extraction.js';
import { type CpuProfile, summarizeProfile } from './summarize-profile.js';
import { writeCorpusOnce } from './write-corpus.js';

// Profiles the extraction (and, with --render, the PDF) on one synthetic corpus with the V8 profiler, writes
// the .cpuprofile (open it in Chrome DevTools) and prints the functions with the most self time.
const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    size: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '20241028' },
    render: { type: 'boolean' },
    'render-only': { type: 'boolean' },
    top: { type: 'string', default: '25' },
  },
});
const size = Number(values.size);
const seeds = await Promise.all(
  (await readdir(SEED_DIR))
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => readFile(join(SEED_DIR, n), 'utf8')),
);
const dir = join(CACHE_DIR, `corpus-${size}`);
await writeCorpusOnce(dir, seeds, size, Number(values.seed));
const { inputs } = await loadInputs(dir);

// With --render-only the extraction runs before the profiler starts.
const pre = values['render-only'] ? runExtraction(inputs) : null;
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
const ex = pre ?? runExtraction(inputs);
if (values.render || pre) await renderDossierPdf(ex.corpus, { createdAt: new Date(0) });
const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile };
session.disconnect();

const out = join(CACHE_DIR, 'profiles');
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
const file = join(out, `${pre ? 'render' : 'extract'}-${size}${values.render ? '-render' : ''}.cpuprofile`);
const { writeFile } = await import('node:fs/promises');
await writeFile(file, JSON.stringify(profile));
process.stdout.write(`profile of ${size} articles (extraction ${ex.ms.toFixed(0)} ms) → ${file}\n\n`);
process.stdout.write('| self ms | share | function | where |\n|---:|---:|---|---|\n');
for (const r of summarizeProfile(profile, Number(values.top))) {
  process.stdout.write(
    `| ${r.selfMs.toFixed(0)} | ${(r.share * 100).toFixed(1)}% | ${r.fn} | ${r.where} |\n`,
  );
}
