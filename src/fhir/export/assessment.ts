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
  DECISION_SUPPORT_NOTE,
  probabilityHeadline,
  screeningHeadline,
  screeningItemWords,
  setLabel,
  tierCaveat,
  tierTitle,
} from '../../render/text/headlines.js';
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
    note: [{ text: `Source: ${v.citation.label}${v.citation.doi ? `. doi:${v.citation.doi}` : ''}` }],
    text: narrative([headline, DECISION_SUPPORT_NOTE]),
  };
  linkSources(o, b.refs(evidence));
  return o;
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

  // ── The engine, and the patient ──
  const device: Device = {
    resourceType: 'Device',
    deviceName: [{ name: 'Heliotrope', type: 'manufacturer-name' }],
    version: [{ value: view.engineVersion }],
    note: [{ text: DECISION_SUPPORT_NOTE }],
  };
  const deviceRef = b.add('device', device);
  let patientRef = options.patient;
  if (patientRef) b.sources.add(patientRef);
  else {
    const p = view.case.patient;
    const patient: Patient = {
      resourceType: 'Patient',
      gender: p.sex,
      ...(p.birthDate && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(p.birthDate) ? { birthDate: p.birthDate } : {}),
    };
    patientRef = b.add('patient', patient);
  }
  const subject: Reference<Patient> = { reference: patientRef };
  const base = {
    subject,
    effectiveDateTime: view.asOf,
    issued: recorded,
    device: { reference: deviceRef },
  };

  // ── Criteria results ──
  const criteriaRefs = new Map<string, string>();
  for (const v of view.criteria) {
    const headline =
      v.setId === 'eular-acr-2017'
        ? classificationHeadline(v)
        : criteriaHeadline(v.setId, v.category, v.reachable);
    const o = criteriaObservation(b, v, base, headline);
    if (
      v.notApplicableReason === 'dermatomyositis-not-a-2021-phenotype' ||
      v.notApplicableReason === 'myositis-not-a-2021-phenotype'
    )
      o.note = [...(o.note ?? []), { text: PNS_CARE_NA_WORDS[v.notApplicableReason] }];
    criteriaRefs.set(v.key, b.add(`criteria:${v.key}`, o));
  }
  if (view.association) {
    const a = view.association;
    const words =
      a.cancerAssociated === 'met' ? 'yes' : a.cancerAssociated === 'not-met' ? 'no' : 'undetermined';
    const headline = `Cancer-associated myositis (cancer within ±3 years of onset): ${words}`;
    const o: Observation = {
      resourceType: 'Observation',
      status: 'final',
      code: cc(FIXED_CONCEPTS.cancerAssociation, setLabel('cancer-association')),
      ...base,
      valueCodeableConcept: cc(ACode.tri(a.cancerAssociated), headline),
      text: narrative([headline, ...(a.missing.length ? [`Missing: ${a.missing.join('; ')}`] : [])]),
    };
    linkSources(
      o,
      b.refs([
        ...a.cancers.map((k) => ({ path: `cancers[${k.index}]` })),
        ...(a.onset ? [{ path: 'dates.symptomOnset' }] : []),
      ]),
    );
    b.add('association', o);
  }

  // ── Risk: probability of an underlying cancer ──
  if (view.probability) {
    const p = view.probability;
    const headline = probabilityHeadline(p);
    const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
    const steps = p.status === 'estimated' ? p.steps : [];
    const antibodyPaths = view.case.antibodies
      .map((a, i) => ({ a, path: `antibodies[${i}]` }))
      .filter(({ a }) => steps.some((s) => norm(s.antibody) === norm(a.target)));
    const basis = [
      ...b.refs(antibodyPaths),
      ...(criteriaRefs.has('eularAcr2017') ? [criteriaRefs.get('eularAcr2017')!] : []),
    ];
    const ra: RiskAssessment = {
      resourceType: 'RiskAssessment',
      status: 'final',
      method: cc(FIXED_CONCEPTS.probability),
      code: cc(FIXED_CONCEPTS.probability, setLabel('cancer-probability')),
      subject,
      occurrenceDateTime: view.asOf,
      performer: { reference: deviceRef },
      ...(basis.length ? { basis: basis.map((r) => ({ reference: r })) } : {}),
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
      note: [{ text: `Source: ${p.citations.map((c) => c.label).join('; ')}` }],
      text: narrative([headline]),
    };
    b.add('probability', ra);
  }

  // ── Risk: IMACS 2023 tier, and the screening plan ──
  let imacsRef: string | undefined;
  if (view.imacs) {
    const r = view.imacs;
    const caveat = tierCaveat(r);
    const title =
      r.tier === 'not-applicable'
        ? `IMACS 2023 tier not applicable (risk profile ${tierWords(r.riskProfileTier)})`
        : tierTitle(r.tier);
    const rationale = [
      `${r.counts.high} high-risk and ${r.counts.intermediate} intermediate-risk factor(s) present`,
      ...(caveat ? [caveat] : []),
    ].join('; ');
    const factorEvidence = r.factorTable.filter((f) => f.status === 'met').flatMap((f) => f.evidence);
    const basis = [
      ...b.refs(factorEvidence),
      ...(criteriaRefs.has('eularAcr2017') ? [criteriaRefs.get('eularAcr2017')!] : []),
    ];
    const ra: RiskAssessment = {
      resourceType: 'RiskAssessment',
      status: 'final',
      method: cc(FIXED_CONCEPTS.imacs),
      code: cc(FIXED_CONCEPTS.imacs, setLabel('imacs-2023')),
      subject,
      occurrenceDateTime: view.asOf,
      performer: { reference: deviceRef },
      ...(basis.length ? { basis: basis.map((x) => ({ reference: x })) } : {}),
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
      note: [{ text: `Source: ${r.citation.label}. doi:${r.citation.doi ?? ''}` }],
      text: narrative([title, rationale, screeningHeadline(r) ?? '']),
    };
    imacsRef = b.add('imacs', ra);

    if (r.plan.mode === 'screening') {
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
          reasonReference: [{ reference: imacsRef! }],
          ...(done.length ? { supportingInfo: done.map((x) => ({ reference: x })) } : {}),
          extension: [{ url: EXPORT_EXTENSION.screeningStatus, valueCode: i.status }],
          note: [{ text: `${i.label}: ${screeningItemWords(i)}` }],
        };
        const ref = b.add(`screening:${n}`, sr);
        activities.push({
          reference: { reference: ref },
          ...(done.length ? { outcomeReference: done.map((x) => ({ reference: x })) } : {}),
        });
      });
      const headline = screeningHeadline(r) ?? tierTitle(r.tier);
      const plan: CarePlan = {
        resourceType: 'CarePlan',
        status: 'active',
        intent: 'plan',
        category: [cc(FIXED_CONCEPTS.screeningPlan)],
        title: `IIM-associated cancer screening (${setLabel('imacs-2023')})`,
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
  }

  // ── Warning alerts of the follow-up ──
  for (const [n, a] of (view.monitoring?.alerts.alerts ?? []).entries()) {
    if (a.severity === 'information') continue;
    const refs = b.refs(a.evidence);
    const doi = a.cite.find((c) => c.doi)?.doi;
    const di: DetectedIssue = {
      resourceType: 'DetectedIssue',
      status: a.status === 'met' ? 'final' : 'preliminary',
      code: cc(ACode.alert(a.rule), alertHeadline(a)),
      severity: a.severity === 'high' ? 'high' : 'moderate',
      patient: subject,
      identifiedDateTime: view.asOf,
      author: { reference: deviceRef },
      ...(refs.length ? { evidence: [{ detail: refs.map((x) => ({ reference: x })) }] } : {}),
      detail: `${alertHeadline(a)}. ${alertDetailWords(a)}`,
      ...(doi ? { reference: `https://doi.org/${doi}` } : {}),
      text: narrative([alertHeadline(a), alertDetailWords(a)]),
    };
    b.add(`alert:${n}`, di);
  }

  // ── Provenance ──
  const targets = b.entries.map((e) => ({ reference: e.fullUrl! })).filter((t) => t.reference !== deviceRef);
  const provenance: Provenance = {
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
        who: { reference: deviceRef, display: `Heliotrope ${view.engineVersion}` },
      },
    ],
    ...(b.sources.size
      ? { entity: [...b.sources].map((r) => ({ role: 'source' as const, what: { reference: r } })) }
      : {}),
  };
  b.add('provenance', provenance);

  return {
    resourceType: 'Bundle',
    id: stableUuid(`${seed}|bundle`),
    type: 'collection',
    timestamp: recorded,
    entry: b.entries,
  };
}
