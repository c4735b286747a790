import { describe, expect, it } from 'vitest';
import { boilerplateReason } from '../parse/clean-body.js';

// Lines of page furniture (German and English sites) and the reason the cleaner gives them; and lines of
// article text that look a little like them and must stay.
describe('boilerplate lines', () => {
  it.each([
    ['Anzeige – Jetzt Stromtarife vergleichen und bis zu 20 % sparen!', 'label'],
    ['Werbung: Die besten Angebote der Woche', 'label'],
    ['NWZ+ Exklusiv', 'paywall'],
    ['WELTplus', 'paywall'],
    ['Newsletter „Hafen kompakt“', 'newsletter'],
    ['Alles aus der Region – jeden Montag kostenlos in Ihrem Postfach.', 'newsletter'],
    ['(Reporting by Jane Roe in Boston; Editing by John Doe)', 'credit'],
    ['Our Standards: The Example Wire Trust Principles.', 'note'],
    ['About the author', 'author-box'],
    ['Zum Autor: Jonas Beispiel berichtet für das Blatt über Handball.', 'author-box'],
    ['READ NEXT', 'related'],
    ['Up next:', 'related'],
  ])('%s → %s', (line, reason) => {
    expect(boilerplateReason(line)).toBe(reason);
  });

  it.each([
    'Die Polizei nahm eine Anzeige gegen Unbekannt auf.',
    'Der Newsletter der Stadt erreicht nach Angaben des Amtes 12.000 Leser, die ihn jede Woche lesen und weiterleiten.',
    'Die Werbung für das Fest begann im März.',
    'About the same time, the council voted on the budget.',
    'Das Plus von 3,5 Prozent überraschte die Analysten.',
  ])('keeps %s', (line) => {
    expect(boilerplateReason(line)).toBeNull();
  });
});
