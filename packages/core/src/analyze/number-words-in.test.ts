import { describe, expect, it } from 'vitest';
import { NUMBER_WORDS, ORDINAL_STEMS } from '../lexicon/de/numerals.js';
import { numberWordsIn, ranksIn } from './extract-figures.js';

const WORDS = new RegExp(
  `(?<![\\p{L}\\p{N}-])(${Object.keys(NUMBER_WORDS).join('|')})(?![\\p{L}\\p{N}-])`,
  'giu',
);
const RANK = new RegExp(
  `(?<![\\p{L}])(${Object.keys(ORDINAL_STEMS).join('|')})(größt|stärkst|wichtigst|reichst|best|höchst|meist|bevölkerungsreichst|wertvollst|erfolgreichst)\\p{L}*`,
  'giu',
);

describe('numberWordsIn and ranksIn', () => {
  it.each([
    'Zwei Bäcker verkauften drei Brote und zwölf Brezeln.',
    'Die Nacht war acht Stunden lang, Elf Freunde kamen, vier-fach nicht.',
    'Der ſechs Punkte und DREISSIG oder DREIẞIG Gäste; 4vier nicht, vier4 nicht.',
    'Die drittgrößte Stadt, 2.zweitstärkste Partei, -viertwichtigste Firma, Xdrittgrößte nicht.',
    'Die VIERTREICHSTE Familie und die Zwanzigstbeste Mannschaft; Neunte nicht.',
    'İvier und Kacht, 𝐀zwei, zwei𝐀, ΣΑΣ drei.',
    'Nachtacht, dreizehn-acht, acht-3 und Macht; siebzehnte zwölftgrößte dreizehn drittbeste',
    'vierzehnviertgrößte Zweitbester zweit größte ſiebtgrößte ſechſtgrößte zwanzigſtbeste',
    '',
  ])('agrees with the patterns on %j', (text) => {
    expect(numberWordsIn(text)).toEqual(
      [...text.matchAll(WORDS)].map((m) => ({ index: m.index, word: m[1] })),
    );
    expect(ranksIn(text).map((m) => [m.index, m[0], m[1], m[2]])).toEqual(
      [...text.matchAll(RANK)].map((m) => [m.index, m[0], m[1], m[2]]),
    );
  });
});
