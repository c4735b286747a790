import type { Ref, Statement } from './types.js';

/** The least number of words two statements must share, end to start, to be read as one passage. */
const MIN_OVERLAP = 4;

interface Item {
  s: Statement;
  /** stems of the words, for comparing */
  stems: string[];
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

function toItem(s: Statement): Item {
  const stems: string[] = [];
  const starts: number[] = [];
  for (const m of s.text.matchAll(/\S+/g)) {
    const stem = toStem(m[0]);
    if (!stem) continue;
    stems.push(stem);
    starts.push(m.index ?? 0);
  }
  return { s, stems, starts, alive: true };
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const unionRefs = (a: readonly Ref[], b: readonly Ref[]) => [...new Set([...a, ...b])].sort((x, y) => x - y);

/** Takes over the references of a statement that is shown as part of another (sorted once at the end). */
function absorb(host: Statement, part: Statement): void {
  host.refs.push(...part.refs);
  host.isNew &&= part.isNew;
}

/**
 * Joins two statements where the end of one is the start of the other (two pieces cut from one
 * sentence): the first up to the shared words, then the whole second.
 */
function joinOverlaps(items: Item[]): Item[] {
  for (let round = 0; round < 4; round++) {
    const byHead = new Map<string, Item[]>();
    for (const it of items) {
      if (!it.alive || it.stems.length < MIN_OVERLAP) continue;
      const key = it.stems.slice(0, MIN_OVERLAP).join(' ');
      pushTo(byHead, key, it);
    }
    const joined: Item[] = [];
    for (const a of items) {
      if (!a.alive) continue;
      for (let p = 1; p + MIN_OVERLAP <= a.stems.length && a.alive; p++) {
        const key = a.stems.slice(p, p + MIN_OVERLAP).join(' ');
        for (const b of byHead.get(key) ?? []) {
          const rest = a.stems.length - p;
          if (b === a || !b.alive || b.stems.length <= rest) continue;
          if (!a.stems.slice(p).every((w, i) => b.stems[i] === w)) continue;
          const s: Statement = {
            text: `${a.s.text.slice(0, a.starts[p] ?? 0)}${b.s.text}`,
            // quoted words joined with the reporting clause are reported speech as a whole
            kind: a.s.kind === 'direct' && b.s.kind === 'direct' ? 'direct' : 'indirect',
            refs: unionRefs(a.s.refs, b.s.refs),
            isNew: a.s.isNew && b.s.isNew,
          };
          a.alive = false;
          b.alive = false;
          joined.push(toItem(s));
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
  const items = joinOverlaps([...byText.values()].map(toItem)).sort(
    (a, b) =>
      b.stems.length - a.stems.length ||
      Number(b.s.kind === 'direct') - Number(a.s.kind === 'direct') ||
      a.s.text.localeCompare(b.s.text),
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
