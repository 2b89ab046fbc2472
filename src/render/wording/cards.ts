/**
 * One-line wording of results: the headlines of CDS Hooks cards, the display texts and narratives of the
 * FHIR export. Part of the one wording table (`src/render/wording`), built from its code words, so a category,
 * tier or alert reads the same on a card, in the export and in the text report. Every headline says when unknown items could change a one-word result, and a
 * not-applicable result carries no number.
 * @module
 */
import type { ImacsSection } from '../../cancer/imacs-2023/from-case.js';
import type { PlanItem, PlanItemStatus } from '../../cancer/imacs-2023/plan.js';
import type { CancerProbabilityResult } from '../../cancer/probability/probability.js';
import type { Tri } from '../../core/tri.js';
import type { Alert } from '../../monitoring/alerts.js';
import { ALERT_RULES } from '../../monitoring/alerts.js';
import { dayText } from './follow-up.js';
import {
  categoryWords,
  pnsCareCategoryWords,
  pnsCategoryWords,
  PROBABILITY_NA_WORDS,
  subgroupWords,
} from './index.js';

/** Longest CDS Hooks card summary (the specification asks for fewer than 140 characters). */
export const SUMMARY_MAX = 139;

/** Short names of the criteria sets and guidelines, as clinicians cite them. */
export const SET_LABELS: Readonly<Record<string, string>> = {
  'eular-acr-2017': '2017 EULAR/ACR',
  'bohan-peter-1975': 'Bohan & Peter 1975',
  'pns-2004': 'Graus 2004 PNS criteria',
  'pns-care-2021': 'PNS-Care Score 2021',
  'imacs-2023': 'IMACS 2023',
  'cancer-association': 'Cancer association (±3 years)',
  'cancer-probability': 'Probability of an underlying cancer',
};

/** Short name of a criteria set or guideline. */
export function setLabel(id: string): string {
  return SET_LABELS[id] ?? id;
}

/** Words for met / not met / unknown. */
export const TRI_WORDS: Readonly<Record<Tri, string>> = {
  met: 'met',
  'not-met': 'not met',
  unknown: 'unknown',
};

