/**
 * Assessment report → FHIR R4 Bundle (type collection), linked to the input by reference:
 * - an Observation per criteria result (code: the set; value: the category; components: score and
 *   probability with their maxima over unknown items, the highest category unknowns could give, the
 *   subgroup, and every item met / not met / unknown; `derivedFrom` the evidence resources when the case
 *   came from FHIR), and one for the ±3-year cancer association;
 * - a RiskAssessment for the probability of an underlying cancer (no probability when not applicable) and
 *   one for the IMACS 2023 tier (`basis`: the factors' resources and the classification);
 * - a CarePlan with a ServiceRequest per test of the dated screening plan (status, due period);
 * - a DetectedIssue per warning alert of the follow-up;
 * - a Provenance naming the engine (a Device with its version) and every input resource used.
 * Display texts and narratives come from the render layer's wording. Pure: ids are derived from the
 * report, the recorded instant is a parameter.
 * @see docs/fhir.md (export mapping)
 * @module
 */
import type {
  Bundle,
  BundleEntry,
  CarePlan,
  CodeableConcept,
  DetectedIssue,
  Device,
  Extension,
  Observation,
  ObservationComponent,
  Patient,
  Provenance,
  Reference,
  Resource,
  RiskAssessment,
  ServiceRequest,
} from '@medplum/fhirtypes';
import type { AssessmentReport } from '../../assess/assess.js';
import type { PlanItem } from '../../cancer/imacs-2023/plan.js';
import type { Evidence } from '../../core/evidence.js';
import {
  alertDetailWords,
  alertHeadline,
  classificationHeadline,
  criteriaCategoryWords,
  criteriaHeadline,
  associationHeadline,
  DECISION_SUPPORT_NOTE,
  factorCountWords,
  missingWords,
  probabilityHeadline,
  screeningHeadline,
  screeningItemWords,
  screeningPlanTitle,
  setLabel,
  sourceNote,
  tierCaveat,
  tierNotApplicableTitle,
  tierTitle,
} from '../../render/wording/cards.js';
import { PNS_CARE_NA_WORDS, tierWords } from '../../render/text/cancer.js';
import type { ProvenanceEntry } from '../import/context.js';
import { readReport, type CriteriaResultView, type ReportView } from './report-view.js';
import { HELIOTROPE_FHIR_BASE, SYSTEM } from '../systems.js';
import { aCoding, ACode, FIXED_CONCEPTS } from './code-system.js';
import { investigationCodings } from './codings.js';
import { shortHash, stableUuid } from './ids.js';
import { referenceType, sourceResolver, type SourceResolver } from './sources.js';

/** Extensions the export writes. */
export const EXPORT_EXTENSION = {
  /** Standard R4 extension: other resources the result was derived from (types `derivedFrom` does not allow). */
  supportingInfo: 'http://hl7.org/fhir/StructureDefinition/workflow-supportingInfo',
  /** Status of a screening test in the plan (done, due, overdue, upcoming, consider). */
  screeningStatus: `${HELIOTROPE_FHIR_BASE}/StructureDefinition/screening-status`,
} as const;

/** Options of {@link assessmentToFhir}. */
export interface AssessmentExportOptions {
  /**
   * Reference to the input's Patient (`Patient/123`, or the entry's fullUrl) when the case came from FHIR;
   * without it the Bundle carries a Patient built from the case (sex, birth date).
   */
  patient?: string;
  /** The import's provenance (case path → resource), to resolve evidence the case's facts do not carry. */
  provenance?: readonly ProvenanceEntry[];
  /** When the export was made (FHIR instant); default: the report's `asOf` at 00:00 UTC. */
  recorded?: string;
}

/** Standard R4 extension: why a value is absent. */
const DATA_ABSENT_REASON = 'http://hl7.org/fhir/StructureDefinition/data-absent-reason';

/** Resource types `Observation.derivedFrom` may reference (R4). */
const DERIVED_FROM_TYPES = new Set([
  'DocumentReference',
  'ImagingStudy',
  'Media',
  'QuestionnaireResponse',
  'Observation',
  'MolecularSequence',
]);

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A generated narrative from lines of wording. */
function narrative(lines: readonly string[]): { status: 'generated'; div: string } {
  return {
    status: 'generated',
    div: `<div xmlns="http://www.w3.org/1999/xhtml">${lines.map((l) => `<p>${esc(l)}</p>`).join('')}</div>`,
  };
}

