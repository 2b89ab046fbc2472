/**
 * Bohan & Peter 1975 PM/DM criteria.
 * @module
 */
export * from './definition.js';
export * from './evaluate.js';
export * from './from-case.js';
export * from './set.js';
