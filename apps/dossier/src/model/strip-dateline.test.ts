import { describe, expect, it } from 'vitest';
import { stripDateline } from './strip-dateline.js';

describe('stripDateline', () => {
  it.each([
    ['LISSABON: Die Regierung hat den Haushalt gebilligt.', 'Die Regierung hat den Haushalt gebilligt.'],
    ['Hamburg (dpa) – Der Hafen meldet einen Rekord.', 'Der Hafen meldet einen Rekord.'],
    ['Hamburg (dpa) - Der Hafen meldet einen Rekord.', 'Der Hafen meldet einen Rekord.'],
    ['Oslo/Bergen (AFP/Reuters): Ein Sturm zieht auf.', 'Ein Sturm zieht auf.'],
    ['Madrid, 3. März (epd) – Die Bahn streikt.', 'Die Bahn streikt.'],
    ['(KNA) – Die Synode tagt erneut.', 'Die Synode tagt erneut.'],
    ['NEW YORK – Die Börse schloss im Plus.', 'Die Börse schloss im Plus.'],
    ['Wien – Der Nationalrat tagt am Montag.', 'Der Nationalrat tagt am Montag.'],
  ])('strips the dateline of %s', (input, expected) => {
    expect(stripDateline(input)).toBe(expected);
  });

  it.each([
    'Die Regierung (SPD) hat den Haushalt gebilligt.',
    'Der Minister sagte: Wir bleiben dabei.',
    'NATO-Chef Jan Berg reist nach Oslo.',
    'Im Mai – kurz vor der Wahl – stieg die Zahl.',
    'Zürich – und was nun?',
  ])('keeps %s', (input) => {
    expect(stripDateline(input)).toBe(input);
  });
});
