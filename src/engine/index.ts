/**
 * The generic criteria engine: inputs, predicates, tables and scoring.
 * @module
 */
export * from './inputs.js';
export * from './predicates.js';
export * from './table.js';
export * from './calculator.js';