/** Words for a category of any criteria set (`eular-acr-2017`, `probable` → "probable IIM"). */
export function criteriaCategoryWords(setId: string, category: string): string {
  if (category === 'not-applicable') return 'not applicable';
  if (setId === 'pns-2004') return pnsCategoryWords(category);
  if (setId === 'pns-care-2021') return pnsCareCategoryWords(category);
  return categoryWords(category);
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * A probability as a whole percentage that never claims certainty the estimate lacks (`> 99 %`, `< 1 %`).
 * @param p - probability 0–1
 */
export function percentWords(p: number): string {
  if (p >= 0.995) return '> 99 %';
  if (p < 0.005) return '< 1 %';
  return `${Math.round(p * 100)} %`;
}

/** The classification in words: category with the subgroup where one is assigned ("probable dermatomyositis"). */
export function classificationWords(category: string, subgroup: string | null | undefined): string {
  if ((category === 'probable' || category === 'definite') && subgroup)
    return `${category} ${subgroupWords(subgroup)}`;
  return categoryWords(category);
}

/**
 * The caveat when unknown items could change a category, else undefined.
 * @param setId - criteria set id
 * @param reachable - other categories the unknown items could give, highest first
 */
export function unknownsCaveat(setId: string, reachable: readonly string[]): string | undefined {
  if (!reachable.length) return undefined;
  return `unknown items could make it ${criteriaCategoryWords(setId, reachable[0]!)}`;
}

/** A classification result as its set's headline gives it (src/contract/set.ts), by set id. */
export interface ClassificationLine {
  setId: string;
  /** The category (the headline's code). */
  category: string;
  /** The subgroup (the headline's qualifier). */
  subgroup?: string | null;
  /** The probability with unknown items counted absent; absent when the result has none. */
  probability?: number;
  /** Other categories the unknown items could give, highest first. */
  reachable: readonly string[];
}

/**
 * The classification headline: "Probable dermatomyositis — 2017 EULAR/ACR 78 %", with the caveat when
 * unknown items could change the category. A result that cannot be classified carries no probability.
 * @param r - the classification result in one line
 */
export function classificationHeadline(r: ClassificationLine): string {
  const words = cap(classificationWords(r.category, r.subgroup));
  const head =
    r.category === 'not-classifiable' || r.probability === undefined
      ? `${words} — ${setLabel(r.setId)}`
      : `${words} — ${setLabel(r.setId)} ${percentWords(r.probability)}`;
  const caveat = unknownsCaveat(r.setId, r.reachable);
  return caveat ? `${head}; ${caveat}` : head;
}

/**
 * A criteria result in one line, for display texts: "Definite PNS — Graus 2004 PNS criteria".
 * @param setId - criteria set id
 * @param category - the category
 * @param reachable - other categories unknown items could give
 */
export function criteriaHeadline(setId: string, category: string, reachable: readonly string[]): string {
  const head = `${cap(criteriaCategoryWords(setId, category))} — ${setLabel(setId)}`;
  const caveat = unknownsCaveat(setId, reachable);
  return caveat ? `${head}; ${caveat}` : head;
}

/** Display words of a score component. */
export const COMPONENT_WORDS: Readonly<Record<string, string>> = {
  score: 'Score (unknown items counted absent)',
  'score-max': 'Score if every unknown item were met',
  probability: 'Probability (unknown items counted absent)',
  'probability-max': 'Probability if every unknown item were met',
  'category-max': 'Highest category the unknown items could give',
  subgroup: 'Subgroup',
};

// ─── IMACS 2023 ────────────────────────────────────────────────────────────────────────────────

const TIER_HEAD: Readonly<Record<string, string>> = {
  high: 'High',
  moderate: 'Moderate',
  standard: 'Standard',
};

/** Words for a screening item's status. */
export const SCREENING_STATUS_WORDS: Readonly<Record<PlanItemStatus, string>> = {
  done: 'done',
  due: 'due',
  upcoming: 'upcoming',
  overdue: 'overdue',
  'not-applicable': 'not applicable',
  consider: 'to consider',
};

/** Short names of screening tests for one-line summaries (the full label is used elsewhere). */
export const SCREENING_SHORT_WORDS: Readonly<Record<string, string>> = {
  'history-and-examination': 'history and examination',
  'full-blood-count': 'FBC',
  'liver-function-tests': 'LFTs',
  'esr-crp': 'ESR/CRP',
  'serum-protein-electrophoresis': 'SPEP',
  urinalysis: 'urinalysis',
  'chest-radiograph': 'chest X-ray',
  'population-screening': 'national cancer screening',
  'ct-neck-thorax-abdomen-pelvis': 'CT neck/chest/abdomen/pelvis',
  'cervical-screening': 'cervical screening',
  mammography: 'mammography',
  psa: 'PSA',
  'ca-125': 'CA-125',
  'pelvic-transvaginal-ultrasound': 'pelvic/transvaginal ultrasound',
  'faecal-occult-blood-test': 'FOBT',
  'pet-ct': 'FDG PET-CT',
  'upper-gi-endoscopy': 'upper GI endoscopy',
  'lower-gi-endoscopy': 'colonoscopy',
  nasoendoscopy: 'nasoendoscopy',
};

/** The IMACS tier as a title: "High cancer risk (IMACS 2023)". */
export function tierTitle(tier: string): string {
  return `${TIER_HEAD[tier] ?? cap(tier)} cancer risk (${setLabel('imacs-2023')})`;
}

/** The caveat when unknown factors could raise the IMACS tier, else undefined. */
export function tierCaveat(r: Pick<ImacsSection, 'tier' | 'tierRange' | 'missing'>): string | undefined {
  if (r.tier === 'not-applicable' || r.tierRange.max === r.tier) return undefined;
  return `could be ${TIER_HEAD[r.tierRange.max]?.toLowerCase() ?? r.tierRange.max}: ${r.missing.length} factor${r.missing.length === 1 ? '' : 's'} unknown`;
}

/** The IMACS title when no tier applies: "IMACS 2023 tier not applicable (risk profile high)". */
export function tierNotApplicableTitle(riskProfileWords: string): string {
  return `${setLabel('imacs-2023')} tier not applicable (risk profile ${riskProfileWords})`;
}

/** The count of IMACS risk factors present: "2 high-risk and 1 intermediate-risk factor(s) present". */
export function factorCountWords(counts: { high: number; intermediate: number }): string {
  return `${counts.high} high-risk and ${counts.intermediate} intermediate-risk factor(s) present`;
}

/** Title of the exported screening plan. */
export function screeningPlanTitle(setWords: string): string {
  return `IIM-associated cancer screening (${setWords})`;
}

/** The ±3-year cancer association in one line: "Cancer-associated myositis (…): yes | no | undetermined". */
export function associationHeadline(status: Tri): string {
  const words = status === 'met' ? 'yes' : status === 'not-met' ? 'no' : 'undetermined';
  return `Cancer-associated myositis (cancer within ±3 years of onset): ${words}`;
}

/** What is missing for a result, in one line. */
export function missingWords(missing: readonly string[]): string {
  return `Missing: ${missing.join('; ')}`;
}

/**
 * A note naming the sources of a result: "Source: label" (several joined by "; "), with ". doi:…" after a
 * single source's label when `withDoi` and it has one.
 */
export function sourceNote(citations: readonly { label: string; doi?: string }[], withDoi = false): string {
  const doi = withDoi && citations.length === 1 ? citations[0]!.doi : undefined;
  return `Source: ${citations.map((c) => c.label).join('; ')}${doi ? `. doi:${doi}` : ''}`;
}

/** Panel words. */
const PANEL_WORDS: Readonly<Record<string, string>> = {
  basic: 'basic',
  enhanced: 'enhanced',
  conditional: 'conditional',
};

/**
 * Lists names within a character budget: "a, b, c +2 more".
 * @param names - names in order of importance
 * @param budget - characters available
 */
function fitList(names: readonly string[], budget: number): string {
  const out: string[] = [];
  for (let i = 0; i < names.length; i++) {
    const rest = names.length - i - 1;
    const more = rest > 0 ? ` +${rest} more` : '';
    const next = [...out, names[i]!].join(', ');
    if (next.length + more.length > budget) {
      if (!out.length) return `${names.length} tests`;
      return `${out.join(', ')} +${names.length - out.length} more`;
    }
    out.push(names[i]!);
  }
  return out.join(', ');
}

/** Screening items of the plan that need action (required and overdue, else required and due), most distinctive panel first. */
export function actionableScreening(
  r: ImacsSection,
): { status: 'overdue' | 'due'; items: PlanItem[] } | undefined {
  if (r.plan.mode !== 'screening') return undefined;
  for (const status of ['overdue', 'due'] as const) {
    const items = r.plan.items.filter((i) => i.required && i.status === status);
    if (items.length) {
      const rank = (i: PlanItem) => (i.panel === 'enhanced' ? 0 : 1);
      return { status, items: [...items].sort((a, b) => rank(a) - rank(b) || a.occurrence - b.occurrence) };
    }
  }
  return undefined;
}

/**
 * The screening headline: "High cancer risk (IMACS 2023): enhanced screening overdue — CT neck/chest/abdomen/pelvis",
 * "… screening up to date", or the known-cancer message; with the caveat when unknown factors could raise the
 * tier. Undefined when the plan requires no screening.
 * @param r - the IMACS section
 */
export function screeningHeadline(r: ImacsSection): string | undefined {
  const caveat = tierCaveat(r);
  const tail = caveat ? ` (${caveat})` : '';
  if (r.plan.mode === 'not-required') return undefined;
  if (r.plan.mode === 'known-cancer')
    return `Known cancer: oncological follow-up rather than screening (${setLabel('imacs-2023')} risk profile: ${TIER_HEAD[r.riskProfileTier]?.toLowerCase() ?? r.riskProfileTier})`;
  const title = tierTitle(r.tier);
  const act = actionableScreening(r);
  if (!act) {
    const next = r.plan.items
      .filter((i) => i.required && i.status === 'upcoming' && i.due)
      .sort((a, b) => a.due!.earliest.localeCompare(b.due!.earliest))[0];
    return `${title}: screening up to date${next ? `; next due ${next.due!.earliest.slice(0, 7)}` : ''}${tail}`;
  }
  const panel = act.items[0]!.panel;
  const head = `${title}: ${PANEL_WORDS[panel] ?? panel} screening ${act.status}`;
  const seen = new Set<string>();
  const names = act.items
    .filter((i) => i.panel === panel)
    .map((i) => SCREENING_SHORT_WORDS[i.id] ?? i.label)
    .filter((n) => (seen.has(n) ? false : (seen.add(n), true)));
  const budget = SUMMARY_MAX - head.length - tail.length - 3;
  return `${head} — ${fitList(names, budget)}${tail}`;
}

/**
 * The status of one screening item in words: "overdue since 2025-08-31", "due 2026-06", "done 2025-09-02 (no cancer)".
 * @param i - a plan item
 */
export function screeningItemWords(i: PlanItem): string {
  const due = i.due
    ? i.due.earliest === i.due.latest
      ? i.due.earliest
      : `${i.due.earliest}…${i.due.latest}`
    : 'date unknown';
  switch (i.status) {
    case 'done':
      return `done ${i.done?.date ?? '(date not recorded)'}, result ${i.done?.result ?? 'not recorded'}`;
    case 'overdue':
      return `overdue (due ${due})`;
    case 'due':
      return `due ${due}`;
    case 'upcoming':
      return `upcoming (due ${due})`;
    case 'not-applicable':
      return `not applicable (${i.reason === 'sex' ? 'other sex' : 'falls before diagnosis'})`;
    case 'consider':
      return i.reason === 'red-flag' ? 'to consider (red flag)' : 'to consider';
  }
}

// ─── Probability, alerts ───────────────────────────────────────────────────────────────────────

/**
 * The probability headline: "Probability of an underlying cancer 58 % (anti-TIF1γ positive)", or why it is not
 * applicable (no number).
 * @param r - the probability result
 */
export function probabilityHeadline(r: CancerProbabilityResult): string {
  if (r.status === 'not-applicable')
    return `${setLabel('cancer-probability')}: not applicable, ${PROBABILITY_NA_WORDS[r.reason]}`;
  const basis = r.steps.length
    ? r.steps.map((s) => `anti-${s.antibody.replace('TIF1-gamma', 'TIF1γ')} ${s.result}`).join(', ')
    : 'no antibody with a likelihood ratio: pre-test estimate';
  return `${setLabel('cancer-probability')} ${percentWords(r.posterior)} (${basis})${r.cancerKnown ? '; a cancer is already recorded' : ''}`;
}

/** Card headlines of the alert rules, in a clinician's words. */
const ALERT_HEADLINES: Readonly<Record<string, string>> = {
  'flare-with-known-cancer': 'Myositis flare with a known cancer: consider re-staging',
  'flare-no-cancer-within-window':
    'Myositis flare within 3 years of onset, no known cancer: consider repeat cancer screening',
  'refractory-myositis': 'Refractory myositis: consider a search for an underlying cancer',
  'concordant-progression': 'Tumour progression alongside a myositis flare: the courses are concordant',
  'concordant-response': 'Myositis settling with the tumour response: the courses are concordant',
};

/**
 * The headline of an alert; a possible alert (status unknown) says so.
 * @param a - the alert
 */
export function alertHeadline(a: Pick<Alert, 'rule' | 'status'>): string {
  const h = ALERT_HEADLINES[a.rule] ?? ALERT_RULES.find((r) => r.id === a.rule)?.label ?? a.rule;
  return a.status === 'unknown' ? `Possible: ${h.charAt(0).toLowerCase()}${h.slice(1)}` : h;
}

/** The alert's full rule in words, with its date. */
export function alertDetailWords(a: Pick<Alert, 'rule' | 'day'>): string {
  const rule = ALERT_RULES.find((r) => r.id === a.rule);
  return `${rule?.label ?? a.rule} (${dayText(a.day)})`;
}

/** Reasons a clinician may give for overriding a card (CDS Hooks `overrideReasons`). */
export const OVERRIDE_REASON_WORDS: Readonly<Record<string, string>> = {
  'already-done': 'Already done or ordered elsewhere',
  'data-incomplete': 'The record is incomplete: the result does not apply',
  'clinical-judgement': 'Not appropriate for this patient (clinical judgement)',
  'patient-declined': 'Patient declined',
  'other-team': 'Managed by another team',
  'intentional-adjustment': 'Intentional dose adjustment (toxicity, protocol, capping)',
};

/** The disclaimer every card and export carries. */
export const DECISION_SUPPORT_NOTE =
  'Decision support: classification criteria and screening guidance support, but do not replace, clinical judgement.';

// ─── CDS Hooks cards ───────────────────────────────────────────────────────────────────────────

/**
 * A citation in two words for a card's source label: "Lundberg 2017".
 * @param c - the citation (its label starts with the first author; the year is the first 19xx/20xx)
 */
export function shortCitation(c: { label: string }): string {
  const author = /^([^\s,]+)/.exec(c.label)?.[1] ?? c.label;
  const year = /\b(19|20)\d{2}\b/.exec(c.label)?.[0];
  return year ? `${author} ${year}` : author;
}

/** Words of the cards that are not results. */
export const CARD_WORDS = {
  openCase: 'Open in Heliotrope (sources, unknowns, full report)',
  classificationSource: (setId: string, c: { label: string }) =>
    `${setLabel(setId)} criteria (${shortCitation(c)})`,
  screeningSource: (c: { label: string }) =>
    `${setLabel('imacs-2023')} cancer-screening guideline (${shortCitation(c)})`,
  orderTest: (label: string) => `Order: ${label}`,
  orderTestDescription: (label: string, due: string) =>
    `Create an order for ${label} (IMACS 2023 screening, due ${due})`,
  importIncomplete: (n: number) =>
    `${n} record${n === 1 ? '' : 's'} could not be read (wrong FHIR version or invalid values): the result may miss facts.`,
  unknownFacts:
    'Facts not in the record are counted as absent; those that could change the result are listed.',
} as const;

/**
 * A dose disagreement: "Carboplatin 600 mg ordered; Calvert (AUC 5) gives 470 mg".
 * @param drug - the drug
 * @param orderedMg - the ordered dose (mg)
 * @param expectedMg - the computed dose (mg)
 * @param basis - how the dose was computed ("Calvert (AUC 5)", "75 mg/m² × BSA 1.82 m²")
 */
export function doseMismatchHeadline(
  drug: string,
  orderedMg: number,
  expectedMg: number,
  basis: string,
): string {
  return `${cap(drug)} ${Math.round(orderedMg)} mg ordered; ${basis} gives ${Math.round(expectedMg)} mg`;
}

/**
 * A dose that could not be checked, and why.
 * @param drug - the drug
 * @param missing - what is missing ("a recent weight", "the target AUC")
 */
export function doseUncheckedHeadline(drug: string, missing: readonly string[]): string {
  return `${cap(drug)} dose not checked: ${missing.join(', ')} not in the record`;
}

/** Card words for the dose check. */
export const DOSE_WORDS = {
  source: (c: { label: string }) => `Dosing formula (${shortCitation(c)})`,
  changeTo: (mg: number) => `Change the dose to ${Math.round(mg)} mg`,
  changeToDescription: (drug: string, mg: number, basis: string) =>
    `Update the ${drug} order to ${Math.round(mg)} mg (${basis})`,
  pharmacist: 'Arithmetic only: check every dose against the treating protocol and with a pharmacist.',
  tolerance: (pct: number) => `Doses within ${pct} % of the computed dose are not flagged.`,
} as const;
