import { describe, expect, it } from 'vitest';
import { hasSubjunctive } from './extract-quotes.js';
import { tokenize } from './find-names.js';

describe('hasSubjunctive: a quantifier, its noun and a grading particle before the verb', () => {
  it.each([
    ['Jeder Monat mehr koste die Gemeinde viel Geld.', true],
    ['Kein Hof allein schaffe die Umstellung.', true],
    ['Jeder Gast reiste am Morgen ab.', false],
    ['Jeder Monat mehr kostete die Gemeinde viel Geld.', false],
  ])('%s', (sentence, want) => {
    expect(hasSubjunctive(tokenize(sentence, 0))).toBe(want);
  });
});
