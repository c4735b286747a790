/**
 * Last words of the names of English public bodies that publish warnings, data and findings and are cited
 * like institutes: "Environment Agency", "Norwegian Meteorological Institute", "Civil Aviation Authority",
 * "US Geological Survey". Councils, commissions and companies are left out: they act, they are not cited.
 */
export const EN_SOURCE_BODY_HEADS: readonly string[] = [
  'Agency',
  'Institute',
  'Authority',
  'Bureau',
  'Survey',
  'Observatory',
  'Organization',
  'Organisation',
  // "Congressional Budget Office", "Met Office", "National Weather Service": a named office or service
  'Office',
  'Service',
];

/**
 * First words of English public bodies named "<Head> for/of <Field>" ("Office for National Statistics",
 * "Bureau of Labor Statistics", "Institute for Fiscal Studies"): cited like institutes.
 */
export const EN_SOURCE_BODY_OPENERS: readonly string[] = [
  'Office',
  'Bureau',
  'Institute',
  'Agency',
  'Organisation',
  'Organization',
  // ("Department of Education", "State Department of Health": a government department's findings)
  'Department',
];

/**
 * Government bodies named by one word that speak and publish like institutes ("The Treasury has warned",
 * "the Pentagon said"); a one-word name of another head is too often a common noun to be read as a source.
 */
export const EN_ONE_WORD_BODIES: readonly string[] = ['Treasury', 'Pentagon'];

/**
 * Verbs with which a public body states a finding of a report or an estimate ("the Bureau of X found that
 * …", "the Office for Y projected …"): counted for bodies like the verbs of speech.
 */
export const EN_FINDING_VERBS: ReadonlySet<string> = new Set(
  'found finds concluded concludes showed shows projected projects forecast forecasts calculated'.split(' '),
);
