import { FUNCTION_WORDS } from '../lexicon/de/name-stopwords.js';
import {
  CONTINUING_SUBJUNCTIVE_FORMS,
  INFINITIVE_SPEECH_VERBS,
  NOT_SUBJUNCTIVE_E,
  REPORTING_VERBS,
  SUBJUNCTIVE_FORMS,
  SUBSTITUTE_SUBJUNCTIVE_FORMS,
} from '../lexicon/de/reporting-verbs.js';
import type { Quote } from '../schema.js';
import { isSpaceCode } from '../text/is-space-code.js';
import type { AnalysisInput } from './analysis-input.js';
import { buildPersonIndex, type PersonIndex } from './build-person-index.js';
import { countWords } from './count-words.js';
import { dashAttribution } from './dash-attribution.js';
import { companyFor, findCompanies, isCompanyNoun } from './find-companies.js';
import { findInterviewAnswers } from './find-interview-answers.js';
import { type Token, tokenize } from './find-names.js';
import { maskQuotes, type QuoteSpan, sentenceRanges } from './find-quote-spans.js';
import { frontedPhraseEnd } from './fronted-phrase-end.js';
import { invertedVerbSpeaker } from './inverted-verb-speaker.js';
import { isParenthesisedLabel } from './is-parenthesised-label.js';
import { endsWithWordChar, lastWordBefore } from './last-word-before.js';
import { nextSentenceSpeaker } from './next-sentence-speaker.js';
import { openQuoteParagraph } from './open-quote-paragraph.js';
import {
  type Attribution,
  findAttributions,
  parseSpeakerAt,
  resolveSpeaker,
  sentenceSubject,
} from './resolve-speaker.js';
import { findAttributionsEn } from './resolve-speaker-en.js';
import { subjectPronoun } from './subject-pronoun.js';
import { hasSubjunctiveTwo, isStrongSubjunctiveTwo } from './subjunctive-two.js';
import { type MaskedParagraph, type MaskedSentence, toMaskedParagraphs } from './to-masked-paragraphs.js';
import { clausePunctRange, endsWithColon } from './trim-clause-punct.js';
import { namedSince, pronounMeansUnnamed, toUnnamedSpeaker, type UnnamedSpeaker } from './unnamed-speaker.js';

/** Words before quotation marks that show the marks name something rather than quote someone. */
const NAMING_WORDS = new Set([
  'schaltfläche',
  'button',
  'knopf',
  'link',
  'titel',
  'buch',
  'film',
  'serie',
  'sendung',
  'zeitung',
  'magazin',
  'operation',
  'projekt',
  'programm',
  'slogan',
  'motto',
  'begriff',
  'wort',
  'kampagne',
  'aktion',
  'einheit',
  'hashtag',
  'app',
  'song',
  'album',
  'roman',
  'rubrik',
  'spitzname',
  'namens',
  'genannt',
  'genannte',
  'genannten',
  'sogenannte',
  'sogenannten',
  'bezeichnung',
  'marke',
  'schiff',
  'mission',
  'plattform',
  'podcast',
  'kolumne',
  // groups are named in quotation marks: die Initiative „Rettet den Park“, der Verein „Hand in Hand“
  'initiative',
  'verein',
  'bündnis',
  'komitee',
  // English: a group "calling itself "X"", a plan "codenamed "X""
  'itself',
  'themselves',
  'named',
  'codenamed',
  'titled',
  'entitled',
  'so-called',
]);

/** Ends of compound nouns before quotation marks that name a publication or work. */
const NAMING_SUFFIXES = [
  'journal',
  'zeitung',
  'zeitschrift',
  'magazin',
  'film',
  'serie',
  'sendung',
  'buch',
  'studie',
  'titel',
  'programm',
  'projekt',
  'kampagne',
  'app',
  'podcast',
  // "Bürgerinitiative", "Förderverein", "Aktionsbündnis", "Initiativkomitee"
  'initiative',
  'verein',
  'bündnis',
  'komitee',
];

// the listed Konjunktiv I forms and their Konjunktiv II substitutes, looked up at once
const ANY_SUBJUNCTIVE_FORMS: ReadonlySet<string> = new Set([
  ...SUBJUNCTIVE_FORMS,
  ...SUBSTITUTE_SUBJUNCTIVE_FORMS,
]);

const SUBJECT_PRONOUNS = new Set(['er', 'sie', 'es', 'man']);
// "Ich gehe", "Wir warte…": first-person verbs in "-e" are indicative
const FIRST_PERSON = new Set(['ich', 'wir', 'du', 'ihr']);
const isEVerb = (t: Token | undefined) =>
  !!t &&
  // cheap test first: only words of four letters or more ending in "e" can match
  t.text.length >= 4 &&
  t.text.charCodeAt(t.text.length - 1) === 101 &&
  /^[a-zäöüß]{3,}e$/u.test(t.text) &&
  // "sie kaufte", "er arbeitete": the preterite ends in "-te" too ("er arbeite", "sie warte" are Konjunktiv)
  !/(?:[^t]te|tete)$/u.test(t.lower) &&
  !FUNCTION_WORDS.has(t.lower) &&
  !NOT_SUBJUNCTIVE_E.has(t.lower) &&
  !REPORTING_VERBS.has(t.lower);

// "Jeder Tag mehr koste …": a sentence that opens with a quantifier and its noun
const QUANTIFIER_OPENING = /^(?:Jeder|Jede|Jedes|Kein|Keine|Dieser|Diese|Dieses)$/u;
const GRADING_PARTICLE = /^(?:mehr|weniger|allein|alleine|selbst)$/u;

/**
 * True when a clause has a Konjunktiv I verb: a listed form, a Konjunktiv II substitute, or a verb in "-e"
 * right after a subject pronoun or a fronted "der/die/das Noun" ("sie verschiebe", "man prüfe",
 * "der Konzern rechne"), the 3rd person form that differs from the indicative "-t".
 */
