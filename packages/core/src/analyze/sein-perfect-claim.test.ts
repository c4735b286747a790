import { describe, expect, it } from 'vitest';
import { claimantInSentence } from './find-claimant.js';

describe('claim verbs in the perfect with "sein", and figures after the verb', () => {
  it.each([
    ['Der Verband war zunächst von 4,5 Millionen Euro Schaden ausgegangen.', 'Verband'],
    ['Die Kommune ist von 1200 neuen Einwohnern ausgegangen.', 'Kommune'],
    ['Statt der erwarteten 40 Millionen Euro rechnet der Kreis nun mit 31 Millionen Euro.', 'Kreis'],
    ['Bilanziell meldete die Genossenschaft einen Verlust von 2 Millionen Euro.', 'Genossenschaft'],
    ['Winkler meldete die neuen Zahlen am Montag: 40 Filialen schließen.', 'Winkler'],
    ['„Wir warten seit 50 Minuten“, rief Anna Kolb, Sprecherin der Pendler, den Reportern zu.', 'Anna Kolb'],
  ])('%s → %s', (sentence, claimant) => {
    expect(claimantInSentence(sentence)).toBe(claimant);
  });
});

describe('a figure noun after the source is no part of its name', () => {
  it.each([
    ['Für Mieter entstehen nach Berechnungen des Verbands Nebenkosten von rund 40 Euro.', 'Verbands'],
    ['Nach Angaben der Deutschen Bahn fielen 300 Züge aus.', 'Deutschen Bahn'],
  ])('%s → %s', (sentence, claimant) => {
    expect(claimantInSentence(sentence)).toBe(claimant);
  });
});
