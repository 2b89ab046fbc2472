/**
 * Case → FHIR: each treatment as a MedicationStatement, or a Procedure for surgery and radiotherapy, with
 * Heliotrope extensions where R4 has no element (class, target AUC, cycles, dose reduction). Pure.
 * @module
 */
import type { Case } from '../../case/schema.js';
import { EXTENSION, SYSTEM } from '../systems.js';
import { type BundleWriter, cc, dateFields, h, ident, type R } from './writer.js';

type Treatment = Case['treatments'][number];

/** The dosage element of a drug treatment (schedule, route, dose in UCUM). */
function dosage(t: Treatment): R {
  return {
    ...(t.schedule ? { text: t.schedule } : {}),
    ...(t.route ? { route: { text: t.route } } : {}),
    ...(t.dose
      ? {
          doseAndRate: [
            {
              doseQuantity: {
                value: t.dose.value,
                unit: t.dose.unit,
                system: SYSTEM.ucum,
                code: t.dose.unit,
              },
            },
          ],
        }
      : {}),
  };
}

function writeTreatment(w: BundleWriter, t: Treatment): void {
  const ext: R[] = [];
  if (t.class) ext.push({ url: EXTENSION.treatmentClass, valueCode: t.class });
  const detail: R[] = [];
  if (t.targetAuc !== undefined) detail.push({ url: 'targetAuc', valueDecimal: t.targetAuc });
  if (t.cycles !== undefined) detail.push({ url: 'cycles', valueInteger: t.cycles });
  if (t.doseReductionPercent !== undefined)
    detail.push({ url: 'doseReductionPercent', valueDecimal: t.doseReductionPercent });
  if (detail.length) ext.push({ url: EXTENSION.treatmentDetail, extension: detail });
  const period: R = {};
  if (typeof t.start === 'string') period.start = t.start;
  else dateFields('', 'start', t.start, ext);
  if (typeof t.end === 'string') period.end = t.end;
  else dateFields('', 'end', t.end, ext);
  const dose = dosage(t);
  const code = cc([h(`drug-${t.drug.replace(/\s+/g, '-')}`)], t.drug);
  const reason = t.indication ? { reasonCode: [cc([h(`indication-${t.indication}`)])] } : {};
  const r: R =
    t.class === 'surgery' || t.class === 'radiotherapy'
      ? {
          resourceType: 'Procedure',
          id: w.nextId('treatment'),
          ...ident(t.id),
          status: 'completed',
          code,
          subject: w.subject,
          ...(period.start || period.end ? { performedPeriod: period } : {}),
          ...reason,
        }
      : {
          resourceType: 'MedicationStatement',
          id: w.nextId('treatment'),
          ...ident(t.id),
          status: t.end !== undefined ? 'completed' : 'active',
          medicationCodeableConcept: code,
          subject: w.subject,
          ...(period.start || period.end ? { effectivePeriod: period } : {}),
          ...reason,
          ...(Object.keys(dose).length ? { dosage: [dose] } : {}),
        };
  if (ext.length) r.extension = ext;
  w.add(r);
}

/** Writes the treatments of the case. */
export function writeTreatments(w: BundleWriter, c: Case): void {
  for (const t of c.treatments) writeTreatment(w, t);
}
