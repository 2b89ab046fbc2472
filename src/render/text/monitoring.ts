/**
 * Text rendering of follow-up monitoring: RECIST 1.1, TIS 2016, CDASI, alerts and concordance. The words
 * for rules and actions live here (shared with the HTML report); the engine gives codes and numbers.
 * @module
 */
import type { Alert } from '../../monitoring/alerts.js';
import { ALERT_RULES } from '../../monitoring/alerts.js';
import type { ConcordanceSummary } from '../../monitoring/concordance.js';
import { CONCORDANCE_MEASURES } from '../../monitoring/concordance.js';
import type { MonitoringResult } from '../../monitoring/index.js';
import { RECIST_RULES_BY_ID, type RecistResult } from '../../monitoring/recist/evaluate.js';
import { TIS_MEASURES } from '../../monitoring/tis-2016/definition.js';
import type { TisResult } from '../../monitoring/tis-2016/evaluate.js';
import {
  ACTION_WORDS,
  bestResponseQualifier,
  dayText,
  seriesHeading,
  signalWords,
  tisCategoryWords,
  cdasiWords,
} from '../wording/index.js';

export { ACTION_WORDS, bestResponseQualifier, dayText, seriesHeading, signalWords, tisCategoryWords };

const f1 = (x: number | null | undefined) =>
  x === null || x === undefined ? '—' : Number.isInteger(x) ? String(x) : x.toFixed(1);
const sign = (x: number | null | undefined) =>
  x === null || x === undefined ? '—' : `${x > 0 ? '+' : ''}${x.toFixed(1)} %`;

/** Renders a RECIST evaluation: one line per time point and the rule that fired. */
export function renderRecist(r: RecistResult): string {
  const lines = ['RECIST 1.1 tumour response'];
  if (!r.valid) {
    lines.push('  Not evaluable: the measurements break RECIST 1.1 rules:');
    for (const i of r.issues.filter((x) => x.severity === 'error'))
      lines.push(`    - ${i.path}: ${i.message}`);
    return lines.join('\n');
  }
  for (const t of r.timePoints) {
    const when = t.day ? dayText(t.day) : `#${t.index}`;
    if (t.isBaseline) {
      lines.push(
        `  ${when}  baseline: sum of diameters ${f1(t.sumMm)} mm (${t.lesions.length} target lesion${t.lesions.length === 1 ? '' : 's'})`,
      );
      continue;
    }
    const rule = RECIST_RULES_BY_ID.get(t.target.rule);
    const overall = t.overall.category;
    lines.push(
      `  ${when}  ${overall.padEnd(13)} SoD ${f1(t.sumMm)} mm (${sign(t.changeFromBaselinePercent)} vs baseline ${f1(t.baselineSumMm)}; ${sign(t.changeFromNadirPercent)}, ${t.changeFromNadirMm === null ? '—' : `${t.changeFromNadirMm > 0 ? '+' : ''}${f1(t.changeFromNadirMm)} mm`} vs nadir ${f1(t.nadirSumMm)})`,
    );
    lines.push(
      `      target ${t.target.category}: ${rule?.label ?? t.target.rule}; non-target ${t.nonTarget.category}; new lesions ${t.newLesions.status === 'yes' ? t.newLesions.unequivocal : 'none'}${t.newLesions.equivocal ? ` (+${t.newLesions.equivocal} equivocal, not PD until confirmed)` : ''} → ${RECIST_RULES_BY_ID.get(t.overall.rule)?.label ?? t.overall.rule}`,
    );
    for (const l of t.lesions.filter((x) => x.convention))
      lines.push(`      ${l.id}: too small to measure, counted as 5 mm`);
    if (t.reportedResponse && t.reportedResponse !== overall)
      lines.push(`      the report stated ${t.reportedResponse}; recomputed ${overall}`);
  }
  const b = r.bestOverallResponse;
  lines.push(
    `  Best overall response: ${b.category}${bestResponseQualifier(b)}${b.note === 'no-follow-up' ? ' (no follow-up yet)' : ''}`,
  );
  for (const i of r.issues.filter((x) => x.severity !== 'error'))
    lines.push(`  note: ${i.path}: ${i.message}`);
  lines.push(`  Source: ${r.citation.label}. doi:${r.citation.doi}`);
  return lines.join('\n');
}

function tisItemChange(i: TisResult['items'][number]): string {
  if (i.improvementPercent !== null) return sign(i.improvementPercent);
  if (i.improvementPercentRange)
    return `${sign(i.improvementPercentRange[0])}…${sign(i.improvementPercentRange[1])}`;
  return 'unknown';
}

