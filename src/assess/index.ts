/**
 * Case assessment.
 * @module
 */
export * from './registry.js';
export * from './assess.js';
