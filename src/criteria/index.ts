/**
 * Criteria sets: the generic engine and the classification sets. The registry of calculators (and so of
 * criteria tables) is `src/calc/registry.ts`.
 * @module
 */

export * from './eular-acr-2017/index.js';
export * from './bohan-peter-1975/index.js';
