import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type {
  Bundle,
  CarePlan,
  CodeableConcept,
  DetectedIssue,
  Observation,
  Provenance,
  Resource,
  RiskAssessment,
  ServiceRequest,
} from '@medplum/fhirtypes';
import { beforeAll, describe, expect, it } from 'vitest';
import { assessCase } from '../../assess/assess.js';
import type { ImacsSection } from '../../cancer/imacs-2023/from-case.js';
import type { CancerProbabilityResult } from '../../cancer/probability/probability.js';
import { parseCase } from '../../case/validate.js';
import type { EularResult } from '../../criteria/eular-acr-2017/evaluate.js';
import type { MonitoringResult } from '../../monitoring/index.js';
import { demoCases } from '../../server/demo-cases.js';
import { loadFhirValidators, validateFhir } from '../../../test/fhir-validate.js';
import { caseToFhir } from '../from-case.js';
import { importFhir } from '../import/index.js';
import { assessmentToFhir, EXPORT_EXTENSION } from './assessment.js';
import { ASSESSMENT_SYSTEM, assessmentCodeSystem, assessmentConcepts } from './code-system.js';

// The validators load their definitions once (slow on a busy machine): not inside a test's own timeout.
beforeAll(() => loadFhirValidators(), 180_000);

const root = join(import.meta.dirname, '../..');
const fixtureDirs = ['criteria/__fixtures__', 'cancer/__fixtures__', 'monitoring/__fixtures__'];
const cases = [
  ...fixtureDirs.flatMap((d) =>
    readdirSync(join(root, d))
      .filter((f) => f.endsWith('.json') && !f.startsWith('invalid'))
      .map((f) => ({
        name: `${d}/${f}`,
        doc: JSON.parse(readFileSync(join(root, d, f), 'utf8')) as unknown,
      })),
  ),
  ...demoCases.map((doc, i) => ({ name: `demo case ${i + 1}`, doc: doc })),
];
const asOf = '2026-01-15';

const resources = (b: Bundle): Resource[] => (b.entry ?? []).map((e) => e.resource!);
const ofType = <T extends Resource>(b: Bundle, t: T['resourceType']): T[] =>
  resources(b).filter((r): r is T => r.resourceType === t);
const codeOf = (c: CodeableConcept | undefined) =>
  c?.coding?.find((x) => x.system === ASSESSMENT_SYSTEM)?.code;

/** Every coding of a system in a JSON value. */
function codings(v: unknown, system: string, out: string[] = []): string[] {
  if (Array.isArray(v)) v.forEach((x) => codings(x, system, out));
  else if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (o.system === system && typeof o.code === 'string') out.push(o.code);
    Object.values(o).forEach((x) => codings(x, system, out));
  }
  return out;
}

