import { QUOTED_SOURCE_BEFORE, SOURCE_HEADS } from '../lexicon/de/outlets.js';
import type { SourceKind } from '../schema.js';
import { execAll } from '../text/exec-all.js';
import { codePointBefore, isLetter } from '../text/is-letter-or-digit.js';
import type { SourceMention } from '../types.js';
import type { AnalysisInput } from './analysis-input.js';
import { claimantInSentence } from './find-claimant.js';
import { findKnownSources, resolveExact, resolveSource } from './resolve-source.js';
import { toNominativeTitle } from './to-nominative-title.js';

const HEADS = Object.keys(SOURCE_HEADS)
  .sort((a, b) => b.length - a.length)
  .map((h) => `[${h[0]!.toUpperCase()}${h[0]}]${h.slice(1).replace(/ /g, '\\s+')}`);
const NAME_WORD = "(?:The\\s+|Der\\s+|Die\\s+|Das\\s+|Le\\s+|La\\s+|El\\s+)?\\p{Lu}[\\p{L}\\p{N}.&'’-]*";
const CONNECT = '(?:\\s+(?:for|of|the|and|on|de|du|des|la|le|di|für|&))*\\s+';
// "die Zeitung „Kyiv Post“", "der Sender Channel 12", "die US-Denkfabrik Institute for the Study of War (ISW)"
const HEAD_NAME = new RegExp(
  `(?<![\\p{L}])([\\p{L}-]*?)(${HEADS.join('|')})\\s+(?:„([^“”"]{2,60})[“”"]|»([^«]{2,60})«|(${NAME_WORD}(?:${CONNECT}${NAME_WORD}){0,5}))(?:\\s+\\(([\\p{Lu}]{2,6})\\))?`,
  'gu',
);
// Every HEAD_NAME match contains the part of a head after its first letter. Tails that contain another are left
// out: the shorter one stands at most a tail's length further on (see headScanStart).
const HEAD_TAILS = [...new Set(Object.keys(SOURCE_HEADS).map((h) => h.slice(1).split(' ')[0] as string))];
const HEAD_TAIL = new RegExp(
  HEAD_TAILS.filter((t) => !HEAD_TAILS.some((u) => u !== t && t.includes(u))).join('|'),
  'u',
);
const MAX_TAIL = Math.max(...HEAD_TAILS.map((t) => t.length));

/**
 * Where the HEAD_NAME search can start without missing a match, or -1 when the text holds no head: a match
 * starts at the beginning of the run of letters and hyphens that runs into its head, and no head starts before
 * the first tail found minus a tail's length. Most sentences hold no head, and the regex is costly to run at
 * every word (its lazy prefix tries all heads at each letter).
 */
export function headScanStart(text: string): number {
  const first = HEAD_TAIL.exec(text)?.index;
  if (first === undefined) return -1;
  let b = Math.max(0, first - 1 - MAX_TAIL);
  // never inside a surrogate pair
  if (b > 0 && codePointBefore(text, b + 1) >= 0x10000) b--;
  for (let cp = codePointBefore(text, b); cp === 0x2d || isLetter(cp); cp = codePointBefore(text, b))
    b -= cp >= 0x10000 ? 2 : 1;
  return b;
}

// "Ifo-Institut", "Robert-Koch-Institut", "Institut für Sicherheitspolitik"
const INSTITUTE =
  /(?<![\p{L}])((?:\p{Lu}[\p{L}]*-)+Institut)(?:es|s)?(?![\p{L}])|(?<![\p{L}-])((?:Institut|Institute|Center|Centre)\s+(?:für|for|of)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:und|and|of|for|the)?\s*\p{Lu}[\p{L}-]*){0,4})/gu;