function tisItemPoints(i: TisResult['items'][number]): string {
  if (i.pointsRange && i.points === null)
    return `${f1(i.pointsRange[0])}–${f1(i.pointsRange[1])} pts (MMT scale unknown)`;
  return i.points === null ? `(0–${i.maxPoints})` : `${f1(i.points)} pts`;
}

/** Renders a TIS result with its item table. */
export function renderTis(r: TisResult): string {
  const lines = ['2016 ACR/EULAR myositis response (Total Improvement Score)'];
  lines.push(
    `  TIS ${r.total !== null ? f1(r.total) : `${f1(r.min)}–${f1(r.max)} (unknown: ${r.missing.join(', ')})`} of 100 → ${tisCategoryWords(r.category)}${r.category === 'indeterminate' ? ` (${tisCategoryWords(r.categoryRange[0])} to ${tisCategoryWords(r.categoryRange[1])})` : ''}`,
  );
  lines.push(
    `  Thresholds: ≥ ${r.thresholds.minimal} minimal, ≥ ${r.thresholds.moderate} moderate, ≥ ${r.thresholds.major} major`,
  );
  for (const i of r.items) {
    const m = TIS_MEASURES.find((x) => x.id === i.id)!;
    lines.push(
      `  ${m.label.padEnd(52)} ${f1(i.baseline).padStart(6)} → ${f1(i.followup).padEnd(6)} ${tisItemChange(i).padEnd(10)} ${tisItemPoints(i)}`,
    );
  }
  if (r.mmtScale.basis === 'inferred-from-values')
    lines.push('  MMT scale not given: a value above 80 means the bilateral 0–150 scale.');
  if (r.items.some((i) => i.reason === 'mmt-scale-unknown'))
    lines.push(
      '  MMT scale not given (unilateral 0–80 or bilateral 0–150): the MMT item is scored on both; give mmt-max to settle it.',
    );
  if (r.worsened.length) lines.push(`  Worsened: ${r.worsened.join(', ')}`);
  lines.push(
    '  Improvement = absolute change as % of the instrument range (enzymes: relative change, floored at the ULN).',
  );
  lines.push(`  Source: ${r.citation.label}. doi:${r.citation.doi}`);
  return lines.join('\n');
}

/** CDASI severity in words, showing both centres (from the wording table). */
export { cdasiWords };

/** Words for one alert. */
export function alertWords(a: Alert): string {
  const rule = ALERT_RULES.find((r) => r.id === a.rule);
  const head = `${ACTION_WORDS[a.action]}${a.status === 'unknown' ? ' (possible)' : ''} — ${dayText(a.day)}`;
  const why = rule?.label ?? a.rule;
  const sig = a.signals?.length ? `; signals: ${a.signals.map(signalWords).join('; ')}` : '';
  return `${head}: ${why}${sig}`;
}

/** Renders the concordance summary. */
export function renderConcordance(s: ConcordanceSummary): string {
  const lines = [
    `Concordance of myositis activity with tumour burden (Spearman; pairs within ${s.windowDays} days; reported from n ≥ ${s.minPairs})`,
  ];
  for (const m of s.measures) {
    const label = CONCORDANCE_MEASURES.find((x) => x.id === m.measure)!.label;
    if (m.status === 'insufficient-pairs') {
      if (m.n > 0)
        lines.push(
          `  ${label}: n = ${m.n} paired time points — too few to call (with n < ${s.minPairs} even a perfect ranking is compatible with chance)`,
        );
      continue;
    }
    if (m.status === 'no-variation') {
      lines.push(`  ${label}: n = ${m.n}, one series does not vary — no correlation defined`);
      continue;
    }
    const dir =
      m.rho! > 0 ? 'move together' : m.rho! < 0 ? 'move in opposite directions' : 'no monotone relation';
    lines.push(
      `  ${label}: rho = ${m.rho!.toFixed(2)} (${dir}), n = ${m.n}, two-sided p = ${m.pTwoSided!.toFixed(3)} (${m.pMethod === 'exact-permutation' ? 'exact' : 'normal approximation'})${m.n < 8 ? ' — small n: descriptive only' : ''}`,
    );
  }
  if (lines.length === 1)
    lines.push('  No tumour assessment with a measured sum could be paired with a visit.');
  return lines.join('\n');
}

