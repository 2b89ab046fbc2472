/**
 * Calculators: the contract and the registry.
 * @module
 */
export * from './types.js';
export * from './registry.js';
export * from './run.js';
