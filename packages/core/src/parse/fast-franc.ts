import { franc } from 'franc-min';
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

// franc's constants (franc-min 6.2.0): it reads at most this many characters, and a trigram the model lacks
// costs this much
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

// The Latin script's class as franc counts it: one BMP character, or one of its surrogate pairs.
const LATIN = new RegExp(expressions.Latin!.source);
// per BMP code unit: 0 not yet asked, 1 Latin, 2 not Latin
const latinUnit = new Uint8Array(0x10000);

interface LatinModels {
  languages: string[];
  /** per UTF-16 code unit: its index in the models' alphabet (1…), or 0 when no model uses it */
  letter: Uint16Array;
  /** alphabet size plus one, the base of a trigram's number */
  base: number;
  /** per trigram number: its row plus one, or 0 when no model holds the trigram */
  row: Uint16Array;
  /** per row and language: the trigram's rank in that language's model, or -1 where it lacks it */
  ranks: Int16Array;
  /** per UTF-16 code unit, filled as met: the alphabet index of its lower case, or one of the kinds below */
  kind: Int32Array;
  /** scratch for one call: the text's count of each row's trigram, and the rows it touched */
  counts: Int32Array;
  touched: Int32Array;
  /** the language the last call found, summed first by the next one */
  lastWinner: number;
}

// kinds of code unit besides a letter's alphabet index: not yet looked at, a separator for trigram-utils
// (punctuation, digit, white space), and one whose lower case is not one code unit on its own (İ, Σ at a
// word's end, surrogates), which sends the text to the string path
const UNSEEN = -1;
const SEPARATOR = -2;
const SPECIAL = -3;

const modelsByOnly = new Map<string, LatinModels>();

// franc's trigram models of the Latin-script languages we may answer, in franc's order, built as franc
// builds them (a trigram listed twice keeps its first rank), indexed for lookup without strings.
function latinModels(only: readonly string[]): LatinModels {
  const cacheKey = only.join(',');
  const cached = modelsByOnly.get(cacheKey);
  if (cached) return cached;
  const latin = data.Latin ?? {};
  const languages = Object.keys(latin).filter((l) => only.length === 0 || only.includes(l));
  const models = languages.map((l) => latin[l]!.split('|').filter((t) => t.length === 3));
  const letter = new Uint16Array(0x10000);
  let base = 1;
  for (const model of models)
    for (const t of model)
      for (let k = 0; k < 3; k++) {
        const c = t.charCodeAt(k);
        if (letter[c] === 0) letter[c] = base++;
      }
  const rowOf = new Map<number, number>();
  const key = (t: string) =>
    (letter[t.charCodeAt(0)]! * base + letter[t.charCodeAt(1)]!) * base + letter[t.charCodeAt(2)]!;
  for (const model of models) for (const t of model) if (!rowOf.has(key(t))) rowOf.set(key(t), rowOf.size);
  const row = new Uint16Array(base * base * base);
  for (const [k, r] of rowOf) row[k] = r + 1;
  const ranks = new Int16Array(rowOf.size * languages.length).fill(-1);
  models.forEach((model, li) => {
    for (let weight = model.length - 1; weight >= 0; weight--)
      ranks[rowOf.get(key(model[weight]!))! * languages.length + li] = weight;
  });
  const built: LatinModels = {
    languages,
    letter,
    base,
    row,
    ranks,
    kind: new Int32Array(0x10000).fill(UNSEEN),
    counts: new Int32Array(rowOf.size),
    touched: new Int32Array(rowOf.size),
    lastWinner: 0,
  };
  modelsByOnly.set(cacheKey, built);
  return built;
}

function isLatinUnit(code: number): boolean {
  let v = latinUnit[code]!;
  if (v === 0) {
    v = LATIN.test(String.fromCharCode(code)) ? 1 : 2;
    latinUnit[code] = v;
  }
  return v === 1;
}

/**
 * True when Latin is certainly franc's top script: more Latin characters than non-ASCII characters of any
 * other kind. No other script's class holds an ASCII or a Latin character (checked by the unit test), so
 * each other script counts at most those.
 */
function latinDominates(value: string): boolean {
  let latin = 0;
  let other = 0;
  const n = value.length;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = value.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff && LATIN.test(value.slice(i, i + 2))) {
        latin++;
        i++;
      } else other++;
    } else if (isLatinUnit(c)) latin++;
    else other++;
  }
  return latin > other;
}

// What a code unit becomes in trigram-utils' clean(): a separator, or the alphabet index of its lower case.
function kindOf(code: number, letter: Uint16Array): number {
  const ch = String.fromCharCode(code);
  if ((code >= 0x21 && code <= 0x40) || /\s/.test(ch)) return SEPARATOR;
  if ((code >= 0xd800 && code <= 0xdfff) || code === 0x3a3) return SPECIAL;
  const lower = ch.toLowerCase();
  return lower.length === 1 ? letter[lower.charCodeAt(0)]! : SPECIAL;
}

// what countTrigrams counted besides the trigrams, as latinDominates counts them: Latin letters, and
// non-ASCII characters of other kinds
let latinSeen = 0;
let otherSeen = 0;

