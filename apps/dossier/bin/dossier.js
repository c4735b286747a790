#!/usr/bin/env node
// the bundled CLI (dist/bundle, made by bundle.mjs from tsc's dist): one file to load instead of hundreds
import { runMain } from '../dist/bundle/cli.js';

process.exitCode = await runMain(process.argv.slice(2));
