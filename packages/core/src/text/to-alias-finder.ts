import { codePointAfter, codePointBefore, isLetterOrDigit } from './is-letter-or-digit.js';

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
  const edge = (cp: number) => cp >= 0 && (isLetterOrDigit(cp) || (hyphenIsEdge && cp === 0x2d));
  return (text) => {
    const out: AliasMatch[] = [];
    const n = text.length;
    for (let p = 0; p < n; p++) {
      const c = text.charCodeAt(p);
      if (starts[c] === 0) continue;
      let node = root.next.get(c);
      if (!node || edge(codePointBefore(text, p))) continue;
      let best = -1;
      let j = p + 1;
      for (;;) {
        if (node.end && !edge(codePointAfter(text, j))) best = j;
        if (j >= n) break;
        const next: Node | undefined = node.next.get(text.charCodeAt(j));
        if (!next) break;
        node = next;
        j++;
      }
      if (best < 0) continue;
      out.push({ index: p, text: text.slice(p, best) });
      p = best - 1;
    }
    return out;
  };
}
