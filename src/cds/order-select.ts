/**
 * `order-select` for chemotherapy: the selected MedicationRequests of the draft orders are checked against
 * the dose the formulas give — carboplatin by Calvert (target AUC from the order; Cockcroft–Gault clearance
 * from age, sex, the latest weight and serum creatinine, capped at 125 mL/min) and mg/m² orders by
 * Mosteller body-surface area (latest height and weight). A dose more than {@link DOSE_TOLERANCE_PERCENT} %
 * away from the computed one gets a warning card with a suggestion to change it; a dose that cannot be
 * checked says what is missing. Arithmetic from `src/monitoring/dosing.ts`; wording from the render layer.
 * Pure.
 * @module
 */
import { isHeliotropeError } from '../core/issues.js';
import { conceptsInText } from '../fhir/mapping/index.js';
import { EXTENSION, SYSTEM } from '../fhir/systems.js';
import { ucumFactor } from '../fhir/import/values.js';
import { ACode, aCoding } from '../fhir/export/code-system.js';
import {
  bsaMosteller,
  carboplatinCalvert,
  doseFromBsa,
  DOSING_SOURCES,
  type CreatinineUnit,
} from '../monitoring/dosing/dosing.js';
import {
  DECISION_SUPPORT_NOTE,
  doseMismatchHeadline,
  doseUncheckedHeadline,
  DOSE_WORDS,
  SUMMARY_MAX,
} from '../render/text/headlines.js';
import { DOSING_LOINC } from './services.js';
import type { CdsCard, CdsRequest } from './types.js';

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** An ordered dose further than this from the computed dose is flagged (decision; see docs/fhir.md). */
export const DOSE_TOLERANCE_PERCENT = 10;
/** Measurements older than this (days before the order) are named as such in the card. */
export const MEASUREMENT_MAX_AGE_DAYS = 30;

/** A measurement with its date. */
interface Measured {
  value: number;
  unit: string;
  date?: string;
}

/** What the dose check reads from the record. */
export interface DosingRecord {
  sex?: 'female' | 'male';
  ageYears?: number;
  heightCm?: Measured;
  weightKg?: Measured;
  creatinine?: Measured & { unit: CreatinineUnit };
}

const codes = (o: Json): string[] =>
  arr((o.code as Json | undefined)?.coding)
    .filter(isObj)
    .filter((c) => c.system === SYSTEM.loinc)
    .map((c) => String(c.code));

const when = (o: Json): string | undefined =>
  str(o.effectiveDateTime) ?? str((o.effectivePeriod as Json | undefined)?.start) ?? str(o.issued);

/** Age in whole years on a day. */
function ageOn(birth: string, day: string): number | undefined {
  const b = /^(\d{4})-(\d{2})-(\d{2})/.exec(birth);
  const d = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!b || !d) return undefined;
  let a = Number(d[1]) - Number(b[1]);
  if (Number(d[2]) * 100 + Number(d[3]) < Number(b[2]) * 100 + Number(b[3])) a--;
  return a;
}

/**
 * Reads sex, age and the latest height, weight and serum creatinine from the patient's resources.
 * @param resources - Patient and Observations
 * @param asOf - the day of the order (`YYYY-MM-DD`)
 */
