/**
 * Wording of population runs: categories, tiers, subgroups, screening tests, alert rules and bad-line kinds as
 * the printed summary, the HTML summary page and the web application's Population page show them. Part of the
 * wording table (re-exported by `./index.ts`).
 * @module
 */
import { IMACS_SCREENING_ITEMS } from '../../cancer/imacs-2023/definition.js';
import { ALERT_RULES } from '../../monitoring/alerts.js';
import { categoryWords, subgroupWords } from './index.js';

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
