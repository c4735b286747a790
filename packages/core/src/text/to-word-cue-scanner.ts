// The letters a cue word may hold (and the ASCII digits, which have no case). A regex with the `i` flag and
// without `u` matches each of them with exactly the characters folded to it below, and no character matches
// two of them (to-word-cue-scanner.test.ts checks every code unit); every other character matches none.
const CUE_LETTERS = 'abcdefghijklmnopqrstuvwxyzäöüß0123456789';

// per Latin-1 code unit: the letter it folds to (its index in CUE_LETTERS plus one), or 0; code units above
// U+00FF fold to none of the letters ('ẞ', 'ſ', the Kelvin sign and 'İ' match none of them without `u`)
const FOLD = new Uint8Array(0x100);
for (let k = 0; k < CUE_LETTERS.length; k++) {
  const letter = CUE_LETTERS[k]!;
  FOLD[letter.charCodeAt(0)] = k + 1;
  const upper = letter.toUpperCase();
  if (upper.length === 1) FOLD[upper.charCodeAt(0)] = k + 1;
}

/** Folds a code unit as a cue scanner reads it: its cue letter's index plus one, or 0 for any other unit. */
export function foldCueUnit(code: number): number {
  return code < 0x100 ? FOLD[code]! : 0;
}

/**
 * Builds a scanner that tells, as the OR of the words' bits, which of a set of lower-case words (letters of
 * a–z, ä, ö, ü, ß and ASCII digits only) occur in a text, case-insensitively as a regex with the `i` flag and without `u`
 * matches them, anywhere (inside other words too). One pass of an Aho–Corasick automaton over the folded
 * text replaces a regex alternation of the words tried at every position. The scan stops early once
 * every bit of `stop` is found.
 */
export function toWordCueScanner(
  words: ReadonlyMap<string, number>,
): (text: string, stop?: number) => number {
  const width = CUE_LETTERS.length + 1;
  let size = 1;
  for (const w of words.keys()) size += w.length;
  // the trie written straight into the move table (0: no child yet; no edge leads back to the root)
  const move = new Uint16Array(size * width);
  const out = new Int32Array(size);
  let states = 1;
  for (const [w, bits] of words) {
    let state = 0;
    for (let k = 0; k < w.length; k++) {
      const letter = CUE_LETTERS.indexOf(w[k]!) + 1;
      if (letter === 0 || w[k] !== w[k]!.toLowerCase()) throw new Error(`cue word with other letters: ${w}`);
      const at = state * width + letter;
      if (move[at] === 0) move[at] = states++;
      state = move[at]!;
    }
    out[state]! |= bits;
  }
  // breadth first: a state's missing moves and its bits come from its failure state
  const fail = new Int32Array(states);
  const queue: number[] = [];
  for (let a = 1; a < width; a++) if (move[a] !== 0) queue.push(move[a]!);
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q]!;
    const f = fail[state]!;
    out[state]! |= out[f]!;
    for (let a = 0; a < width; a++) {
      const at = state * width + a;
      const child = move[at]!;
      if (child !== 0) {
        fail[child] = move[f * width + a]!;
        queue.push(child);
      } else move[at] = move[f * width + a]!;
    }
  }
  return (text, stop = -1) => {
    let state = 0;
    let bits = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      state = move[state * width + (code < 0x100 ? FOLD[code]! : 0)]!;
      const found = out[state]!;
      if (found !== 0) {
        bits |= found;
        if ((bits & stop) === stop) return bits;
      }
    }
    return bits;
  };
}
