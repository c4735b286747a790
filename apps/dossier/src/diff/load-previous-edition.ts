import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { type ChangeKeys, type PreviousEdition, toEditionKeys } from './corpus-changes.js';

// Only what the edition diff reads is checked and kept: validating the whole previous corpus (137 MB at
// 10,000 articles) with the full schema cost seconds and held a second corpus in memory during the build.
const EditionSchema = z.object({
  articles: z.array(z.object({ file: z.string(), hash: z.string().optional(), body: z.string() })),
  figures: z.array(
    z.object({ value: z.number(), unit: z.string().nullable(), claimant: z.string().nullable() }),
  ),
  quotes: z.array(z.object({ speaker: z.string().nullable(), text: z.string() })),
  changes: z
    .object({ articles: z.array(z.string()), figures: z.array(z.string()), quotes: z.array(z.string()) })
    .optional()
    .catch(undefined),
});

/** Reads the keys of the previous corpus.json of an output folder; a missing or invalid file means there is no previous edition. */
export async function loadPreviousEdition(path: string): Promise<PreviousEdition | null> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return null;
  }
  const parsed = EditionSchema.safeParse(raw);
  if (!parsed.success) return null;
  const keys = toEditionKeys(parsed.data);
  const changes: ChangeKeys | undefined = parsed.data.changes;
  return changes ? { keys, changes } : { keys };
}
