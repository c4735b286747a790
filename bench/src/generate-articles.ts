/** One article of a synthetic corpus: its file name and raw text. */
export interface GeneratedArticle {
  file: string;
  text: string;
}

/** A seeded pseudo-random source: next() gives a float in [0, 1). */
export interface Rng {
  next(): number;
  /** an integer in [min, max] */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
}

/** Creates a fast deterministic generator (mulberry32) from a 32-bit seed. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return { next, int, pick: (items) => items[Math.floor(next() * items.length)]! };
}

// Syllables for invented names: nothing here is a real person from the seeds.
const ONSETS = [
  'b',
  'd',
  'f',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'w',
  'z',
  'br',
  'st',
  'kr',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ei', 'au', 'ä', 'ö'];
const CODAS = ['', '', 'n', 'r', 'l', 's', 'nd', 'rt'];
const SURNAME_ENDINGS = ['er', 'mann', 'berg', 'ski', 'ow', 'sen', 'feld', 'hold', 'ner', 'ling'];
const FIRST_ENDINGS = ['a', 'o', 'e', 'us', 'an', 'ina', 'el'];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const syllable = (rng: Rng) => rng.pick(ONSETS) + rng.pick(VOWELS) + rng.pick(CODAS);

/** Builds a pool of invented "Firstname Lastname" names, deterministic for a seed. */
export function buildNamePool(rng: Rng, size: number): [string, string][] {
  const pool: [string, string][] = [];
  const seen = new Set<string>();
  while (pool.length < size) {
    const first = cap(syllable(rng) + rng.pick(FIRST_ENDINGS));
    const last = cap(syllable(rng) + syllable(rng) + rng.pick(SURNAME_ENDINGS));
    if (seen.has(last)) continue;
    seen.add(last);
    pool.push([first, last]);
  }
  return pool;
}

const MONTHS =
  'Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Okt\\.|Nov\\.|Dez\\.';
