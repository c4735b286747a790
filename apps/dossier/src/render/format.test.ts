import { describe, expect, it } from 'vitest';
import { buildBarSvg } from './build-bar-svg.js';
import { formatFigureValue, formatIsoDate, formatIsoRange } from './format.js';

describe('formatIsoDate', () => {
  it.each([
    ['2030-03-07', 'de-DE', '7. März 2030'],
    ['2030-03', 'de-DE', 'März 2030'],
    ['2030', 'de-DE', '2030'],
    ['2030-03-07', 'en-GB', '7 March 2030'],
  ])('%s in %s is %s', (iso, locale, expected) => {
    expect(formatIsoDate(iso, locale)).toBe(expected);
  });

  it('shares the common parts of a range', () => {
    expect(formatIsoRange('2030-03-07', '2030-03-09', 'de-DE')).toBe('7.–9. März 2030');
  });
});

describe('formatFigureValue', () => {
  it.each([
    [12500, 'Bäume', 'de-DE', '12.500'],
    [12500, 'Bäume', 'en-GB', '12,500'],
    [3.25, 'Meter', 'de-DE', '3,25'],
    [2_000_000_000, 'Tonnen', 'de-DE', '2 Milliarden'],
    [40_000_000, 'EUR', 'de-DE', '40 Mio. €'],
    [17, 'Prozent', 'de-DE', '17 %'],
  ])('%d %s in %s is %s', (value, unit, locale, expected) => {
    expect(formatFigureValue(value, unit, locale).replace(/\u00A0/g, ' ')).toBe(expected);
  });
});

describe('buildBarSvg', () => {
  it.each([
    [50, 100, 70],
    [100, 100, 140],
    [0, 100, 1],
  ])('draws %d of %d as a bar %d wide, from numbers only', (value, max, width) => {
    const svg = buildBarSvg(value, max);
    expect(svg).toContain(`width="${width}"`);
    expect(svg.replace(/<\/?(svg|rect)\b[^>]*>/g, '')).toBe('');
    expect(svg).not.toMatch(/<(image|text|a|use)\b|href/);
  });
});