export function hasSubjunctive(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (ANY_SUBJUNCTIVE_FORMS.has(t.lower)) return true;
    // "Bund und Land übertrügen …": a strong Konjunktiv II no indicative shares
    if (isStrongSubjunctiveTwo(t.text)) return true;
    // "Jeder Tag mehr koste …", "Kein Betrieb allein schaffe …": a quantifier, its noun and one grading
    // particle before the verb (indicative "kostet"; the particle rules out the preterite "Jeder Gast reiste")
    if (
      i === 3 &&
      GRADING_PARTICLE.test(tokens[2]?.lower ?? '') &&
      QUANTIFIER_OPENING.test(tokens[0]?.text ?? '') &&
      /^\p{Lu}\p{Ll}+$/u.test(tokens[1]?.text ?? '') &&
      /^[a-zäöüß]{3,}e$/u.test(t.text) &&
      !/tete$/u.test(t.lower) &&
      !FUNCTION_WORDS.has(t.lower)
    )
      return true;
    if (!isEVerb(t)) return false;
    const prev = tokens[i - 1];
    if (prev && SUBJECT_PRONOUNS.has(prev.lower)) return true;
    // "Schon jetzt rechne er …", "Ohne die Piste verliere der Flugplatz …": the subject after the verb, as
    // after a fronted phrase (the indicative would be "rechnet er", "verliert der")
    if (i > 0 && invertedSubjectAt(tokens, i + 1)) return true;
    const det = tokens[i - 2];
    // "Kiew übertreibe …": a sentence opening with a name or noun and a verb in "-e"
    if (
      i === 1 &&
      prev &&
      /^\p{Lu}\p{Ll}+$/u.test(prev.text) &&
      !FIRST_PERSON.has(prev.lower) &&
      !FUNCTION_WORDS.has(prev.lower)
    )
      return true;
    // "Der größte Teil entfalle …": an adjective between the article and the noun (an umlaut, as in
    // "wäre", "hätte", marks a Konjunktiv II, which narration uses too)
    if (i === 3 && /^(?:der|die|das)$/i.test(tokens[0]?.text ?? '') && /^\p{Ll}+e$/u.test(det?.text ?? ''))
      return !!prev && /^\p{Lu}\p{Ll}+$/u.test(prev.text) && !/[äöü]/.test(t.lower);
    // "Die Fertigung von Getrieben lohne sich …": a noun with its complement before the verb
    if (i > 3 && i === frontedPhraseEnd(tokens) && !/[äöü]/.test(t.lower)) return true;
    return (
      i === 2 && !!det && /^(?:der|die|das)$/i.test(det.text) && !!prev && /^\p{Lu}\p{Ll}+$/u.test(prev.text)
    );
  });
}

/** True when a subject pronoun ("er", "man") or an article and a capitalised noun stands at token `k`. */
function invertedSubjectAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (SUBJECT_PRONOUNS.has(t.lower) && t.lower !== 'sie') return true;
  return /^(?:der|das)$/u.test(t.text) && /^\p{Lu}\p{Ll}+$/u.test(tokens[k + 1]?.text ?? '');
}

/** True for an infinitive clause ("… zu haben", "… einzustellen"): the content of "warf vor", "kündigte an". */
const isInfinitiveClause = (tokens: readonly Token[]) => {
  const words = tokens.filter((t) => t.word);
  const last = words[words.length - 1];
  const before = words[words.length - 2];
  return (
    !!last &&
    /en$|ern$|eln$/.test(last.lower) &&
    (before?.lower === 'zu' ||
      /^(?:ab|an|auf|aus|ein|mit|nach|vor|zurück|weiter|fest|her|hin)zu\p{Ll}+en$/u.test(last.lower))
  );
};

/** A resolved attribution of one sentence. */
interface Said extends Attribution {
  who: string | null;
  role: string | null;
}

/** One sentence of a paragraph, with its attributions. */
interface SentenceInfo {
  start: number;
  end: number;
  text: string;
  masked: string;
  tokens: Token[];
  said: Said[];
  /** hasSubjunctive(tokens), once asked */
  subjunctive?: boolean;
}

/** Whether a sentence has a Konjunktiv I verb, worked out once per sentence. */
function sentenceSubjunctive(s: SentenceInfo): boolean {
  s.subjunctive ??= hasSubjunctive(s.tokens);
  return s.subjunctive;
}

const GLUED_AFTER = /^-\p{L}/u;

const wordCount = countWords;

const TITLE_BEFORE =
  /(?:\b[Ll]aut|\b[Nn]ach\s+(?:Informationen|Angaben|Recherchen)|\b[Ww]ie|\b(?:berichtete|berichtet|meldete|meldet|schreibt|schrieb)|\b(?:Bericht|Berichts|Interview|Mitteilung)\s+(?:de[sr]|im))\s+(?:(?:de[mnrs]|die|das|einem|einer)\s+)?$/u;
const TITLE_AFTER = /^\s*(?:zufolge|berichtete|berichtet|meldete|meldet|schreibt|schrieb|titelte|titelt)\b/u;

/**
 * True for a publication's title in quotation marks where it is the source of a statement
 * ("Laut dem „Handelsblatt“ …", "wie die „Zeit“ berichtet", "dem „Spiegel“ zufolge"): the title names the
 * speaker, so it stays readable for the attribution instead of being masked like a quotation.
 */
export function isAttributedTitle(p: string, span: QuoteSpan): boolean {
  if (wordCount(span.text, 5) > 4 || /[.!?,]$/.test(span.text)) return false;
  // TITLE_BEFORE ends in a space: without one before the mark it cannot match (and is not run over the text)
  // a match spans at most three runs of non-space characters ("nach Angaben der", "(laut dem"), so the
  // pattern runs over those only instead of the whole text before the mark
  const before =
    span.open > 0 &&
    isSpaceCode(p.charCodeAt(span.open - 1)) &&
    TITLE_BEFORE.test(p.slice(lastRunsStart(p, span.open, 3), span.open));
  return before || TITLE_AFTER.test(p.slice(span.close + 1));
}

