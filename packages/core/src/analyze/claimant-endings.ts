/** A node of a trie of reversed endings: the next character code (from the end) and whether an ending stops here. */
interface EndingNode {
  next: Map<number, EndingNode>;
  end: boolean;
}

/**
 * Builds a test of whether a word, lower-cased, ends with one of the (lower-case) endings: the same answer as
 * `endings.some((e) => word.toLowerCase().endsWith(e))`, read backwards from the word's end through a trie of
 * the reversed endings instead of comparing every ending (and without lower-casing a word of Latin-1 letters).
 */
export function toEndingTest(endings: readonly string[]): (word: string) => boolean {
  const root: EndingNode = { next: new Map(), end: false };
  for (const e of endings) {
    let node = root;
    for (let i = e.length - 1; i >= 0; i--) {
      const c = e.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map(), end: false };
        node.next.set(c, child);
      }
      node = child;
    }
    node.end = true;
  }
  const walk = (w: string, lowerLatin1: boolean): boolean => {
    if (root.end) return true;
    let node = root;
    for (let i = w.length - 1; i >= 0; i--) {
      let c = w.charCodeAt(i);
      // Latin-1 capitals lower-case one to one (A–Z, À–Þ but ×), each on its own
      if (lowerLatin1 && ((c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7))) c += 0x20;
      const child = node.next.get(c);
      if (!child) return false;
      if (child.end) return true;
      node = child;
    }
    return false;
  };
  return (word) => {
    for (let i = 0; i < word.length; i++)
      // beyond Latin-1, lower-casing may change a text's length or read a letter's neighbours
      if (word.charCodeAt(i) > 0xff) return walk(word.toLowerCase(), false);
    return walk(word, true);
  };
}
