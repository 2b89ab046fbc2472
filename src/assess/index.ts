/**
 * Case assessment.
 * @module
 */
export * from './assess.js';
export * from './headlines.js';
export * from './merge-impact.js';
export type { DueItem, ResultRow, RowAlert } from './population-results/row.js';
export type { PopulationSummary } from './population-results/summary.js';
