import { describe, expect, it } from 'vitest';
import { analysisInputOf } from './analysis-input-of.fixture.js';
import { englishMonthDates } from './english-month-dates.js';
import { extractEvents } from './extract-events.js';

describe('englishMonthDates', () => {
  it.each([
    // a month with its year is englishDates' (parseDateExpressions)
    ['The new terminal is due to open in October 2027.', []],
    ['Ticket sales will start in September.', [[9, undefined]]],
    ['Officials may decide later.', []],
    ['The deal closed on March 3, 2025.', []],
  ])('%s', (text, expected) => {
    expect(englishMonthDates(text).map((e) => [e.month, e.year])).toEqual(expected);
  });
});

describe('dates of the day something was set for, and "zwischen <Wochentag>"', () => {
  // 2025-06-11 is a Wednesday
  const dates = (text: string) =>
    extractEvents(analysisInputOf([text], { date: '2025-06-11' })).map((e) => e.date);

  it.each([
    [
      'Der Kreistag hat die für Montagabend angesetzte Sitzung nach einem Stromausfall abgebrochen.',
      ['2025-06-09'],
    ],
    ['Die Gewerkschaft hat für Freitag zu einem Warnstreik in allen Filialen aufgerufen.', ['2025-06-13']],
    ['Zwischen Montag und Dienstag fielen im Bergland bis zu 60 Liter Regen.', ['2025-06-09']],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});

describe('a deadline in a clause not in the past lies ahead', () => {
  // 2025-11-19 is a Wednesday
  const dates = (text: string) =>
    extractEvents(analysisInputOf([text], { date: '2025-11-19' })).map((e) => e.date);

  it.each([
    ['Mit dem Gutachten sei bis Ende Februar zu rechnen, sagte die Sprecherin.', ['2026-02']],
    ['Bis Ende Oktober meldeten sich 300 Freiwillige bei der Stadt.', ['2025-10']],
    ['Bis Ende Oktober hat das Amt 300 Anträge bearbeitet.', ['2025-10']],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});
