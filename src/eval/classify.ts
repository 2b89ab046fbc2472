/**
 * The classification a gold annotation implies, and over-classification of an extracted case: the 2017
 * EULAR/ACR category computed by the engine on the gold facts is what the text "reaches"; an extraction
 * that reaches probable or definite above it is an over-classification.
 * @module
 */
import type { CaseInput } from '../case/schema.js';
import type { Case } from '../case/schema.js';
import { validateCase } from '../case/validate.js';
import { evaluateEularAcr2017, type EularCategory } from '../criteria/eular-acr-2017/evaluate.js';
import { eularInputsFromCase } from '../criteria/eular-acr-2017/from-case.js';
import { ucumUnit } from '../extract/extractors/units.js';
import type { Gold } from './gold.js';

const RANK: Record<EularCategory, number> = {
  'not-classifiable': 0,
  'not-met': 1,
  possible: 2,
  probable: 3,
  definite: 4,
};

/** Order of EULAR/ACR categories (higher = more certain IIM). */
export function categoryRank(c: EularCategory): number {
  return RANK[c];
}

/** The EULAR/ACR result of a case: category on the stated facts, the range unknowns allow, subgroup. */
export interface EularSummary {
  category: EularCategory;
  range: [EularCategory, EularCategory];
  subgroup: string | null;
}

/** Runs the 2017 EULAR/ACR criteria on a case. */
export function eularSummary(c: Case): EularSummary {
  const d = eularInputsFromCase(c);
  const r = evaluateEularAcr2017(d.values, d.evidence);
  return { category: r.category, range: [r.categoryRange.min, r.categoryRange.max], subgroup: r.subgroup };
}

/**
 * The case the gold annotation describes (what a clinician would enter from the text). Age ranges use their
 * lower bound; units the case format cannot hold (not UCUM) are left out; hedged cancers are left out.
 * @param gold - a gold annotation
 * @throws when the gold cannot be turned into a valid case (a bug in the gold)
 */
export function goldToCase(gold: Gold): Case {
  const age = gold.patient.age ?? gold.patient.ageRange?.[0];
  const input: CaseInput = {
    schemaVersion: '1.0',
    patient: {
      sex: gold.patient.sex ?? 'unknown',
      ...(age !== undefined ? { age } : {}),
      ...(gold.patient.smoking ? { smoking: gold.patient.smoking } : {}),
      ...(gold.patient.familyHistoryOfCancer
        ? { familyHistoryOfCancer: gold.patient.familyHistoryOfCancer }
        : {}),
    },
    findings: Object.entries(gold.findings).map(([id, status]) => ({ id, status: status })),
    labs: gold.labs.map((l) => {
      const unit = l.unit ? ucumUnit(l.unit) : undefined;
      return {
        analyte: l.analyte,
        ...(l.value !== undefined ? { value: l.value } : {}),
        ...(unit ? { unit } : {}),
        ...(l.comparator ? { comparator: l.comparator } : {}),
        ...(l.upperLimit !== undefined ? { upperLimit: l.upperLimit } : {}),
        ...(l.interpretation ? { interpretation: l.interpretation } : {}),
      };
    }),
    antibodies: Object.entries(gold.antibodies).map(([target, result]) => ({ target, result })),
    ...(gold.emg ? { emg: { performed: 'done', interpretation: gold.emg } } : {}),
    ...(gold.muscleBiopsy
      ? {
          muscleBiopsy: {
            performed: 'done',
            ...(gold.muscleBiopsy.conclusion ? { conclusion: gold.muscleBiopsy.conclusion } : {}),
            features: gold.muscleBiopsy.features ?? {},
          },
        }
      : {}),
    ...(gold.skinBiopsy ? { skinBiopsy: { performed: 'done', conclusion: gold.skinBiopsy } } : {}),
    cancers: gold.cancers
      .filter((k) => !k.uncertain)
      .map((k) => ({
        ...(k.histology ? { histology: k.histology } : {}),
        ...(k.site ? { site: k.site } : {}),
      })),
  };
  const v = validateCase(input);
  if (!v.case)
    throw new Error(
      `gold ${gold.id} is not a valid case: ${v.issues.map((i) => `${i.path} ${i.message}`).join('; ')}`,
    );
  return v.case;
}

/** The classification fields a gold annotation carries (`classification.eularAcr2017…`), computed. */
export function goldClassification(gold: Gold): {
  eularAcr2017: EularCategory | 'not-reachable';
  eularAcr2017OnStatedFacts: EularCategory;
  eularAcr2017Range: [EularCategory, EularCategory];
  subgroup: string | null;
} {
  const s = eularSummary(goldToCase(gold));
  return {
    eularAcr2017: s.range[0] === s.range[1] ? s.category : 'not-reachable',
    eularAcr2017OnStatedFacts: s.category,
    eularAcr2017Range: s.range,
    subgroup: s.subgroup,
  };
}

/** How an extracted case's EULAR/ACR category compares with the gold's. */
export interface ClassificationCheck {
  gold: EularCategory;
  pred: EularCategory;
  agree: boolean;
  /** Probable or definite where the gold facts do not reach that category. */
  over: boolean;
  /** Probable or definite for a patient whose diagnosis is not an IIM (mimic). */
  mimicClassified: boolean;
}

/**
 * Compares the category of an extracted case with the category the gold reaches.
 * @param goldCategory - category on the gold's stated facts
 * @param pred - the extracted case
 * @param mimic - whether the gold diagnosis is a non-inflammatory mimic
 */
export function checkClassification(
  goldCategory: EularCategory,
  pred: Case,
  mimic = false,
): ClassificationCheck {
  const p = eularSummary(pred).category;
  const high = p === 'probable' || p === 'definite';
  return {
    gold: goldCategory,
    pred: p,
    agree: p === goldCategory,
    over: high && categoryRank(p) > categoryRank(goldCategory),
    mimicClassified: high && mimic,
  };
}
