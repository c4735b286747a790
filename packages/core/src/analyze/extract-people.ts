import type { PersonMention } from '../types.js';
import type { AnalysisInput } from './analysis-input.js';

/** Finds the people an article names, with their roles (first version: none). */
export function extractPeople(_input: AnalysisInput): PersonMention[] {
  return [];
}
