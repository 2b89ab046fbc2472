/**
 * The calculator contract: a criteria set or score that the CLI (`heliotrope calc <id>`) and the HTTP API
 * (`/api/calc/<id>`) run from item values, and that may also contribute a section to the case report.
 * Each set's folder exports its calculator object; `src/calc/registry.ts` lists them, one row each.
 * Calculators are pure; wording lives in `src/render/`.
 * @module
 */
import type { Case } from '../../case/schema.js';
import type { Citation } from '../../core/evidence.js';
import type { InputDef, InputEvidence, InputValues } from './inputs.js';
import type { CriteriaTable } from './table.js';

/** What a report section sees: the reference day (the engine never reads a clock) and earlier sections' results. */
export interface SectionContext {
  /** The day the assessment is for (`YYYY-MM-DD`), used for due/overdue; supplied by the interface layer. */
  asOf: string;
  /** Results of the sections computed before this one, by key. */
  results: Readonly<Record<string, unknown>>;
  /** Pre-test probability of cancer chosen by the user (`--prior`, `?prior=`); the model's default when absent. */
  cancerPretest?: number;
}

/** A section of the case report (`heliotrope assess`, `POST /api/assess`). */
export interface ReportSection<R = unknown> {
  /** Top-level key in the report document (e.g. `eularAcr2017`). */
  key: string;
  title: string;
  /** Computes the section from a validated case. */
  run(c: Case, ctx: SectionContext): R;
}

/** A calculator registered in `src/calc/registry.ts`. */
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
  /** The criteria tables behind the calculator, for audit (registry tests check ids and citations). */
  tables?: readonly CriteriaTable[];
  /** The report section the calculator contributes when a whole case is assessed. */
  section?: ReportSection;
}
