/**
 * Wraps a pure yes/no test of a word with a bounded memo. Word tests are asked for every token of every
 * extractor, mostly the same few thousand words, each a scan of a lexicon (found by the benchmark's profile).
 */
export function memoizeWord(test: (word: string) => boolean): (word: string) => boolean {
  const memo = new Map<string, boolean>();
  return (word) => {
    let answer = memo.get(word);
    if (answer === undefined) {
      // bounded: a long run over many articles must not grow it without end
      if (memo.size >= 50_000) memo.clear();
      answer = test(word);
      memo.set(word, answer);
    }
    return answer;
  };
}
