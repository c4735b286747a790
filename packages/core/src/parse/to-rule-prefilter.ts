// A case-insensitive regex literal may stand for these characters only: each matches, under the `i` flag,
// only characters whose lower case is its own lower case (checked by the unit test), so a lower-cased text
// holds the lower-cased literal wherever the regex matches it.
export const SAFE_LITERAL_CHARS =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@[\\]^_`abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ{|}~äöüÄÖÜß€©»«„“”‚‘’–—•·›';
// ... except that with the `u` flag, case folding also maps these onto a safe literal ('ſ' onto 's'):
// a text holding one is not filtered
export const FOLDS_ONTO_SAFE = 'ſ';

const SAFE = new Set(SAFE_LITERAL_CHARS);
// a set of literal strings larger than this is given up
const MAX_SET = 16;
// a literal is searched by its first characters only: any part of a required literal is required too, and
// short literals keep the automaton small; twelve tell a banner's wording from the prose words it starts
// with ("kostenlos weiterlesen", not "kosten"), so fewer regexes are tried on a line of prose
const MAX_LITERAL = 12;

/** What the analysis knows of a piece of regex. */
interface Info {
  /** every string the piece can match (lower case), when they are few */
  exact: string[] | null;
  /** strings one of which every match of the piece contains (lower case), or null when none is known */
  need: string[] | null;
}

const UNKNOWN: Info = { exact: null, need: null };
const EMPTY: Info = { exact: [''], need: null };

/**
 * Lower-case strings one of which is in every match of a regex (in the lower-cased text), or null when no
 * such set is found. A case-sensitive regex matches a literal only as written, which the lower-cased text
 * holds lower-cased as well.
 */
export function requiredLiterals(regex: RegExp): string[] | null {
  // a global or sticky regex keeps state between tests: skipping a test would change later answers
  if (regex.global || regex.sticky) return null;
  const parser = new Parser(regex.source, regex.flags.includes('u') || regex.flags.includes('v'));
  const info = parser.alternation();
  if (parser.pos !== regex.source.length) return null;
  const set = usable(info.need) ?? usable(info.exact);
  return set && [...new Set(set.map((lit) => lit.slice(0, MAX_LITERAL)))];
}

function usable(set: string[] | null): string[] | null {
  return set && set.length > 0 && !set.includes('') ? set : null;
}

// the better of two necessary sets: the longer shortest string, then the fewer strings
function better(a: string[] | null, b: string[] | null): string[] | null {
  const x = usable(a);
  const y = usable(b);
  if (!x) return y;
  if (!y) return x;
  const min = (s: string[]) => Math.min(...s.map((t) => Math.min(t.length, MAX_LITERAL)));
  if (min(x) !== min(y)) return min(x) > min(y) ? x : y;
  return x.length <= y.length ? x : y;
}

function product(a: string[], b: string[]): string[] | null {
  if (a.length * b.length > MAX_SET) return null;
  // the common case, a literal character after a run: no set needed, the strings stay distinct
  if (b.length === 1) {
    const t = b[0]!;
    return t === '' ? a : a.map((x) => x + t);
  }
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return [...out];
}

function literal(ch: string): Info {
  return SAFE.has(ch) ? { exact: [ch.toLowerCase()], need: null } : UNKNOWN;
}

class Parser {
  pos = 0;
  constructor(
    private readonly src: string,
    private readonly unicode: boolean,
  ) {}

  alternation(): Info {
    const alternatives = [this.sequence()];
    while (this.src[this.pos] === '|') {
      this.pos++;
      alternatives.push(this.sequence());
    }
    if (alternatives.length === 1) return alternatives[0]!;
    let exact: string[] | null = [];
    let need: string[] | null = [];
    for (const a of alternatives) {
      exact = exact && a.exact ? [...new Set([...exact, ...a.exact])] : null;
      if (exact && exact.length > MAX_SET) exact = null;
      const n = usable(better(a.need, a.exact));
      need = need && n ? [...new Set([...need, ...n])] : null;
    }
    return { exact, need };
  }

  sequence(): Info {
    let run: string[] | null = [''];
    let whole: string[] | null = [''];
    let need: string[] | null = null;
    // single characters in a row are gathered first, then appended to the run at once
    let pending = '';
    const flush = () => {
      if (pending === '') return;
      const tail = pending;
      whole = whole && whole.map((x) => x + tail);
      run = run && run.map((x) => x + tail);
      pending = '';
    };
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const term = this.quantified(this.atom());
      if (term.exact && term.exact.length === 1) {
        pending += term.exact[0];
        continue;
      }
      flush();
      whole = whole && term.exact ? product(whole, term.exact) : null;
      if (term.exact) {
        const next = product(run ?? [''], term.exact);
        if (next) run = next;
        else {
          need = better(need, run);
          run = term.exact;
        }
      } else {
        need = better(better(need, run), term.need);
        run = [''];
      }
    }
    flush();
    return { exact: whole, need: better(need, run) };
  }

  quantified(atom: Info): Info {
    const src = this.src;
    let min = 1;
    let max = 1;
    const c = src[this.pos];
    if (c === '*' || c === '+' || c === '?') {
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : Number.POSITIVE_INFINITY;
      this.pos++;
    } else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(src.slice(this.pos));
      if (!m) return atom;
      min = Number(m[1]);
      max = m[2] ? (m[3] ? Number(m[3]) : Number.POSITIVE_INFINITY) : min;
      this.pos += m[0].length;
    } else return atom;
    if (src[this.pos] === '?') this.pos++;
    if (min === 1 && max === 1) return atom;
    if (min === 0 && max === 1)
      return { exact: atom.exact ? [...new Set([...atom.exact, ''])] : null, need: null };
    if (min === 0) return UNKNOWN;
    let exact: string[] | null = null;
    if (atom.exact && max === min) {
      exact = [''];
      for (let k = 0; k < min && exact; k++) exact = product(exact, atom.exact);
    }
    return { exact, need: better(atom.need, atom.exact) };
  }

  atom(): Info {
    const src = this.src;
    const c = src[this.pos]!;
    this.pos++;
    if (c === '(') {
      let look = false;
      if (src.startsWith('?:', this.pos)) this.pos += 2;
      else if (src.startsWith('?=', this.pos) || src.startsWith('?!', this.pos)) {
        this.pos += 2;
        look = true;
      } else if (src.startsWith('?<=', this.pos) || src.startsWith('?<!', this.pos)) {
        this.pos += 3;
        look = true;
      } else if (src.startsWith('?<', this.pos)) this.pos = src.indexOf('>', this.pos) + 1;
      const inner = this.alternation();
      if (src[this.pos] !== ')') throw new Error(`unbalanced group in /${src}/`);
      this.pos++;
      return look ? EMPTY : inner;
    }
    if (c === '[') return this.characterClass();
    if (c === '.') return UNKNOWN;
    if (c === '^' || c === '$') return EMPTY;
    if (c === '\\') return this.escape();
    return literal(c);
  }

  escape(): Info {
    const src = this.src;
    const c = src[this.pos]!;
    this.pos++;
    if (c === 'b' || c === 'B') return EMPTY;
    if ('dDwWsS'.includes(c)) return UNKNOWN;
    if (c === 'p' || c === 'P') {
      if (src[this.pos] === '{') this.pos = src.indexOf('}', this.pos) + 1;
      return UNKNOWN;
    }
    if (c === 'k') {
      if (src[this.pos] === '<') this.pos = src.indexOf('>', this.pos) + 1;
      return UNKNOWN;
    }
    if (/[1-9]/.test(c)) {
      while (/\d/.test(src[this.pos] ?? '')) this.pos++;
      return UNKNOWN;
    }
    const ch = this.escapedChar(c);
    return ch === null ? UNKNOWN : literal(ch);
  }

  // The character an escape stands for (after the backslash and `c`), or null when it is not one character.
  escapedChar(c: string): string | null {
    const src = this.src;
    if (c === 'u') {
      if (src[this.pos] === '{') {
        const end = src.indexOf('}', this.pos);
        const cp = Number.parseInt(src.slice(this.pos + 1, end), 16);
        this.pos = end + 1;
        return String.fromCodePoint(cp);
      }
      const hex = src.slice(this.pos, this.pos + 4);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) return this.unicode ? null : 'u';
      this.pos += 4;
      return String.fromCharCode(Number.parseInt(hex, 16));
    }
    if (c === 'x') {
      const hex = src.slice(this.pos, this.pos + 2);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) return this.unicode ? null : 'x';
      this.pos += 2;
      return String.fromCharCode(Number.parseInt(hex, 16));
    }
    if (c === 'c') return null;
    if (c === '0') return '\0';
    const controls: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' };
    return controls[c] ?? c;
  }

  // A bracket class: its characters when it lists a few safe ones, else unknown.
  characterClass(): Info {
    const src = this.src;
    let negated = false;
    if (src[this.pos] === '^') {
      negated = true;
      this.pos++;
    }
    const chars: string[] = [];
    let known = !negated;
    while (this.pos < src.length && src[this.pos] !== ']') {
      let ch: string | null;
      const c = src[this.pos]!;
      this.pos++;
      if (c === '\\') {
        const e = src[this.pos]!;
        this.pos++;
        if ('dDwWsSpPbB'.includes(e)) {
          if ((e === 'p' || e === 'P') && src[this.pos] === '{') this.pos = src.indexOf('}', this.pos) + 1;
          known = false;
          continue;
        }
        ch = e === '-' ? '-' : this.escapedChar(e);
      } else ch = c;
      if (ch === null) {
        known = false;
        continue;
      }
      // a range: give up unless it spans a few characters
      if (src[this.pos] === '-' && src[this.pos + 1] !== ']' && this.pos + 1 < src.length) {
        this.pos++;
        let to: string | null;
        const d = src[this.pos]!;
        this.pos++;
        if (d === '\\') {
          const e = src[this.pos]!;
          this.pos++;
          to = 'dDwWsSpP'.includes(e) ? null : this.escapedChar(e);
        } else to = d;
        if (to === null || to.charCodeAt(0) - ch.charCodeAt(0) > 8) {
          known = false;
          continue;
        }
        for (let k = ch.charCodeAt(0); k <= to.charCodeAt(0); k++) chars.push(String.fromCharCode(k));
        continue;
      }
      chars.push(ch);
    }
    if (src[this.pos] !== ']') throw new Error(`unclosed class in /${src}/`);
    this.pos++;
    if (!known || chars.length === 0 || chars.some((ch) => !SAFE.has(ch))) return UNKNOWN;
    return { exact: [...new Set(chars.map((ch) => ch.toLowerCase()))], need: null };
  }
}

/**
 * A prefilter for a list of regexes: for a text, which of them may match it. A regex whose
 * required literals are all absent from the lower-cased text cannot match; the literals of all regexes are
 * found in one pass (an Aho–Corasick automaton) instead of running every regex over the text.
 */
export function toRulePrefilter(patterns: readonly RegExp[]): (text: string) => Uint8Array {
  const literals = patterns.map(requiredLiterals);
  const unicode = patterns.map((p) => p.flags.includes('u') || p.flags.includes('v'));
  // the literals' alphabet: index 1… per lower-case character; 0 stands for any other character
  const alphabet = new Map<number, number>();
  for (const set of literals)
    for (const lit of set ?? [])
      for (let k = 0; k < lit.length; k++)
        if (!alphabet.has(lit.charCodeAt(k))) alphabet.set(lit.charCodeAt(k), alphabet.size + 1);
  const width = alphabet.size + 1;
  // the trie of all literals, written straight into the move table (0 is no child yet: no edge of a trie
  // leads back to its root), with the rules whose literal ends at each state
  const maxStates = 1 + literals.reduce((n, set) => n + (set ?? []).reduce((m, lit) => m + lit.length, 0), 0);
  const delta = maxStates < 0x10000 ? new Uint16Array(maxStates * width) : new Int32Array(maxStates * width);
  const outs: number[][] = [[]];
  literals.forEach((set, rule) => {
    for (const lit of set ?? []) {
      let state = 0;
      for (let k = 0; k < lit.length; k++) {
        const at = state * width + alphabet.get(lit.charCodeAt(k))!;
        if (delta[at] === 0) {
          delta[at] = outs.length;
          outs.push([]);
        }
        state = delta[at]!;
      }
      if (!outs[state]!.includes(rule)) outs[state]!.push(rule);
    }
  });
  // the automaton: breadth first, a state's missing moves and its output come from its failure state
  const fail = new Int32Array(outs.length);
  const queue: number[] = [];
  for (let a = 0; a < width; a++) if (delta[a] !== 0) queue.push(delta[a]!);
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q]!;
    const f = fail[state]!;
    for (const r of outs[f]!) if (!outs[state]!.includes(r)) outs[state]!.push(r);
    for (let a = 0; a < width; a++) {
      const at = state * width + a;
      const child = delta[at]!;
      // a row is still the trie's when its state is reached: what it holds are children
      if (child !== 0) {
        fail[child] = delta[f * width + a]!;
        queue.push(child);
      } else delta[at] = delta[f * width + a]!;
    }
  }
  // the states renumbered, those without output first, so that one comparison tells whether a state
  // reports (instead of two loads of its output range per character)
  const states = outs.length;
  const id = new Int32Array(states);
  let next = 0;
  for (let state = 0; state < states; state++) if (outs[state]!.length === 0) id[state] = next++;
  const firstReporting = next;
  for (let state = 0; state < states; state++) if (outs[state]!.length > 0) id[state] = next++;
  const move = states < 0x10000 ? new Uint16Array(states * width) : new Int32Array(states * width);
  for (let state = 0; state < states; state++)
    for (let a = 0; a < width; a++) move[id[state]! * width + a] = id[delta[state * width + a]!]!;
  // the outputs flattened: reporting state s reports rules outRules[outStart[k]] … before outStart[k + 1]
  // for k = s - firstReporting
  const reporting = outs.filter((o) => o.length > 0);
  outs.forEach((o, state) => {
    if (o.length > 0) reporting[id[state]! - firstReporting] = o;
  });
  const outStart = new Int32Array(reporting.length + 1);
  reporting.forEach((o, k) => {
    outStart[k + 1] = outStart[k]! + o.length;
  });
  const outRules = Int32Array.from(reporting.flat());
  const always = new Uint8Array(patterns.length);
  literals.forEach((set, rule) => {
    if (!set) always[rule] = 1;
  });
  const anyUnicode = unicode.some(Boolean);
  // per UTF-16 code unit, filled as met: the alphabet index of its lower case (0 when that is not one
  // literal character), plus one; 0 not yet looked at
  const letter = new Uint16Array(0x10000);
  return (text) => {
    const may = always.slice();
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let a = letter[c]!;
      if (a === 0) {
        const lower = String.fromCharCode(c).toLowerCase();
        a = (lower.length === 1 ? (alphabet.get(lower.charCodeAt(0)) ?? 0) : 0) + 1;
        letter[c] = a;
      }
      state = move[state * width + a - 1]!;
      if (state >= firstReporting) {
        const k = state - firstReporting;
        for (let j = outStart[k]!, end = outStart[k + 1]!; j < end; j++) may[outRules[j]!] = 1;
      }
    }
    // with the `u` flag, case folding also maps FOLDS_ONTO_SAFE onto a literal character
    if (anyUnicode && text.includes(FOLDS_ONTO_SAFE))
      for (let rule = 0; rule < unicode.length; rule++) if (unicode[rule]) may[rule] = 1;
    return may;
  };
}