describe('assessment → FHIR R4 Bundle', () => {
  it('the assessment code system validates and lists every code the exports use', () => {
    const cs = assessmentCodeSystem();
    expect(validateFhir(cs)).toEqual([]);
    expect(cs.count).toBe(cs.concept!.length);
    expect(new Set(cs.concept!.map((c) => c.code)).size).toBe(cs.concept!.length);
  });

  for (const { name, doc } of cases) {
    it(`${name}: the export validates with both validators and mirrors the report`, () => {
      const c = parseCase(doc, name);
      const report = assessCase(c, { asOf });
      const bundle = assessmentToFhir(report);
      expect(validateFhir(bundle)).toEqual([]);
      const known = assessmentConcepts();
      for (const code of codings(bundle, ASSESSMENT_SYSTEM)) expect(known.has(code), code).toBe(true);

      // Every reference inside the Bundle resolves to one of its entries.
      const full = new Set(bundle.entry!.map((e) => e.fullUrl));
      const refs = JSON.stringify(bundle).match(/"reference":"urn:uuid:[^"]+"/g) ?? [];
      for (const r of refs) expect(full.has(r.slice(13, -1)), r).toBe(true);

      const eular = report.eularAcr2017 as EularResult;
      const obs = ofType<Observation>(bundle, 'Observation').find(
        (o) => codeOf(o.code) === 'eular-acr-2017',
      )!;
      expect(codeOf(obs.valueCodeableConcept)).toBe(`eular-acr-2017:${eular.category}`);
      const items = obs.component!.filter((x) => codeOf(x.code)?.startsWith('eular-acr-2017:item:'));
      expect(items.map((x) => [codeOf(x.code), codeOf(x.valueCodeableConcept)])).toEqual(
        eular.items.map((i) => [`eular-acr-2017:item:${i.id}`, i.status]),
      );
      const hasMax = obs.component!.some((x) => codeOf(x.code) === 'category-max');
      const rank = ['not-met', 'possible', 'probable', 'definite'];
      expect(hasMax).toBe(rank.indexOf(eular.categoryRange.max) > rank.indexOf(eular.category));

      const prob = report.cancerProbability as CancerProbabilityResult;
      const pra = ofType<RiskAssessment>(bundle, 'RiskAssessment').find(
        (r) => codeOf(r.code) === 'cancer-probability',
      )!;
      if (prob.status === 'not-applicable') expect(pra.prediction).toBeUndefined();
      else expect(pra.prediction![0]!.probabilityDecimal).toBeCloseTo(prob.posterior * 100, 1);

      const imacs = report.imacs2023 as ImacsSection;
      const ira = ofType<RiskAssessment>(bundle, 'RiskAssessment').find(
        (r) => codeOf(r.code) === 'imacs-2023',
      )!;
      expect(codeOf(ira.prediction![0]!.qualitativeRisk)).toBe(`imacs-2023:tier:${imacs.tier}`);
      const plans = ofType<CarePlan>(bundle, 'CarePlan');
      const requests = ofType<ServiceRequest>(bundle, 'ServiceRequest');
      if (imacs.plan.mode === 'screening') {
        const shown = imacs.plan.items.filter((i) => i.status !== 'not-applicable');
        expect(plans).toHaveLength(1);
        expect(plans[0]!.activity ?? []).toHaveLength(shown.length);
        expect(
          requests.map(
            (s) => s.extension!.find((e) => e.url === EXPORT_EXTENSION.screeningStatus)!.valueCode,
          ),
        ).toEqual(shown.map((i) => i.status));
        expect(requests.map((s) => s.occurrencePeriod?.end)).toEqual(shown.map((i) => i.due?.latest));
      } else {
        expect(plans).toHaveLength(0);
        expect(requests).toHaveLength(0);
      }

      const alerts = (report.monitoring as MonitoringResult).alerts.alerts.filter(
        (a) => a.severity !== 'information',
      );
      const issues = ofType<DetectedIssue>(bundle, 'DetectedIssue');
      expect(issues.map((d) => codeOf(d.code))).toEqual(alerts.map((a) => `alert:${a.rule}`));

      const prov = ofType<Provenance>(bundle, 'Provenance');
      expect(prov).toHaveLength(1);
      expect(prov[0]!.agent[0]!.who.display).toBe(`Heliotrope ${report.engine.version}`);
      expect(prov[0]!.target).toHaveLength(bundle.entry!.length - 2); // all but the Device and itself
      // A case that did not come from FHIR cites no input resource.
      expect(prov[0]!.entity).toBeUndefined();
    });
  }

  it('the same report exports to the same Bundle (deterministic ids)', () => {
    const c = parseCase(demoCases[0], 'demo');
    const r = assessCase(c, { asOf });
    expect(assessmentToFhir(r)).toEqual(assessmentToFhir(r));
    const other = assessmentToFhir(assessCase(c, { asOf: '2026-01-16' }));
    expect(other.entry![0]!.fullUrl).not.toBe(assessmentToFhir(r).entry![0]!.fullUrl);
  });

  it('a flare with a known cancer is a high-severity DetectedIssue citing the visits it rests on', () => {
    const doc = JSON.parse(
      readFileSync(join(root, 'monitoring/__fixtures__/leiomyosarcoma-course.json'), 'utf8'),
    ) as unknown;
    const original = parseCase(doc, 'lms');
    const input = caseToFhir(original, { patientId: 'lms-1' });
    const imported = importFhir(input);
    const bundle = assessmentToFhir(assessCase(imported.case, { asOf }), {
      patient: imported.stats.patient!,
      provenance: imported.provenance,
    });
    expect(validateFhir(bundle)).toEqual([]);
    const [di] = ofType<DetectedIssue>(bundle, 'DetectedIssue');
    expect(codeOf(di!.code)).toBe('alert:flare-with-known-cancer');
    expect(di!.severity).toBe('high');
    expect(di!.code!.text).toBe('Myositis flare with a known cancer: consider re-staging');
    const inputRefs = new Set(resources(input).map((r) => `${r.resourceType}/${r.id}`));
    expect(di!.evidence![0]!.detail!.length).toBeGreaterThan(0);
    for (const d of di!.evidence![0]!.detail!) expect(inputRefs.has(d.reference!), d.reference).toBe(true);
  });
});

