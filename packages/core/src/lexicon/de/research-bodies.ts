/**
 * Ends of the head nouns of bodies whose studies, reports and surveys news articles cite ("Universitätsmedizin
 * X", "Bertelsmann Stiftung", "Deutsches Zentrum für …"), lower-case: a capitalised name after "Studie der …"
 * is a cited source only when one of its words ends in one of these.
 */
export const RESEARCH_BODY_ENDINGS: readonly string[] = [
  'universität',
  'medizin',
  'hochschule',
  'klinik',
  'klinikum',
  'institut',
  'stiftung',
  'agentur',
  'gesellschaft',
  'akademie',
  'zentrum',
  'kommission',
  'organisation',
  'verband',
  'vereinigung',
  'kammer',
  'kasse',
  'versicherung',
  'bank',
  'behörde',
  'amt',
  'ministerium',
  'rechnungshof',
  'observatorium',
  'forschungsstelle',
];

/**
 * Document nouns whose author, in the genitive after them, is a cited source ("Studie der …", "Jahresbericht
 * des …"); each is found by a piece in DOCUMENT_CUES of find-source-cues.ts.
 */
export const DOCUMENT_NOUNS: readonly string[] = [
  'studie',
  'untersuchung',
  'analyse',
  'auswertung',
  'bericht',
  'report',
  'gutachten',
  'erhebung',
  'umfrage',
  'befragung',
  'prognose',
  'hochrechnung',
  'schätzungen',
  'berechnungen',
];

/** People whose body, in the genitive or after "von/an", is a cited source ("Forscher der Universität X"). */
export const RESEARCHER_NOUNS: readonly string[] = [
  'Forscher',
  'Forscherinnen',
  'Forschende',
  'Forschenden',
  'Wissenschaftler',
  'Wissenschaftlerinnen',
  'Ökonomen',
  'Experten',
  'Expertinnen',
];
