/**
 * The calculator contract: a criteria set or score that the CLI (`heliotrope calc <id>`) and the HTTP
 * API (`/api/calc/<id>`) run from item values. Calculators are pure; wording lives in `src/render/`.
 * @module
 */
import type { Citation } from '../core/evidence.js';
import type { InputDef, InputEvidence, InputValues } from '../criteria/engine/inputs.js';

/** A calculator registered in {@link calculators}. */
export interface Calculator<R = unknown> {
  /** Public id, e.g. `eular-acr-2017`. */
  id: string;
  title: string;
  citation: Citation;
  /** Every item id with its meaning and accepted values. */
  inputs: readonly InputDef[];
  /**
   * Checks combinations of values that are individually valid but contradict each other.
   * @returns messages by input id; empty when consistent
   */
  check?: (values: InputValues) => { input: string; message: string }[];
  /** Evaluates the calculator. */
  evaluate(values: InputValues, evidence?: InputEvidence): R;
  /** When set, the calculator takes one JSON document (`--input FILE`) rather than item values (e.g. RECIST). */
  documentInput?: {
    description: string;
    /** Validates and evaluates a parsed document; throws InputError with field paths when invalid. */
    evaluateDocument(doc: unknown): R;
  };
}
