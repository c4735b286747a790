#!/usr/bin/env node
import { statSync } from 'node:fs';

// The bundled CLI (dist/bundle, made by bundle.mjs from tsc's dist): a dozen files to load instead of ~400
// modules. A bundle older than the compiled app or core (one rebuilt alone, e.g. `pnpm --filter @dossier/core
// build`) would run stale code, so then the compiled modules run instead. A few seconds' grace: turbo puts a
// cached build's files back in no particular order, so a fresh bundle can be a little older than dist/.
const mtime = (url) => {
  try {
    return statSync(url).mtimeMs;
  } catch {
    return Number.NaN;
  }
};
const GRACE_MS = 10_000;
const bundled = mtime(new URL('../dist/bundle/cli.js', import.meta.url)) + GRACE_MS;
const fresh =
  bundled >= mtime(new URL('../dist/cli.js', import.meta.url)) &&
  bundled >= mtime(new URL(import.meta.resolve('@dossier/core')));
const { runMain } = await import(fresh ? '../dist/bundle/cli.js' : '../dist/cli.js');

process.exitCode = await runMain(process.argv.slice(2));
