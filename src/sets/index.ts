/**
 * The registry of criteria sets and report sections.
 * @module
 */
export * from './registry.js';
