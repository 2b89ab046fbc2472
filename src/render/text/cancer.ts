/**
 * Text rendering of the cancer-association results: timing windows, Graus 2004, PNS-Care 2021,
 * IMACS 2023 risk tier and the dated screening checklist, probability of an underlying cancer.
 * @module
 */
import type { ImacsSection } from '../../cancer/imacs-2023/from-case.js';
import type { ImacsResult } from '../../cancer/imacs-2023/evaluate.js';
import type { PlanItem, ScreeningPlan } from '../../cancer/imacs-2023/plan.js';
import type { Pns2004Result } from '../../cancer/pns-2004/evaluate.js';
import type { PnsCareResult } from '../../cancer/pns-care-2021/evaluate.js';
import type { CancerProbabilityResult } from '../../cancer/probability/probability.js';
import type { CancerAssociationResult } from '../../cancer/association/timing.js';
import type { ItemResult } from '../../engine/table.js';
import { imacsHeadline } from '../../cancer/imacs-2023/set.js';
import { pns2004Set } from '../../cancer/pns-2004/set.js';
import { pnsCare2021Set } from '../../cancer/pns-care-2021/set.js';
import {
  CONSIDER_REASON_WORDS,
  CONSIDER_TEST_WORDS,
  ELIGIBILITY_WORDS,
  FACTOR_LEVEL_WORDS,
  PNS_CARE_NA_WORDS,
  PROBABILITY_NA_WORDS,
  RED_FLAG_WORDS,
  WINDOW_STATUS_WORDS,
  WINDOW_WORDS,
  clinicianText,
  codeWords,
  headlineWords,
  lowerFirst as lower,
  pnsCareCategoryWords,
  pnsCategoryWords,
  pretestWords,
} from '../wording/index.js';
import { evidenceSummary, mark, pct } from './format.js';

export {
  PNS_CARE_NA_WORDS,
  PROBABILITY_NA_WORDS,
  RED_FLAG_WORDS,
  pnsCareCategoryWords,
  pnsCategoryWords,
  pretestWords,
};

/** Lower-cases the first letter inside a sentence, unless the word is an acronym ("FDG PET-CT"). */
/**
 * Words for an IMACS tier as the text report and the FHIR export print it (`high` → "HIGH risk"), from the
 * wording table.
 */
export function tierWords(tier: string): string {
  return tier === 'not-applicable'
    ? 'not applicable'
    : codeWords('imacs2023', tier).replace(/^\w+/, (w) => w.toUpperCase());
}

function years(y: { min: number; max: number }): string {
  const f = (x: number) => `${x > 0 ? '+' : ''}${x.toFixed(2)}`;
  return y.min === y.max ? `${f(y.min)} y` : `${f(y.min)} … ${f(y.max)} y`;
}

function evidenceText(i: ItemResult): string {
  return evidenceSummary(i.evidence);
}

/**
 * Renders the cancer-association timing.
 * @param r - the timing result
 */
export function renderCancerAssociation(r: CancerAssociationResult): string {
  const lines = ['Cancer association: timing from first myositis symptom'];
  lines.push(
    `  First symptom: ${r.onset ? (r.onset.earliest === r.onset.latest ? r.onset.earliest : `${r.onset.earliest} … ${r.onset.latest}`) : 'not recorded'}`,
  );
  if (!r.cancers.length) lines.push('  No cancer recorded (absence of a record is not absence of cancer).');
  for (const k of r.cancers) {
    const name = [k.histology, k.site].filter(Boolean).join(', ') || `cancer ${k.index + 1}`;
    const dx = k.diagnosis
      ? k.diagnosis.earliest === k.diagnosis.latest
        ? k.diagnosis.earliest
        : `${k.diagnosis.earliest} … ${k.diagnosis.latest}`
      : 'date not recorded';
    lines.push(
      `  ${name}: diagnosed ${dx}; interval ${k.intervalYears ? years(k.intervalYears) : 'unknown'} (negative = cancer first)`,
    );
    for (const w of k.windows) {
      if (w.id === 'tif1g' && w.applies === 'not-met') continue;
      const applies =
        w.id === 'tif1g' && w.applies === 'unknown'
          ? ' (applies only if anti-TIF1γ positive: not known)'
          : '';
      lines.push(
        `    - ${WINDOW_WORDS[w.id]}: ${lower(WINDOW_STATUS_WORDS[w.status])}${applies}  [${clinicianText(w.cite)}]`,
      );
    }
  }
  lines.push(
    `  Cancer-associated myositis (±3 y): ${r.cancerAssociated === 'met' ? 'yes' : r.cancerAssociated === 'not-met' ? 'no' : 'undetermined'}`,
  );
  if (r.missing.length) lines.push(`  Missing: ${r.missing.join('; ')}`);
  if (r.imprecise.length)
    lines.push(`  Too imprecise to settle the ±3-year verdict: ${r.imprecise.join('; ')}`);
  return lines.join('\n');
}

