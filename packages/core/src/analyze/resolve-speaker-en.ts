import {
  EN_ADDRESSEE_VERBS,
  EN_BARE_CLAUSE_VERBS,
  EN_CALLING_VERBS,
  EN_CITED_DATA,
  EN_CITED_DOCUMENTS,
  EN_CLAUSE_SUBJECTS,
  EN_PRONOUNS,
  EN_SPEECH_FILLERS,
  EN_SPEECH_VERBS,
  EN_STATEMENT_MEDIA,
} from '../lexicon/en/reporting-verbs.js';
import { EN_BODY_WORDS, EN_SOURCE_WORDS } from '../lexicon/en/roles.js';
import { isMiddleInitial, isNameToken, roleOf, type Token } from './find-names.js';
import { longAppositionBefore } from './long-apposition-before.js';
import type { Attribution, SpeakerPhrase } from './resolve-speaker.js';

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'one', 'another']);
const CLAUSE_BREAKS = new Set([',', ':', ';', '"', '“', '”', '„', '»', '«', '–', '—', '(', ')']);
const LEADING_CONJUNCTIONS = new Set(['and', 'but', 'so', 'also', 'yet']);
const isCap = (t: Token | undefined) => !!t && t.word && /^\p{Lu}/u.test(t.text);
const isAcronym = (t: Token | undefined) => !!t && /^[A-Z][A-Z0-9]+$/.test(t.text);
// "(NDR)" from token `i` on
const bracketedAbbreviation = (tokens: readonly Token[], i: number) =>
  tokens[i]?.text === '(' && isAcronym(tokens[i + 1]) && tokens[i + 2]?.text === ')';
const isName = (t: Token | undefined) => !!t && isNameToken(t.text, 'en');
// (a middle initial keeps its full stop: "Anna K. Brenner")
const join = (tokens: readonly Token[], from: number, to: number) =>
  tokens
    .slice(from, to)
    .map((t) => t.text)
    .join(' ')
    .replace(/(?<=\s\p{Lu}) \.(?=\s)/gu, '.');

/**
 * Parses an English speaker phrase at token `i`: a pronoun, "Economy Minister X" / "X" (a person),
 * "the comparison portal Verivox" / "the Federal Network Agency" (an organisation), "the finance ministry"
 * (a body), "a company spokeswoman" (a role), "analysts" (a source). Null when none starts there.
 */
