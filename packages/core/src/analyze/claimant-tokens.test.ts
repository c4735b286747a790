import { describe, expect, it } from 'vitest';
import { claimantTokensOf, toClaimantTokens } from './claimant-tokens.js';

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*[\p{L}\p{N}]|[\p{L}\p{N}]|[(),;:„“”"»«–]/gu;
const byRegex = (s: string): string[] => s.match(TOKEN) ?? [];

describe('toClaimantTokens', () => {
  it.each([
    ['Laut Wetterdienst fielen 12,5 Liter.'],
    ['Der Verband (VdK) sagte: „Das reicht nicht“ – so die Chefin.'],
    ["O'Neill & Partner, d.h. die Kanzlei’s Büro…"],
    ['Ende-- der -Zeile. - und .Punkt.'],
    ['x-'],
    ['a.b.c. und 3.000 Euro; 1/2'],
    ['Gruß 𝐀𝐁 und 😀-Zeichen: ٣٤ Stück'],
    ['lone \ud800 and \udc00 surrogates \ud800x'],
    [''],
  ])('reads %j as the regex does', (text) => {
    expect(toClaimantTokens(text)).toEqual(byRegex(text));
  });

  it('agrees with the regex on random strings of the characters that matter', () => {
    const alphabet = [...'aZäß1.-&’\'(),;:„“”"»«–— /_'];
    alphabet.push('𝐀', '😀', '\ud800', '\udc00', '٣');
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    for (let k = 0; k < 20_000; k++) {
      let s = '';
      for (let i = next() % 12; i >= 0; i--) s += alphabet[next() % alphabet.length];
      expect(toClaimantTokens(s)).toEqual(byRegex(s));
    }
  });
});

describe('claimantTokensOf', () => {
  it('gives the tokens with their lower-cased forms', () => {
    expect(claimantTokensOf('Die ÖVP sagte:')).toEqual({
      tokens: ['Die', 'ÖVP', 'sagte', ':'],
      lower: ['die', 'övp', 'sagte', ':'],
    });
  });
});
