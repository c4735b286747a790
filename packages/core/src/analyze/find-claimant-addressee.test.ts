import { describe, expect, it } from 'vitest';
import { claimantInSentence } from './find-claimant.js';

describe('claimantInSentence: an agency after a role is the addressee, not the claimant', () => {
  it.each([
    ['„Wir bauen 300 Wohnungen“, sagte die Senatorin der Deutschen Presse-Agentur.', 'Senatorin'],
    ['Das sagte ein Sprecher der Feuerwehr.', 'Sprecher der Feuerwehr'],
  ])('%s → %s', (sentence, who) => {
    expect(claimantInSentence(sentence)).toBe(who);
  });
});
