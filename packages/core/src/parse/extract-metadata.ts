import { FIRST_NAMES } from '../lexicon/de/first-names.js';
import { NEWS_AGENCIES } from '../lexicon/de/news-agencies.js';
import type { IsoDate } from '../schema.js';
import {
  boilerplateReason,
  type Classification,
  type ClassifiedUnit,
  classifyText,
  NAME_PLACE,
} from './clean-body.js';
import { collapseSpaces } from './collapse-spaces.js';
import { findStatedDate, isDateLine } from './find-stated-date.js';
import { isPlainPersonName } from './is-plain-person-name.js';
import { endsLikeSentence, wordCount } from './line-features.js';
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
  `^(?:(?:[Ee]in(?:e)?\\s+)?(?:[Aa]rtikel|[Bb]eitrag|[Tt]ext|[Bb]ericht|[Kk]ommentar|[Gg]astbeitrag|[Aa]nalyse|[Rr]eportage)\\s+von|(?:[Aa]n|[Aa]) (?:article|report|story|column) by|[Vv]on|[Bb]y|Autor(?:in)?\\s*:|Text\\s*:|Von\\s*:|Reporter(?:in)?\\s*:|[Ww]ritten by|[Dd]as [Ii]nterview führte|[Ii]nterview\\s*:|[Aa]ufgezeichnet von|[Pp]rotokoll\\s*:)\\s+(${NAME})(?:\\s+(und|and|&)\\s+(${NAME}))?(?:\\s*[,|].*|\\s+\\(?(?:mit|unter [Vv]erwendung von) (?:[Mm]aterial|[Ii]nformationen|[Aa]genturmaterial|[Ii]nhalten|[Aa]ngaben)\\b.*)?$`,
  'u',
);
// "Nordblick Medien GmbH", "Harbour Times Media Ltd": the company form after a publisher's name
const LEGAL_FORM =
  /(?:\s+(?:medien|media|mediengruppe|medienhaus|verlag|verlags|verlagsgesellschaft|verlagshaus|zeitungsverlag|publishing|holding|group|gruppe))*\s+(?:gmbh(?:\s*&\s*co\.?(?:\s*kg(?:aa)?)?)?|mbh|ag|kg|kgaa|se|ltd|limited|inc|llc|plc)\.?$/i;
// a publishing-house word after an outlet's name in a copyright line, without a legal form
const PUBLISHING_HOUSE =
  /\s+(?:verlag|verlagsgruppe|verlagshaus|mediengruppe|medienhaus|media group|publishing)$/i;
// furniture that stands under a site's name at the top of a page, never under a headline
const MASTHEAD_FOLLOWERS = new Set(['navigation', 'breadcrumb', 'cookie', 'ad-blocker', 'paywall', 'ad']);
const COPYRIGHT =
  /^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:by\s+)?([^|/,.;·•]{2,50}?)(?:\s+\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?:(?:[.,;|·•]|\s[-–—]\s).*)?$/iu;
// "Site © 2025 – Alle Rechte vorbehalten": the name before the sign
const COPYRIGHT_AFTER =
  /^([^|/,.;·•©]{2,50}?)\s*(?:©|\(c\))\s*\d{4}(?:\s*[-–]\s*\d{4})?\s*(?:(?:[.,;|·•]|[-–—]).*)?$/iu;
const ROLE_AT =
  /\b(?:Autor(?:in)?|Redakteur(?:in)?|Journalist(?:in)?|Reporter(?:in)?|Korrespondent(?:in)?|Volontär(?:in)?|Chefredakteur(?:in)?|writer|author|editor|reporter)\s+(?:bei|für|von|at|for)\s+((?:\p{Lu}|\d)[\p{L}\d.&'’-]*(?:\s+(?:\p{Lu}|\d)[\p{L}\d.&'’-]*){0,3})/u;
const SYNDICATED =
  /(?:newsfeed|feed)\.?\s+(.{2,60}?)\s+(?:Mitarbeiter|Redakteure|Redaktion|staff|editors)\b/iu;
const PHOTO_AGENCY = /picture[ -]alliance|imago|getty|shutterstock|istock|foto|photo|bild/i;
// what either copyright pattern needs: the sign, "(c)" in either case, or the word
const COPYRIGHT_MARK = /©|\(c\)|copyright/i;
// a line that is a site name or a genre label, never a headline
const SITE_NAME = /^(?:[\w-]+\.)+(?:de|at|ch|com|net|org|eu|info|news)$/i;