export function parseSpeakerEn(tokens: readonly Token[], i: number): SpeakerPhrase | null {
  const first = tokens[i];
  if (!first?.word) return null;
  const pronoun = EN_PRONOUNS[first.lower];
  if (pronoun) return { kind: 'pronoun', text: first.lower, end: i + 1 };
  // "…, it said": the organisation that spoke before (resolved by the caller, never to a person)
  if (first.lower === 'it') return { kind: 'pronoun', text: 'it', end: i + 1 };
  let k = i;
  const definite = DETERMINERS.has(first.lower);
  if (definite) k++;
  // the phrase: words up to a verb, punctuation or a clause word, at most eight
  let e = k;
  let initials = 0;
  for (;;) {
    // "said Anna K. Brenner": a middle initial and its full stop belong to the name
    if (e > k && isName(tokens[e - 1]) && isMiddleInitial(tokens, e, 'en')) {
      e += 2;
      initials += 2;
      continue;
    }
    if (
      !(
        e < tokens.length &&
        e - k < 8 + initials &&
        (tokens[e] as Token).word &&
        !EN_SPEECH_VERBS.has((tokens[e] as Token).lower) &&
        !/^(?:that|who|which|on|in|at|to|from|with|for|would|will|has|had|have|was|is)$/.test(
          (tokens[e] as Token).lower,
        )
      )
    )
      break;
    e++;
  }
  if (e === k) return null;
  // "one nurse waiting at …", "a company spokeswoman for …": the phrase ends at its head noun, unless a
  // name follows it ("the comparison portal Verivox")
  for (let j = k; j < e; j++) {
    const w = tokens[j] as Token;
    if (isCap(w) || !(EN_SOURCE_WORDS.has(w.lower) || EN_BODY_WORDS.has(w.lower) || roleOf(w.text, 'en')))
      continue;
    if (isCap(tokens[j + 1]) || roleOf(tokens[j + 1]?.text ?? '', 'en')) continue;
    e = j + 1;
    break;
  }
  const words = tokens.slice(k, e);
  // "Economy Minister X", "President X": the last title word, then the name
  // ("Board member X", "transport spokesperson X": a lower-case role before the name is a title too)
  const lastRole = words.findLastIndex((t) => !!roleOf(t.text, 'en'));
  if (lastRole >= 0 && lastRole < words.length - 1 && words.slice(lastRole + 1).every(isName)) {
    return {
      kind: 'person',
      text: join(tokens, k, e),
      name: join(tokens, k + lastRole + 1, e),
      role: join(tokens, k, k + lastRole + 1),
      end: e,
    };
  }
  const last = words[words.length - 1] as Token;
  // a bare name: "Hansen", "Ellen Hansen"
  if (
    !definite &&
    words.every((t, j) => isName(t) || (initials > 0 && isMiddleInitial(words, j - (t.word ? 0 : 1), 'en')))
  ) {
    return { kind: 'person', text: join(tokens, k, e), name: join(tokens, k, e), end: e };
  }
  // "the comparison portal Verivox", "the Federal Network Agency": the capitalised run at the end
  if (isCap(last) || isAcronym(last)) {
    let s = words.length - 1;
    // ("the Association of British Insurers": "of" between capitalised words is part of the name)
    while (
      s > 0 &&
      (isCap(words[s - 1]) ||
        isAcronym(words[s - 1]) ||
        (words[s - 1]?.lower === 'of' && s > 1 && isCap(words[s - 2])))
    )
      s--;
    let end = e;
    // "(Bundesnetzagentur)": a bracketed name or abbreviation after it
    if (tokens[end]?.text === '(' && isCap(tokens[end + 1]) && tokens[end + 2]?.text === ')') end += 3;
    return { kind: 'org', text: join(tokens, k + s, e), end };
  }
  if (EN_SOURCE_WORDS.has(last.lower)) return { kind: 'source', text: join(tokens, k, e), end: e };
  if (EN_BODY_WORDS.has(last.lower)) return { kind: 'body', text: join(tokens, k, e), end: e };
  if (roleOf(last.text, 'en'))
    return { kind: 'role', text: join(tokens, k, e), role: last.text, end: e, definite };
  return null;
}

// "Ohio-based", "Leeds-headquartered": a place and a participle of where a firm sits
const PLACE_BASED = /^\p{Lu}[\p{L}.]*-(?:based|headquartered)$/u;
/**
 * "Ohio-based Brandell said": the firm before the verb at `v`, its home town no part of the name (an
 * organisation, not a person), else null.
 */
function placeBasedFirm(tokens: readonly Token[], ps: number, v: number): SpeakerPhrase | null {
  if (v - ps < 2 || v - ps > 5 || !PLACE_BASED.test(tokens[ps]?.text ?? '')) return null;
  for (let j = ps + 1; j < v; j++) if (!isCap(tokens[j])) return null;
  return { kind: 'org', text: join(tokens, ps + 1, v), end: v };
}
// "U.S.", "U.K.": a dotted country abbreviation (its last full stop a token of its own)
const DOTTED_COUNTRY = /^[A-Z](?:\.[A-Z])+$/;
// honorifics before a name in an apposition ("…, Dr. X, said")
const HONORIFICS = new Set(['Dr', 'Prof', 'Mr', 'Mrs', 'Ms', 'Sir', 'Dame']);

/** The person named right before ", said" in "Its president, X, said …": an apposition closed by commas. */
function appositionBefore(
  tokens: readonly Token[],
  v: number,
): { speaker: SpeakerPhrase; from: number } | null {
  if (tokens[v - 1]?.text !== ',') return null;
  // "Counsel for the firm, Rory X SC, told …": a barrister's post-nominal closes the name
  const e = /^(?:SC|QC|KC)$/u.test(tokens[v - 2]?.text ?? '') ? v - 2 : v - 1;
  let s = e;
  while (s > 0 && isName(tokens[s - 1]) && e - s < 4) s--;
  if (s === e) return null;
  // "The head of X, Dr. Jane Roe, said": an honorific before the name
  let open = s;
  if (tokens[open - 1]?.text === '.' && HONORIFICS.has(tokens[open - 2]?.text ?? '')) open -= 2;
  else if (HONORIFICS.has(tokens[open - 1]?.text ?? '')) open -= 1;
  if (open > 0 && tokens[open - 1]?.text !== ',') return null;
  const name = join(tokens, s, e);
  return { speaker: { kind: 'person', text: name, name, end: v - 1 }, from: open };
}

