import { describe, expect, it } from 'vitest';
import { findFigures } from './extract-figures.js';

describe('findFigures: a number whose noun the sentence named before takes its unit', () => {
  it.each([
    [
      'Am Samstag kamen 8.200 Besucher ins Museum – an einem normalen Tag seien es etwa 3.000.',
      3000,
      'Besucher',
    ],
    ['Im Frühjahr zählte der Verein 412 Mitglieder, im Herbst 455.', 455, 'Mitglieder'],
    [
      'In diesem Jahr verkaufte die Bäckerei 1,2 Millionen Brezeln, im nächsten erwartet sie mehr als 2 Millionen.',
      2_000_000,
      'Brezel',
    ],
    ['Die Partei erreichte 21 Prozent, die Konkurrenz nur 17.', 17, 'Prozent'],
    ['In dieser Saison wurden 230 Wildschweine erlegt, im Vorjahr waren es 310 gewesen.', 310, 'Wildschwein'],
  ])('%s', (sentence, value, unit) => {
    expect(findFigures(sentence).find((f) => f.value === value)).toMatchObject({ value, unit });
  });

  it.each([
    ['Die Praxis mit 3 Ärzten liegt in der Lindenstraße 12.', 12],
    ['Der Zug mit 300 Fahrgästen hielt an Gleis 3, danach fuhr er weiter.', 3],
    ['Der Chor hat 40 Sängerinnen, gegründet wurde er 1985.', 1985],
  ])('no figure: %s', (sentence, value) => {
    expect(findFigures(sentence).find((f) => f.value === value)).toBeUndefined();
  });
});
