import { describe, expect, it } from 'vitest';
import { withAntecedent, withWholeSentence } from './with-antecedent.js';

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

describe('withWholeSentence', () => {
  const text = [
    'Kelmbach – Die Fähre nach Ostholm fährt wieder.',
    'Der Kreis hat lange gezögert, während die Reederei schon im März einen neuen Fahrplan vorgelegt hatte. Danach kam nichts mehr.',
    'eBay hat im Mai den Verkauf eingestellt.',
  ].join('\n\n');

  it('shows a clause cut from its sentence as the whole sentence', () => {
    expect(
      withWholeSentence('während die Reederei schon im März einen neuen Fahrplan vorgelegt hatte.', [text]),
    ).toBe(
      'Der Kreis hat lange gezögert, während die Reederei schon im März einen neuen Fahrplan vorgelegt hatte.',
    );
  });

  it('marks the clause as cut when its sentence is too long for a row', () => {
    const long = `Der Kreis hat ${'sehr '.repeat(70)}lange gezögert, während die Reederei im März einen Fahrplan vorlegte.`;
    expect(withWholeSentence('während die Reederei im März einen Fahrplan vorlegte.', [long])).toBe(
      '… während die Reederei im März einen Fahrplan vorlegte.',
    );
  });

  it.each([
    ['a sentence that begins in lower case', 'eBay hat im Mai den Verkauf eingestellt.'],
    ['an item in upper case', 'Danach kam nichts mehr.'],
    ['a clause not found as written', 'während der Kreis im Mai zögerte.'],
  ])('leaves %s as it is', (_what, item) => {
    expect(withWholeSentence(item, [undefined, text])).toBe(item);
  });
});
