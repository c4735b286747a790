import { REPORTING_VERBS, SUBJUNCTIVE_FORMS } from '../lexicon/de/reporting-verbs.js';
import type { Quote } from '../schema.js';
import type { AnalysisInput } from './analysis-input.js';
import { buildPersonIndex, type PersonIndex } from './build-person-index.js';
import { type Token, tokenize } from './find-names.js';
import { findQuoteSpans, maskQuotes, type QuoteSpan, sentenceRanges } from './find-quote-spans.js';
import { type Attribution, findAttributions, resolveSpeaker, sentenceSubject } from './resolve-speaker.js';

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
]);

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
}

const wordCount = (s: string) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/** True when quotation marks name a thing (a unit, a button, a publication) instead of quoting words. */
function isNamingQuote(p: string, span: QuoteSpan, sentence: SentenceInfo): boolean {
  const before = p.slice(0, span.open);
  const after = p.slice(span.close + 1);
  // glued to a word: Elite-„Falken“, „Falken“-Einheit
  if (/[\p{L}\p{N}-]$/u.test(before) || /^-\p{L}/u.test(after)) return true;
  const prevWord = before.match(/([\p{L}-]+)\W*$/u)?.[1]?.toLowerCase() ?? '';
  if (NAMING_WORDS.has(prevWord) || NAMING_WORDS.has(prevWord.split('-').pop() ?? '')) return true;
  const words = wordCount(span.text);
  // "das „Handelsblatt“", "im „Sommermärchen“": a capitalised title after an article names a thing
  const titled = span.text.split(/\s+/).every((w) => /^[\p{Lu}\d]/u.test(w));
  if (words <= 3 && titled && /^(?:der|die|das|dem|den|des|im|vom|beim|am|zum|zur|ins)$/.test(prevWord))
    return true;
  // a short quote with no reporting verb around it is a scare quote or a label
  const hasVerb = sentence.tokens.some((t) => REPORTING_VERBS.has(t.lower)) || sentence.said.length > 0;
  // a quoted sentence standing alone ("„Niemand wurde verletzt.“") is speech, not a label
  const standalone = /[.!?…]$/.test(span.text) && wordCount(sentence.masked) <= 1 && words >= 2;
  if (standalone) return false;
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

/** The part of a sentence that carries reported speech: the clause after "sagte," / "dass", else the sentence. */
function reportedText(s: SentenceInfo, a: Said): string | null {
  const rel = a.offset - s.start;
  const masked = s.masked;
  let from = 0;
  let to = s.text.length;
  let cutBefore = false;
  if (a.form === 'wonach') from = rel;
  else if (a.form === 'lead' || a.form === 'relative' || a.form === 'coordinated') {
    const m = /[,:]\s*/.exec(masked.slice(rel));
    if (m) from = rel + m.index + m[0].length;
    else return null;
  } else if (a.form === 'trail' || a.form === 'so' || a.form === 'hearsay') {
    const cut = masked.lastIndexOf(',', rel);
    if (cut > 0) {
      to = cut;
      cutBefore = true;
    }
  } else if (a.form === 'laut') {
    // "Laut X handle es sich …": drop the attribution phrase
    const m =
      /^\S+\s+(?:(?:Angaben|Informationen)\s+)?(?:(?:des|der|von|vom|dem|den)\s+)?[^,\s]+(?:\s+\p{Lu}[^,\s]*)*\s*/u.exec(
        masked.slice(rel),
      );
    if (m && rel === 0) from = m[0].length;
  }
  const text = s.text
    .slice(from, to)
    .trim()
    .replace(/[.,;:]$/, '');
  const plain = masked.slice(from, to);
  // reported speech needs a subordinate clause, a subjunctive or an explicit attribution phrase
  const hasClause =
    /\b(?:dass|ob|wonach)\b/.test(plain) ||
    tokenize(plain).some((t) => SUBJUNCTIVE_FORMS.has(t.lower)) ||
    ['so', 'laut', 'hearsay', 'wonach'].includes(a.form) ||
    // "…, sagte er": the clause before a trailing attribution is what was said
    (a.form === 'trail' && cutBefore);
  // nothing but a direct quote: already a direct quote
  if (!hasClause || wordCount(text) < 3 || wordCount(plain) < 2) return null;
  return text;
}

/** Reads the sentences of every paragraph and resolves their attributions in text order. */
function readSentences(input: AnalysisInput, index: PersonIndex) {
  const out: Array<{ paragraph: number; p: string; spans: QuoteSpan[]; sentences: SentenceInfo[] }> = [];
  let lastSpeaker: string | null = null;
  input.paragraphs.forEach((p, paragraph) => {
    const spans = findQuoteSpans(p);
    const masked = maskQuotes(p, spans);
    const sentences: SentenceInfo[] = [];
    for (const r of sentenceRanges(masked)) {
      const tokens = tokenize(masked.slice(r.start, r.end), r.start);
      const said: Said[] = [];
      for (const a of findAttributions(tokens)) {
        const res = resolveSpeaker(a.speaker, index, { paragraph, offset: a.offset }, lastSpeaker);
        said.push({ ...a, who: res.speaker, role: res.role });
        if (res.speaker) lastSpeaker = res.speaker;
      }
      sentences.push({
        start: r.start,
        end: r.end,
        text: p.slice(r.start, r.end),
        masked: masked.slice(r.start, r.end),
        tokens,
        said,
      });
    }
    out.push({ paragraph, p, spans, sentences });
  });
  return out;
}

/** Finds direct quotes and reported speech with their speakers. */
export function extractQuotes(input: AnalysisInput): Quote[] {
  const article = input.article.id;
  const index = buildPersonIndex(input.paragraphs);
  const quotes: Quote[] = [];
  const seen = new Set<string>();
  const push = (q: Quote) => {
    const key = `${q.kind}|${q.text}|${q.speaker ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    quotes.push(q);
  };
  const read = readSentences(input, index);
  const paragraphOf = (i: number) => read[i]?.paragraph ?? i;
  read.forEach(({ p, spans, sentences }, pi) => {
    for (const span of spans) {
      const si = sentences.findIndex((s) => span.open >= s.start && span.open < s.end);
      const s = sentences[si];
      if (!s || isNamingQuote(p, span, s)) continue;
      let said = attributionFor(span, s);
      // "„…“ Das sagte der Minister am Montag." / a quote paragraph followed by "sagte er"
      if (!said) {
        const next = sentences[si + 1] ?? read[pi + 1]?.sentences[0];
        const a = next?.said.find((x) => x.who && x.at <= 3);
        if (a) said = a;
      }
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
              who: res.speaker,
              role: res.role,
            };
        }
      }
      // a quote sentence continuing the speech of the sentence before ("…, sagte sie. „…“")
      if (!said) {
        const prevSentence = sentences[si - 1];
        const prevPara = read[pi - 1]?.sentences.at(-1);
        const source = prevSentence ?? (prevPara && /:\s*$/.test(prevPara.text) ? prevPara : undefined);
        said = [...(source?.said ?? [])].reverse().find((x) => x.who) ?? null;
      }
      push({
        article,
        speaker: said?.who ?? null,
        text: span.text,
        kind: 'direct',
        role: said?.role ?? null,
        sentence: s.text,
      });
    }
    for (const s of sentences) {
      for (const a of s.said) {
        if (!a.who) continue;
        const text = reportedText(s, a);
        if (text) push({ article, speaker: a.who, text, kind: 'indirect', role: a.role, sentence: s.text });
      }
    }
  });
  return quotes;
}
