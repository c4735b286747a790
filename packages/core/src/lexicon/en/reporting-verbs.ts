/**
 * English verbs that introduce speech in news prose, in the forms a report uses (past, present,
 * 3rd person), lower-case. "told" takes an object before what was said ("told Reuters that …").
 */
export const EN_SPEECH_VERBS: ReadonlySet<string> = new Set(
  `said says say told tells added adds stated states explained explains warned warns noted notes
  argued argues insisted insists claimed claims announced announces reported reports wrote writes
  confirmed confirms denied denies stressed stresses urged urges predicted predicts estimated estimates
  acknowledged acknowledges admitted admits suggested suggests cautioned cautions emphasized emphasised
  emphasizes emphasises believes believed expects expected recalled recalls replied replies
  announced conceded concedes contended contends maintained maintains declared declares`
    .split(/\s+/)
    .filter(Boolean),
);

/** Verbs that take what was said without "that" ("said prices would rise"); others need "that". */
export const EN_BARE_CLAUSE_VERBS: ReadonlySet<string> = new Set(
  `said says say added adds warned warns noted notes argued argues insisted insists claimed claims
  stressed stresses wrote writes`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that may stand between an English reporting verb and what was said ("said on Monday that"). */
export const EN_SPEECH_FILLERS: ReadonlySet<string> = new Set(
  `on in at last this next earlier later also previously recently yesterday today monday tuesday
  wednesday thursday friday saturday sunday week month year morning evening night afternoon
  separately again further`
    .split(/\s+/)
    .filter(Boolean),
);

/** English personal pronouns that can stand for the last person named, with their gender. */
export const EN_PRONOUNS: Readonly<Record<string, 'm' | 'f'>> = { he: 'm', she: 'f' };

/**
 * Reporting verbs whose object is the person addressed, not the speaker: "X, a manager at Y, urged drivers
 * to …", "X told residents …" (lower-case).
 */
export const EN_ADDRESSEE_VERBS: ReadonlySet<string> = new Set(
  'urged urges told tells warned warns asked asks advised advises reminded reminds'.split(' '),
);

/** Words that open an English attribution phrase before its source: "according to X". */
export const EN_ACCORDING = ['according', 'to'] as const;

/**
 * Verbs that quote someone's judgement of a thing ("He called the data "a bright spot"", "she described
 * the deal as "fair""): speech only with a speaker before them and a quotation right after the object.
 */
export const EN_CALLING_VERBS: ReadonlySet<string> = new Set(
  'called calls described describes dubbed dubs labelled labeled labels'.split(' '),
);

/** Nouns of the medium a statement came in ("said in a statement it …", "said in an interview that …"). */
export const EN_STATEMENT_MEDIA: ReadonlySet<string> = new Set(
  'statement interview filing email release post letter briefing'.split(' '),
);

/** Words that open a clause said without "that" after a filler ("said on Monday they had …"). */
export const EN_CLAUSE_SUBJECTS: ReadonlySet<string> = new Set('it they he she we there'.split(' '));

/** Nouns of data or a document cited with "according to … from/by X" ("according to data from X"). */
export const EN_CITED_DATA: ReadonlySet<string> = new Set(
  'data figures numbers estimates statistics research analysis a an the report survey study'.split(' '),
);

/** Documents cited as a source by themselves ("according to documents posted on …", "according to court filings"). */
export const EN_CITED_DOCUMENTS: ReadonlySet<string> = new Set(
  'documents records filings papers data figures statistics'.split(' '),
);
