import { describe, expect, it } from 'vitest';
import { toNominativeTitle } from './to-nominative-title.js';

describe('toNominativeTitle', () => {
  it.each([
    ['Lippischen Landes-Zeitung', 'der', 'Lippische Landes-Zeitung'],
    ['Neuen Westfälischen', 'der', 'Neuen Westfälischen'],
    ['Badischen Neuesten Nachrichten', 'der', 'Badische Neueste Nachrichten'],
    ['Trierischen Volksfreund', 'dem', 'Trierischer Volksfreund'],
    ['Kölner Stadt-Anzeigers', 'des', 'Kölner Stadt-Anzeiger'],
    ['Hamburger Abendblatt', 'dem', 'Hamburger Abendblatt'],
    ['Sächsischen Zeitung', 'die', 'Sächsischen Zeitung'],
    ['Sportal', '', 'Sportal'],
  ])('%s after "%s" → %s', (title, article, nominative) => {
    expect(toNominativeTitle(title, article)).toBe(nominative);
  });
});