export function readDosingRecord(resources: readonly Json[], asOf: string): DosingRecord {
  const out: DosingRecord = {};
  const patient = resources.find((r) => r.resourceType === 'Patient');
  if (patient) {
    if (patient.gender === 'female' || patient.gender === 'male') out.sex = patient.gender;
    const birth = str(patient.birthDate);
    const age = birth ? ageOn(birth, asOf) : undefined;
    if (age !== undefined) out.ageYears = age;
  }
  const latest = (loincs: string[], to: string): Measured | undefined => {
    let best: Measured | undefined;
    for (const o of resources) {
      if (o.resourceType !== 'Observation' || !codes(o).some((c) => loincs.includes(c))) continue;
      if (o.status === 'entered-in-error' || o.status === 'cancelled') continue;
      const q = o.valueQuantity as Json | undefined;
      const v = num(q?.value);
      const unit = str(q?.code) ?? str(q?.unit);
      if (v === undefined || !unit) continue;
      let value: number | undefined;
      let u = to;
      if (to === 'creatinine') {
        const f = ucumFactor(unit, 'mg/dL');
        if (f !== null) [value, u] = [v * f, 'mg/dL'];
        else if (/^(umol|µmol|μmol)\/L$/i.test(unit)) [value, u] = [v, 'umol/L'];
      } else {
        const f = ucumFactor(unit, to);
        if (f !== null) value = v * f;
      }
      if (value === undefined) continue;
      const date = when(o);
      if (!best || (date ?? '') > (best.date ?? '')) best = { value, unit: u, ...(date ? { date } : {}) };
    }
    return best;
  };
  const h = latest([DOSING_LOINC.bodyHeight], 'cm');
  const w = latest([DOSING_LOINC.bodyWeight], 'kg');
  const c = latest([DOSING_LOINC.creatinineSerum, DOSING_LOINC.creatinineBlood], 'creatinine');
  if (h) out.heightCm = h;
  if (w) out.weightKg = w;
  if (c) out.creatinine = c as Measured & { unit: CreatinineUnit };
  return out;
}

/** The dose an order states. */
export interface OrderedDose {
  drug: string;
  /** Absolute dose in mg, when the order gives one. */
  mg?: number;
  /** Dose per m², when the order gives one. */
  mgPerM2?: number;
  /** Carboplatin target AUC (from the dosage text "AUC 5" or Heliotrope's treatment-detail extension). */
  targetAuc?: number;
}

/**
 * Reads a MedicationRequest: the chemotherapy drug, and the doses it states.
 * @param mr - a MedicationRequest
 * @returns undefined when the drug is not a recognised chemotherapy
 */
export function readChemotherapyOrder(mr: Json): OrderedDose | undefined {
  const med = mr.medicationCodeableConcept as Json | undefined;
  const text = [
    str(med?.text),
    ...arr(med?.coding)
      .filter(isObj)
      .map((c) => str(c.display)),
  ]
    .filter(Boolean)
    .join(' ');
  const drug = conceptsInText(text).find((c) => c.kind === 'drug' && c.attrs?.class === 'chemotherapy');
  if (!drug) return undefined;
  const out: OrderedDose = { drug: drug.value };
  const dosage = arr(mr.dosageInstruction).filter(isObj)[0];
  for (const dr of arr(dosage?.doseAndRate).filter(isObj)) {
    const q = dr.doseQuantity as Json | undefined;
    const v = num(q?.value);
    const unit = (str(q?.code) ?? str(q?.unit) ?? '').replace('²', '2');
    if (v === undefined) continue;
    if (/^mg\/m2$/i.test(unit)) out.mgPerM2 = v;
    else {
      const f = ucumFactor(unit, 'mg');
      if (f !== null) out.mg = v * f;
    }
  }
  const auc = /\bAUC\s*=?\s*(\d+(?:\.\d+)?)/i.exec(str(dosage?.text) ?? '');
  if (auc) out.targetAuc = Number(auc[1]);
  for (const e of arr(mr.extension).filter(isObj))
    if (e.url === EXTENSION.treatmentDetail)
      for (const sub of arr(e.extension).filter(isObj))
        if (sub.url === 'targetAuc' && num(sub.valueDecimal) !== undefined)
          out.targetAuc = num(sub.valueDecimal);
  return out;
}

/** A computed dose with how it was computed. */
interface Computed {
  expectedMg: number;
  /** The dose to suggest (carboplatin: rounded to 10 mg, for display as the calculators do). */
  suggestMg: number;
  basis: string;
  lines: string[];
  citation: { label: string; doi?: string };
}

const dayDiff = (a: string, b: string) =>
  (Date.parse(b.slice(0, 10)) - Date.parse(a.slice(0, 10))) / 86400000;

function measuredLine(what: string, m: Measured, unit: string, asOf: string): string {
  const old = m.date && dayDiff(m.date, asOf) > MEASUREMENT_MAX_AGE_DAYS;
  return `${what} ${Number(m.value.toFixed(1))} ${unit}${m.date ? ` (${m.date.slice(0, 10)})` : ' (date not recorded)'}${old ? ` ⚠ more than ${MEASUREMENT_MAX_AGE_DAYS} days old` : ''}`;
}

