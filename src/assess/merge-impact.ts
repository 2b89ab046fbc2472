/**
 * Which changes of a merge plan could change a classification: each change is reversed on its own (an
 * accepted fact rejected, a conflict resolved the other way) and the sections whose headline code or
 * qualifier then differs are listed. The review shows those facts first.
 * @module
 */
import { applyMerge, type MergePlan } from '../case/merge.js';
import { validateCase } from '../case/validate.js';
import type { SectionKey } from '../sets/registry.js';
import { assessCase, type AssessOptions } from './assess.js';
import { reportHeadlines } from './headlines.js';

type Obj = Record<string, unknown>;

function keyResults(doc: Obj, options: AssessOptions): Map<string, string> | undefined {
  const v = validateCase(doc);
  if (!v.case) return undefined;
  const heads = reportHeadlines(assessCase(v.case, options));
  return new Map(Object.entries(heads).map(([k, h]) => [k, `${h.code}|${h.qualifier ?? ''}`]));
}

/**
 * The sections whose headline (code and qualifier, not the numbers) depends on each change of the plan.
 * Reference: the plan applied with its default decisions (additions accepted, conflicts kept as recorded).
 * Changes whose variant does not validate, and `same` changes, get no entry.
 * @param base - the recorded case
 * @param plan - the merge plan
 * @param options - the assessment options (reference day)
 * @returns section keys by change id (only changes that move a headline)
 */
export function mergeImpact(
  base: Obj,
  plan: MergePlan,
  options: AssessOptions,
): Record<string, SectionKey[]> {
  const ref = keyResults(applyMerge(base, plan).case, options);
  const out: Record<string, SectionKey[]> = {};
  if (!ref) return out;
  for (const c of plan.changes) {
    if (c.kind === 'same') continue;
    const variant = applyMerge(base, plan, {
      [c.id]: c.kind === 'conflict' ? { action: 'accept' } : { action: 'reject' },
    }).case;
    const heads = keyResults(variant, options);
    if (!heads) continue;
    const moved = [...ref.keys()].filter((k) => heads.get(k) !== ref.get(k)) as SectionKey[];
    if (moved.length) out[c.id] = moved;
  }
  return out;
}