const cc = (code: string, text?: string): CodeableConcept => ({
  coding: [aCoding(code)],
  ...(text ? { text } : {}),
});

/** Adds `derivedFrom` (allowed types) and the supportingInfo extension (other types) to an Observation. */
function linkSources(o: Observation, refs: readonly string[]): void {
  const derived: NonNullable<Observation['derivedFrom']> = [];
  const other: Extension[] = [];
  for (const r of refs) {
    const t = referenceType(r);
    if (t && DERIVED_FROM_TYPES.has(t)) derived.push({ reference: r });
    else other.push({ url: EXPORT_EXTENSION.supportingInfo, valueReference: { reference: r } });
  }
  if (derived.length) o.derivedFrom = derived;
  if (other.length) o.extension = [...(o.extension ?? []), ...other];
}

class Builder {
  readonly entries: BundleEntry[] = [];
  /** Every input resource cited, for the Provenance. */
  readonly sources = new Set<string>();
  constructor(
    readonly seed: string,
    readonly resolve: SourceResolver,
  ) {}

  /** Adds a resource under a deterministic urn:uuid; returns its reference. */
  add<T extends Resource>(role: string, r: T): string {
    const id = stableUuid(`${this.seed}|${role}`);
    const full = `urn:uuid:${id}`;
    (r as { id?: string }).id = id;
    this.entries.push({ fullUrl: full, resource: r });
    return full;
  }

  /** The input resources behind evidence items (deduplicated, in order), recorded for the Provenance. */
  refs(evidence: readonly Pick<Evidence, 'path'>[]): string[] {
    const out = new Set<string>();
    for (const e of evidence) for (const r of this.resolve(e.path)) out.add(r);
    for (const r of out) this.sources.add(r);
    return [...out];
  }
}

function criteriaObservation(
  b: Builder,
  v: CriteriaResultView,
  base: Pick<Observation, 'subject' | 'effectiveDateTime' | 'issued' | 'device'>,
  headline: string,
): Observation {
  const comps: ObservationComponent[] = [];
  const num = (code: 'score' | 'score-max', value: number) =>
    comps.push({ code: cc(ACode.component(code)), valueQuantity: { value } });
  const pct = (code: 'probability' | 'probability-max', p: number) =>
    comps.push({
      code: cc(ACode.component(code)),
      valueQuantity: {
        value: Math.round(p * 1000) / 10,
        unit: '%',
        system: SYSTEM.ucum,
        code: '%',
      },
    });
  const notClassifiable = v.category === 'not-classifiable';
  if (v.score !== undefined) num('score', v.score);
  if (v.scoreRange && v.scoreRange.max !== v.scoreRange.min) num('score-max', v.scoreRange.max);
  if (v.probability !== undefined && !notClassifiable) pct('probability', v.probability);
  if (v.probabilityRange && v.probabilityRange.max !== v.probabilityRange.min && !notClassifiable)
    pct('probability-max', v.probabilityRange.max);
  for (const r of v.reachable)
    comps.push({
      code: cc(ACode.component('category-max')),
      valueCodeableConcept: cc(ACode.category(v.setId, r), criteriaCategoryWords(v.setId, r)),
    });
  if (v.subgroup)
    comps.push({
      code: cc(ACode.component('subgroup')),
      valueCodeableConcept: cc(ACode.subgroup(v.subgroup)),
    });
  const evidence: Evidence[] = [];
  for (const i of v.items) {
    comps.push({
      code: { coding: [aCoding(ACode.item(v.setId, i.id))], text: i.label },
      valueCodeableConcept: cc(ACode.tri(i.status)),
    });
    evidence.push(...i.evidence);
  }
  const o: Observation = {
    resourceType: 'Observation',
    status: 'final',
    code: cc(ACode.set(v.setId), setLabel(v.setId)),
    ...base,
    valueCodeableConcept: cc(ACode.category(v.setId, v.category), headline),
    component: comps,
    note: [{ text: sourceNote([v.citation], true) }],
    text: narrative([headline, DECISION_SUPPORT_NOTE]),
  };
  linkSources(o, b.refs(evidence));
  return o;
}

