/**
 * FHIR R4 import: a Bundle (collection, transaction, searchset, document…), a Patient, or an array of one
 * patient's resources → a case of the case model, with every fact's source resource (provenance) and an
 * OperationOutcome-shaped list of issues: resources not used, codes not mapped, contradictions, bad
 * values. Pure: no I/O. The rest of the input is used when part of it is wrong.
 * @see {@link https://hl7.org/fhir/R4/bundle.html | FHIR R4 Bundle}
 * @module
 */
import { CASE_SCHEMA_VERSION, type Case } from '../../case/schema.js';
import { validateCase, parseJsonText, type CaseValidation } from '../../case/validate.js';
import { HeliotropeError, InputError, issue } from '../../core/issues.js';
import { SYSTEM } from '../systems.js';
import { mapCondition } from './condition.js';
import {
  arr,
  ccCodes,
  isObj,
  obj,
  str,
  ImportContext,
  type ImportIssue,
  type Json,
  type Located,
  type ProvenanceEntry,
} from './context.js';
import { emptyDraft, type Draft, type Item } from './draft.js';
import { mapFamilyMemberHistory } from './family.js';
import { mapMedication } from './medication.js';
import { identifierId, mapObservation, mapTumourAssessment, mapVisitPanel } from './observation.js';
import { mapPatient } from './patient.js';
import { mapStudy } from './procedure.js';

export type { ImportIssue, ProvenanceEntry } from './context.js';

/**
 * FHIR input with errors (an STU3/R5 resource, an invalid date, a dangling reference…): carries the import
 * made from everything else, so that an interface can answer "invalid input" and still show the case.
 */
export class FhirInputError extends InputError {
  /**
   * @param result - the import, with its issues
   */
  constructor(readonly result: FhirImportResult) {
    const errors = result.issues.filter((i) => i.severity === 'error');
    super(
      `the FHIR input has ${errors.length} error${errors.length === 1 ? '' : 's'}; the case was built from the rest`,
      errors,
    );
    this.name = 'FhirInputError';
  }
}

/** Largest FHIR JSON text accepted for one patient (64 MiB); larger exports go through Bulk Data NDJSON. */
export const MAX_FHIR_CHARS = 64 * 1024 * 1024;
/** Deepest nesting of extensions read before a resource is refused. */
export const MAX_EXTENSION_DEPTH = 16;

/** What an import returns. */
export interface FhirImportResult {
  /** The case (validated against the case schema). */
  case: Case;
  /** Problems and notes, OperationOutcome-shaped (severity, code, FHIRPath-like path, resource). */
  issues: ImportIssue[];
  /** Where each fact of the case came from. */
  provenance: ProvenanceEntry[];
  /** Counts: resources read, used, not used; the patient's reference. */
  stats: {
    resources: number;
    used: number;
    unused: number;
    byType: Record<string, { total: number; used: number }>;
    patient?: string;
  };
}

const READ_TYPES = new Set([
  'Patient',
  'Condition',
  'Observation',
  'DiagnosticReport',
  'Procedure',
  'ImagingStudy',
  'MedicationRequest',
  'MedicationStatement',
  'MedicationAdministration',
  'Medication',
  'Encounter',
  'FamilyMemberHistory',
]);

/** Resource types of other FHIR versions (never in R4). */
const OTHER_VERSION_TYPES: Readonly<Record<string, string>> = {
  ProcedureRequest: 'STU3',
  ReferralRequest: 'STU3',
  DiagnosticOrder: 'DSTU2',
  Order: 'DSTU2',
  MedicationOrder: 'DSTU2',
  MedicationUsage: 'R5',
  Transport: 'R5',
  Permission: 'R5',
  InventoryItem: 'R5',
  ArtifactAssessment: 'R5',
};