describe('round trip: FHIR Bundle → import → assess → export', () => {
  it('links every result to the input resources it was derived from, and the export validates', () => {
    const doc = JSON.parse(
      readFileSync(join(root, 'cancer/__fixtures__/leiomyosarcoma-tif1g.json'), 'utf8'),
    ) as unknown;
    const input = caseToFhir(parseCase(doc, 'tif1g'), { patientId: 'p-77' });
    const imported = importFhir(input);
    const report = assessCase(imported.case, { asOf });
    const bundle = assessmentToFhir(report, {
      patient: imported.stats.patient!,
      provenance: imported.provenance,
      recorded: '2026-01-15T10:30:00Z',
    });
    expect(validateFhir(bundle)).toEqual([]);
    const inputRefs = new Set(resources(input).map((r) => `${r.resourceType}/${r.id}`));

    // No Patient in the export: results point at the input's Patient.
    expect(ofType(bundle, 'Patient')).toHaveLength(0);
    const eular = ofType<Observation>(bundle, 'Observation').find(
      (o) => codeOf(o.code) === 'eular-acr-2017',
    )!;
    expect(eular.subject!.reference).toBe('Patient/p-77');
    expect(eular.issued).toBe('2026-01-15T10:30:00Z');
    // Every met EULAR item with a fact behind it cites that fact's resource.
    const derived = (eular.derivedFrom ?? []).map((r) => r.reference!);
    const supporting = (eular.extension ?? [])
      .filter((e) => e.url === EXPORT_EXTENSION.supportingInfo)
      .map((e) => e.valueReference!.reference!);
    expect(derived.length).toBeGreaterThan(0);
    for (const r of [...derived, ...supporting]) expect(inputRefs.has(r), r).toBe(true);
    for (const r of derived) expect(r.startsWith('Observation/')).toBe(true);
    const rashObs = input.entry!.find((e) =>
      JSON.stringify(e.resource).includes('finding-heliotrope-rash'),
    )!.resource!;
    expect(derived).toContain(`Observation/${rashObs.id}`);

    // The Provenance names every input resource cited, and only those.
    const prov = ofType<Provenance>(bundle, 'Provenance')[0]!;
    const entities = prov.entity!.map((e) => e.what.reference!);
    for (const r of entities) expect(inputRefs.has(r), r).toBe(true);
    for (const r of derived) expect(entities).toContain(r);
    expect(entities).toContain('Patient/p-77');

    // The IMACS basis cites the anti-TIF1γ result.
    const tif = input.entry!.find((e) =>
      JSON.stringify(e.resource).includes('antibody-TIF1-gamma'),
    )!.resource!;
    const imacs = ofType<RiskAssessment>(bundle, 'RiskAssessment').find(
      (r) => codeOf(r.code) === 'imacs-2023',
    )!;
    expect(imacs.basis!.map((x) => x.reference)).toContain(`Observation/${tif.id}`);
  });
});
