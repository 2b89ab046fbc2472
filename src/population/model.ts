/**
 * The clinical model of the synthetic population: one patient's record (what happened and what the EHR
 * recorded), drawn from a seeded stream. The record is turned into FHIR resources by `to-fhir.ts` and
 * into the ground-truth case by `truth.ts`; both read the same record, so the export and its truth agree
 * by construction. Rates are realistic orders of magnitude from docs/population.md (sources there), for an
 * enriched rheumatology-service population, not general-population prevalence.
 * @module
 */
import type { KnownFindingId } from '../case/schema.js';
import { dayNumber, formatDay } from '../core/dates.js';
import type { MyositisKind } from './codes.js';
import { Rng } from '../core/rng.js';

/** Cohort of a generated patient (the clinical truth, also for patients whose record does not show it). */
export type Cohort =
  | 'dermatomyositis'
  | 'amyopathic-dermatomyositis'
  | 'polymyositis'
  | 'imnm'
  | 'antisynthetase'
  | 'statin-myopathy'
  | 'hypothyroid-myopathy'
  | 'inclusion-body-myositis'
  | 'polymyalgia-rheumatica'
  | 'fibromyalgia'
  | 'lupus'
  | 'psoriasis'
  | 'no-myositis';

/** Cohorts with an idiopathic inflammatory myopathy. */
export const MYOSITIS_COHORTS: readonly Cohort[] = [
  'dermatomyositis',
  'amyopathic-dermatomyositis',
  'polymyositis',
  'imnm',
  'antisynthetase',
];

/** Share of each cohort in the default population (sums to 1). */
export const DEFAULT_COHORT_SHARES: Readonly<Record<Cohort, number>> = {
  dermatomyositis: 0.055,
  'amyopathic-dermatomyositis': 0.012,
  polymyositis: 0.013,
  imnm: 0.02,
  antisynthetase: 0.03,
  'statin-myopathy': 0.015,
  'hypothyroid-myopathy': 0.01,
  'inclusion-body-myositis': 0.008,
  'polymyalgia-rheumatica': 0.012,
  fibromyalgia: 0.01,
  lupus: 0.008,
  psoriasis: 0.007,
  'no-myositis': 0.8,
};

/** Generation options. */
export interface ModelOptions {
  /** Seed (any string). */
  seed: string;
  /** The export day (YYYY-MM-DD): nothing is recorded after it. */
  referenceDate: string;
  /** Cohort shares (defaults: {@link DEFAULT_COHORT_SHARES}). */
  shares?: Readonly<Record<Cohort, number>>;
  /** Rate of coded resources written without a coding (text only); default 0.02. */
  uncodedRate?: number;
}

/** A dated lab value. */
export interface LabRecord {
  analyte: string;
  value: number;
  unit: string;
  low: number;
  high: number;
  date: string;
  coded: boolean;
  /** Written in µkat/L (converted value and range) instead of U/L. */
  ukat?: boolean;
}

/** A finding as the EHR recorded it. */
export interface FindingRecord {
  finding: KnownFindingId;
  status: 'present' | 'absent';
  date: string;
  /** Condition (problem list, present only) or Observation (examination, valueBoolean). */
  as: 'condition' | 'observation';
  coded: boolean;
}

/** An antibody result. */
export interface AntibodyRecord {
  target: string;
  result: 'positive' | 'negative';
  date: string;
  coded: boolean;
}

/** A cancer. */
export interface CancerRecord {
  /** ICD-10-CM code (a row of the code table). */
  icd10: string;
  date: string;
  extent: 'localised' | 'locally-advanced' | 'metastatic';
  status: 'active' | 'remission';
  coded: boolean;
  /** Recorded in error (verificationStatus entered-in-error): not a fact. */
  enteredInError?: boolean;
}

/** A treatment. */
export interface TreatmentRecord {
  /** RxNorm code or local code of the table. */
  code: string;
  local?: boolean;
  start: string;
  end?: string;
  dose?: { value: number; unit: string };
  indication: 'myositis' | 'cancer' | 'other';
  /** For cancer treatment: index of the cancer in `cancers`. */
  cancerIndex?: number;
  coded: boolean;
}

/** A screening investigation (DiagnosticReport or Procedure). */
export interface InvestigationRecord {
  item: string;
  date: string;
  result: 'normal' | 'abnormal' | 'cancer-found';
  coded: boolean;
}

/** Screening tests that are blood or urine tests: a report grouping the day's results. */
export type PanelItem = 'full-blood-count' | 'liver-function-tests' | 'esr-crp' | 'psa' | 'ca-125';

/** One generated patient. */
export interface PatientRecord {
  index: number;
  id: string;
  mrn: string;
  name: { family: string; given: string };
  cohort: Cohort;
  sex: 'female' | 'male';
  birthDate: string;
  /** Main myositis antibody (clinical truth), if any. */
  antibody?: string;
  /** A cancer the patient has that is diagnosed only after the export day (not in the record). */
  hiddenCancer?: { site: string; date: string };
  myositis?: {
    kind: MyositisKind;
    /** Symptom onset as recorded (YYYY-MM or YYYY-MM-DD). */
    onset: string;
    diagnosis: string;
    /** Also coded M36.0 (myositis in neoplastic disease). */
    neoplastic: boolean;
    coded: boolean;
  };
  /** A myositis diagnosis that was considered and refuted (verificationStatus refuted). */
  refutedMyositis?: string;
  findings: FindingRecord[];
  labs: LabRecord[];
  /** Panel reports (CBC, hepatic function) grouping labs of one day. */
  panels: {
    item: PanelItem;
    date: string;
    abnormal: boolean;
    coded: boolean;
  }[];
  antibodies: AntibodyRecord[];
  emg?: { date: string; conclusion: 'myopathic' | 'normal' | 'neurogenic' };
  muscleBiopsy?: { date: string; features: string[] };
  skinBiopsy?: { date: string };
  mri?: { date: string; finding: 'myositis-oedema' | 'normal' };
  cancers: CancerRecord[];
  treatments: TreatmentRecord[];
  investigations: InvestigationRecord[];
  /** Diagnoses that are not myositis (ICD-10-CM codes of the table; mimics and comorbidities). */
  otherDiagnoses: { icd10: string; date: string }[];
  /** Visit days (Encounter + vital signs). */
  encounters: string[];
  immunizations: string[];
  allergy: boolean;
}

