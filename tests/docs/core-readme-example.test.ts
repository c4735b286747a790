import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';

// The core README promises a runnable example: run its first ```js block against the built package.
describe('packages/core/README.md', () => {
  it('has a Use example that runs and prints a valid corpus', () => {
    const readme = readFileSync(join(ROOT, 'packages/core/README.md'), 'utf8');
    const code = /```js\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(code).toBeTruthy();
    // Written inside tests/ so that `@dossier/core` resolves through this package's node_modules.
    const dir = mkdtempSync(join(ROOT, 'tests', '.readme-'));
    try {
      const file = join(dir, 'example.mjs');
      writeFileSync(file, code ?? '');
      const out = execFileSync(process.execPath, [file], { encoding: 'utf8' });
      const lines = out.trim().split('\n');
      expect(lines[0]).toBe('Neue Brücke über den Fluss eröffnet');
      expect(lines.at(-1)).toBe('true');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
