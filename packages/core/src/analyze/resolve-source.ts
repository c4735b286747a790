import { COUNTRY_SERVICES, KNOWN_SOURCES, type KnownSource } from '../lexicon/de/outlets.js';
import type { SourceKind } from '../schema.js';
import { execAll } from '../text/exec-all.js';
import { codePointBefore } from '../text/is-letter-or-digit.js';
import { type AliasMatch, toDualAliasFinder } from '../text/to-dual-alias-finder.js';
import { wordBeforeSpaces } from '../text/word-before-spaces.js';
import { HEAD_ENDINGS } from './find-head-names.js';
import { ALL_SOURCE_CUES, SOURCE_CUE } from './find-source-cues.js';

/** A source found in a text: its name (canonical when known), kind and where it stands. */
export interface SourceHit {
  name: string;
  kind: SourceKind;
  full?: string;
  index: number;
  length: number;
  known: boolean;
}

const strongMap = new Map<string, KnownSource>();
const contextMap = new Map<string, KnownSource>();
for (const s of KNOWN_SOURCES) {
  for (const a of s.aliases) strongMap.set(a, s);
  for (const a of s.contextAliases ?? []) contextMap.set(a, s);
}
// common-word names never stand inside a hyphenated compound ("Welt-Institut"); unambiguous ones may ("AFP-Bericht").
// A trie walked in code from the word starts: the matches of the regex of all aliases, longest first, without
// running a regex of ~600 aliases over every sentence (found by the benchmark's profile). Both kinds are found
// in one scan of the text, and with them the words that end in a head ("…zeitung"), for findHeadNames.
const findAliases = toDualAliasFinder([...strongMap.keys()], [...contextMap.keys()], HEAD_ENDINGS);
const BY_NAME = new Map(KNOWN_SOURCES.map((s) => [s.name, s]));

// an attribution right before a name that is also a common word: "laut Stern", "wie die Welt"
const CONTEXT_BEFORE =
  /(?:\blaut|\bgegenüber|\bwie|\bAngaben|[Zz]eitung|[Mm]agazin|[Ss]ender|[Bb]latt|[Pp]ortal|[Ff]ernsehen|\bInterview mit|\bzitiert)\s+(?:(?:der|die|das|dem|des|den)\s+)?$/u;
// a reporting verb or a source marker right after: "Stern (Quelle) berichtet", "der Welt zufolge"
const CONTEXT_AFTER =
  /^\s*(?:\(Quelle\)\s*)?(?:,\s*)?(?:berichtet|berichtete|berichten|meldet|meldete|schreibt|schrieb|zitiert|zitierte|zufolge|enthüllte|veröffentlichte|erfuhr|recherchiert|\(Quelle\))/u;
const PLATFORM_BEFORE =
  /(?:\bauf|\bvia|\bbei|[Kk]urznachrichtendienst|[Pp]lattform|[Nn]etzwerk|[Oo]nlinedienst)\s+(?:(?:der|dem)\s+)?$/u;

// "@handle auf X: …": the label of an embedded post names where it was posted, no cited source
const EMBED_LABEL_BEFORE = /@[\p{L}\p{N}_.]+\s+(?:auf|on)\s+$/u;

const INTEL =
  /(?<![\p{L}])(US-|EU-)?(Militär|Auslands|Inlands)?-?([Gg]eheimdienst|[Nn]achrichtendienst)(\p{L}*)/gu;
const INTEL_PREFIX = 'US-Auslands-'.length;
const INTEL_SUFFIX =
  /^(?:|e|en|es|s|angaben|berichte|berichten|berichts|kreise|kreisen|informationen|quellen|chef|chefs)$/u;

function countryOf(word: string): (typeof COUNTRY_SERVICES)[number] | undefined {
  const w = word.toLowerCase();
  return COUNTRY_SERVICES.find(
    (c) =>
      w.startsWith(c.adjective) ||
      c.names.some((n) => word === n || word === `${n}s` || word === `${n}'` || word === `${n}’`),
  );
}

