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
        if (entry.key !== key) return undefined;
        const analysis = withParagraphs(entry.analysis);
        return isAnalysis(analysis) ? analysis : undefined;
      } catch {
        return undefined;
      }
    },
    async set(key, analysis) {
      try {
        const data = JSON.stringify({ key, analysis: withoutParagraphs(analysis) });
        await writeFilesAtomic([{ path: entryPath(key), data }]);
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

/**
 * The analysis as stored: without its paragraphs when the body gives them back exactly (the body is the
 * paragraphs joined by a blank line). They were nearly half of an entry, and reading and parsing the entries
 * is most of a rebuild's analysis phase.
 */
function withoutParagraphs(analysis: ArticleAnalysis): object {
  const { paragraphs, ...rest } = analysis;
  const back = analysis.article.body.split('\n\n');
  const exact = back.length === paragraphs.length && back.every((p, i) => p === paragraphs[i]);
  return exact ? rest : analysis;
}

/** The stored analysis with its paragraphs in place again (in the same key order as the core made it). */
function withParagraphs(stored: unknown): unknown {
  if (!stored || typeof stored !== 'object' || 'paragraphs' in stored) return stored;
  const { article, ...rest } = stored as { article?: { body?: unknown } };
  if (typeof article?.body !== 'string') return stored;
  return { article, paragraphs: article.body.split('\n\n'), ...rest };
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
