/**
 * How a criteria set runs outside a case: from item values (`heliotrope calc <id> item=value`, JSONL/CSV
 * batches, `POST /api/calc/<id>`) or from one JSON document (RECIST 1.1: lesion measurements). Case-free:
 * the set contract that also reads a case is in `src/contract/`.
 * @module
 */
import type { MessageCode, MessageParams } from '../core/messages.js';
import type { InputDef, InputEvidence, InputValues } from './inputs.js';

/**
 * Item values that are each valid but contradict each other (or a value the arithmetic cannot use), as a
 * code with parameters: the interfaces word it with the wording table (`src/render/wording/messages.ts`).
 */
export interface InputConflict {
  /** The input the conflict is reported on (`''` for the inputs as a whole). */
  input: string;
  /** What is wrong. */
  code: MessageCode;
  /** Its parameters (item ids, values, limits, units). */
  params?: MessageParams;
}

/** A calculator run on item values (every item has an id, a meaning and accepted values). */
export interface ItemCalculator<C> {
  readonly kind: 'items';
  /** Every item id with its meaning and accepted values (CLI help, CSV header, API listing). */
  readonly inputs: readonly InputDef[];
  /**
   * Checks combinations of values that are individually valid but contradict each other.
   * @returns the conflicts; empty when consistent
   */
  check?(values: InputValues): InputConflict[];
  /** Evaluates coerced item values (unknown where not given). */
  evaluate(values: InputValues, evidence?: InputEvidence): C;
}

/** A calculator run on one JSON document (`--input FILE`, or the request body). */
export interface DocumentCalculator<C> {
  readonly kind: 'document';
  /** What the document holds (CLI help, API listing). */
  readonly description: string;
  /**
   * Loads what {@link DocumentCalculator.evaluate} needs (e.g. the document's schema), so that a program that
   * does not run this calculator does not load it. An interface awaits it once before evaluating.
   */
  load?(): Promise<void>;
  /**
   * Validates and evaluates a parsed document (after {@link DocumentCalculator.load}, when there is one).
   * @throws InputError listing every problem by field path
   */
  evaluate(document: unknown): C;
}

/** A calculator: on item values, or on a document. */
export type Calculator<C = unknown> = ItemCalculator<C> | DocumentCalculator<C>;