/** What every part of the export shares: the Bundle in the making, the report, the patient and the engine. */
interface ExportContext {
  b: Builder;
  view: ReportView;
  subject: Reference<Patient>;
  deviceRef: string;
  /** The elements every result Observation carries. */
  base: Pick<Observation, 'subject' | 'effectiveDateTime' | 'issued' | 'device'>;
}

/** The engine as a Device, and the patient: the input's Patient by reference, else one built from the case. */
function engineAndPatient(
  b: Builder,
  view: ReportView,
  patient: string | undefined,
): { deviceRef: string; patientRef: string } {
  const device: Device = {
    resourceType: 'Device',
    deviceName: [{ name: 'Heliotrope', type: 'manufacturer-name' }],
    version: [{ value: view.engineVersion }],
    note: [{ text: DECISION_SUPPORT_NOTE }],
  };
  const deviceRef = b.add('device', device);
  if (patient) {
    b.sources.add(patient);
    return { deviceRef, patientRef: patient };
  }
  const p = view.case.patient;
  const built: Patient = {
    resourceType: 'Patient',
    gender: p.sex,
    ...(p.birthDate && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(p.birthDate) ? { birthDate: p.birthDate } : {}),
  };
  return { deviceRef, patientRef: b.add('patient', built) };
}

/** An Observation per criteria result; returns each one's reference by section key. */
function criteriaResults(x: ExportContext): Map<string, string> {
  const refs = new Map<string, string>();
  for (const v of x.view.criteria) {
    const headline =
      v.setId === 'eular-acr-2017'
        ? classificationHeadline(v)
        : criteriaHeadline(v.setId, v.category, v.reachable);
    const o = criteriaObservation(x.b, v, x.base, headline);
    if (
      v.notApplicableReason === 'dermatomyositis-not-a-2021-phenotype' ||
      v.notApplicableReason === 'myositis-not-a-2021-phenotype'
    )
      o.note = [...(o.note ?? []), { text: PNS_CARE_NA_WORDS[v.notApplicableReason] }];
    refs.set(v.key, x.b.add(`criteria:${v.key}`, o));
  }
  return refs;
}

/** The ±3-year cancer association as an Observation (yes / no / undetermined), from the cancers and onset. */
function associationResult(x: ExportContext): void {
  const a = x.view.association;
  if (!a) return;
  const headline = associationHeadline(a.cancerAssociated);
  const o: Observation = {
    resourceType: 'Observation',
    status: 'final',
    code: cc(FIXED_CONCEPTS.cancerAssociation, setLabel('cancer-association')),
    ...x.base,
    valueCodeableConcept: cc(ACode.tri(a.cancerAssociated), headline),
    text: narrative([headline, ...(a.missing.length ? [missingWords(a.missing)] : [])]),
  };
  linkSources(
    o,
    x.b.refs([
      ...a.cancers.map((k) => ({ path: `cancers[${k.index}]` })),
      ...(a.onset ? [{ path: 'dates.symptomOnset' }] : []),
    ]),
  );
  x.b.add('association', o);
}

/** What both risk assessments share: the method and code, the patient, the day, the engine, the basis. */
function riskAssessmentHead(
  x: ExportContext,
  concept: string,
  setId: string,
  basis: readonly string[],
): RiskAssessment {
  return {
    resourceType: 'RiskAssessment',
    status: 'final',
    method: cc(concept),
    code: cc(concept, setLabel(setId)),
    subject: x.subject,
    occurrenceDateTime: x.view.asOf,
    performer: { reference: x.deviceRef },
    ...(basis.length ? { basis: basis.map((r) => ({ reference: r })) } : {}),
  };
}

