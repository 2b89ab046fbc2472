/**
 * The seed cases' gold (`../shared/cases/<name>/gold.json`, an older format) read as a corpus gold
 * annotation, so the seed cases are scored by the same rules. Seed feature lists are partial by design:
 * they are scored with `partialFindings`.
 * @module
 */
import type { Gold, GoldLab } from './gold.js';
import { EULAR_CATEGORIES } from './gold.js';

/** The seed gold format, as far as the scorer reads it. */
export interface SeedGold {
  age?: number;
  sex?: string;
  features?: Record<string, boolean>;
  labs?: {
    name: string;
    value?: number;
    unit?: string | null;
    upper_limit?: number | null;
    comparator?: string;
  }[];
  labs_qualitative?: Record<string, string>;
  antibodies?: Record<string, string>;
  emg?: string;
  muscle_biopsy?: string;
  biopsy_features?: string[];
  skin_biopsy?: string;
  cancer?: {
    type?: string;
    site?: string;
    stage_or_extent?: string;
    relation_to_myositis_onset_months?: number;
  };
  expected?: Record<string, string>;
  diagnosis_by_authors?: string;
}

const FINDING_STATUS = (v: boolean) => (v ? 'present' : 'absent');

/**
 * Converts a seed gold document.
 * @param id - the case folder name
 * @param seed - the parsed gold.json
 */
export function seedToGold(id: string, seed: SeedGold): Gold {
  const labs: GoldLab[] = (seed.labs ?? []).map((l) => ({
    analyte: l.name,
    ...(l.value !== undefined ? { value: l.value } : {}),
    ...(l.unit ? { unit: l.unit } : {}),
    ...(l.upper_limit !== undefined && l.upper_limit !== null ? { upperLimit: l.upper_limit } : {}),
    ...(l.comparator === '<' || l.comparator === '>' || l.comparator === '<=' || l.comparator === '>='
      ? { comparator: l.comparator }
      : {}),
  }));
  for (const [name, desc] of Object.entries(seed.labs_qualitative ?? {})) {
    const interpretation = /elevat|raised|high/i.test(desc)
      ? 'elevated'
      : /\blow\b/i.test(desc)
        ? 'low'
        : 'normal';
    labs.push({ analyte: name, interpretation });
  }
  const findings: Gold['findings'] = {};
  for (const [k, v] of Object.entries(seed.features ?? {})) {
    (findings as Record<string, string>)[k.replace(/_/g, '-')] = FINDING_STATUS(v);
  }
  const antibodies: Gold['antibodies'] = {};
  for (const [k, v] of Object.entries(seed.antibodies ?? {})) {
    const r = v.toLowerCase();
    if (r === 'positive' || r === 'negative' || r === 'equivocal') antibodies[k] = r;
  }
  const cancers: Gold['cancers'] = [];
  if (seed.cancer) {
    const histology = seed.cancer.type?.split(',')[0]?.trim();
    const site = seed.cancer.site?.split(/[;(]/)[0]?.trim();
    const m = seed.cancer.relation_to_myositis_onset_months;
    cancers.push({
      ...(histology ? { histology } : {}),
      ...(site ? { site } : {}),
      ...(m !== undefined
        ? {
            timing:
              m === 0
                ? { relation: 'concurrent' }
                : { relation: m < 0 ? 'before' : 'after', months: Math.abs(m) },
          }
        : {}),
    });
  }
  const expected = seed.expected?.eular_acr_2017_category;
  const category = (EULAR_CATEGORIES as readonly string[]).includes(expected ?? '')
    ? (expected as (typeof EULAR_CATEGORIES)[number])
    : undefined;
  const sex = seed.sex === 'female' || seed.sex === 'male' ? seed.sex : undefined;
  const mb = seed.muscle_biopsy && !/not done/i.test(seed.muscle_biopsy) ? seed.muscle_biopsy : undefined;
  const features: Record<string, 'present'> = {};
  for (const f of seed.biopsy_features ?? []) {
    if (/necro/i.test(f)) features.necrosis = 'present';
    if (/perifascicular/i.test(f)) features.perifascicularAtrophy = 'present';
    if (/rimmed/i.test(f)) features.rimmedVacuoles = 'present';
  }
  const skin =
    seed.skin_biopsy && /dm|dermatomyositis/i.test(seed.skin_biopsy)
      ? ('consistent-with-dm' as const)
      : undefined;
  const emg =
    seed.emg === 'myopathic' || seed.emg === 'normal' || seed.emg === 'neurogenic' ? seed.emg : undefined;
  return {
    id,
    meta: { subtype: 'dm', cancer: cancers.length > 0, scope: 'seed case (../shared/cases)' },
    patient: { ...(seed.age !== undefined ? { age: seed.age } : {}), ...(sex ? { sex } : {}) },
    findings,
    labs,
    antibodies,
    cancers,
    ...(emg ? { emg } : {}),
    ...(mb
      ? {
          muscleBiopsy: {
            ...(/myopath|myositis/i.test(mb) ? { conclusion: 'consistent-with-myositis' as const } : {}),
            ...(Object.keys(features).length ? { features } : {}),
          },
        }
      : {}),
    ...(skin ? { skinBiopsy: skin } : {}),
    classification: {
      authorsDiagnosis: seed.diagnosis_by_authors ?? 'dermatomyositis',
      ...(category ? { eularAcr2017OnStatedFacts: category } : {}),
    },
  };
}