/** True when three words follow from `k` ("prices would rise", "about 18,000 homes": a number's commas are no break). */
function opensClause(tokens: readonly Token[], k: number): boolean {
  let words = 0;
  for (let j = k; j < tokens.length && words < 3; j++) {
    const x = tokens[j] as Token;
    if (x.word) words++;
    else if (
      !(x.text === ',' && /\d$/.test(tokens[j - 1]?.text ?? '') && /^\d{3}$/.test(tokens[j + 1]?.text ?? ''))
    )
      return false;
  }
  return words >= 3;
}

// words a clause after "told <object>" opens with ("told the BBC the budget was …", "told reporters it would …")
const CLAUSE_OPENERS = new Set([
  'the',
  'a',
  'an',
  'it',
  'he',
  'she',
  'they',
  'we',
  'there',
  'this',
  'its',
  'his',
  'their',
]);
// who is told: a pronoun or a group noun instead of a name
const TOLD_OBJECTS = new Set([
  'me',
  'us',
  'him',
  'her',
  'them',
  'reporters',
  'journalists',
  'parliament',
  'mps',
]);

/** Where the clause after "told" and a short object begins ("told the BBC | the …"), else null. */
function toldClauseStart(tokens: readonly Token[], k: number): number | null {
  let j = k;
  if (TOLD_OBJECTS.has(tokens[j]?.lower ?? '')) j++;
  else {
    if (tokens[j]?.lower === 'the') j++;
    const from = j;
    while (j < tokens.length && j - from < 4 && (isCap(tokens[j]) || isAcronym(tokens[j]))) j++;
    if (j === from) return null;
  }
  return CLAUSE_OPENERS.has(tokens[j]?.lower ?? '') && opensClause(tokens, j) ? j : null;
}

/** Index where what was said begins after the verb at `v` ("told the group that …", "said on Monday that …"). */
function contentStart(tokens: readonly Token[], v: number): number | null {
  const verb = tokens[v] as Token;
  let k = v + 1;
  if (/^tol[ld]|^tells$/.test(verb.lower)) {
    // "told Reuters that", "told the Funke media group that": an object before the clause
    for (let j = k; j < tokens.length && j - k < 8; j++) {
      if (tokens[j]?.lower === 'that') return j + 1;
      if (!(tokens[j] as Token).word) break;
    }
    // "told the BBC the budget was balanced": a named object, then a clause without "that"
    return toldClauseStart(tokens, k);
  }
  while (k < tokens.length && EN_SPEECH_FILLERS.has((tokens[k] as Token).lower)) k++;
  // "said in a statement (that) …", "said in an interview …"
  if (
    tokens[k - 1]?.lower === 'in' &&
    /^an?$/.test(tokens[k]?.lower ?? '') &&
    EN_STATEMENT_MEDIA.has(tokens[k + 1]?.lower ?? '')
  )
    k += 2;
  if (tokens[k]?.lower === 'that') return k + 1;
  const t = tokens[k];
  // "said consumers should …": a clause right after the verb, at least three words long
  if (k === v + 1 && EN_BARE_CLAUSE_VERBS.has(verb.lower) && t?.word && opensClause(tokens, k)) return k;
  // "said on Wednesday they had …", "said in a statement it was …": a pronoun opens the clause after a filler
  if (k > v + 1 && EN_BARE_CLAUSE_VERBS.has(verb.lower) && EN_CLAUSE_SUBJECTS.has(t?.lower ?? ''))
    return opensClause(tokens, k) ? k : null;
  return null;
}

/** The person or organisation an English sentence opens with ("IG Metall, Germany's largest union, …"), if any. */
function sentenceSubjectEn(tokens: readonly Token[]): SpeakerPhrase | null {
  const s = parseSpeakerEn(tokens, 0) ?? leadingPerson(tokens);
  // ("A hacker group calling itself … claimed the attack and said …": an unnamed body opens it too)
  if (!s || (s.kind !== 'person' && s.kind !== 'org' && s.kind !== 'body')) return null;
  // the subject is followed by a verb or by an apposition between commas, not by more of a clause
  return tokens[s.end]?.word || tokens[s.end]?.text === ',' ? s : null;
}

