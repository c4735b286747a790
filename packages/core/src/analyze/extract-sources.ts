import { QUOTED_SOURCE_BEFORE, SOURCE_HEADS } from '../lexicon/de/outlets.js';
import { PARTY_TAGS } from '../lexicon/de/parties.js';
import { EN_SPEECH_VERBS } from '../lexicon/en/reporting-verbs.js';
import type { SourceKind } from '../schema.js';
import { execAll, execAllAt } from '../text/exec-all.js';
import { codePointBefore } from '../text/is-letter-or-digit.js';
import { isSpaceCode } from '../text/is-space-code.js';
import type { SourceMention } from '../types.js';
import type { AnalysisInput } from './analysis-input.js';
import { dropPartNames } from './drop-part-names.js';
import { findAssociationBackSources } from './find-association-back-sources.js';
import { findAssociationSources } from './find-association-sources.js';
import { findCitedAcronymSources } from './find-cited-acronym-sources.js';
import { claimantInSentence } from './find-claimant.js';
import { findDocumentSources } from './find-document-sources.js';
import { findEnglishBodySources } from './find-english-body-sources.js';
import { findEnglishCitedSources } from './find-english-cited-sources.js';
import { findEnglishSources } from './find-english-sources.js';
import { findHeadNames } from './find-head-names.js';
import { findNamedOrgSources } from './find-named-org-sources.js';
import { findOfficeSources } from './find-office-sources.js';
import { ALL_SOURCE_CUES, EXPERT_NOUNS, findSourceCues, SOURCE_CUE } from './find-source-cues.js';
import { letterRunStart } from './letter-run-start.js';
import { resolveExact, resolveSource, scanKnownSources } from './resolve-source.js';
import { toNominativeTitle } from './to-nominative-title.js';

// "Ifo-Institut", "Robert-Koch-Institut", "Institut für Sicherheitspolitik"
const INSTITUTE =
  /(?<![\p{L}])((?:\p{Lu}[\p{L}]*-)+Institut)(?:es|s)?(?![\p{L}])|(?<![\p{L}-])((?:Institut|Institute|Center|Centre)\s+(?:für|for|of)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:und|and|of|for|the)?\s*\p{Lu}[\p{L}-]*){0,4})/gu;
