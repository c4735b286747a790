import {
  type BoilerplateRule,
  DE_AD_END_LABELS,
  DE_AD_LABELS,
  DE_BOILERPLATE_LINES,
  DE_BOILERPLATE_PHRASES,
  DE_COMMENT_HEADINGS,
} from '../lexicon/de/boilerplate.js';
import { FIRST_NAMES } from '../lexicon/de/first-names.js';
import { NEWS_AGENCIES } from '../lexicon/de/news-agencies.js';
import {
  EN_AD_END_LABELS,
  EN_AD_LABELS,
  EN_BOILERPLATE_LINES,
  EN_BOILERPLATE_PHRASES,
  EN_COMMENT_HEADINGS,
} from '../lexicon/en/boilerplate.js';
import { isSpaceCode } from '../text/is-space-code.js';
import { memoizeString } from '../text/memoize-word.js';
import { collapseSpaces } from './collapse-spaces.js';
import { hasDateWithTime, isDateLine } from './find-stated-date.js';
import { findSummaryList } from './find-summary-list.js';
import {
  comparable,
  endsLikeSentence,
  isGoodScannedLine,
  isTextLike,
  type LineScans,
  scanLines,
  wordCount,
  wordsOf,
} from './line-features.js';
import { markContactBlocks } from './mark-contact-blocks.js';
import { normalizeText } from './normalize-text.js';
import { segmentLines } from './segment-lines.js';
import { toRulePrefilter } from './to-rule-prefilter.js';

/** What cleaning keeps and what it sets aside. */
export interface CleanResult {
  paragraphs: string[];
  /** sources named in credit lines and source lists, which leave the body */
  citedSources: string[];
  /** blocks dropped, with the reason, for debugging and the dossier's appendix */
  removed: { reason: string; text: string }[];
}

/** One line unit of a page with the verdict of the cleaner. */
export interface ClassifiedUnit {
  /** the tidied text (credit notes and link remnants removed) */
  text: string;
  /** the line as it stood in the page */
  raw: string;
  block: number;
  bullet: boolean;
  /** why the unit leaves the body, or null when it stays */
  drop: string | null;
  /** reads as article prose */
  good: boolean;
  /** items the line's gaps of three or more spaces split it into */
  cells: number;
  /** how many words `text` has (counted once, read by every rule) */
  words: number;
}

/** A page split into classified units, with the sources its credit lines and source lists name. */
export interface Classification {
  units: ClassifiedUnit[];
  citedSources: string[];
  /** index of the first unit of article prose, or -1 */
  firstGood: number;
}

const LINE_RULES: readonly BoilerplateRule[] = [...DE_BOILERPLATE_LINES, ...EN_BOILERPLATE_LINES];
const PHRASE_RULES: readonly BoilerplateRule[] = [...DE_BOILERPLATE_PHRASES, ...EN_BOILERPLATE_PHRASES];
// The other regexes the cleaner tries on a whole line (or a part of it): the prefilter tells for them too
// whether they may match, so a line of prose meets none of them. Their places in a prefilter's answer:
const G = LINE_RULES.length + PHRASE_RULES.length;
const G_COMMENT_DE = G;
const G_COMMENT_EN = G + 1;
const G_BIO_ROLE = G + 2;
const G_BIO_PRONOUN = G + 3;
const G_BIO_START = G + 4;
const G_BIO_THIRD = G + 5;
const G_AD_DE = G + 6;
const G_AD_EN = G + 7;
const G_AD_END_DE = G + 8;
const G_AD_END_EN = G + 9;
const G_CREDIT_TAIL = G + 10;
const G_BYLINE = G + 11;
const G_MATERIAL = G + 12;
const G_BYLINE_CREDIT = G + 13;
const G_COMMENT_SIGNAL = G + 14;
const GATED_COUNT = 15;
const ALL_RULES = new Uint8Array(G + GATED_COUNT).fill(1);
// which rules and gated regexes may match a line, from the literals each needs, found in one pass; built
// once enough lines came by to repay building it (a short run of a few pages keeps its start-up time)
let rulePrefilter: ((text: string) => Uint8Array) | null = null;
let linesBeforePrefilter = 300;
function mayMatchRule(text: string): Uint8Array {
  if (rulePrefilter === null) {
    if (--linesBeforePrefilter > 0) return ALL_RULES;
    rulePrefilter = toRulePrefilter([
      ...[...LINE_RULES, ...PHRASE_RULES].map((r) => r.pattern),
      DE_COMMENT_HEADINGS,
      EN_COMMENT_HEADINGS,
      BIO_ROLE,
      BIO_PRONOUN,
      BIO_START,
      BIO_THIRD,
      DE_AD_LABELS,
      EN_AD_LABELS,
      DE_AD_END_LABELS,
      EN_AD_END_LABELS,
      CREDIT_TAIL,
      BYLINE,
      MATERIAL_CREDIT,
      BYLINE_WITH_CREDIT,
      COMMENT_SIGNAL,
    ]);
  }
  return rulePrefilter(text);
}
// banners and forms are short; a long paragraph that mentions a cookie or a newsletter is article text
const MAX_PHRASE_WORDS = 45;

const SOURCE_LIST = /^(?:quellen?|quellenangaben?|sources?)\s*:\s*(.*)$/i;
const MATERIAL_CREDIT =
  /^(?:mit|unter verwendung von) (?:material|informationen|agenturmaterial|inhalten|angaben)(?: (?:von|der|des|aus))?(?: (?:nachrichtenagenturen?|agenturen?))?\s*:?\s*(.*?)\.?$/i;