/** Where the last `runs` runs of non-space characters before `end` (and the spaces after them) begin. */
function lastRunsStart(p: string, end: number, runs: number): number {
  let k = end;
  while (k > 0 && isSpaceCode(p.charCodeAt(k - 1))) k--;
  for (let r = 0; r < runs && k > 0; r++) {
    if (r > 0) while (k > 0 && isSpaceCode(p.charCodeAt(k - 1))) k--;
    while (k > 0 && !isSpaceCode(p.charCodeAt(k - 1))) k--;
  }
  return k;
}

/** True when quotation marks name a thing (a unit, a button, a publication) instead of quoting words. */
function isNamingQuote(p: string, span: QuoteSpan, sentence: SentenceInfo, isTitle: boolean): boolean {
  if (isTitle) return true;
  // glued to a word: Elite-„Falken“, „Falken“-Einheit
  if (endsWithWordChar(p, span.open) || GLUED_AFTER.test(p.slice(span.close + 1, span.close + 4)))
    return true;
  const prevWord = lastWordBefore(p, span.open).toLowerCase();
  if (NAMING_WORDS.has(prevWord) || NAMING_WORDS.has(prevWord.slice(prevWord.lastIndexOf('-') + 1)))
    return true;
  // compounds: "Fachjournal", "Kinofilm", "Fernsehsendung"
  if (NAMING_SUFFIXES.some((w) => prevWord.length > w.length + 2 && prevWord.endsWith(w))) return true;
  const words = wordCount(span.text);
  // "das „Handelsblatt“", "im „Sommermärchen“": a capitalised title after an article names a thing
  const titled = () => span.text.split(/\s+/).every((w) => /^[\p{Lu}\d]/u.test(w));
  if (words <= 3 && /^(?:der|die|das|dem|den|des|im|vom|beim|am|zum|zur|ins)$/.test(prevWord) && titled())
    return true;
  // a quoted sentence standing alone ("„Niemand wurde verletzt.“") or after a colon is speech, not a label
  const standalone = /[.!?…]$/.test(span.text) && wordCount(sentence.masked, 2) <= 1 && words >= 2;
  const afterColon = endsWithColon(p, span.open) && /[.!?…]$/.test(span.text) && words >= 2;
  if (standalone || afterColon) return false;
  // a short quote with no reporting verb around it is a scare quote or a label (asked only from here on:
  // the tests above decide many quotes without a look at every token)
  const hasVerb =
    sentence.said.length > 0 ||
    sentence.tokens.some((t) => REPORTING_VERBS.has(t.lower)) ||
    // "„Das ist peinlich“, schimpfte die Trainerin": a verb and its subject right after the quote
    !!invertedVerbSpeaker(sentence.tokens, span.close);
  if (words <= 4 && !hasVerb) return true;
  // the quote is nearly the whole paragraph and has no verb around it: a headline or a button
  if (!hasVerb && wordCount(p) - words <= 2) return true;
  return false;
}

/** Picks the attribution of a quote: right after it, else the nearest before it, else any in the sentence. */
function attributionFor(span: QuoteSpan, s: SentenceInfo): Said | null {
  const after = s.said.filter((a) => a.offset > span.close);
  for (const a of after) {
    const between = s.masked.slice(span.close + 1 - s.start, a.offset - s.start);
    if (/\b(?:und|dass|sowie|wonach)\b/i.test(between)) break;
    if (a.who) return a;
  }
  const beforeIt = s.said.filter((a) => a.offset < span.open);
  for (let i = beforeIt.length - 1; i >= 0; i--) if (beforeIt[i]?.who) return beforeIt[i] as Said;
  return s.said.find((a) => a.who) ?? null;
}

// "SEOUL:", "Hamburg (dpa) –": a dateline opening the sentence is not part of what was said
// "NEW YORK, Nov 17 (Reuters) -": a wire dateline with its date and agency
const DATELINE =
  /^(?:\p{Lu}{2,}[\p{Lu}\s-]*:|\p{Lu}[\p{L}-]+(?:\s*\([^)]*\))?\s+[-–—]|\p{Lu}{2,}[\p{Lu}\s/-]*,[^,()]{1,25}\([^)]{1,40}\)\s+[-–—])\s+/u;
