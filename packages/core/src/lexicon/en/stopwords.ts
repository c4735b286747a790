/** Frequent English function words, lower-case: running text is dense with them, page furniture is not. */
export const EN_STOPWORDS: ReadonlySet<string> = new Set(
  `a about after all also an and any are as at be because been before being but by can could did do does
  for from had has have he her his how i if in into is it its just more most no not of on one only or other
  our out over said says she should so some than that the their them then there these they this those to
  under up was we were what when where which while who will with would you`
    .split(/\s+/)
    .filter(Boolean),
);
