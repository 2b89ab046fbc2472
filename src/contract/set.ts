/**
 * The criteria-set contract: one module object per set, in the set's own folder, listed once in
 * `src/sets/registry.ts`. A set says what it is (id, key, title, citations, tables), how it runs on item values
 * or a document (`calculator`), how it reads a case into its report section (`section.fromCase`, with the
 * sections it `needs`), and how its result is summarised in one line (`headline`, codes and numbers only).
 * Everything else — the CLI, the HTTP API, the case report, the renderers, the server summary — iterates the
 * registry; none branches on an id.
 * @module
 */
import type { Case } from '../case/schema.js';
import type { Citation } from '../core/evidence.js';
import type { Calculator } from '../engine/calculator.js';
import type { CriteriaTable } from '../engine/table.js';

/** A number with its range over the unknown items (`value`: unknowns counted absent; null when it is open). */
export interface Bounded {
  value: number | null;
  min: number;
  max: number;
}

/**
 * A result in one line, as codes and numbers (the render layer words it). Enough to say, for example,
 * "Not met (could reach Definite)" or "probability 62 % (38–91 % with the unknown items)".
 */
export interface Headline {
  /** The result's code: a category, tier, response or status of the set (`definite`, `high`, `PR`). */
  code: string;
  /**
   * The codes the result can take once the unknowns are known, `code` included, in the set's order (for sets
   * that compute a range: its two ends). Absent when the unknowns cannot change `code`.
   */
  reachable?: readonly string[];
  /** A second code that qualifies the first (the EULAR/ACR subgroup); null when it is not decided. */
  qualifier?: string | null;
  /** The score, with its range over the unknowns. */
  score?: Bounded;
  /** A probability (0–1), with its range over the unknowns. Absent when the result is not applicable. */
  probability?: Bounded;
  /** A count the result is about (the follow-up's alerts). */
  count?: number;
}

/**
 * The `reachable` codes of a headline: the codes given, each once, in order; undefined when there is only one
 * (the unknowns cannot change the result).
 * @param codes - the reachable codes (the current one included)
 */
export function reachableCodes(codes: readonly string[]): string[] | undefined {
  const unique = [...new Set(codes)];
  return unique.length > 1 ? unique : undefined;
}

/** Why a section has no result. */
export type SectionFailureCode =
  /** The section's own computation failed (a fault in the engine, not in the case). */
  | 'internal-fault'
  /** A section it needs could not be computed. */
  | 'needed-section-failed';

/** A section that could not be computed; the rest of the report stands. */
export interface FailedSection {
  /** Always true: tells a failed section from a result. */
  failed: true;
  code: SectionFailureCode;
  /** For `needed-section-failed`: the keys of the needed sections that failed. */
  failedNeeds?: string[];
}

/** A section's result, or its failure. */
export type SectionOutcome<R> = R | FailedSection;

/** True when a section outcome is a failure. */
export function isFailedSection(outcome: unknown): outcome is FailedSection {
  return typeof outcome === 'object' && outcome !== null && 'failed' in outcome && outcome.failed === true;
}

/**
 * Thrown by {@link required} when a section cannot do without a needed section that failed; the runner
 * records the dependent section as `needed-section-failed`.
 */
export class NeededSectionUnavailable extends Error {
  constructor() {
    super('a needed section could not be computed');
    this.name = 'NeededSectionUnavailable';
  }
}

/**
 * The result of a needed section, for a section that cannot do without it.
 * @param outcome - the needed section's outcome (from the context's `needs`)
 * @throws NeededSectionUnavailable when it failed
 */
export function required<R>(outcome: SectionOutcome<R>): R {
  if (isFailedSection(outcome)) throw new NeededSectionUnavailable();
  return outcome;
}

/** What a dependent needs to know of a set it reads: the report key and the type of the section's result. */
export interface SectionSource<K extends string = string, R = unknown> {
  readonly key: K;
  readonly section: { fromCase(c: Case, ctx: never): R };
}

/** The sections a section reads. */
export type Needs = readonly SectionSource[];

/** The result type of a set's section. */
export type ResultOf<S extends SectionSource> = ReturnType<S['section']['fromCase']>;

/** The results of the needed sections, typed, by key (a failed one as {@link FailedSection}). */
export type NeededResults<N extends Needs> = {
  readonly [S in N[number] as S['key']]: SectionOutcome<ResultOf<S>>;
};

/** What a section sees when it reads a case. */
export interface SectionContext<N extends Needs = readonly []> {
  /** The reference day (`YYYY-MM-DD`) for due and overdue; the engine never reads a clock. */
  readonly asOf: string;
  /** The results of the sections in `needs`, by key. */
  readonly needs: NeededResults<N>;
  /** Pre-test probability of cancer chosen by the user (`--prior`, `?prior=`); the model's default when absent. */
  readonly cancerPretest?: number;
}

/** A section of the case report (`heliotrope assess`, `POST /api/assess`). */
export interface ReportSection<R, N extends Needs> {
  /** Title of the section in the report. */
  readonly title: string;
  /** The sets whose sections this one reads; they are computed first. */
  readonly needs: N;
  /**
   * Computes the section from a validated case. Throws `InputError` only for bad input to the
   * assessment (e.g. the reference day); any other exception is a fault, recorded as a failed section.
   */
  fromCase(c: Case, ctx: SectionContext<N>): R;
}

/** What every set is. */
interface SetIdentity<K extends string> {
  /** Public id, kebab-case (`eular-acr-2017`): `heliotrope calc <id>`, `/api/calc/<id>`. */
  readonly id: string;
  /** The set's key: the report key of its section (`eularAcr2017`), and its key in every table by set. */
  readonly key: K;
  /** Title (the calculator list, CLI help). */
  readonly title: string;
  /** Sources; the first is the set's own (shown as the calculator's source). */
  readonly citations: readonly [Citation, ...Citation[]];
  /** The criteria tables behind the set, for audit (every row cited). */
  readonly tables: readonly CriteriaTable[];
}

/**
 * A set with a report section: a criteria set that also runs as a calculator (EULAR/ACR 2017), or a
 * section alone (cancer-association timing). `R` is the section's result, `C` the calculator's (the section
 * result carries at least what the calculator gives).
 */
export interface SectionSet<
  K extends string = string,
  R = unknown,
  C = unknown,
  N extends Needs = Needs,
> extends SetIdentity<K> {
  /** How the set runs on item values or a document; absent for a section that is not a calculator. */
  readonly calculator?: Calculator<C>;
  readonly section: ReportSection<R, N>;
  /** The section's result in one line. */
  headline(result: R): Headline;
}

/** A calculator that contributes no report section (TIS 2016 between two visits, RECIST 1.1 on a document). */
export interface CalculatorSet<K extends string = string, C = unknown> extends SetIdentity<K> {
  readonly calculator: Calculator<C>;
  readonly section?: undefined;
  /** The calculator's result in one line. */
  headline(result: C): Headline;
}

/** Any set of the registry. */
export type CriteriaSet = SectionSet | CalculatorSet;

/**
 * Declares a set with a report section (the types of its result, its calculator's result and its needs are
 * inferred).
 * @param set - the set
 */
export function defineSet<const K extends string, R, C = never, const N extends Needs = readonly []>(
  set: SectionSet<K, R, C, N>,
): SectionSet<K, R, C, N> {
  return set;
}

/**
 * Declares a calculator that contributes no report section.
 * @param set - the set
 */
export function defineCalculator<const K extends string, C>(set: CalculatorSet<K, C>): CalculatorSet<K, C> {
  return set;
}
