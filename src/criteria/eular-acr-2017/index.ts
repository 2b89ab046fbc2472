/**
 * 2017 EULAR/ACR IIM classification criteria.
 * @module
 */
export * from './definition.js';
export * from './evaluate.js';
export * from './from-case.js';
export * from './set.js';