/** The probability of an underlying cancer as a RiskAssessment (no prediction when not estimated). */
function probabilityRisk(x: ExportContext, eularRef: string | undefined): void {
  const p = x.view.probability;
  if (!p) return;
  const headline = probabilityHeadline(p);
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  const steps = p.status === 'estimated' ? p.steps : [];
  const antibodyPaths = x.view.case.antibodies
    .map((a, i) => ({ a, path: `antibodies[${i}]` }))
    .filter(({ a }) => steps.some((s) => norm(s.antibody) === norm(a.target)));
  const basis = [...x.b.refs(antibodyPaths), ...(eularRef ? [eularRef] : [])];
  const ra: RiskAssessment = {
    ...riskAssessmentHead(x, FIXED_CONCEPTS.probability, 'cancer-probability', basis),
    ...(p.status === 'estimated'
      ? {
          prediction: [
            {
              outcome: cc(FIXED_CONCEPTS.probabilityOutcome),
              // R4 expresses a decimal probability as a percentage (ras-2: ≤ 100).
              probabilityDecimal: Math.round(p.posterior * 1000) / 10,
              rationale: headline,
            },
          ],
        }
      : {}),
    note: [{ text: sourceNote(p.citations) }],
    text: narrative([headline]),
  };
  x.b.add('probability', ra);
}

type ImacsView = NonNullable<ReportView['imacs']>;

/** The IMACS 2023 tier as a RiskAssessment (`basis`: the met factors' resources and the classification). */
function imacsRisk(x: ExportContext, r: ImacsView, eularRef: string | undefined): string {
  const caveat = tierCaveat(r);
  const title =
    r.tier === 'not-applicable' ? tierNotApplicableTitle(tierWords(r.riskProfileTier)) : tierTitle(r.tier);
  const rationale = [factorCountWords(r.counts), ...(caveat ? [caveat] : [])].join('; ');
  const factorEvidence = r.factorTable.filter((f) => f.status === 'met').flatMap((f) => f.evidence);
  const basis = [...x.b.refs(factorEvidence), ...(eularRef ? [eularRef] : [])];
  const ra: RiskAssessment = {
    ...riskAssessmentHead(x, FIXED_CONCEPTS.imacs, 'imacs-2023', basis),
    prediction: [
      {
        outcome: cc(FIXED_CONCEPTS.imacsOutcome),
        // A tier is qualitative: the probability is marked absent (not applicable) rather than left out,
        // which also keeps R4 invariant ras-2 true for validators that read an empty result as false.
        probabilityRange: { extension: [{ url: DATA_ABSENT_REASON, valueCode: 'not-applicable' }] },
        qualitativeRisk: cc(ACode.tier(r.tier), title),
        rationale,
      },
    ],
    note: [{ text: sourceNote([r.citation], true) }],
    text: narrative([title, rationale, screeningHeadline(r) ?? '']),
  };
  return x.b.add('imacs', ra);
}

/** The dated screening plan: a CarePlan with a ServiceRequest per applicable test (status, due period). */
function screeningPlan(x: ExportContext, r: ImacsView, imacsRef: string): void {
  if (r.plan.mode !== 'screening') return;
  const { b, subject, deviceRef, view } = x;
  const activities: NonNullable<CarePlan['activity']> = [];
  r.plan.items.forEach((i: PlanItem, n) => {
    if (i.status === 'not-applicable') return;
    const done = i.done ? b.refs([{ path: i.done.path }]) : [];
    const sr: ServiceRequest = {
      resourceType: 'ServiceRequest',
      status: i.status === 'done' ? 'completed' : 'active',
      intent: i.required ? 'plan' : 'proposal',
      code: { coding: investigationCodings(i.id), text: i.label },
      subject,
      ...(i.due ? { occurrencePeriod: { start: i.due.earliest, end: i.due.latest } } : {}),
      authoredOn: view.asOf,
      requester: { reference: deviceRef },
      reasonReference: [{ reference: imacsRef }],
      ...(done.length ? { supportingInfo: done.map((ref) => ({ reference: ref })) } : {}),
      extension: [{ url: EXPORT_EXTENSION.screeningStatus, valueCode: i.status }],
      note: [{ text: `${i.label}: ${screeningItemWords(i)}` }],
    };
    const ref = b.add(`screening:${n}`, sr);
    activities.push({
      reference: { reference: ref },
      ...(done.length ? { outcomeReference: done.map((d) => ({ reference: d })) } : {}),
    });
  });
  const headline = screeningHeadline(r) ?? tierTitle(r.tier);
  const plan: CarePlan = {
    resourceType: 'CarePlan',
    status: 'active',
    intent: 'plan',
    category: [cc(FIXED_CONCEPTS.screeningPlan)],
    title: screeningPlanTitle(setLabel('imacs-2023')),
    description: headline,
    subject,
    created: view.asOf,
    author: { reference: deviceRef },
    supportingInfo: [{ reference: imacsRef }],
    ...(activities.length ? { activity: activities } : {}),
    text: narrative([headline]),
  };
  b.add('care-plan', plan);
}

