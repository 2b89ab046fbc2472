/**
 * Wording of population runs: categories, tiers, subgroups, screening tests, alert rules and bad-line kinds as
 * the printed summary, the HTML summary page and the web application's Population page show them. Part of the
 * wording table (re-exported by `./index.ts`).
 * @module
 */
import { IMACS_SCREENING_ITEMS } from '../../cancer/imacs-2023/definition.js';
import { ALERT_RULES } from '../../monitoring/alerts.js';
import { categoryWords, subgroupWords } from './results.js';

const TIER_LABELS: Record<string, string> = {
  high: 'high risk',
  moderate: 'moderate risk',
  standard: 'standard risk',
  'not-applicable': 'not applicable (juvenile onset or diagnosed > 3 years after onset)',
};

const BAD_LINE_LABELS: Record<string, string> = {
  'not-json': 'not JSON',
  'truncated-json': 'truncated JSON',
  'invalid-json': 'invalid JSON',
  'no-resource-type': 'no resourceType',
  'wrong-resource-type': 'resourceType differs from the file',
  'unknown-patient': 'reference to a patient not in the export',
  'unresolvable-reference': 'patient reference that cannot be resolved',
  'patient-without-id': 'Patient without id',
  'duplicate-patient': 'Patient listed twice',
  'patient-reference-mismatch': 'patient reference differs from its group',
  'not-a-resource': 'JSON that is not a resource',
};

/** Words for a 2017 EULAR/ACR category in a population summary. */
export function populationCategoryLabel(c: string): string {
  return c === 'not-met'
    ? 'criteria not met'
    : c === 'not-classifiable'
      ? 'not classifiable'
      : categoryWords(c);
}

/** Words for an IMACS tier. */
export function tierLabel(t: string): string {
  return TIER_LABELS[t] ?? t;
}

/** Words for a subgroup. */
export function populationSubgroupLabel(s: string): string {
  return s === 'undetermined' ? 'subgroup undetermined' : subgroupWords(s);
}

/** Words for a screening item id. */
export function screeningItemLabel(id: string): string {
  return IMACS_SCREENING_ITEMS.find((i) => i.id === id)?.label ?? id;
}

/** Words for an alert rule id. */
export function alertRuleLabel(id: string): string {
  return ALERT_RULES.find((r) => r.id === id)?.label ?? id;
}

/** Words for a bad-line kind. */
export function badLineLabel(kind: string): string {
  return BAD_LINE_LABELS[kind] ?? kind;
}

/**
 * A one-word result of a population row with what the unknown items could still make of it: "Probable
 * IIM (could reach Definite IIM)". The row gives the result with unknown items counted absent and the
 * highest still reachable; both are codes of the same scale.
 * @param label - words for a code of the scale (e.g. {@link populationCategoryLabel})
 * @param value - the result
 * @param max - the highest result still reachable
 */
export function withReach(label: (code: string) => string, value: string, max: string | null): string {
  return max && max !== value ? `${label(value)} (could reach ${label(max)})` : label(value);
}

/** The state of a population run. */
export const RUN_STATE_WORDS: Readonly<Record<string, string>> = {
  loading: 'Loading (the export is being sharded)',
  queued: 'Running (workers are assessing shards)',
  finished: 'Finished',
};

/** Where a population run comes from. */
export const RUN_SOURCE_WORDS: Readonly<Record<string, string>> = {
  distributed: 'Distributed run (PostgreSQL)',
  local: 'Local run (heliotrope bulk)',
};

/** The status of the probability of cancer in a population row (a settled question gets no number). */
export const CANCER_PROBABILITY_STATUS_WORDS: Readonly<Record<string, string>> = {
  estimated: 'Estimated',
  'not-applicable': 'Not applicable (juvenile onset, or not dermatomyositis)',
  'cancer-known': 'A cancer is known: no estimate',
};

/** Whether a warning alert was met or is possible (an unknown could make it met). */
export const ALERT_STATUS_WORDS: Readonly<Record<string, string>> = {
  met: 'met',
  unknown: 'possible',
};
