/**
 * Heliotrope: the public API of the engine (pure, no I/O).
 * @module
 */
export { ENGINE_VERSION } from './version.js';
export * from './core/index.js';
export * from './case/index.js';
export * from './facts/index.js';
export * from './engine/index.js';
export * from './contract/index.js';
export * from './criteria/index.js';
export * from './cancer/index.js';
export * from './monitoring/index.js';
export * from './sets/index.js';
export * from './calc/index.js';
export * from './assess/index.js';
export * from './extract/index.js';
