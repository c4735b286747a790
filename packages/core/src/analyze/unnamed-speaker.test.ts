import { describe, expect, it } from 'vitest';
import { analysisInputOf } from './analysis-input-of.fixture.js';
import { extractQuotes } from './extract-quotes.js';

const direct = (paragraphs: string[]) =>
  extractQuotes(analysisInputOf(paragraphs))
    .filter((q) => q.kind === 'direct')
    .map((q) => [q.text, q.speaker]);

describe('extractQuotes: "sagte sie/er" after an unnamed spokesperson means that spokesperson', () => {
  it.each([
    {
      name: 'an unnamed spokeswoman after a named woman',
      paras: [
        'Die Ärztin Mira Holm lobte das Projekt. Eine Sprecherin des Landesverbands warnte, eine App könne keine Fehler erkennen. „Da braucht es das geschulte Auge“, sagte sie.',
      ],
      want: [['Da braucht es das geschulte Auge', 'Sprecherin des Landesverbands']],
    },
    {
      name: 'a woman named after the spokeswoman takes the pronoun back',
      paras: [
        'Eine Sprecherin des Landesverbands warnte, eine App könne keine Fehler erkennen. Die Ärztin Mira Holm widersprach. „Die App ergänzt nur“, sagte sie.',
      ],
      want: [['Die App ergänzt nur', 'Mira Holm']],
    },
    {
      name: 'an unnamed spokesman is no referent for "sie"',
      paras: [
        'Die Ärztin Mira Holm lobte das Projekt. Ein Sprecher des Landesverbands warnte, eine App könne keine Fehler erkennen. „Wir bleiben dran“, sagte sie.',
      ],
      want: [['Wir bleiben dran', 'Mira Holm']],
    },
  ])('$name', ({ paras, want }) => {
    expect(direct(paras)).toEqual(want);
  });
});
