import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize-text.js';
import { repairMojibake } from './repair-mojibake.js';

describe('normalizeText', () => {
  it.each([
    ['\uFEFFKopf\r\nZeile\rEnde', 'Kopf\nZeile\nEnde'],
    ['a\u00a0b\u202fc d', 'a b c d'],
    // a tab keeps a wide gap, so that a menu laid out in columns stays recognisable
    ['Politik\tSport\tKultur', 'Politik   Sport   Kultur'],
    ['Stra\u00adße\u200b', 'Straße'],
    ['Zeile   \nnächste', 'Zeile\nnächste'],
    ['Cafe\u0301', 'Café'],
  ])('%j', (raw, expected) => expect(normalizeText(raw)).toBe(expected));
});

describe('repairMojibake', () => {
  it.each([
    ['Die BÃ¼rger stimmten fÃ¼r den Plan.', 'Die Bürger stimmten für den Plan.'],
    ['Er sagte: â€žNein.â€œ Dann ging er.', 'Er sagte: „Nein.“ Dann ging er.'],
    ['GrÃ¶ÃŸe', 'Größe'],
    // a single odd pair is not evidence enough
    ['Ã¼ber', 'Ã¼ber'],
    ['Schöne Grüße aus Köln', 'Schöne Grüße aus Köln'],
  ])('%s', (text, expected) => expect(repairMojibake(text)).toBe(expected));
});
