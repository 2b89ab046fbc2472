/**
 * RECIST 1.1 tumour response.
 * @module
 */
export * from './definition.js';
export * from './evaluate.js';
export * from './document.js';
export * from './set.js';
