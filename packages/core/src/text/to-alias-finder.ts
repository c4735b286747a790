import {
  charClass,
  codePointAfter,
  codePointBefore,
  isLetterOrDigit,
  LETTER_OR_DIGIT,
} from './is-letter-or-digit.js';

interface Node {
  end: boolean;
  next: Map<number, Node>;
}

/** One alias found in a text: where it starts and the alias as written. */
export interface AliasMatch {
  index: number;
  text: string;
}

/**
 * A finder for literal aliases standing as whole words, with the matches of
 * `/(?<![\p{L}\p{N}])(?:alias|…)(?![\p{L}\p{N}])/gu` (longest alias at a position, scanning on after a match);
 * with `hyphenIsEdge` a hyphen next to the alias also rules it out. It walks a trie of code units from the
 * positions whose character can start an alias, instead of running a regex of hundreds of aliases there.
 */
export function toAliasFinder(
  aliases: readonly string[],
  hyphenIsEdge = false,
): (text: string) => AliasMatch[] {
  const root: Node = { end: false, next: new Map() };
  // the code units an alias can start with: every other position is passed over with one array read
  const starts = new Uint8Array(0x10000);
  for (const a of aliases) {
    if (a.length > 0) starts[a.charCodeAt(0)] = 1;
    let node = root;
    for (let i = 0; i < a.length; i++) {
      const c = a.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(c, child);
      }
      node = child;
    }
    if (a.length > 0) node.end = true;
  }
  // ASCII letters and digits are [A-Za-z0-9]
  const asciiEdge = new Uint8Array(0x80);
  for (let c = 0; c < 0x80; c++)
    if (/[A-Za-z0-9]/.test(String.fromCharCode(c)) || (hyphenIsEdge && c === 0x2d)) asciiEdge[c] = 1;
  const edge = (cp: number) => cp >= 0 && (isLetterOrDigit(cp) || (hyphenIsEdge && cp === 0x2d));
  // the longest alias at `p` with an edge after it, as the end index, or -1
  const longestAt = (text: string, p: number, node: Node): number => {
    const n = text.length;
    let best = -1;
    let j = p + 1;
    for (;;) {
      if (node.end && !edge(codePointAfter(text, j))) best = j;
      if (j >= n) break;
      const next = node.next.get(text.charCodeAt(j));
      if (!next) break;
      node = next;
      j++;
    }
    return best;
  };
  return (text) => {
    const out: AliasMatch[] = [];
    const n = text.length;
    // whether the character before `p` rules out an alias starting at `p`: kept while scanning, so that
    // positions inside words cost one array read
    let inWord = false;
    let p = 0;
    while (p < n) {
      const c = text.charCodeAt(p);
      if (!inWord && starts[c] === 1) {
        const node = root.next.get(c);
        const best = node ? longestAt(text, p, node) : -1;
        if (best > 0) {
          out.push({ index: p, text: text.slice(p, best) });
          p = best;
          inWord = edge(codePointBefore(text, p));
          continue;
        }
      }
      inWord =
        c < 0x80
          ? asciiEdge[c] === 1
          : c >= 0xd800 && c <= 0xdfff
            ? edge(codePointBefore(text, p + 1))
            : charClass(c) === LETTER_OR_DIGIT;
      p++;
    }
    return out;
  };
}
