/**
 * Running sections on a case: each after the sections it needs, a fault in one recorded as that section's
 * failure (the others still computed), a section that needs a failed one told so. Pure; the registry
 * (`src/sets/registry.ts`) and `assessCase` build on it.
 * @module
 */
import type { Case } from '../case/schema.js';
import { isHeliotropeError } from '../core/issues.js';
import {
  isFailedSection,
  NeededSectionUnavailable,
  type FailedSection,
  type SectionOutcome,
  type SectionSet,
} from './set.js';

/** Options of a run. */
export interface RunOptions {
  /** The reference day (`YYYY-MM-DD`). */
  asOf: string;
  /** Pre-test probability of cancer chosen by the user (`--prior`, `?prior=`); the model's default when absent. */
  cancerPretest?: number;
  /**
   * Called when a section fails with a fault (not bad input), so that an interface can log it; the section is
   * then a {@link FailedSection} with code `internal-fault`.
   */
  onFault?: (key: string, error: unknown) => void;
}

/** Any set with a section. */
export type AnySectionSet = SectionSet;

/**
 * Orders sets so that each comes after the sets it needs, and otherwise keeps the given order (a stable
 * topological order: depth-first, needs first).
 * @param sets - the sets, in the order wanted
 * @param options - `includeNeeds`: add needed sets that are not listed (else a need must be listed)
 * @throws Error when two sets share a key, a need is not listed, or the needs form a cycle (programming errors)
 */
export function sectionOrder<S extends AnySectionSet>(
  sets: readonly S[],
  options: { includeNeeds?: boolean } = {},
): S[] {
  const byKey = new Map<string, S>();
  for (const s of sets) {
    if (byKey.has(s.key)) throw new Error(`two sections have the key "${s.key}"`);
    byKey.set(s.key, s);
  }
  const out: S[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (s: S, path: readonly string[]) => {
    const st = state.get(s.key);
    if (st === 'done') return;
    if (st === 'visiting') throw new Error(`the needs form a cycle: ${[...path, s.key].join(' → ')}`);
    state.set(s.key, 'visiting');
    for (const n of s.section.needs) {
      const listed = byKey.get(n.key);
      if (listed !== undefined && listed !== n)
        throw new Error(`"${s.key}" needs a set keyed "${n.key}" other than the one listed`);
      if (listed === undefined && !options.includeNeeds)
        throw new Error(`"${s.key}" needs "${n.key}", which is not listed`);
      // A need is a set with a section (its type says so); listed or added, it is visited the same way.
      visit((listed ?? n) as S, [...path, s.key]);
    }
    state.set(s.key, 'done');
    out.push(s);
  };
  for (const s of sets) visit(s, []);
  return out;
}

const failure = (code: FailedSection['code'], failedNeeds?: string[]): FailedSection => ({
  failed: true,
  code,
  ...(failedNeeds?.length ? { failedNeeds } : {}),
});

/**
 * Computes sections on a case, in {@link sectionOrder}.
 * @param sets - the sets (their needs are added when not listed)
 * @param c - a validated case
 * @param options - reference day and fault hook
 * @returns each section's outcome by key
 * @throws HeliotropeError (e.g. InputError) raised by a section for bad input to the assessment
 */
export function runSections(
  sets: readonly AnySectionSet[],
  c: Case,
  options: RunOptions,
): Map<string, SectionOutcome<unknown>> {
  return runOrderedSections(sectionOrder(sets, { includeNeeds: true }), c, options);
}

/**
 * Computes sections already in {@link sectionOrder} (each after the sets it needs), as {@link runSections}.
 * @param order - the sets, ordered
 * @param c - a validated case
 * @param options - reference day and fault hook
 */
export function runOrderedSections(
  order: readonly AnySectionSet[],
  c: Case,
  options: RunOptions,
): Map<string, SectionOutcome<unknown>> {
  const results = new Map<string, SectionOutcome<unknown>>();
  for (const s of order) {
    const needs: Record<string, SectionOutcome<unknown>> = {};
    for (const n of s.section.needs) needs[n.key] = results.get(n.key);
    try {
      // The optional key is assigned, not spread in (a conditional spread is slow on Node 20).
      const context: { asOf: string; needs: typeof needs; cancerPretest?: number } = {
        asOf: options.asOf,
        needs,
      };
      if (options.cancerPretest !== undefined) context.cancerPretest = options.cancerPretest;
      results.set(s.key, s.section.fromCase(c, context));
    } catch (e) {
      if (isHeliotropeError(e)) throw e;
      if (e instanceof NeededSectionUnavailable) {
        const failed = s.section.needs.filter((n) => isFailedSection(results.get(n.key))).map((n) => n.key);
        results.set(s.key, failure('needed-section-failed', failed));
      } else {
        options.onFault?.(s.key, e);
        results.set(s.key, failure('internal-fault'));
      }
    }
  }
  return results;
}

/**
 * Computes one set's section on a case, with the sections it needs (for tests, benchmarks and callers that
 * want one section).
 * @param set - the set
 * @param c - a validated case
 * @param options - reference day and fault hook
 */
export function computeSection<R>(
  set: SectionSet<string, R>,
  c: Case,
  options: RunOptions,
): SectionOutcome<R> {
  const all = runSections([set], c, options);
  // runSections stored this set's own fromCase result (or its failure) under its key.
  return all.get(set.key) as SectionOutcome<R>;
}