/**
 * The titled or bare name an English sentence opens with when a verb that is no verb of saying follows it
 * ("Mayor X welcomed the plan but said …", which parseSpeakerEn reads on past the name): the longest name
 * run of up to ten words that ends before a lower-case word.
 */
function leadingPerson(tokens: readonly Token[]): SpeakerPhrase | null {
  for (let e = Math.min(tokens.length - 1, 10); e >= 1; e--) {
    if (!isCap(tokens[e - 1]) || !tokens[e]?.word || /^\p{Lu}/u.test(tokens[e]!.text)) continue;
    const p = parseSpeakerEn(tokens.slice(0, e), 0);
    if (p?.kind === 'person' && p.end === e) return p;
  }
  return null;
}

const OPEN_QUOTES = new Set(['"', '“', '„', '«', '»']);

/** The attribution of a calling verb at `v`: its subject right before it and a quotation within the next words. */
function callingSpeaker(tokens: readonly Token[], v: number): Attribution | null {
  let cs = v;
  while (cs > 0 && !CLAUSE_BREAKS.has((tokens[cs - 1] as Token).text)) cs--;
  // (the phrase ends at the verb: "Critics called the plan" is not read as one long phrase)
  const speaker = parseSpeakerEn(tokens.slice(0, v), cs);
  if (!speaker || !['person', 'pronoun', 'role', 'source', 'org', 'body'].includes(speaker.kind)) return null;
  // "Analysts at Jefferies called …": the firm they work at is the speaker
  let end = speaker.end;
  let who = speaker;
  const plural = speaker.kind === 'source' || EN_SOURCE_WORDS.has(tokens[cs]?.lower ?? '');
  if (plural && ['at', 'of', 'from'].includes(tokens[end]?.lower ?? '')) {
    let e = end + 1;
    while (e < v && (isCap(tokens[e]) || isAcronym(tokens[e]))) e++;
    if (e === v && e > end + 1) {
      who = { kind: 'org', text: join(tokens, end + 1, e), end: e };
      end = e;
    }
  }
  if (end !== v) return null;
  let q = v + 1;
  while (q < tokens.length && q - v <= 8 && (tokens[q] as Token).word) q++;
  if (!OPEN_QUOTES.has(tokens[q]?.text ?? '') || q === v + 1) return null;
  const t = tokens[v] as Token;
  return { form: 'lead', at: v, offset: t.start, speaker: who, from: cs, to: v + 1 };
}

const COMPLEMENT_PREPS = new Set(['for', 'at', 'of', 'from', 'with']);
// adverbs set off by commas between a subject and its verb ("X, however, said …")
const INSERTED_ADVERBS = new Set([
  'however',
  'meanwhile',
  'though',
  'too',
  'also',
  'instead',
  'nevertheless',
]);

/** The subject before ", however, said" at verb `v`: a person or organisation that opens its clause. */
function subjectBeforeInsert(
  tokens: readonly Token[],
  v: number,
): { speaker: SpeakerPhrase; from: number } | null {
  if (tokens[v - 1]?.text !== ',' || tokens[v - 3]?.text !== ',') return null;
  if (!INSERTED_ADVERBS.has(tokens[v - 2]?.lower ?? '')) return null;
  let from = v - 3;
  while (from > 0 && !CLAUSE_BREAKS.has((tokens[from - 1] as Token).text)) from--;
  const speaker = parseSpeakerEn(tokens, from);
  if (!speaker || speaker.end !== v - 3 || speaker.kind === 'pronoun') return null;
  return { speaker, from };
}

/**
 * "a spokeswoman for the hospital said": an unnamed role or source with a short complement that runs up
 * to the verb at `v` takes the complement in; any other phrase is returned as it is.
 */
function withComplement(
  tokens: readonly Token[],
  s: SpeakerPhrase | null,
  ps: number,
  v: number,
): SpeakerPhrase | null {
  if (!s || s.end >= v || (s.kind !== 'role' && s.kind !== 'source')) return s;
  if (!COMPLEMENT_PREPS.has(tokens[s.end]?.lower ?? '') || v - s.end > 6) return s;
  for (let j = s.end + 1; j < v; j++) if (!(tokens[j] as Token).word) return s;
  const from = DETERMINERS.has(tokens[ps]?.lower ?? '') ? ps + 1 : ps;
  return { ...s, text: join(tokens, from, v), end: v };
}