/** Elements that only another FHIR version has, per resource type: [test, version, what]. */
function otherVersion(r: Json): string | undefined {
  const type = str(r.resourceType);
  if (type && OTHER_VERSION_TYPES[type])
    return `${OTHER_VERSION_TYPES[type]} (${type} is not an R4 resource)`;
  if (type === 'Condition') {
    if (typeof r.clinicalStatus === 'string' || typeof r.verificationStatus === 'string')
      return 'STU3 (Condition.clinicalStatus/verificationStatus is a code, not a CodeableConcept)';
    if (r.assertedDate !== undefined) return 'STU3 (Condition.assertedDate)';
  }
  if (
    (type === 'MedicationRequest' || type === 'MedicationStatement' || type === 'MedicationAdministration') &&
    isObj(r.medication)
  )
    return `R5 (${type}.medication is a CodeableReference)`;
  if (type === 'MedicationStatement' && r.taken !== undefined) return 'STU3 (MedicationStatement.taken)';
  if (type === 'Procedure' && (r.occurrenceDateTime !== undefined || r.occurrencePeriod !== undefined))
    return 'R5 (Procedure.occurrence[x])';
  if (type === 'Observation' && r.context !== undefined) return 'STU3 (Observation.context)';
  if (type === 'Encounter' && Array.isArray(r.class)) return 'R5 (Encounter.class is a list)';
  return undefined;
}

/** Depth of nested extensions of a value (only `extension`/`modifierExtension` arrays are followed). */
function extensionDepth(v: unknown, depth = 0): number {
  if (depth > MAX_EXTENSION_DEPTH) return depth;
  if (!isObj(v)) return depth;
  let max = depth;
  const a = v.extension;
  if (Array.isArray(a)) for (const e of a) max = Math.max(max, extensionDepth(e, depth + 1));
  const b = v.modifierExtension;
  if (Array.isArray(b)) for (const e of b) max = Math.max(max, extensionDepth(e, depth + 1));
  return max;
}

/**
 * Top-level elements whose extension nesting is checked. `Object.values` rather than `for…in` with an
 * own-property test: the same elements (own enumerable ones) at a fraction of the cost, per resource.
 */
function deepestExtension(r: Json): number {
  let max = extensionDepth(r);
  for (const v of Object.values(r)) {
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) {
      for (const x of v) if (isObj(x)) max = Math.max(max, extensionDepth(x));
    } else max = Math.max(max, extensionDepth(v));
    if (max > MAX_EXTENSION_DEPTH) break;
  }
  return max;
}

/**
 * True when a JSON document looks like FHIR input for the importer: a Bundle, a Patient, or an array of resources.
 * @param json - parsed JSON
 */
export function isFhirInput(json: unknown): boolean {
  if (Array.isArray(json))
    return json.length > 0 && json.every((x) => isObj(x) && typeof x.resourceType === 'string');
  return isObj(json) && typeof json.resourceType === 'string';
}

/**
 * Parses FHIR JSON text with a size limit and a syntax error that names line and column.
 * @param text - the JSON text
 * @param where - name of the input for messages
 */
export function parseFhirJson(text: string, where = 'input'): unknown {
  if (text.length > MAX_FHIR_CHARS)
    throw new HeliotropeError(
      'too-large',
      `${where} is too large for one patient (${text.length} characters; limit ${MAX_FHIR_CHARS})`,
      [
        issue(
          'too-large',
          '',
          `split the export per patient (FHIR Bulk Data NDJSON, \`heliotrope bulk\`) or send one patient's resources`,
        ),
      ],
    );
  return parseJsonText(text, where);
}

/**
 * Imports FHIR JSON: a Bundle, a single resource (a Patient, or one Observation…), or an array of resources.
 * Throws an InputError only when the input is not FHIR at all; everything else is an issue in the result.
 * @param json - parsed JSON
 */
