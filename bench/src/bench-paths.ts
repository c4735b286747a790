import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of the compiled bench scripts. */
export const HERE = dirname(fileURLToPath(import.meta.url));
/** The repository root. */
export const ROOT = resolve(HERE, '../..');
/** Where generated corpora, outputs and profiles go (gitignored). */
export const CACHE_DIR = resolve(HERE, '../.cache');
/** The seed articles the synthetic corpora are made from. */
export const SEED_DIR = join(ROOT, 'data/articles');
