import { describe, expect, it } from 'vitest';
import { englishAccordingAbbreviation } from './english-according-abbreviation.js';

describe('englishAccordingAbbreviation', () => {
  it.each([
    ['Snow reached 80cm, according to the Bureau of Alpine Weather and Avalanche Studies (BAWAS).', 'BAWAS'],
    ['Exports fell 6 percent, according to the Office for Trade Statistics (OTS) on Friday.', 'OTS'],
    ['Exports fell 6 percent, according to the trade office.', null],
  ])('%s → %s', (sentence, abbr) => {
    expect(englishAccordingAbbreviation(sentence)).toBe(abbr);
  });
});
