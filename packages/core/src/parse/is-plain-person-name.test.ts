import { describe, expect, it } from 'vitest';
import { isPlainPersonName } from './is-plain-person-name.js';

describe('isPlainPersonName', () => {
  it.each([
    ['Hartwig Quennel', true],
    ['Ottilie Brasch-Kemmer', true],
    ['Bad Kreuzdorf', false],
    ['Lokales Umland', false],
    ['Neue Meldung', false],
    ['Samstag Abend', false],
    ['Kreis Lindenhausen', false],
    ['Quennel', false],
  ])('%s → %s', (phrase, plain) => {
    expect(isPlainPersonName(phrase)).toBe(plain);
  });
});