function ruleLines(items: readonly ItemResult[]): string[] {
  return items.map((i) => {
    const ev = evidenceText(i);
    return `  ${mark(i.status)} ${i.label}${ev ? `  — ${ev}` : ''}  [${clinicianText(i.cite)}]`;
  });
}

/**
 * Renders a Graus 2004 result.
 * @param r - the Graus 2004 result
 */
export function renderPns2004(r: Pns2004Result): string {
  const lines = ['Graus 2004 paraneoplastic syndrome criteria (dermatomyositis is a classical syndrome)'];
  lines.push(`  Result: ${headlineWords('pns2004', pns2004Set.headline(r))}`);
  lines.push(...ruleLines(r.items));
  if (r.missing.length) lines.push(`  Unknown inputs: ${r.missing.join(', ')}`);
  for (const d of r.deviations) lines.push(`  Note: ${clinicianText(d)}`);
  lines.push(`  Source: ${r.citation.label}. doi:${r.citation.doi}`);
  return lines.join('\n');
}

/**
 * Renders a PNS-Care result.
 * @param r - the PNS-Care result
 */
export function renderPnsCare(r: PnsCareResult): string {
  if (r.status === 'not-applicable')
    return [
      'PNS-Care Score 2021',
      `  Result: ${PNS_CARE_NA_WORDS[r.reason]}. No score is given.`,
      '  For paraneoplastic myositis use the ±3-year cancer-association window, Graus 2004 (where dermatomyositis is a classical syndrome) and IMACS 2023.',
      `  Source: ${r.citation.label}. doi:${r.citation.doi}`,
    ].join('\n');
  const lines = ['PNS-Care Score 2021'];
  const range =
    r.scoreRange.max !== r.scoreRange.min
      ? ` (${r.scoreRange.min}–${r.scoreRange.max} with unknown components)`
      : '';
  lines.push(
    `  Result: ${headlineWords('pnsCare2021', pnsCare2021Set.headline(r))} — score ${r.score}${range}. Levels: ≥ 8 definite, 6–7 probable, 4–5 possible, ≤ 3 non-PNS`,
  );
  if (r.phenotypeNotListed) lines.push('  The phenotype is not in the 2021 lists: it scores 0 points.');
  lines.push(
    ...r.items.map(
      (i) =>
        `  ${mark(i.status)} ${i.status === 'met' ? `+${i.points}` : `(${i.pointsIfMet})`} ${i.label}${evidenceText(i) ? `  — ${evidenceText(i)}` : ''}  [${clinicianText(i.cite)}]`,
    ),
  );
  if (r.missing.length) lines.push(`  Unknown inputs: ${r.missing.join(', ')}`);
  lines.push(`  Source: ${r.citation.label}. doi:${r.citation.doi}`);
  return lines.join('\n');
}

/**
 * Renders the IMACS risk result (calculator view, without dates).
 * @param r - the result
 * @param knownCancer - true when a known cancer supersedes screening (the panels are then not listed)
 */
