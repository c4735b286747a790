import { describe, expect, it } from 'vitest';
import { claimantInSentence } from './find-claimant.js';

describe('claimantInSentence: a body with its field ("Landesamt für Umwelt")', () => {
  it.each([
    [
      'Laut dem Jahresbericht des Landesamts für Denkmalpflege sind 30 Burgen gefährdet.',
      'Landesamts für Denkmalpflege',
    ],
    [
      'Das Ministerium für Verkehr und Bau teilte mit, 40 Brücken seien marode.',
      'Ministerium für Verkehr und Bau',
    ],
    [
      'Nach Angaben des Instituts für Küstenforschung stieg der Pegel um 4 Zentimeter.',
      'Instituts für Küstenforschung',
    ],
    ['Die Stadt zahlt für 5 Jahre.', null],
  ])('%s → %s', (sentence, who) => {
    expect(claimantInSentence(sentence)).toBe(who);
  });
});
