import type { Ref, Statement } from './types.js';

/** The least number of words two statements must share, end to start, to be read as one passage. */
const MIN_OVERLAP = 4;

interface Item {
  s: Statement;
  /** stems of the words, for comparing */
  stems: string[];
  /** the stems as numbers (one per distinct stem of the statements folded together), for comparing fast */
  ids: number[];
  /** where each word starts in the text, for cutting */
  starts: number[];
  alive: boolean;
}

/**
 * A word's comparable form: lowercase letters and digits, one inflection ending off ("werde" and
 * "werden" are the same word when a quote and the sentence reporting it differ in grammar).
 */
const stems = new Map<string, string>();

function toStem(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    const w = word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    stem = w.length > 4 ? w.replace(/(?:en|em|er|es|e|n|s)$/u, '') : w;
    // words repeat across thousands of statements; the bound keeps a long watch session from growing
    if (stems.size >= 100_000) stems.clear();
    stems.set(word, stem);
  }
  return stem;
}

function toItem(s: Statement, idOf: Map<string, number>): Item {
  const stems: string[] = [];
  const ids: number[] = [];
  const starts: number[] = [];
  for (const m of s.text.matchAll(/\S+/g)) {
    const stem = toStem(m[0]);
    if (!stem) continue;
    stems.push(stem);
    let id = idOf.get(stem);
    if (id === undefined) {
      id = idOf.size;
      idOf.set(stem, id);
    }
    ids.push(id);
    starts.push(m.index ?? 0);
  }
  return { s, stems, ids, starts, alive: true };
}

/**
 * A number for the MIN_OVERLAP stems from `at`: equal runs give equal numbers; two runs that differ may
 * share one, which costs only a comparison (every candidate is compared word by word).
 */
function runKey(ids: readonly number[], at: number): number {
  let h = 0x811c9dc5;
  for (let i = at; i < at + MIN_OVERLAP; i++) h = Math.imul(h ^ (ids[i] as number), 0x01000193);
  return h >>> 0;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** `a.localeCompare(b)` is this collator's compare, built anew for every call (ECMA-402): built once here. */
const COLLATOR = new Intl.Collator();

const unionRefs = (a: readonly Ref[], b: readonly Ref[]) => [...new Set([...a, ...b])].sort((x, y) => x - y);

/** Takes over the references of a statement that is shown as part of another (sorted once at the end). */
function absorb(host: Statement, part: Statement): void {
  host.refs.push(...part.refs);
  host.isNew &&= part.isNew;
}

/** Whether `ids` starts with the words of `of` from position `from` on. */
function startsWithTail(ids: readonly number[], of: readonly number[], from: number): boolean {
  for (let i = from; i < of.length; i++) if (ids[i - from] !== of[i]) return false;
  return true;
}

/**
 * Joins two statements where the end of one is the start of the other (two pieces cut from one
 * sentence): the first up to the shared words, then the whole second.
 */
function joinOverlaps(items: Item[], idOf: Map<string, number>): Item[] {
  for (let round = 0; round < 4; round++) {
    // statements by their first words (as a number: building a string for every word position was most of
    // the time the dossier model spent here)
    const byHead = new Map<number, Item[]>();
    for (const it of items) {
      if (!it.alive || it.ids.length < MIN_OVERLAP) continue;
      pushTo(byHead, runKey(it.ids, 0), it);
    }
    const joined: Item[] = [];
    for (const a of items) {
      if (!a.alive) continue;
      for (let p = 1; p + MIN_OVERLAP <= a.ids.length && a.alive; p++) {
        for (const b of byHead.get(runKey(a.ids, p)) ?? []) {
          const rest = a.ids.length - p;
          if (b === a || !b.alive || b.ids.length <= rest) continue;
          if (!startsWithTail(b.ids, a.ids, p)) continue;
          const s: Statement = {
            text: `${a.s.text.slice(0, a.starts[p] ?? 0)}${b.s.text}`,
            // quoted words joined with the reporting clause are reported speech as a whole
            kind: a.s.kind === 'direct' && b.s.kind === 'direct' ? 'direct' : 'indirect',
            refs: unionRefs(a.s.refs, b.s.refs),
            isNew: a.s.isNew && b.s.isNew,
          };
          a.alive = false;
          b.alive = false;
          joined.push(toItem(s, idOf));
          break;
        }
      }
    }
    if (joined.length === 0) break;
    items = [...items.filter((it) => it.alive), ...joined];
  }
  return items.filter((it) => it.alive);
}

/**
 * Shows each statement of one actor once: repeats across articles become one statement with all
 * references; pieces cut from one sentence are joined; a statement whose words stand inside a fuller
 * one (a quoted fragment and the sentence reporting it) is folded into that one. On equal words the
 * direct quote wins.
 */
export function foldStatements(statements: readonly Statement[]): Statement[] {
  const byText = new Map<string, Statement>();
  for (const s of statements) {
    const key = `${s.kind}\0${s.text}`;
    const same = byText.get(key);
    if (same) absorb(same, s);
    else byText.set(key, { ...s, refs: [...s.refs] });
  }
  const idOf = new Map<string, number>();
  const items = joinOverlaps(
    [...byText.values()].map((s) => toItem(s, idOf)),
    idOf,
  ).sort(
    (a, b) =>
      b.stems.length - a.stems.length ||
      Number(b.s.kind === 'direct') - Number(a.s.kind === 'direct') ||
      COLLATOR.compare(a.s.text, b.s.text),
  );
  // hosts are looked up through their words, so one actor with thousands of statements stays fast
  const hostsOf = new Map<string, Item[]>();
  const padded = new Map<Item, string>();
  const kept: Item[] = [];
  for (const it of items) {
    const words = ` ${it.stems.join(' ')} `;
    // a host has every word of the statement: its rarest word gives the shortest list to check
    let candidates: Item[] = [];
    for (const [i, w] of it.stems.entries()) {
      const list = hostsOf.get(w) ?? [];
      if (i === 0 || list.length < candidates.length) candidates = list;
      if (candidates.length === 0) break;
    }
    const host = candidates.find((h) => (padded.get(h) ?? '').includes(words));
    if (host) {
      absorb(host.s, it.s);
      continue;
    }
    kept.push(it);
    padded.set(it, words);
    for (const w of new Set(it.stems)) pushTo(hostsOf, w, it);
  }
  return kept.map((it) => ({ ...it.s, refs: unionRefs(it.s.refs, []) }));
}