export function importFhir(json: unknown): FhirImportResult {
  if (Array.isArray(json)) return importResources(json, 'input');
  if (!isObj(json) || typeof json.resourceType !== 'string')
    throw new InputError(
      'not FHIR: expected a JSON object with "resourceType" (a Bundle, a Patient) or an array of resources',
      [issue('structure', 'resourceType', 'no resourceType: this is not a FHIR resource')],
    );
  if (json.resourceType === 'Bundle') {
    const entries = arr(json.entry);
    const located: (Located | undefined)[] = [];
    const pre: ImportIssue[] = [];
    entries.forEach((e, i) => {
      const r = obj(obj(e)?.resource);
      const loc = `Bundle.entry[${i}]`;
      if (!r) {
        pre.push(
          Object.assign(
            {},
            issue('required', `${loc}.resource`, `${loc}: an entry without a resource is skipped`),
            { severity: 'warning' },
          ),
        );
        return;
      }
      const fullUrl = str(obj(e)?.fullUrl);
      located.push({
        resource: r,
        ref: refOf(r, fullUrl),
        loc: `${loc}.resource`,
        ...(fullUrl ? { fullUrl } : {}),
      });
    });
    const out = importLocated(located.filter((x): x is Located => x !== undefined));
    if (pre.length) out.issues.unshift(...pre);
    if (str(json.type) === 'batch-response' || str(json.type) === 'transaction-response')
      out.issues.unshift(
        Object.assign(
          {},
          issue(
            'not-supported',
            'Bundle.type',
            `a ${String(json.type)} holds outcomes, not a patient's data`,
          ),
          { severity: 'warning' },
        ),
      );
    return out;
  }
  return importResources([json], 'input');
}

/**
 * Imports an array of resources of one patient (e.g. one patient's lines of a Bulk Data export). Fast path
 * for the population run: no Bundle wrapper needed.
 * @param resources - the resources (anything that is not a resource is reported and skipped)
 * @param name - name of the array in locations (`input`)
 */
export function importResources(resources: readonly unknown[], name = 'input'): FhirImportResult {
  const located: Located[] = [];
  const pre: ImportIssue[] = [];
  resources.forEach((r, i) => {
    if (!isObj(r) || typeof r.resourceType !== 'string') {
      pre.push(
        Object.assign(
          {},
          issue(
            'structure',
            `${name}[${i}]`,
            `${name}[${i}] is not a FHIR resource (no resourceType): skipped`,
          ),
          { severity: 'error' },
        ),
      );
      return;
    }
    located.push({ resource: r, ref: refOf(r), loc: `${name}[${i}]` });
  });
  const out = importLocated(located);
  // (Only when there is something to put first: an unshift of nothing still costs a generic call.)
  if (pre.length) out.issues.unshift(...pre);
  return out;
}

function refOf(r: Json, fullUrl?: string): string {
  const id = str(r.id);
  const type = str(r.resourceType) ?? 'Resource';
  return id ? `${type}/${id}` : (fullUrl ?? `${type}/(no id)`);
}