const DAY = 1;
const YEAR = 365.25 * DAY;

function isoDay(d: number): string {
  return formatDay(Math.round(d));
}

function parseDay(s: string): number {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  return dayNumber(y, m, d);
}

const FAMILY = [
  'Arden',
  'Bellamy',
  'Carver',
  'Dalton',
  'Ellis',
  'Foster',
  'Garner',
  'Hollis',
  'Ingram',
  'Jarvis',
];
const GIVEN_F = ['Alma', 'Beatrix', 'Clara', 'Dora', 'Edith', 'Flora', 'Greta', 'Hazel', 'Iris', 'June'];
const GIVEN_M = ['Abel', 'Basil', 'Cyril', 'Dean', 'Emil', 'Felix', 'Gideon', 'Hugo', 'Ivo', 'Jonas'];

/** Age at myositis onset: mean and SD by cohort (others: 53 ± 14). */
const ONSET_AGE: Partial<Record<Cohort, [number, number]>> = {
  antisynthetase: [50, 12],
  imnm: [56, 13],
  'amyopathic-dermatomyositis': [48, 12],
};

/** Myositis antibody profile per cohort (main antibody; 'none' = seronegative). */
const ANTIBODY_MIX: Partial<Record<Cohort, Record<string, number>>> = {
  dermatomyositis: { 'TIF1-gamma': 25, NXP2: 18, MDA5: 10, 'Mi-2': 15, SAE: 7, none: 25 },
  'amyopathic-dermatomyositis': { MDA5: 45, 'TIF1-gamma': 20, SAE: 10, none: 25 },
  polymyositis: { SRP: 5, Ro52: 20, none: 75 },
  imnm: { HMGCR: 45, SRP: 35, none: 20 },
  antisynthetase: { 'Jo-1': 60, 'PL-7': 15, 'PL-12': 15, EJ: 10 },
};

/** Targets of the myositis line blot written for every tested patient. */
export const PANEL_TARGETS = [
  'TIF1-gamma',
  'NXP2',
  'MDA5',
  'Mi-2',
  'SAE',
  'Jo-1',
  'PL-7',
  'PL-12',
  'EJ',
  'SRP',
  'Ro52',
] as const;

/**
 * Probability of a cancer within ±3 years of myositis onset, by cohort and main antibody (orders of
 * magnitude from the cancer-association literature summarised in docs/population.md).
 */
function camProbability(cohort: Cohort, antibody: string, age: number): number {
  if (cohort === 'dermatomyositis') {
    if (antibody === 'TIF1-gamma') return age >= 40 ? 0.45 : 0.02;
    if (antibody === 'NXP2') return 0.2;
    if (antibody === 'SAE') return 0.2;
    if (antibody === 'MDA5') return 0.08;
    if (antibody === 'Mi-2') return 0.1;
    return 0.2;
  }
  if (cohort === 'amyopathic-dermatomyositis') return antibody === 'TIF1-gamma' ? 0.3 : 0.08;
  if (cohort === 'polymyositis') return 0.08;
  if (cohort === 'imnm') return antibody === 'HMGCR' ? 0.12 : antibody === 'SRP' ? 0.05 : 0.2;
  if (cohort === 'antisynthetase') return 0.05;
  return 0;
}

const CANCER_SITES_F: Record<string, number> = {
  'C50.919': 25,
  'C56.9': 20,
  'C34.90': 15,
  'C18.9': 12,
  'C25.9': 5,
  'C16.9': 5,
  'C83.30': 8,
  'C53.9': 5,
  'C43.9': 3,
  'C11.9': 2,
};
const CANCER_SITES_M: Record<string, number> = {
  'C34.90': 30,
  'C18.9': 15,
  C61: 12,
  'C16.9': 10,
  'C25.9': 8,
  'C83.30': 10,
  'C67.9': 8,
  'C43.9': 4,
  'C11.9': 3,
};
/** Site words by ICD-10-CM code (for the hidden-cancer label). */
const SITE_OF: Record<string, string> = {
  'C50.919': 'breast',
  'C56.9': 'ovary',
  'C34.90': 'lung',
  'C18.9': 'colon',
  'C25.9': 'pancreas',
  'C16.9': 'stomach',
  'C83.30': 'lymph nodes',
  'C53.9': 'cervix',
  'C43.9': 'skin',
  'C11.9': 'nasopharynx',
  C61: 'prostate',
  'C67.9': 'bladder',
};

/** Chemotherapy (RxNorm) by cancer code. */
const CHEMO: Record<string, string[]> = {
  'C50.919': ['56946', '3002', '10324'],
  'C56.9': ['40048', '56946'],
  'C34.90': ['2555', '56946'],
  'C18.9': ['32592', '4492'],
  'C25.9': ['12574'],
  'C16.9': ['2555', '4492'],
  'C83.30': ['121191', '3002'],
  'C53.9': ['2555'],
  'C43.9': [],
  'C11.9': ['2555'],
  C61: [],
  'C67.9': ['2555', '12574'],
};

