import { describe, expect, it } from 'vitest';
import { englishLengthSubject, shareSubjects } from './share-subject.js';

const at = (s: string, ...parts: string[]) => parts.map((p) => s.indexOf(p));

describe('shareSubjects', () => {
  it.each([
    [
      '62 Prozent der Schüler bestanden die Prüfung, im Vorjahr waren es nur 55 Prozent.',
      ['62', '55'],
      ['Schüler', 'Schüler'],
    ],
    [
      'Laut Umfrage sind 40 Prozent der Wählerinnen und Wähler unentschieden.',
      ['40'],
      ['Wählerinnen und Wähler'],
    ],
    ['Die Preise stiegen um 3 Prozent.', ['3'], [undefined]],
  ])('%s', (sentence, numbers, want) => {
    expect(shareSubjects(sentence, at(sentence, ...numbers))).toEqual(want);
  });
});

describe('englishLengthSubject', () => {
  it.each([
    ['The average stay in hospital fell to 6 days, down from 8 days.', '6', 'average stay'],
    ['The ferry crossing takes 3 hours.', '3', undefined],
  ])('%s', (sentence, number, want) => {
    expect(englishLengthSubject(sentence, sentence.indexOf(number))).toBe(want);
  });
});
