import { EN_DOLLAR_COUNTRIES, EN_US_SIGNALS } from '../lexicon/en/dollar-countries.js';

/**
 * The currency a bare "$" stands for in an English article: the dollar of a country the text names
 * together with one of its provinces or states ("Canadian", "the province"), when it names that country
 * more often than the United States; else USD.
 */
export function dollarCurrency(text: string): string {
  if (!text.includes('$')) return 'USD';
  for (const c of EN_DOLLAR_COUNTRIES) {
    if (!c.country.test(text) || !c.region.test(text)) continue;
    const own = text.match(new RegExp(c.country.source, 'gu'))?.length ?? 0;
    const us = text.match(EN_US_SIGNALS)?.length ?? 0;
    if (own >= us) return c.code;
  }
  return 'USD';
}

/** Whether a "$" in a sentence stands bare, not as "US$" or "U.S. $". */
export function hasBareDollar(sentence: string): boolean {
  return /(?<![A-Z.]\s?)\$/u.test(sentence);
}