/** Reference ranges (UCUM units) of the generated labs: [low, high] by sex. */
const RANGES: Record<string, { unit: string; f: [number, number]; m: [number, number] }> = {
  CK: { unit: 'U/L', f: [26, 192], m: [39, 308] },
  aldolase: { unit: 'U/L', f: [1, 7.5], m: [1, 7.5] },
  AST: { unit: 'U/L', f: [10, 35], m: [10, 40] },
  ALT: { unit: 'U/L', f: [7, 35], m: [7, 45] },
  LDH: { unit: 'U/L', f: [135, 214], m: [135, 225] },
  ESR: { unit: 'mm/h', f: [0, 20], m: [0, 15] },
  CRP: { unit: 'mg/L', f: [0, 5], m: [0, 5] },
  WBC: { unit: '10*9/L', f: [4, 11], m: [4, 11] },
  haemoglobin: { unit: 'g/L', f: [120, 155], m: [130, 170] },
  platelets: { unit: '10*9/L', f: [150, 400], m: [150, 400] },
  creatinine: { unit: 'mg/dL', f: [0.5, 1.0], m: [0.7, 1.2] },
  TSH: { unit: 'm[IU]/L', f: [0.4, 4], m: [0.4, 4] },
  'CA-125': { unit: 'U/mL', f: [0, 35], m: [0, 35] },
  PSA: { unit: 'ng/mL', f: [0, 4], m: [0, 4] },
};

/** One U/L is 1/60 µkat/L. */
const UKAT_PER_U = 1 / 60;

/** Population generator for one seed. */
export class PopulationModel {
  private readonly seed: number;
  private readonly ref: number;
  private readonly shares: Readonly<Record<Cohort, number>>;
  private readonly uncodedRate: number;

  /**
   * @param options - seed, export day, cohort shares, noise rate
   */
  constructor(options: ModelOptions) {
    let h = 0x811c9dc5;
    for (let i = 0; i < options.seed.length; i++) h = Math.imul(h ^ options.seed.charCodeAt(i), 0x01000193);
    this.seed = h >>> 0;
    this.ref = parseDay(options.referenceDate);
    this.shares = options.shares ?? DEFAULT_COHORT_SHARES;
    this.uncodedRate = options.uncodedRate ?? 0.02;
  }

  /**
   * Patient number `index` (0-based): the same for a seed whatever the population size.
   * @param index - patient number
   */
  patient(index: number): PatientRecord {
    const r = new Rng(this.seed, index);
    const cohort = r.weighted(this.shares);
    return new PatientBuilder(r, index, cohort, this.ref, this.uncodedRate).build();
  }
}

class PatientBuilder {
  private readonly rec: PatientRecord;
  private readonly female: boolean;
  private birth = 0;

  constructor(
    private readonly r: Rng,
    index: number,
    private readonly cohort: Cohort,
    private readonly ref: number,
    private readonly uncoded: number,
  ) {
    const femaleShare =
      cohort === 'inclusion-body-myositis'
        ? 0.35
        : cohort === 'lupus'
          ? 0.9
          : cohort === 'no-myositis' || cohort === 'statin-myopathy'
            ? 0.52
            : 0.65;
    this.female = r.chance(femaleShare);
    const id = r.uuid();
    this.rec = {
      index,
      id,
      mrn: `MRN${String(100000 + index * 7).padStart(8, '0')}`,
      name: {
        family: r.pick(FAMILY),
        given: r.pick(this.female ? GIVEN_F : GIVEN_M),
      },
      cohort,
      sex: this.female ? 'female' : 'male',
      birthDate: '',
      findings: [],
      labs: [],
      panels: [],
      antibodies: [],
      cancers: [],
      treatments: [],
      investigations: [],
      otherDiagnoses: [],
      encounters: [],
      immunizations: [],
      allergy: r.chance(0.2),
    };
  }

  private coded(): boolean {
    return !this.r.chance(this.uncoded);
  }

  /** A day no later than the export day. */
  private clamp(d: number): number {
    return Math.min(Math.round(d), this.ref - 1);
  }

  private age(day: number): number {
    return (day - this.birth) / YEAR;
  }

  build(): PatientRecord {
    const c = this.cohort;
    const myositis = (MYOSITIS_COHORTS as readonly string[]).includes(c);
    if (myositis) this.buildMyositis();
    else this.buildOther();
    this.rec.birthDate = isoDay(this.birth);
    this.buildBackground();
    return this.rec;
  }

  // ── Myositis ─────────────────────────────────────────────────────────────────────────────────

  private onsetAge(): number {
    const [mean, sd] = ONSET_AGE[this.cohort] ?? [53, 14];
    return this.r.normal(mean, sd);
  }

  private buildMyositis(): void {
    const r = this.r;
    const c = this.cohort;
    const antibody = r.weighted(ANTIBODY_MIX[c]!);
    if (antibody !== 'none') this.rec.antibody = antibody;
    let age = Math.max(18.5, Math.min(88, this.onsetAge()));
    if (antibody === 'TIF1-gamma') age = Math.max(age, r.normal(60, 10));
    if (antibody === 'MDA5') age = Math.min(age, r.normal(47, 10));
    age = Math.max(18.5, Math.min(88, age));
    // Onset within the last 8 years, recent years more often.
    const onset = this.ref - 30 - Math.floor(8 * YEAR * Math.pow(r.next(), 1.4));
    this.birth = onset - age * YEAR - r.int(0, 364);
    const delayMonths =
      c === 'amyopathic-dermatomyositis'
        ? r.uniform(2, 18)
        : c === 'dermatomyositis'
          ? r.uniform(1, 9)
          : r.uniform(2, 12);
    const dx = this.clamp(onset + delayMonths * 30.4);
    const onsetText = r.chance(0.4) ? isoDay(onset).slice(0, 7) : isoDay(onset);
    const kind: MyositisKind =
      c === 'amyopathic-dermatomyositis' ? 'amyopathic-dermatomyositis' : (c as MyositisKind);
    this.rec.myositis = {
      kind,
      onset: onsetText,
      diagnosis: isoDay(dx),
      neoplastic: false,
      coded: this.coded(),
    };

    this.myositisFindings(dx, antibody);
    this.myositisLabs(dx);
    this.myositisAntibodies(dx, antibody);
    this.myositisWorkup(dx);
    this.myositisCancer(onset, dx, antibody, age);
    this.myositisScreening(onset, dx);
    this.myositisTreatment(dx, antibody);
  }

