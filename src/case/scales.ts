/**
 * Ordinal scales of the case format that the engine reads at run time, kept apart from the zod schema so that
 * reading them does not load the schema.
 * @module
 */

/** Ordinal rash severity recorded at a visit, used when no CDASI is available. */
export const RASH_GRADES = ['none', 'mild', 'moderate', 'severe'] as const;
