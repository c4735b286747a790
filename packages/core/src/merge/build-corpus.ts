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
  const allProblems = [...problems, ...analyses.flatMap((a) => a.problems)];
  const people = mergePeople(analyses.flatMap((a) => a.people));
  const sources = mergeSources(analyses.flatMap((a) => a.sources));
  // one name per actor across quotes and figures, once people and sources are merged
  const { quotes, figures } = toCanonicalActors(
    analyses.flatMap((a) => a.quotes),
    mergeFigures(analyses.flatMap((a) => a.figures)),
    people,
    sources,
  );
  const corpus: Corpus = {
    schemaVersion: 1,
    articles,
    figures,
    quotes,
    sources,
    people,
    timeline: mergeTimeline(
      analyses.flatMap((a) => a.events),
      articles,
    ),
    ...(allProblems.length ? { problems: allProblems } : {}),
  };
  return CorpusSchema.parse(corpus);
}
