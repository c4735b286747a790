import type { IsoDate } from '../schema.js';

/** Metadata found in an article's text. */
export interface ExtractedMetadata {
  title: string;
  date: IsoDate | null;
  publisher: string | null;
  author: string | null;
}

/** Finds title, date, publisher and author in a normalized text (first version: the first line is the title). */
export function extractMetadata(text: string): ExtractedMetadata {
  const title =
    text
      .split('\n')
      .find((l) => l.trim())
      ?.trim() ?? '';
  return { title, date: null, publisher: null, author: null };
}
