import { describe, expect, it } from 'vitest';
import { wordBeforeSpaces } from './word-before-spaces.js';

const byRegex = (text: string) => /([\p{L}’'-]+)\s+$/u.exec(text)?.[1] ?? '';

describe('wordBeforeSpaces', () => {
  it.each([
    ['der südkoreanische '],
    ['laut Frankreichs  \t'],
    ['ohne Leerzeichen'],
    ['Zahl 42 '],
    ['Anna’s '],
    ['US-amerikanische\u00a0'],
    ['𝔸bc '],
    ['x, '],
    [' '],
    [''],
    ['a b-c'],
    ['\uDD38a '],
  ])('reads %j as the regex does', (text) => {
    expect(wordBeforeSpaces(text)).toBe(byRegex(text));
    expect(wordBeforeSpaces(`${text}Rest`, text.length)).toBe(byRegex(text));
  });
});