// Counts the trigrams of trigram-utils' ` ${clean(value)} ` that some model holds, reading `value` once:
// runs of punctuation, digits and white space are one space, none at the ends, each letter in lower case.
// Returns how many rows it touched, or -1 (nothing counted) when a code unit needs the string path. In the
// same scan it counts what latinDominates counts (latinSeen, otherSeen), for a text without surrogates,
// which always take the string path.
function countTrigrams(value: string, m: LatinModels): number {
  const { letter, base, row, kind, counts, touched } = m;
  const space = letter[0x20]!;
  let n = 0;
  let a = 0;
  let b = 0;
  let c = space;
  let length = 1;
  let pending = false;
  let latin = 0;
  let other = 0;
  for (let i = 0; i <= value.length; i++) {
    let k: number;
    if (i === value.length) {
      // the closing space of ` ${clean(value)} `; trailing separators were trimmed
      k = space;
      pending = false;
    } else {
      const code = value.charCodeAt(i);
      if (code < 0x80) {
        if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) latin++;
      } else if (isLatinUnit(code)) latin++;
      else other++;
      k = kind[code]!;
      if (k === UNSEEN) {
        k = kindOf(code, letter);
        kind[code] = k;
      }
      if (k === SEPARATOR) {
        pending = length > 1;
        continue;
      }
      if (k === SPECIAL) {
        for (let t = 0; t < n; t++) counts[touched[t]!] = 0;
        return -1;
      }
    }
    for (let emit = pending ? 2 : 1; emit > 0; emit--) {
      a = b;
      b = c;
      c = emit === 2 ? space : k;
      length++;
      if (length < 3 || a === 0 || b === 0 || c === 0) continue;
      const r = row[(a * base + b) * base + c]!;
      if (r !== 0 && counts[r - 1]!++ === 0) touched[n++] = r - 1;
    }
    pending = false;
  }
  latinSeen = latin;
  otherSeen = other;
  return n;
}

// The same count over the cleaned string itself, for texts with code units whose lower case needs context.
function countTrigramsOfString(s: string, m: LatinModels): number {
  const { letter, base, row, counts, touched } = m;
  let n = 0;
  let b = letter[s.charCodeAt(0)]!;
  let c = letter[s.charCodeAt(1)]!;
  for (let i = 2; i < s.length; i++) {
    const a = b;
    b = c;
    c = letter[s.charCodeAt(i)]!;
    if (a === 0 || b === 0 || c === 0) continue;
    const r = row[(a * base + b) * base + c]!;
    if (r !== 0 && counts[r - 1]!++ === 0) touched[n++] = r - 1;
  }
  return n;
}

/**
 * The language franc-min's `franc(text, { minLength, only })` answers, computed the same way but without its
 * per-call allocations when the text is mostly Latin script; other texts go to franc itself.
 */
export function fastFranc(text: string, minLength: number, only: readonly string[]): string {
  if (!text || text.length < minLength) return 'und';
  const value = text.slice(0, MAX_LENGTH);
  const m = latinModels(only);
  const { languages, counts, touched } = m;
  if (languages.length === 0)
    return latinDominates(value) ? 'und' : franc(text, { minLength, only: [...only] });
  // any trigram no model holds adds MAX_DIFFERENCE to every language alike, so leaving it out changes no
  // ranking; the scan that counts the trigrams also tells whether Latin dominates (as latinDominates)
  let n = countTrigrams(value, m);
  if (n >= 0 && latinSeen <= otherSeen) {
    for (let k = 0; k < n; k++) counts[touched[k]!] = 0;
    return franc(text, { minLength, only: [...only] });
  }
  if (n < 0) {
    if (!latinDominates(value)) return franc(text, { minLength, only: [...only] });
    // trigram-utils' clean(): punctuation and digits become spaces, white space collapses, lower case
    const s = ` ${value
      .replace(/[\u0021-\u0040]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase()} `;
    n = countTrigramsOfString(s, m);
  }
  // franc's distance: per distinct trigram |count - rank - 1| when the model has it, else MAX_DIFFERENCE.
  // franc sorts stably by distance: the first language of the smallest distance wins. The last winner is
  // summed first; every other language stops as soon as its partial sum (which only grows) can no longer
  // beat the best so far, so most languages read a part of the trigrams only.
  const width = languages.length;
  const guess = m.lastWinner < width ? m.lastWinner : 0;
  let best = guess;
  let bestDistance = distanceOf(guess, n, m, Number.POSITIVE_INFINITY);
  for (let li = 0; li < width; li++) {
    if (li === guess) continue;
    // a language before the best wins a tie, one after it must be strictly closer
    const limit = li < best ? bestDistance : bestDistance - 0.5;
    const d = distanceOf(li, n, m, limit);
    if (d < bestDistance || (d === bestDistance && li < best)) {
      best = li;
      bestDistance = d;
    }
  }
  for (let k = 0; k < n; k++) counts[touched[k]!] = 0;
  m.lastWinner = best;
  return languages[best]!;
}

// One language's distance over the n touched rows, or a value above `limit` once the sum passes it.
function distanceOf(li: number, n: number, m: LatinModels, limit: number): number {
  const { ranks, counts, touched, languages } = m;
  const width = languages.length;
  let sum = 0;
  for (let k = 0; k < n; k++) {
    const r = touched[k]!;
    const rank = ranks[r * width + li]!;
    sum += rank < 0 ? MAX_DIFFERENCE : Math.abs(counts[r]! - rank - 1);
    if (sum > limit) return sum;
  }
  return sum;
}
