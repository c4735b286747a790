import { describe, expect, it } from 'vitest';
import { dollarCurrency, hasBareDollar } from './dollar-currency.js';

describe('dollarCurrency', () => {
  it.each([
    ['The province will spend $40 million on roads, the Canadian transport minister said.', 'CAD'],
    ['Sydney council approved $12 million for the new Australian museum.', 'AUD'],
    ['The U.S. company paid $40 million to settle with Canadian regulators in Washington.', 'USD'],
    ['The county will spend $40 million on roads.', 'USD'],
    ['The Crown will pay $9 million to the Waiputa trust, the New Zealand minister said.', 'NZD'],
    ['Farmers in Otago lost $3 million, New Zealand growers said.', 'NZD'],
    ['The firm sold $5 million of wool to New Zealand buyers, its Texas office said.', 'USD'],
  ])('%s → %s', (text, code) => {
    expect(dollarCurrency(text)).toBe(code);
  });

  it.each([
    ['The plan costs $12 million.', true],
    ['The plan costs US$12 million.', false],
  ])('%s', (sentence, bare) => {
    expect(hasBareDollar(sentence)).toBe(bare);
  });
});
