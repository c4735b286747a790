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
];