  private finding(f: KnownFindingId, p: number, dx: number, documentAbsent = 0.5): void {
    const r = this.r;
    const asCondition = CONDITION_FINDINGS.has(f);
    if (r.chance(p)) {
      this.rec.findings.push({
        finding: f,
        status: 'present',
        date: isoDay(dx - r.int(0, 60)),
        as: asCondition ? 'condition' : 'observation',
        coded: this.coded(),
      });
    } else if (!asCondition && r.chance(documentAbsent)) {
      this.rec.findings.push({
        finding: f,
        status: 'absent',
        date: isoDay(dx),
        as: 'observation',
        coded: this.coded(),
      });
    }
  }

  private myositisFindings(dx: number, ab: string): void {
    const c = this.cohort;
    const dm = c === 'dermatomyositis' || c === 'amyopathic-dermatomyositis';
    const weak =
      c === 'amyopathic-dermatomyositis'
        ? 0
        : c === 'antisynthetase'
          ? 0.6
          : c === 'dermatomyositis'
            ? 0.85
            : 0.95;
    const rash = dm ? 1 : c === 'antisynthetase' ? 0.25 : 0;
    this.finding('heliotrope-rash', rash * 0.6, dx);
    this.finding('gottron-papules', rash * 0.7, dx);
    this.finding('gottron-sign', rash * 0.45, dx);
    this.finding('shawl-sign', rash * 0.3, dx, 0.2);
    this.finding('v-sign', rash * 0.35, dx, 0.2);
    this.finding('periungual-changes', rash * 0.45, dx, 0.2);
    this.finding('mechanics-hands', c === 'antisynthetase' ? 0.5 : dm ? 0.1 : 0.02, dx, 0.3);
    this.finding('skin-ulceration', ab === 'MDA5' ? 0.4 : ab === 'TIF1-gamma' ? 0.15 : 0.03, dx, 0.2);
    this.finding('calcinosis', ab === 'NXP2' ? 0.3 : 0.03, dx, 0.1);
    this.finding('proximal-weakness-upper', weak * 0.9, dx, 0.7);
    this.finding('proximal-weakness-lower', weak, dx, 0.7);
    this.finding('symmetric-weakness', weak * 0.9, dx, 0.3);
    this.finding('neck-flexor-weakness', weak * 0.5, dx, 0.3);
    this.finding('dysphagia', ab === 'TIF1-gamma' ? 0.4 : c === 'imnm' ? 0.3 : 0.2, dx);
    this.finding('interstitial-lung-disease', ab === 'MDA5' ? 0.8 : c === 'antisynthetase' ? 0.8 : 0.1, dx);
    this.finding('raynaud-phenomenon', c === 'antisynthetase' ? 0.4 : 0.15, dx);
    this.finding('arthritis', c === 'antisynthetase' ? 0.5 : 0.15, dx);
    this.finding('fever', c === 'antisynthetase' ? 0.3 : 0.08, dx);
    this.finding('weight-loss', 0.2, dx);
    this.finding('myalgia', 0.4, dx);
  }

  private lab(analyte: string, value: number, day: number, ukatAllowed = false): LabRecord {
    const rg = RANGES[analyte]!;
    const [low, high] = this.female ? rg.f : rg.m;
    const ukat = ukatAllowed && this.r.chance(0.04);
    const rec: LabRecord = {
      analyte,
      value: ukat ? Math.round(value * UKAT_PER_U * 100) / 100 : round(value, analyte),
      unit: ukat ? 'ukat/L' : rg.unit,
      low: ukat ? Math.round(low * UKAT_PER_U * 100) / 100 : low,
      high: ukat ? Math.round(high * UKAT_PER_U * 100) / 100 : high,
      date: isoDay(day),
      coded: this.coded(),
      ...(ukat ? { ukat: true } : {}),
    };
    this.rec.labs.push(rec);
    return rec;
  }

  /** One blood draw: CK (scaled by activity 0…1), transaminases, LDH, aldolase, inflammation, CBC. */
  private draw(
    day: number,
    ck: number,
    opts: { aldolase: number; cbc: number; esr: number; lft: number; inflammation?: number },
  ): void {
    const r = this.r;
    const f = this.female;
    const ckHigh = f ? 192 : 308;
    this.lab('CK', Math.max(20, ck * r.uniform(0.85, 1.15)), day, true);
    const muscle = Math.max(0, Math.log10(Math.max(ck, 1) / ckHigh));
    if (r.chance(opts.lft)) {
      this.lab('AST', r.uniform(15, 30) * (1 + muscle * 1.5), day, true);
      this.lab('ALT', r.uniform(12, 30) * (1 + muscle * 1.1), day, true);
      this.rec.panels.push({
        item: 'liver-function-tests',
        date: isoDay(day),
        abnormal: muscle > 0.3,
        coded: this.coded(),
      });
    }
    if (r.chance(0.4)) this.lab('LDH', r.uniform(150, 210) * (1 + muscle * 0.8), day, true);
    if (r.chance(opts.aldolase)) this.lab('aldolase', r.uniform(2, 6) * (1 + muscle * 1.2), day);
    if (r.chance(opts.esr)) {
      const k = opts.inflammation ?? 1;
      const esr = this.lab('ESR', r.uniform(5, 18) * (1 + muscle * 0.8) * k, day);
      const crp = this.lab('CRP', r.uniform(0.5, 4) * (1 + muscle * 2) * k, day);
      this.panel('esr-crp', day, esr.value > esr.high || crp.value > crp.high);
    }
    if (r.chance(opts.cbc)) this.cbc(day);
  }

