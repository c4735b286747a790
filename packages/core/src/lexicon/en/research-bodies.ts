/**
 * Last or first words of English bodies whose reports and studies are cited ("Office of the Health
 * Ombudsman", "University of X", "X Foundation"), lower-case.
 */
export const EN_RESEARCH_BODY_WORDS: ReadonlySet<string> = new Set(
  `office university institute foundation centre center agency bank council commission authority
  association society trust board department ministry bureau service survey school college hospital
  observatory laboratory laboratories lab organisation organization federation union fund`
    .split(/\s+/)
    .filter(Boolean),
);

/** English document nouns whose author, after "by" or "from", is a cited source ("a report by …"). */
export const EN_DOCUMENT_NOUNS: readonly string[] = [
  'report',
  'study',
  'survey',
  'analysis',
  'review',
  'audit',
  'data',
  'figures',
  'research',
  'estimates',
  'statistics',
  'assessment',
  'forecast',
];

/** English people whose body, after "at" or "from", is a cited source ("researchers at the University of X"). */
export const EN_RESEARCHER_NOUNS: readonly string[] = [
  'researchers',
  'scientists',
  'economists',
  'experts',
  'academics',
  'analysts',
];