const NAME_TOKEN = '[A-ZÄÖÜ][a-zäöüß]+(?:-[A-Za-zäöüß]+)*';
const NAME_PAIR = new RegExp(`(?<![\\p{L}-])(${NAME_TOKEN})(?= (${NAME_TOKEN})(?![\\p{L}-]))`, 'gu');
// Determiners, adjective endings and numbers put a capitalised word in a noun phrase, so it is no name.
const NOUN_CONTEXT =
  /(?:(?:^|[\s(])(?:[Dd](?:er|ie|as|en|em|es)|[Ee]in(?:e[mnrs]?)?|[a-zäöüß]+(?:e|en|er|es|em))|\d)\s$/u;
// At a sentence start every word is capitalised: a pair there proves nothing.
const SENTENCE_START = /(?:^|[.!?:„“"»«\n])\s*$/u;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordIn = (text: string, word: string) =>
  new RegExp(`(?<![\\p{L}-])${escapeRe(word)}(?![\\p{L}-])`, 'u').test(text);

/**
 * Finds "Firstname Lastname" pairs in a text: neither the pair nor the last name alone stands after a
 * determiner, an adjective or a sentence start (which would make it a noun phrase), and the first word
 * never occurs in lower case (which would make it a function word).
 */
export function findNames(text: string): [string, string][] {
  const candidates = new Map<string, [string, string]>();
  const rejected = new Set<string>();
  for (const m of text.matchAll(NAME_PAIR)) {
    const key = `${m[1]} ${m[2]}`;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (NOUN_CONTEXT.test(before) || SENTENCE_START.test(before)) rejected.add(key);
    else candidates.set(key, [m[1]!, m[2]!]);
  }
  const firsts = new Set([...candidates.values()].map(([first]) => first));
  const found: [string, string][] = [];
  for (const [key, [first, last]] of candidates) {
    if (rejected.has(key)) continue;
    // "Sprecher Tom Berg": the name is the later pair.
    if (firsts.has(last)) continue;
    if (wordIn(text, first.toLowerCase())) continue;
    // "Landes Politik": a genitive, not a first name.
    if (first.endsWith('s') && wordIn(text, first.slice(0, -1))) continue;
    let nounLike = false;
    for (const o of text.matchAll(new RegExp(`(?<![\\p{L}-])${escapeRe(last)}(?![\\p{L}-])`, 'gu'))) {
      const before = text.slice(Math.max(0, o.index - 40), o.index);
      if (!before.endsWith(`${first} `) && NOUN_CONTEXT.test(before)) nounLike = true;
    }
    if (!nounLike) found.push([first, last]);
  }
  return found;
}

/** Replaces the given names in a text with names from the pool, consistently within the text. */
export function swapNames(
  text: string,
  names: readonly [string, string][],
  pool: readonly [string, string][],
  rng: Rng,
): string {
  let out = text;
  for (const [first, last] of names) {
    const [nf, nl] = rng.pick(pool);
    out = out.replace(new RegExp(`${escapeRe(first)} ${escapeRe(last)}`, 'g'), `${nf} ${nl}`);
    out = out.replace(new RegExp(`(?<!\\p{L})${escapeRe(last)}(?![\\p{L}-])`, 'gu'), nl);
  }
  return out;
}

const NUMBER_LIKE = new RegExp(
  [
    '(?<dmy>\\b\\d{1,2}\\.\\d{1,2}\\.(?:19|20)\\d{2}\\b)',
    '(?<iso>\\b(?:19|20)\\d{2}-\\d{2}-\\d{2}\\b)',
    '(?<time>\\b\\d{1,2}:\\d{2}\\b)',
    `(?<day>\\b\\d{1,2}\\.(?=\\s(?:${MONTHS})))`,
    '(?<year>\\b(?:199\\d|20[0-3]\\d)\\b)',
    '(?<num>\\d+(?:[.,]\\d+)*)',
  ].join('|'),
  'gu',
);

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Replaces numbers with random values of the same shape, shifts years and redraws days and times. */
export function varyNumbers(text: string, rng: Rng, yearShift: number): string {
  const days = new Map<string, number>();
  const day = (d: string) => {
    if (!days.has(d)) days.set(d, rng.int(1, 28));
    return days.get(d)!;
  };
  return text.replace(NUMBER_LIKE, (match, ...args) => {
    const g = args.at(-1) as Record<string, string | undefined>;
    if (g.dmy) {
      const [d, m, y] = match.split('.');
      return `${pad2(day(d!))}.${m}.${Number(y) + yearShift}`;
    }
    if (g.iso)
      return `${Number(match.slice(0, 4)) + yearShift}-${match.slice(5, 8)}${pad2(day(match.slice(8)))}`;
    if (g.time) return `${rng.int(0, 23)}:${pad2(rng.int(0, 59))}`;
    if (g.day) return `${day(match.slice(0, -1))}.`;
    if (g.year) return String(Number(match) + yearShift);
    // Same shape: each digit redrawn, the leading one non-zero unless the number is below one.
    return match.replace(/\d/g, (_d, i: number) =>
      (i === 0 && match[0] !== '0' ? rng.int(1, 9) : rng.int(0, 9)).toString(),
    );
  });
}

/** Options of the generator. */
export interface GenerateOptions {
  /** the seed of every random choice */
  seed?: number;
  /** the number of the first article (to add articles to an existing corpus) */
  start?: number;
}

/**
 * Generates `count` synthetic articles from seed articles: the middle paragraphs of one seed are shuffled
 * (sometimes with a paragraph from another seed), numbers redrawn, names swapped and dates shifted.
 * Deterministic: the same seeds, count and options give the same articles.
 */
export function generateArticles(
  seeds: readonly string[],
  count: number,
  opts: GenerateOptions = {},
): GeneratedArticle[] {
  if (seeds.length === 0) throw new Error('generateArticles needs at least one seed article');
  const seed = opts.seed ?? 1;
  const pool = buildNamePool(createRng(seed), 300);
  const split = seeds.map((s) => s.replace(/\r\n?/g, '\n').split(/\n{2,}/));
  // Names are found once per seed; an article can only contain names of its seeds.
  const names = seeds.map((s) => findNames(s));
  const out: GeneratedArticle[] = [];
  const start = opts.start ?? 0;
  for (let n = start; n < start + count; n++) {
    // One generator per article, so article n is the same however many are generated.
    const rng = createRng((seed * 0x9e3779b1 + n * 0x85ebca6b) >>> 0);
    const base = rng.int(0, split.length - 1);
    const paras = [...split[base]!];
    const head = paras.splice(0, Math.min(3, paras.length));
    const tail = paras.splice(Math.max(0, paras.length - 2));
    shuffle(paras, rng);
    const seedNames = [...names[base]!];
    if (split.length > 1 && rng.next() < 0.5) {
      const o = (base + rng.int(1, split.length - 1)) % split.length;
      const other = split[o]!;
      seedNames.push(...names[o]!);
      const middle = other.slice(3, Math.max(4, other.length - 2));
      paras.splice(rng.int(0, paras.length), 0, rng.pick(middle));
    }
    const text = [...head, ...paras, ...tail].join('\n\n');
    const varied = varyNumbers(swapNames(text, seedNames, pool, rng), rng, rng.int(-2, 2));
    out.push({
      file: `${String(n).padStart(6, '0')}_${hash32(varied).toString(16).padStart(8, '0')}.txt`,
      text: varied,
    });
  }
  return out;
}

function shuffle<T>(items: T[], rng: Rng): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}

/** FNV-1a hash of a string, for file names that differ when texts differ. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
