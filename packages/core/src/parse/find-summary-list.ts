import { DE_SUMMARY_HEADINGS } from '../lexicon/de/summary-headings.js';
import { EN_SUMMARY_HEADINGS } from '../lexicon/en/summary-headings.js';

/** What the finder reads of a classified line. */
interface SummaryUnit {
  text: string;
  block: number;
  drop: string | null;
  words: number;
}

// a list item of a key-facts box says something: a few words at least, not a link's short title
const MIN_ITEM_WORDS = 4;
// a heading over a box is short
const MAX_HEADING_WORDS = 8;

/**
 * The indexes of the lines of a key-facts list ("Das Wichtigste in Kürze", "Key points") that stands above the
 * article's first paragraph `firstGood`: the lines of the block under such a heading, none of them furniture.
 */
export function findSummaryList(units: readonly SummaryUnit[], firstGood: number): number[] {
  for (let i = 0; i < firstGood - 1; i++) {
    const h = units[i]!;
    if (h.words > MAX_HEADING_WORDS || !isSummaryHeading(h.text)) continue;
    const block = units[i + 1]!.block;
    const items: number[] = [];
    for (let j = i + 1; j < firstGood && units[j]!.block === block; j++) {
      const u = units[j]!;
      if (u.drop !== null || u.words < MIN_ITEM_WORDS) return [];
      items.push(j);
    }
    return items.length >= 2 ? items : [];
  }
  return [];
}

function isSummaryHeading(text: string): boolean {
  return DE_SUMMARY_HEADINGS.test(text) || EN_SUMMARY_HEADINGS.test(text);
}
