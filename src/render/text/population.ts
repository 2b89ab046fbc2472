/**
 * Wording of a population run's summary: the printed summary of `heliotrope bulk`, and the labels shared
 * with the HTML summary page.
 * @module
 */
import { IMACS_SCREENING_ITEMS } from '../../cancer/imacs-2023/definition.js';
import { ALERT_RULES } from '../../monitoring/alerts.js';
import type { PopulationSummary } from '../../assess/population-results/summary.js';
import { sortedCounts } from '../../assess/population-results/summary.js';
import { categoryWords, subgroupWords } from './criteria.js';

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

const n = (x: number) => x.toLocaleString('en');

/**
 * The printed summary of a population run.
 * @param s - the summary
 * @param out - output directory (named in the last line)
 */
export function renderPopulationSummary(s: PopulationSummary, out?: string): string {
  const lines: string[] = [];
  const p = s.patients;
  lines.push(
    `Heliotrope population run — as of ${s.asOf}, engine ${s.engine.version}`,
    `Patients: ${n(p.total)} (${n(p.assessed)} assessed${p.failed ? `, ${n(p.failed)} could not be assessed` : ''})`,
    '',
    '2017 EULAR/ACR classification (unknown items counted absent):',
  );
  for (const [k, v] of sortedCounts(s.byCategory))
    lines.push(`  ${populationCategoryLabel(k).padEnd(24)} ${n(v)}`);
  const myositis = (s.byCategory.probable ?? 0) + (s.byCategory.definite ?? 0);
  lines.push('', `Probable or definite myositis: ${n(myositis)}`);
  if (myositis) {
    lines.push('  IMACS 2023 cancer-risk tier:');
    for (const [k, v] of sortedCounts(s.byTier)) lines.push(`    ${tierLabel(k).padEnd(22)} ${n(v)}`);
    lines.push(`  Screening overdue for ${n(s.patientsOverdue)} patients; by test:`);
    for (const [k, v] of sortedCounts(s.overdueByTest).slice(0, 12))
      lines.push(`    ${screeningItemLabel(k).padEnd(52)} ${n(v)}`);
  }
  lines.push('', `Worklist (screening overdue or due): ${n(s.worklist)} patients`);
  const alerts = sortedCounts(s.alertsByRule);
  if (alerts.length) {
    lines.push('Warning alerts:');
    for (const [k, v] of alerts) lines.push(`  ${k.padEnd(32)} ${n(v)}`);
  }
  const b = s.input.badLines;
  lines.push('', `Input: ${n(s.input.lines)} lines in ${s.input.files.length} files`);
  if (b.total) {
    lines.push(`  ${n(b.total)} lines not used:`);
    for (const [k, v] of sortedCounts(b.byKind)) lines.push(`    ${badLineLabel(k).padEnd(44)} ${n(v)}`);
    for (const e of b.first.slice(0, 5)) lines.push(`    e.g. ${e.file}:${e.line} ${badLineLabel(e.kind)}`);
  }
  if (p.failed) {
    lines.push('  Patients not assessed:');
    for (const [k, v] of sortedCounts(p.failedByKind)) lines.push(`    ${k.padEnd(44)} ${n(v)}`);
  }
  const outside = sortedCounts(s.input.outsidePatientCompartment);
  if (outside.length)
    lines.push(`  Not linked to a patient (not used): ${outside.map(([k, v]) => `${k} ${n(v)}`).join(', ')}`);
  if (out)
    lines.push(
      '',
      `Results in ${out}: results.ndjson, results.csv, worklist.csv, summary.json, summary.html`,
    );
  return lines.join('\n');
}
