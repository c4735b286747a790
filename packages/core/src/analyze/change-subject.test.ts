import { describe, expect, it } from 'vitest';
import { analysisInputOf } from './analysis-input-of.fixture.js';
import { changeSubject } from './change-subject.js';
import { englishChangeSubject } from './english-change-subject.js';
import { extractFigures } from './extract-figures.js';

describe('changeSubject', () => {
  it.each([
    ['Ab Januar steigt die Hundesteuer von 90 auf 120 Euro.', 'Hundesteuer'],
    ['Damit sinkt der Anteil der Pendler von 41 auf 38 Prozent.', 'Anteil'],
    ['Der Kreis zählte 41 Fälle, im Vorjahr waren es 38.', undefined],
  ])('%s → %s', (text, subject) => {
    expect(changeSubject(text, text.search(/\d/u))).toBe(subject);
  });
});

describe('both values of a change, and areas, share one subject', () => {
  it('"von X auf Y Prozent"', () => {
    const figures = extractFigures(
      analysisInputOf(['Nach dem Beschluss steigt der Beitragssatz der Musikschule von 12 auf 15 Prozent.']),
    );
    expect(figures.map((f) => [f.value, f.subject])).toEqual([
      [12, 'Beitragssatz'],
      [15, 'Beitragssatz'],
    ]);
  });

  it('hectares without a noun for them are an area', () => {
    const figures = extractFigures(analysisInputOf(['Bei dem Brand sind rund 300 Hektar Heide verbrannt.']));
    expect(figures.map((f) => [f.value, f.subject])).toEqual([[300, 'Fläche']]);
  });
});

describe('votes "X zu Y Stimmen"', () => {
  it('both numbers count votes', () => {
    const figures = extractFigures(
      analysisInputOf(['Der Bebauungsplan fiel im Kreistag mit 14 zu 37 Stimmen durch.']),
    );
    expect(figures.map((f) => [f.value, f.unit])).toEqual([
      [14, 'Stimme'],
      [37, 'Stimme'],
    ]);
  });
});

describe('englishChangeSubject', () => {
  it.each([
    ['The toll will rise from £4.50 to £5 next year.', 'toll'],
    ['Inflation fell from 3.2% to 2.9% in May.', 'inflation'],
    ['Ticket sales moved from 10 to 12 on Monday.', undefined],
    ["The airline's operating profit for the six months to March rose from £40m to £52m.", 'profit'],
  ])('%s → %s', (text, subject) => {
    expect(englishChangeSubject(text, text.search(/\d/u))).toBe(subject);
  });
});
