/**
 * Heliotrope's assessment code system: the codes of the FHIR export and of the CDS Hooks cards for what
 * no standard terminology names — a criteria set's result, its categories and items, the IMACS tiers and
 * screening tests, the alert rules. Built from the engine's tables (items, screening tests, alert rules)
 * and the render layer's words, so every code the export writes is a concept here (tested).
 * @see {@link https://hl7.org/fhir/R4/codesystem.html | FHIR R4 CodeSystem}
 * @module
 */
import type { CodeSystem, CodeSystemConcept } from '@medplum/fhirtypes';
import { IMACS_SCREENING_ITEMS } from '../../cancer/imacs-2023/definition.js';
import { criteriaTables } from '../../sets/registry.js';
import { ALERT_RULES } from '../../monitoring/alerts.js';
import { subgroupWords } from '../../render/text/criteria.js';
import {
  alertHeadline,
  COMPONENT_WORDS,
  criteriaCategoryWords,
  OVERRIDE_REASON_WORDS,
  SCREENING_STATUS_WORDS,
  setLabel,
  tierTitle,
  TRI_WORDS,
} from '../../render/text/headlines.js';
import { ENGINE_VERSION } from '../../version.js';
import { HELIOTROPE_FHIR_BASE } from '../systems.js';

/** Canonical URL of the assessment code system. */
export const ASSESSMENT_SYSTEM = `${HELIOTROPE_FHIR_BASE}/CodeSystem/assessment`;

/** Criteria sets exported as one Observation each, with every category they can give. */
export const CRITERIA_CATEGORIES: Readonly<Record<string, readonly string[]>> = {
  'eular-acr-2017': ['definite', 'probable', 'possible', 'not-met', 'not-classifiable'],
  'bohan-peter-1975': [
    'definite-dm',
    'probable-dm',
    'possible-dm',
    'definite-pm',
    'probable-pm',
    'possible-pm',
    'not-met',
  ],
  'pns-2004': ['definite', 'possible', 'not-met'],
  'pns-care-2021': ['definite', 'probable', 'possible', 'non-pns', 'not-applicable'],
};

/** EULAR/ACR subgroups. */
const SUBGROUPS = [
  'dermatomyositis',
  'amyopathic-dermatomyositis',
  'juvenile-dermatomyositis',
  'juvenile-myositis-other',
  'inclusion-body-myositis',
  'polymyositis',
] as const;

/** IMACS tiers. */
export const IMACS_TIERS = ['high', 'moderate', 'standard', 'not-applicable'] as const;

/** Codes, one function per kind, so the export and the code system cannot disagree. */
export const ACode = {
  set: (setId: string) => setId,
  category: (setId: string, category: string) => `${setId}:${category}`,
  item: (setId: string, itemId: string) => `${setId}:item:${itemId}`,
  subgroup: (s: string) => `eular-acr-2017:subgroup:${s}`,
  component: (c: keyof typeof COMPONENT_WORDS) => c,
  tri: (t: keyof typeof TRI_WORDS) => t,
  tier: (t: string) => `imacs-2023:tier:${t}`,
  screening: (id: string) => `screening:${id}`,
  screeningStatus: (s: keyof typeof SCREENING_STATUS_WORDS) => `screening-status:${s}`,
  alert: (rule: string) => `alert:${rule}`,
  overrideReason: (r: string) => `override:${r}`,
} as const;

/** Fixed concepts that are not generated from a table. */
export const FIXED_CONCEPTS = {
  cancerAssociation: 'cancer-association',
  imacs: 'imacs-2023',
  imacsOutcome: 'iim-associated-cancer',
  probability: 'cancer-probability',
  probabilityOutcome: 'underlying-cancer',
  screeningPlan: 'imacs-2023:screening-plan',
} as const;

const FIXED_DISPLAY: Record<string, string> = {
  [FIXED_CONCEPTS.cancerAssociation]: setLabel('cancer-association'),
  [FIXED_CONCEPTS.imacs]: `${setLabel('imacs-2023')} IIM-associated cancer risk`,
  [FIXED_CONCEPTS.imacsOutcome]: 'Cancer associated with the myositis (within 3 years of onset)',
  [FIXED_CONCEPTS.probability]: setLabel('cancer-probability'),
  [FIXED_CONCEPTS.probabilityOutcome]: 'Underlying cancer',
  [FIXED_CONCEPTS.screeningPlan]: `IIM-associated cancer screening (${setLabel('imacs-2023')})`,
};

/** Every concept of the code system: code → display. */
export function assessmentConcepts(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [setId, cats] of Object.entries(CRITERIA_CATEGORIES)) {
    out.set(ACode.set(setId), setLabel(setId));
    for (const c of cats) out.set(ACode.category(setId, c), criteriaCategoryWords(setId, c));
    const table = criteriaTables.find((t) => t.id === setId);
    for (const i of table?.items ?? []) out.set(ACode.item(setId, i.id), i.label);
  }
  for (const s of SUBGROUPS) out.set(ACode.subgroup(s), subgroupWords(s));
  for (const [k, v] of Object.entries(COMPONENT_WORDS)) out.set(k, v);
  for (const [k, v] of Object.entries(TRI_WORDS)) out.set(k, v);
  for (const [k, v] of Object.entries(FIXED_DISPLAY)) out.set(k, v);
  for (const t of IMACS_TIERS)
    out.set(ACode.tier(t), t === 'not-applicable' ? 'IMACS 2023 tier not applicable' : tierTitle(t));
  for (const i of IMACS_SCREENING_ITEMS) out.set(ACode.screening(i.id), i.label);
  for (const [k, v] of Object.entries(SCREENING_STATUS_WORDS))
    out.set(ACode.screeningStatus(k as keyof typeof SCREENING_STATUS_WORDS), v);
  for (const r of ALERT_RULES) out.set(ACode.alert(r.id), alertHeadline({ rule: r.id, status: 'met' }));
  for (const [k, v] of Object.entries(OVERRIDE_REASON_WORDS)) out.set(ACode.overrideReason(k), v);
  return out;
}

let cached: Map<string, string> | undefined;

/** The display of a code of the assessment system (throws on an unknown code: a programming error). */
export function assessmentDisplay(code: string): string {
  cached ??= assessmentConcepts();
  const d = cached.get(code);
  if (d === undefined) throw new Error(`no concept "${code}" in ${ASSESSMENT_SYSTEM}`);
  return d;
}

/** A Coding of the assessment system with its display. */
export function aCoding(code: string): { system: string; code: string; display: string } {
  return { system: ASSESSMENT_SYSTEM, code, display: assessmentDisplay(code) };
}

/** The code system as a FHIR R4 CodeSystem resource (complete content). */
export function assessmentCodeSystem(): CodeSystem {
  const concept: CodeSystemConcept[] = [...assessmentConcepts()].map(([code, display]) => ({
    code,
    display,
  }));
  return {
    resourceType: 'CodeSystem',
    id: 'heliotrope-assessment',
    url: ASSESSMENT_SYSTEM,
    version: ENGINE_VERSION,
    name: 'HeliotropeAssessment',
    title: 'Heliotrope assessment results',
    status: 'active',
    experimental: false,
    publisher: 'Heliotrope',
    description:
      'Codes of Heliotrope assessment results exported as FHIR and sent in CDS Hooks cards: criteria sets (Observation.code), their categories (Observation.valueCodeableConcept), items and score components (Observation.component.code), IMACS 2023 tiers and screening tests, follow-up alert rules and card override reasons.',
    caseSensitive: true,
    content: 'complete',
    count: concept.length,
    concept,
  };
}
