/**
 * Facts read from a case, with evidence: the only way criteria read a case.
 * @module
 */
export * from './facts.js';
export * from './names.js';
export * from './oncology.js';
