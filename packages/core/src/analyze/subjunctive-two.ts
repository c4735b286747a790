import {
  STRONG_SUBJUNCTIVE_II_FORMS,
  SUBJUNCTIVE_II_FORMS,
  VERB_PREFIXES,
} from '../lexicon/de/reporting-verbs.js';
import type { Token } from './find-names.js';

const STRONG = new Set(STRONG_SUBJUNCTIVE_II_FORMS);
const PREFIXES = new Set(VERB_PREFIXES);
// (every listed form holds an umlaut but "fiele", "hielte", "ließe", "riefe", "bliebe", "schiene", "stiege")
const MAY_BE_STRONG = /[äöü]|iele$|ielte$|ieße$|iefe$|iebe$|iene$|iege$/u;

// "trügen" and "betrügen" are infinitives too ("der Schein kann trügen")
const NOT_SUBJUNCTIVE = new Set(['trüge', 'trügen', 'betrüge', 'betrügen']);

/**
 * True for a strong Konjunktiv II form that no indicative shares ("übertrügen", "gäbe", "zunähme"): the
 * listed form itself or after a verb prefix, written in lower case (a capitalised "Vorwürfe" is a noun).
 */
export function isStrongSubjunctiveTwo(word: string): boolean {
  if (!MAY_BE_STRONG.test(word) || !/^\p{Ll}/u.test(word) || NOT_SUBJUNCTIVE.has(word)) return false;
  if (STRONG.has(word)) return true;
  for (let cut = 2; cut <= 7 && cut < word.length - 3; cut++)
    if (PREFIXES.has(word.slice(0, cut)) && STRONG.has(word.slice(cut))) return true;
  return false;
}

/** True when a clause has any Konjunktiv II verb: an auxiliary or modal ("wäre", "würde") or a strong form. */
export function hasSubjunctiveTwo(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.word && (SUBJUNCTIVE_II_FORMS.has(t.lower) || isStrongSubjunctiveTwo(t.text)));
}
