import { SCALE_WORDS } from '../lexicon/de/numerals.js';
import { CURRENCIES, MEASURES, PERCENT_WORDS } from '../lexicon/de/units.js';

/**
 * Whether a claimant phrase is only unit, scale or currency words ("Mrd Euro", "Millionen Franken"): a figure's
 * own words are never the one who states it.
 */
export function isUnitPhrase(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/u).filter(Boolean);
  return (
    words.length > 0 &&
    words.every((w) => {
      const bare = w.replace(/\.$/u, '');
      return (
        SCALE_WORDS[w] !== undefined ||
        SCALE_WORDS[bare] !== undefined ||
        CURRENCIES[bare] !== undefined ||
        MEASURES[bare] !== undefined ||
        PERCENT_WORDS[bare] !== undefined
      );
    })
  );
}
