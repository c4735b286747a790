/**
 * Wraps a pure yes/no test of a word with a bounded memo. Word tests are asked for every token of every
 * extractor, mostly the same few thousand words, each a scan of a lexicon (found by the benchmark's profile).
 */
export function memoizeWord(test: (word: string) => boolean): (word: string) => boolean {
  return memoizeString(test);
}

/**
 * Wraps a pure function of a string (a word, a phrase, a line) with a memo of at most `limit` entries,
 * cleared when full, so a long run over many articles does not grow it without end. `fn` never returns
 * undefined (null is fine).
 */
export function memoizeString<T>(fn: (text: string) => T, limit = 50_000): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    let answer = memo.get(text);
    if (answer === undefined) {
      if (memo.size >= limit) memo.clear();
      answer = fn(text);
      memo.set(text, answer);
    }
    return answer;
  };
}
