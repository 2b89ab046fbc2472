/**
 * Classification criteria sets (each folder: definition, evaluate, from-case, set). The registry of every set
 * is `src/sets/registry.ts`; the generic engine is `src/engine`.
 * @module
 */

export * from './eular-acr-2017/index.js';
export * from './bohan-peter-1975/index.js';
