import type { FigureMention } from '../types.js';
import type { AnalysisInput } from './analysis-input.js';

/** Finds the numeric claims of an article (first version: none). */
export function extractFigures(_input: AnalysisInput): FigureMention[] {
  return [];
}
