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
];
