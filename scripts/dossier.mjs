#!/usr/bin/env node
// `pnpm dossier [args]` from the repository root: builds what the CLI needs through turbo (cached),
// then runs the CLI in the directory the user ran pnpm in, so relative paths mean what they say.
// Without arguments it runs the cached turbo task that builds data/articles into out/.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const turbo = (task, extra = []) =>
  spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/turbo/bin/turbo'),
      'run',
      task,
      '--filter=@dossier/app',
      '--output-logs=errors-only',
      '--log-prefix=none',
      ...extra,
    ],
    {
      cwd: root,
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', TURBO_NO_UPDATE_NOTIFIER: '1' },
      // turbo's own report goes to stderr: stdout belongs to the CLI (`extract --json`).
      stdio: ['ignore', 2, 2],
    },
  );

if (args.length === 0) {
  const r = turbo('dossier');
  process.exit(r.status ?? 1);
}
const built = turbo('build', ['--ui=stream']);
if (built.status !== 0) process.exit(built.status ?? 1);
// pnpm runs scripts in the package folder; INIT_CWD is where the user typed the command.
const cwd = process.env.INIT_CWD ?? process.cwd();
const r = spawnSync(process.execPath, [join(root, 'apps/dossier/bin/dossier.js'), ...args], {
  cwd,
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
