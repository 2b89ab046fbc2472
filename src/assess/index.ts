/**
 * Case assessment.
 * @module
 */
export * from './assess.js';
export * from './headlines.js';
export * from './merge-impact.js';
