import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { writeFilesAtomic } from '../write-atomic.js';
import { FONTS, PDFKIT_PATH, requireFromPdfmake } from './render-pdf.js';

/**
 * A persistent cache of pdfkit's shaped words. pdfkit shapes every distinct word of a document with fontkit
 * once per font (its `layoutCache`, which lives as long as one document); in a fresh process that was a fifth
 * of a 1,000-article dossier's render (about 4,300 words at 120 µs each, JIT and garbage included). Most words
 * of a rebuild were shaped by the build before, so the shaped runs are kept in the cache folder and handed to
 * pdfkit instead of shaping again. The PDF bytes are the same either way (tested): a run is stored exactly as
 * pdfkit keeps it (glyph ids, the glyphs' advance widths and code points, the scaled positions) and rebuilt
 * with pdfkit's own arithmetic.
 */

const FORMAT = 1;

/** One shaped word as stored: glyph ids, unscaled advance widths, scaled positions, code points. */
type PackedRun = [ids: number[], advances: number[], positions: number[][], codePoints: number[][]];

interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}
interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}
interface Run {
  glyphs: Glyph[];
  positions: Position[];
  advanceWidth: number;
}
/** The part of pdfkit's EmbeddedFont the cache works with. */
interface EmbeddedFont {
  name: string;
  scale: number;
  layoutCache?: Record<string, Run>;
  layoutCached(text: string): Run;
}

/** The shaped words of one render: what the store had, and what this render used and shaped. */
interface Session {
  stored: Record<string, Record<string, unknown>>;
  used: Record<string, Record<string, PackedRun>>;
  shaped: number;
  reused: number;
}

let session: Session | null = null;
let hooked: boolean | null = null;

/** What a render with the cache did: words taken from the store, words shaped anew. */
export interface GlyphRunStats {
  reused: number;
  shaped: number;
}

/**
 * Renders with the glyph-run cache at `path`: loads it (a missing, unreadable or foreign file is an empty
 * cache), runs `render`, and writes the words this render used back when it shaped new ones. A cache that
 * cannot be written only costs the next build time; without pdfkit's hook point the render runs uncached.
 */
export async function withGlyphRunCache<T>(
  path: string,
  render: () => Promise<T>,
): Promise<{ result: T; stats: GlyphRunStats }> {
  if (!installHook() || session) return { result: await render(), stats: { reused: 0, shaped: 0 } };
  const stored = isLoaded(path) ? (loaded as Loaded).stored : loadStore(path);
  const current: Session = { stored, used: Object.create(null), shaped: 0, reused: 0 };
  session = current;
  let result: T;
  try {
    result = await render();
  } finally {
    session = null;
  }
  // nothing new: the file still holds what was read (a watch process renders again without reading it back)
  loaded = current.shaped > 0 ? null : { path, stored, stamp: stampOf(path) };
  if (current.shaped > 0) {
    const data = JSON.stringify({ format: FORMAT, fingerprint: fingerprint(), fonts: current.used });
    try {
      await writeFilesAtomic([{ path, data }]);
      // what the file holds now (a watch process renders again without reading it back)
      loaded = { path, stored: current.used, stamp: stampOf(path) };
    } catch {
      // like the analysis cache: a folder that cannot be written only costs time
    }
  }
  return { result, stats: { reused: current.reused, shaped: current.shaped } };
}

/** A store read or written by this thread, with its file and the file's size and time when it was. */
interface Loaded {
  path: string;
  stored: Session['stored'];
  stamp: string;
}
let loaded: Loaded | null = null;

const stampOf = (path: string): string => {
  try {
    const st = statSync(path);
    return `${st.size}:${st.mtimeMs}`;
  } catch {
    return 'none';
  }
};

/** Whether the store in memory is still what the file holds (nobody else wrote it since). */
const isLoaded = (path: string): boolean => loaded?.path === path && loaded.stamp === stampOf(path);

/**
 * Reads the glyph-run cache and hooks pdfkit ahead of the render (the render thread does it while the main
 * thread reads and analyses the articles; parsing the file was 20–60 ms of the render otherwise).
 */
export function preloadGlyphRuns(path: string): void {
  if (!installHook() || isLoaded(path)) return;
  const stamp = stampOf(path);
  loaded = { path, stored: loadStore(path), stamp };
}

function loadStore(path: string): Session['stored'] {
  try {
    const raw = JSON.parse(readFileSync(path, 'utf8')) as {
      format?: unknown;
      fingerprint?: unknown;
      fonts?: unknown;
    };
    if (raw.format !== FORMAT || raw.fingerprint !== fingerprint()) return Object.create(null);
    if (!raw.fonts || typeof raw.fonts !== 'object') return Object.create(null);
    return raw.fonts as Session['stored'];
  } catch {
    return Object.create(null);
  }
}

