import { describe, expect, it } from 'vitest';
import { englishAccordingApposed } from './english-according-apposed.js';

describe('englishAccordingApposed', () => {
  it.each([
    [
      "According to data from the port's chief engineer, Mara Quillfeather, traffic fell 9 percent.",
      'Mara Quillfeather',
    ],
    [
      'According to estimates by the county treasurer, Dr. Olu Brennick, the fund holds $4 million.',
      'Dr. Olu Brennick',
    ],
    ['According to the ministry, Spain, Portugal and Greece paid $5 million.', null],
    ['Traffic fell 9 percent, the engineer said.', null],
  ])('%s → %s', (sentence, name) => {
    expect(englishAccordingApposed(sentence)).toBe(name);
  });
});