/** A DetectedIssue per warning (not information) alert of the follow-up. */
function alertIssues(x: ExportContext): void {
  for (const [n, a] of (x.view.monitoring?.alerts.alerts ?? []).entries()) {
    if (a.severity === 'information') continue;
    const refs = x.b.refs(a.evidence);
    const doi = a.cite.find((c) => c.doi)?.doi;
    const di: DetectedIssue = {
      resourceType: 'DetectedIssue',
      status: a.status === 'met' ? 'final' : 'preliminary',
      code: cc(ACode.alert(a.rule), alertHeadline(a)),
      severity: a.severity === 'high' ? 'high' : 'moderate',
      patient: x.subject,
      identifiedDateTime: x.view.asOf,
      author: { reference: x.deviceRef },
      ...(refs.length ? { evidence: [{ detail: refs.map((ref) => ({ reference: ref })) }] } : {}),
      detail: `${alertHeadline(a)}. ${alertDetailWords(a)}`,
      ...(doi ? { reference: `https://doi.org/${doi}` } : {}),
      text: narrative([alertHeadline(a), alertDetailWords(a)]),
    };
    x.b.add(`alert:${n}`, di);
  }
}

/** The Provenance: every resource of the Bundle assembled by the engine, from the input resources cited. */
function provenanceOf(x: ExportContext, recorded: string): Provenance {
  const targets = x.b.entries
    .map((e) => ({ reference: e.fullUrl! }))
    .filter((t) => t.reference !== x.deviceRef);
  return {
    resourceType: 'Provenance',
    target: targets,
    recorded,
    agent: [
      {
        type: {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/provenance-participant-type',
              code: 'assembler',
              display: 'Assembler',
            },
          ],
        },
        who: { reference: x.deviceRef, display: `Heliotrope ${x.view.engineVersion}` },
      },
    ],
    ...(x.b.sources.size
      ? { entity: [...x.b.sources].map((r) => ({ role: 'source' as const, what: { reference: r } })) }
      : {}),
  };
}

/**
 * Exports an assessment as a FHIR R4 Bundle.
 * @param report - the assessment document (`assessCase`)
 * @param options - the input Patient's reference, the import provenance, the recorded instant
 */
export function assessmentToFhir(report: AssessmentReport, options: AssessmentExportOptions = {}): Bundle {
  const view: ReportView = readReport(report);
  const recorded = options.recorded ?? `${view.asOf}T00:00:00Z`;
  const seed = `${shortHash(JSON.stringify(report.case))}|${view.asOf}|${options.patient ?? ''}|${view.engineVersion}`;
  const b = new Builder(seed, sourceResolver(view.case, options.provenance));
  const { deviceRef, patientRef } = engineAndPatient(b, view, options.patient);
  const subject: Reference<Patient> = { reference: patientRef };
  const x: ExportContext = {
    b,
    view,
    subject,
    deviceRef,
    base: { subject, effectiveDateTime: view.asOf, issued: recorded, device: { reference: deviceRef } },
  };
  const eularRef = criteriaResults(x).get('eularAcr2017');
  associationResult(x);
  probabilityRisk(x, eularRef);
  if (view.imacs) screeningPlan(x, view.imacs, imacsRisk(x, view.imacs, eularRef));
  alertIssues(x);
  b.add('provenance', provenanceOf(x, recorded));
  return {
    resourceType: 'Bundle',
    id: stableUuid(`${seed}|bundle`),
    type: 'collection',
    timestamp: recorded,
    entry: b.entries,
  };
}
