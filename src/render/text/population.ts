/**
 * Wording of a population run's summary: the printed summary of `heliotrope bulk`, and the labels shared
 * with the HTML summary page.
 * @module
 */
import type { PopulationSummary } from '../../assess/population-results/summary.js';
import { sortedCounts } from '../../assess/population-results/summary.js';
import {
  badLineLabel,
  populationCategoryLabel,
  screeningItemLabel,
  tierLabel,
} from '../wording/population.js';

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