let print: string | null = null;

/**
 * What the stored runs depend on: the pdfkit and fontkit copies (their resolved paths name their versions)
 * and the font files (path and size), so an upgrade or another font never reuses a run.
 */
function fingerprint(): string {
  if (print !== null) return print;
  const pdfkit = PDFKIT_PATH;
  const fontkit = createRequire(pdfkit).resolve('fontkit');
  const files = [...new Set(Object.values(FONTS).flatMap((f) => Object.values(f)))].sort();
  print = JSON.stringify([FORMAT, pdfkit, fontkit, ...files.map((f) => [f, statSync(f).size])]);
  return print;
}

/**
 * Wraps pdfkit's per-document word cache (`EmbeddedFont.prototype.layoutCached`) once per thread, so that
 * during a cached render a word missing from the document's cache is taken from the store before fontkit
 * shapes it. Reached through a throw-away document, because pdfkit does not export the class; false when
 * pdfkit has no such method (another version), and then nothing is changed.
 */
function installHook(): boolean {
  if (hooked !== null) return hooked;
  hooked = false;
  try {
    const PDFDocument = requireFromPdfmake('pdfkit') as new (
      opts: object,
    ) => {
      font(src: string): unknown;
      _font: EmbeddedFont;
    };
    const probe = new PDFDocument({ autoFirstPage: false });
    probe.font(FONTS.Roboto.normal);
    const proto = Object.getPrototypeOf(probe._font) as EmbeddedFont;
    const shape = proto.layoutCached;
    if (typeof shape !== 'function' || typeof probe._font.scale !== 'number') return false;
    proto.layoutCached = function (this: EmbeddedFont, text: string): Run {
      const s = session;
      const cache = this.layoutCache;
      if (!s || !cache) return shape.call(this, text);
      const inDocument = cache[text];
      if (inDocument) return inDocument;
      s.used[this.name] ??= Object.create(null) as Record<string, PackedRun>;
      const used = s.used[this.name] as Record<string, PackedRun>;
      const packed = s.stored[this.name]?.[text];
      const revived = packed === undefined ? null : revive(packed, this.scale);
      if (revived) {
        s.reused++;
        cache[text] = revived;
        used[text] = packed as PackedRun;
        return revived;
      }
      s.shaped++;
      const run = shape.call(this, text);
      used[text] = pack(run);
      return run;
    };
    hooked = true;
  } catch {
    hooked = false;
  }
  return hooked;
}

/** A shaped run as stored (positions: x advance alone when the other three are zero, as they mostly are). */
function pack(run: Run): PackedRun {
  return [
    run.glyphs.map((g) => g.id),
    run.glyphs.map((g) => g.advanceWidth),
    run.positions.map((p) =>
      p.yAdvance === 0 && p.xOffset === 0 && p.yOffset === 0
        ? [p.xAdvance]
        : [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset],
    ),
    run.glyphs.map((g) => g.codePoints),
  ];
}

/** The run pdfkit's `layoutRun` would have made, from its stored form; null for a malformed entry. */
function revive(packed: unknown, scale: number): Run | null {
  if (!Array.isArray(packed) || packed.length !== 4) return null;
  const [ids, advances, positions, codePoints] = packed as unknown[][];
  if (!Array.isArray(ids) || !Array.isArray(advances) || !Array.isArray(positions)) return null;
  if (!Array.isArray(codePoints)) return null;
  const n = ids.length;
  if (advances.length !== n || positions.length !== n || codePoints.length !== n) return null;
  const glyphs: Glyph[] = [];
  const out: Position[] = [];
  let advanceWidth = 0;
  for (let i = 0; i < n; i++) {
    const id = ids[i];
    const advance = advances[i];
    const p = positions[i] as number[];
    const cps = codePoints[i] as number[];
    if (typeof id !== 'number' || typeof advance !== 'number' || !Array.isArray(cps)) return null;
    if (!Array.isArray(p) || (p.length !== 1 && p.length !== 4)) return null;
    glyphs.push({ id, advanceWidth: advance, codePoints: cps });
    // the same fields in the same order as fontkit's position after pdfkit scaled it
    const position: Position = {
      xAdvance: p[0] as number,
      yAdvance: p.length === 4 ? (p[1] as number) : 0,
      xOffset: p.length === 4 ? (p[2] as number) : 0,
      yOffset: p.length === 4 ? (p[3] as number) : 0,
      advanceWidth: advance * scale,
    };
    out.push(position);
    // fontkit's GlyphRun sums its positions' x advances in order
    advanceWidth += position.xAdvance;
  }
  return { glyphs, positions: out, advanceWidth };
}
