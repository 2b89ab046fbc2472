/**
 * IMACS 2023 international guideline for IIM-associated cancer screening: inputs, the risk-factor
 * table, the counting rule, panels, schedule and conditional modalities — all as data.
 *
 * The factor lists could not be checked against Figure 1 of the guideline (or its 2024 correction):
 * every row carries `verified` and the reference tag it rests on. See docs/criteria/imacs-2023.md.
 * @see {@link https://doi.org/10.1038/s41584-023-01045-w | Oldroyd 2023, Nat Rev Rheumatol 19:805}
 * @module
 */
import type { Citation } from '../../core/evidence.js';
import type { InputDef } from '../../engine/inputs.js';
import { equals, yes, type Predicate } from '../../engine/predicates.js';

/** Primary source. */
export const IMACS_2023_SOURCE: Citation = {
  label:
    'Oldroyd AGS, Callen JP, Chinoy H, et al. International guideline for idiopathic inflammatory myopathy-associated cancer screening: an IMACS initiative. Nat Rev Rheumatol 2023;19:805–817',
  doi: '10.1038/s41584-023-01045-w',
  pmid: '37945774',
  locator:
    'Figure 1 (risk stratification, panels, schedule); author correction Nat Rev Rheumatol 2024;20:315 not checked',
};

/** Subtypes accepted by `subtype`. */
export const IMACS_SUBTYPES = [
  'dermatomyositis',
  'amyopathic-dermatomyositis',
  'polymyositis',
  'immune-mediated-necrotising-myopathy',
  'antisynthetase-syndrome',
  'inclusion-body-myositis',
  'overlap-myositis',
] as const;

/** Antibody items (public ids). */
export const IMACS_ANTIBODY_ITEMS = [
  'anti-tif1-gamma',
  'anti-nxp2',
  'anti-sae1',
  'anti-mda5',
  'anti-mi2',
  'anti-jo1',
  'anti-srp',
  'anti-hmgcr',
] as const;

/** Canonical antibody target for each antibody item (see facts/names.ts). */
export const IMACS_ANTIBODY_TARGETS: Record<(typeof IMACS_ANTIBODY_ITEMS)[number], string> = {
  'anti-tif1-gamma': 'TIF1-gamma',
  'anti-nxp2': 'NXP2',
  'anti-sae1': 'SAE',
  'anti-mda5': 'MDA5',
  'anti-mi2': 'Mi-2',
  'anti-jo1': 'Jo-1',
  'anti-srp': 'SRP',
  'anti-hmgcr': 'HMGCR',
};

/** Clinical-feature items and the case finding each is read from. */
export const IMACS_CLINICAL_ITEMS = {
  dysphagia: { finding: 'dysphagia', label: 'Dysphagia' },
  'cutaneous-ulceration': { finding: 'skin-ulceration', label: 'Cutaneous ulceration or necrosis' },
  'rapid-onset': { finding: 'rapid-onset', label: 'Rapid onset of myositis' },
  'refractory-disease': {
    finding: 'refractory-disease',
    label: 'Refractory / persistently active disease despite treatment',
  },
  'interstitial-lung-disease': { finding: 'interstitial-lung-disease', label: 'Interstitial lung disease' },
  raynaud: { finding: 'raynaud-phenomenon', label: "Raynaud's phenomenon" },
} as const;

/** Red-flag items: any "yes" requires screening whatever the tier. */
export const IMACS_RED_FLAGS = [
  'weight-loss',
  'family-history-of-cancer',
  'smoking',
  'unexplained-fever',
  'night-sweats',
] as const;

const posNeg = { type: 'enum', values: ['positive', 'negative'] } as const;
const yesNo = { type: 'enum', values: ['yes', 'no'] } as const;