// every INSTITUTE match holds one of these
const INSTITUTE_WORDS = ['Institut', 'Center', 'Centre'];
// "Full Name (ABBR)": the abbreviation names the same source
const PAIR_ABBR = /\(\p{Lu}{2,6}\)/u;
const PAIR = /((?:\p{Lu}[\p{L}-]*\s+(?:(?:for|of|the|and|on|für|der|des|de)\s+)*){1,7})\((\p{Lu}{2,6})\)/gu;
const LIST = /^(?:Quellen?|Sources?)\s*:\s*(.+)$/iu;
// a title in quotation marks, with the article before it: 'der „Lippischen Landes-Zeitung“', 'Die „Bild“'
const QUOTED_TITLE =
  /(?:(?<![\p{L}])(der|die|das|dem|des|den|Der|Die|Das|Dem|Des|Den)\s+)?(?:„([^„“”"]{2,50})[“”"]|»([^»«]{2,50})«)/gu;
// sticky: tried only where a cue word can start (see endsInQuoteCue)
const QUOTED_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${QUOTED_SOURCE_BEFORE.map((c) => c.replace(/ /g, '\\s+')).join('|')})\\s*$`,
  'iuy',
);
const MAX_CUE_WORDS = Math.max(...QUOTED_SOURCE_BEFORE.map((c) => c.split(' ').length));
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
const EXPERTS = EXPERT_NOUNS;
const EXPERTS_OF = new RegExp(
  `(?<![\\p{L}])(?:${EXPERTS.join('|')})\\s+des\\s+((?:\\p{Lu}\\p{Ll}+en\\s+){1,2})(Observatoriums|Instituts|Forschungszentrums|Zentrums)(?:\\s+(?:in|von)\\s+(\\p{Lu}\\p{Ll}+))?`,
  'gu',
);
const MONTH_OR_DAY =
  /^(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)$/u;

// capitalised words before an institute's name that are not part of it: articles, prepositions at a sentence start
const NOT_NAME_LEAD =
  /^(?:Der|Die|Das|Dem|Den|Des|Ein|Eine|Einem|Einer|Laut|Nach|Beim|Vom|Im|Am|Auch|Und|Wie|Zum|Zur|Mit|Für|Auf)$/u;

/**
 * Whether the text before a quoted title ends in a cue (QUOTED_BEFORE): a cue of n words starts at the n-th
 * last run of letters, so the sticky regex is tried at the last few words only instead of at every position
 * of the text before, as an unanchored regex ending in `$` is.
 */
function endsInQuoteCue(before: string): boolean {
  let e = before.length;
  for (let words = 0; words < MAX_CUE_WORDS; words++) {
    const spaces = e;
    while (e > 0 && isSpaceCode(before.charCodeAt(e - 1))) e--;
    // a cue's words stand apart by white space
    if (words > 0 && e === spaces) return false;
    const b = letterRunStart(before, e);
    if (b === e) return false;
    // the regex starts at the character before the cue (at the start of the text: `^`)
    QUOTED_BEFORE.lastIndex = b === 0 ? 0 : b - (codePointBefore(before, b) >= 0x10000 ? 2 : 1);
    if (QUOTED_BEFORE.test(before)) return true;
    e = b;
  }
  return false;
}

// Where a match of WIE_DAS_REPORTS can start first: at a "[Ww]ie" before white space, "das" and white space;
// -1 when the text holds none.
function wieDasStart(text: string): number {
  for (let i = text.indexOf('das'); i >= 0; i = text.indexOf('das', i + 1)) {
    if (i + 3 >= text.length || !isSpaceCode(text.charCodeAt(i + 3))) continue;
    let k = i;
    while (k > 0 && isSpaceCode(text.charCodeAt(k - 1))) k--;
    if (k === i || k < 3) continue;
    const w = text.charCodeAt(k - 3);
    if (text.charCodeAt(k - 1) === 0x65 && text.charCodeAt(k - 2) === 0x69 && (w === 0x57 || w === 0x77))
      return k - 3;
  }
  return -1;
}

// Where an INSTITUTE match can start at or after `from`: at the run of letters and hyphens that holds the
// first of its words from there ("Robert-Koch-Institut", "Institut für …"); -1 when none follows.
function instituteStart(text: string, from: number): number {
  let k = -1;
  for (const w of INSTITUTE_WORDS) {
    const i = text.indexOf(w, from);
    if (i >= 0 && (k < 0 || i < k)) k = i;
  }
  return k < 0 ? -1 : Math.max(from, letterRunStart(text, k, true));
}

// Where a QUOTED_TITLE match can start at or after `from`: at the first quotation mark from there, or at the
// start of the word and white space before it (the article); -1 when no mark follows.
function quotedTitleStart(text: string, from: number): number {
  const a = text.indexOf('„', from);
  const b = text.indexOf('»', from);
  const q = a < 0 ? b : b < 0 ? a : Math.min(a, b);
  if (q < 0) return -1;
  let k = q;
  while (k > 0 && isSpaceCode(text.charCodeAt(k - 1))) k--;
  return Math.max(from, k < q ? letterRunStart(text, k) : q);
}

// "für Küsten- und Eisforschung XIS" after a hyphenated institute's name: its fields and abbreviation
const FIELDS_ABBR =
  /^\s+für\s+(\p{Lu}\p{L}*-?(?:\s+(?:und|oder)\s+\p{Lu}[\p{L}-]*)*)\s+(\p{Lu}{2,6})(?![\p{L}\p{N}])/u;
// "Institut für Küsten- und Eisforschung XIS": an all-caps last word of the name is its abbreviation
const LAST_ABBR = /^(.+\S)\s+(\p{Lu}{2,6})$/u;

/**
 * The abbreviation written right after an institute's full name, with that name ("ABC-Institut für Küsten-
 * und Eisforschung XIS" → XIS); `hyphenated`: the match is a compound ("X-Institut") whose fields follow it.
 */
function instituteAbbreviation(
  name: string,
  after: string,
  hyphenated: boolean,
): { abbr: string; full: string } | undefined {
  if (hyphenated) {
    const f = after.includes('für') ? FIELDS_ABBR.exec(after) : null;
    return f ? { abbr: f[2]!, full: `${name} für ${f[1]}` } : undefined;
  }
  const l = LAST_ABBR.exec(name);
  return l && /\s(?:für|for|of)\s/u.test(l[1]!) ? { abbr: l[2]!, full: l[1]! } : undefined;
}

// whether the text from `a` to `b` is white space only, and not empty
const isSpacesBetween = (text: string, a: number, b: number) => a < b && /^\s+$/u.test(text.slice(a, b));

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

/**
 * Finds the sources one sentence cites: known names, "Zeitung X"-style phrases, institutes, abbreviation pairs.
 * `cues`: the sentence's findSourceCues, when known.
 */
export function findSources(
  text: string,
  cues: number = ALL_SOURCE_CUES,
): { name: string; kind?: SourceKind; fullName?: string }[] {
  const out: { name: string; kind?: SourceKind; fullName?: string }[] = [];
  const add = (name: string, kind?: SourceKind, fullName?: string) => {
    if (!out.some((o) => o.name === name))
      out.push({ name, ...(kind ? { kind } : {}), ...(fullName ? { fullName } : {}) });
  };
  const { hits, headEnds } = scanKnownSources(text, cues);
  for (const h of hits) add(h.name, h.kind, h.full);
  for (const m of findHeadNames(text, headEnds)) {
    const head = m[2]!.toLowerCase();
    // "BBC Radio Kent", "ORF Radio Tirol": a known broadcaster right before the head names one of its stations,
    // kept whole (the place alone is no source)
    const owner =
      !m[1] && m[5] ? hits.find((h) => isSpacesBetween(text, h.index + h.length, m.index)) : undefined;
    const ownerEntry = owner && out.find((o) => o.name === owner.name);
    if (ownerEntry) {
      ownerEntry.name = `${text.slice(owner.index, owner.index + owner.length)} ${m[2]} ${m[5]!.trim().replace(/[.,;:]+$/u, '')}`;
      delete ownerEntry.fullName;
      continue;
    }
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
  const quotedTitles = execAllAt(QUOTED_TITLE, text, (from) => quotedTitleStart(text, from));
  for (const m of quotedTitles) {
    const title = (m[2] ?? m[3] ?? '').trim();
    const words = title.split(/\s+/u);
    if (words.length > 5 || !/^\p{Lu}/u.test(title) || !words.every((w) => TITLE_WORD.test(w))) continue;
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    // "bestätigte ein Sprecher dem „X“": the outlet a statement was given to, in the dative
    const toldTo = /^de[mr]$/iu.test(m[1] ?? '') && TOLD_BEFORE.test(before);
    if (!endsInQuoteCue(before) && !QUOTED_REPORTS.test(after) && !toldTo) continue;
    const known = resolveExact(title);
    if (known) add(known.name, known.kind, known.full);
    else add(toNominativeTitle(title, m[1] ?? ''), 'outlet');
  }
  // "Wie das Fachblatt X berichtet": a neuter name as the subject of reporting, usually a publication
  const wieDas = wieDasStart(text);
  for (const m of wieDas < 0 ? [] : execAll(WIE_DAS_REPORTS, text, wieDas)) {
    const name = m[1]!.trim();
    const known = resolveExact(name);
    if (known) add(known.name, known.kind, known.full);
    else if (PUBLICATION_END.test(name)) add(name, 'outlet');
  }
  // "Meteorologen des Nationalen Observatoriums in Athen erwarten …": a neuter institution in the genitive
  const experts =
    (cues & SOURCE_CUE.experts) !== 0 && text.includes(' des ') && EXPERTS.some((e) => text.includes(e));
  for (const m of experts ? execAll(EXPERTS_OF, text) : []) {
    const adjectives = m[1]!
      .trim()
      .split(/\s+/u)
      .map((a) => a.replace(/en$/u, 'es'));
    const name = [...adjectives, m[2]!.replace(/s$/u, ''), m[3]].filter(Boolean).join(' ');
    const known = resolveExact(name);
    add(known?.name ?? name, known?.kind ?? 'institute', known?.full);
  }
  const accordingTo = (cues & SOURCE_CUE.accordingTo) !== 0 && text.includes('according to ');
  for (const m of accordingTo ? execAll(EN_DATA, text) : []) {
    const name = m[1]!.trim();
    const known = resolveExact(name);
    add(known?.name ?? name, known?.kind ?? 'other', known?.full);
  }
  for (const m of execAllAt(INSTITUTE, text, (from) => instituteStart(text, from))) {
    let name = (m[1] ?? m[2] ?? '').trim();
    // "Robert Koch-Institut": a capitalised first name before the hyphenated compound belongs to it
    const lead = m[1]
      ? /(\p{Lu}\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, m.index - 30), m.index))?.[1]
      : undefined;
    if (lead && !NOT_NAME_LEAD.test(lead)) name = `${lead} ${name}`;
    // "X-Institut für Küsten- und Eisforschung XIS": the fields and the abbreviation closing the name
    const abbr = instituteAbbreviation(name, text.slice(m.index + m[0].length), !!m[1]);
    if (abbr) {
      add(abbr.abbr, 'institute', abbr.full);
      continue;
    }
    const known = resolveExact(name) ?? resolveExact(name.replace(/^\S+\s+/u, ''));
    if (known) add(known.name, known.kind, known.full);
    else if (name && !/^Universität/u.test(name)) add(name, 'institute');
  }
  for (const m of text.includes('(') && PAIR_ABBR.test(text) ? execAll(PAIR, text) : []) {
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
  const sentenceCues: number[] = [];
  for (const s of input.sentences) {
    // one scan of the sentence tells which finders have something to look for
    const cues = findSourceCues(s.text);
    sentenceCues.push(cues);
    const found = findSources(s.text, cues);
    const sentence = [...found];
    // offices cited as claimants, journals and research firms in English: each once per sentence
    for (const f of [
      ...findOfficeSources(s.text, cues),
      ...findEnglishSources(s.text, cues),
      ...findNamedOrgSources(s.text, cues),
      ...findAssociationSources(s.text),
      ...findCitedAcronymSources(s.text),
      ...findEnglishBodySources(s.text),
      ...findEnglishCitedSources(s.text),
      ...findDocumentSources(s.text, cues, input.article.language ?? undefined),
    ])
      if (!sentence.some((o) => o.name === f.name || o.fullName === f.name)) sentence.push(f);
    for (const f of dropPartNames(sentence)) push(f);
  }
  const texts = input.sentences.map((s) => s.text);
  for (const f of findAbbreviatedSources(texts)) push(f);
  for (const f of findAssociationBackSources(texts, sentenceCues))
    if (!out.some((o) => o.name === f.name)) push(f);
  return out;
}

// a comma may part the listed fields of a name: "Landesamt für Wald, Jagd und Fischerei (LWJF)"
const ABBR_PAIR =
  /((?:\p{Lu}[\p{L}'’-]*,?\s+(?:(?:für|vom|von|der|des|und|zur|zum|for|of|the|and|on|de)\s+)*){1,7})\((\p{Lu}[\p{Lu}\p{Ll}]{1,5})\)/gu;

// "Landesamt für Bergbau, Energie und Geologie (LBEG)": commas part the fields of one name when the initials
// of all of them make the abbreviation; otherwise the name starts after the last comma ("Eva Kurz, Leiterin
// des Amts für Forst (AfF)"), as it did before a comma could stand in a name
function listedName(raw: string, abbr: string): string {
  const parts = raw.split(/,\s+/u);
  const letters = abbr.replace(/\p{Ll}/gu, '');
  for (let k = 0; k < parts.length - 1; k++) {
    const name = parts.slice(k).join(', ');
    if (initials(name.replace(/^(?:Der|Die|Das|Dem|Den|Des|The)\s+/u, '')) === letters) return name;
  }
  return parts[parts.length - 1]!;
}

// "Einsatzleiter X Y von der Alpinen Rettungsorganisation (ARO)": the part after "von der/vom/bei der"
const FROM_ORGANISATION =
  /^(.*\S)\s+(?:von\s+der|von\s+dem|vom|bei\s+der|beim|from\s+the|at\s+the)\s+(\p{Lu}.*)$/u;

/**
 * The organisation's own name in a pair the capitalised words before it ran into: "Einsatzleiter X Y von der
 * Alpinen Rettungsorganisation (ARO)" → "Alpinen Rettungsorganisation", when its initials open the abbreviation
 * and those of the whole run do not.
 */
function organisationAfterPerson(named: string, abbr: string): string {
  const m = named.includes(' ') ? FROM_ORGANISATION.exec(named) : null;
  if (!m) return named;
  const letters = abbr.replace(/\p{Ll}/gu, '');
  // ("Rettungsorganisation" may give two letters of the abbreviation: its initials open it)
  const tail = initials(m[2]!);
  return tail.length >= 2 && letters.startsWith(tail) && !letters.startsWith(initials(named)) ? m[2]! : named;
}

// an office or institute introduced with its abbreviation is a source wherever it stands: what it decides,
// grants or finds is its statement ("Das Bundesamt für Seefahrt (BfS) hatte die Genehmigung erteilt")
const PUBLIC_OFFICE =
  /^(?:\p{Lu}[\p{L}-]*(?:amt|behörde|anstalt|rechnungshof|institut)|Amt|Behörde|Anstalt|Rechnungshof|Institut)(?:e?s)?$/u;

// a cue of citation that ABBR_PAIR takes in as capitalised words before the name
// ("Erhebung des Verbands X (VX)": the pair match starts after a lower-case "Nach einer")
// ("Jahresbericht der Agentur X (AX)": a report, also a compound one, cites its author)
const CITED_LEAD =
  /^(?:(?:Nach|Laut)\s+)?(?:(?:Ein|Eine|Einem|Einer|Dem|Den)\s+)?(?:Angaben|Daten|Zahlen|Schätzungen|Berechnungen|Erhebung|Zählung|Umfrage|Studie|Auswertung|Analyse|Hochrechnung|Untersuchung|Befragung|Gutachten|Prognose|Statistik|Report|(?:\p{Lu}\p{Ll}+)?(?:Bericht|bericht)(?:e?s)?)\s+(?:des|der)\s+/u;
// "Figures from the Central Office (CO) show", "data published by the Agency (AX)": English cited numbers
const EN_CITED_BEFORE =
  /\b(?:[Ff]igures|[Dd]ata|[Ss]tatistics|[Nn]umbers|[Ee]stimates)\s+(?:(?:published|released|compiled)\s+by|from)\s+(?:the\s+)?$/u;
// "… (DKV). Nach deren Angaben …": the next sentence cites the organisation just named
const CITED_BACK =
  /^(?:Nach\s+(?:deren|dessen)\s+(?:Angaben|Daten|Zahlen|Schätzungen|Berechnungen)|(?:Deren|Dessen)\s+(?:Angaben|Daten|Zahlen|Schätzungen|Berechnungen)\s+zufolge)(?![\p{L}])/u;

// "(ABBR) said", "(ABBR) has confirmed": the organisation speaks right after it is introduced
function saidAfter(after: string): boolean {
  const w = /^\s+(?:(?:has|had|also)\s+)?(\p{Ll}+)/u.exec(after)?.[1];
  return w !== undefined && EN_SPEECH_VERBS.has(w);
}

/**
 * Organisations introduced as "Full Name (ABBR)" that act as sources: they state something themselves
 * ("Das Bundesamt für X (BX) hat nach eigenen Angaben …", "…, teilte die Agentur (AX) mit") or the article
 * cites them by the abbreviation ("nach BX-Angaben", "laut BX", "BX zufolge").
 */
export function findAbbreviatedSources(
  sentences: readonly string[],
): { name: string; kind?: SourceKind; fullName?: string }[] {
  const out: { name: string; kind?: SourceKind; fullName?: string }[] = [];
  // the whole text, joined only for a pair that gets as far as the test of its citations (most articles
  // have none)
  let all: string | null = null;
  for (const [i, text] of sentences.entries()) {
    // every match ends in a bracketed abbreviation
    for (const m of text.includes('(') ? execAll(ABBR_PAIR, text) : []) {
      const abbr = m[2]!;
      const named = organisationAfterPerson(
        listedName(m[1]!.trim(), abbr).replace(/^(?:Der|Die|Das|Dem|Den|Des|The)\s+/u, ''),
        abbr,
      );
      // "Nach Angaben des Euro-Asiatischen Zentrums (CEAZ)": the pair is cited where it is introduced
      const full = named.replace(CITED_LEAD, '');
      const after = text.slice(m.index + m[0].length);
      const next = sentences[i + 1] ?? '';
      const direct =
        full !== named ||
        saidAfter(after) ||
        CITED_BACK.test(next) ||
        EN_CITED_BEFORE.test(text.slice(0, m.index));
      // a foreign abbreviation need not share the initials of the German name when the pair itself is cited
      if (full === named && !initials(full).includes(abbr[0]!)) continue;
      if (out.some((o) => o.name === abbr)) continue;
      if (PARTY_TAGS.has(abbr.toLowerCase())) continue; // a party's spokesperson speaks, but no party is a cited source
      if (/^\p{Lu}\p{Ll}/u.test(abbr) && initials(full)[0] !== abbr[0]) continue;
      if (resolveSource(abbr) || resolveSource(full)) continue; // known names are found by findSources
      const esc = abbr.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      // the article's sentences joined only for an abbreviation that gets this far
      all ??= sentences.join(' ');
      const cited = new RegExp(
        `(?<![\\p{L}])(?:${esc}-(?:Angaben|Daten|Zahlen|Schätzungen|Berechnungen|Sprecher|Sprecherin|Chef|Chefin|Präsident|Präsidentin)|(?:laut|nach Angaben (?:des|der))\\s+(?:(?:des|der|dem)\\s+)?${esc}(?![\\p{L}])|${esc}\\s+zufolge)`,
        'u',
      ).test(all);
      const speaks = sentences.some((s) => s.includes(`(${abbr})`) && claimantInSentence(s) === abbr);
      const office = full.split(/\s+/u).some((w) => PUBLIC_OFFICE.test(w));
      if (cited || speaks || direct || office) out.push({ name: abbr, kind: 'institute', fullName: full });
    }
  }
  return out;
}