function importLocated(all: Located[]): FhirImportResult {
  const ctx = new ImportContext();
  const draft = emptyDraft();
  const byType: Record<string, { total: number; used: number }> = {};
  const usable: Located[] = [];
  for (const at of all) {
    const r = at.resource;
    const type = str(r.resourceType)!;
    (byType[type] ??= { total: 0, used: 0 }).total++;
    const other = otherVersion(r);
    if (other) {
      ctx.report(
        'error',
        'not-supported',
        at,
        type,
        `this looks like FHIR ${other}; Heliotrope reads FHIR R4: not used`,
      );
      ctx.used.add(r);
      continue;
    }
    if (deepestExtension(r) > MAX_EXTENSION_DEPTH) {
      ctx.report(
        'error',
        'too-large',
        at,
        `${type}.extension`,
        `extensions nested more than ${MAX_EXTENSION_DEPTH} deep: resource not used`,
      );
      ctx.used.add(r);
      continue;
    }
    usable.push(at);
    ctx.addNamed(at);
  }

  // ── Patient ──
  const patients = usable.filter((x) => str(x.resource.resourceType) === 'Patient');
  const patient = mapPatient(ctx, draft, patients);
  const patientRefs = new Set<string>();
  if (patient) {
    patientRefs.add(patient.ref);
    // The other name the chosen Patient may be registered under: its entry's fullUrl, unless a later
    // resource took that name (the keys of byRef are only a resource's Type/id, which is its ref, and fullUrl).
    if (patient.fullUrl && ctx.byRef.get(patient.fullUrl) === patient) patientRefs.add(patient.fullUrl);
  }
  const otherPatients = new Set(
    patients
      .filter(
        (p) => p !== patient && (str(p.resource.id) === undefined || p.resource.id !== patient?.resource.id),
      )
      .map((p) => p.resource),
  );

  const forPatient = (at: Located): boolean => {
    const subj = obj(at.resource.subject) ?? obj(at.resource.patient);
    const ref = str(subj?.reference);
    if (!ref) return true;
    // The chosen Patient's own Type/id: whatever resource the index holds under that name (the Patient, or a
    // later Patient with the same id), the resource is this patient's, with nothing to report.
    if (patient && ref === patient.ref) return true;
    const hit = ctx.find(subj, at);
    const type = str(at.resource.resourceType)!;
    if (hit && otherPatients.has(hit.resource)) {
      ctx.report(
        'warning',
        'conflict',
        at,
        `${type}.subject`,
        `belongs to another patient (${hit.ref}): not used`,
      );
      ctx.used.add(at.resource);
      return false;
    }
    if (!hit && !patientRefs.has(ref) && patient)
      ctx.report(
        'warning',
        'not-found',
        at,
        `${type}.subject.reference`,
        `subject "${ref}" is not in the input: read as this patient's`,
      );
    return true;
  };

  // The usable resources by type, in input order (one pass instead of one per type asked for).
  const usableByType = new Map<string, Located[]>();
  for (const x of usable) {
    const t = x.resource.resourceType as string;
    const list = usableByType.get(t);
    if (list) list.push(x);
    else usableByType.set(t, [x]);
  }
  const ofType = (t: string) => (usableByType.get(t) ?? []).filter((x) => !ctx.used.has(x.resource));

  // ── Conditions first: cancers get their case index (indications, tumour assessment focus) ──
  const cancerIndex = new Map<Json, number>();
  const myositisConditions = new Set<Json>();
  const refutedCodes = new Map<string, Located>();
  const assertedCodes = new Map<string, Located>();
  for (const at of ofType('Condition')) {
    if (!forPatient(at)) continue;
    const ver = str(obj(arr(obj(at.resource.verificationStatus)?.coding)[0])?.code);
    // (An entered-in-error condition's codes are neither refuted nor asserted.)
    const codes = ver === 'refuted' ? refutedCodes : ver === 'entered-in-error' ? undefined : assertedCodes;
    if (codes) for (const c of ccCodes(at.resource.code)) codes.set(`${c.system}|${c.code}`, at);
    const before = draft.diagnoses.length;
    if (mapCondition(ctx, draft, at, { cancerAt: (r, i) => cancerIndex.set(r, i) })) {
      ctx.used.add(at.resource);
      if (draft.diagnoses.length > before) myositisConditions.add(at.resource);
    } else ctx.notMapped(at.resource.code, at, 'Condition.code');
  }
  for (const [k, refuted] of refutedCodes) {
    const asserted = assertedCodes.get(k);
    if (asserted)
      ctx.report(
        'warning',
        'conflict',
        refuted,
        'Condition.verificationStatus',
        `refuted, while ${asserted.ref} records the same condition (${k}) as not refuted: check the record`,
      );
  }

  // ── Observation panels (visits, tumour assessments) claim their members first ──
  const cancerIdOf = (r: Json): string | undefined => {
    const i = cancerIndex.get(r);
    if (i === undefined) return undefined;
    const c = draft.cancers[i]!;
    c.id ??= identifierId(r) ?? `cancer-${i + 1}`;
    return c.id as string;
  };
  for (const at of ofType('Observation')) {
    const h = obj(arr(obj(at.resource.code)?.coding).find((c) => obj(c)?.system === SYSTEM.heliotrope));
    const part = str(h?.code);
    if (part !== 'visit' && part !== 'tumour-assessment') continue;
    if (!forPatient(at)) continue;
    ctx.used.add(at.resource);
    if (part === 'visit') mapVisitPanel(ctx, draft, at);
    else mapTumourAssessment(ctx, draft, at, cancerIdOf);
  }
  // ── Procedures (with their reports), then reports on their own, then imaging studies ──
  for (const at of ofType('Procedure')) {
    if (!forPatient(at)) continue;
    let report: Located | undefined;
    for (const [i, rr] of arr(at.resource.report).entries()) {
      report = ctx.resolve(rr, at, `Procedure.report[${i}]`);
      if (report) break;
    }
    if (mapStudy(ctx, draft, at, report)) {
      ctx.used.add(at.resource);
      if (report) ctx.used.add(report.resource);
    } else if (mapMedication(ctx, draft, at, indicationOf)) ctx.used.add(at.resource);
    else ctx.notMapped(at.resource.code, at, 'Procedure.code');
  }
  for (const at of ofType('DiagnosticReport')) {
    if (!forPatient(at)) continue;
    if (mapStudy(ctx, draft, at)) ctx.used.add(at.resource);
    else ctx.notMapped(at.resource.code, at, 'DiagnosticReport.code');
  }
  for (const at of ofType('ImagingStudy')) {
    if (!forPatient(at)) continue;
    if (mapStudy(ctx, draft, at)) ctx.used.add(at.resource);
    else
      ctx.notMapped(
        arr(at.resource.procedureCode)[0] ?? { text: str(at.resource.description) },
        at,
        'ImagingStudy.procedureCode',
      );
  }

  for (const at of ofType('Observation')) {
    if (ctx.used.has(at.resource) || !forPatient(at)) continue;
    if (mapObservation(ctx, draft, at)) ctx.used.add(at.resource);
    else if (arr(at.resource.hasMember).length === 0) ctx.notMapped(at.resource.code, at, 'Observation.code');
  }

  // ── Family history: a relative's cancer is the patient's family history of cancer ──
  for (const at of ofType('FamilyMemberHistory')) {
    if (!forPatient(at)) continue;
    if (mapFamilyMemberHistory(ctx, draft, at)) ctx.used.add(at.resource);
  }

  // ── Medications ──
  function indicationOf(r: Json): 'cancer' | 'myositis' | undefined {
    if (cancerIndex.has(r)) return 'cancer';
    if (myositisConditions.has(r)) return 'myositis';
    return undefined;
  }
  for (const t of ['MedicationRequest', 'MedicationStatement', 'MedicationAdministration'])
    for (const at of ofType(t)) {
      if (!forPatient(at)) continue;
      if (mapMedication(ctx, draft, at, indicationOf)) ctx.used.add(at.resource);
      else
        ctx.notMapped(
          at.resource.medicationCodeableConcept ?? { text: 'medicationReference' },
          at,
          `${t}.medication[x]`,
        );
    }

  contradictions(ctx, draft);

  // ── Issues for what was not used ──
  for (const [key, u] of ctx.unmapped) {
    const n = u.refs.length;
    ctx.issues.push({
      severity: 'information',
      code: 'not-supported',
      path: u.loc,
      message: `code ${key}${u.display ? ` "${u.display}"` : ''} is not in the mapping table: ${n} ${u.type} resource${n > 1 ? 's' : ''} not used (${u.refs.slice(0, 3).join(', ')}${n > 3 ? ', …' : ''})`,
      resource: u.refs[0]!,
    });
  }
  const unusedByType = new Map<string, string[]>();
  for (const at of usable) {
    const type = str(at.resource.resourceType)!;
    if (ctx.used.has(at.resource)) {
      byType[type]!.used++;
      continue;
    }
    if (type === 'Patient' && at === patient) {
      byType[type]!.used++;
      continue;
    }
    if (READ_TYPES.has(type) && type !== 'Encounter' && type !== 'Medication' && type !== 'Patient') continue; // reported per code above
    const list = unusedByType.get(type) ?? [];
    list.push(at.ref);
    unusedByType.set(type, list);
  }
  for (const [type, refs] of unusedByType)
    ctx.issues.push({
      severity: 'information',
      code: 'not-supported',
      path: type,
      message: `${refs.length} ${type} resource${refs.length > 1 ? 's' : ''} not used: Heliotrope does not read ${type} (${refs.slice(0, 3).join(', ')}${refs.length > 3 ? ', …' : ''})`,
      resource: refs[0]!,
    });

  const validation = finish(ctx, draft);
  let used = 0;
  for (const v of Object.values(byType)) used += v.used;
  const result: FhirImportResult = {
    case: validation.case,
    issues: ctx.issues,
    provenance: ctx.provenance,
    stats: {
      resources: all.length,
      used,
      unused: all.length - used,
      byType,
      ...(patient ? { patient: patient.ref } : {}),
    },
  };
  // Kept on the result itself (non-enumerable, so a copy of the result does not carry it), not in a
  // module-level WeakMap: a WeakMap's entries outlive a young key until a full garbage collection, which
  // promoted every imported case to the old generation (a population run imports one per patient).
  Object.defineProperty(result, CASE_VALIDATION, { value: validation });
  return result;
}