/**
 * The author after "according to data from / a report released … by": the phrase after the first "from"
 * or "by" within a few words of cited data, else null.
 */
function citedAuthor(tokens: readonly Token[], i: number): SpeakerPhrase | null {
  if (!EN_CITED_DATA.has(tokens[i]?.lower ?? '')) return null;
  for (let j = i + 1; j < tokens.length && j - i <= 6; j++) {
    const w = tokens[j] as Token;
    if (!w.word) return null;
    if (w.lower === 'from' || w.lower === 'by') {
      const s = parseSpeakerEn(tokens, j + 1);
      return s && s.kind !== 'pronoun' ? s : null;
    }
  }
  return null;
}

/**
 * "according to (court) documents posted on …": the documents themselves are the source (not the speaker
 * before), the phrase running to the end of its clause; else null.
 */
function citedDocuments(tokens: readonly Token[], i: number): SpeakerPhrase | null {
  let k = i;
  if (
    tokens[k]?.word &&
    !EN_CITED_DOCUMENTS.has(tokens[k]?.lower ?? '') &&
    /^\p{Ll}/u.test(tokens[k]?.text ?? '')
  )
    k++;
  const noun = tokens[k];
  if (!noun || !EN_CITED_DOCUMENTS.has(noun.lower)) return null;
  let end = k + 1;
  while (end < tokens.length && (tokens[end] as Token).text !== ',' && (tokens[end] as Token).text !== ';')
    end++;
  return { kind: 'source', text: join(tokens, i, k + 1), end };
}

