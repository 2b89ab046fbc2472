/**
 * The criteria-set contract and the section runner.
 * @module
 */
export * from './set.js';
export * from './run.js';
