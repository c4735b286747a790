import { describe, expect, it } from 'vitest';
import { changeTargetCounts } from './change-target-counts.js';

const start = (value: number, unit: string, index: number) => ({ value, unit, approx: false, index });

describe('changeTargetCounts', () => {
  it.each([
    ['en', 'Ridership fell from 9,200 riders in 2019 to 7,400 last year.', 9200, 'rider', 7400],
    ['de', 'Die Zahl sank von 820 Betten 2018 auf rund 640 im Sommer.', 820, 'Bett', 640],
  ])('%s: %s', (language, text, from, unit, to) => {
    const english = language === 'en';
    const at = text.indexOf(english ? '9,200' : '820');
    const out = changeTargetCounts(text, [start(from, unit, at)], english);
    expect(out.map((f) => [f.value, f.unit])).toEqual([[to, unit]]);
  });

  it('leaves a target already found alone', () => {
    const text = 'Crowds grew from 400 fans in 2020 to 550 fans.';
    const found = [start(400, 'fan', text.indexOf('400')), start(550, 'fan', text.indexOf('550'))];
    expect(changeTargetCounts(text, found, true)).toEqual([]);
  });
});
