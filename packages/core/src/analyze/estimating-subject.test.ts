import { describe, expect, it } from 'vitest';
import { estimatingSubject } from './estimating-subject.js';

describe('estimatingSubject', () => {
  it.each([
    ['Eine Studie des Zentrums für Verkehrsforschung (ZVF) in Halle rechnet mit 9.000 Pendlern.', 'ZVF'],
    ['Der Deutsche Verband für Gartenbau zählt rund 1.400 Betriebe.', 'Deutsche Verband für Gartenbau'],
    [
      'Die Kreisverwaltung, die das Verfahren leitet, beziffert den Schaden auf 3 Millionen Euro.',
      'Kreisverwaltung',
    ],
    ['Man rechnet mit 300 Gästen.', null],
    ['Die Halle bietet Platz für 900 Zuschauer.', null],
  ])('%s → %s', (sentence, who) => {
    expect(estimatingSubject(sentence)).toBe(who);
  });
});