/** Findings both present and absent, recorded by different resources. */
function contradictions(ctx: ImportContext, draft: Draft): void {
  const byId = new Map<string, Item[]>();
  for (const f of draft.findings) {
    const l = byId.get(f.id as string) ?? [];
    l.push(f);
    byId.set(f.id as string, l);
  }
  for (const [id, list] of byId) {
    const present = list.find((f) => f.status === 'present');
    const absent = list.find((f) => f.status === 'absent');
    if (present && absent) {
      const ref = (x: Item) => (x.evidence as { resource: string }[] | undefined)?.[0]?.resource ?? '?';
      ctx.issues.push({
        severity: 'warning',
        code: 'conflict',
        path: 'Observation.value[x]',
        message: `${id}: present in ${ref(present)} and absent in ${ref(absent)} (counted present: the most abnormal state)`,
        resource: ref(absent),
      });
    }
  }
}

/**
 * The key of the validation of the case each import result carries, as the import made it (`validateCase`
 * without options: the case and its warnings): a non-enumerable own property of the result.
 */
const CASE_VALIDATION = Symbol('caseValidation');

/**
 * The validation of an import result's case as the import made it — `validateCase(r.case)`: the case and its
 * warnings — for a caller that would validate that case next (`POST /api/assess` with a FHIR body); undefined
 * for a result the import did not make, or whose case was replaced since.
 * @param r - an import result
 */
