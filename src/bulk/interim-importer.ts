/**
 * TEMPORARY — to be replaced by the FHIR R4 importer (`src/fhir/import/`) when it lands; see
 * `defaultImporter` in importer.ts. This interim adapter maps exactly the codes of the population code
 * table (`src/population/codes.ts`) back to case fields, so that population runs, their tests and the
 * benchmark work before the real importer exists. It is not a general FHIR importer: other codes, text-only
 * concepts and other resource types are reported as issues and not used.
 * @module
 */
import type { Issue } from '../core/issues.js';
import { codeRow, type CodeRow } from '../population/codes.js';
import type { FhirResource, ImportOutcome } from './importer.js';

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => v !== null && typeof v === 'object' && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** The table row of a CodeableConcept's first known coding. */
function rowOf(cc: unknown): CodeRow | undefined {
  if (!isRec(cc)) return undefined;
  for (const c of arr(cc.coding)) {
    if (!isRec(c)) continue;
    const system = str(c.system);
    const code = str(c.code);
    if (system && code) {
      const r = codeRow(system, code);
      if (r) return r;
    }
  }
  return undefined;
}

/** A day (YYYY-MM-DD) or partial date from a FHIR date/dateTime. */
function day(v: unknown): string | undefined {
  const s = str(v);
  if (!s) return undefined;
  const m = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)/.exec(s);
  return m?.[1];
}

const codeOf = (cc: unknown): string | undefined => {
  const c = isRec(cc) ? arr(cc.coding)[0] : undefined;
  return isRec(c) ? str(c.code) : undefined;
};

const resultOf = (ccs: unknown): string | undefined => {
  for (const cc of Array.isArray(ccs) ? ccs : [ccs]) {
    const r = rowOf(cc);
    if (r?.target.kind === 'result') return r.target.value;
  }
  return undefined;
};

/**
 * Maps one patient's resources to a case (interim adapter; see the module note).
 * @param resources - the Patient and the resources that reference it
 */