/** Calculator inputs (public contract). */
export const IMACS_INPUTS: readonly InputDef[] = [
  {
    id: 'age-at-onset',
    label: 'Age at IIM onset',
    description: 'Age in years at the first myositis symptom (adult onset ≥ 18; > 40 is a high-risk factor).',
    kind: { type: 'number', min: 0, max: 130, unit: 'years' },
  },
  {
    id: 'sex',
    label: 'Sex',
    description: 'Selects the sex-specific items of the enhanced panel.',
    kind: { type: 'enum', values: ['female', 'male'] },
  },
  {
    id: 'subtype',
    label: 'IIM subtype',
    description: `One of ${IMACS_SUBTYPES.join(', ')}.`,
    kind: { type: 'enum', values: IMACS_SUBTYPES },
  },
  {
    id: 'years-from-onset-to-diagnosis',
    label: 'Years from symptom onset to IIM diagnosis',
    description: 'IMACS applies when the IIM is diagnosed within 3 years of symptom onset.',
    kind: { type: 'number', min: 0, max: 100, unit: 'years' },
  },
  ...IMACS_ANTIBODY_ITEMS.map((id): InputDef => ({
    id,
    label: `Anti-${IMACS_ANTIBODY_TARGETS[id].replace('TIF1-gamma', 'TIF1γ').replace(/^SAE$/, 'SAE1')}`,
    description: `Myositis-specific/associated antibody result (case: antibodies[] target ${IMACS_ANTIBODY_TARGETS[id]}).`,
    kind: posNeg,
  })),
  ...Object.entries(IMACS_CLINICAL_ITEMS).map(([id, v]): InputDef => ({
    id,
    label: v.label,
    description: `Clinical feature (case: finding "${v.finding}").`,
    kind: { type: 'tri' },
  })),
  {
    id: 'weight-loss',
    label: 'Unexplained weight loss (red flag)',
    description: 'Unintentional or unexplained weight loss.',
    kind: { type: 'tri' },
  },
  {
    id: 'family-history-of-cancer',
    label: 'Family history of cancer (red flag)',
    description: 'Cancer in a relative.',
    kind: { type: 'tri' },
  },
  {
    id: 'smoking',
    label: 'Smoking (red flag)',
    description: 'Current or former smoker.',
    kind: { type: 'tri' },
  },
  {
    id: 'unexplained-fever',
    label: 'Unexplained fever (red flag)',
    description: 'Fever without another explanation (e.g. not an infection).',
    kind: { type: 'tri' },
  },
  {
    id: 'night-sweats',
    label: 'Night sweats (red flag)',
    description: 'Night sweats.',
    kind: { type: 'tri' },
  },
  {
    id: 'high-npc-risk-region',
    label: 'High nasopharyngeal-carcinoma-risk region',
    description:
      'Lives in or comes from a region with high NPC incidence (e.g. southern China, Hong Kong, South-East Asia): nasoendoscopy at diagnosis.',
    kind: yesNo,
  },
  {
    id: 'known-cancer',
    label: 'Cancer already known',
    description:
      'A cancer is already diagnosed within 3 years of IIM onset (or is active): screening gives way to oncological follow-up; the tier is still reported.',
    kind: yesNo,
  },
];

/** Factor levels of the guideline. `low` factors are shown but never counted. */
export type FactorLevel = 'high' | 'intermediate' | 'low';

/** One row of the factor table. */
export interface FactorDef {
  id: string;
  domain: 'demographic' | 'subtype' | 'antibody' | 'clinical';
  label: string;
  level: FactorLevel;
  /** The factor is present when this holds. */
  test: Predicate;
  /** False until the row is checked against Figure 1 of the guideline and its correction. */
  verified: boolean;
  /** Reference tag the tier assignment rests on: V1 one secondary source restating IMACS; NF not found (our decision from the evidence base); R recalled. */
  basis: 'V1' | 'NF' | 'R';
  cite: string;
  note?: string;
}

/**
 * The factor table. `verified: true` only where a secondary source restates the guideline's tier;
 * nothing here has been checked against Figure 1 itself (reference imacs-2023-cancer-screening.md §3.3).
 */
