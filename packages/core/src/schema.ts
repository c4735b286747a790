import { z } from 'zod';

/** ISO 8601 date at the precision the text gives: "2024", "2024-06" or "2024-10-24". */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** How serious a problem with an input is. */
export const SeveritySchema = z.enum(['info', 'warning', 'error']);
export type Severity = z.infer<typeof SeveritySchema>;

/** A problem with one input: data, not an exception, so it can be shown in the dossier. */
export const ProblemSchema = z.object({
  code: z.string(),
  file: z.string(),
  line: z.number().int().positive().optional(),
  message: z.string(),
  severity: SeveritySchema,
  /** true when the file was left out of the corpus because of this problem */
  skipped: z.boolean().optional(),
});
export type Problem = z.infer<typeof ProblemSchema>;

/** One cleaned article with its metadata. */
export const ArticleSchema = z.object({
  /** file name without its extension */
  id: z.string().min(1),
  /** path relative to the input folder, with forward slashes */
  file: z.string().min(1),
  title: z.string(),
  date: IsoDateSchema.nullable(),
  publisher: z.string().nullable(),
  author: z.string().nullable(),
  /** ISO 639-1 */
  language: z.string().min(2).max(3),
  /** cleaned article text, paragraphs separated by a blank line */
  body: z.string(),
  url: z.string().nullable().optional(),
  /** SHA-256 (hex) of the raw input, when the caller supplies it */
  hash: z.string().optional(),
});
export type Article = z.infer<typeof ArticleSchema>;

/** One place in an article that states something. */
export const MentionSchema = z.object({
  article: z.string(),
  text: z.string(),
});
export type Mention = z.infer<typeof MentionSchema>;

/** One distinct numeric claim, merged across articles. */
export const FigureSchema = z.object({
  value: z.number(),
  /** what is counted (a noun), or a currency code / "Prozent" */
  unit: z.string().nullable(),
  /** who states the figure; null when the article itself does */
  claimant: z.string().nullable(),
  /** figures about the same thing share one subject */
  subject: z.string().optional(),
  /** "etwa", "mehr als", "über" */
  approx: z.boolean().optional(),
  mentions: z.array(MentionSchema).min(1),
});
export type Figure = z.infer<typeof FigureSchema>;

export const QuoteKindSchema = z.enum(['direct', 'indirect']);
export type QuoteKind = z.infer<typeof QuoteKindSchema>;

/** A statement attributed to someone. */
export const QuoteSchema = z.object({
  article: z.string(),
  speaker: z.string().nullable(),
  text: z.string().min(1),
  kind: QuoteKindSchema,
  /** the speaker's role, when the text gives one */
  role: z.string().nullable().optional(),
  /** the whole sentence the statement stands in */
  sentence: z.string().optional(),
});
export type Quote = z.infer<typeof QuoteSchema>;

export const SourceKindSchema = z.enum([
  'agency',
  'outlet',
  'intelligence',
  'institute',
  'platform',
  'other',
]);
export type SourceKind = z.infer<typeof SourceKindSchema>;

/** An outlet, agency, intelligence service or institute cited as a source. */
export const SourceSchema = z.object({
  name: z.string().min(1),
  articles: z.array(z.string()),
  aliases: z.array(z.string()).optional(),
  kind: SourceKindSchema.optional(),
  /** how often it is cited across the corpus */
  count: z.number().int().nonnegative().optional(),
});
export type Source = z.infer<typeof SourceSchema>;

/** One real person, spellings merged. */
export const PersonSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()),
  role: z.string().nullable(),
  articles: z.array(z.string()),
});
export type Person = z.infer<typeof PersonSchema>;

/** A dated event. */
export const TimelineEventSchema = z.object({
  date: IsoDateSchema,
  /** last day of a range ("zwischen dem 8. und 13. Oktober") */
  until: IsoDateSchema.optional(),
  text: z.string().min(1),
  articles: z.array(z.string()),
});
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;

/** The whole corpus, as `dossier extract` emits it (schemaVersion 1). */
export const CorpusSchema = z.object({
  schemaVersion: z.literal(1),
  articles: z.array(ArticleSchema),
  figures: z.array(FigureSchema),
  quotes: z.array(QuoteSchema),
  sources: z.array(SourceSchema),
  people: z.array(PersonSchema),
  timeline: z.array(TimelineEventSchema),
  problems: z.array(ProblemSchema).optional(),
});
export type Corpus = z.infer<typeof CorpusSchema>;
