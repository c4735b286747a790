import { describe, expect, it } from 'vitest';
import { toEndingTest } from './claimant-endings.js';

describe('toEndingTest', () => {
  const endings = ['präsident', 'chef', 'sprecherin', 'leiter', 'ef'];
  const test = toEndingTest(endings);
  const bySome = (w: string) => endings.some((e) => w.toLowerCase().endsWith(e));

  it.each([
    ['Präsident'],
    ['Vizepräsident'],
    ['VIZEPRÄSIDENT'],
    ['Polizei-Präsident'],
    ['Chef'],
    ['Chefin'],
    ['Pressesprecherin'],
    ['Sprecher'],
    ['Leiterin'],
    ['Abteilungsleiter'],
    ['ef'],
    ['f'],
    [''],
    ['Ⅽhef'],
    ['ΣEF'],
    ['İCHEF'],
    ['Präsıdent'],
  ])('%s as the endings scan says', (word) => {
    expect(test(word)).toBe(bySome(word));
  });

  it('agrees with the scan on every Latin-1 and some other capitals in place of each letter', () => {
    const chars: string[] = [];
    for (let c = 0x20; c <= 0x24f; c++) chars.push(String.fromCharCode(c));
    for (const e of endings)
      for (let i = 0; i < e.length; i++)
        for (const c of chars) {
          const w = `Xy${e.slice(0, i)}${c}${e.slice(i + 1)}`;
          expect(test(w)).toBe(bySome(w));
        }
  });
});
