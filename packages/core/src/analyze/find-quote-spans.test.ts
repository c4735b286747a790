import { describe, expect, it } from 'vitest';
import { findQuoteSpans, maskQuotes, sentenceRanges } from './find-quote-spans.js';

describe('findQuoteSpans', () => {
  it.each([
    ['German', 'Er sagte: „Wir kommen.“', ['Wir kommen.']],
    ['ASCII', 'Sie sagte: "Es reicht." Dann ging sie.', ['Es reicht.']],
    ['guillemets', 'Er nannte es »einen Fehler«.', ['einen Fehler']],
    ['two quotes', '„Ja“, sagte er, „aber später“.', ['Ja', 'aber später']],
    ['single low quote', 'Man sprach vom ‚Neustart‘ der Partei.', ['Neustart']],
    ['unmatched mark', 'Er sagte „nichts mehr.', []],
    ['English comma inside the marks', '"It will pass," she said.', ['It will pass']],
    // the scan jumps between marks: a stray opening mark must not hide a later quotation
    ['a stray mark before a quote', 'Er rief „nichts. Dann sagte sie »Ja« und ging.', ['Ja']],
    ['a closing mark too far away', `„${'a'.repeat(1600)}“ und »kurz«`, ['kurz']],
  ])('%s', (_n, text, want) => {
    expect(findQuoteSpans(text).map((s) => s.text)).toEqual(want);
  });
});

describe('sentenceRanges', () => {
  it.each([
    ['no break inside a quote', '„Es regnet. Es stürmt“, sagte sie. Dann ging sie.', 2],
    ['no break after an ordinal date', 'Am 3. Mai kam er. Am 4. Juni ging er.', 2],
    ['no break after Dr.', 'Dr. Weber kam. Sie ging.', 2],
    ['a break after a year', 'Das Werk schließt bis 2031. Dann folgt der Abriss.', 2],
    ['no break after a three-digit ordinal', 'Zum 150. Geburtstag kamen viele.', 1],
  ])('%s', (_n, text, n) => {
    const masked = maskQuotes(text, findQuoteSpans(text));
    expect(sentenceRanges(masked)).toHaveLength(n);
  });
});