export const IMACS_FACTORS: readonly FactorDef[] = [
  {
    id: 'age-over-40',
    domain: 'demographic',
    label: 'Age at IIM onset > 40 years',
    level: 'high',
    test: yes('age-over-40'),
    verified: true,
    basis: 'V1',
    cite: 'IMACS Fig. 1 legend ("onset at age > 40 years", PET rule); Penn editorial (age cut-off 40)',
    note: 'Strictly greater than 40: onset at exactly 40 is not a factor.',
  },
  {
    id: 'subtype-dermatomyositis',
    domain: 'subtype',
    label: 'Dermatomyositis subtype',
    level: 'high',
    test: equals('subtype', 'dermatomyositis'),
    verified: false,
    basis: 'NF',
    cite: 'Oldroyd 2021 meta-analysis: DM RR 2.21 (1.78–2.77)',
    note: 'Tier not found in any source; high chosen from the evidence base and the reference plausibility check (DM supplies the second high factor in most older patients).',
  },
  {
    id: 'subtype-amyopathic-dermatomyositis',
    domain: 'subtype',
    label: 'Clinically amyopathic DM',
    level: 'low',
    test: equals('subtype', 'amyopathic-dermatomyositis'),
    verified: false,
    basis: 'NF',
    cite: 'Oldroyd 2021 meta-analysis: CADM RR 0.44 (0.20–0.97)',
  },
  {
    id: 'subtype-polymyositis',
    domain: 'subtype',
    label: 'Polymyositis',
    level: 'low',
    test: equals('subtype', 'polymyositis'),
    verified: false,
    basis: 'NF',
    cite: 'Oldroyd 2021 meta-analysis: PM RR 0.49 (0.37–0.65)',
  },
  {
    id: 'subtype-antisynthetase-syndrome',
    domain: 'subtype',
    label: 'Antisynthetase syndrome',
    level: 'low',
    test: equals('subtype', 'antisynthetase-syndrome'),
    verified: false,
    basis: 'NF',
    cite: 'Oldroyd 2021 meta-analysis: any antisynthetase antibody RR 0.41 (0.26–0.64)',
  },
  {
    id: 'anti-tif1-gamma',
    domain: 'antibody',
    label: 'Anti-TIF1γ positive',
    level: 'high',
    test: equals('anti-tif1-gamma', 'positive'),
    verified: true,
    basis: 'V1',
    cite: 'Guideline-derived summary ("high risk factor"); meta-analysis RR 4.68 (3.37–6.48)',
  },
  {
    id: 'anti-nxp2',
    domain: 'antibody',
    label: 'Anti-NXP2 positive',
    level: 'high',
    test: equals('anti-nxp2', 'positive'),
    verified: true,
    basis: 'V1',
    cite: 'Guideline-derived summary ("high risk factor")',
    note: 'Kept high by the experts although the 2021 meta-analysis RR was 1.16 (NS).',
  },
  {
    id: 'anti-sae1',
    domain: 'antibody',
    label: 'Anti-SAE1 positive',
    level: 'intermediate',
    test: equals('anti-sae1', 'positive'),
    verified: true,
    basis: 'V1',
    cite: 'Guideline-derived summary ("intermediate risk factor")',
  },
  {
    id: 'anti-mda5',
    domain: 'antibody',
    label: 'Anti-MDA5 positive',
    level: 'low',
    test: equals('anti-mda5', 'positive'),
    verified: false,
    basis: 'NF',
    cite: 'Oldroyd 2021 Table 1: RR 0.17 (NS)',
  },
  {
    id: 'anti-mi2',
    domain: 'antibody',
    label: 'Anti-Mi-2 positive',
    level: 'low',
    test: equals('anti-mi2', 'positive'),
    verified: false,
    basis: 'NF',
    cite: 'Oldroyd 2021 Table 1: RR 1.05 (NS)',
    note: 'No excess risk in the evidence base; shown, not counted.',
  },
  {
    id: 'anti-jo1',
    domain: 'antibody',
    label: 'Anti-Jo-1 positive',
    level: 'low',
    test: equals('anti-jo1', 'positive'),
    verified: false,
    basis: 'NF',
    cite: 'Oldroyd 2021 Table 1: RR 0.45 (0.25–0.84)',
  },
  {
    id: 'anti-srp',
    domain: 'antibody',
    label: 'Anti-SRP positive',
    level: 'low',
    test: equals('anti-srp', 'positive'),
    verified: false,
    basis: 'NF',
    cite: 'Oldroyd 2021 Table 1: RR 0.40 (NS)',
  },
  {
    id: 'anti-hmgcr',
    domain: 'antibody',
    label: 'Anti-HMGCR positive',
    level: 'low',
    test: equals('anti-hmgcr', 'positive'),
    verified: false,
    basis: 'NF',
    cite: 'Oldroyd 2021 Table 1: RR 0.55 (NS)',
  },
  {
    id: 'dysphagia',
    domain: 'clinical',
    label: 'Dysphagia',
    level: 'high',
    test: yes('dysphagia'),
    verified: false,
    basis: 'NF',
    cite: 'Oldroyd 2021 meta-analysis: RR 2.09 (1.21–3.60)',
    note: 'A candidate "high-risk clinical feature" (reference §3.3 [NF]).',
  },
  {
    id: 'cutaneous-ulceration',
    domain: 'clinical',
    label: 'Cutaneous ulceration / necrosis',
    level: 'high',
    test: yes('cutaneous-ulceration'),
    verified: false,
    basis: 'NF',
    cite: 'Oldroyd 2021 meta-analysis: RR 2.73 (1.33–5.59)',
  },
  {
    id: 'rapid-onset',
    domain: 'clinical',
    label: 'Rapid onset of myositis',
    level: 'high',
    test: yes('rapid-onset'),
    verified: false,
    basis: 'R',
    cite: 'Reviews cited in the reference §3.3 [R]',
  },
  {
    id: 'refractory-disease',
    domain: 'clinical',
    label: 'Refractory / persistently active disease',
    level: 'high',
    test: yes('refractory-disease'),
    verified: false,
    basis: 'R',
    cite: 'Reviews cited in the reference §3.3 [R]',
  },
  {
    id: 'interstitial-lung-disease',
    domain: 'clinical',
    label: 'Interstitial lung disease',
    level: 'low',
    test: yes('interstitial-lung-disease'),
    verified: false,
    basis: 'NF',
    cite: 'Oldroyd 2021 meta-analysis: RR 0.49 (0.32–0.76)',
  },
  {
    id: 'raynaud',
    domain: 'clinical',
    label: "Raynaud's phenomenon",
    level: 'low',
    test: yes('raynaud'),
    verified: false,
    basis: 'NF',
    cite: 'Oldroyd 2021 meta-analysis: RR 0.61 (0.39–0.95)',
  },
];

