// "14% of their body weight", "52% of the vote": the noun phrase of the "of" after a percentage
const OF_AFTER =
  /^\s*%?\s*(?:percent|per cent)?\s+of\s+(?:(?:their|its|his|her|the|all|our)\s+)?((?:[a-z-]+\s+){0,2}[a-z-]+)/u;
// "weight loss of about 16%", "revenue growth of 5%": what changes, before a noun of change
const CHANGE_BEFORE =
  /\b([a-z]{3,})\s+(?:loss|losses|gain|gains|growth|rise|increase|decrease|decline|drop|fall|reduction)\s+of\s+(?:(?:about|around|roughly|nearly|almost|some|up to|more than|less than|at least)\s+)?$/u;
// words that end a noun phrase: prepositions, conjunctions, auxiliaries
const PHRASE_END = new Set(
  `after before in at on to for by with from since than as and or but during over under within while
  who which that is are was were had has have will would could`.split(/\s+/u),
);

// adjectives that describe the change, not what changes: "an even steeper drop of 11%", "a modest rise of 2%"
const DEGREE =
  /^(?:sharp|steep|slight|modest|small|big|large|huge|strong|weak|annual|average|total|further|overall|expected|estimated|projected|record|net|gross|\p{Ll}+(?:est|al|ive|ed))$/u;
// a comparative after an article or intensifier: "an even steeper drop", "a bigger rise"
const COMPARATIVE = /\b(?:even|much|far|slightly|an?)\s+(\p{Ll}+er)\s+\p{Ll}+\s+of\s+(?:\p{Ll}+\s+)?$/u;

/**
 * What an English percentage is a share or change of: "lost 2.9% of their weight" → "weight", "weight loss
 * of about 16%" → "weight"; undefined when the sentence does not say.
 */
export function englishPercentSubject(before: string, after: string): string | undefined {
  const phrase = OF_AFTER.exec(after)?.[1]?.split(/\s+/u);
  if (phrase) {
    const end = phrase.findIndex((w) => PHRASE_END.has(w));
    const words = end < 0 ? phrase : phrase.slice(0, end);
    const head = words[words.length - 1];
    if (head && head.length >= 3) return head;
  }
  const change = CHANGE_BEFORE.exec(before)?.[1];
  return change && !DEGREE.test(change) && COMPARATIVE.exec(before)?.[1] !== change ? change : undefined;
}
