import { YEAR_LABELS } from '../lexicon/de/numerals.js';

const LABELS = new Set(YEAR_LABELS);

/**
 * Whether a number after a year's label is a count, not the year: "im kommenden Jahr 61 Millionen Euro",
 * "in dieser Saison 2.150 Zuschauer" (a year is four plain digits: "im Jahr 2024", "Saison 2023").
 */
export function isCountAfterYearLabel(label: string, raw: string): boolean {
  return LABELS.has(label) && !/^\d{4}$/u.test(raw);
}
