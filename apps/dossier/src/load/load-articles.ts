import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Problem, RawInput } from '@dossier/core';

/** What loading a folder gives: the inputs in path order and the problems met on the way. */
export interface LoadResult {
  inputs: RawInput[];
  problems: Problem[];
}

/** Reads every .txt file of a folder (first version: top level only, UTF-8). */
export async function loadArticles(dir: string): Promise<LoadResult> {
  const entries = await readdir(dir, { withFileTypes: true });
  const inputs: RawInput[] = [];
  const problems: Problem[] = [];
  for (const e of entries
    .filter((x) => x.isFile() && !x.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, e.name);
    const file = relative(dir, path).split(sep).join('/');
    const text = await readFile(path, 'utf8');
    if (!text.trim()) {
      problems.push({
        code: 'empty-file',
        file,
        message: 'the file is empty',
        severity: 'warning',
        skipped: true,
      });
      continue;
    }
    inputs.push({ file, text });
  }
  return { inputs, problems };
}