export function renderImacs(r: ImacsResult, knownCancer = false): string {
  const lines = ['IMACS 2023 IIM-associated cancer screening'];
  lines.push(
    `  Eligibility: ${ELIGIBILITY_WORDS[r.eligibility.status]}${r.eligibility.notes.includes('ibm-not-established') ? '; inclusion body myositis: screening guidance not established' : ''}`,
  );
  lines.push(
    `  Tier: ${headlineWords('imacs2023', imacsHeadline(r))}${r.tier === 'not-applicable' ? ` (risk profile: ${codeWords('imacs2023', r.riskProfileTier)})` : ''} — ${r.counts.high} high-risk, ${r.counts.intermediate} intermediate-risk factor(s)`,
  );
  if (r.tierRange.max !== r.tierRange.min) lines.push(`  Unknown factors: ${r.missing.join(', ')}`);
  lines.push(
    '  Rule: high = ≥ 2 high-risk factors; moderate = 1 high-risk or ≥ 2 intermediate-risk; standard otherwise. Low-risk factors are shown, not counted.',
  );
  lines.push('  Factors (UNVERIFIED = tier not yet checked against the guideline figure):');
  for (const f of r.factorTable) {
    if (f.status === 'not-met') continue;
    const ev = evidenceSummary(f.evidence);
    lines.push(
      `  ${mark(f.status)} ${f.label}: ${lower(FACTOR_LEVEL_WORDS[f.level] ?? f.level)}${f.verified ? '' : ' UNVERIFIED'}${ev ? `  — ${ev}` : ''}  [${clinicianText(f.cite)}]`,
    );
  }
  if (r.redFlags.present.length)
    lines.push(`  Red flags present: ${r.redFlags.present.join(', ')} — ${RED_FLAG_WORDS}`);
  if (r.redFlags.unknown.length) lines.push(`  Red flags not recorded: ${r.redFlags.unknown.join(', ')}`);
  if (knownCancer || r.knownCancer === 'met')
    lines.push(
      '  A cancer is already known: oncological follow-up rather than screening (tier shown for the record).',
    );
  else {
    lines.push(
      `  At diagnosis: ${r.panels.length ? r.panels.map((p) => `${p} panel`).join(' + ') : 'no routine screening'}`,
    );
    if (r.panelItems.length)
      lines.push(
        ...r.panelItems.map(
          (i) => `    - ${i.label}${i.sex ? ` (${i.sex === 'female' ? 'women' : 'men'})` : ''} [${i.panel}]`,
        ),
      );
    if (r.considerPanels.length)
      lines.push(
        `  Consider for the red flags (conditional): ${r.considerPanels.map((p) => `${p} panel`).join(' + ')}`,
      );
    lines.push(
      `  Repeat: ${r.repeat ? `${r.repeat.panel} panel every ${r.repeat.everyYears} year(s) for ${r.repeat.forYears} years after symptom onset` : 'none routinely'}`,
    );
    for (const c of r.considerReasons)
      lines.push(
        `  Consider ${lower(CONSIDER_TEST_WORDS[c.id] ?? c.id)}: ${CONSIDER_REASON_WORDS[c.reason] ?? c.reason}`,
      );
  }
  lines.push('  Factor lists pending verification against IMACS Figure 1 and its 2024 correction.');
  lines.push(`  Source: ${r.citation.label}. doi:${r.citation.doi}`);
  return lines.join('\n');
}

const PLAN_MARK: Record<PlanItem['status'], string> = {
  done: '[x]',
  due: '[ ]',
  upcoming: '[ ]',
  overdue: '[!]',
  'not-applicable': '[-]',
  consider: '[?]',
};

function planLine(i: PlanItem): string {
  const due = i.due
    ? i.due.earliest === i.due.latest
      ? i.due.earliest
      : `${i.due.earliest}…${i.due.latest}`
    : 'date unknown';
  const what =
    i.status === 'done'
      ? `done ${i.done!.date ?? '(date not recorded)'}, result ${i.done!.result}`
      : i.status === 'not-applicable'
        ? `not applicable (${i.reason === 'sex' ? 'other sex' : 'falls before diagnosis'})`
        : i.status === 'consider'
          ? i.reason === 'red-flag'
            ? 'consider (red flag)'
            : 'consider'
          : i.status;
  return `    ${PLAN_MARK[i.status]} ${i.label} — due ${due}: ${what}`;
}

