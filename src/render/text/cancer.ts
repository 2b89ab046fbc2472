/**
 * Text rendering of the cancer-association results: timing windows, Graus 2004, PNS-Care 2021,
 * IMACS 2023 risk tier and the dated screening checklist, probability of an underlying cancer.
 * @module
 */
import type { ImacsSection } from '../../cancer/imacs-2023/from-case.js';
import type { ImacsResult } from '../../cancer/imacs-2023/evaluate.js';
import type { PlanItem, ScreeningPlan } from '../../cancer/imacs-2023/plan.js';
import type { Pns2004Result } from '../../cancer/pns-2004/evaluate.js';
import type { PnsCareNotApplicable, PnsCareResult } from '../../cancer/pns-care-2021/evaluate.js';
import {
  DEFAULT_PRETEST,
  type CancerProbabilityEstimate,
  type CancerProbabilityNotApplicable,
  type CancerProbabilityResult,
} from '../../cancer/probability/probability.js';
import type { CancerAssociationResult, WindowResult } from '../../cancer/association/timing.js';
import type { ItemResult } from '../../engine/table.js';
import { evidenceSummary, mark, pct } from './format.js';

const WINDOW_WORDS: Record<WindowResult['id'], string> = {
  'cam-3y': 'CAM window ±3 years',
  tif1g: 'anti-TIF1γ window −3 … +2.5 years',
  'pns-5y': 'PNS window ±5 years',
  'pns-2y': 'PNS window ±2 years',
};

const STATUS_WORDS: Record<string, string> = {
  in: 'inside',
  out: 'outside',
  uncertain: 'uncertain (dates too imprecise)',
  unknown: 'unknown (date missing)',
};

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
      lines.push(`    - ${WINDOW_WORDS[w.id]}: ${STATUS_WORDS[w.status]}${applies}  [${w.cite}]`);
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

const PNS_WORDS: Record<string, string> = {
  definite: 'definite PNS',
  possible: 'possible PNS',
  'not-met': 'criteria not met',
};

function ruleLines(items: readonly ItemResult[]): string[] {
  return items.map((i) => {
    const ev = evidenceText(i);
    return `  ${mark(i.status)} ${i.label}${ev ? `  — ${ev}` : ''}  [${i.cite}]`;
  });
}

/**
 * Renders a Graus 2004 result.
 * @param r - the Graus 2004 result
 */
export function renderPns2004(r: Pns2004Result): string {
  const lines = ['Graus 2004 paraneoplastic syndrome criteria (dermatomyositis is a classical syndrome)'];
  lines.push(`  Result: ${PNS_WORDS[r.category]}`);
  if (r.reachableCategories.length > 1)
    lines.push(
      `  Reachable if unknown items were known: ${r.reachableCategories.map((c) => PNS_WORDS[c]).join(', ')}`,
    );
  lines.push(...ruleLines(r.items));
  if (r.missing.length) lines.push(`  Unknown inputs: ${r.missing.join(', ')}`);
  for (const d of r.deviations) lines.push(`  Note: ${d}`);
  lines.push(`  Source: ${r.citation.label}. doi:${r.citation.doi}`);
  return lines.join('\n');
}

const CARE_WORDS: Record<string, string> = {
  definite: 'definite PNS',
  probable: 'probable PNS',
  possible: 'possible PNS',
  'non-pns': 'non-PNS',
};

/** Words for a Graus 2004 level (`definite` → "definite PNS"). */
export function pnsCategoryWords(c: string): string {
  return PNS_WORDS[c] ?? c;
}

/** Words for a PNS-Care 2021 level (`non-pns` → "non-PNS"). */
export function pnsCareCategoryWords(c: string): string {
  return CARE_WORDS[c] ?? c;
}

/** Why PNS-Care 2021 does not apply, by reason code. */
export const PNS_CARE_NA_WORDS: Record<PnsCareNotApplicable['reason'], string> = {
  'dermatomyositis-not-a-2021-phenotype':
    'Not applicable to dermatomyositis: it is not a phenotype of the 2021 PNS criteria',
  'myositis-not-a-2021-phenotype':
    'Not applicable to myositis: it is not a phenotype of the 2021 PNS criteria',
};

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
      ? ` (${r.scoreRange.min}–${r.scoreRange.max} with unknown components; up to ${CARE_WORDS[r.categoryRange.max]})`
      : '';
  lines.push(
    `  Result: ${CARE_WORDS[r.category]} — score ${r.score}${range}. Levels: ≥ 8 definite, 6–7 probable, 4–5 possible, ≤ 3 non-PNS`,
  );
  if (r.phenotypeNotListed) lines.push('  The phenotype is not in the 2021 lists: it scores 0 points.');
  lines.push(
    ...r.items.map(
      (i) =>
        `  ${mark(i.status)} ${i.status === 'met' ? `+${i.points}` : `(${i.pointsIfMet})`} ${i.label}${evidenceText(i) ? `  — ${evidenceText(i)}` : ''}  [${i.cite}]`,
    ),
  );
  if (r.missing.length) lines.push(`  Unknown inputs: ${r.missing.join(', ')}`);
  lines.push(`  Source: ${r.citation.label}. doi:${r.citation.doi}`);
  return lines.join('\n');
}

