import { randomBytes } from 'node:crypto';
import { lstat, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * A file to write: its bytes or text, its text in chunks (a large corpus.json is never one string), or bytes
 * still being made (a PDF rendered on another thread while the files before it are written).
 */
export interface OutputFile {
  path: string;
  data: string | Uint8Array | Iterable<string> | Promise<Uint8Array>;
}

/** Options of writeFilesAtomic. */
export interface WriteOptions {
  /** asked once every file is written and before any is put in place: false leaves the old files as they were */
  commitIf?: () => boolean | Promise<boolean>;
}

/**
 * Writes files so that each appears complete or not at all: every file goes to a temporary file in its
 * target folder first; only when all are written (and no target is a folder or link) are they renamed into
 * place. On any failure, or when `commitIf` says no, the temporary files are removed and the previous files
 * stay as they were. Resolves with whether the files were put in place.
 */
export async function writeFilesAtomic(
  files: readonly OutputFile[],
  opts: WriteOptions = {},
): Promise<boolean> {
  const temps: { tmp: string; path: string }[] = [];
  try {
    for (const f of files) {
      await mkdir(dirname(f.path), { recursive: true });
      const tmp = join(dirname(f.path), `.${basename(f.path)}.${randomBytes(6).toString('hex')}.tmp`);
      temps.push({ tmp, path: f.path });
      await writeFile(tmp, f.data instanceof Promise ? await f.data : f.data);
    }
    if (opts.commitIf && !(await opts.commitIf())) {
      await Promise.all(temps.map((t) => rm(t.tmp, { force: true })));
      return false;
    }
    // Check every target before the first rename, so a bad target cannot leave a half-replaced pair.
    for (const t of temps) await assertReplaceable(t.path);
    for (const t of temps) await rename(t.tmp, t.path);
    return true;
  } catch (err) {
    await Promise.all(temps.map((t) => rm(t.tmp, { force: true })));
    throw err;
  }
}

async function assertReplaceable(path: string): Promise<void> {
  try {
    const st = await lstat(path);
    if (!st.isFile()) throw new Error(`${path} exists and is not a regular file`);
  } catch (err) {
    if ((err as { code?: string }).code !== 'ENOENT') throw err;
  }
}
