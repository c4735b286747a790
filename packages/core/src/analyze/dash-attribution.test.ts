import { describe, expect, it } from 'vitest';
import { analysisInputOf } from './analysis-input-of.fixture.js';
import { extractQuotes } from './extract-quotes.js';

const direct = (paragraphs: string[], language = 'de') =>
  extractQuotes(analysisInputOf(paragraphs, { language }))
    .filter((q) => q.kind === 'direct')
    .map((q) => [q.text, q.speaker, q.role]);

describe('extractQuotes: a quotation standing alone, then a line naming who said it', () => {
  it.each([
    {
      name: 'a dash, a title, the name and a role',
      paras: [
        'Die Sperre gilt ab sofort.',
        '„Wer betrügt, kann nicht auf Nachsicht hoffen.“',
        '– Dr. Jana Roth, Vorsitzende des Verbands',
      ],
      want: [['Wer betrügt, kann nicht auf Nachsicht hoffen.', 'Jana Roth', 'Vorsitzende des Verbands']],
    },
    {
      name: 'the dash dropped by the cleaner: name and role',
      paras: ['„Wer betrügt, kann nicht auf Nachsicht hoffen.“', 'Jana Roth, Vorsitzende des Verbands'],
      want: [['Wer betrügt, kann nicht auf Nachsicht hoffen.', 'Jana Roth', 'Vorsitzende des Verbands']],
    },
    {
      name: 'English, an em dash and the name alone',
      paras: ['"Nobody is above the rules."', '— Tom Reed'],
      language: 'en',
      want: [['Nobody is above the rules.', 'Tom Reed', null]],
    },
    {
      name: 'a sentence with names under the quotation names no speaker',
      paras: ['„Wer betrügt, kann nicht hoffen.“', 'Jana Roth und Tom Reed verlassen den Saal.'],
      want: [['Wer betrügt, kann nicht hoffen.', null, null]],
    },
  ])('$name', ({ paras, language, want }) => {
    expect(direct(paras, language)).toEqual(want);
  });
});