const LINK_REMNANT =
  /\s*\((?:quelle|link|hier|mehr|extern|externer link|video|grafik|archiv|anzeige|werbung|pdf|source)\)/gi;
const NAMED_SOURCE = /\s*\((?:quelle|source)\s*:\s*([^()]{1,60})\)/gi;
const BULLET = /^[-–—•·*▪►‣◦]\s+/;
const PHOTO_CREDIT =
  /^(?:foto|fotos|bild|bilder|bildquelle|quelle bild|bildnachweis|fotograf(?:in)?|photo|image|credit)s?\s*:|picture[ -]alliance|\bimago\b|getty images|shutterstock|istock/i;
const CONNECTOR = /^(?:\+|mehr|▶|►|»|>|bild vergrößern|vergrößern|zoom|\+\s*\d+)$/i;
const BIO_START = /^(?:[Ii]ch bin|I am|I'm)\s+\p{Lu}/u;
const BIO_ROLE =
  /\b(?:autor(?:in)?|experte|expertin|schreibe|blogger(?:in)?|writer|author|editor|columnist|kolumnist(?:in)?|correspondent|reporter|journalist)\b|(?:redakteur|journalist|reporter|korrespondent|volont[äa]r)(?:in|innen|en)?\b|\b(?:schreibt|berichtet) (?:seit|für|über)\b/i;
// "Anna Berg ist Redakteurin im Ressort Politik.": a third-person bio opens with a name and its role
const BIO_THIRD =
  /^((?:(?:Dr|Prof)\.\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s+(?:ist|war|arbeitet (?:als|seit|für|bei)|schreibt (?:als|für)|leitet|is|was|works (?:as|for))\s+(?:[^.!?]{0,60}?)(?:(?:redakteur|journalist|reporter|korrespondent|volont[äa]r|autor|kolumnist|ressortleiter|chefredakteur)(?:in|innen|en)?|redaktion|ressort|correspondent|reporter|editor|journalist|columnist|writer)\b/iu;
// the second sentence of such a bio: "Sie berichtet seit 2019 aus Wien.", "She has covered retail since 2015."
const BIO_PRONOUN =
  /(?:^|[.!?]\s+)(?:Sie|Er|She|He)\s+(?:berichtet|schreibt|arbeitet|lebt|leitet|studierte|ist seit|volontierte|covers|writes|reports|has (?:covered|reported|written|worked)|joined|lives|previously)\b/u;
// "Anna Berg has covered …", "Anna Berg schreibt seit 2019 über …": a bio that says what the author covers
const BIO_COVERS =
  /^((?:(?:Dr|Prof)\.\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s+(?:has (?:covered|reported (?:on|from)|written (?:about|for))|covers|writes (?:about|for)|joined (?:the )?\p{Lu}|schreibt (?:seit|für|über)|berichtet (?:seit|für|über|aus))\b/u;
// a bio's own sentence goes on with the author's beat: "… ist Redakteur im Lokalen und schreibt über …"
const BIO_BEAT =
  /\b(?:und|and) (?:schreibt|berichtet|writes|reports|covers) (?:über|für|vor allem|aus|seit|about|on|for|since)\b|\bin der \p{L}*redaktion\b|\bim \p{L}*ressort\b/iu;
/** "Anna Berg, Hamburg": a name and a place under the headline (the name is group 1). */
export const NAME_PLACE =
  /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+(?:(?:von|van|de|der|zu)\s+)?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?),\s*\p{Lu}[\p{L}.-]+(?:\s*[/ ]\s*\p{Lu}?[\p{L}.-]+){0,2}$/u;
// "…, nach der Rückkehr am Sonntag. Bild: Agentur/Name": a photo credit at the end of a caption line
const CREDIT_TAIL =
  /(?:^|[.!?)]\s+|\s[-–—|]\s+|\s)\(?(?:foto|fotos|bild|bilder|bildquelle|photo|photograph|image|picture|credit)s?\s*:\s*([^:()]{2,80}?)\)?\.?$/iu;
const CONSENT_WORD = /privatsph[äa]re|datenschutz|cookie|einwilligung|zustimmung|privacy|consent|tracking/i;
// "–– Anzeige ––", ">> WERBUNG <<", "[Anzeige]": sites frame an ad's label with dashes, arrows or brackets
const DECORATION = new Set([...'-–—=*#~_>»<«|·•[](){}'].map((c) => c.charCodeAt(0)));
// an ad framed by a start and an end marker is never longer than this many lines
const MAX_FRAMED_AD = 25;
// Whether a line is a comment section's heading, with the prefilter's answer `may` for it.
function isCommentHeading(text: string, may: Uint8Array): boolean {
  return (
    (may[G_COMMENT_DE] === 1 && DE_COMMENT_HEADINGS.test(text)) ||
    (may[G_COMMENT_EN] === 1 && EN_COMMENT_HEADINGS.test(text))
  );
}
// what a comment section shows near its top: a form, a time stamp, a count
const COMMENT_SIGNAL =
  /\bvor (?:\d+|einer|einem|wenigen) (?:sekunden?|minuten?|stunden?|std\.?|tage?n?|wochen?|monaten?)\b|\b\d+ (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago\b|\b(?:kommentar|comment)\w* (?:schreiben|verfassen|absenden|abschicken|post|write|leave)|kommentarfunktion|(?:antworten|reply|melden|report)\s*$|\bschrieb am\b|^[\p{L}\p{N}_.-]{2,30}\s*[·|•]\s*\S/iu;
const NAME_LINE =
  /^\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:von|van|de|der|zu|del|da|al|el|bin)\s+)?\p{Lu}[\p{L}'’.-]+){1,3}$/u;
const BYLINE =
  /^(?:(?:[Ee]in(?:e)?\s+)?(?:[Aa]rtikel|[Bb]eitrag|[Tt]ext|[Bb]ericht|[Kk]ommentar|[Gg]astbeitrag|[Aa]nalyse|[Rr]eportage)\s+von|(?:[Aa]n|[Aa]) (?:article|report|story|column) by|[Vv]on|[Bb]y|Autor(?:in)?\s*:|Text\s*:|Von\s*:|Reporter(?:in)?\s*:|[Ww]ritten by|[Dd]as [Ii]nterview führte|[Ii]nterview\s*:|[Aa]ufgezeichnet von|[Pp]rotokoll\s*:)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}(?:\s*(?:,|und|and|&|\|)\s*[\p{L}'’., |&-]{0,60})?$/u;
const BYLINE_WITH_CREDIT =
  /^(.+?)[\s,;]+\(?((?:mit|unter verwendung von) (?:material|informationen|agenturmaterial|inhalten|angaben)\b[^()]*?)\)?\.?$/i;

/** Classifies every line unit of a page: prose, headline, boilerplate, credit, caption or repeat. */
export function classifyText(text: string): Classification {
  const cited: string[] = [];
  const segments = segmentLines(normalizeText(text));
  const tidied = segments.map((u) => tidyLine(u.text, cited));
  // one scan per line gives what the rules below read of it: words, function words, its repeat key
  const scans = scanLines(tidied);
  const units: ClassifiedUnit[] = segments.map((u, i) => {
    const tidy = tidied[i]!;
    return {
      text: tidy,
      raw: u.text,
      block: u.block,
      bullet: u.bullet,
      drop: null,
      good: isGoodScannedLine(tidy, scans, i),
      cells: u.cells,
      words: scans.words[i]!,
    };
  });
  // what each line may match, for all rules at once: a line of prose is then tried against few regexes
  const mays = tidied.map(mayMatchRule);
  const drop = (i: number, reason: string): void => {
    const u = units[i];
    if (u && u.drop === null) u.drop = reason;
  };

  units.forEach((u, i) => {
    const may = mays[i]!;
    const reason = lineReason(u.text, u.words, cited, may, scans.digits[i] === 1);
    if (reason) drop(i, reason);
    // "Politik   Wirtschaft   Sport": short items set apart by wide gaps are a menu
    else if (u.cells >= 3) drop(i, 'navigation');
    else if (
      units[i - 1]?.drop === 'author-box' &&
      // "Anna Berg ist Redakteurin …", or a bio that says what she covers: "She previously reported on …"
      ((may[G_BIO_ROLE] === 1 && BIO_ROLE.test(u.text)) ||
        (may[G_BIO_PRONOUN] === 1 && BIO_PRONOUN.test(u.text))) &&
      u.words <= 80
    ) {
      // the paragraph under "Über den Autor"
      drop(i, 'bio');
    } else if (
      may[G_BIO_START] === 1 &&
      may[G_BIO_ROLE] === 1 &&
      BIO_START.test(u.text) &&
      BIO_ROLE.test(u.text)
    ) {
      drop(i, 'bio');
      const first = /^(?:[Ii]ch bin|I am|I'm)\s+(\p{Lu}[\p{L}'’-]*)/u.exec(u.text)?.[1];
      const prev = units[i - 1];
      if (prev && first && NAME_LINE.test(prev.text) && prev.text.split(/\s+/)[0] === first)
        drop(i - 1, 'bio');
    }
  });

  markNamePlaceBylines(units);
  markSourceLists(units, cited, mays);
  markCreditedCaptions(units);
  markCaptionsAndRepeats(units, scans);
  markRelatedBlocks(units);
  markBlockFollowers(units, mays);
  markConsentBlocks(units);
  markThirdPersonBios(units, mays);
  markCommentSection(units, mays);
  markContactBlocks(units);

  const kept = units.map((u, i) => (u.drop === null ? i : -1)).filter((i) => i >= 0);
  const firstGood = kept.find((i) => units[i]!.good) ?? -1;
  const lastGood = [...kept].reverse().find((i) => units[i]!.good) ?? -1;
  if (firstGood >= 0) {
    // above the first paragraph of prose stand headline, kicker, dateline and page furniture; a key-facts
    // list under its heading ("Das Wichtigste in Kürze") is the article's own
    const facts = firstGood > 1 ? findSummaryList(units, firstGood) : [];
    for (let i = 0; i < firstGood; i++) if (!facts.includes(i)) drop(i, 'header');
    // below the last one: link lists, tags, buttons; a short closing sentence still stays
    for (let i = lastGood + 1; i < units.length; i++)
      if (!isTextLike(units[i]!.text, units[i]!.words)) drop(i, 'footer');
  }
  return { units, citedSources: dedupe(cited), firstGood };
}

/** Splits a normalized text into paragraphs and drops boilerplate, keeping each repeated line once. */
export function cleanBody(text: string, classification?: Classification): CleanResult {
  const { units, citedSources } = classification ?? classifyText(text);
  return {
    paragraphs: units.filter((u) => u.drop === null).map((u) => u.text),
    citedSources,
    removed: units
      .filter((u) => u.drop !== null && u.drop !== 'empty')
      .map((u) => ({ reason: u.drop!, text: u.raw })),
  };
}

// Why one line leaves the body on its own (furniture, credit, date, byline), or null.
// `may` is the prefilter's answer for the line; `digits` whether it holds an ASCII digit, as every date does.
function lineReason(
  text: string,
  words: number,
  cited: string[],
  may: Uint8Array,
  digits: boolean,
): string | null {
  // a line has a word exactly when it has a letter or digit
  if (!text || words === 0) return 'empty';
  // a unit's text is trimmed: it is the line boilerplateReason reads, with the same words
  const reason = lineBoilerplateReason(text, words, may);
  if (reason) return reason;
  // "(mit Material von dpa und Reuters)": the credit may stand in brackets
  // the word limits are checked first: most lines are prose, too long to be a credit or a byline
  // (the regexes below read the line or a part of it: a literal missing from the line is missing there)
  const material =
    words <= 15 && may[G_MATERIAL] === 1 ? MATERIAL_CREDIT.exec(text.replace(/^\((.*)\)\.?$/, '$1')) : null;
  if (material) {
    cited.push(...splitNames(material[1] ?? ''));
    return 'credit';
  }
  // "Von Anna Berg mit Material von dpa": a byline that carries the agencies' credit
  const credited = words <= 20 && may[G_BYLINE_CREDIT] === 1 ? BYLINE_WITH_CREDIT.exec(text) : null;
  if (credited && may[G_BYLINE] === 1 && BYLINE.test(credited[1]!)) {
    cited.push(...splitNames(MATERIAL_CREDIT.exec(credited[2]!)?.[1] ?? ''));
    return 'byline';
  }
  const meta = metaLineReason(text, words, cited);
  if (meta) return meta;
  if (digits && isDateLine(text)) return 'date';
  if (may[G_CREDIT_TAIL] === 1 && isCaptionWithCredit(text, words)) return 'caption';
  if (digits && words <= 12 && !endsLikeSentence(text, words) && hasDateWithTime(text)) return 'date';
  if (words <= 12 && may[G_BYLINE] === 1 && BYLINE.test(text)) return 'byline';
  return null;
}

// "Veröffentlicht am 3. Juli 2025 | Von X", "12. Juni 2025, 16:05 Uhr | Quelle: dpa/lsw": a short line whose
// parts are each a date, a byline, a source note or furniture is page furniture; its source note is cited.
function metaLineReason(text: string, words: number, cited: string[]): string | null {
  // a long line is never furniture here; without a separator the line is one part
  if (words > 20) return null;
  if (!text.includes('|') && !text.includes('•') && !text.includes('·')) return null;
  const parts = text.split(/\s+[|•·]\s+/);
  if (parts.length < 2) return null;
  const found: string[] = [];
  const reasons = parts.map((p) => {
    if (isDateLine(p) || (!endsLikeSentence(p) && hasDateWithTime(p))) return 'date';
    if (BYLINE.test(p)) return 'byline';
    const source = SOURCE_LIST.exec(p);
    if (source) {
      found.push(...splitCredit(source[1] ?? ''));
      return 'credit';
    }
    return boilerplateReason(p);
  });
  if (reasons.some((r) => r === null)) return null;
  cited.push(...found);
  return reasons.includes('byline') ? 'byline' : reasons.includes('date') ? 'date' : 'credit';
}

// "dpa/lsw", "AFP, Reuters": agency short forms joined by slashes, or a list of names.
function splitCredit(text: string): string[] {
  const agencies = creditNames(text);
  return agencies && agencies.length > 0 ? agencies : splitNames(text);
}

/** The reason a line is page furniture by the boilerplate lexicons, or null. */
export function boilerplateReason(line: string): string | null {
  const t = line.trim();
  const words = wordCount(t);
  return lineBoilerplateReason(t, words, mayMatchRule(t));
}

// boilerplateReason of a trimmed line whose words are counted, with the prefilter's answer `may` for it.
function lineBoilerplateReason(t: string, words: number, may: Uint8Array): string | null {
  // a rule whose literals are all missing from the line matches neither it nor a part of it
  for (let k = 0; k < LINE_RULES.length; k++)
    if (may[k] && LINE_RULES[k]!.pattern.test(t)) return LINE_RULES[k]!.reason;
  if (isCommentHeading(t, may)) return 'comments';
  // "Politik / Wirtschaft / Sport / Kultur": a menu with slashes between its items (its last item, the
  // line's end, has no closing punctuation: a line of prose is not split)
  const slashed =
    t.includes('/') && !CLOSING_PUNCTUATION.has(t.charCodeAt(t.length - 1)) ? t.split(/\s+\/\s+/) : [t];
  if (slashed.length >= 3 && slashed.every((p) => wordCount(p) <= 3 && !/[.!?:;,]$/.test(p))) {
    return 'navigation';
  }
  // "Artikel anhören • 4 Min", "Teilen | Drucken": every part is furniture
  const parts = t.includes('•') || t.includes('·') || t.includes('|') ? t.split(/\s+[•·|]\s+/) : [t];
  if (
    parts.length > 1 &&
    parts.every((p) => LINE_RULES.some((r, k) => may[k] && r.pattern.test(p)) || /^\d+\s*min\.?$/i.test(p))
  ) {
    return 'furniture';
  }
  // "Lokales | Politik | Sport | Abo", "Märkte · Unternehmen · Geldanlage": a menu of short section names
  if (parts.length >= 3 && parts.every((p) => wordCount(p) <= 3 && !/[.!?:;,]$/.test(p))) {
    return 'navigation';
  }
  if (words <= MAX_PHRASE_WORDS)
    for (let k = 0; k < PHRASE_RULES.length; k++) {
      const r = PHRASE_RULES[k]!;
      if (
        (r.maxWords === undefined || words <= r.maxWords) &&
        may[LINE_RULES.length + k] &&
        r.pattern.test(t)
      )
        return r.reason;
    }
  // "+++ Lesen Sie auch: … +++", ">> Newsletter <<": the rules read the line inside its frame (a part of the
  // line holds no literal the whole line lacks, so `may` holds for it)
  const c = t.charCodeAt(0);
  if (c === 43 /* + */ || c === 62 /* > */ || c === 187 /* » */) {
    const inner = FRAMED.exec(t)?.[1];
    if (inner && inner !== t) return lineBoilerplateReason(inner, wordCount(inner), may);
  }
  return null;
}

// a line framed by ticker or arrow marks at its start (and maybe its end); group 1 is what stands inside
const FRAMED = /^(?:\+{2,}|>{2,}|»+)\s*(.+?)\s*(?:\+{2,}|<{2,}|«+)?$/u;

// what a menu item never ends in (as /[.!?:;,]$/)
const CLOSING_PUNCTUATION = new Set([...'.!?:;,'].map((c) => c.charCodeAt(0)));

// "Text der Bildunterschrift. Foto: Agentur/Name": a short line that ends in a photo credit is a caption.
function isCaptionWithCredit(text: string, words: number): boolean {
  // the credit's colon is part of the pattern
  if (!text.includes(':') || words > 45) return false;
  const m = CREDIT_TAIL.exec(text);
  if (!m) return false;
  // the credit names an agency or a photographer: capitalised words, slashes, "&", no sentence of its own
  const credit = m[1]!.trim();
  const creditWords = wordsOf(credit);
  return (
    creditWords.length >= 1 &&
    creditWords.length <= 8 &&
    !/[.!?]\s/.test(credit) &&
    creditWords.every(
      (w) =>
        /^[\p{Lu}\p{N}(]/u.test(w) ||
        /^(?:von|van|de|der|den|la|le|and|und|via|for|für|by)$/i.test(w) ||
        /\//.test(w),
    )
  );
}

// "Anna Berg, Hamburg" under the headline is the byline: a known given name, or a date line right beside it.
function markNamePlaceBylines(units: ClassifiedUnit[]): void {
  units.forEach((u, i) => {
    if (u.drop !== null || u.words > 7) return;
    const m = NAME_PLACE.exec(u.text);
    if (!m) return;
    const given = m[1]!.split(/[\s-]/)[0]!.toLowerCase();
    const besideDate = [units[i - 1], units[i + 1]].some((v) => v?.drop === 'date');
    if (FIRST_NAMES.has(given) || besideDate) u.drop = 'byline';
  });
}

// An ad label or a paywall prompt governs its block: the short lines after it in the same block are the
// ad's copy or the prompt's buttons ("Anzeige" / "Jetzt wechseln und sparen …"), never the article.
function markBlockFollowers(units: ClassifiedUnit[], mays: readonly Uint8Array[]): void {
  // the texts do not change here: each unit's labels are read once (on the line without its decoration,
  // a part of it: the prefilter's answer for the line holds for it)
  const ends = units.map((v, i) => {
    const may = mays[i]!;
    if (may[G_AD_END_DE] !== 1 && may[G_AD_END_EN] !== 1) return false;
    const bare = stripDecoration(v.text);
    return (
      (may[G_AD_END_DE] === 1 && DE_AD_END_LABELS.test(bare)) ||
      (may[G_AD_END_EN] === 1 && EN_AD_END_LABELS.test(bare))
    );
  });
  units.forEach((u, i) => {
    if (ends[i]) {
      u.drop = 'ad';
      return;
    }
    const may = mays[i]!;
    const ad =
      (may[G_AD_DE] === 1 || may[G_AD_EN] === 1) &&
      ((may[G_AD_DE] === 1 && DE_AD_LABELS.test(stripDecoration(u.text))) ||
        (may[G_AD_EN] === 1 && EN_AD_LABELS.test(stripDecoration(u.text))));
    if (!ad && u.drop !== 'paywall') return;
    if (ad && u.drop === null) u.drop = 'ad';
    // "–– Anzeige –– … –– Anzeige Ende ––": all up to the end marker is the ad, blank lines or not
    const end = ad ? units.findIndex((_v, j) => j > i && j <= i + MAX_FRAMED_AD && ends[j]) : -1;
    if (end > i) {
      for (let j = i + 1; j <= end; j++) if (units[j]!.drop === null) units[j]!.drop = 'ad';
      return;
    }
    for (let j = i + 1, n = 0; j < units.length && n < 3; j++, n++) {
      const v = units[j]!;
      if (v.block !== u.block) break;
      const words = v.words;
      // a long paragraph of prose is the article going on in a page without blank lines
      if (words > 40 || (v.good && words >= 25)) break;
      if (v.drop === null) v.drop = ad ? 'ad' : 'paywall';
    }
  });
}

// A consent wall is one block: its heading and buttons beside a cookie line go with it
// ("We value your privacy" / "We and our partners …" / "Accept | Reject").
function markConsentBlocks(units: ClassifiedUnit[]): void {
  const isShort = (v: ClassifiedUnit) => v.words <= 8 && !endsLikeSentence(v.text, v.words);
  units.forEach((u, i) => {
    if (u.drop !== 'cookie') return;
    for (const step of [-1, 1]) {
      for (let j = i + step, block = u.block; j >= 0 && j < units.length; j += step) {
        const v = units[j]!;
        if (v.drop !== null && v.drop !== 'cookie' && v.drop !== 'navigation') break;
        // a heading set apart by a blank line goes too when it speaks of privacy or consent
        if (v.block !== block && !(isShort(v) && CONSENT_WORD.test(v.text))) break;
        block = v.block;
        if (v.drop === null) {
          if (!isShort(v)) break;
          v.drop = 'cookie';
        }
      }
    }
  });
}

// "Anna Berg ist Redakteurin im Ressort Politik. Sie berichtet seit 2019 …": the author's bio in the third
// person, when the name is the byline's or the bio goes on with what the author covers.
function markThirdPersonBios(units: ClassifiedUnit[], mays: readonly Uint8Array[]): void {
  const bylines = units.filter((u) => u.drop === 'byline').map((u) => u.text);
  const pronoun = (j: number) => mays[j]![G_BIO_PRONOUN] === 1 && BIO_PRONOUN.test(units[j]!.text);
  units.forEach((u, i) => {
    if (u.drop !== null || u.words > 70) return;
    const m = mays[i]![G_BIO_THIRD] === 1 ? BIO_THIRD.exec(u.text) : null;
    if (!m) {
      // "Tom Weller has covered the club since 2015.": the byline's name and what the author covers
      const covers = BIO_COVERS.exec(u.text);
      if (covers && bylines.some((b) => b.includes(covers[1]!))) u.drop = 'bio';
      return;
    }
    const next = units[i + 1];
    const goesOn =
      pronoun(i) ||
      BIO_BEAT.test(u.text) ||
      (next !== undefined && next.drop === null && next.block === u.block && pronoun(i + 1));
    if (!goesOn && !bylines.some((b) => b.includes(m[1]!))) return;
    u.drop = 'bio';
    if (next && next.drop === null && next.block === u.block && pronoun(i + 1)) next.drop = 'bio';
  });
}

// A comment section heading ("Kommentare (3)", "Comments") below the article ends it: what follows are
// readers' names, time stamps and posts. A heading counts when a comment form or time stamp follows it,
// or when less prose stands after it than before it (a share bar mid-article does not cut the article).
function markCommentSection(units: ClassifiedUnit[], mays: readonly Uint8Array[]): void {
  const goodWords = units.map((u) => (u.drop === null && u.good ? u.words : 0));
  const first = goodWords.findIndex((n) => n > 0);
  if (first < 0) return;
  for (let i = first + 1; i < units.length; i++) {
    const u = units[i]!;
    if (!isCommentHeading(u.text, mays[i]!)) continue;
    let signal = false;
    for (let j = i; j < i + 4 && j < units.length && !signal; j++)
      signal = mays[j]![G_COMMENT_SIGNAL] === 1 && COMMENT_SIGNAL.test(units[j]!.text);
    const before = goodWords.slice(0, i).reduce((a, b) => a + b, 0);
    const after = goodWords.slice(i + 1).reduce((a, b) => a + b, 0);
    if (!signal && after * 2 >= before) continue;
    for (let j = i; j < units.length; j++) if (units[j]!.drop === null) units[j]!.drop = 'comments';
    return;
  }
}

// Tidies one line until nothing changes, so that cleaning its own output changes nothing.
function tidyLine(text: string, cited: string[]): string {
  let s = text;
  for (let round = 0; round < 10; round++) {
    const before = s;
    // segmentLines hands over its units collapsed and trimmed: the first round has nothing to collapse
    if (round > 0) s = collapseSpaces(s).trim();
    s = s.replace(BULLET, '');
    // source notes, link remnants and credit notes all stand in brackets
    if (s.includes('(')) {
      // a named source note has its colon ("(Quelle: dpa)")
      if (s.includes(':'))
        s = s.replace(NAMED_SOURCE, (_m, name: string) => {
          cited.push(...splitNames(name));
          return '';
        });
      s = s.replace(LINK_REMNANT, '');
      s = stripCredits(s, cited);
    }
    s = s.trim();
    if (s === before) break;
  }
  return s;
}

// "(bme mit AFP)", "(dpa)", "(AFP/dpa)" at the end of a paragraph or in a dateline name agencies, not content.
function stripCredits(text: string, cited: string[]): string {
  let s = !endsInParenthesis(text)
    ? text
    : text.replace(/\s*\(([^()]{1,60})\)(?=[.!?]?["“”»]?$)/, (m, inner: string) => {
        const names = creditNames(inner);
        if (!names) return m;
        cited.push(...names);
        return '';
      });
  if (!mayBeDatelineCredit(s)) return s;
  s = s.replace(
    /^(\p{Lu}[\p{L}./ -]{1,40}?)\s*\(([^()]{1,40})\)(?=\s*[-–—:])/u,
    (m, place: string, inner: string) => {
      const names = creditNames(inner);
      if (!names || names.length === 0) return m;
      cited.push(...names);
      return place;
    },
  );
  return s;
}

// Whether a text ends in a ")", maybe followed by one of . ! ? and then one closing quote, as the credit
// note at the end must (read backwards instead of trying the regex at every "(" and space of the line).
function endsInParenthesis(text: string): boolean {
  let j = text.length;
  if (j > 0 && CLOSING_QUOTES.has(text.charCodeAt(j - 1))) j--;
  if (j > 0 && FINAL_MARKS.has(text.charCodeAt(j - 1))) j--;
  return j > 0 && text.charCodeAt(j - 1) === 0x29;
}

const CLOSING_QUOTES = new Set([...'"“”»'].map((c) => c.charCodeAt(0)));
const FINAL_MARKS = new Set([...'.!?'].map((c) => c.charCodeAt(0)));

// Whether the dateline credit regex of stripCredits may match: the place holds no bracket, so its "(" is
// the first one in the line, and the first ")" after it is followed by white space and a dash or colon.
export function mayBeDatelineCredit(text: string): boolean {
  const open = text.indexOf('(');
  if (open < 0) return false;
  let at = text.indexOf(')', open) + 1;
  if (at === 0) return false;
  while (at < text.length && isSpaceCode(text.charCodeAt(at))) at++;
  const c = text.charCodeAt(at);
  return c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x3a;
}

// The agencies a credit note names, or null when the parenthesis is not a credit note.
// the same notes ("dpa", "AFP/dpa") close article after article; callers only copy the names out
const creditNames: (inner: string) => string[] | null = memoizeString(
  (inner) => readCreditNames(inner),
  10_000,
);

function readCreditNames(inner: string): string[] | null {
  const tokens = inner
    .split(/\s*(?:\/|,|;|&|\+|\bmit\b|\bund\b|\bsowie\b|\bnach\b)\s*|\s+/i)
    .map((t) => t.replace(/\.$/, ''))
    .filter(Boolean);
  if (tokens.length === 0 || tokens.length > 6) return null;
  const agencies: string[] = [];
  let initials = 0;
  for (const t of tokens) {
    const agency = NEWS_AGENCIES[t.toLowerCase()];
    if (agency) agencies.push(agency);
    else if (/^[\p{Ll}]{2,4}$/u.test(t) || /^(?:red|agenturen)$/i.test(t)) initials++;
    else if (/^\p{Lu}{2,3}$/u.test(t) && tokens.length > 1) initials++;
    else return null;
  }
  if (agencies.length === 0 && (initials > 2 || !/^\p{Ll}{2,4}$/u.test(inner.trim()))) return null;
  return agencies;
}

// A line without the decoration at its ends (white space and DECORATION), as the replace of
// /^[…]+|[…]+$/g would give, reading only the ends.
function stripDecoration(text: string): string {
  const isDecoration = (c: number) => isSpaceCode(c) || DECORATION.has(c);
  let from = 0;
  while (from < text.length && isDecoration(text.charCodeAt(from))) from++;
  let to = text.length;
  while (to > from && isDecoration(text.charCodeAt(to - 1))) to--;
  return from === 0 && to === text.length ? text : text.slice(from, to);
}

// "Quellen:" followed by names, on its line or the lines below, leaves the body and feeds the sources.
function markSourceLists(units: ClassifiedUnit[], cited: string[], mays: readonly Uint8Array[]): void {
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const m = SOURCE_LIST.exec(u.raw.replace(BULLET, ''));
    if (!m || wordCount(m[1] ?? '') > 25) continue;
    u.drop = 'source-list';
    cited.push(...splitNames(m[1] ?? ''));
    let bulleted: boolean | null = null;
    for (let j = i + 1; j < units.length; j++) {
      const v = units[j]!;
      const listLike = v.bullet || /^[-–—•·*]/.test(v.raw);
      if (bulleted === null) bulleted = listLike;
      const continues = bulleted
        ? listLike
        : v.block === u.block || (m[1] === '' && v.block === units[i + 1]!.block);
      if (!continues || v.good || v.words > 25 || lineBoilerplateReason(v.text, v.words, mays[j]!)) break;
      v.drop = 'source-list';
      cited.push(...splitNames(v.raw));
    }
  }
}

// A photo credit ("Foto: dpa/…") and its caption stand together: the short line right above or below it in
// the same block, one sentence at most, is the caption.
function markCreditedCaptions(units: ClassifiedUnit[]): void {
  units.forEach((u, i) => {
    if (u.drop !== 'caption' || !PHOTO_CREDIT.test(u.text)) return;
    // a caption that carries its own credit at its end has no partner line
    if (
      !/^\(?(?:foto|fotos|bild|bilder|bildquelle|quelle bild|bildnachweis|photo|image|credit)s?\s*:/i.test(
        u.text,
      ) &&
      u.words > 8
    )
      return;
    for (const j of [i - 1, i + 1]) {
      const v = units[j];
      if (!v || v.drop !== null || v.block !== u.block) continue;
      const sentences = v.text.split(/(?<=[.!?])\s+(?=\p{Lu})/u).length;
      if (v.words <= 25 && sentences <= 1) v.drop = 'caption';
    }
  });
}

// Captions: "caption", "+", "caption, longer" all go; a line repeated inside a later one goes; repeats go.
// Keys are compared by the hashes of their words (scanLines); a match is confirmed on the key strings.
function markCaptionsAndRepeats(units: ClassifiedUnit[], scans: LineScans): void {
  const { keyWords, keyLength, keyHash, keyStart, wordHashes } = scans;
  const keys: (string | undefined)[] = [];
  const keyOf = (i: number): string => {
    let key = keys[i];
    if (key === undefined) {
      key = comparable(units[i]!.text);
      keys[i] = key;
    }
    return key;
  };
  for (let i = 0; i + 2 < units.length; i++) {
    if (!CONNECTOR.test(units[i + 1]!.text) || keyWords[i] === 0) continue;
    if (keyOf(i + 2).startsWith(keyOf(i))) {
      for (const j of [i, i + 1, i + 2]) if (units[j]!.drop === null) units[j]!.drop = 'caption';
    }
  }
  // the lines that may stand repeated inside a later one: kept, 4 to 40 words, not a duplicate (a line's
  // verdict below depends only on the lines before it, so these are known in advance)
  const candidate = new Uint8Array(units.length);
  // whether a line's key stood on an earlier line
  const seenBefore = new Uint8Array(units.length);
  // the earlier lines of each key hash, one line per distinct key
  const byHash = new Map<number, number[]>();
  let candidates = 0;
  for (let i = 0; i < units.length; i++) {
    const words = keyWords[i]!;
    if (words === 0) continue;
    const same = byHash.get(keyHash[i]!);
    let dup = false;
    if (same === undefined) byHash.set(keyHash[i]!, [i]);
    else {
      for (const j of same)
        if (keyLength[j] === keyLength[i] && keyOf(j) === keyOf(i)) {
          dup = true;
          break;
        }
      if (!dup) same.push(i);
    }
    seenBefore[i] = dup ? 1 : 0;
    if (units[i]!.drop === null && !dup && words >= 4 && words <= 40) {
      candidate[i] = 1;
      candidates++;
    }
  }
  // a page of few lines compares each candidate with the lines after it; a long one indexes the first
  // four words of the candidates, so a line is compared only with the lines that may contain it
  const grams =
    candidates * units.length <= MAX_DIRECT_COMPARISONS ? null : indexFirstGrams(scans, candidate);
  units.forEach((u, i) => {
    if (keyWords[i] === 0) return;
    // a unit's verdict changes below only at its own turn, after this check
    if (u.drop === null && seenBefore[i]) u.drop = 'duplicate';
    if (!candidate[i]) return;
    const later = grams ? (grams.get(gramAt(wordHashes, keyStart[i]!)) ?? []) : null;
    const n = later ? later.length : units.length;
    for (let k = later ? 0 : i + 1; k < n; k++) {
      const j = later ? later[k]! : k;
      if (
        j > i &&
        keyLength[j]! > keyLength[i]! &&
        holdsWords(scans, j, i) &&
        containsWords(keyOf(j), keyOf(i))
      ) {
        u.drop = 'repeat';
        return;
      }
    }
  });
}

// above this many line pairs, repeats are found through an index of the candidates' first four words
const MAX_DIRECT_COMPARISONS = 2500;

// A hash of the four word hashes from `at` on.
function gramAt(hashes: Int32Array, at: number): number {
  let g = FNV_OFFSET;
  for (let k = at; k < at + 4; k++) g = Math.imul(g ^ hashes[k]!, FNV_PRIME);
  return g;
}
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

// Which lines hold, at some word, the hash of the first four words of a candidate line (by gram hash).
function indexFirstGrams(scans: LineScans, candidate: Uint8Array): Map<number, number[]> {
  const { keyWords, keyStart, wordHashes } = scans;
  const firstGrams = new Set<number>();
  const firstOfGram = new Set<number>();
  candidate.forEach((c, i) => {
    if (!c) return;
    firstGrams.add(gramAt(wordHashes, keyStart[i]!));
    firstOfGram.add(wordHashes[keyStart[i]!]!);
  });
  const grams = new Map<number, number[]>();
  for (let j = 0; j < keyWords.length; j++) {
    const start = keyStart[j]!;
    for (let k = start, end = start + keyWords[j]! - 4; k <= end; k++) {
      if (!firstOfGram.has(wordHashes[k]!)) continue;
      const g = gramAt(wordHashes, k);
      if (!firstGrams.has(g)) continue;
      const list = grams.get(g);
      if (!list) grams.set(g, [j]);
      else if (list[list.length - 1] !== j) list.push(j);
    }
  }
  return grams;
}

// Whether line j's key words hold line i's key words in a row, by their hashes (a true answer is checked
// on the strings by the caller; a false one is final, equal words have equal hashes).
function holdsWords(scans: LineScans, j: number, i: number): boolean {
  const { keyWords, keyStart, wordHashes } = scans;
  const m = keyWords[i]!;
  const from = keyStart[i]!;
  const first = wordHashes[from]!;
  const start = keyStart[j]!;
  for (let p = start, end = start + keyWords[j]! - m; p <= end; p++) {
    if (wordHashes[p] !== first) continue;
    let q = 1;
    while (q < m && wordHashes[p + q] === wordHashes[from + q]) q++;
    if (q === m) return true;
  }
  return false;
}

// Whether `key` stands in `other` as whole words (as ` ${other} `.includes(` ${key} `), without building
// the padded copies.
function containsWords(other: string, key: string): boolean {
  for (let at = other.indexOf(key); at >= 0; at = other.indexOf(key, at + 1)) {
    const end = at + key.length;
    if ((at === 0 || other[at - 1] === ' ') && (end === other.length || other[end] === ' ')) return true;
  }
  return false;
}

// Below a "Lesen Sie auch" or "Mehr zum Thema" heading stand link titles until the prose goes on.
function markRelatedBlocks(units: ClassifiedUnit[]): void {
  let inBlock = false;
  for (const u of units) {
    if (u.drop === 'related') {
      inBlock = true;
      continue;
    }
    if (!inBlock) continue;
    if (u.good) inBlock = false;
    else if (u.drop === null) u.drop = 'related';
  }
}

// Names in a credit or source list: split on dashes, bullets, commas, "und"; URLs become their host.
function splitNames(text: string): string[] {
  return text
    .split(/\s+[-–—•·|]\s+|^[-–—•·*]\s*|\s*[,;]\s*|\s+(?:und|and|sowie)\s+/)
    .map((s) => (s ?? '').trim().replace(/[.:]$/, ''))
    .map((s) => {
      const host = /^(?:https?:\/\/)?(?:www\.)?([\w-]+(?:\.[\w-]+)+)(?:\/\S*)?$/i.exec(s);
      return host && /[./]/.test(s) && !/\s/.test(s) ? host[1]! : s;
    })
    .map((s) => NEWS_AGENCIES[s.toLowerCase()] ?? s)
    .filter((s) => s.length >= 2 && s.length <= 60 && /\p{L}/u.test(s) && !boilerplateReason(s));
}

function dedupe(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of names) {
    const k = n.toLowerCase();
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(n);
  }
  return out;
}
