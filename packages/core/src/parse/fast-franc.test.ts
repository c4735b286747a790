import fc from 'fast-check';
import { franc } from 'franc-min';
import { expressions } from 'franc-min/expressions.js';
import { describe, expect, it } from 'vitest';
import { fastFranc } from './fast-franc.js';

const ONLY = ['deu', 'eng', 'fra', 'spa', 'ita', 'nld', 'por', 'pol', 'rus', 'ukr', 'swe', 'dan', 'nob'];
const ONLY_ALL = [...ONLY, 'fin', 'ces', 'tur', 'kor', 'jpn', 'cmn'];
const reference = (text: string, only: string[]) => franc(text, { minLength: 20, only });

describe('fastFranc', () => {
  it.each([
    'Die Regierung plant neue Regeln für den Bahnverkehr im kommenden Winter.',
    'The council approved a new budget for schools on Tuesday evening.',
    'Le conseil municipal a voté un nouveau budget pour les écoles mardi soir.',
    'El ayuntamiento aprobó un nuevo presupuesto para las escuelas el martes.',
    'Rada miasta przyjęła nowy budżet dla szkół we wtorek wieczorem.',
    'Городской совет утвердил новый бюджет для школ во вторник вечером.',
    'Міська рада затвердила новий бюджет для шкіл у вівторок.',
    '市议会周二晚上批准了学校的新预算，这是一个重要的决定。',
    'Gemeinderat 市议会周二晚上批准了学校的新预算 Haushalt',
    '12.03.2025 14:00 — 3 / 4 — 17 % — 2.000 €',
    'ÄÖÜ äöü ß Straße Grüße Öl',
    'zu kurz',
    '',
  ])('answers as franc does for %j', (text) => {
    expect(fastFranc(text, 20, ONLY_ALL)).toBe(reference(text, ONLY_ALL));
    expect(fastFranc(text, 20, ONLY)).toBe(reference(text, ONLY));
  });

  it('answers as franc does on generated mixed-script texts', () => {
    const pieces = fc.constantFrom(
      'der ',
      'und ',
      'the ',
      'and ',
      'le ',
      'że ',
      'które ',
      'не ',
      'что ',
      '学校',
      'の',
      '한국',
      '𝐀',
      '\uD801\uDF80',
      '\uD837\uDF00',
      '\uD800',
      '\uDC00',
      'ǅ',
      'ﬁ',
      'Ⅻ',
      '1984 ',
      '!? ',
      '  ',
      '\n',
      'İ',
      'Σ',
      'ΑΣ.',
      'Der ',
      'ÄRGER ',
      'Straße ',
      '—',
      '.',
      '„',
      '\t',
      '\u00a0',
      '\ufeff',
      "l'",
      '’s ',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 400 }), (parts) => {
        const text = parts.join('');
        expect(fastFranc(text, 20, ONLY_ALL)).toBe(reference(text, ONLY_ALL));
      }),
      { numRuns: 300 },
    );
  });

  it('answers as franc does on Latin text with any code units mixed in', () => {
    const word = fc.constantFrom('Haus ', 'Regen ', 'water ', 'ville ', 'año ', 'Ökonom ', 'szkoła ');
    const piece = fc.oneof(word, word, fc.string({ unit: 'binary', maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200 }), (parts) => {
        const text = parts.join('');
        expect(fastFranc(text, 20, ONLY_ALL)).toBe(reference(text, ONLY_ALL));
      }),
      { numRuns: 300 },
    );
  });

  // fastFranc skips franc's script count when Latin letters outnumber all non-ASCII, non-Latin code units;
  // that holds only while no other script's class takes an ASCII, a Latin or a surrogate code unit alone,
  // or a Latin surrogate pair
  it('relies only on script classes that stay apart from Latin', () => {
    const latin = new RegExp(`^(?:${expressions.Latin!.source})$`);
    const latinUnits: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (c < 0x80 || (c >= 0xd800 && c <= 0xdfff) || latin.test(ch)) latinUnits.push(ch);
    }
    const latinPairs: string[] = [];
    for (let h = 0xd800; h <= 0xdbff; h++)
      for (let l = 0xdc00; l <= 0xdfff; l++) {
        const pair = String.fromCharCode(h, l);
        if (latin.test(pair)) latinPairs.push(pair);
      }
    expect(latinPairs.length).toBeGreaterThan(0);
    const unit = /^(?:\[(?:[^\]\\]|\\.)*\]|\\u[0-9A-Fa-f]{4})$/;
    const high = /^(?:\\uD[89AB][0-9A-F]{2}|\[(?:\\uD[89AB][0-9A-F]{2}(?:-\\uD[89AB][0-9A-F]{2})?)+\])/i;
    for (const [script, expression] of Object.entries(expressions)) {
      if (script === 'Latin') continue;
      expect(expression.flags).toBe('g');
      // every alternative is one code unit, or a high surrogate and one more unit
      for (const part of expression.source.split('|')) {
        const first = high.exec(part)?.[0];
        expect(unit.test(part) || (first !== undefined && unit.test(part.slice(first.length)))).toBe(true);
      }
      const anchored = new RegExp(`^(?:${expression.source})$`);
      expect(latinUnits.filter((ch) => anchored.test(ch))).toEqual([]);
      expect(latinPairs.filter((pair) => anchored.test(pair))).toEqual([]);
    }
  });
});
