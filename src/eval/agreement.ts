/**
 * Agreement between two annotators: a second, independent annotation of a text is scored against the first
 * with the same scorer the extractor faces ({@link scoreCase}), so that the two figures compare directly. The
 * second annotation is turned into the case an extraction would have produced had it read exactly what the
 * second annotator read: values with their units as written, stated intervals as relative dates, stated orders
 * without an interval as `relationToMyositis`.
 * @module
 */
import type { Case, Lab } from '../case/schema.js';
import type { ClinicalDate } from '../core/dates.js';
import { goldToCase } from './classify.js';
import type { Gold, GoldCancer } from './gold.js';
import { isPanelTarget } from './normalize.js';
import type { Miss } from './score.js';

/** The date of a cancer's diagnosis relative to the myositis, when the annotation states an interval. */
function cancerDate(t: NonNullable<GoldCancer['timing']>): ClinicalDate | undefined {
  if (t.relation === 'concurrent') return { relativeTo: 'diagnosis', offset: 0, unit: 'month' };
  if (t.months === undefined) return undefined;
  return { relativeTo: 'diagnosis', offset: t.relation === 'before' ? -t.months : t.months, unit: 'month' };
}

/**
 * The case a second annotation describes, in the shape the scorer reads from an extraction: findings, labs
 * (the unit as the annotator wrote it, since the scorer compares written units), antibodies and group results,
 * the patient, the studies, the cancers with their timing, and the symptom onset. Hedged cancers are left out,
 * as the scorer leaves them out of the reference.
 * @param gold - the second annotation
 * @throws when the annotation cannot be turned into a valid case (as {@link goldToCase})
 */
export function goldAsExtraction(gold: Gold): Case {
  const base = goldToCase(gold);
  const labs: Lab[] = gold.labs.map((l) => ({
    analyte: l.analyte,
    ...(l.value !== undefined ? { value: l.value } : {}),
    ...(l.unit !== undefined ? { unit: l.unit } : {}),
    ...(l.comparator !== undefined ? { comparator: l.comparator } : {}),
    ...(l.upperLimit !== undefined ? { upperLimit: l.upperLimit } : {}),
    ...(l.interpretation !== undefined ? { interpretation: l.interpretation } : {}),
  }));
  // The scorer pairs group results by their result alone; the name only has to read as a group.
  const panels = (gold.panels ?? []).map((p) => ({
    target: isPanelTarget(p.panel) ? p.panel : `${p.panel} (panel)`,
    result: p.result,
  }));
  const certain = gold.cancers.filter((k) => !k.uncertain);
  const cancers = base.cancers.map((k, i) => {
    const t = certain[i]?.timing;
    if (t === undefined) return k;
    const date = cancerDate(t);
    return date !== undefined ? { ...k, diagnosisDate: date } : { ...k, relationToMyositis: t.relation };
  });
  const months = gold.onset?.monthsBeforePresentation;
  return {
    ...base,
    labs,
    antibodies: [...base.antibodies, ...panels],
    cancers,
    dates: {
      ...base.dates,
      ...(months !== undefined
        ? { symptomOnset: { relativeTo: 'presentation', offset: -months, unit: 'month' } }
        : {}),
    },
  };
}

/** One reader's disagreements with the gold in one field group, and how many a second reader shares. */
export interface SharedCount {
  disagreements: number;
  shared: number;
}

/** A disagreement as one key: the group, the item, its kind and what was read instead (nothing, when missed). */
const disagreementKey = (m: Miss) => `${m.group}\u0000${m.item}\u0000${m.kind}\u0000${m.pred ?? ''}`;

/**
 * Counts, per field group, a reader's disagreements with the gold (`scoreCase(gold, reader).misses`) and how many
 * of them a second reader makes too — the same item missed, added or read wrong, with the same value read. A
 * disagreement both readers share points at the annotation convention more than at the reading. Adds to `into`.
 * @param into - the running counts, by field group
 * @param reader - the reader's disagreements with the gold on one item (e.g. the extractor's)
 * @param second - the second reader's disagreements with the gold on the same item
 */
export function countSharedDisagreements(
  into: Record<string, SharedCount>,
  reader: readonly Miss[],
  second: readonly Miss[],
): void {
  const theirs = new Set(second.map(disagreementKey));
  for (const m of reader) {
    const c = (into[m.group] ??= { disagreements: 0, shared: 0 });
    c.disagreements++;
    if (theirs.has(disagreementKey(m))) c.shared++;
  }
}
