import { describe, expect, it } from 'vitest';
import { analysisInputOf } from './analysis-input-of.fixture.js';
import { extractEvents } from './extract-events.js';

describe('extractEvents: "seit", a date set for, a deadline "by the end of", "Tuesday night"', () => {
  it.each([
    ['de', 'Seit Mittwoch werde die Brücke gesperrt, sagte der Sprecher.', '2026-11-18'],
    ['de', 'Für den 14. Januar hat das Gericht einen neuen Termin angesetzt.', '2027-01-14'],
    ['en', 'The grant would be paid in parts, with the first half due by the end of March.', '2027-03'],
    ['en', 'The ferry board voted 5-2 Tuesday night to raise fares.', '2026-11-17'],
    ['en', 'Crews worked through Monday morning to clear the line.', '2026-11-16'],
    ['de', 'Seit Montag soll die Fähre wieder fahren, teilte die Reederei mit.', '2026-11-16'],
  ])('%s: %s → %s', (language, sentence, date) => {
    const events = extractEvents(analysisInputOf([sentence], { language, date: '2026-11-20' }));
    expect(events.map((e) => e.date)).toContain(date);
  });
});