  private panel(item: PanelItem, day: number, abnormal: boolean): void {
    this.rec.panels.push({ item, date: isoDay(day), abnormal, coded: this.coded() });
  }

  /** A tumour-marker test (PSA, CA-125) and its report. */
  private marker(analyte: 'PSA' | 'CA-125', value: number, day: number): void {
    const l = this.lab(analyte, value, day);
    this.panel(analyte === 'PSA' ? 'psa' : 'ca-125', day, l.value > l.high);
  }

  private cbc(day: number, abnormal = false): void {
    const r = this.r;
    this.lab('WBC', abnormal ? r.uniform(11, 15) : r.uniform(4.5, 9.5), day);
    this.lab(
      'haemoglobin',
      abnormal ? r.uniform(95, 115) : this.female ? r.uniform(122, 150) : r.uniform(132, 165),
      day,
    );
    this.lab('platelets', r.uniform(170, 380), day);
    this.rec.panels.push({ item: 'full-blood-count', date: isoDay(day), abnormal, coded: this.coded() });
  }

  private myositisLabs(dx: number): void {
    const r = this.r;
    const c = this.cohort;
    const ckPeak =
      c === 'amyopathic-dermatomyositis'
        ? r.uniform(40, 170)
        : c === 'imnm'
          ? r.logNormal(7000, 1.8)
          : c === 'polymyositis'
            ? r.logNormal(2500, 2)
            : c === 'antisynthetase'
              ? r.chance(0.3)
                ? r.uniform(50, 180)
                : r.logNormal(1200, 2)
              : r.chance(0.15)
                ? r.uniform(50, 180)
                : r.logNormal(1500, 2.2);
    const base = dx - r.int(0, 25);
    this.draw(base, ckPeak, { aldolase: 0.5, cbc: 0.9, esr: 0.85, lft: 0.95 });
    // Follow-up draws every 2–5 months, activity falling on treatment; one flare in 12 %.
    const flareAt = r.chance(0.12) ? r.uniform(0.3, 0.9) : -1;
    let day = dx + r.int(45, 120);
    let n = 0;
    const span = this.ref - dx;
    while (day < this.ref && n < 14) {
      const t = (day - dx) / Math.max(span, 1);
      const decay = Math.exp(-(day - dx) / 120);
      let ck = ckPeak * (0.08 + 0.92 * decay);
      if (flareAt > 0 && Math.abs(t - flareAt) < 0.08) ck = Math.max(ck, ckPeak * 0.8);
      this.draw(day, Math.max(ck, r.uniform(60, 150)), { aldolase: 0.2, cbc: 0.6, esr: 0.5, lft: 0.7 });
      if (r.chance(0.5)) this.rec.encounters.push(isoDay(day));
      day += r.int(60, 150);
      n++;
    }
  }

  private myositisAntibodies(dx: number, ab: string): void {
    const r = this.r;
    if (!r.chance(0.9)) return;
    const day = isoDay(dx - r.int(0, 20));
    const ro52 = r.chance(this.cohort === 'antisynthetase' ? 0.5 : 0.15);
    for (const t of PANEL_TARGETS) {
      const pos = t === ab || (t === 'Ro52' && ro52);
      this.rec.antibodies.push({
        target: t,
        result: pos ? 'positive' : 'negative',
        date: day,
        coded: this.coded(),
      });
    }
    if (this.cohort === 'imnm' || ab === 'HMGCR')
      this.rec.antibodies.push({
        target: 'HMGCR',
        result: ab === 'HMGCR' ? 'positive' : 'negative',
        date: day,
        coded: true,
      });
  }

  private myositisWorkup(dx: number): void {
    const r = this.r;
    const c = this.cohort;
    const dm = c === 'dermatomyositis' || c === 'amyopathic-dermatomyositis';
    if (c !== 'amyopathic-dermatomyositis' && r.chance(0.5))
      this.rec.emg = { date: isoDay(dx - r.int(5, 40)), conclusion: r.chance(0.9) ? 'myopathic' : 'normal' };
    const pBiopsy = {
      dermatomyositis: 0.4,
      'amyopathic-dermatomyositis': 0.05,
      polymyositis: 0.7,
      imnm: 0.8,
      antisynthetase: 0.4,
    }[c as 'dermatomyositis'];
    if (r.chance(pBiopsy ?? 0)) {
      const features: string[] = [];
      if (dm) {
        if (r.chance(0.5)) features.push('perifascicularAtrophy');
        if (r.chance(0.6)) features.push('perimysialPerivascularInfiltrate');
      } else if (c === 'imnm') {
        features.push('necrosis');
      } else if (c === 'polymyositis') {
        features.push('endomysialInfiltrate');
        if (r.chance(0.3)) features.push('necrosis');
      } else {
        if (r.chance(0.5)) features.push('perimysialPerivascularInfiltrate');
        if (r.chance(0.4)) features.push('necrosis');
      }
      this.rec.muscleBiopsy = { date: isoDay(dx - r.int(3, 30)), features };
    }
    if (dm && r.chance(0.3)) this.rec.skinBiopsy = { date: isoDay(dx - r.int(3, 60)) };
    if (c !== 'amyopathic-dermatomyositis' && r.chance(0.4))
      this.rec.mri = {
        date: isoDay(dx - r.int(3, 40)),
        finding: r.chance(0.9) ? 'myositis-oedema' : 'normal',
      };
  }

  private pickCancer(): string {
    const sites = { ...(this.female ? CANCER_SITES_F : CANCER_SITES_M) };
    if (this.rec.antibody === 'TIF1-gamma' && this.female) sites['C56.9'] = (sites['C56.9'] ?? 0) * 1.8;
    return this.r.weighted(sites);
  }

