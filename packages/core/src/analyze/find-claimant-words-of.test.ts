import { describe, expect, it } from 'vitest';
import { claimantInSentence } from './find-claimant.js';

describe('claimantInSentence: "nach den Worten des X"', () => {
  it.each([
    ['Die Schulen sollen nach den Worten der Senatorin 12 Millionen Euro erhalten.', 'Senatorin'],
    ['Nach Worten des Landrats fehlen 30 Busfahrer.', 'Landrats'],
  ])('%s → %s', (sentence, who) => {
    expect(claimantInSentence(sentence)).toBe(who);
  });
});
