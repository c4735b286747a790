import { describe, expect, it } from 'vitest';
import { createRng, findNames, generateArticles, varyNumbers } from './generate-articles.js';

const SEEDS = [
  'Titelzeile eins\n\nMenü\n\nVorspann\n\nDie Ministerin Petra Vollmer eröffnete am 3. Mai 2021 die Brücke. Vollmer sprach von 1.200 Gästen.\n\nDer Bau kostete 4,5 Millionen Euro.\n\nAm Abend regnete es.\n\nMehr zum Thema\n\nImpressum',
  'Zweiter Titel\n\nSuche\n\nVorspann zwei\n\nTrainer Jonas Hübner lobte das Team. Danach sagte Hübner, man habe 17 Tore erzielt.\n\nDas Stadion fasst 23000 Menschen.\n\nFußnote\n\nKontakt',
];

describe('findNames', () => {
  it.each([
    ['Die Ministerin Petra Vollmer kam. Vollmer sprach.', [['Petra', 'Vollmer']]],
    ['Der große Bahnhof Nord liegt still. Im Bahnhof Nord ist es kalt.', []],
    ['Laut Sprecher Tom Berg war es ruhig. Berg blieb.', [['Tom', 'Berg']]],
  ])('%s', (text, names) => {
    expect(findNames(text)).toEqual(names);
  });
});

describe('varyNumbers', () => {
  it.each([
    ['am 3. Mai 2021', /^am \d{1,2}\. Mai 2023$/],
    ['am 12.05.2020 um 14:30', /^am \d{2}\.05\.2022 um \d{1,2}:\d{2}$/],
    ['mit 1.200 Gästen', /^mit [1-9]\d{0}\.\d{3} Gästen$/],
  ])('%s', (text, shape) => {
    expect(varyNumbers(text, createRng(7), 2)).toMatch(shape);
  });
});

describe('generateArticles', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = generateArticles(SEEDS, 20, { seed: 3 });
    expect(generateArticles(SEEDS, 20, { seed: 3 })).toEqual(a);
    expect(generateArticles(SEEDS, 20, { seed: 4 })).not.toEqual(a);
  });

  it('gives article n the same text whether generated alone or in a batch', () => {
    const all = generateArticles(SEEDS, 10, { seed: 5 });
    expect(generateArticles(SEEDS, 1, { seed: 5, start: 9 })).toEqual([all[9]]);
  });

  it('varies texts and keeps head and tail paragraphs in place', () => {
    const arts = generateArticles(SEEDS, 50, { seed: 9 });
    expect(new Set(arts.map((a) => a.text)).size).toBe(50);
    expect(new Set(arts.map((a) => a.file)).size).toBe(50);
    for (const a of arts) {
      expect(a.text).not.toContain('Vollmer');
      expect(a.text).toMatch(/^(Titelzeile eins|Zweiter Titel)\n\n/);
      expect(a.text).toMatch(/\n\n(Impressum|Kontakt)$/);
    }
  });
});
