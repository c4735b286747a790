import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HARBOUR, makeFolder, STORM } from '../fixtures/ingest/make-folder.js';
import { runCli } from '../helpers/run-cli.js';

const phase = (name: string) => `${name} \\d+\\.\\d\\d s`;

describe('--timings', () => {
  it('build prints each phase in order and the total, after the outputs are written', async () => {
    const input = await makeFolder({ 'sturm.txt': STORM, 'hafen.txt': HARBOUR });
    const out = await makeFolder({}, 'dossier-out-');
    const r = await runCli(['build', input, '--out', join(out, 'dossier.pdf'), '--timings']);
    expect(r.code, r.stderr).toBe(0);
    const phases = [
      'start-up',
      'previous edition',
      'reading',
      'analysis',
      'merge',
      'edition diff',
      'dossier model',
    ];
    if (availableParallelism() >= 2) {
      // the PDF is rendered on a second thread while corpus.json is written; that thread reports its own phases
      const threaded = [...phases, 'rendering and writing', 'total'];
      expect(r.stderr).toMatch(
        new RegExp(
          `render thread: (warm-up \\d+ round\\(s\\) \\d+\\.\\d\\d s · )?${['templates', 'document', 'pdf'].map(phase).join(' · ')}\n`,
        ),
      );
      expect(r.stderr).toMatch(new RegExp(`wrote .*\n.*timings: ${threaded.map(phase).join(' · ')}\n`));
    } else {
      const rest = ['loading the renderer', 'templates', 'document', 'pdf', 'writing', 'total'];
      expect(r.stderr).toMatch(
        new RegExp(`wrote .*\n.*timings: ${[...phases, ...rest].map(phase).join(' · ')}\n`),
      );
    }
  });

  it('extract prints its phases; without the flag nothing is printed', async () => {
    const input = await makeFolder({ 'sturm.txt': STORM });
    const out = await makeFolder({}, 'dossier-out-');
    const timed = await runCli(['extract', input, '--out', join(out, 'corpus.json'), '--timings']);
    expect(timed.stderr).toMatch(
      new RegExp(
        `timings: ${['start-up', 'reading', 'analysis', 'merge', 'writing', 'total'].map(phase).join(' · ')}`,
      ),
    );
    const plain = await runCli(['extract', input, '--out', join(out, 'corpus.json')]);
    expect(plain.stderr).not.toContain('timings');
  });
});
