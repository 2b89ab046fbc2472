/**
 * The ground-truth case of a generated patient: exactly the facts its FHIR resources carry in
 * machine-readable form under the population code table (a resource written without a coding, a refuted
 * or entered-in-error Condition and the unmapped resources contribute nothing). A FHIR importer that maps
 * the table's codes should produce a case that assesses the same.
 * @module
 */
import type { CaseInput } from '../case/schema.js';
import { codeRow, LAB_LOINC, LOCAL_SYSTEM, SYSTEMS, type CodeRow } from './codes.js';
import type { PatientRecord } from './model.js';

type Lab = NonNullable<CaseInput['labs']>[number];
type Investigation = NonNullable<CaseInput['investigations']>[number];
type Treatment = NonNullable<CaseInput['treatments']>[number];

function row(system: string, code: string): CodeRow {
  const r = codeRow(system, code);
  if (!r) throw new Error(`population code table: no row ${system}|${code}`);
  return r;
}

/**
 * The case a generated patient's export encodes.
 * @param rec - the patient record
 */
export function truthCase(rec: PatientRecord): CaseInput {
  const c: CaseInput = {
    schemaVersion: '1.0',
    id: rec.id,
    patient: { sex: rec.sex, birthDate: rec.birthDate },
  };
  const m = rec.myositis;
  if (m?.coded) c.dates = { symptomOnset: m.onset, diagnosis: m.diagnosis };
  // A myopathy of the IIM family recorded among the other diagnoses (inclusion body myositis) dates the case too.
  for (const d of rec.otherDiagnoses)
    if (!c.dates && row(SYSTEMS.icd10cm, d.icd10).target.kind === 'myositis')
      c.dates = { symptomOnset: d.date, diagnosis: d.date };

  const findings = rec.findings
    .filter((f) => f.coded)
    .map((f) => ({ id: f.finding, status: f.status, date: f.date }));
  if (findings.length) c.findings = findings;

  const labs: Lab[] = [];
  const investigations: Investigation[] = [];
  for (const l of rec.labs) {
    if (!l.coded || row(SYSTEMS.loinc, LAB_LOINC[l.analyte]!).target.kind !== 'lab') continue;
    labs.push({
      analyte: l.analyte,
      value: l.value,
      unit: l.unit,
      referenceRange: { low: l.low, high: l.high },
      date: l.date,
    });
  }
  if (labs.length) c.labs = labs;
  for (const p of rec.panels)
    if (p.coded)
      investigations.push({ kind: p.item, date: p.date, result: p.abnormal ? 'abnormal' : 'normal' });
  for (const i of rec.investigations)
    if (i.coded) investigations.push({ kind: i.item, date: i.date, result: i.result });
  if (investigations.length) c.investigations = investigations;

  const antibodies = rec.antibodies
    .filter((a) => a.coded)
    .map((a) => ({ target: a.target, result: a.result, date: a.date }));
  if (antibodies.length) c.antibodies = antibodies;

  if (rec.emg) c.emg = { performed: 'done', interpretation: rec.emg.conclusion, date: rec.emg.date };
  if (rec.muscleBiopsy) {
    const features: Record<string, 'present'> = {};
    for (const f of rec.muscleBiopsy.features) features[f] = 'present';
    c.muscleBiopsy = {
      performed: 'done',
      date: rec.muscleBiopsy.date,
      features,
      ...(rec.muscleBiopsy.features.length ? {} : { conclusion: 'normal' as const }),
    };
  }
  if (rec.skinBiopsy)
    c.skinBiopsy = { performed: 'done', date: rec.skinBiopsy.date, conclusion: 'consistent-with-dm' };
  if (rec.mri) c.muscleImaging = [{ modality: 'mri', finding: rec.mri.finding, date: rec.mri.date }];

  const cancerIndex = new Map<number, number>();
  const cancers: NonNullable<CaseInput['cancers']> = [];
  rec.cancers.forEach((k, i) => {
    if (!k.coded || k.enteredInError) return;
    const t = row(SYSTEMS.icd10cm, k.icd10).target;
    if (t.kind !== 'cancer') return;
    cancerIndex.set(i, cancers.length);
    cancers.push({
      site: t.site,
      ...(t.histology ? { histology: t.histology } : {}),
      diagnosisDate: k.date,
      stage: { extent: k.extent },
      status: k.status,
    });
  });
  if (cancers.length) c.cancers = cancers;

  const treatments: Treatment[] = [];
  for (const t of rec.treatments) {
    if (!t.coded) continue;
    const r = row(t.local ? LOCAL_SYSTEM : SYSTEMS.rxnorm, t.code).target;
    if (r.kind !== 'drug') continue;
    const indication =
      t.indication === 'myositis' && m?.coded
        ? 'myositis'
        : t.indication === 'cancer' && t.cancerIndex !== undefined && cancerIndex.has(t.cancerIndex)
          ? 'cancer'
          : undefined;
    treatments.push({
      drug: r.drug,
      class: r.class,
      ...(indication ? { indication } : {}),
      ...(t.dose ? { dose: t.dose } : {}),
      start: t.start,
      ...(t.end ? { end: t.end } : {}),
    });
  }
  if (treatments.length) c.treatments = treatments;
  return c;
}
