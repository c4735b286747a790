import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import {
  CHRONO_MODIFIER,
  CHRONO_NUMBER,
  CHRONO_TIME_UNITS,
  CHRONO_UNIT,
  chronoMayMatch,
} from './chrono-may-match.js';

/** The inner pattern source of one of chrono's German casual parsers, by class name. */
function innerSource(name: string): string {
  const parser = chrono.de.casual.parsers.find((p) => p.constructor.name === name) as unknown as {
    innerPattern: (context: unknown) => RegExp;
  };
  return parser.innerPattern({}).source;
}

describe('chronoMayMatch', () => {
  it('copies the number, unit and duration patterns of the installed chrono', () => {
    const relative = innerSource('DETimeUnitAgoFormatParser');
    expect(relative).toContain(`((?:${CHRONO_MODIFIER})(?:s|n|m|r)?|vor|in)\\s*)?(${CHRONO_NUMBER})?`);
    expect(relative).toContain(`(?:\\s*(${CHRONO_MODIFIER})(?:s|n|m|r)?)?`);
    expect(relative).toContain(`\\s*(${CHRONO_UNIT})(?=\\W|$)`);
    const within = innerSource('DETimeUnitWithinFormatParser');
    expect(within).toBe(`(?:in|für|während)\\s*(${CHRONO_TIME_UNITS})(?=\\W|$)`);
  });

  it.each([
    ['Die Fähre legte gestern spät ab.'],
    ['Übermorgen beginnt die Messe.'],
    ['Der Laden öffnete am 3. Juni.'],
    ['Die Frist endet am 3.6.2031.'],
    ['Vor drei Tagen fiel der Strom aus.'],
    ['Die Bank zahlt in zwei Wochen.'],
    ['Das Werk schloss vor einigen Monaten.'],
    ['Sie kündigte in 2 Jahren 3 Monaten.'],
    ['Der Plan gilt vor vergangenem Jahr.'],
  ])('lets chrono read %s', (text) => {
    expect(chronoMayMatch(text)).toBe(true);
  });

  it.each([
    ['Die Fähre legte spät ab.'],
    ['In der Stadt tagte der Rat am Dienstag.'],
    ['Vor dem Rathaus standen 2.000 Menschen.'],
    ['Der Preis stieg um 3.5 Prozent.'],
  ])('skips chrono for %s', (text) => {
    expect(chronoMayMatch(text)).toBe(false);
  });
});
