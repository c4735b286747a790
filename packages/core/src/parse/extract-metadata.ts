import { NEWS_AGENCIES } from '../lexicon/de/news-agencies.js';
import type { IsoDate } from '../schema.js';
import { type Classification, type ClassifiedUnit, classifyText } from './clean-body.js';
import { findStatedDate } from './find-stated-date.js';
import { wordsOf } from './line-features.js';
import { normalizeText } from './normalize-text.js';

/** Metadata found in an article's text. */
export interface ExtractedMetadata {
  title: string;
  date: IsoDate | null;
  publisher: string | null;
  author: string | null;
}

const NAME =
  "\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:(?:von|van|de|der|zu|del|da|al|el|bin)\\s+)?\\p{Lu}[\\p{L}'’-]+){1,3}";
const BYLINE = new RegExp(
  `^(?:[Vv]on|[Bb]y|Autor(?:in)?\\s*:|Text\\s*:|Von\\s*:|Reporter(?:in)?\\s*:|[Ww]ritten by)\\s+(${NAME})(?:\\s+(?:und|and|&)\\s+(${NAME}))?\\s*(?:[,|].*)?$`,
  'u',
);
const COPYRIGHT =
  /^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:by\s+)?([^|/,.;]{2,50}?)(?:\s+\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?:[.,;|].*)?$/iu;
const ROLE_AT =
  /\b(?:Autor(?:in)?|Redakteur(?:in)?|Journalist(?:in)?|Reporter(?:in)?|Korrespondent(?:in)?|Volontär(?:in)?|Chefredakteur(?:in)?|writer|author|editor|reporter)\s+(?:bei|für|von|at|for)\s+((?:\p{Lu}|\d)[\p{L}\d.&'’-]*(?:\s+(?:\p{Lu}|\d)[\p{L}\d.&'’-]*){0,3})/u;
const SYNDICATED =
  /(?:newsfeed|feed)\.?\s+(.{2,60}?)\s+(?:Mitarbeiter|Redakteure|Redaktion|staff|editors)\b/iu;
const PHOTO_AGENCY = /picture[ -]alliance|imago|getty|shutterstock|istock|foto|photo|bild/i;
// a line that is a site name or a genre label, never a headline
const SITE_NAME = /^(?:[\w-]+\.)+(?:de|at|ch|com|net|org|eu|info|news)$/i;

/** Finds title, date, publisher and author in a normalized text; null where the text does not say. */
export function extractMetadata(text: string, classification?: Classification): ExtractedMetadata {
  const normalized = normalizeText(text);
  const { units, firstGood } = classification ?? classifyText(normalized);
  const lines = normalized.split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
  return {
    title: findTitle(units, firstGood),
    date: findStatedDate(lines),
    publisher: findPublisher(units),
    author: findAuthor(units),
  };
}

// The headline: the first header line of four words or more that is not furniture; a short kicker above a
// longer line gives way to it. Without a header, the first sentence of the first paragraph.
function findTitle(units: readonly ClassifiedUnit[], firstGood: number): string {
  const header = units
    .slice(0, firstGood < 0 ? units.length : firstGood)
    .filter((u) => u.drop === 'header' || u.drop === 'repeat' || (firstGood < 0 && u.drop === null))
    .map((u) => stripSiteSuffix(u.text))
    .filter((t) => !SITE_NAME.test(t) && /\p{L}/u.test(t));
  const n = (t: string) => wordsOf(t).length;
  let pick = header.findIndex((t) => n(t) >= 4);
  if (pick < 0 && header.length > 0)
    pick = header.reduce((best, t, i) => (n(t) > n(header[best]!) ? i : best), 0);
  if (pick >= 0) {
    const next = header[pick + 1];
    if (n(header[pick]!) <= 5 && next && n(next) >= 2 * n(header[pick]!) && n(next) >= 6) pick++;
    return header[pick]!.replace(/[:\s]+$/, '');
  }
  const first = units.find((u) => u.drop === null);
  if (!first) return '';
  const sentence = /^.{20,}?[.!?](?=\s+\p{Lu}|$)/u.exec(first.text)?.[0] ?? first.text;
  const title = sentence.replace(/\.$/, '');
  return title.length > 300 ? `${title.slice(0, 297).replace(/\s+\S*$/, '')} …` : title;
}

// "Headline | Site" and "Headline - site.de": the site part goes.
function stripSiteSuffix(title: string): string {
  const m = /^(.{15,}?)\s+[|–—-]\s+([^|–—-]{2,40})$/.exec(title);
  if (m && (SITE_NAME.test(m[2]!.trim()) || /\.(?:de|at|ch|com)\b/i.test(m[2]!))) return m[1]!;
  return title;
}

// The author from a byline ("Von X", "Autor: X") or from the name line above a first-person bio.
function findAuthor(units: readonly ClassifiedUnit[]): string | null {
  for (const u of units) {
    if (wordsOf(u.text).length > 12) continue;
    const m = BYLINE.exec(u.text);
    if (!m) continue;
    const names = [m[1], m[2]].filter((x): x is string => !!x && !isAgency(x));
    if (names.length > 0) return names.join(' und ');
  }
  // "Über den Autor" / "Lisa Sommer ist Redakteurin bei …"
  for (const u of units) {
    if (u.drop !== 'bio') continue;
    const m = new RegExp(`^(${NAME})\\s+(?:ist|arbeitet|schreibt|is|writes)\\b`, 'u').exec(u.text);
    if (m && !isAgency(m[1]!)) return m[1]!;
  }
  const bioName = units.find(
    (u, i) => u.drop === 'bio' && units[i + 1]?.drop === 'bio' && wordsOf(u.text).length <= 4,
  );
  return bioName ? bioName.text : null;
}

// The publisher from a copyright line, an author bio ("Autor bei X") or a syndication note.
function findPublisher(units: readonly ClassifiedUnit[]): string | null {
  // a copyright line names the site when it carries a year or closes the page; else it may credit a photo
  const lastKept = units.reduce((last, u, i) => (u.drop === null ? i : last), -1);
  for (const [i, u] of units.entries()) {
    const t = u.raw.trim();
    if (wordsOf(t).length > 12 || PHOTO_AGENCY.test(t)) continue;
    const m = COPYRIGHT.exec(t);
    const name = m?.[1]?.trim();
    if (!name || !/\p{L}/u.test(name) || wordsOf(name).length > 5 || /rechte|rights/i.test(name)) continue;
    if (isAgency(name) || !(/\d{4}/.test(t) || i > lastKept)) continue;
    return name;
  }
  for (const u of units) {
    if (u.drop !== 'bio') continue;
    const m = ROLE_AT.exec(u.text);
    if (m) return m[1]!.split(/[.,;:](?:\s|$)/)[0]!.trim();
  }
  for (const u of units) {
    if (u.drop !== 'syndication') continue;
    const m = SYNDICATED.exec(u.text);
    if (m) return m[1]!.split(/\s+[–—|-]\s+/)[0]!.trim();
  }
  return null;
}

function isAgency(name: string): boolean {
  return NEWS_AGENCIES[name.toLowerCase()] !== undefined;
}
