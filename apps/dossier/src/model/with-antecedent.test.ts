import { describe, expect, it } from 'vitest';
import { withAntecedent } from './with-antecedent.js';

const LEAD = 'Der Kreis hat am Montag eine Sperrung des Nordstrands verhängt.';
const body = [
  'Kelmbach – Die Fähre nach Ostholm fährt wieder.',
  `${LEAD} Sie soll bis Ende August gelten. Ausnahmen gibt es keine.`,
  'Er soll zwei Wochen dauern.',
].join('\n\n');

describe('withAntecedent', () => {
  it('gives a pronoun-led item the sentence before it in its paragraph', () => {
    expect(withAntecedent('Sie soll bis Ende August gelten.', [body])).toBe(
      `${LEAD} Sie soll bis Ende August gelten.`,
    );
  });

  it.each([
    ['an item that stands alone', LEAD],
    ['an item with "Es" (mostly a placeholder, not pointing back)', 'Ausnahmen gibt es keine.'],
    ['a pronoun-led item opening its paragraph (nothing before it there)', 'Er soll zwei Wochen dauern.'],
    ['an item not found as written', 'Sie sollen im Herbst beginnen.'],
  ])('leaves %s as it is', (_what, text) => {
    expect(withAntecedent(text, [undefined, body])).toBe(text);
  });

  it('reads the first of its articles that holds the text', () => {
    const other = 'Ganz anderes Thema. Ohne Bezug.';
    expect(withAntecedent('Sie soll bis Ende August gelten.', [other, body])).toMatch(/^Der Kreis hat/);
  });
});
