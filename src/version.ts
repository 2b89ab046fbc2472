/**
 * The engine version stamped on every assessment (kept in step with package.json by a test).
 * @module
 */

/** Engine version. */
export const ENGINE_VERSION = '0.1.0';
