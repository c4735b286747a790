import type { EventMention } from '../types.js';
import type { AnalysisInput } from './analysis-input.js';

/** Finds dated events in an article (first version: none). */
export function extractEvents(_input: AnalysisInput): EventMention[] {
  return [];
}
