/**
 * Case assessment.
 * @module
 */
export * from './assess.js';
