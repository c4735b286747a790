import { type Dirent, lstatSync, type Stats } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Problem } from '@dossier/core';

/** The file name extensions read as articles (lower case). Everything else is skipped with an info note. */
export const ACCEPTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;

/** One regular file found in the input folder. */
export interface FoundFile {
  /** absolute path */
  path: string;
  /** path relative to the input folder, forward slashes */
  file: string;
  /** size in bytes as lstat saw it */
  size: number;
}

/** Lists the article files under a folder: nested folders, sorted by relative path; hidden entries ignored; links and special files reported, never followed or opened. */
export async function walkFolder(dir: string): Promise<{ files: FoundFile[]; problems: Problem[] }> {
  const files: FoundFile[] = [];
  const problems: Problem[] = [];
  const skip = (file: string, code: string, message: string, severity: Problem['severity'] = 'warning') =>
    problems.push({ code, file, message, severity, skipped: true });

  const visit = async (abs: string, rel: string, top: boolean): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(abs, { withFileTypes: true });
    } catch (err) {
      if (top) throw err;
      skip(rel, 'unreadable', `folder cannot be read (${errCode(err)})`);
      return;
    }
    // Hidden files and folders (.git, .DS_Store, .dossier-cache, editor swap files) are never articles.
    const visible = entries.filter((e) => !e.name.startsWith('.'));
    // lstat, not stat: a symbolic link is reported as a link and never followed. Synchronous: on a local disk
    // a thousand lstat calls in a row cost less CPU than a thousand promises.
    const stats = visible.map((e): { st: Stats } | { err: unknown } => {
      try {
        return { st: lstatSync(join(abs, e.name)) };
      } catch (err) {
        return { err };
      }
    });
    const folders: Promise<void>[] = [];
    visible.forEach((e, i) => {
      const path = join(abs, e.name);
      const file = rel ? `${rel}/${e.name}` : e.name;
      const r = stats[i];
      if (!r || 'err' in r) {
        skip(file, 'unreadable', `cannot be read (${errCode(r?.err)})`);
        return;
      }
      const st = r.st;
      if (st.isSymbolicLink()) skip(file, 'symlink', 'symbolic link, not followed');
      else if (st.isDirectory()) folders.push(visit(path, file, false));
      else if (!st.isFile()) skip(file, 'not-a-file', `not a regular file (${kindOf(st)}), not opened`);
      else if (!(ACCEPTED_EXTENSIONS as readonly string[]).includes(extname(e.name).toLowerCase()))
        skip(file, 'unsupported-type', `not an article file (${ACCEPTED_EXTENSIONS.join(' ')})`, 'info');
      else files.push({ path, file, size: st.size });
    });
    await Promise.all(folders);
  };
  await visit(dir, '', true);
  const byFile = (a: { file: string }, b: { file: string }) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
  return { files: files.sort(byFile), problems: problems.sort(byFile) };
}

function kindOf(st: Stats): string {
  if (st.isFIFO()) return 'named pipe';
  if (st.isSocket()) return 'socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device';
  return 'special file';
}

/** The error code of a filesystem error (EACCES, ENOENT, …), or its message. */
export function errCode(err: unknown): string {
  if (err && typeof err === 'object' && 'code' in err && typeof err.code === 'string') return err.code;
  return err instanceof Error ? err.message : String(err);
}
