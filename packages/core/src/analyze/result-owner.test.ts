import { describe, expect, it } from 'vitest';
import { resultOwner } from './result-owner.js';

describe('resultOwner', () => {
  it.each([
    ['Nach dem amtlichen Endergebnis des Kreiswahlamts erhielt die Liste 12,5 Prozent.', 'Kreiswahlamt'],
    ['Nach der jüngsten Zählung der Stadtverwaltung leben 4.000 Menschen im Viertel.', 'Stadtverwaltung'],
    ['Nach den neuen Zahlen des Statistischen Landesamts sank die Zahl auf 310.', 'Statistischen Landesamt'],
    ['Nach dem Ende der Saison kamen 300 Gäste.', null],
    ['Die Stadt zählte 4.000 Besucher.', null],
  ])('%s → %s', (sentence, owner) => {
    expect(resultOwner(sentence)).toBe(owner);
  });
});
