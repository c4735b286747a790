/**
 * Words that end an English firm's name ("X Capital", "X Partners", "X Holdings"), lower-case: a
 * capitalised run ending in one of them names a firm, not a person.
 */
export const EN_COMPANY_WORDS: ReadonlySet<string> = new Set(
  `capital partners holdings securities investments investment ventures advisors advisers associates
  analytics insights economics consulting consultants technologies labs solutions systems industries
  enterprises brands foods airlines airways motors pharmaceuticals pharma energy logistics media ltd
  plc inc llc llp corp corporation co`
    .split(/\s+/)
    .filter(Boolean),
);
