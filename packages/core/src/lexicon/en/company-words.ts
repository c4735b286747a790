/**
 * Words that end an English firm's name ("X Capital", "X Partners", "X Holdings"), lower-case: a
 * capitalised run ending in one of them names a firm, not a person.
 */
export const EN_COMPANY_WORDS: ReadonlySet<string> = new Set(
  `capital partners holdings securities investments investment ventures advisors advisers associates
  analytics insights economics consulting consultants technologies labs solutions systems industries
  enterprises brands foods airlines airways motors pharmaceuticals pharma energy logistics media ltd
  plc inc llc llp corp corporation co rail railway railways network networks trains buses telecom
  utilities`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Ends of one-word English operator names ("Powergrid", "Thameslink"; not "-net" or "-water", which end surnames like Bennet): a run ending in a
 * word with one of these ends names a firm, not a person. Lower-case.
 */
export const EN_COMPANY_ENDINGS: readonly string[] = ['grid', 'rail', 'link', 'power'];

/**
 * Words that open the names of English operators and public firms, never a person's name ("Northern Rail",
 * "Southern Water", "National Grid", "Royal Mail"). Lower-case.
 */
export const EN_ORG_OPENERS: ReadonlySet<string> = new Set(
  'northern southern eastern western central national royal united british scottish welsh irish'.split(' '),
);
