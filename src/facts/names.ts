/**
 * Canonical analyte and antibody names, kept in `src/core/names.ts` (the case validator needs them too:
 * reference limits are checked per analyte). Re-exported here where the fact readers find them.
 * @module
 */
export * from '../core/names.js';
