import { describe, expect, it } from 'vitest';
import { cleanBody } from './clean-body.js';

const P1 =
  'Der Kreistag hat am Dienstag nach langer Debatte den Neubau der Berufsschule in Talheim beschlossen.';
const P2 =
  'Die Kosten sollen sich auf rund 48 Millionen Euro belaufen, teilte die Kreisverwaltung am Abend mit.';
const page = (...blocks: string[]) => blocks.join('\n\n');

describe('cleanBody keeps a key-facts list above the first paragraph', () => {
  it.each([
    [
      'German box',
      page(
        'Berufsschule wird neu gebaut',
        'Das Wichtigste in Kürze',
        'Kosten: 48 Millionen Euro, davon 20 Millionen vom Land\nBaubeginn ist im Frühjahr 2027 geplant',
        P1,
        P2,
      ),
      ['Kosten: 48 Millionen Euro, davon 20 Millionen vom Land', 'Baubeginn ist im Frühjahr 2027 geplant'],
    ],
    [
      'English box',
      page(
        'Council approves new college',
        'Key points',
        'The building will cost 48 million euros in total\nWork is due to start in the spring of 2027',
        P1,
        P2,
      ),
      ['The building will cost 48 million euros in total', 'Work is due to start in the spring of 2027'],
    ],
  ])('%s', (_name, text, kept) => {
    const body = cleanBody(text).paragraphs;
    for (const k of kept) expect(body).toContain(k);
  });

  it.each([
    [
      'no heading',
      page(
        'Berufsschule wird neu gebaut',
        'Weitere Themen\nHallenbad schließt im Winter\nNeue Buslinie',
        P1,
        P2,
      ),
    ],
    ['items too short', page('Das Wichtigste in Kürze', 'Hallenbad\nBuslinie', P1, P2)],
  ])('not a list of teasers: %s', (_name, text) => {
    expect(cleanBody(text).paragraphs[0]).toBe(P1);
  });
});
