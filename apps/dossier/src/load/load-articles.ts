import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { type Problem, type RawInput, toArticleId } from '@dossier/core';
import { decodeText } from './decode-text.js';
import { errCode, type FoundFile, walkFolder } from './walk-folder.js';

/** What loading a folder gives: the inputs in path order and the problems met on the way. */
export interface LoadResult {
  inputs: RawInput[];
  problems: Problem[];
}

/** How loading behaves. */
export interface LoadOptions {
  /** files larger than this many bytes are skipped (default 5 MB) */
  maxSize?: number;
}

/** The default size limit of one input file: 5 MB. */
export const DEFAULT_MAX_SIZE = 5 * 1024 * 1024;

/** How many files are read at the same time. */
const LOAD_BATCH = 32;

/** Reads every article file under a folder (nested, path order) and reports what it could not use, file by file. */
export async function loadArticles(dir: string, opts: LoadOptions = {}): Promise<LoadResult> {
  const maxSize = opts.maxSize ?? DEFAULT_MAX_SIZE;
  const { files, problems } = await walkFolder(dir);
  const inputs: RawInput[] = [];
  // files are read LOAD_BATCH at a time (one after the other cost a second on 1,000 files), kept in path order
  for (let i = 0; i < files.length; i += LOAD_BATCH) {
    const batch = await Promise.all(files.slice(i, i + LOAD_BATCH).map((f) => loadOne(f, maxSize)));
    for (const r of batch) {
      problems.push(...r.problems);
      if (r.input) inputs.push(r.input);
    }
  }
  problems.push(...duplicateIds(inputs));
  return { inputs, problems: sortProblems(problems) };
}

/** Reads and decodes one file into a raw input, or says why it cannot be used. */
export async function loadOne(
  f: FoundFile,
  maxSize: number = DEFAULT_MAX_SIZE,
): Promise<{ input?: RawInput; problems: Problem[] }> {
  const problem = (code: string, message: string, skipped: boolean): Problem => ({
    code,
    file: f.file,
    message,
    severity: 'warning',
    ...(skipped ? { skipped: true } : {}),
  });
  const skip = (code: string, message: string) => ({ problems: [problem(code, message, true)] });
  if (f.size === 0) return skip('empty-file', 'the file is empty');
  if (f.size > maxSize)
    return skip('too-large', `${formatBytes(f.size)} is over the limit of ${formatBytes(maxSize)}`);
  const read = readRegularFile(f.path, maxSize);
  if ('error' in read) return skip(read.code, read.error);
  const bytes = read.bytes;
  const decoded = decodeText(bytes);
  if (decoded.binary) return skip('binary', 'binary data (NUL bytes), not text');
  if (!decoded.text.trim()) return skip('empty-file', 'the file holds only whitespace');
  const problems: Problem[] = [];
  if (decoded.fallback) {
    const name = decoded.encoding === 'iso-8859-15' ? 'ISO-8859-15' : 'Windows-1252';
    problems.push(problem('encoding', `not valid UTF-8; read as ${name}`, false));
  }
  const ext = extname(f.file).toLowerCase();
  let text: string;
  let meta: RawInput['meta'] = {};
  if (ext === '.html' || ext === '.htm') {
    try {
      // linkedom and Readability are loaded only when a folder has HTML (a tenth of a second at start-up)
      const { extractHtml } = await import('./extract-html.js');
      ({ text, meta } = extractHtml(decoded.text));
    } catch (err) {
      return {
        problems: [...problems, problem('bad-html', `HTML could not be read (${errCode(err)})`, true)],
      };
    }
  } else {
    // the YAML parser and marked are loaded only for files that need them (a tenth of a second at start-up)
    const fm = decoded.text.startsWith('---')
      ? (await import('./parse-front-matter.js')).parseFrontMatter(decoded.text)
      : { meta: {}, body: decoded.text, issues: [] };
    // Markdown is read as the text it shows: no emphasis markers, link targets or image addresses
    meta = fm.meta;
    if (ext === '.md' || ext === '.markdown') {
      const md = (await import('./to-text-from-markdown.js')).toMarkdownArticle(fm.body);
      text = md.text;
      // the front matter's title wins; else the first "#" heading, not a banner above it
      if (!meta.title && md.title) meta = { ...meta, title: md.title };
    } else text = fm.body;
    for (const issue of fm.issues) problems.push(problem('front-matter', issue, false));
  }
  if (!text.trim())
    return { problems: [...problems, problem('empty-file', 'no text besides metadata', true)] };
  const input: RawInput = { file: f.file, text, hash: sha256(bytes) };
  if (Object.keys(meta).length) input.meta = meta;
  return { input, problems };
}

/**
 * Opens a path only if it is still a regular file: O_NOFOLLOW refuses a link swapped in after lstat,
 * O_NONBLOCK keeps a pipe swapped in from blocking the open, fstat checks what was opened. Synchronous: a
 * small local file costs a few system calls, where the promise API spent three times the CPU per file.
 */
function readRegularFile(
  path: string,
  maxSize: number,
): { bytes: Uint8Array } | { error: string; code: string } {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (err) {
    const code = errCode(err);
    if (code === 'ELOOP') return { code: 'symlink', error: 'symbolic link, not followed' };
    return { code: 'unreadable', error: `cannot be read (${code})` };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { code: 'not-a-file', error: 'not a regular file, not read' };
    if (st.size > maxSize) {
      return {
        code: 'too-large',
        error: `${formatBytes(st.size)} is over the limit of ${formatBytes(maxSize)}`,
      };
    }
    return { bytes: new Uint8Array(readFileSync(fd)) };
  } catch (err) {
    return { code: 'unreadable', error: `cannot be read (${errCode(err)})` };
  } finally {
    closeSync(fd);
  }
}

/** SHA-256 of raw bytes, hex. */
export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function duplicateIds(inputs: readonly RawInput[]): Problem[] {
  const seen = new Map<string, string>();
  const out: Problem[] = [];
  for (const i of inputs) {
    const id = toArticleId(i.file);
    const first = seen.get(id);
    if (first) {
      out.push({
        code: 'duplicate-id',
        file: i.file,
        message: `same article id "${id}" as ${first}; rename one of them`,
        severity: 'warning',
      });
    } else seen.set(id, i.file);
  }
  return out;
}

function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Formats a byte count for messages: "5 MB", "12.3 kB", "17 B". */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} kB`;
  return `${n} B`;
}