// an ASCII character other than A-Z cannot start a dateline (it opens with \p{Lu})
const cannotStartDateline = (c: number) => c < 128 && !(c >= 65 && c <= 90);
const QUOTE_MARKS = /[„“”"»«‚‘’]/u;

/** The words of a token range [from, to) of a sentence as written (quotations included). */
function tokenText(s: SentenceInfo, from: number, to: number, masked = false): string {
  const a = s.tokens[from];
  const b = s.tokens[to - 1];
  if (!a || !b || to <= from) return '';
  return (masked ? s.masked : s.text).slice(a.start - s.start, b.end - s.start);
}

const LEADING_CONJUNCTION = /^(?:und|aber|doch)\s+/u;

/**
 * The part [a, b) of a statement that tidy keeps. Each step only cuts a prefix or a suffix at a space or
 * a punctuation mark, so the words kept are whole tokens of the text.
 */
function tidyRange(t: string): [number, number] {
  // a dateline starts with a capital letter
  const dateline = t.length && !cannotStartDateline(t.charCodeAt(0)) ? DATELINE.exec(t) : null;
  let [a, b] = clausePunctRange(t, dateline ? dateline[0].length : 0, t.length);
  const conjunction = LEADING_CONJUNCTION.exec(t.slice(a, b));
  if (conjunction) a += conjunction[0].length;
  while (a < b && isSpaceCode(t.charCodeAt(a))) a++;
  while (b > a && isSpaceCode(t.charCodeAt(b - 1))) b--;
  return [a, b];
}

/** Trims what was said: no clause punctuation, joining "und" or dateline at its edges. */
const tidy = (t: string) => {
  const [a, b] = tidyRange(t);
  return t.slice(a, b);
};

/**
 * The sentence's tokens that the tidied join of token ranges (`tidyRange` of the pieces joined by spaces)
 * keeps: the same tokens as tokenising that text again, without doing so.
 */
function tokensKept(s: SentenceInfo, pieces: ReadonlyArray<[number, number]>, a: number, b: number): Token[] {
  const out: Token[] = [];
  let offset = 0;
  for (const [from, to] of pieces) {
    const first = s.tokens[from];
    const last = s.tokens[to - 1];
    if (first && last && to > from) {
      for (let k = from; k < to; k++) {
        const t = s.tokens[k] as Token;
        if (offset + t.start - first.start >= a && offset + t.end - first.start <= b) out.push(t);
      }
      offset += last.end - first.start;
    }
    // the space joining the pieces
    offset += 1;
  }
  return out;
}

/**
 * What a reporting clause says: the clause after "sagte, …" / "dass …" / "wonach …", the main clause before
 * "…, sagte er" / "…, so X", or the sentence without its "laut X" phrase. Null when no statement is left.
 */
function reportedText(s: SentenceInfo, a: Said): string | null {
  // "X zitiert Y, …": the words belong to Y, whose own attribution follows
  if ((s.tokens[a.at]?.lower ?? '').startsWith('zitier')) return null;
  const others = s.said.filter((x) => x !== a);
  // the statement ends where another attribution begins
  const nextFrom = (i: number) =>
    Math.min(s.tokens.length, ...others.filter((x) => x.from >= i && x.from > a.at).map((x) => x.from));
  // a verb whose clause ends right where this attribution begins is the verb of what was said
  // ("X hatte die Berichte nicht dementiert, bemerkte das Institut"), not an attribution of its own
  const bounds = (x: Said) => !(LEAD_FORMS.has(x.form) && x.to === a.from);
  const prevTo = (i: number) => Math.max(0, ...others.filter((x) => x.to <= i && bounds(x)).map((x) => x.to));
  const pieces: Array<[number, number]> = [];
  const after = (): [number, number] | null => {
    let i = a.to;
    if (a.form !== 'wonach' && a.form !== 'laut' && a.form !== 'that') {
      // "X sagte der Zeitung „Y“, …": a short dative object (the outlet told) may stand before the clause
      if (a.form === 'lead' && DATIVE_OPEN.has(s.tokens[i]?.lower ?? '')) {
        let k = i + 1;
        while (k < s.tokens.length && k - i <= 6 && !PUNCT_OPEN.has((s.tokens[k] as Token).text)) k++;
        if (s.tokens[k]?.text === ',') i = k;
      }
      // the clause after the verb opens with a comma or colon; another verb before it has its own clause
      if (!PUNCT_OPEN.has(s.tokens[i]?.text ?? '')) return null;
      i++;
    }
    const j = nextFrom(i);
    return j > i ? [i, j] : null;
  };
  const before = (): [number, number] | null => {
    const i = prevTo(a.from);
    return a.from > i ? [i, a.from] : null;
  };
  if (a.form === 'trail' || a.form === 'so' || a.form === 'hearsay' || a.form === 'wie') {
    const b = before();
    if (b) pieces.push(b);
    // "Wie X berichtete, …" / "Aus dem Ministerium hieß es, …": what was said follows
    if (!b && a.form !== 'so') {
      const f = after();
      if (f) pieces.push(f);
    }
  } else if (a.form === 'laut') {
    const b = before();
    if (b && a.from > 0) pieces.push(b);
    const f = after();
    if (f) pieces.push(f);
  } else {
    const f = after();
    if (f) pieces.push(f);
  }
  // "…, wie X berichtet" or "Wie X berichtet, betonte er, dass …": the main clause has its own speaker
  if (a.form === 'wie' && others.some((x) => x.who)) return null;
  if (!pieces.length) return null;
  // "…, wie mehrere Medien, darunter X, berichten": a trailing source clause is not part of what was said
  for (const piece of pieces) {
    for (let k = piece[0]; k < piece[1] - 1; k++) {
      if (s.tokens[k]?.text !== ',' || s.tokens[k + 1]?.lower !== 'wie') continue;
      if (s.tokens.slice(k + 2).some((t) => REPORTING_VERBS.has(t.lower))) {
        piece[1] = k;
        break;
      }
    }
  }
  const text = tidy(pieces.map(([f, t]) => tokenText(s, f, t)).join(' '));
  if (wordCount(text, 4) < 4) return null;
  const joined = pieces.map(([f, t]) => tokenText(s, f, t, true)).join(' ');
  const [plainFrom, plainTo] = tidyRange(joined);
  const plain = joined.slice(plainFrom, plainTo);
  if (wordCount(plain, 2) < 2) return null;
  // the cheap tests first: the clause is only tokenised when a conjunction or the form does not decide
  let plainTokens: Token[] | null = null;
  const tokensOfPlain = () => {
    plainTokens ??= tokensKept(s, pieces, plainFrom, plainTo);
    return plainTokens;
  };
  let subjunctive: boolean | null = null;
  const isSubjunctive = () => {
    subjunctive ??= hasSubjunctive(tokensOfPlain());
    return subjunctive;
  };
  const infinitive = () =>
    INFINITIVE_SPEECH_VERBS.has(s.tokens[a.at]?.lower ?? '') && isInfinitiveClause(tokensOfPlain());
  // reported speech needs a subordinate clause, a subjunctive or an explicit attribution phrase
  const hasClause =
    CLAUSE_FORMS.has(a.form) ||
    /^(?:dass|ob|wonach)\b/.test(plain) ||
    /\b(?:dass|ob)\b/.test(plain) ||
    isSubjunctive() ||
    infinitive() ||
    // "Der Kämmerer sagte, ohne X wäre Y …": a Konjunktiv II right after a reporting verb's comma
    (SPEECH_VERB_FORMS.has(a.form) && hasSubjunctiveTwo(tokensOfPlain())) ||
    // "Eine Sprecherin sagte, man beobachte …": a clause of its own with a pronoun subject right after the
    // verb's comma is what was said, whatever the verb's mood ("beobachte" also ends like a preterite)
    (a.form === 'lead' && SAY_VERBS.has(s.tokens[a.at]?.lower ?? '') && PRONOUN_CLAUSE.test(plain));
  if (!hasClause) return null;
  // "Stufe 3 («erheblich»)": a label quoted in parentheses is no direct quote the narration repeats
  if (!QUOTE_MARKS.test(text) || !QUOTE_MARKS.test(text.replace(PARENTHESISED_LABEL, ''))) return text;
  // "Seoul äußerte seine „…“": narration around a direct quote repeats the quote, it reports nothing more
  // (English: "said X was "…" and that Y would …": a "that" clause of its own besides the quotation)
  const reports = /\b(?:dass|ob|wonach|that)\b/.test(plain) || isSubjunctive() || infinitive();
  if (!reports) return null;
  // "Der Botschafter X „…“": a name and a direct quote, no statement of its own
  const plainWords = tokensOfPlain().filter((t) => t.word);
  const subject = parseSpeakerAt(plainWords, 0);
  if (subject && subject.end >= plainWords.length) return null;
  // "niemand wisse, wie es weitergehe: „…“": the direct quote after the colon is a quote of its own
  const colon = text.search(/:\s*[„"»«“]/u);
  if (colon > 0 && wordCount(text.slice(0, colon), 4) >= 4) return text.slice(0, colon);
  return text;
}

const PARENTHESISED_LABEL = /\(\s*[„"»«‚][^()„"»«‚“”‘]{1,40}[“”"«»‘]\s*\)/gu;

// a clause opening with a personal pronoun and a finite verb after it: "man prüfe …", "er habe …"
const PRONOUN_CLAUSE = /^(?:man|er|sie|es)\s+\p{Ll}{3,}(?:\s|$)/u;
// verbs that only say (not "lobte", "kritisierte": those name an act a clause after them may narrate on from)
const SAY_VERBS: ReadonlySet<string> = new Set(
  'sagte sagten sagt erklärte erklärten erklärt teilte teilten meinte meint versicherte betonte bekräftigte'.split(
    ' ',
  ),
);

// attribution forms of a reporting verb next to what was said
const SPEECH_VERB_FORMS = new Set(['lead', 'trail', 'coordinated', 'relative']);

// attribution forms that mark what follows or precedes as reported speech on their own
const CLAUSE_FORMS = new Set(['so', 'laut', 'hearsay', 'wonach', 'wie', 'trail', 'that']);

const PUNCT_OPEN = new Set([',', ':', ';', '–', '—']);
// articles of a dative object after a reporting verb ("sagte der Agentur …", "sagte dem Sender …")
const DATIVE_OPEN = new Set(['der', 'dem', 'einem', 'einer', 'gegenüber']);
const LEAD_FORMS = new Set(['lead', 'relative', 'coordinated']);

const OWN_SOURCE =
  /,\s+so\s+(?:(?:der|die|das|des|dem|den)\s+)?\p{Lu}|\b(?:[Ll]aut|[Nn]ach\s+Angaben)\s|\s\p{Lu}[\p{L}-]*\s+zufolge\b/u;

/**
 * The whole of a quote split by its attribution ("«A», sagte X, «und B.»" → "A, und B."): when the first part
 * ends without a full stop, a reporting verb stands between the parts, and the second part goes on in lower
 * case or with "und", "aber", "doch", "oder", "denn"; else null.
 */
function splitQuoteWhole(a: QuoteSpan, b: QuoteSpan, s: SentenceInfo): string | null {
  if (/[.!?…:]$/u.test(a.text) || !/^(?:\p{Ll}|(?:Und|Aber|Doch|Oder|Denn)\s)/u.test(b.text)) return null;
  if (!s.said.some((x) => x.offset > a.close && x.offset < b.open)) return null;
  // "«Wir müssen», so X, «unsere Pläne ändern»": the second part goes on with the same clause, no comma
  // between; before "und", "aber" … a new clause begins after one
  const conjunction = /^(?:und|aber|doch|oder|denn|sondern)\s/iu.test(b.text);
  return `${a.text.replace(/,$/u, '')}${conjunction || a.text.endsWith(',') ? ',' : ''} ${b.text}`;
}

/** True for a sentence in Konjunktiv I with no quotation of its own: reported speech going on. */
function continuesSpeech(s: SentenceInfo): boolean {
  // a short quoted phrase inside the sentence ("… bleibe «völlig offen».") is part of the statement
  if (wordCount(s.masked, 4) < 4) return false;
  // (the token lookups first: most sentences have no Konjunktiv and need none of the regexes below)
  if (!s.tokens.some((t) => CONTINUING_FORMS.has(t.lower)) && !sentenceSubjunctive(s)) return false;
  // "es sei denn" is a conjunction, not reported speech; "wenn …, würden": a condition in narration
  if (/\bes sei denn\b/u.test(s.masked) || /^(?:wenn|falls|ob)\b/iu.test(s.masked)) return false;
  // a sentence that names its own source ("…, so der Städtetag", "laut X", "X zufolge") is not the
  // previous speaker's, even when that source is not recognised as a speaker
  return !OWN_SOURCE.test(s.masked);
}

// the forms that carry reported speech on into the next sentence, looked up at once
const CONTINUING_FORMS: ReadonlySet<string> = new Set([
  ...SUBJUNCTIVE_FORMS,
  ...CONTINUING_SUBJUNCTIVE_FORMS,
]);

/** The sentences of a paragraph masked differently from the shared one, with their tokens. */
function ownSentences(masked: string): MaskedSentence[] {
  return sentenceRanges(masked).map((r) => ({
    start: r.start,
    end: r.end,
    tokens: tokenize(masked.slice(r.start, r.end), r.start),
  }));
}

const NO_TITLES: ReadonlySet<QuoteSpan> = new Set();

/** Reads the sentences of every paragraph and resolves their attributions in text order. */
function readSentences(input: AnalysisInput, index: PersonIndex) {
  const out: Array<{
    paragraph: number;
    p: string;
    spans: QuoteSpan[];
    titles: ReadonlySet<QuoteSpan>;
    sentences: SentenceInfo[];
  }> = [];
  let lastSpeaker: string | null = null;
  // the last organisation that spoke, for an English "it said"
  let lastBody: string | null = null;
  // the last speaker named only by a role, a referent for "sagte sie" like a named one
  let unnamed: UnnamedSpeaker | null = null;
  const english = input.article.language === 'en';
  // the companies are only needed for a one-word company noun as speaker ("das Unternehmen"): found on demand
  let companies: ReturnType<typeof findCompanies> | null = null;
  const shared = toMaskedParagraphs(input.paragraphs);
  input.paragraphs.forEach((p, paragraph) => {
    const layout = shared[paragraph] as MaskedParagraph;
    const spans = layout.spans;
    // (most paragraphs quote nothing: they share one empty set)
    const titles: ReadonlySet<QuoteSpan> = spans.length
      ? new Set(spans.filter((sp) => isAttributedTitle(p, sp)))
      : NO_TITLES;
    // with no title left readable the paragraph is masked as the person index masked it: its sentences and
    // tokens are reused instead of cut again
    const masked = titles.size
      ? maskQuotes(
          p,
          spans.filter((sp) => !titles.has(sp)),
        )
      : layout.masked;
    const ranges = titles.size ? ownSentences(masked) : layout.sentences;
    const sentences: SentenceInfo[] = [];
    for (let ri = 0; ri < ranges.length; ri++) {
      const r = ranges[ri] as MaskedSentence;
      const tokens = r.tokens;
      const said: Said[] = [];
      for (const a of english ? findAttributionsEn(tokens) : findAttributions(tokens)) {
        const pos = { paragraph, offset: a.offset };
        const res = resolveSpeaker(a.speaker, index, pos, lastSpeaker);
        // "Eine Sprecherin des Verbands warnte, … „…“, sagte sie.": the pronoun means the unnamed speaker
        const pronoun = a.speaker?.kind === 'pronoun' ? a.speaker.text : null;
        if (
          (pronoun === 'sie' || pronoun === 'er') &&
          pronounMeansUnnamed(index, unnamed, pos, pronoun === 'sie')
        ) {
          res.speaker = unnamed.who;
          res.role = unnamed.role;
        } else if (
          pronoun &&
          a.speaker?.lookupOnly &&
          !namedSince(index, pos, pronoun === 'sie', ranges[ri - 1]?.start ?? r.start, res.person)
        ) {
          // "nach seinen Angaben": a group's data unless the person was named in this or the sentence before
          // (no attribution then: the statement before may go on through the sentence)
          continue;
        } else if (pronoun === 'sie' || pronoun === 'er') {
          // "„…“, sagte sie. Jana Roth, Fraktionschefin der X, …": the speaker introduced right after
          const named = nextSentenceSpeaker(index, pos, pronoun === 'sie', ranges[ri + 1]?.tokens);
          if (named) {
            res.speaker = named.name;
            res.role = named.role;
            res.person = named;
          }
        }
        unnamed = toUnnamedSpeaker(a.speaker, res.speaker, !!res.person, pos, res.role) ?? unnamed;
        if (english && a.speaker?.kind === 'pronoun' && a.speaker.text === 'it') {
          res.speaker = lastBody;
          res.role = null;
        } else if (res.speaker && !res.person && (a.speaker?.kind === 'org' || a.speaker?.kind === 'body'))
          lastBody = res.speaker;
        // "hieß es aus dem Unternehmen", "wie der Konzern mitteilte": the one company named before
        if (a.speaker && !a.speaker.text.includes(' ') && isCompanyNoun(a.speaker.text)) {
          companies ??= findCompanies(input.paragraphs);
          const company = companyFor(companies, paragraph, a.offset);
          if (company) res.speaker = company;
        }
        // (fields written out: an object spread here was a tenth of the stage's time)
        said.push({
          form: a.form,
          at: a.at,
          offset: a.offset,
          speaker: a.speaker,
          from: a.from,
          to: a.to,
          who: res.speaker,
          role: res.role,
        });
        if (res.speaker) lastSpeaker = res.speaker;
      }
      const text = p.slice(r.start, r.end);
      sentences.push({
        start: r.start,
        end: r.end,
        text,
        // (a paragraph without quotations is its own masked text: its sentence is the same string)
        masked: masked === p ? text : masked.slice(r.start, r.end),
        tokens,
        said,
      });
    }
    out.push({ paragraph, p, spans, titles, sentences });
  });
  return out;
}

/** Finds direct quotes and reported speech with their speakers. */
export function extractQuotes(input: AnalysisInput): Quote[] {
  const article = input.article.id;
  const index = buildPersonIndex(input.paragraphs, input.article.language ?? 'de');
  const quotes: Quote[] = [];
  const seen = new Set<string>();
  const push = (q: Quote) => {
    // a role that only repeats the speaker ("Experten", "Sprecher des Amtes") says nothing more
    if (q.role && q.speaker && q.speaker.toLowerCase().includes(q.role.toLowerCase())) q.role = null;
    const key = `${q.kind}|${q.text}|${q.speaker ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    quotes.push(q);
  };
  const read = readSentences(input, index);
  const language = input.article.language ?? 'de';
  // the speaker of each sentence's direct quotes, and of the statement reported speech may continue
  const quoted = new Map<SentenceInfo, { who: string; role: string | null }>();
  let continued: { who: string; role: string | null } | null = null;
  const paragraphOf = (i: number) => read[i]?.paragraph ?? i;
  // the first direct quote of each paragraph, for a quotation running on from the paragraph before
  const firstQuote = new Map<number, Quote>();
  const openParagraphs: Array<{ pi: number; text: string }> = [];
  read.forEach(({ p, spans, titles, sentences }, pi) => {
    // "„Wir haben … erfüllt." and a paragraph opening with „ again: one quotation over two paragraphs
    const open = openQuoteParagraph(p, spans, read[pi + 1]?.p);
    if (open) openParagraphs.push({ pi, text: open });
    // the quote pushed last in this paragraph, for a quote split by its attribution
    let last: { span: QuoteSpan; s: SentenceInfo } | null = null;
    for (const span of spans) {
      const si = sentences.findIndex((s) => span.open >= s.start && span.open < s.end);
      const s = sentences[si];
      if (!s) continue;
      // "Der Zugang bleibe «völlig ungenügend».": a phrase quoted inside a Konjunktiv sentence that goes on
      // with the statement before is the speaker's wording, not a label
      const titled = titles.has(span);
      const goesOn =
        sentenceSubjunctive(s) &&
        !endsWithColon(p, span.open) &&
        !!sentences[si - 1]?.said.some((x) => x.who) &&
        !titled &&
        !endsWithWordChar(p, span.open);
      if (!goesOn && isNamingQuote(p, span, s, titled)) continue;
      if (isParenthesisedLabel(p, span)) continue;
      let said = attributionFor(span, s);
      // "„…“, freute sich Bürgermeister X": the verb right after the quote, whatever it is, and its subject
      if (!said) {
        const phrase = invertedVerbSpeaker(s.tokens, span.close);
        const res = phrase
          ? resolveSpeaker(phrase, index, { paragraph: paragraphOf(pi), offset: span.close }, null)
          : null;
        if (phrase && res?.speaker)
          said = {
            form: 'trail',
            at: 0,
            offset: span.close,
            speaker: phrase,
            from: 0,
            to: phrase.end,
            who: res.speaker,
            role: res.role,
          };
      }
      // "„…“ Das sagte der Minister am Montag." / a quote paragraph followed by "sagte er"; a sentence
      // with words of its own around the quote does not take the next sentence's speaker
      if (!said && wordCount(s.masked, 2) <= 1) {
        const next = sentences[si + 1] ?? (sentences.length === 1 ? read[pi + 1]?.sentences[0] : undefined);
        const a = next?.said.find((x) => x.who && x.at <= 3);
        if (a) said = a;
        // "> „…“" and a line "– Dr. Jana Roth, Präsidentin des Verbands" under it: the person named there
        const line = !a && si === sentences.length - 1 ? read[pi + 1] : undefined;
        const lineTokens = line?.sentences.length === 1 ? line.sentences[0]?.tokens : undefined;
        const phrase = lineTokens ? dashAttribution(lineTokens, language) : null;
        if (phrase) {
          const at = { paragraph: paragraphOf(pi + 1), offset: 0 };
          const res = resolveSpeaker(phrase, index, at, null);
          if (res.speaker)
            said = {
              form: 'trail',
              at: 0,
              offset: 0,
              speaker: phrase,
              from: 0,
              to: phrase.end,
              who: res.speaker,
              role: res.role,
            };
        }
      }
      // "„…“, sagte er. Der Verein werde „um jeden Platz“ kämpfen.": a phrase quoted in a Konjunktiv sentence
      // that goes on with the statement before is that speaker's; the sentence subject is what it is about
      if (!said && goesOn && !s.said.length)
        said = [...(sentences[si - 1]?.said ?? [])].reverse().find((x) => x.who) ?? null;
      // "Die Ministerin X hielt dagegen: „…“": the person the sentence opens with
      if (!said) {
        const subject = sentenceSubject(s.tokens);
        if (subject && subject.kind !== 'place' && subject.end <= s.tokens.length) {
          const res = resolveSpeaker(subject, index, { paragraph: paragraphOf(pi), offset: s.start }, null);
          if (
            res.speaker &&
            s.tokens[subject.end - 1] &&
            (s.tokens[subject.end - 1] as Token).start < span.open
          )
            said = {
              form: 'lead',
              at: 0,
              offset: s.start,
              speaker: subject,
              from: 0,
              to: subject.end,
              who: res.speaker,
              role: res.role,
            };
        }
      }
      // "Sein Bruder X, Kapitän des Vereins, zeigte sich enttäuscht: „…“": the first person the sentence names
      if (!said && endsWithColon(p, span.open, s.start)) {
        const m = index.mentions.find(
          (x) => x.paragraph === paragraphOf(pi) && x.start >= s.start && x.start < span.open,
        );
        if (m)
          said = {
            form: 'lead',
            at: 0,
            offset: m.start,
            speaker: null,
            from: 0,
            to: 0,
            who: m.person.name,
            role: m.person.role,
          };
      }
      // a quote sentence continuing the speech of the sentence before ("…, sagte sie. „…“")
      if (!said) {
        const prevSentence = sentences[si - 1];
        const prevPara = read[pi - 1]?.sentences.at(-1);
        const source =
          prevSentence ??
          (prevPara && endsWithColon(prevPara.text, prevPara.text.length) ? prevPara : undefined);
        said = [...(source?.said ?? [])].reverse().find((x) => x.who) ?? null;
      }
      // "„…“, sagte X. Schon damals habe man … „…“": a quote standing alone after reported speech that goes
      // on in Konjunktiv without a verb takes the speaker of the statement that speech continues
      if (!said && wordCount(s.masked, 2) <= 1) {
        let k = si - 1;
        while (k > 0 && !sentences[k]!.said.length && continuesSpeech(sentences[k]!)) k--;
        if (k < si - 1) said = [...(sentences[k]?.said ?? [])].reverse().find((x) => x.who) ?? null;
      }
      // "„…“, sagte X. Den Schaden bezifferte er auf … „…“": a quote standing alone after a sentence whose
      // subject pronoun is the speaker named just before goes on with that speaker
      if (!said && wordCount(s.masked, 2) <= 1) {
        const between = sentences[si - 1];
        const known = [...(sentences[si - 2]?.said ?? [])].reverse().find((x) => x.who);
        const pronoun = between && !between.said.length ? subjectPronoun(between.tokens) : null;
        if (known && pronoun) {
          const at = { paragraph: paragraphOf(pi), offset: pronoun.start };
          const res = resolveSpeaker({ kind: 'pronoun', text: pronoun.lower, end: 0 }, index, at, null);
          if (res.speaker === known.who) said = known;
        }
      }
      if (said?.who) quoted.set(s, { who: said.who, role: said.role });
      const quote: Quote = {
        article,
        speaker: said?.who ?? null,
        text: span.text,
        kind: 'direct',
        role: said?.role ?? null,
        sentence: s.text,
      };
      if (!firstQuote.has(pi)) firstQuote.set(pi, quote);
      push(quote);
      // "«A», sagte X, «und B.»": one quote split by its attribution is also given whole
      const whole = last?.s === s ? splitQuoteWhole(last.span, span, s) : null;
      if (whole)
        push({
          article,
          speaker: said?.who ?? null,
          text: whole,
          kind: 'direct',
          role: said?.role ?? null,
          sentence: s.text,
        });
      last = { span, s };
    }
    for (const s of sentences) {
      let own: { who: string; role: string | null } | null = quoted.get(s) ?? null;
      for (const a of s.said) {
        if (!a.who) continue;
        own = { who: a.who, role: a.role };
        const text = reportedText(s, a);
        if (text) push({ article, speaker: a.who, text, kind: 'indirect', role: a.role, sentence: s.text });
        // "…, sagte er: Man habe …": a Konjunktiv clause after the colon that closes the attribution
        if (a.form === 'trail' && s.tokens[a.to]?.text === ':') {
          const rest = tidy(tokenText(s, a.to + 1, s.tokens.length));
          if (!QUOTE_MARKS.test(rest) && wordCount(rest, 4) >= 4 && hasSubjunctive(s.tokens.slice(a.to + 1)))
            push({ article, speaker: a.who, text: rest, kind: 'indirect', role: a.role, sentence: s.text });
        }
      }
      // "Der Direktor X verteidigte den Verkauf: Man könne …": a Konjunktiv clause after a colon is what the
      // person the sentence opens with said
      if (!own && !s.said.length) {
        // (a ":" is always a token of its own, so the text tells whether there is one)
        const colon = s.masked.includes(':') ? s.tokens.findIndex((t) => t.text === ':') : -1;
        const subject = colon > 1 ? sentenceSubject(s.tokens) : null;
        const rest = colon > 0 ? s.tokens.slice(colon + 1) : [];
        // "Sie verteidigte auch X: Eine Sanierung würde …": a pronoun for the speaker of the sentence before
        const pronoun = subject?.kind === 'pronoun';
        if (subject && subject.kind !== 'place' && (!pronoun || continued) && subject.end < colon) {
          const text = tidy(tokenText(s, colon + 1, s.tokens.length));
          if (
            (hasSubjunctive(rest) || hasSubjunctiveTwo(rest)) &&
            !QUOTE_MARKS.test(text) &&
            wordCount(text, 4) >= 4
          ) {
            const res = resolveSpeaker(subject, index, { paragraph: paragraphOf(pi), offset: s.start }, null);
            // "Hinzu kämen …: …": a lone capitalised word the article names no one by is no speaker
            const unknown = subject.kind === 'person' && !res.person && !subject.text.includes(' ');
            if (res.speaker && !unknown && (!pronoun || res.speaker === continued?.who)) {
              push({
                article,
                speaker: res.speaker,
                text,
                kind: 'indirect',
                role: res.role,
                sentence: s.text,
              });
              own = { who: res.speaker, role: res.role };
            }
          }
        }
      }
      // "Die Lage sei ernst." after a statement: reported speech goes on in Konjunktiv I without a verb
      // (a sentence whose quoted phrase already took the speaker goes on with the same statement)
      const sameSpeaker = !own || own.who === continued?.who;
      // (German only: English marks no reported speech by the mood of its verb)
      if (sameSpeaker && continued && !s.said.length && language !== 'en' && continuesSpeech(s)) {
        push({
          article,
          speaker: continued.who,
          text: tidy(s.text),
          kind: 'indirect',
          role: continued.role,
          sentence: s.text,
        });
        own = continued;
      }
      continued = own;
    }
  });
  // the first part of a quotation over two paragraphs is said by whoever the part after it is attributed to
  for (const { pi, text } of openParagraphs) {
    const next = firstQuote.get(pi + 1);
    const count = quotes.length;
    push({
      article,
      speaker: next?.speaker ?? null,
      text,
      kind: 'direct',
      role: next?.role ?? null,
      sentence: read[pi]?.p ?? text,
    });
    // (in text order: before the part it runs on into)
    const at = next ? quotes.indexOf(next) : -1;
    const moved = quotes.length > count && at >= 0 ? quotes.pop() : undefined;
    if (moved) quotes.splice(at, 0, moved);
  }
  // an interview's answer turns carry no quotation marks: each is the interviewee's direct quote
  for (const a of findInterviewAnswers(input.paragraphs))
    push({ article, speaker: a.speaker, text: a.text, kind: 'direct', role: null, sentence: a.text });
  return quotes;
}
