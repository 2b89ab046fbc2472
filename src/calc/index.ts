/**
 * Running a calculator on raw inputs: `item=value` arguments, JSONL and CSV batches.
 * @module
 */
export * from './run.js';
export * from './csv.js';