/** Computes the expected dose, or lists what is missing. */
function compute(o: OrderedDose, rec: DosingRecord, asOf: string): Computed | { missing: string[] } {
  if (o.drug === 'carboplatin') {
    const missing = [
      ...(o.targetAuc === undefined ? ['the target AUC'] : []),
      ...(rec.ageYears === undefined ? ['the age'] : []),
      ...(rec.sex === undefined ? ['the sex'] : []),
      ...(rec.weightKg === undefined ? ['a weight'] : []),
      ...(rec.creatinine === undefined ? ['a serum creatinine'] : []),
    ];
    if (missing.length) return { missing };
    const r = carboplatinCalvert({
      targetAuc: o.targetAuc!,
      crCl: {
        ageYears: rec.ageYears!,
        weightKg: rec.weightKg!.value,
        sex: rec.sex!,
        scr: rec.creatinine!.value,
        scrUnit: rec.creatinine!.unit,
      },
    });
    return {
      expectedMg: r.doseMg,
      suggestMg: r.doseMgRounded,
      basis: `Calvert (AUC ${o.targetAuc})`,
      lines: [
        `Calvert: dose = AUC ${o.targetAuc} × (GFR ${r.gfrUsedMlMin.toFixed(1)} + 25) = ${r.doseMg.toFixed(0)} mg (${r.doseMgRounded} mg rounded).`,
        `GFR: Cockcroft–Gault creatinine clearance ${r.gfrMlMin.toFixed(1)} mL/min${r.capApplied ? ', capped at 125 mL/min' : ''} (actual weight; ${rec.sex}, ${rec.ageYears} years).`,
        measuredLine('Weight', rec.weightKg!, 'kg', asOf),
        measuredLine('Serum creatinine', rec.creatinine!, rec.creatinine!.unit, asOf),
      ],
      citation: DOSING_SOURCES.calvert,
    };
  }
  if (o.mgPerM2 === undefined) return { missing: ['the dose per m²'] };
  const missing = [
    ...(rec.heightCm === undefined ? ['a height'] : []),
    ...(rec.weightKg === undefined ? ['a weight'] : []),
  ];
  if (missing.length) return { missing };
  const bsa = bsaMosteller({ heightCm: rec.heightCm!.value, weightKg: rec.weightKg!.value });
  const d = doseFromBsa(o.mgPerM2, bsa.bsaM2);
  return {
    expectedMg: d.doseMg,
    suggestMg: Math.round(d.doseMg),
    basis: `${o.mgPerM2} mg/m² × BSA ${bsa.bsaM2.toFixed(2)} m²`,
    lines: [
      `Mosteller BSA = √(height × weight / 3600) = ${bsa.bsaM2.toFixed(2)} m²; ${o.mgPerM2} mg/m² × ${bsa.bsaM2.toFixed(2)} m² = ${d.doseMg.toFixed(0)} mg.`,
      measuredLine('Height', rec.heightCm!, 'cm', asOf),
      measuredLine('Weight', rec.weightKg!, 'kg', asOf),
    ],
    citation: DOSING_SOURCES.mosteller,
  };
}

/** Options of {@link orderSelectCards}. */
export interface OrderSelectOptions {
  /** The day of the order (`YYYY-MM-DD`). */
  asOf: string;
  newUuid: () => string;
  tolerancePercent?: number;
}

/** The order with its first mg dose replaced (the suggestion's update). */
function withDose(mr: Json, mg: number): Json {
  const copy = JSON.parse(JSON.stringify(mr)) as Json;
  const dosage = arr(copy.dosageInstruction).filter(isObj)[0];
  const rates = arr(dosage?.doseAndRate).filter(isObj);
  const target = rates.find((dr) => {
    const u =
      str((dr.doseQuantity as Json | undefined)?.code) ?? str((dr.doseQuantity as Json | undefined)?.unit);
    return u !== undefined && ucumFactor(u, 'mg') !== null;
  });
  const q = { value: mg, unit: 'mg', system: SYSTEM.ucum, code: 'mg' };
  if (target) target.doseQuantity = q;
  else if (dosage) dosage.doseAndRate = [...rates, { doseQuantity: q }];
  return copy;
}

