/**
 * Autoantibody targets: the concepts come from the one antibody name table (src/facts/names.ts), which the
 * facts also read case documents through. Hyphens, Greek letters and "anti-" prefixes are handled by
 * normalisation and by the extractor, so "TIF1γ", "TIF1-gamma", "anti-TIF1-γ" and "anti-p155/140" all match.
 * @module
 */
import { ANTIBODY_NAMES } from '../../facts/names.js';
import type { Concept } from './types.js';

/** Antibody concepts. */
export const ANTIBODY_CONCEPTS: readonly Concept[] = ANTIBODY_NAMES.filter((n) => n.terms.length).map(
  (n) => ({ id: `antibody:${n.name}`, kind: 'antibody', value: n.name, terms: n.terms }),
);
