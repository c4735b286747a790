import { DE_ABOUT_NAME_HEADING, DE_CONTACT_HEADING } from '../lexicon/de/contact-headings.js';
import { EN_ABOUT_NAME_HEADING, EN_CONTACT_HEADING } from '../lexicon/en/contact-headings.js';

/** The part of a classified unit this rule reads and writes. */
interface ContactUnit {
  text: string;
  drop: string | null;
  good: boolean;
}

// a contact block or an "Über uns" paragraph follows the release's text: a few paragraphs of it come first
const MIN_GOOD_BEFORE = 3;

/**
 * Drops a press release's tail, from a heading such as "Pressekontakt" or "Über uns" up to the page's next
 * furniture: the press officer's address, phone and e-mail, and the issuer's self-description with its numbers.
 */
export function markContactBlocks(units: ContactUnit[]): void {
  let good = 0;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.drop === null && u.good) good++;
    if (good < MIN_GOOD_BEFORE || !isContactHeading(u.text)) continue;
    // the block ends where the portal's own furniture (already dropped) starts again
    let end = i + 1;
    while (end < units.length && (units[end]!.drop === null || units[end]!.drop === 'empty')) end++;
    // a subheading "Über Nacht" inside a report is followed by more of the report: the block is the page's
    // last stretch of text, and "Über die Stadtwerke X" is followed by a paragraph that names them
    if (units.slice(end).some((v) => v.drop === null && v.good)) continue;
    if (!namedBelow(u.text, units.slice(i + 1, end))) continue;
    for (let j = i; j < end; j++) if (units[j]!.drop === null) units[j]!.drop = 'contact';
    i = end - 1;
  }
}

/** True when a short line is a press-contact or "about us" heading ("**Pressekontakt**", "Über uns:"). */
export function isContactHeading(text: string): boolean {
  if (text.length > 60) return false;
  const t = clean(text);
  if (t.length === 0 || /[.!?]$/.test(t)) return false;
  if (t.split(/\s+/).length > 6) return false;
  return [DE_CONTACT_HEADING, DE_ABOUT_NAME_HEADING, EN_CONTACT_HEADING, EN_ABOUT_NAME_HEADING].some((r) =>
    r.test(t),
  );
}

// A heading with a name ("Über die Stadtwerke Nordhafen") needs the name's last word in the next line of text;
// a fixed heading ("Pressekontakt", "Über uns") needs nothing more.
function namedBelow(heading: string, below: readonly ContactUnit[]): boolean {
  const t = clean(heading);
  if (!DE_ABOUT_NAME_HEADING.test(t) && !EN_ABOUT_NAME_HEADING.test(t)) return true;
  if (DE_CONTACT_HEADING.test(t) || EN_CONTACT_HEADING.test(t)) return true;
  const last = t.split(/\s+/).at(-1)!;
  const next = below.find((v) => v.drop !== 'empty');
  return next !== undefined && next.text.includes(last);
}

function clean(text: string): string {
  return text
    .replace(/^[#>\s]+/, '')
    .replace(/[*_]+/g, '')
    .replace(/\s*:\s*$/, '')
    .trim();
}
