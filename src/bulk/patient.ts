/**
 * Assessing one patient of a population run, the same way everywhere (worker threads of `heliotrope bulk`,
 * the `--stdin` filter, and a shard worker of a distributed run): parse the patient's lines, import, validate,
 * assess, build the result row. The assessment computes only the report sections the row reads
 * (`assessRow`), not the whole report. Pure (no I/O, no clock: `asOf` is given).
 * @module
 */
import type { Case } from '../case/schema.js';
import { validateCase } from '../case/validate.js';
import type { FhirResource, PatientImporter } from './importer.js';
import {
  assessRow,
  errorRow,
  onWorklist,
  worklistKey,
  type ResultRow,
} from '../assess/population-results/row.js';
import { patientIdOfReference } from './scan.js';

/** A bad line found while assessing (file index and 1-based line number in that file). */
export interface LineError {
  file: number;
  line: number;
  kind: 'invalid-json' | 'not-a-resource' | 'duplicate-patient' | 'patient-reference-mismatch';
}

/** One patient's lines as grouped by the store: per part, the file, the line numbers and the bytes. */
export interface PatientGroup {
  seq: number;
  key: string;
  parts: { file: number; lines: Uint32Array; data: Uint8Array }[];
}

/** The outcome for one patient. */
export interface PatientOutcome {
  seq: number;
  row: ResultRow;
  errors: LineError[];
}

/**
 * An outcome as the work store keeps it: the row as its JSON line and its worklist sort keys, computed where
 * the patient was assessed (a worker thread sends strings and numbers back, not the row's objects).
 */
export interface StoredOutcome {
  seq: number;
  /** The result row, `JSON.stringify`d. */
  row: string;
  worklist: 0 | 1;
  overdueRank: number;
  oldestDue: string;
  tierRank: number;
  patientId: string;
  errors: LineError[];
}

/**
 * The stored form of an outcome.
 * @param o - the outcome
 */
export function storedOutcome(o: PatientOutcome): StoredOutcome {
  const k = worklistKey(o.row);
  return {
    seq: o.seq,
    row: JSON.stringify(o.row),
    worklist: onWorklist(o.row) ? 1 : 0,
    overdueRank: k.overdue,
    oldestDue: k.oldestDue,
    tierRank: k.tierRank,
    patientId: o.row.patientId,
    errors: o.errors,
  };
}

/** The first `MR` identifier of a Patient (or its first identifier). */
function mrnOf(p: FhirResource | undefined): string | null {
  if (!p || !Array.isArray(p.identifier)) return null;
  const ids = p.identifier as { value?: unknown; type?: { coding?: { code?: unknown }[] } }[];
  const mr = ids.find((i) => i.type?.coding?.some((c) => c.code === 'MR')) ?? ids[0];
  return typeof mr?.value === 'string' ? mr.value : null;
}

/** The patient a resource belongs to (its own id for a Patient). */
function ownerOf(r: FhirResource): string | undefined {
  if (r.resourceType === 'Patient') return r.id;
  // subject, then patient, then beneficiary: the first that holds a reference string decides (unrolled:
  // this runs for every line of an export).
  let id = referenceOf(r.subject as Ref);
  if (id === null) id = referenceOf(r.patient as Ref);
  if (id === null) id = referenceOf(r.beneficiary as Ref);
  return id ?? undefined;
}

type Ref = { reference?: unknown } | null | undefined;

/** The patient id of a Reference's `reference` string; null when it holds no string (the next key decides). */
function referenceOf(v: Ref): string | undefined | null {
  return v && typeof v.reference === 'string' ? patientIdOfReference(v.reference) : null;
}

/**
 * Imports, validates and assesses a patient's resources.
 * @param resources - the patient's resources (exactly one Patient first or anywhere)
 * @param importer - FHIR → case
 * @param asOf - reference day
 * @param patientId - id for the row
 */
export function assessResources(
  resources: readonly FhirResource[],
  importer: PatientImporter,
  asOf: string,
  patientId: string,
): ResultRow {
  const patient = resources.find((r) => r.resourceType === 'Patient');
  const meta = { patientId, mrn: mrnOf(patient), issues: 0 };
  let imported;
  try {
    imported = importer(resources);
  } catch (e) {
    return errorRow(meta, `import failed (${e instanceof Error ? e.name : 'error'})`);
  }
  const withIssues = Object.assign({}, meta, { issues: imported.issues.length });
  if (!imported.validated) return assessCaseValue(imported.case, asOf, withIssues);
  try {
    return assessRow(imported.case as Case, asOf, withIssues);
  } catch (e) {
    return errorRow(withIssues, `assessment failed (${e instanceof Error ? e.name : 'error'})`);
  }
}

/**
 * Validates and assesses a case value.
 * @param value - the case (unvalidated)
 * @param asOf - reference day
 * @param meta - row identification
 */
