import { describe, expect, it } from 'vitest';
import { claimantInSentence } from './find-claimant.js';

describe('claimantInSentence: an announced step after the verb is no claimant', () => {
  it.each([
    ['Die Reederei, vertreten durch Ilse Varnhorst, kündigte Revision an.', 'Revision'],
    ['Der Verband kündigte Widerstand an.', 'Widerstand'],
    ['Am Abend kündigte die Stadtwache an, die Brücke zu sperren.', null],
  ])('%s', (sentence, notClaimant) => {
    const r = claimantInSentence(sentence);
    if (notClaimant) expect(r).not.toBe(notClaimant);
    else expect(r).toBe('Stadtwache');
  });
});
