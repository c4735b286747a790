import {
  ASCII_CLASS,
  charClass,
  codePointAfter,
  isLetterOrDigit,
  LETTER_OR_DIGIT,
  SPACE,
} from './is-letter-or-digit.js';

interface Node {
  /** bit 1: an alias of the first list ends here; bit 2: one of the second */
  end: number;
  next: Map<number, Node>;
}

// the first two code units of an alias, hashed into a table of 2^12 entries (collisions only cost a walk):
// small tables stay in the cache between one sentence and the next, while other extractors run in between
const pairKey = (a: number, b: number) => (a * 31 + b) & 0xfff;
// four code units from index i, hashed the same way
const quadKey = (s: string, i: number) =>
  pairKey(pairKey(pairKey(s.charCodeAt(i), s.charCodeAt(i + 1)), s.charCodeAt(i + 2)), s.charCodeAt(i + 3));

/** One alias found in a text: where it starts and the alias as written. */
export interface AliasMatch {
  index: number;
  text: string;
}

/**
 * Two alias finders in one scan: the matches of
 * `/(?<![\p{L}\p{N}])(?:alias|…)(?![\p{L}\p{N}])/gu` for the first list (longest alias at a position,
 * scanning on after a match) and of the same regex with a hyphen as a word edge too for the second. One
 * pass over the text instead of two, and a trie walk only where the first four code units can start an alias.
 * Third, in the same pass, the positions of the white space right after one of `endings`: where a word ends
 * in one, for a caller that looks for words by their ending and would scan the text once more.
 */
