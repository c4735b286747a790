import type { Quote } from '../schema.js';
import type { AnalysisInput } from './analysis-input.js';

/** Finds direct quotes and reported speech with their speakers (first version: none). */
export function extractQuotes(_input: AnalysisInput): Quote[] {
  return [];
}
