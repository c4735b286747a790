import type { Article, Problem } from '../schema.js';
import type { ParsedArticle, RawInput } from '../types.js';
import { classifyText, cleanBody } from './clean-body.js';
import { detectLanguage } from './detect-language.js';
import { extractMetadata } from './extract-metadata.js';
import { normalizeText } from './normalize-text.js';

/** The id of an article: its file name without folders and extension. */
export function toArticleId(file: string): string {
  const base = file.split('/').pop() ?? file;
  return base.replace(/\.[^.]+$/, '') || base;
}

/** Parses one raw input into a cleaned article with metadata; what the user stated wins. */
export function parseArticle(input: RawInput): ParsedArticle {
  const problems: Problem[] = [];
  const text = normalizeText(input.text);
  // one classification serves both: metadata reads the lines the cleaner set aside (bio, copyright, note)
  const classification = classifyText(text);
  const cleaned = cleanBody(text, classification);
  const found = extractMetadata(text, classification);
  const meta = input.meta ?? {};
  const body = cleaned.paragraphs.join('\n\n');
  const article: Article = {
    id: toArticleId(input.file),
    file: input.file,
    title: meta.title ?? found.title,
    date: (meta.date as Article['date']) ?? found.date,
    publisher: meta.publisher ?? found.publisher,
    author: meta.author ?? found.author,
    language: meta.language ?? detectLanguage(body),
    body,
    ...(meta.url ? { url: meta.url } : {}),
    ...(input.hash ? { hash: input.hash } : {}),
  };
  if (!body.trim()) {
    problems.push({
      code: 'empty-body',
      file: input.file,
      message: 'no article text left after cleaning',
      severity: 'warning',
    });
  }
  return { article, paragraphs: cleaned.paragraphs, citedSources: cleaned.citedSources, problems };
}