/** Finds intelligence services named by country and branch ("der südkoreanische Geheimdienst"). */
export function findIntelligenceHits(text: string): SourceHit[] {
  const out: SourceHit[] = [];
  // every match contains one of these literals: most texts are done without running the regex
  // (both end in "dienst": one scan answers for most texts)
  if (!text.includes('dienst')) return out;
  const a = text.indexOf('eheimdienst');
  const b = text.indexOf('achrichtendienst');
  if (a < 0 && b < 0) return out;
  // a match starts at most a prefix ("US-Auslands-") and a letter before the first of them
  let start = Math.max(0, (a < 0 ? b : b < 0 ? a : Math.min(a, b)) - 1 - INTEL_PREFIX);
  if (start > 0 && codePointBefore(text, start + 1) >= 0x10000) start--;
  for (const m of execAll(INTEL, text, start)) {
    if (!INTEL_SUFFIX.test(m[4] ?? '')) continue;
    const branch =
      m[2] === 'Militär'
        ? 'military'
        : m[2] === 'Auslands'
          ? 'foreign'
          : m[2] === 'Inlands'
            ? 'domestic'
            : 'any';
    const before = wordBeforeSpaces(text, m.index);
    const after =
      text.slice(m.index + m[0].length).match(/^\s+(?:der\s+|des\s+)?(\p{Lu}[\p{L}]+)/u)?.[1] ?? '';
    let country = m[1] === 'US-' ? COUNTRY_SERVICES.find((c) => c.adjective === 'us') : undefined;
    let adjective = m[1] === 'US-' ? 'US-' : '';
    if (!country && /isch(?:e|en|er|es|em)?$/u.test(before)) {
      country = countryOf(before);
      adjective = before.replace(/(?:e|en|er|es|em)$/u, '');
    }
    if (!country && /^\p{Lu}/u.test(before) && /s$/u.test(before)) country = countryOf(before);
    if (!country && after) country = countryOf(after);
    const service = country
      ? (country.services[branch] ?? (branch === 'any' ? undefined : country.services.any))
      : undefined;
    const known = service ? BY_NAME.get(service) : undefined;
    const start = adjective || (country && /^\p{Lu}/u.test(before)) ? m.index - before.length - 1 : m.index;
    if (known) {
      out.push({
        name: known.name,
        kind: 'intelligence',
        index: start,
        length: m.index + m[0].length - start,
        known: true,
        ...(known.full ? { full: known.full } : {}),
      });
    } else if (adjective && adjective !== 'US-') {
      const head = `${m[2] ?? ''}${m[2] ? 'geheimdienst' : 'Geheimdienst'}`;
      out.push({
        name: `${adjective}er ${head}`,
        kind: 'intelligence',
        index: start,
        length: m.index + m[0].length - start,
        known: false,
      });
    } else if (adjective === 'US-') {
      out.push({
        name: `US-${m[2] ?? ''}${m[2] ? 'geheimdienst' : 'Geheimdienst'}`,
        kind: 'intelligence',
        index: m.index,
        length: m[0].length,
        known: false,
      });
    }
  }
  return out;
}

const toHit = (s: KnownSource, index: number, length: number): SourceHit => ({
  name: s.name,
  kind: s.kind,
  index,
  length,
  known: true,
  ...(s.full ? { full: s.full } : {}),
});

/** Finds the known outlets, agencies, services and institutes a text names; common-word names only in an attribution. */
export function findKnownSources(text: string, attributed = false): SourceHit[] {
  const [strongHits, contextHits] = findAliases(text);
  return knownSourcesIn(text, strongHits, contextHits, attributed, true);
}

/**
 * The known sources a sentence names (findKnownSources) and where white space follows a word that ends in a
 * head (HEAD_ENDINGS, the `endAt` of findHeadNames): both from one scan of the sentence. `cues`: the
 * sentence's findSourceCues, when known (a sentence without "dienst" names no intelligence service).
 */
export function scanKnownSources(
  text: string,
  cues: number = ALL_SOURCE_CUES,
): { hits: SourceHit[]; headEnds: number[] } {
  const [strongHits, contextHits, headEnds] = findAliases(text);
  return {
    hits: knownSourcesIn(text, strongHits, contextHits, false, (cues & SOURCE_CUE.service) !== 0),
    headEnds,
  };
}

function knownSourcesIn(
  text: string,
  strongHits: readonly AliasMatch[],
  contextHits: readonly AliasMatch[],
  attributed: boolean,
  service: boolean,
): SourceHit[] {
  const out: SourceHit[] = [];
  for (const m of strongHits) {
    const s = strongMap.get(m.text);
    // "dem WESERTAL KURIER": an all-caps alias next to another all-caps word is part of a longer name
    if (s && /^\p{Lu}{2,}$/u.test(m.text) && !/^\p{Lu}{2,5}$/u.test(m.text)) {
      const prev = /(\p{Lu}{2,})\s+$/u.test(text.slice(Math.max(0, m.index - 40), m.index));
      const next = /^\s+\p{Lu}{2,}(?![\p{Ll}])/u.test(text.slice(m.index + m.text.length));
      if (prev || next) continue;
    }
    if (s) out.push(toHit(s, m.index, m.text.length));
  }
  for (const m of contextHits) {
    const s = contextMap.get(m.text);
    if (!s) continue;
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m.text.length);
    const ok =
      attributed ||
      (s.kind === 'platform'
        ? PLATFORM_BEFORE.test(before) && !EMBED_LABEL_BEFORE.test(before)
        : CONTEXT_BEFORE.test(before) || CONTEXT_AFTER.test(after));
    if (ok && !out.some((h) => m.index >= h.index && m.index < h.index + h.length))
      out.push(toHit(s, m.index, m.text.length));
  }
  for (const h of service ? findIntelligenceHits(text) : []) {
    if (!out.some((o) => o.index < h.index + h.length && h.index < o.index + o.length)) out.push(h);
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Maps a phrase naming a source ("des ukrainischen Militärgeheimdienstes") to its canonical name, if it names one. */
export function resolveSource(phrase: string, attributed = true): SourceHit | undefined {
  return findKnownSources(phrase, attributed)[0];
}

/** The known source with this exact canonical name. */
export function knownSourceByName(name: string): KnownSource | undefined {
  return BY_NAME.get(name);
}

/** The known source a whole name denotes ("Die Zeit" → ZEIT), ignoring a leading article; none for a longer phrase. */
export function resolveExact(name: string): KnownSource | undefined {
  const bare = name.trim().replace(/^(?:der|die|das|the)\s+/iu, '');
  return (
    strongMap.get(name.trim()) ?? contextMap.get(name.trim()) ?? strongMap.get(bare) ?? contextMap.get(bare)
  );
}
