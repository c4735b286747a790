import { describe, expect, it } from 'vitest';
import { findInterviewAnswers } from './find-interview-answers.js';

const interview = [
  'Der Förster Jonas Wegmann kennt den Wald seit dreißig Jahren.',
  'Frage: Herr Wegmann, wie geht es den Buchen?',
  'Wegmann: Schlecht. Die Trockenheit setzt ihnen zu.',
  'Anzeige',
  'Frage: Was hilft?',
  'Wegmann: Mischwald. Und Geduld.',
  'Foto: Archiv',
];

describe('findInterviewAnswers', () => {
  it.each([
    [
      'answer turns after questions, named in full from the lead',
      interview,
      [
        ['Jonas Wegmann', 'Schlecht. Die Trockenheit setzt ihnen zu.', 2],
        ['Jonas Wegmann', 'Mischwald. Und Geduld.', 5],
      ],
    ],
    ['a single question is no interview', interview.slice(0, 4), []],
    [
      'a label answering only once is no interviewee',
      ['Frage: Wer?', 'Kohl: Ich.', 'Frage: Wann?', 'Morgen.'],
      [],
    ],
    [
      'labels outside question turns are no answers',
      ['Frage: Wer?', 'Frage: Wann?', 'Quelle: Amt', 'Quelle: Bund'],
      [],
    ],
  ] as const)('%s', (_n, paragraphs, want) => {
    expect(findInterviewAnswers(paragraphs).map((a) => [a.speaker, a.text, a.paragraph])).toEqual(want);
  });
});
