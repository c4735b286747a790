import { describe, expect, it } from 'vitest';
import { hasPiece } from './has-piece.js';

describe('hasPiece', () => {
  it.each([
    ['Clara Hofstetter', 'Clara', true],
    ['Clara Hofstetter', 'Hofstetter', true],
    ['Clara Hofstetter', 'Hof', false],
    ['Clara Hofstetter', 'stetter', false],
    ['Clara Hofstetter', 'Clara Hofstetter', false],
    ['Jan Jansen', 'Jan', true],
    ['Jansen Jan', 'Jan', true],
    ['Jansen', 'Jan', false],
    ['Ole  Berg', '', true],
    ['Ole Berg ', '', true],
    ['Ole Berg', '', false],
    ['', '', true],
    ['Ole\tBerg', 'Berg', false],
  ])('%j has %j: %s', (text, piece, expected) => {
    expect(hasPiece(text, piece)).toBe(expected);
    expect(hasPiece(text, piece)).toBe(text.split(' ').includes(piece));
  });
});