/**
 * Renders the dated screening plan as a checklist.
 * @param p - the plan
 * @param tier - the risk-profile tier, shown when a known cancer replaces screening
 */
export function renderScreeningPlan(p: ScreeningPlan, tier: string): string {
  const lines = [`  Screening plan as of ${p.asOf}:`];
  if (p.mode === 'known-cancer') {
    lines.push(
      `    A cancer is already known (cancers ${p.knownCancers.map((i) => `#${i + 1}`).join(', ')}) in the association window: the question is oncological follow-up (staging, treatment response, recurrence),`,
    );
    lines.push(
      `    not screening. Risk profile for the record: ${codeWords('imacs2023', tier)}. Myositis activity may track tumour activity.`,
    );
    return lines.join('\n');
  }
  if (p.mode === 'not-required') {
    lines.push('    No routine IIM-associated cancer screening required (and no red flag recorded).');
    return lines.join('\n');
  }
  if (!p.items.some((x) => x.required))
    lines.push(
      '    No routine IIM-associated cancer screening required; red flags: consider screening (conditional).',
    );
  const groups = new Map<number, PlanItem[]>();
  for (const i of p.items.filter((x) => x.required))
    groups.set(i.occurrence, [...(groups.get(i.occurrence) ?? []), i]);
  for (const [k, items] of groups) {
    lines.push(
      k === 0
        ? `    At diagnosis (from ${p.baselineAnchor ?? 'unknown date'}):`
        : `    Year ${k} after symptom onset (${p.schedule.repeatPanel} panel):`,
    );
    lines.push(...items.map(planLine));
  }
  const cond = p.items.filter((x) => !x.required);
  if (cond.length) {
    lines.push('    Conditional (clinicians should consider):');
    lines.push(...cond.map(planLine));
  }
  const s = p.summary;
  lines.push(
    `    Summary: ${s.done} done, ${s.due} due, ${s.overdue} overdue, ${s.upcoming} upcoming, ${s['not-applicable']} not applicable, ${s.consider} to consider`,
  );
  return lines.join('\n');
}

/**
 * Renders the IMACS section of an assessment (risk + dated plan).
 * @param r - the IMACS section (risk and plan)
 */
export function renderImacsSection(r: ImacsSection): string {
  return `${renderImacs(r, r.plan.mode === 'known-cancer')}\n${renderScreeningPlan(r.plan, r.riskProfileTier)}`;
}

/**
 * Renders the probability estimate.
 * @param r - the probability result
 */
export function renderCancerProbability(r: CancerProbabilityResult): string {
  const lines = ['Probability of an underlying cancer (Bayesian, adult DM)'];
  if (r.status === 'not-applicable') {
    lines.push(`  Not applicable: ${PROBABILITY_NA_WORDS[r.reason]}. No probability is given.`);
    return lines.join('\n');
  }
  lines.push(
    `  Pre-test probability ${pct(r.pretest)} (odds ${r.pretestOdds.toFixed(4)}), ${pretestWords(r)}${r.assumesAdultDm ? '; adult DM assumed (subtype or age not established)' : ''}`,
  );
  if (!r.steps.length)
    lines.push(
      '  No antibody result with a likelihood ratio: the estimate stays at the pre-test probability.',
    );
  for (const s of r.steps)
    lines.push(
      `  × LR ${s.lr} (anti-${s.antibody} ${s.result}): odds ${s.oddsBefore.toFixed(4)} → ${s.oddsAfter.toFixed(4)}, probability ${pct(s.probabilityAfter)}  [${clinicianText(s.cite)}]`,
    );
  lines.push(`  Post-test probability: ${pct(r.posterior)}`);
  for (const n of r.notUsed)
    lines.push(
      `  Not used: anti-${n.antibody} ${n.result} — the reference gives ${n.figure}; relative risks / odds ratios are not likelihood ratios.`,
    );
  if (r.cancerKnown) lines.push('  A cancer is already recorded: this estimate is for context only.');
  lines.push(`  Source: ${r.citations.map((c) => c.label).join('; ')}`);
  return lines.join('\n');
}