/** Renders the monitoring section of an assessment. */
export function renderMonitoring(m: MonitoringResult): string {
  const lines = ['Follow-up monitoring'];
  if (!m.hasTimeline) return `${lines[0]}\n  No visits or tumour assessments recorded.`;
  lines.push(
    `  Visits: ${m.course.visits.length} dated; tumour assessments: ${new Set(m.course.tumour.flatMap((t) => t.assessmentIndices)).size}; treatments: ${m.course.treatments.length}`,
  );
  for (const v of m.course.visits) {
    const parts = [
      v.mmt ? `MMT ${v.mmt.score}/${v.mmt.max}` : undefined,
      v.enzyme ? `${v.enzyme.analyte} ${v.enzyme.value} (${v.enzyme.xUln.toFixed(2)} × ULN)` : undefined,
      v.physicianGlobal !== null ? `PhGA ${f1(v.physicianGlobal)}` : undefined,
      v.cdasiSeverity ? cdasiWords(v.cdasiSeverity) : undefined,
      v.rashGrade !== null ? `rash ${['none', 'mild', 'moderate', 'severe'][v.rashGrade]}` : undefined,
    ].filter(Boolean);
    lines.push(`    ${dayText(v.day)}  ${parts.join('; ')}`);
  }
  if (m.course.changes.length) {
    lines.push('  TIS between consecutive visits:');
    for (const ch of m.course.changes) {
      const a = m.course.visits.find((v) => v.index === ch.from)!;
      const b = m.course.visits.find((v) => v.index === ch.to)!;
      const t = ch.tis;
      const cd = ch.cdasi
        ? `; CDASI ${ch.cdasi.decrease >= 0 ? '−' : '+'}${Math.abs(ch.cdasi.decrease)} (${ch.cdasi.combined === 'indeterminate' ? `UPenn ${ch.cdasi.upenn}, Stanford ${ch.cdasi.stanford}` : ch.cdasi.combined})`
        : '';
      lines.push(
        `    ${dayText(a.day)} → ${dayText(b.day)}: TIS ${t.total !== null ? f1(t.total) : `${f1(t.min)}–${f1(t.max)}`} ${tisCategoryWords(t.category)}${t.worsened.length ? `; worsened: ${t.worsened.join(', ')}` : ''}${cd}`,
      );
    }
  }
  for (const s of m.course.tumour) {
    const head = seriesHeading(s);
    const body = renderRecist(s.recist);
    lines.push((head ? `${head}\n${body.split('\n').slice(1).join('\n')}` : body).replace(/^/gm, '  '));
  }
  lines.push('  Warning signal:');
  if (!m.alerts.alerts.length) lines.push('    No alert.');
  for (const a of m.alerts.alerts) {
    lines.push(`    [${a.severity}] ${alertWords(a)}`);
    lines.push(`      Source: ${a.cite.map((c) => c.label + (c.doi ? ` doi:${c.doi}` : '')).join('; ')}`);
  }
  lines.push(
    `    Refractory myositis: ${m.alerts.refractory.status === 'met' ? 'yes' : m.alerts.refractory.status === 'not-met' ? 'no' : 'cannot be judged (too little follow-up)'}`,
  );
  lines.push(renderConcordance(m.concordance).replace(/^/gm, '  '));
  if (m.doxorubicin) lines.push(`  ${doxorubicinWords(m.doxorubicin)}`);
  for (const i of m.course.issues.filter((x) => x.severity === 'warning'))
    lines.push(`  note: ${i.path}: ${i.message}`);
  return lines.join('\n');
}

/** Words for the cumulative doxorubicin dose against its limit band. */
export function doxorubicinWords(d: NonNullable<MonitoringResult['doxorubicin']>): string {
  const courses = d.courses
    .map(
      (c) =>
        `${c.cycles} × ${c.mgPerM2} mg/m²${c.doseReductionPercent ? ` (${c.doseReductionPercent} % reduction${c.reducedCycles ? ` on ${c.reducedCycles} cycles` : '; reduced cycles not stated, all counted at full dose'})` : ''}`,
    )
    .join(' + ');
  const status =
    d.status === 'above-limit-band'
      ? `ABOVE the ${d.limit.lower}–${d.limit.upper} mg/m² lifetime limit band`
      : d.status === 'within-limit-band'
        ? `WITHIN the ${d.limit.lower}–${d.limit.upper} mg/m² lifetime limit band: cardiotoxicity risk, check before any further anthracycline`
        : `below the ${d.limit.lower} mg/m² lower limit (${f1(d.remainingToLowerMgPerM2)} mg/m² remain)`;
  return `Cumulative doxorubicin: ${f1(d.cumulativeMgPerM2)} mg/m² (${courses}) — ${status}. Source: ${d.citation.label}`;
}
