import { COMPANY_WORDS } from '../lexicon/de/name-stopwords.js';
import { COMPANY_NOUN_ENDINGS } from '../lexicon/de/roles.js';
import { memoizeWord } from '../text/memoize-word.js';
import { isNameToken, isPlaceWord, type Token, tokenize } from './find-names.js';

/** A company the article names, with where. */
export interface CompanyMention {
  name: string;
  paragraph: number;
  start: number;
}

/** True for a noun that describes a company ("Chemiekonzern", "Unternehmen", "Autohersteller"). */
export function isCompanyNoun(word: string): boolean {
  // asked for every token: a word not starting with an upper-case letter fails without a memo lookup
  const first = word.charCodeAt(0);
  if (first < 0x80 && (first < 0x41 || first > 0x5a)) return false;
  return companyNounMemo(word);
}

const companyNounMemo = memoizeWord(findCompanyNoun);

function findCompanyNoun(word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  const w = word.toLowerCase().replace(/(?:s|es)$/, '');
  const full = word.toLowerCase();
  return COMPANY_NOUN_ENDINGS.some((e) => full.endsWith(e) || w.endsWith(e));
}

const isName = (t: Token | undefined) =>
  !!t &&
  (isNameToken(t.text) || (isAsciiCapital(t.text.charCodeAt(0)) && /^[A-Z][A-Za-z0-9&]+$/.test(t.text)));

const isAsciiCapital = (c: number) => c >= 0x41 && c <= 0x5a;

/**
 * Finds companies named with a describing noun or a legal form: "der Chemiekonzern Falkenwerk",
 * "Falkenwerk Logistik", "die Nordtext AG". These let "das Unternehmen" later refer back to the company.
 */
export function findCompanies(paragraphs: readonly string[]): CompanyMention[] {
  const out: CompanyMention[] = [];
  paragraphs.forEach((p, paragraph) => {
    const tokens = tokenize(p);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      // "der Chemiekonzern Falkenwerk (AG)": a describing noun, then the name
      if (isCompanyNoun(t.text) && isName(tokens[i + 1]) && !isPlaceWord(tokens[i + 1]?.text ?? '')) {
        let e = i + 2;
        // "Fjordmark Marine", "Nordtext Systems AG": more name words and company words
        while (
          e < tokens.length &&
          e - i <= 4 &&
          (COMPANY_WORDS.has((tokens[e] as Token).lower) || isNameToken((tokens[e] as Token).text))
        )
          e++;
        const name = tokens
          .slice(i + 1, e)
          .map((x) => x.text)
          .join(' ');
        out.push({ name, paragraph, start: (tokens[i + 1] as Token).start });
        continue;
      }
      // "Falkenwerk Logistik", "Nordtext AG": a name before a company word
      const next = tokens[i + 1];
      if (next && COMPANY_WORDS.has(next.lower) && isName(t) && /^\p{Lu}/u.test(next.text)) {
        out.push({ name: `${t.text} ${next.text}`, paragraph, start: t.start });
        i++;
      }
    }
  });
  return out;
}

/**
 * The company a generic noun ("das Unternehmen", "aus dem Konzern") refers to: the one company named
 * before that place, when the article names only one; null when none or several.
 */
export function companyFor(
  companies: readonly CompanyMention[],
  paragraph: number,
  offset: number,
): string | null {
  const before = companies.filter(
    (c) => c.paragraph < paragraph || (c.paragraph === paragraph && c.start < offset),
  );
  // "Falkenwerk" and "Falkenwerk Logistik" are one company
  const heads = new Set(before.map((c) => c.name.split(' ')[0]));
  if (heads.size !== 1) return null;
  return before.reduce((a, c) => (c.name.length > a.length ? c.name : a), '');
}