export function importedCaseValidation(r: FhirImportResult): (CaseValidation & { case: Case }) | undefined {
  if (!Object.hasOwn(r, CASE_VALIDATION)) return undefined;
  const v = (r as unknown as Record<symbol, (CaseValidation & { case: Case }) | undefined>)[CASE_VALIDATION];
  return v?.case === r.case ? v : undefined;
}

/** A mapper's own key (`__panel`): never part of the case. */
const isOwnKey = (k: string) => k.charCodeAt(0) === 95 && k.charCodeAt(1) === 95;

/**
 * A draft value without `undefined` members and without the mappers' own `__` keys: what the case validation
 * reads (its fast path refuses both). Copy on write: an object or array that holds neither, at any depth, is
 * returned as it is, so that only what changes is copied (the draft is the import's own, discarded after, and
 * the validation builds the case as a new object) — the whole draft used to be copied for every patient.
 */
function strip(x: unknown): unknown {
  if (Array.isArray(x)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < x.length; i++) {
      const v: unknown = x[i];
      const s = strip(v);
      if (out) out.push(s);
      else if (s !== v) (out = x.slice(0, i)).push(s);
    }
    return out ?? x;
  }
  if (!isObj(x)) return x;
  // Own enumerable keys, in order (what `for…in` with an own-property test gives).
  const keys = Object.keys(x);
  let o: Json | undefined;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const v = x[k];
    const drop = v === undefined || isOwnKey(k);
    const s = drop ? undefined : strip(v);
    if (!o) {
      if (!drop && s === v) continue;
      // The first change: the copy starts with the members before it, unchanged.
      o = {};
      for (let j = 0; j < i; j++) o[keys[j]!] = x[keys[j]!];
    }
    if (!drop) o[k] = s;
  }
  return o ?? x;
}

