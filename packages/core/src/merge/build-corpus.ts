import { type Corpus, CorpusSchema, type Problem } from '../schema.js';
import type { ArticleAnalysis } from '../types.js';
import { toCanonicalActors } from './canonical-actors.js';
import { mergeFigures } from './merge-figures.js';
import { mergePeople } from './merge-people.js';
import { mergeSources } from './merge-sources.js';
import { mergeTimeline } from './merge-timeline.js';

/** Merges per-article analyses (in input order) into one validated corpus. */
export function buildCorpus(analyses: readonly ArticleAnalysis[], problems: readonly Problem[] = []): Corpus {
  const articles = analyses.map((a) => a.article);
  // every list of every analysis, concatenated in one pass (as flatMap per kind would)
  const allProblems = [...problems];
  const peopleIn: ArticleAnalysis['people'] = [];
  const sourcesIn: ArticleAnalysis['sources'] = [];
  const quotesIn: ArticleAnalysis['quotes'] = [];
  const figuresIn: ArticleAnalysis['figures'] = [];
  const eventsIn: ArticleAnalysis['events'] = [];
  for (const a of analyses) {
    for (const x of a.problems) allProblems.push(x);
    for (const x of a.people) peopleIn.push(x);
    for (const x of a.sources) sourcesIn.push(x);
    for (const x of a.quotes) quotesIn.push(x);
    for (const x of a.figures) figuresIn.push(x);
    for (const x of a.events) eventsIn.push(x);
  }
  const people = mergePeople(peopleIn);
  const sources = mergeSources(sourcesIn);
  // one name per actor across quotes and figures, once people and sources are merged
  const { quotes, figures } = toCanonicalActors(quotesIn, mergeFigures(figuresIn), people, sources);
  const corpus: Corpus = {
    schemaVersion: 1,
    articles,
    figures,
    quotes,
    sources,
    people,
    timeline: mergeTimeline(eventsIn, articles),
    ...(allProblems.length ? { problems: allProblems } : {}),
  };
  return CorpusSchema.parse(corpus);
}