/** The counting rule, as data: first matching row wins. */
export const IMACS_COUNTING_RULE: readonly {
  tier: 'high' | 'moderate' | 'standard';
  minHigh: number;
  minIntermediate: number;
  cite: string;
}[] = [
  {
    tier: 'high',
    minHigh: 2,
    minIntermediate: 0,
    cite: 'IMACS via Hong Kong validation (EULAR 2024 report): ≥ 2 high-risk factors [V1]',
  },
  { tier: 'moderate', minHigh: 1, minIntermediate: 0, cite: 'IMACS: exactly 1 high-risk factor [V1]' },
  { tier: 'moderate', minHigh: 0, minIntermediate: 2, cite: 'IMACS: ≥ 2 intermediate-risk factors [V1]' },
  { tier: 'standard', minHigh: 0, minIntermediate: 0, cite: 'IMACS: none of the above [V1]' },
];

/** Screening panels. */
export type PanelId = 'basic' | 'enhanced';

/** One screening item. `sex` restricts it to one sex. */
export interface ScreeningItemDef {
  id: string;
  panel: PanelId | 'conditional';
  label: string;
  sex?: 'female' | 'male';
  cite: string;
  note?: string;
}

/** Basic and enhanced panels and conditional modalities. */
export const IMACS_SCREENING_ITEMS: readonly ScreeningItemDef[] = [
  {
    id: 'history-and-examination',
    panel: 'basic',
    label: 'Comprehensive history and physical examination',
    cite: 'Basic panel 1 [V]',
  },
  { id: 'full-blood-count', panel: 'basic', label: 'Full blood count', cite: 'Basic panel 2 [V]' },
  { id: 'liver-function-tests', panel: 'basic', label: 'Liver function tests', cite: 'Basic panel 3 [V]' },
  { id: 'esr-crp', panel: 'basic', label: 'ESR and CRP', cite: 'Basic panel 4 [V]' },
  {
    id: 'serum-protein-electrophoresis',
    panel: 'basic',
    label: 'Serum protein electrophoresis',
    cite: 'Basic panel 5 [V]',
  },
  { id: 'urinalysis', panel: 'basic', label: 'Urinalysis', cite: 'Basic panel 6 [V]' },
  { id: 'chest-radiograph', panel: 'basic', label: 'Chest radiograph', cite: 'Basic panel 7 [V]' },
  {
    id: 'population-screening',
    panel: 'basic',
    label: 'Age- and sex-appropriate national cancer screening',
    cite: 'Listed with the basic panel (JAMA Dermatol 2024 letter) [V1]',
  },
  {
    id: 'ct-neck-thorax-abdomen-pelvis',
    panel: 'enhanced',
    label: 'CT neck, thorax, abdomen and pelvis',
    cite: 'Enhanced panel 1 [V]',
  },
  {
    id: 'cervical-screening',
    panel: 'enhanced',
    label: 'Cervical screening (Papanicolaou test)',
    sex: 'female',
    cite: 'Enhanced panel 2 [V]',
  },
  { id: 'mammography', panel: 'enhanced', label: 'Mammography', sex: 'female', cite: 'Enhanced panel 3 [V]' },
  {
    id: 'psa',
    panel: 'enhanced',
    label: 'Prostate-specific antigen',
    sex: 'male',
    cite: 'Enhanced panel 4 [V]',
  },
  {
    id: 'ca-125',
    panel: 'enhanced',
    label: 'CA-125',
    sex: 'female',
    cite: 'Enhanced panel 5 [V]',
    note: 'One summary lists it without a sex qualifier; restricted to women here (ovarian marker).',
  },
  {
    id: 'pelvic-transvaginal-ultrasound',
    panel: 'enhanced',
    label: 'Pelvic / transvaginal ultrasound',
    sex: 'female',
    cite: 'Enhanced panel 6 [V]',
    note: 'Sources differ: "abdominal and transvaginal", "pelvic or transvaginal", "pelvic and transvaginal".',
  },
  {
    id: 'faecal-occult-blood-test',
    panel: 'enhanced',
    label: 'Faecal occult blood test',
    cite: 'Enhanced panel 7 [V]',
  },
  {
    id: 'pet-ct',
    panel: 'conditional',
    label: '18F-FDG PET-CT',
    cite: 'Fig. 1 legend: consider in high risk when initial work-up negative, or as single test in anti-TIF1γ DM > 40 y with ≥ 1 additional high-risk clinical feature [V]',
  },
  {
    id: 'upper-gi-endoscopy',
    panel: 'conditional',
    label: 'Upper GI endoscopy',
    cite: 'Fig. 1 legend: consider in high risk when work-up at diagnosis negative [V]',
  },
  {
    id: 'lower-gi-endoscopy',
    panel: 'conditional',
    label: 'Lower GI endoscopy',
    cite: 'Fig. 1 legend: consider in high risk when work-up at diagnosis negative [V]',
  },
  {
    id: 'nasoendoscopy',
    panel: 'conditional',
    label: 'Nasoendoscopy',
    cite: 'Fig. 1 legend: at diagnosis in regions with high nasopharyngeal-carcinoma risk [V]',
  },
];

/** Schedule parameters kept configurable pending verification against Figure 1. */
export interface ImacsScheduleConfig {
  /** Panel repeated in high-risk patients ([V1+] basic; a recollection says enhanced — unverified). */
  repeatPanel: PanelId;
  /** Interval between repeats, in years. */
  repeatEveryYears: number;
  /** Repeats continue this many years after IIM symptom onset. */
  repeatForYears: number;
  /**
   * Panels to consider at diagnosis when a red flag is present but the tier alone asks for less (our
   * decision: the guideline names no panel). Conditional: listed as "consider", never as required.
   */
  redFlagPanels: readonly PanelId[];
}

/** Default schedule (reference §5). */
export const IMACS_DEFAULT_SCHEDULE: ImacsScheduleConfig = {
  repeatPanel: 'basic',
  repeatEveryYears: 1,
  repeatForYears: 3,
  redFlagPanels: ['basic', 'enhanced'],
};