export function interimImporter(resources: readonly FhirResource[]): ImportOutcome {
  const issues: Issue[] = [];
  const note = (r: FhirResource, path: string, message: string) =>
    issues.push({
      severity: 'information',
      code: 'not-supported',
      path: `${r.resourceType}/${r.id ?? '?'}${path ? `.${path}` : ''}`,
      message,
    });
  const c: Rec = { schemaVersion: '1.0' };
  const patient: Rec = {};
  const findings: Rec[] = [];
  const labs: Rec[] = [];
  const antibodies: Rec[] = [];
  const investigations: Rec[] = [];
  const cancers: Rec[] = [];
  const treatments: Rec[] = [];
  const imaging: Rec[] = [];
  const conditionKind = new Map<string, 'myositis' | 'cancer'>();
  const meds: FhirResource[] = [];

  for (const r of resources) {
    switch (r.resourceType) {
      case 'Patient': {
        if (r.id) c.id = r.id;
        if (r.gender === 'female' || r.gender === 'male') patient.sex = r.gender;
        const b = day(r.birthDate);
        if (b) patient.birthDate = b;
        break;
      }
      case 'Condition': {
        const ver = codeOf(r.verificationStatus);
        if (ver === 'refuted' || ver === 'entered-in-error') {
          note(r, 'verificationStatus', `${ver}: not used`);
          break;
        }
        const row = rowOf(r.code);
        const t = row?.target;
        const onset = day(r.onsetDateTime);
        if (t?.kind === 'myositis') {
          if (r.id) conditionKind.set(r.id, 'myositis');
          const dates: Rec = {};
          if (onset) dates.symptomOnset = onset;
          const rec = day(r.recordedDate);
          if (rec) dates.diagnosis = rec;
          c.dates = dates;
        } else if (t?.kind === 'cancer') {
          if (r.id) conditionKind.set(r.id, 'cancer');
          const stage = arr(r.stage)[0];
          const extent = isRec(stage) && isRec(stage.summary) ? str(stage.summary.text) : undefined;
          const clin = codeOf(r.clinicalStatus);
          cancers.push({
            site: t.site,
            ...(t.histology ? { histology: t.histology } : {}),
            ...(onset ? { diagnosisDate: onset } : {}),
            ...(extent === 'localised' || extent === 'locally-advanced' || extent === 'metastatic'
              ? { stage: { extent } }
              : {}),
            status: clin === 'remission' ? 'remission' : clin === 'active' ? 'active' : 'unknown',
          });
        } else if (t?.kind === 'finding') {
          findings.push({ id: t.finding, status: 'present', ...(onset ? { date: onset } : {}) });
        } else note(r, 'code', row ? `${row.display}: not used` : 'code not mapped');
        break;
      }
      case 'Observation': {
        const row = rowOf(r.code);
        const t = row?.target;
        const when = day(r.effectiveDateTime);
        const flag = codeOf(arr(r.interpretation)[0]);
        if (t?.kind === 'finding' && typeof r.valueBoolean === 'boolean') {
          findings.push({
            id: t.finding,
            status: r.valueBoolean ? 'present' : 'absent',
            ...(when ? { date: when } : {}),
          });
        } else if (t?.kind === 'lab' && isRec(r.valueQuantity)) {
          const q = r.valueQuantity;
          const value = num(q.value);
          if (value === undefined) {
            note(r, 'valueQuantity', 'no numeric value: not used');
            break;
          }
          const rr = arr(r.referenceRange)[0];
          const low = isRec(rr) && isRec(rr.low) ? num(rr.low.value) : undefined;
          const high = isRec(rr) && isRec(rr.high) ? num(rr.high.value) : undefined;
          labs.push({
            analyte: t.analyte,
            value,
            unit: str(q.code) ?? str(q.unit) ?? t.unit,
            ...(low !== undefined || high !== undefined
              ? {
                  referenceRange: {
                    ...(low !== undefined ? { low } : {}),
                    ...(high !== undefined ? { high } : {}),
                  },
                }
              : {}),
            ...(when ? { date: when } : {}),
          });
          if (t.investigation) {
            const abnormal = flag ? flag !== 'N' : high !== undefined && value > high;
            investigations.push({
              kind: t.investigation,
              ...(when ? { date: when } : {}),
              result: abnormal ? 'abnormal' : 'normal',
            });
          }
        } else if (t?.kind === 'antibody') {
          const result =
            flag === 'POS'
              ? 'positive'
              : flag === 'NEG'
                ? 'negative'
                : (resultOf(r.valueCodeableConcept) ?? 'unknown');
          antibodies.push({
            target: t.target,
            result: result === 'positive' || result === 'negative' ? result : 'unknown',
            ...(when ? { date: when } : {}),
          });
        } else note(r, 'code', row ? `${row.display}: not used` : 'code not mapped');
        break;
      }
      case 'DiagnosticReport':
      case 'Procedure': {
        const row = rowOf(r.code);
        const t = row?.target;
        const when = day(r.resourceType === 'Procedure' ? r.performedDateTime : r.effectiveDateTime);
        const conclusions = arr(r.conclusionCode).map(rowOf);
        const of = (k: string) =>
          conclusions.flatMap((x) =>
            x?.target.kind === 'conclusion' && x.target.of === k ? [x.target.value] : [],
          );
        if (t?.kind === 'investigation') {
          const result = resultOf(r.resourceType === 'Procedure' ? r.outcome : r.conclusionCode) ?? 'unknown';
          investigations.push({ kind: t.item, ...(when ? { date: when } : {}), result });
        } else if (t?.kind === 'emg') {
          c.emg = {
            performed: 'done',
            interpretation: of('emg')[0] ?? 'unknown',
            ...(when ? { date: when } : {}),
          };
        } else if (t?.kind === 'muscle-biopsy') {
          const v = of('muscle-biopsy');
          const features: Rec = {};
          for (const f of v) if (f !== 'normal') features[f] = 'present';
          c.muscleBiopsy = {
            performed: 'done',
            ...(when ? { date: when } : {}),
            features,
            ...(v.length && v.every((x) => x === 'normal') ? { conclusion: 'normal' } : {}),
          };
        } else if (t?.kind === 'skin-biopsy') {
          const v = of('skin-biopsy')[0];
          c.skinBiopsy = {
            performed: 'done',
            ...(when ? { date: when } : {}),
            ...(v ? { conclusion: v } : {}),
          };
        } else if (t?.kind === 'muscle-mri') {
          imaging.push({
            modality: 'mri',
            finding: of('muscle-mri')[0] ?? 'unknown',
            ...(when ? { date: when } : {}),
          });
        } else note(r, 'code', row ? `${row.display}: not used` : 'code not mapped');
        break;
      }
      case 'MedicationRequest':
        meds.push(r);
        break;
      default:
        note(r, '', `${r.resourceType} is not used`);
    }
  }
  for (const r of meds) {
    const row = rowOf(r.medicationCodeableConcept);
    const t = row?.target;
    if (t?.kind !== 'drug') {
      note(r, 'medicationCodeableConcept', row ? `${row.display}: not used` : 'medication not mapped');
      continue;
    }
    const reason = arr(r.reasonReference)
      .map((x) => (isRec(x) ? str(x.reference)?.replace(/^Condition\//, '') : undefined))
      .map((id) => (id ? conditionKind.get(id) : undefined))
      .find((k) => k !== undefined);
    const dosage = arr(r.dosageInstruction)[0];
    const dr = isRec(dosage) ? arr(dosage.doseAndRate)[0] : undefined;
    const dq = isRec(dr) && isRec(dr.doseQuantity) ? dr.doseQuantity : undefined;
    const dv = dq ? num(dq.value) : undefined;
    const du = dq ? (str(dq.code) ?? str(dq.unit)) : undefined;
    const bounds =
      isRec(dosage) &&
      isRec(dosage.timing) &&
      isRec(dosage.timing.repeat) &&
      isRec(dosage.timing.repeat.boundsPeriod)
        ? dosage.timing.repeat.boundsPeriod
        : undefined;
    const start = day(r.authoredOn) ?? day(bounds?.start);
    const end = day(bounds?.end);
    treatments.push({
      drug: t.drug,
      class: t.class,
      ...(reason ? { indication: reason } : {}),
      ...(dv !== undefined && du ? { dose: { value: dv, unit: du } } : {}),
      ...(start ? { start } : {}),
      ...(end ? { end } : {}),
    });
  }
  c.patient = patient;
  if (findings.length) c.findings = findings;
  if (labs.length) c.labs = labs;
  if (antibodies.length) c.antibodies = antibodies;
  if (imaging.length) c.muscleImaging = imaging;
  if (cancers.length) c.cancers = cancers;
  if (treatments.length) c.treatments = treatments;
  if (investigations.length) c.investigations = investigations;
  return { case: c, issues };
}