/** Builds and validates the case; items that fail validation are left out with an issue each. */
function finish(ctx: ImportContext, draft: Draft): CaseValidation & { case: Case } {
  const doc: Json = {
    schemaVersion: CASE_SCHEMA_VERSION,
    patient: draft.patient,
    dates: draft.dates,
    findings: draft.findings,
    strength: draft.strength,
    labs: draft.labs,
    antibodies: draft.antibodies,
    ...(draft.emg ? { emg: draft.emg } : {}),
    ...(draft.muscleBiopsy ? { muscleBiopsy: draft.muscleBiopsy } : {}),
    ...(draft.skinBiopsy ? { skinBiopsy: draft.skinBiopsy } : {}),
    muscleImaging: draft.muscleImaging,
    cancers: draft.cancers,
    treatments: draft.treatments,
    investigations: draft.investigations,
    visits: draft.visits,
    tumourAssessments: draft.tumourAssessments,
    ...(draft.diagnoses.length ? { diagnoses: draft.diagnoses } : {}),
    ...(draft.treatmentResponse ? { treatmentResponse: draft.treatmentResponse } : {}),
  };
  let current = strip(doc) as Json;
  for (let round = 0; round < 5; round++) {
    const v = validateCase(current);
    if (v.case) return { case: v.case, issues: v.issues };
    let dropped = false;
    // Only errors drop an entry; validation warnings (e.g. inconsistent dates) leave the case valid.
    for (const iss of v.issues.filter((i) => i.severity === 'error')) {
      const m = /^(\w+)\[(\d+)\]/.exec(iss.path);
      const key = m ? m[1]! : iss.path.split(/[.[]/)[0]!;
      const list = m ? current[key] : undefined;
      const evidence = Array.isArray(list)
        ? (obj(list[Number(m![2])])?.evidence as { resource?: string }[] | undefined)
        : undefined;
      const resource = evidence?.[0]?.resource;
      ctx.issues.push({
        severity: 'error',
        code: 'value',
        path: iss.path,
        message: `${resource ? `${resource}: ` : ''}${iss.path}: ${iss.message} — left out of the case`,
        ...(resource ? { resource } : {}),
      });
      if (Array.isArray(list)) {
        list[Number(m![2])] = undefined;
        dropped = true;
      } else if (key in current && key !== 'schemaVersion') {
        delete current[key];
        dropped = true;
      }
    }
    for (const k of Object.keys(current))
      if (Array.isArray(current[k])) current[k] = (current[k] as unknown[]).filter((x) => x !== undefined);
    current = strip(current) as Json;
    if (!dropped) break;
  }
  const v = validateCase(current);
  if (v.case) return { case: v.case, issues: v.issues };
  throw new HeliotropeError('internal', 'the FHIR import produced an invalid case', v.issues);
}
