const LETTER = /^\p{L}$/u;

/**
 * Builds a finder for lists of aliases: given a text, it returns the index of the first list that has an
 * alias standing in the text as a whole word, as `(?<![\p{L}])alias(?![\p{L}])` with the u flag finds it
 * (aliases shorter than `minLength` never match), or -1. The text's word-bounded pieces are looked up in
 * one map instead of trying a regex per alias of every list.
 */
export function toWordAliasFinder(
  lists: readonly (readonly string[])[],
  minLength = 0,
): (text: string) => number {
  const first = new Map<string, number>();
  let longest = 0;
  lists.forEach((aliases, i) => {
    for (const a of aliases) {
      if (a.length < minLength || a.length === 0 || first.has(a)) continue;
      first.set(a, i);
      if (a.length > longest) longest = a.length;
    }
  });
  return (text) => {
    if (!first.size) return -1;
    // code point boundaries where a match may start (no letter before) and end (no letter after)
    const starts: number[] = [];
    const ends: number[] = [];
    let prevLetter = false;
    for (let i = 0; i < text.length; ) {
      const cp = text.codePointAt(i) as number;
      const width = cp > 0xffff ? 2 : 1;
      const letter = LETTER.test(String.fromCodePoint(cp));
      if (!prevLetter) starts.push(i);
      if (!letter) ends.push(i);
      prevLetter = letter;
      i += width;
    }
    if (!prevLetter) starts.push(text.length);
    ends.push(text.length);
    let best = -1;
    for (const s of starts)
      for (const e of ends) {
        if (e <= s) continue;
        if (e - s > longest) break;
        const hit = first.get(text.slice(s, e));
        if (hit !== undefined && (best < 0 || hit < best)) best = hit;
      }
    return best;
  };
}