export function toDualAliasFinder(
  first: readonly string[],
  second: readonly string[],
  endings: readonly string[] = [],
): (text: string) => [AliasMatch[], AliasMatch[], number[]] {
  const root: Node = { end: 0, next: new Map() };
  // per code unit: bit 1/2 an alias of list 1/2 starts with it, bit 4/8 a one-unit alias of list 1/2 is it
  const starts = new Uint8Array(0x10000);
  // per pairKey: bit 1/2 an alias of list 1/2 of two units or more starts with such a pair, bit 4/8 one of
  // exactly these two units is
  const pairTab = new Uint8Array(0x1000);
  // per key of three units, bit 1/2: an alias of list 1/2 of exactly three; per key of four units, bit 4/8:
  // one of four or more starts with them, bit 16: an ending ends in them. After the pair, the next two units
  // rule out most word starts ("der", "die" start aliases, "der " and "die " none), so few positions walk
  // the trie.
  const longTab = new Uint8Array(0x1000);
  const add = (a: string, bit: number) => {
    if (a.length === 0) return;
    const c0 = a.charCodeAt(0);
    starts[c0] = (starts[c0] as number) | bit | (a.length === 1 ? bit << 2 : 0);
    if (a.length > 1) {
      const k = pairKey(c0, a.charCodeAt(1));
      pairTab[k] = (pairTab[k] as number) | bit | (a.length === 2 ? bit << 2 : 0);
      if (a.length > 2) {
        const k3 = pairKey(k, a.charCodeAt(2));
        if (a.length === 3) longTab[k3] = (longTab[k3] as number) | bit;
        else {
          const k4 = pairKey(k3, a.charCodeAt(3));
          longTab[k4] = (longTab[k4] as number) | (bit << 2);
        }
      }
    }
    let node = root;
    for (let i = 0; i < a.length; i++) {
      const c = a.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) {
        child = { end: 0, next: new Map() };
        node.next.set(c, child);
      }
      node = child;
    }
    node.end |= bit;
  };
  // the endings by their last four code units, hashed (collisions only cost a comparison); shorter ones
  // are compared at every white space
  const endsByKey = new Map<number, string[]>();
  const shortEndings = endings.filter((e) => e.length > 0 && e.length < 4);
  for (const e of endings) {
    if (e.length < 4) continue;
    const k = quadKey(e, e.length - 4);
    longTab[k] = (longTab[k] as number) | 16;
    endsByKey.set(k, [...(endsByKey.get(k) ?? []), e]);
  }
  const hasEndings = endings.length > 0;
  for (const a of first) add(a, 1);
  for (const a of second) add(a, 2);
  // The trie laid out in typed arrays, depth first (an alias's nodes next to each other): node i's ends in
  // nodeEnd[i], its edges in [edgeStart[i], edgeStart[i + 1]) of edgeUnit/edgeNode, the root's children by
  // code unit in rootChild. A walk reads a few adjacent numbers instead of a Map per step, which stays fast
  // when the other extractors have pushed the trie out of the cache.
  const order: Node[] = [];
  const number = new Map<Node, number>();
  const visit = (node: Node) => {
    number.set(node, order.length);
    order.push(node);
    for (const child of node.next.values()) visit(child);
  };
  visit(root);
  const nodeEnd = new Uint8Array(order.length);
  const edgeStart = new Int32Array(order.length + 1);
  const edgeUnit = new Uint16Array(order.length);
  const edgeNode = new Int32Array(order.length);
  const rootChild = new Int32Array(0x10000);
  let edges = 0;
  order.forEach((node, i) => {
    nodeEnd[i] = node.end;
    edgeStart[i] = edges;
    for (const [unit, child] of node.next) {
      edgeUnit[edges] = unit;
      edgeNode[edges] = number.get(child) as number;
      edges++;
    }
  });
  edgeStart[order.length] = edges;
  for (const [unit, child] of root.next) rootChild[unit] = number.get(child) as number;
  // per ASCII code unit, what it makes the position after it: 1 inside a word, 2 after a hyphen, 0 else
  const asciiKind = Uint8Array.from({ length: 0x80 }, (_, c) =>
    ASCII_CLASS[c] === LETTER_OR_DIGIT ? 1 : c === 0x2d ? 2 : 0,
  );
  return (text) => {
    const one: AliasMatch[] = [];
    const two: AliasMatch[] = [];
    const ends: number[] = [];
    // white space at p: does an ending end right before it?
    const endsHere = (p: number) => {
      if (p >= 4) {
        const k = quadKey(text, p - 4);
        if (((longTab[k] as number) & 16) !== 0)
          for (const e of endsByKey.get(k) as string[])
            if (text.endsWith(e, p)) {
              ends.push(p);
              return;
            }
      }
      for (const e of shortEndings)
        if (text.endsWith(e, p)) {
          ends.push(p);
          return;
        }
    };
    const n = text.length;
    // each list's scan resumes after its last match
    let resume1 = 0;
    let resume2 = 0;
    // the code point before p: 0 neither of the below, 1 a letter or digit, 2 a hyphen
    let before = 0;
    let p = 0;
    while (p < n) {
      const c = text.charCodeAt(p);
      // inside a word no alias of either list starts: most positions need no lookup
      const s = before === 1 ? 0 : (starts[c] as number);
      if (s !== 0) {
        let want = 0;
        if ((s & 1) !== 0 && p >= resume1) want |= 1;
        if ((s & 2) !== 0 && before === 0 && p >= resume2) want |= 2;
        if (want !== 0) {
          if (p + 1 < n) {
            const k = pairKey(c, text.charCodeAt(p + 1));
            const pt = pairTab[k] as number;
            want &= (s >> 2) | (pt & 3);
            if (want !== 0) {
              let fits = (s >> 2) | (pt >> 2);
              if (p + 2 < n) {
                const k3 = pairKey(k, text.charCodeAt(p + 2));
                fits |= (longTab[k3] as number) & 3;
                if (p + 3 < n) fits |= ((longTab[pairKey(k3, text.charCodeAt(p + 3))] as number) >> 2) & 3;
              }
              want &= fits;
            }
          } else want &= s >> 2;
        }
        if (want !== 0) {
          let node = rootChild[c] as number;
          let best1 = -1;
          let best2 = -1;
          let j = p + 1;
          for (;;) {
            const end = (nodeEnd[node] as number) & want;
            if (end !== 0) {
              const after = codePointAfter(text, j);
              const word = isLetterOrDigit(after);
              if ((end & 1) !== 0 && !word) best1 = j;
              if ((end & 2) !== 0 && !word && after !== 0x2d) best2 = j;
            }
            if (j >= n) break;
            const unit = text.charCodeAt(j);
            let next = 0;
            for (let e = edgeStart[node] as number, stop = edgeStart[node + 1] as number; e < stop; e++)
              if (edgeUnit[e] === unit) {
                next = edgeNode[e] as number;
                break;
              }
            if (next === 0) break;
            node = next;
            j++;
          }
          if (best1 > 0) {
            one.push({ index: p, text: text.slice(p, best1) });
            resume1 = best1;
          }
          if (best2 > 0) {
            two.push({ index: p, text: text.slice(p, best2) });
            resume2 = best2;
          }
        }
      }
      // the class of the code point ending at p + 1 (a low surrogate completes the pair before it)
      if (c < 0x80) {
        const kind = asciiKind[c] as number;
        if (hasEndings && (c === 0x20 || (c >= 0x09 && c <= 0x0d))) endsHere(p);
        before = kind;
        if (before === 1) {
          // the rest of an ASCII word: no alias starts inside it, only its end matters
          p++;
          while (p < n) {
            const d = text.charCodeAt(p);
            if (d >= 0x80 || asciiKind[d] !== 1) break;
            p++;
          }
          continue;
        }
      } else if (c >= 0xdc00 && c <= 0xdfff && p > 0) {
        const high = text.charCodeAt(p - 1);
        const cp = high >= 0xd800 && high <= 0xdbff ? (high - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000 : c;
        before = charClass(cp) === LETTER_OR_DIGIT ? 1 : 0;
      } else {
        const cls = charClass(c);
        if (hasEndings && cls === SPACE) endsHere(p);
        before = cls === LETTER_OR_DIGIT ? 1 : 0;
      }
      p++;
    }
    return [one, two, ends];
  };
}
