import { describe, expect, it } from 'vitest';
import { MONTH_PATTERN, WEEKDAY_PATTERN } from '../lexicon/de/calendar.js';
import { RELATIVE_QUALIFIER_PATTERN } from '../lexicon/de/relative-dates.js';
import { monthMatches, weekdayMatches } from './parse-dates.js';

const R = '(?![\\p{L}\\p{N}])';
const WEEKDAY_EXPR = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(${RELATIVE_QUALIFIER_PATTERN})\\p{L}*\\s+)?(${WEEKDAY_PATTERN})(?:abend|morgen|vormittag|mittag|nachmittag|nacht)?${R}(?:\\s+(${RELATIVE_QUALIFIER_PATTERN})\\p{L}*\\s+Woche${R})?`,
  'gu',
);

describe('weekdayMatches', () => {
  it.each([
    'Am Montag kam der Bus, letzten Dienstag nicht, kommenden Freitagabend wieder.',
    'Xmontag, 3Montag, Montags, Sonntag dieser Woche und Sonnabend.',
    'nächsten  Mittwoch, vorigen Donnerstagnachmittag; Samstag nächster Woche.',
    'Keine Tage hier.',
    'letzten\u00a0\u2003Montag, vergangenen3 Montag, kommendenMontag, 𝐀 kommenden Dienstag, letzte𝐀 Freitag',
    'Montag Dienstag Mittwoch, letzten Montag nächster Woche Dienstag, dies Montags Sonntag',
    'xletzten Montag, Letzten Montag, letzten  Montagabend dieser  Woche',
    '',
  ])('agrees with the pattern on %j', (text) => {
    expect(weekdayMatches(text).map((m) => [m.index, ...m])).toEqual(
      [...text.matchAll(WEEKDAY_EXPR)].map((m) => [m.index, ...m]),
    );
  });
});

const MONTH_NAME = new RegExp(`(?<![\\p{L}\\p{N}])(${MONTH_PATTERN})${R}(?:\\s+(\\d{4})${R})?`, 'gu');

describe('monthMatches', () => {
  it.each([
    'Im März 2021 und seit Mai, nicht Maier, nicht 3Juni, aber (Juli 2024).',
    'Jänner, Januar2020, Dezember 1999x und Oktober',
    '𝐀März 2020, März𝐀, ÄMai, Mai\u00a02020, JuniJuli Juli',
    '',
  ])('agrees with the pattern on %j', (text) => {
    expect(monthMatches(text).map((m) => [m.index, ...m])).toEqual(
      [...text.matchAll(MONTH_NAME)].map((m) => [m.index, ...m]),
    );
  });
});