  private addCancer(code: string, day: number, found?: InvestigationRecord['item']): void {
    const r = this.r;
    const extent = r.weighted({ localised: 50, 'locally-advanced': 25, metastatic: 25 });
    const yearsAgo = (this.ref - day) / YEAR;
    const status =
      extent === 'metastatic' || yearsAgo < 1 ? 'active' : r.chance(0.7) ? 'remission' : 'active';
    const cancerIndex = this.rec.cancers.length;
    this.rec.cancers.push({ icd10: code, date: isoDay(day), extent, status, coded: this.coded() });
    if (r.chance(0.02))
      this.rec.cancers.push({
        icd10: this.pickCancer(),
        date: isoDay(day),
        extent,
        status,
        coded: true,
        enteredInError: true,
      });
    if (found)
      this.rec.investigations.push({
        item: found,
        date: isoDay(day - r.int(5, 20)),
        result: 'cancer-found',
        coded: true,
      });
    const chemo = CHEMO[code] ?? [];
    for (const rx of chemo) {
      if (!r.chance(0.8)) continue;
      const start = day + r.int(14, 60);
      if (start >= this.ref) continue;
      const t: TreatmentRecord = {
        code: rx,
        start: isoDay(start),
        indication: 'cancer',
        cancerIndex,
        coded: this.coded(),
      };
      if (start + 180 < this.ref) t.end = isoDay(start + r.int(90, 180));
      this.rec.treatments.push(t);
    }
  }

  private myositisCancer(onset: number, dx: number, ab: string, age: number): void {
    const r = this.r;
    if (r.chance(camProbability(this.cohort, ab, age))) {
      const before = r.chance(0.42);
      const max = before ? 3 : ab === 'TIF1-gamma' ? 2.5 : 3;
      const years = Math.min(max, -Math.log(1 - r.next() * 0.95) * 0.8);
      const day = Math.round(onset + (before ? -1 : 1) * years * YEAR);
      const code = this.pickCancer();
      if (day >= this.ref) {
        this.rec.hiddenCancer = { site: SITE_OF[code] ?? code, date: isoDay(day) };
      } else {
        const found = !before && day > dx && r.chance(0.5) ? screeningItemFor(code) : undefined;
        this.addCancer(code, day, found);
        if (this.rec.myositis && r.chance(0.3)) this.rec.myositis.neoplastic = true;
      }
    } else if (r.chance(0.04)) {
      // An old cancer, well outside the ±3-year window.
      this.addCancer(this.pickCancer(), onset - r.uniform(4, 12) * YEAR);
    }
  }

  private screening(item: string, day: number, p: number): void {
    if (day >= this.ref || !this.r.chance(p)) return;
    const result = this.r.chance(0.12) ? 'abnormal' : 'normal';
    this.rec.investigations.push({ item, date: isoDay(day), result, coded: this.coded() });
  }

  private myositisScreening(onset: number, dx: number): void {
    const r = this.r;
    const f = this.female;
    const at = () => dx + r.int(-20, 75);
    this.screening('history-and-examination', dx, 0.7);
    this.screening('serum-protein-electrophoresis', at(), 0.5);
    this.screening('urinalysis', at(), 0.6);
    this.screening('chest-radiograph', at(), 0.7);
    this.screening('ct-neck-thorax-abdomen-pelvis', at(), 0.55);
    if (f) {
      this.screening('mammography', at(), 0.45);
      this.screening('cervical-screening', at(), 0.3);
      this.screening('pelvic-transvaginal-ultrasound', at(), 0.2);
      if (r.chance(0.3)) this.marker('CA-125', r.uniform(5, 30), at());
    } else if (r.chance(0.4)) this.marker('PSA', r.uniform(0.3, 3.5), at());
    this.screening('faecal-occult-blood-test', at(), 0.25);
    this.screening('pet-ct', at(), 0.15);
    this.screening('upper-gi-endoscopy', at(), 0.2);
    this.screening('lower-gi-endoscopy', at(), 0.2);
    // Yearly repeats after onset: CT in a quarter, basic tests come with follow-up labs.
    for (let y = 1; y <= 3; y++) {
      const d = onset + y * YEAR + r.int(-40, 40);
      this.screening('ct-neck-thorax-abdomen-pelvis', d, 0.25);
      this.screening('chest-radiograph', d, 0.3);
      this.screening('urinalysis', d, 0.3);
      this.screening('serum-protein-electrophoresis', d, 0.2);
    }
  }

  private treat(
    code: string,
    start: number,
    p: number,
    dose?: { value: number; unit: string },
    local = false,
  ): void {
    if (start >= this.ref || !this.r.chance(p)) return;
    const t: TreatmentRecord = { code, start: isoDay(start), indication: 'myositis', coded: this.coded() };
    if (local) t.local = true;
    if (dose) t.dose = dose;
    this.rec.treatments.push(t);
  }

  private myositisTreatment(dx: number, ab: string): void {
    const r = this.r;
    const c = this.cohort;
    const ild = this.rec.findings.some(
      (f) => f.finding === 'interstitial-lung-disease' && f.status === 'present',
    );
    const start = dx + r.int(0, 21);
    if (c !== 'amyopathic-dermatomyositis')
      this.treat('8640', start, 0.85, { value: r.pick([40, 50, 60]), unit: 'mg' });
    this.treat('6851', start + 30, c === 'antisynthetase' ? 0.2 : 0.4, {
      value: r.pick([15, 20, 25]),
      unit: 'mg',
    });
    this.treat('1256', start + 60, 0.12, { value: 100, unit: 'mg' });
    this.treat('68149', start + 30, ild ? 0.6 : 0.15, { value: 1000, unit: 'mg' });
    if (ild) this.treat('42316', start + 45, 0.25, { value: 2, unit: 'mg' });
    if (c === 'dermatomyositis' || c === 'amyopathic-dermatomyositis')
      this.treat('5521', start, 0.3, { value: 200, unit: 'mg' });
    this.treat(
      'drug-intravenous-immunoglobulin',
      start + 30,
      c === 'imnm' ? 0.35 : 0.12,
      { value: 2, unit: 'g/kg' },
      true,
    );
    this.treat('121191', start + 120, 0.08, { value: 1000, unit: 'mg' });
    if (ab === 'HMGCR' && r.chance(0.6)) {
      // Statin before the myopathy, stopped at diagnosis.
      this.rec.treatments.push({
        code: r.pick(['83367', '36567']),
        start: isoDay(dx - r.uniform(1, 6) * YEAR),
        end: isoDay(dx),
        indication: 'other',
        coded: this.coded(),
      });
    }
  }

