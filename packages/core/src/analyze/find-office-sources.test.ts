import { describe, expect, it } from 'vitest';
import { findOfficeSources } from './find-office-sources.js';

describe('findOfficeSources', () => {
  it.each([
    [
      'Die Gemeinde ist nach Angaben des Statistischen Landesamts mit 90 Millionen Euro verschuldet.',
      'Statistisches Landesamt',
    ],
    [
      'Der Pegel stieg auf 5 Meter, wie das Lagezentrum Rhein beim Landesamt für Wasser mitteilte.',
      'Lagezentrum Rhein',
    ],
    ['Laut der Europäischen Arzneimittelbehörde gab es 12 Meldungen.', 'Europäische Arzneimittelbehörde'],
    ['Es gebe 40 Fälle, sagte ein Sprecher des Landesgesundheitsamts.', 'Landesgesundheitsamt'],
    ['Der Rechnungshof hatte im Mai kritisiert, dass die Mensa zu teuer sei.', 'Rechnungshof'],
    ['Laut dem Bundesrechnungshof fehlen 30 Prüfer.', 'Bundesrechnungshof'],
    [
      'Nach dem Ergebnis des Kreisstatistikamts stieg die Zahl der Baugenehmigungen auf 800.',
      'Kreisstatistikamt',
    ],
  ])('%s → %s', (sentence, name) => {
    expect(findOfficeSources(sentence).map((s) => s.name)).toEqual([name]);
  });

  it.each([
    ['Insgesamt kamen 300 Gäste, sagte der Wirt.'],
    ['Das Amt teilte mit, es gebe 20 Anträge.'],
    ['Die Zahl der Beamten stieg um 4 Prozent.'],
  ])('no office in %s', (sentence) => {
    expect(findOfficeSources(sentence)).toEqual([]);
  });
});
