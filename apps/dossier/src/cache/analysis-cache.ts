import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { type ArticleAnalysis, ArticleSchema, CORE_VERSION, type RawInput } from '@dossier/core';
import { writeFilesAtomic } from '../write-atomic.js';

/** The name of the cache folder, created next to the outputs (hidden, gitignored). */
export const CACHE_DIR_NAME = '.dossier-cache';

/** A store of per-article analyses keyed by what the analysis depends on. */
export interface AnalysisCache {
  get(key: string): Promise<ArticleAnalysis | undefined>;
  set(key: string, analysis: ArticleAnalysis): Promise<void>;
  /** removes entries not in `keep` (the entries of the current build), so the folder does not grow forever */
  prune(keep: ReadonlySet<string>): Promise<void>;
}

/**
 * The cache key of one input: the raw bytes' SHA-256, the file path (it names the article), the decoded
 * input (so a loader change is never served stale), CORE_VERSION and a fingerprint of the core's build
 * (so an edited core without a version bump is never served stale either).
 */
export function toCacheKey(input: RawInput, coreBuild = ''): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        CORE_VERSION,
        coreBuild,
        input.file,
        input.hash ?? null,
        input.meta ?? null,
        input.text,
      ]),
    )
    .digest('hex');
}

/** Opens (lazily creates) the analysis cache in a folder; unreadable or corrupted entries count as misses. */
export function openAnalysisCache(dir: string): AnalysisCache {
  const entryPath = (key: string) => join(dir, `${key}.json`);
  return {
    async get(key) {
      let raw: string;
      try {
        // synchronous: a thousand cached entries read in a row cost a third of the CPU of a thousand promises
        raw = readFileSync(entryPath(key), 'utf8');
      } catch {
        return undefined;
      }
      try {
        const entry = JSON.parse(raw) as { key?: unknown; analysis?: unknown };
        if (entry.key !== key || !isAnalysis(entry.analysis)) return undefined;
        return entry.analysis;
      } catch {
        return undefined;
      }
    },
    async set(key, analysis) {
      try {
        await writeFilesAtomic([{ path: entryPath(key), data: JSON.stringify({ key, analysis }) }]);
      } catch {
        // A cache that cannot be written (read-only folder, full disk) only costs time.
      }
    },
    async prune(keep) {
      let names: string[];
      try {
        names = await readdir(dir);
      } catch {
        return;
      }
      await Promise.all(
        names
          .filter((n) => /^[0-9a-f]{64}\.json$/.test(n) && !keep.has(n.slice(0, -5)))
          .map((n) => rm(join(dir, n), { force: true }).catch(() => undefined)),
      );
    },
  };
}

const ARRAYS = ['paragraphs', 'figures', 'quotes', 'sources', 'people', 'events', 'problems'] as const;

function isAnalysis(v: unknown): v is ArticleAnalysis {
  if (!v || typeof v !== 'object') return false;
  const rec = v as Record<string, unknown>;
  return ArticleSchema.safeParse(rec.article).success && ARRAYS.every((k) => Array.isArray(rec[k]));
}

/** Set by the bundler (bundle.mjs): the fingerprint of the core build the bundled CLI has inlined. */
declare const __DOSSIER_CORE_BUILD__: string | undefined;

/** A fingerprint of the built core package (its dist files), so analyses from an edited core are not reused. */
export async function loadCoreFingerprint(): Promise<string> {
  // the bundled CLI runs the core it was bundled with, whatever core/dist holds now
  if (typeof __DOSSIER_CORE_BUILD__ === 'string') return __DOSSIER_CORE_BUILD__;
  try {
    const entry = new URL(import.meta.resolve('@dossier/core'));
    const distDir = new URL('.', entry);
    const hash = createHash('sha256');
    const files = (await readdir(distDir, { recursive: true }))
      .filter((f) => f.endsWith('.js') || f.endsWith('.json'))
      .sort();
    // read side by side (one after the other was a tenth of a second of every build), hashed in path order
    const contents = await Promise.all(files.map((f) => readFile(new URL(f, distDir))));
    files.forEach((f, i) => {
      hash.update(f);
      hash.update(contents[i] as Buffer);
    });
    return hash.digest('hex');
  } catch {
    return '';
  }
}