  // ── Patients without myositis ────────────────────────────────────────────────────────────────

  private buildOther(): void {
    const r = this.r;
    const c = this.cohort;
    const age =
      c === 'inclusion-body-myositis'
        ? r.uniform(55, 85)
        : c === 'polymyalgia-rheumatica'
          ? r.uniform(55, 88)
          : c === 'lupus'
            ? r.uniform(20, 60)
            : r.uniform(18, 90);
    this.birth = this.ref - age * YEAR - r.int(0, 364);
    const dxDay = this.ref - r.uniform(0.2, 6) * YEAR;
    const dx = Math.max(dxDay, this.birth + 18 * YEAR);
    const mimic: Partial<Record<Cohort, string>> = {
      'statin-myopathy': 'G72.0',
      'hypothyroid-myopathy': 'E03.9',
      'inclusion-body-myositis': 'G72.41',
      'polymyalgia-rheumatica': 'M35.3',
      fibromyalgia: 'M79.7',
      lupus: 'M32.9',
      psoriasis: 'L40.0',
    };
    const code = mimic[c];
    if (code) this.rec.otherDiagnoses.push({ icd10: code, date: isoDay(dx) });
    const hi = this.female ? 192 : 308;
    switch (c) {
      case 'statin-myopathy':
        this.rec.treatments.push({
          code: r.pick(['83367', '36567']),
          start: isoDay(dx - 2 * YEAR),
          indication: 'other',
          coded: this.coded(),
        });
        this.finding('myalgia', 0.9, dx);
        this.finding('proximal-weakness-lower', 0.3, dx, 0.5);
        this.draw(dx, r.uniform(1.5, 6) * hi, { aldolase: 0.2, cbc: 0.5, esr: 0.4, lft: 0.8 });
        break;
      case 'hypothyroid-myopathy':
        this.finding('myalgia', 0.6, dx);
        this.finding('proximal-weakness-lower', 0.4, dx, 0.5);
        this.draw(dx, r.uniform(1.5, 5) * hi, { aldolase: 0.1, cbc: 0.6, esr: 0.4, lft: 0.6 });
        this.lab('TSH', r.uniform(12, 60), dx);
        break;
      case 'inclusion-body-myositis':
        this.finding('finger-flexor-weakness', 0.8, dx, 0.4);
        this.finding('proximal-weakness-lower', 0.85, dx, 0.5);
        this.finding('dysphagia', 0.4, dx);
        this.draw(dx, r.uniform(1, 4) * hi, { aldolase: 0.3, cbc: 0.5, esr: 0.3, lft: 0.6 });
        if (r.chance(0.5))
          this.rec.emg = { date: isoDay(dx), conclusion: r.chance(0.6) ? 'myopathic' : 'neurogenic' };
        if (r.chance(0.6))
          this.rec.muscleBiopsy = { date: isoDay(dx), features: ['rimmedVacuoles', 'endomysialInfiltrate'] };
        if (r.chance(0.3)) this.panelNegative(dx);
        break;
      case 'polymyalgia-rheumatica':
        this.finding('myalgia', 0.95, dx);
        this.draw(dx, r.uniform(40, 150), { aldolase: 0, cbc: 0.8, esr: 1, lft: 0.5, inflammation: 4 });
        this.treat('8640', dx, 0.9, { value: 15, unit: 'mg' });
        this.rec.treatments.forEach((t) => (t.indication = 'other'));
        break;
      case 'fibromyalgia':
        this.finding('myalgia', 0.95, dx);
        this.draw(dx, r.uniform(40, 150), { aldolase: 0, cbc: 0.6, esr: 0.5, lft: 0.5 });
        break;
      case 'lupus':
        this.finding('photosensitive-rash', 0.7, dx, 0.3);
        this.finding('arthritis', 0.5, dx);
        this.finding('raynaud-phenomenon', 0.3, dx);
        this.draw(dx, r.uniform(40, 160), { aldolase: 0, cbc: 0.9, esr: 0.9, lft: 0.6 });
        this.treat('5521', dx, 0.8, { value: 200, unit: 'mg' });
        this.rec.treatments.forEach((t) => (t.indication = 'other'));
        if (r.chance(0.3)) this.panelNegative(dx);
        break;
      case 'psoriasis':
        this.finding('arthritis', 0.2, dx);
        this.treat('6851', dx, 0.3, { value: 15, unit: 'mg' });
        this.rec.treatments.forEach((t) => (t.indication = 'other'));
        break;
      case 'dermatomyositis':
      case 'amyopathic-dermatomyositis':
      case 'polymyositis':
      case 'imnm':
      case 'antisynthetase':
      case 'no-myositis':
        break;
    }
    // Background cancer history (rises with age).
    const ageNow = (this.ref - this.birth) / YEAR;
    if (r.chance(Math.min(0.15, Math.max(0, (ageNow - 25) * 0.0025)))) {
      const day = this.ref - r.uniform(0.1, 15) * YEAR;
      if (day > this.birth + 18 * YEAR) this.addCancer(this.pickCancer(), day);
    }
    if (c === 'no-myositis' && r.chance(0.01)) {
      // Dermatomyositis was considered and ruled out.
      this.rec.refutedMyositis = isoDay(this.ref - r.uniform(0.2, 4) * YEAR);
    }
  }

