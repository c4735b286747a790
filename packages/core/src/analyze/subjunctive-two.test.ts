import { describe, expect, it } from 'vitest';
import { isStrongSubjunctiveTwo } from './subjunctive-two.js';

describe('isStrongSubjunctiveTwo', () => {
  it.each([
    ['gäbe', true],
    ['übertrügen', true],
    ['zunähme', true],
    ['fiele', true],
    ['betrügen', false],
    ['trügen', false],
    ['Vorwürfe', false],
    ['führen', false],
    ['gebe', false],
  ])('%s → %s', (word, want) => expect(isStrongSubjunctiveTwo(word)).toBe(want));
});
