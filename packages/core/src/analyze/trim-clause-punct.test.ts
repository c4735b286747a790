import { describe, expect, it } from 'vitest';
import { endsWithColon, trimClausePunct } from './trim-clause-punct.js';

describe('trimClausePunct', () => {
  it.each([
    ['clause punctuation at both edges', ', die Lage sei ernst.', 'die Lage sei ernst'],
    ['a dash and a no-break space', '–\u00a0Preise steigen ;', 'Preise steigen'],
    ['a full stop only trails', '.Punkt.', '.Punkt'],
    ['nothing to trim', 'Alles gut', 'Alles gut'],
    ['only punctuation', ' ,.; ', ''],
  ])('%s', (_n, text, want) => {
    expect(trimClausePunct(text)).toBe(want);
    expect(trimClausePunct(text)).toBe(text.replace(/^[\s,:;–—]+|[\s,:;–—.]+$/gu, ''));
  });
});

describe('endsWithColon', () => {
  it.each([
    ['a colon and spaces', 'Er sagte:  ', 0, true],
    ['no colon', 'Er sagte', 0, false],
    ['a colon before the start', 'A: b', 2, false],
  ])('%s', (_n, text, start, want) => {
    expect(endsWithColon(text, text.length, start)).toBe(want);
  });
});