const TIER_WORDS: Record<string, string> = {
  high: 'HIGH risk',
  moderate: 'MODERATE risk',
  standard: 'STANDARD risk',
  'not-applicable': 'not applicable',
};
/** Words for an IMACS tier as printed in the report (`high` → "HIGH risk"). */
export function tierWords(t: string): string {
  return TIER_WORDS[t] ?? t;
}

const ELIG_WORDS: Record<string, string> = {
  eligible: 'adult onset, diagnosed within 3 years of onset',
  juvenile: 'juvenile onset: routine IIM-associated cancer screening not required',
  'beyond-3-years': 'diagnosed more than 3 years after symptom onset: outside the guideline',
  unknown:
    'eligibility undetermined (age at onset or onset/diagnosis dates missing): tier computed as if eligible',
};
const CONSIDER_WORDS: Record<string, string> = {
  'high-risk-initial-work-up-negative': 'high risk: when the work-up at diagnosis finds no cancer',
  'tif1g-dm-over-40-with-high-risk-feature':
    'anti-TIF1γ DM, onset > 40 y, with ≥ 1 additional high-risk clinical feature (single screening test)',
  'high-npc-risk-region': 'region with high nasopharyngeal-carcinoma risk',
};
const CONSIDER_LABELS: Record<string, string> = {
  'pet-ct': 'FDG PET-CT',
  'gi-endoscopy': 'upper and lower GI endoscopy',
  nasoendoscopy: 'nasoendoscopy',
};

/** The guideline's red-flag recommendation, worded as what it is: conditional. */
export const RED_FLAG_WORDS =
  'consider screening whatever the tier (a conditional recommendation of the guideline, not a requirement)';

/**
 * Renders the IMACS risk result (calculator view, without dates).
 * @param r - the result
 * @param knownCancer - true when a known cancer supersedes screening (the panels are then not listed)
 */
export function renderImacs(r: ImacsResult, knownCancer = false): string {
  const lines = ['IMACS 2023 IIM-associated cancer screening'];
  lines.push(
    `  Eligibility: ${ELIG_WORDS[r.eligibility.status]}${r.eligibility.notes.includes('ibm-not-established') ? '; inclusion body myositis: screening guidance not established' : ''}`,
  );
  lines.push(
    `  Tier: ${TIER_WORDS[r.tier]}${r.tier === 'not-applicable' ? ` (risk profile: ${TIER_WORDS[r.riskProfileTier]})` : ''} — ${r.counts.high} high-risk, ${r.counts.intermediate} intermediate-risk factor(s)`,
  );
  if (r.tierRange.max !== r.tierRange.min)
    lines.push(
      `  With unknown factors: up to ${TIER_WORDS[r.tierRange.max]}; missing: ${r.missing.join(', ')}`,
    );
  lines.push(
    '  Rule: high = ≥ 2 high-risk factors; moderate = 1 high-risk or ≥ 2 intermediate-risk; standard otherwise. Low-risk factors are shown, not counted.',
  );
  lines.push('  Factors (UNVERIFIED = tier not yet checked against the guideline figure):');
  for (const f of r.factorTable) {
    if (f.status === 'not-met') continue;
    const ev = evidenceSummary(f.evidence);
    lines.push(
      `  ${mark(f.status)} ${f.label}: ${f.level}${f.verified ? '' : ' UNVERIFIED'}${ev ? `  — ${ev}` : ''}  [${f.cite}]`,
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
      lines.push(`  Consider ${CONSIDER_LABELS[c.id]}: ${CONSIDER_WORDS[c.reason] ?? c.reason}`);
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
      `    not screening. Risk profile for the record: ${TIER_WORDS[tier]}. Myositis activity may track tumour activity.`,
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

/** Why the probability model does not apply, by reason code. */
export const PROBABILITY_NA_WORDS: Record<CancerProbabilityNotApplicable['reason'], string> = {
  juvenile: 'juvenile onset (the prior and likelihood ratios come from adult DM cohorts)',
  'not-dermatomyositis': 'not dermatomyositis (the prior and likelihood ratios are for adult DM)',
  'dermatomyositis-not-established':
    'dermatomyositis is not established (no subtype, no hallmark rash, no DM-specific antibody recorded)',
};

/**
 * Where the pre-test probability came from, and the range it may be set in.
 * @param r - the estimate
 */
export function pretestWords(r: CancerProbabilityEstimate): string {
  const range = `${pct0(r.pretestRange.min)}–${pct0(r.pretestRange.max)}`;
  return r.pretestSource === 'default'
    ? `adult DM default (editable ${range})`
    : `set by the user (default ${pct0(DEFAULT_PRETEST)}, range ${range})`;
}

const pct0 = (x: number) => `${Math.round(x * 100)} %`;

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
      `  × LR ${s.lr} (anti-${s.antibody} ${s.result}): odds ${s.oddsBefore.toFixed(4)} → ${s.oddsAfter.toFixed(4)}, probability ${pct(s.probabilityAfter)}  [${s.cite}]`,
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