/** Finds the attributions of one English sentence (tokens of the masked sentence). */
export function findAttributionsEn(tokens: readonly Token[]): Attribution[] {
  const out: Attribution[] = [];
  for (let v = 0; v < tokens.length; v++) {
    const t = tokens[v] as Token;
    // "according to X"
    if (t.lower === 'according' && tokens[v + 1]?.lower === 'to') {
      let s = parseSpeakerEn(tokens, v + 2) ?? citedAuthor(tokens, v + 2) ?? citedDocuments(tokens, v + 2);
      // "according to court filings": a noun before the documents is no speaker of its own
      if (s && EN_CITED_DOCUMENTS.has(tokens[s.end]?.lower ?? '')) s = citedDocuments(tokens, v + 2) ?? s;
      if (s && s.kind !== 'pronoun') {
        const from = tokens[v - 1]?.text === ',' ? v - 1 : v;
        out.push({ form: 'laut', at: v, offset: t.start, speaker: s, from, to: s.end });
      }
      continue;
    }
    // "He called the data "a bright spot"": a judgement quoted after the object
    if (EN_CALLING_VERBS.has(t.lower)) {
      const c = callingSpeaker(tokens, v);
      if (c) out.push(c);
      continue;
    }
    if (!EN_SPEECH_VERBS.has(t.lower) || /^\p{Lu}/u.test(t.text)) continue;
    let cs = v;
    while (cs > 0 && !CLAUSE_BREAKS.has((tokens[cs - 1] as Token).text)) cs--;
    // "The X Safety Centre (XSC) said": the bracketed abbreviation belongs to the name before it
    if (cs === v && v > 3 && bracketedAbbreviation(tokens, v - 3)) {
      cs -= 3;
      while (cs > 0 && !CLAUSE_BREAKS.has((tokens[cs - 1] as Token).text)) cs--;
    }
    let ps = cs;
    while (ps < v && LEADING_CONJUNCTIONS.has((tokens[ps] as Token).lower)) ps++;
    // "U.S. safety regulators said": the country abbreviation before the subject
    if (ps + 2 < v && tokens[ps + 1]?.text === '.' && DOTTED_COUNTRY.test(tokens[ps]?.text ?? '')) ps += 2;
    // "Reed, however, said …": an adverb between commas after the subject
    const inserted = ps === v ? subjectBeforeInsert(tokens, v) : null;
    if (inserted) {
      const c = contentStart(tokens, v);
      out.push({
        form: c !== null ? 'that' : 'lead',
        at: v,
        offset: t.start,
        speaker: inserted.speaker,
        from: inserted.from,
        to: c ?? v + 1,
      });
      continue;
    }
    // "X called the plan "…" and said the council should …": after "and/but" the verb shares the
    // sentence's subject, and a clause after it is what was said (not "said the council" inverted)
    if (ps === v && ps > cs && (tokens[v - 1]?.lower === 'and' || tokens[v - 1]?.lower === 'but')) {
      const joined = sentenceSubjectEn(tokens);
      const c = joined ? contentStart(tokens, v) : null;
      if (joined && c !== null) {
        out.push({ form: 'that', at: v, offset: t.start, speaker: joined, from: v - 1, to: c });
        continue;
      }
    }
    // "…," said X / …, said X, head of …: the speaker follows the verb
    if (ps === v) {
      const after = parseSpeakerEn(tokens, v + 1);
      const app = appositionBefore(tokens, v);
      if (app) {
        const c = contentStart(tokens, v);
        if (c !== null) {
          out.push({ form: 'that', at: v, offset: t.start, speaker: app.speaker, from: app.from, to: c });
          continue;
        }
        // "Its director, X, said customers should "…"": the name between the commas, not the noun after
        if (!after || after.kind !== 'person') {
          out.push({ form: 'lead', at: v, offset: t.start, speaker: app.speaker, from: app.from, to: v + 1 });
          continue;
        }
      }
      // "X, the trial's lead investigator and a professor of …, said": a longer apposition
      const long = app ? null : longAppositionBefore(tokens, v);
      if (long) {
        const c = contentStart(tokens, v);
        const to = c ?? v + 1;
        // ("X, a manager at Y, urged drivers to …": the noun after "urged" is who was addressed)
        if (
          c !== null ||
          !after ||
          after.kind === 'pronoun' ||
          after.end >= tokens.length - 1 ||
          EN_ADDRESSEE_VERBS.has(t.lower)
        ) {
          out.push({
            form: c !== null ? 'that' : 'trail',
            at: v,
            offset: t.start,
            speaker: long.speaker,
            from: long.from,
            to,
          });
          continue;
        }
      }
      if (after && after.kind !== 'pronoun') {
        const from = cs > 0 && tokens[cs - 1]?.text === ',' ? cs - 1 : cs;
        let to = after.end;
        while (to < tokens.length && tokens[to]?.text !== ',' && tokens[to]?.text !== ';') to++;
        // "said X, head of energy policy at Y": the apposition belongs to the attribution
        if (tokens[to]?.text === ',' && roleOf(tokens[to + 1]?.text ?? '', 'en')) {
          to++;
          while (to < tokens.length && tokens[to]?.text !== ',' && tokens[to]?.text !== ';') to++;
        }
        out.push({ form: 'trail', at: v, offset: t.start, speaker: after, from, to });
      }
      continue;
    }
    const speaker =
      placeBasedFirm(tokens, ps, v) ?? withComplement(tokens, parseSpeakerEn(tokens, ps), ps, v);
    if (!speaker || speaker.end !== v) {
      // "IG Metall, Germany's largest union, welcomed the deal but said …": the subject of the sentence
      const joined = ['and', 'but'].includes(tokens[v - 1]?.lower ?? '') ? sentenceSubjectEn(tokens) : null;
      // ("… and said it had …": a clause after the verb is what was said)
      const c = joined ? contentStart(tokens, v) : null;
      if (joined)
        out.push({
          form: c !== null ? 'that' : 'lead',
          at: v,
          offset: t.start,
          speaker: joined,
          from: v - 1,
          to: c ?? v + 1,
        });
      continue;
    }
    const c = contentStart(tokens, v);
    if (c !== null) {
      out.push({ form: 'that', at: v, offset: t.start, speaker, from: cs, to: c });
    } else if (cs > 0 && tokens[cs - 1]?.text === ',' && ps === cs) {
      // (", and X told passengers …": a clause of its own after "and", nothing it says stands before)
      // "…, the portal Verivox said on Wednesday.": what was said stands before
      let to = v + 1;
      while (to < tokens.length && tokens[to]?.text !== ',') to++;
      out.push({ form: 'trail', at: v, offset: t.start, speaker, from: cs - 1, to });
    } else {
      out.push({ form: 'lead', at: v, offset: t.start, speaker, from: cs, to: v + 1 });
    }
  }
  return out;
}