const fitSummary = (s: string) => (s.length <= SUMMARY_MAX ? s : `${s.slice(0, SUMMARY_MAX - 1)}…`);

/**
 * The cards of an `order-select` call.
 * @param request - the validated call (context.selections, context.draftOrders)
 * @param resources - the patient's resources (prefetched or fetched)
 * @param o - the day, the id generator, the tolerance
 */
export function orderSelectCards(
  request: CdsRequest,
  resources: readonly Json[],
  o: OrderSelectOptions,
): CdsCard[] {
  const tol = o.tolerancePercent ?? DOSE_TOLERANCE_PERCENT;
  const selections = new Set(arr(request.context.selections).map(String));
  const draft = request.context.draftOrders as Json;
  const record = readDosingRecord(resources, o.asOf);
  const cards: CdsCard[] = [];
  for (const e of arr(draft.entry).filter(isObj)) {
    const mr = e.resource as Json | undefined;
    if (!isObj(mr) || mr.resourceType !== 'MedicationRequest') continue;
    const ref = `MedicationRequest/${String(mr.id)}`;
    if (!selections.has(ref) && !selections.has(String(e.fullUrl))) continue;
    const order = readChemotherapyOrder(mr);
    if (!order) continue;
    let c: Computed | { missing: string[] };
    try {
      c = compute(order, record, o.asOf);
    } catch (err) {
      if (!isHeliotropeError(err)) throw err;
      c = { missing: err.issues.map((i) => i.message) };
    }
    if ('missing' in c) {
      cards.push({
        uuid: o.newUuid(),
        summary: fitSummary(doseUncheckedHeadline(order.drug, c.missing)),
        detail: [DOSE_WORDS.pharmacist, `_${DECISION_SUPPORT_NOTE}_`].join('\n\n'),
        indicator: 'info',
        source: { label: 'Heliotrope dose check' },
      });
      continue;
    }
    const detail = [
      ...c.lines,
      DOSE_WORDS.tolerance(tol),
      DOSE_WORDS.pharmacist,
      `_${DECISION_SUPPORT_NOTE}_`,
    ];
    if (order.mg === undefined) {
      cards.push({
        uuid: o.newUuid(),
        summary: fitSummary(`${order.drug}: ${c.basis} gives ${Math.round(c.expectedMg)} mg`),
        detail: detail.join('\n\n'),
        indicator: 'info',
        source: {
          label: DOSE_WORDS.source(c.citation),
          ...(c.citation.doi ? { url: `https://doi.org/${c.citation.doi}` } : {}),
        },
      });
      continue;
    }
    const off = (Math.abs(order.mg - c.expectedMg) / c.expectedMg) * 100;
    if (off <= tol) continue;
    cards.push({
      uuid: o.newUuid(),
      summary: fitSummary(doseMismatchHeadline(order.drug, order.mg, c.expectedMg, c.basis)),
      detail: [`The ordered dose differs by ${off.toFixed(0)} %.`, ...detail].join('\n\n'),
      indicator: 'warning',
      source: {
        label: DOSE_WORDS.source(c.citation),
        ...(c.citation.doi ? { url: `https://doi.org/${c.citation.doi}` } : {}),
      },
      selectionBehavior: 'at-most-one',
      suggestions: [
        {
          label: DOSE_WORDS.changeTo(c.suggestMg),
          uuid: o.newUuid(),
          actions: [
            {
              type: 'update',
              description: DOSE_WORDS.changeToDescription(order.drug, c.suggestMg, c.basis),
              resource: withDose(mr, c.suggestMg),
            },
          ],
        },
      ],
      overrideReasons: ['intentional-adjustment', 'clinical-judgement', 'data-incomplete'].map((r) =>
        aCoding(ACode.overrideReason(r)),
      ),
    });
  }
  return cards;
}
