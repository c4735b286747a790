import { CURRENCIES, MEASURES, PERCENT_WORDS } from '../lexicon/de/units.js';
import { EN_GLUED_UNITS } from '../lexicon/en/units.js';

const MEASURE_UNITS: ReadonlySet<string> = new Set([
  ...Object.values(MEASURES),
  ...Object.values(PERCENT_WORDS),
  ...Object.values(CURRENCIES),
  ...Object.values(EN_GLUED_UNITS),
]);

/**
 * Whether a figure's unit (its display form in the corpus) is a unit of measure, a share or a currency rather
 * than a counted noun: "Kilometer", "Prozent", "EUR" say how a thing is measured, not which thing, so two such
 * figures with no other subject are not two statements about one quantity; "Fahrgast" or "Beschäftigte" are.
 */
export function isMeasureUnit(unit: string): boolean {
  return MEASURE_UNITS.has(unit);
}