export function assessCaseValue(
  value: unknown,
  asOf: string,
  meta: { patientId: string; mrn: string | null; issues: number },
): ResultRow {
  const v = validateCase(value);
  const issues = meta.issues + v.issues.length;
  if (!v.case)
    return errorRow(Object.assign({}, meta, { issues }), `invalid case (${v.issues.length} problems)`);
  try {
    return assessRow(v.case, asOf, Object.assign({}, meta, { issues }));
  } catch (e) {
    return errorRow(
      Object.assign({}, meta, { issues }),
      `assessment failed (${e instanceof Error ? e.name : 'error'})`,
    );
  }
}

/**
 * Processes one grouped patient: parses each line (bad lines are reported and skipped), keeps the first
 * Patient resource, checks that every resource belongs to the patient, then assesses.
 * @param g - the patient's lines
 * @param importer - FHIR → case
 * @param asOf - reference day
 */
export function processGroup(g: PatientGroup, importer: PatientImporter, asOf: string): PatientOutcome {
  const errors: LineError[] = [];
  const resources: FhirResource[] = [];
  let havePatient = false;
  for (const part of g.parts) {
    let pos = 0;
    const data = Buffer.isBuffer(part.data)
      ? part.data
      : Buffer.from(part.data.buffer, part.data.byteOffset, part.data.byteLength);
    for (let k = 0; k < part.lines.length; k++) {
      let nl = data.indexOf(10, pos);
      if (nl < 0) nl = data.length;
      const line = part.lines[k]!;
      const text = data.toString('utf8', pos, nl);
      pos = nl + 1;
      let r: unknown;
      try {
        r = JSON.parse(text);
      } catch {
        errors.push({ file: part.file, line, kind: 'invalid-json' });
        continue;
      }
      if (r === null || typeof r !== 'object' || typeof (r as FhirResource).resourceType !== 'string') {
        errors.push({ file: part.file, line, kind: 'not-a-resource' });
        continue;
      }
      const res = r as FhirResource;
      if (ownerOf(res) !== g.key) {
        errors.push({ file: part.file, line, kind: 'patient-reference-mismatch' });
        continue;
      }
      if (res.resourceType === 'Patient') {
        if (havePatient) {
          errors.push({ file: part.file, line, kind: 'duplicate-patient' });
          continue;
        }
        havePatient = true;
        resources.unshift(res);
      } else resources.push(res);
    }
  }
  if (!havePatient)
    return {
      seq: g.seq,
      row: errorRow({ patientId: g.key, issues: 0 }, 'no readable Patient resource'),
      errors,
    };
  return { seq: g.seq, row: assessResources(resources, importer, asOf, g.key), errors };
}

/** Result of one `--stdin` line. */
export type StdinLineResult = ResultRow & { line: number };

/**
 * Assesses one `--stdin` line: a patient's FHIR Bundle (or a lone Patient resource) or a case document.
 * Never throws: a line that cannot be assessed gives a row with `error`.
 * @param text - the line
 * @param lineNo - 1-based line number
 * @param importer - FHIR → case
 * @param asOf - reference day
 */
export function processStdinLine(
  text: string,
  lineNo: number,
  importer: PatientImporter,
  asOf: string,
): StdinLineResult {
  const fail = (error: string, patientId = '') => ({
    line: lineNo,
    ...errorRow({ patientId, issues: 0 }, error),
  });
  if (!text.trim()) return fail('empty line');
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return fail('not valid JSON');
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return fail('not a JSON object');
  const o = v as Record<string, unknown>;
  if (typeof o.schemaVersion === 'string' && o.resourceType === undefined) {
    const id = typeof o.id === 'string' ? o.id : '';
    return { line: lineNo, ...assessCaseValue(o, asOf, { patientId: id, mrn: null, issues: 0 }) };
  }
  let resources: FhirResource[];
  if (o.resourceType === 'Bundle') {
    resources = (Array.isArray(o.entry) ? o.entry : [])
      .map((e) => (e && typeof e === 'object' ? (e as { resource?: unknown }).resource : undefined))
      .filter(
        (r): r is FhirResource =>
          !!r && typeof r === 'object' && typeof (r as FhirResource).resourceType === 'string',
      );
  } else if (o.resourceType === 'Patient') resources = [o as FhirResource];
  else return fail('neither a FHIR Bundle, a Patient nor a case document');
  const patients = resources.filter((r) => r.resourceType === 'Patient');
  if (patients.length !== 1)
    return fail(
      patients.length
        ? `the Bundle holds ${patients.length} patients (one expected)`
        : 'the Bundle holds no Patient',
    );
  const id = typeof patients[0]!.id === 'string' ? patients[0]!.id : '';
  return { line: lineNo, ...assessResources(resources, importer, asOf, id) };
}
