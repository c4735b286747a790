import { readFile } from 'node:fs/promises';
import { CorpusSchema } from '@dossier/core';
import type { ChangeKeys, PreviousEdition } from './corpus-changes.js';

/** Reads the previous corpus.json of an output folder; a missing or invalid file means there is no previous edition. */
export async function loadPreviousEdition(path: string): Promise<PreviousEdition | null> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return null;
  }
  const parsed = CorpusSchema.safeParse(raw);
  if (!parsed.success) return null;
  const changes = (raw as { changes?: unknown }).changes;
  return isChangeKeys(changes) ? { corpus: parsed.data, changes } : { corpus: parsed.data };
}

function isChangeKeys(v: unknown): v is ChangeKeys {
  if (!v || typeof v !== 'object') return false;
  const r = v as Record<string, unknown>;
  return (['articles', 'figures', 'quotes'] as const).every(
    (k) => Array.isArray(r[k]) && (r[k] as unknown[]).every((x) => typeof x === 'string'),
  );
}