  private panelNegative(dx: number): void {
    const day = isoDay(dx);
    for (const t of PANEL_TARGETS)
      this.rec.antibodies.push({ target: t, result: 'negative', date: day, coded: this.coded() });
  }

  // ── Everyone ─────────────────────────────────────────────────────────────────────────────────

  private buildBackground(): void {
    const r = this.r;
    const ageNow = (this.ref - this.birth) / YEAR;
    // Comorbidities.
    const comorb: [string, number][] = [
      ['I10', Math.min(0.6, ageNow * 0.008)],
      ['E11.9', Math.min(0.25, ageNow * 0.003)],
      ['J44.9', Math.min(0.12, ageNow * 0.0015)],
      ['K21.9', 0.12],
      ['M54.5', 0.1],
    ];
    for (const [code, p] of comorb)
      if (r.chance(p))
        this.rec.otherDiagnoses.push({ icd10: code, date: isoDay(this.ref - r.uniform(0.5, 15) * YEAR) });
    const has = (code: string) => this.rec.otherDiagnoses.some((d) => d.icd10 === code);
    const since = (years: number) => isoDay(this.ref - years * YEAR);
    if (has('I10'))
      this.rec.treatments.push({
        code: r.pick(['5487', '6918']),
        start: since(r.uniform(0.5, 10)),
        indication: 'other',
        coded: this.coded(),
      });
    if (has('E11.9'))
      this.rec.treatments.push({
        code: '6809',
        start: since(r.uniform(0.5, 10)),
        indication: 'other',
        coded: this.coded(),
      });
    if (has('K21.9'))
      this.rec.treatments.push({
        code: '7646',
        start: since(r.uniform(0.2, 5)),
        indication: 'other',
        coded: this.coded(),
      });
    if (ageNow > 50 && this.cohort !== 'statin-myopathy' && r.chance(0.2))
      this.rec.treatments.push({
        code: '83367',
        start: since(r.uniform(0.5, 8)),
        indication: 'other',
        coded: this.coded(),
      });
    if (r.chance(0.08))
      this.rec.treatments.push({
        code: '36437',
        start: since(r.uniform(0.2, 5)),
        indication: 'other',
        coded: this.coded(),
      });
    // Routine labs for patients without myositis: 0–4 draws in the last 5 years.
    if (!this.rec.myositis) {
      const draws = r.int(0, 4);
      for (let i = 0; i < draws; i++) {
        const day = this.ref - r.uniform(0.05, 5) * YEAR;
        if (r.chance(0.6)) this.cbc(day);
        if (r.chance(0.7)) {
          this.lab('creatinine', this.female ? r.uniform(0.55, 0.95) : r.uniform(0.7, 1.15), day);
          this.lab('ALT', r.uniform(10, 32), day);
          this.lab('AST', r.uniform(12, 30), day);
          this.rec.panels.push({
            item: 'liver-function-tests',
            date: isoDay(day),
            abnormal: false,
            coded: this.coded(),
          });
        }
        if (r.chance(0.25)) {
          const crp = this.lab('CRP', r.uniform(0.5, 8), day);
          this.panel('esr-crp', day, crp.value > crp.high);
        }
        if (r.chance(0.08)) this.lab('CK', r.uniform(50, 180), day);
        if (r.chance(0.15)) this.lab('TSH', r.uniform(0.6, 3.5), day);
        this.rec.encounters.push(isoDay(day));
      }
      // Population screening by age and sex.
      if (this.female && ageNow >= 50 && ageNow < 75 && r.chance(0.6))
        this.screening('mammography', this.ref - r.uniform(0.1, 2) * YEAR, 1);
      if (this.female && ageNow >= 25 && ageNow < 65)
        this.screening('cervical-screening', this.ref - r.uniform(0.1, 3) * YEAR, 0.5);
      if (ageNow >= 50 && ageNow < 75)
        this.screening('lower-gi-endoscopy', this.ref - r.uniform(0.1, 9) * YEAR, 0.35);
      if (!this.female && ageNow >= 50 && r.chance(0.3))
        this.marker('PSA', r.uniform(0.3, 3.8), this.ref - r.uniform(0.1, 3) * YEAR);
    }
    // Visits, vaccinations.
    const visits = r.int(1, 4);
    for (let i = 0; i < visits; i++) this.rec.encounters.push(since(r.uniform(0.05, 5)));
    for (let y = 0; y < 3; y++)
      if (r.chance(0.4)) this.rec.immunizations.push(since(y + r.uniform(0.1, 0.5)));
    this.rec.encounters.sort();
  }
}

/** Findings recorded on the problem list (Condition) rather than as an examination Observation. */
const CONDITION_FINDINGS = new Set<KnownFindingId>([
  'dysphagia',
  'interstitial-lung-disease',
  'raynaud-phenomenon',
  'arthritis',
  'fever',
  'weight-loss',
  'myalgia',
  'calcinosis',
  'skin-ulceration',
]);

function screeningItemFor(icd10: string): string {
  switch (icd10) {
    case 'C50.919':
      return 'mammography';
    case 'C18.9':
      return 'lower-gi-endoscopy';
    case 'C16.9':
      return 'upper-gi-endoscopy';
    default:
      return 'ct-neck-thorax-abdomen-pelvis';
  }
}

function round(x: number, analyte: string): number {
  if (analyte === 'CK' || analyte === 'LDH' || analyte === 'platelets' || analyte === 'haemoglobin')
    return Math.round(x);
  if (analyte === 'creatinine') return Math.round(x * 100) / 100;
  return Math.round(x * 10) / 10;
}

/** Parses a YYYY-MM-DD day to a day number (exported for the FHIR writer and tests). */
export const dayOf = parseDay;
