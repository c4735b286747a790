// "doppelt so viel wie 2018", "so viele wie seit 2014 nicht mehr", "higher than in 2019": a year only compared
// with dates nothing that happened in it
const COMPARED =
  /(?:(?<![\p{L}])(?:so|ebenso|genauso|ähnlich)\s+(?:\p{Ll}+\s+)?wie|(?<![\p{L}])(?:than|as))\s+(?:seit\s+|im\s+(?:Jahr\s+)?|in\s+)?$/iu;

/** Whether the year starting at `index` is only the term of a comparison ("so viel wie 2018"). */
export function isComparisonYear(text: string, index: number): boolean {
  return COMPARED.test(text.slice(Math.max(0, index - 60), index));
}