const INSTITUTE_WORD = /Institut|Center|Centre/u;
// "Full Name (ABBR)": the abbreviation names the same source
const PAIR_ABBR = /\(\p{Lu}{2,6}\)/u;
const PAIR = /((?:\p{Lu}[\p{L}-]*\s+(?:(?:for|of|the|and|on|für|der|des|de)\s+)*){1,7})\((\p{Lu}{2,6})\)/gu;
const LIST = /^(?:Quellen?|Sources?)\s*:\s*(.+)$/iu;
// a title in quotation marks, with the article before it: 'der „Lippischen Landes-Zeitung“', 'Die „Bild“'
const QUOTED_TITLE =
  /(?:(?<![\p{L}])(der|die|das|dem|des|den|Der|Die|Das|Dem|Des|Den)\s+)?(?:„([^„“”"]{2,50})[“”"]|»([^»«]{2,50})«)/gu;
const QUOTED_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${QUOTED_SOURCE_BEFORE.map((c) => c.replace(/ /g, '\\s+')).join('|')})\\s*$`,
  'iu',
);
// "„X“ berichtete", "„X“ hatte zuvor … berichtet", "„X“ titelte": the title is the subject of reporting
const QUOTED_REPORTS =
  /^\s*(?:berichtete|berichtet|berichten|berichteten|meldete|meldet|schreibt|schrieb|titelte|titelt|enthüllte|zitierte|zitiert|(?:hatte|hat|hatten|haben)\s+(?:[^\s,;:.]+\s+){0,14}?(?:berichtet|gemeldet|geschrieben|enthüllt|zitiert))(?![\p{L}])/u;
const TOLD_BEFORE =
  /(?:^|[^\p{L}])(?:sagte|sagten|sagt|erklärte|erklärten|bestätigte|bestätigten|versicherte|kündigte)\s+(?:[^\s,;:.]+\s+){0,5}$/iu;
const TITLE_WORD = /^(?:\p{Lu}[\p{L}\p{N}.'’&-]*|am|an|der|die|das|für|von|und|de|of|the)$/u;
// "according to LSEG data", "according to Eurostat figures": a data provider
const EN_DATA =
  /\baccording to (?:the\s+)?((?:\p{Lu}[\p{L}\p{N}&.-]*\s+){1,3})(?:data|figures|estimates|statistics|calculations|numbers)\b/gu;
const WIE_DAS_REPORTS =
  /(?<![\p{L}])[Ww]ie\s+das\s+(\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*){0,3})\s+(?:berichtet|berichtete|meldet|meldete|schreibt|schrieb)(?![\p{L}])/gu;
const PUBLICATION_END = /(?:blatt|magazin|journal|portal|netzwerk|[A-Z]{2,})$/u;
const EXPERTS_OF =
  /(?<![\p{L}])(?:Meteorologen|Forscher|Forschende|Wissenschaftler|Experten|Fachleute|Seismologen|Astronomen)\s+des\s+((?:\p{Lu}\p{Ll}+en\s+){1,2})(Observatoriums|Instituts|Forschungszentrums|Zentrums)(?:\s+(?:in|von)\s+(\p{Lu}\p{Ll}+))?/gu;
const MONTH_OR_DAY =
  /^(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)$/u;

// capitalised words before an institute's name that are not part of it: articles, prepositions at a sentence start
const NOT_NAME_LEAD =
  /^(?:Der|Die|Das|Dem|Den|Des|Ein|Eine|Einem|Einer|Laut|Nach|Beim|Vom|Im|Am|Auch|Und|Wie|Zum|Zur|Mit|Für|Auf)$/u;

const initials = (full: string) =>
  full
    .split(/[\s-]+/u)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');

function cleanName(raw: string): string | undefined {
  const name = raw.trim().replace(/[.,;:]+$/u, '');
  const words = name.split(/\s+/u);
  if (!name || words.some((w) => MONTH_OR_DAY.test(w))) return undefined;
  // a lone genitive is a country or owner, not a name: "die Zeitung Kubas"
  if (words.length === 1 && /s$/u.test(name) && !/^\p{Lu}+$/u.test(name)) return undefined;
  return name;
}

/** Finds the sources one sentence cites: known names, "Zeitung X"-style phrases, institutes, abbreviation pairs. */
export function findSources(text: string): { name: string; kind?: SourceKind; fullName?: string }[] {
  const out: { name: string; kind?: SourceKind; fullName?: string }[] = [];
  const add = (name: string, kind?: SourceKind, fullName?: string) => {
    if (!out.some((o) => o.name === name))
      out.push({ name, ...(kind ? { kind } : {}), ...(fullName ? { fullName } : {}) });
  };
  for (const h of findKnownSources(text)) add(h.name, h.kind, h.full);
  const headStart = headScanStart(text);
  for (const m of headStart < 0 ? [] : execAll(HEAD_NAME, text, headStart)) {
    const head = m[2]!.toLowerCase();
    // 'im Fachjournal „X“', 'das Sportportal „X“': before a quoted title any compound names the kind
    const quoted = m[3] ?? m[4];
    if (
      m[1] &&
      !quoted &&
      /\p{L}$/u.test(m[1]) &&
      !m[1].endsWith('-') &&
      !/^(?:nachrichten|presse|tages|wochen|sonntags|boulevard|forschungs|meinungs|meinungsforschungs|wirtschaftsforschungs|umfrage|marktforschungs|staats|fernseh|radio|online|kurznachrichten|rundfunk)$/iu.test(
        m[1],
      )
    )
      continue;
    if (/^\p{Ll}/u.test(m[2]!) && !m[1]) continue; // "die zeitung" never lower-case in a name
    const raw = m[3] ?? m[4] ?? m[5] ?? '';
    // "Radio Bremen", "Sender Freies Berlin": the head word may be part of a known name
    const known = resolveSource(raw) ?? resolveExact(`${m[2]} ${raw}`);
    if (known) {
      add(known.name, known.kind, known.full);
      continue;
    }
    const name = cleanName(raw);
    if (!name) continue;
    const abbr = m[6];
    add(abbr ?? name, SOURCE_HEADS[head], abbr ? name : undefined);
  }
  // the patterns below backtrack at every capitalised word; a literal each of them needs is checked first
  const quotedTitles = text.includes('„') || text.includes('»') ? execAll(QUOTED_TITLE, text) : [];
  for (const m of quotedTitles) {
    const title = (m[2] ?? m[3] ?? '').trim();
    const words = title.split(/\s+/u);
    if (words.length > 5 || !/^\p{Lu}/u.test(title) || !words.every((w) => TITLE_WORD.test(w))) continue;
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    // "bestätigte ein Sprecher dem „X“": the outlet a statement was given to, in the dative
    const toldTo = /^de[mr]$/iu.test(m[1] ?? '') && TOLD_BEFORE.test(before);
    if (!QUOTED_BEFORE.test(before) && !QUOTED_REPORTS.test(after) && !toldTo) continue;
    const known = resolveExact(title);
    if (known) add(known.name, known.kind, known.full);
    else add(toNominativeTitle(title, m[1] ?? ''), 'outlet');
  }
  // "Wie das Fachblatt X berichtet": a neuter name as the subject of reporting, usually a publication
  for (const m of text.includes('das') && text.includes('ie') ? execAll(WIE_DAS_REPORTS, text) : []) {
    const name = m[1]!.trim();
    const known = resolveExact(name);
    if (known) add(known.name, known.kind, known.full);
    else if (PUBLICATION_END.test(name)) add(name, 'outlet');
  }
  // "Meteorologen des Nationalen Observatoriums in Athen erwarten …": a neuter institution in the genitive
  for (const m of text.includes(' des ') ? execAll(EXPERTS_OF, text) : []) {
    const adjectives = m[1]!
      .trim()
      .split(/\s+/u)
      .map((a) => a.replace(/en$/u, 'es'));
    const name = [...adjectives, m[2]!.replace(/s$/u, ''), m[3]].filter(Boolean).join(' ');
    const known = resolveExact(name);
    add(known?.name ?? name, known?.kind ?? 'institute', known?.full);
  }
  for (const m of text.includes('according to ') ? execAll(EN_DATA, text) : []) {
    const name = m[1]!.trim();
    const known = resolveExact(name);
    add(known?.name ?? name, known?.kind ?? 'other', known?.full);
  }
  for (const m of INSTITUTE_WORD.test(text) ? execAll(INSTITUTE, text) : []) {
    let name = (m[1] ?? m[2] ?? '').trim();
    // "Robert Koch-Institut": a capitalised first name before the hyphenated compound belongs to it
    const lead = m[1]
      ? /(\p{Lu}\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, m.index - 30), m.index))?.[1]
      : undefined;
    if (lead && !NOT_NAME_LEAD.test(lead)) name = `${lead} ${name}`;
    const known = resolveExact(name) ?? resolveExact(name.replace(/^\S+\s+/u, ''));
    if (known) add(known.name, known.kind, known.full);
    else if (name && !/^Universität/u.test(name)) add(name, 'institute');
  }
  for (const m of PAIR_ABBR.test(text) ? execAll(PAIR, text) : []) {
    const full = m[1]!.trim();
    const abbr = m[2]!;
    if (initials(full).endsWith(abbr) || initials(full).includes(abbr)) {
      const known = resolveSource(abbr) ?? resolveSource(full);
      const existing = out.find((o) => o.name === abbr || o.name === full || full.endsWith(o.name));
      if (known) add(known.name, known.kind, known.full);
      else if (existing) {
        existing.fullName = full.slice(Math.max(0, full.indexOf(existing.name)));
        existing.name = abbr;
      }
    }
  }
  return out;
}

/** Resolves a name from a credit line or source list ("ZEIT ONLINE", "Spiegel Online", "AFP"). */
function fromList(raw: string): { name: string; kind?: SourceKind; fullName?: string } | undefined {
  const name = raw
    .trim()
    .replace(/^[-–•*]\s*/u, '')
    .replace(/[.;]+$/u, '');
  if (!name) return undefined;
  const known = resolveSource(name);
  if (known) return { name: known.name, kind: known.kind, ...(known.full ? { fullName: known.full } : {}) };
  // author initials in a credit line ("bme mit AFP") are no source
  if (/^\p{Ll}{2,4}$/u.test(name) || name.length > 60 || !/\p{L}/u.test(name)) return undefined;
  return { name };
}

/** Finds the outlets, agencies, services and institutes an article cites, one mention per citation. */
export function extractSources(input: AnalysisInput): SourceMention[] {
  const article = input.article.id;
  const out: SourceMention[] = [];
  const push = (s: { name: string; kind?: SourceKind; fullName?: string } | undefined) => {
    if (s)
      out.push({
        article,
        name: s.name,
        ...(s.kind ? { kind: s.kind } : {}),
        ...(s.fullName ? { fullName: s.fullName } : {}),
      });
  };
  for (const c of input.citedSources) push(fromList(c));
  for (const p of input.paragraphs) {
    const list = p.match(LIST);
    if (list) for (const item of list[1]!.split(/\s+[-–•]\s+|[,;]\s*/u)) push(fromList(item));
  }
  for (const s of input.sentences) for (const f of findSources(s.text)) push(f);
  for (const f of findAbbreviatedSources(input.sentences.map((s) => s.text))) push(f);
  return out;
}

const ABBR_PAIR =
  /((?:\p{Lu}[\p{L}-]*\s+(?:(?:für|vom|von|der|des|und|zur|zum|for|of|the|and|on|de)\s+)*){1,7})\((\p{Lu}[\p{Lu}\p{Ll}]{1,5})\)/gu;

/**
 * Organisations introduced as "Full Name (ABBR)" that act as sources: they state something themselves
 * ("Das Bundesamt für X (BX) hat nach eigenen Angaben …", "…, teilte die Agentur (AX) mit") or the article
 * cites them by the abbreviation ("nach BX-Angaben", "laut BX", "BX zufolge").
 */
export function findAbbreviatedSources(
  sentences: readonly string[],
): { name: string; kind?: SourceKind; fullName?: string }[] {
  const out: { name: string; kind?: SourceKind; fullName?: string }[] = [];
  const all = sentences.join(' ');
  for (const text of sentences) {
    // every match ends in a bracketed abbreviation
    for (const m of text.includes('(') ? execAll(ABBR_PAIR, text) : []) {
      const abbr = m[2]!;
      const full = m[1]!.trim().replace(/^(?:Der|Die|Das|Dem|Den|Des)\s+/u, '');
      if (!initials(full).includes(abbr[0]!) || out.some((o) => o.name === abbr)) continue;
      if (/^\p{Lu}\p{Ll}/u.test(abbr) && initials(full)[0] !== abbr[0]) continue;
      if (resolveSource(abbr) || resolveSource(full)) continue; // known names are found by findSources
      const esc = abbr.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const cited = new RegExp(
        `(?<![\\p{L}])(?:${esc}-(?:Angaben|Daten|Zahlen|Schätzungen|Berechnungen)|(?:laut|nach Angaben (?:des|der))\\s+(?:(?:des|der|dem)\\s+)?${esc}(?![\\p{L}])|${esc}\\s+zufolge)`,
        'u',
      ).test(all);
      const speaks = sentences.some((s) => s.includes(`(${abbr})`) && claimantInSentence(s) === abbr);
      if (cited || speaks) out.push({ name: abbr, kind: 'institute', fullName: full });
    }
  }
  return out;
}