/** Finds title, date, publisher and author in a normalized text; null where the text does not say. */
export function extractMetadata(text: string, classification?: Classification): ExtractedMetadata {
  const normalized = normalizeText(text);
  const { units, firstGood } = classification ?? classifyText(normalized);
  // every date form findStatedDate reads holds an ASCII digit: a line without one can never give the date,
  // and most lines of prose are left out before they are collapsed, trimmed and tried four times
  const lines = linesWithDigit(normalized).map((l) => collapseSpaces(l).trim());
  const publisher = findPublisher(units) ?? wireOwnPage(units, firstGood);
  return {
    title: findTitle(units, firstGood, publisher),
    date: findStatedDate(lines),
    publisher,
    author: findAuthor(units),
  };
}

// The headline: the first header line of four words or more that is not furniture; a short kicker above a
// longer line gives way to it. Without a header, the first sentence of the first paragraph.
function findTitle(units: readonly ClassifiedUnit[], firstGood: number, publisher: string | null): string {
  const candidates = units
    .slice(0, firstGood < 0 ? units.length : firstGood)
    .filter((u) => u.drop === 'header' || u.drop === 'repeat' || (firstGood < 0 && u.drop === null))
    .map((u) => stripSiteSuffix(u.text))
    .filter((t) => !SITE_NAME.test(t) && /\p{L}/u.test(t) && !isMasthead(t, publisher));
  // a headline does not end in a period; a notice or a caption above the text does
  const headlines = candidates.filter((t) => !/\p{L}{2}\.$/u.test(t));
  const header = headlines.length > 0 ? headlines : candidates;
  const n = wordCount;
  // only a kicker and the site's name above: the headline was read as prose, and its dateline follows it
  if (!header.some((t) => n(t) >= 4)) {
    const lead = headlineOverDateline(units, firstGood);
    if (lead) return lead;
  }
  let pick = header.findIndex((t) => n(t) >= 4);
  // a kicker of a few words ("Unwetter an der Küste") gives way to the longer headline right below it
  if (pick >= 0 && n(header[pick]!) <= 4 && n(header[pick + 1] ?? '') > n(header[pick]!)) pick++;
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

// The site's name line at the top of a page: "Site – tagline", or the publisher's name itself.
function isMasthead(line: string, publisher: string | null): boolean {
  if (MASTHEAD_TAGLINE.test(line)) return true;
  if (!publisher) return false;
  const key = (t: string) =>
    t
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const name = key(
    publisher.replace(/\s+(?:gmbh|ag|kg|mbh|verlag\S*|verlagsgesellschaft|ltd|inc)\b.*$/i, ''),
  );
  const head = key(line.split(/\s+[|–—-]\s+/)[0] ?? '');
  return name.length > 0 && (head === name || head.replace(/ (?:de|com|at|ch)$/, '') === name);
}

// "Stadtblick – Nachrichten aus der Region", "Nordpost | Die Zeitung für Ostfriesland": a short site name and
// its tagline, which says what kind of outlet the site is
const MASTHEAD_TAGLINE =
  /^[^\s|–—]+(?:\s+[^\s|–—-]+){0,2}\s+[|–—-]\s+(?:(?:die|das|der|ihr|ihre|dein|deine|unser|unsere|your|the)\s+)?(?:[\p{L}-]+\s+)?(?:nachrichten|news|zeitung|tageszeitung|heimatzeitung|lokalzeitung|onlinezeitung|online-zeitung|nachrichtenportal|newsportal|portal|newspaper|magazin|magazine)\b/iu;

// "Headline | Site" and "Headline - site.de": the site part goes.
function stripSiteSuffix(title: string): string {
  const m = /^(.{15,}?)\s+[|–—-]\s+([^|–—-]{2,40})$/.exec(title);
  if (m && (SITE_NAME.test(m[2]!.trim()) || /\.(?:de|at|ch|com)\b/i.test(m[2]!))) return m[1]!;
  return title;
}

// The author from a byline ("Von X", "Autor: X") or from the name line above a first-person bio.
function findAuthor(units: readonly ClassifiedUnit[]): string | null {
  for (const u of units) {
    if (u.words > 20) continue;
    // "Veröffentlicht am 3. Juli 2025 | Von X": the byline may be one part of a line
    // without a separator the line is its one part (the split's regex needs one of them)
    const parts = hasSeparator(u.text) ? u.text.split(/\s+[|•·]\s+/) : [u.text];
    for (const part of parts) {
      if ((parts.length === 1 ? u.words : wordCount(part)) > 12) continue;
      const m = BYLINE.exec(part);
      if (!m) continue;
      const names = [m[1], m[3]].filter((x): x is string => !!x && !isAgency(x));
      // "By A and B" stays English
      const joiner =
        m[2] === 'and' || /^(?:by|written by|an? (?:article|report|story|column) by)\b/i.test(part)
          ? ' and '
          : ' und ';
      if (names.length > 0) return names.join(joiner);
    }
  }
  // "20.05.2026, 11:30 | Anna Berg": a name beside the dateline, with a known given name or named in the bio
  const beside = nameBesideDate(units);
  if (beside) return beside;
  // "Anna Berg, Hamburg" under the headline
  for (const u of units) {
    if (u.drop !== 'byline') continue;
    const m = NAME_PLACE.exec(u.text);
    if (m && !isAgency(m[1]!)) return m[1]!;
  }
  // "Über den Autor" / "Lisa Sommer ist Redakteurin bei …"
  for (const u of units) {
    if (u.drop !== 'bio') continue;
    const m = new RegExp(
      `^(?:(?:Dr|Prof|Dipl)\\.\\s+)*(${NAME})\\s+(?:ist|arbeitet|schreibt|berichtet|is|writes|covers)\\b`,
      'u',
    ).exec(u.text);
    if (m && !isAgency(m[1]!)) return m[1]!;
  }
  const bioName = units.find((u, i) => u.drop === 'bio' && units[i + 1]?.drop === 'bio' && u.words <= 4);
  return bioName ? bioName.text : null;
}

// The publisher from a copyright line, an author bio ("Autor bei X") or a syndication note.
function findPublisher(units: readonly ClassifiedUnit[]): string | null {
  // a copyright line names the site when it carries a year or closes the page; else it may credit a photo
  const lastKept = units.reduce((last, u, i) => (u.drop === null ? i : last), -1);
  for (const [i, u] of units.entries()) {
    // "Alle Rechte vorbehalten. © Site 2025": the notice may stand after other furniture
    // without a sign, "(c)" or the word, neither copyright pattern can match: skip the Unicode search
    // (a "(" alone, as in "(Quelle)", is not enough: both patterns need the sign, "(c)" or the word); one
    // search of the line as it stands, none of them holds white space that trimming could take away
    if (!COPYRIGHT_MARK.test(u.raw)) continue;
    const raw = u.raw.trim();
    const sign = raw.search(/©|\(c\)|\bcopyright\b/iu);
    const t = sign > 0 && /[.|·•]\s*$/u.test(raw.slice(0, sign)) ? raw.slice(sign) : raw;
    if (wordCount(t) > 12 || PHOTO_AGENCY.test(t)) continue;
    const m = COPYRIGHT.exec(t) ?? COPYRIGHT_AFTER.exec(t);
    const name = m?.[1]?.trim();
    if (!name || !/\p{L}/u.test(name) || wordCount(name) > 5 || /rechte|rights/i.test(name)) continue;
    if (isAgency(name) || !(/\d{4}/.test(t) || i > lastKept)) continue;
    // "Isarblatt Mediengruppe", "Landbote Verlag": the outlet, not its publishing house
    const outlet = name.replace(LEGAL_FORM, '').trim().replace(PUBLISHING_HOUSE, '').trim() || name;
    // "© Isarblatt Medien GmbH" under a page whose first line is "Isarblatt Online": the site's full name
    return mastheadExtending(units, outlet) ?? outlet;
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
  return findMasthead(units);
}

// The page's first line when it is a short name that starts with the outlet's name and goes on
// ("Isarblatt Online" over "© Isarblatt Medien GmbH"), else null.
function mastheadExtending(units: readonly ClassifiedUnit[], outlet: string): string | null {
  const first = units.find((u) => /\p{L}/u.test(u.text));
  if (!first || first.drop === null) return null;
  // "Site Online – Das Portal": the name before its tagline
  const head = first.text.split(/\s+[|–—-]\s+/)[0]!.trim();
  if (wordCount(head) > 4 || /[\d.:,;!?]/.test(head)) return null;
  return head.toLowerCase().startsWith(`${outlet.toLowerCase()} `) ? head : null;
}

// The site's name on the first line of the page ("Stadtblatt", "Stadtblatt | Lokales"), when menus, a
// consent wall or a breadcrumb follow it and a longer headline stands further down.
function findMasthead(units: readonly ClassifiedUnit[]): string | null {
  const i = units.findIndex((u) => /\p{L}/u.test(u.text));
  const u = units[i];
  if (!u || u.drop === null) return null;
  const head = u.text.split(/\s+[|–—-]\s+/)[0]!.trim();
  const words = wordCount(head);
  if (words < 1 || words > 4 || /\d/.test(head) || endsLikeSentence(head) || /[:,;]$/.test(head)) return null;
  if (boilerplateReason(head) || isDateLine(head) || isAgency(head)) return null;
  const next = units.slice(i + 1).find((v) => v.drop !== 'empty');
  if (!next || !MASTHEAD_FOLLOWERS.has(next.drop ?? '')) return null;
  const headline = units.slice(i + 1).some((v) => v.drop === 'header' && v.words >= 4);
  if (!headline) return null;
  // "OSTKURIER", "THE DAILY LEDGER": a logo set in capitals reads better in title case
  const letters = head.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 4 && letters === letters.toUpperCase()) {
    return head
      .toLowerCase()
      .replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
  }
  return head;
}

function isAgency(name: string): boolean {
  return NEWS_AGENCIES[name.toLowerCase()] !== undefined;
}

// The lines of a text (as `text.split('\n')`) that hold an ASCII digit, found by a regex search for the
// digits, which skips the lines between them without a loop over their characters.
function linesWithDigit(text: string): string[] {
  const lines: string[] = [];
  const digit = /[0-9]/g;
  for (let m = digit.exec(text); m !== null; m = digit.exec(text)) {
    const start = text.lastIndexOf('\n', m.index) + 1;
    const end = text.indexOf('\n', m.index);
    lines.push(text.slice(start, end < 0 ? text.length : end));
    if (end < 0) break;
    digit.lastIndex = end + 1;
  }
  return lines;
}

const NAME_ONLY = new RegExp(`^(${NAME})$`, 'u');

/** The person named in the other half of a "date | name" line, confirmed by a given name or the bio; else null. */
function nameBesideDate(units: readonly ClassifiedUnit[]): string | null {
  for (const u of units) {
    if (u.words > 8 || !hasSeparator(u.text)) continue;
    const parts = u.text.split(/\s+[|•·]\s+/);
    if (parts.length !== 2) continue;
    const [a, b] = parts as [string, string];
    const other = isDateLine(a) ? b : isDateLine(b) ? a : null;
    const name = other ? NAME_ONLY.exec(other.trim())?.[1] : undefined;
    if (!name || isAgency(name)) continue;
    const given = name.split(/\s+/)[0]?.toLowerCase() ?? '';
    if (
      FIRST_NAMES.has(given) ||
      units.some((x) => (x.drop === 'bio' || x.drop === 'author-box') && x.text.includes(name)) ||
      // a dateline in the page head beside a name of plain shape: the given name need not be a known one
      ((u.drop === 'header' || u.drop === 'byline') && isPlainPersonName(name))
    )
      return name;
  }
  return null;
}

function hasSeparator(text: string): boolean {
  return text.includes('|') || text.includes('•') || text.includes('·');
}

// The first line of prose when it reads as a headline (short, no closing period) and a dateline or a
// byline stands right under it, else null.
function headlineOverDateline(units: readonly ClassifiedUnit[], firstGood: number): string | null {
  const u = units[firstGood];
  if (!u || u.words < 4 || u.words > 20 || /\.$/.test(u.text)) return null;
  const next = units.slice(firstGood + 1).find((v) => v.drop !== 'empty');
  return next && (next.drop === 'date' || next.drop === 'byline') ? u.text.trim() : null;
}

// "BOSTON (AP) – …": the agency's dateline credit opening the text
const WIRE_DATELINE = /^\p{Lu}[\p{L} .'’/-]{1,40}?(?:,\s*[\p{L} .]{1,20})?\s*\(([\p{L}-]{2,20})\)\s*[-–—]/u;

/**
 * The agency of a wire report on the agency's own page: the dateline credits it ("CITY (Agency) –") and the
 * page's first line or its copyright line names it too; else null.
 */
function wireOwnPage(units: readonly ClassifiedUnit[], firstGood: number): string | null {
  const lead = units[firstGood];
  if (!lead?.raw.includes('(')) return null;
  const agency = WIRE_DATELINE.exec(lead.raw.trim())?.[1];
  const name = agency ? NEWS_AGENCIES[agency.toLowerCase()] : undefined;
  if (!agency || !name) return null;
  const names = (t: string) => new RegExp(`(?:^|[\\s©|])${agency}(?:[\\s.,|]|$)`, 'iu').test(t);
  const first = units.find((u) => /\p{L}/u.test(u.text));
  const own =
    (first !== undefined && names(first.raw)) || units.some((u) => u.drop === 'copyright' && names(u.raw));
  return own ? name : null;
}
