import type { Token } from './find-names.js';

const OPEN = new Set(['„', '"', '»', '“', '‚']);
const CLOSE = new Set(['“', '”', '"', '«', '‘', '’']);
const ARTICLES = new Set(['der', 'die', 'das', 'dem', 'den', 'des']);

/**
 * The index of the article before a publication's title in quotation marks that ends right before token `k`
 * ("Wie die „Rundschau“ berichtet"), else -1: a title left readable is part of its clause, not a break.
 */
export function titleStartBefore(tokens: readonly Token[], k: number): number {
  // (cheap test first: most clause breaks are commas)
  if (!CLOSE.has(tokens[k - 1]?.text ?? '')) return -1;
  let j = k - 2;
  // a title of up to five capitalised words or numbers; a masked quotation has no words between its marks
  while (
    j >= 0 &&
    k - 2 - j < 5 &&
    (tokens[j] as Token).word &&
    /^[\p{Lu}\d]/u.test((tokens[j] as Token).text)
  )
    j--;
  if (j === k - 2 || !OPEN.has(tokens[j]?.text ?? '')) return -1;
  return ARTICLES.has(tokens[j - 1]?.lower ?? '') ? j - 1 : -1;
}
