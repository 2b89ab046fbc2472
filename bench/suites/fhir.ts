/**
 * FHIR import benchmark: a realistic ~200-resource patient Bundle — a rich myositis record written by
 * caseToFhir (follow-up visits, tumour assessments, treatments) plus unrelated Synthea-like resources (vital
 * signs, encounters, other conditions, immunisations, claims) — imported, against `JSON.parse` of the same
 * Bundle text in the same run: `fhir.importPerSecond` (import of the parsed Bundle: mapping, issues,
 * provenance, case validation) and `fhir.ratioToParse` (goal ≥ 0.3), both on CPU time after a warm-up.
 * The CDS Hooks figures are in cds-hooks.ts (same Bundle).
 * @module
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCase } from '../../dist/src/case/validate.js';
import { caseToFhir } from '../../dist/src/fhir/from-case.js';
import { importFhir, parseFhirJson } from '../../dist/src/fhir/import/index.js';
import { measureCpu } from '../harness.js';

/** Suite name (key in the output). */
export const name = 'fhir';

type Json = Record<string, unknown>;
/** The benchmark patient's id. */
export const BENCH_PATIENT = 'bench-patient';
const PATIENT = BENCH_PATIENT;
const LOINC = 'http://loinc.org';
const UCUM = 'http://unitsofmeasure.org';

/** Unrelated Synthea-like resources of the same patient, `n` of them (deterministic). */
function syntheaLike(n: number): Json[] {
  const subject = { reference: `Patient/${PATIENT}` };
  const out: Json[] = [];
  const vitals: [string, string, number, string][] = [
    ['8867-4', 'Heart rate', 72, '/min'],
    ['39156-5', 'Body mass index (BMI) [Ratio]', 24.8, 'kg/m2'],
    ['8302-2', 'Body height', 164, 'cm'],
    ['29463-7', 'Body weight', 66.5, 'kg'],
  ];
  for (let i = 0; out.length < n; i++) {
    const day = `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
    const enc = `enc-${i}`;
    switch (i % 6) {
      case 0:
        out.push({
          resourceType: 'Encounter',
          id: enc,
          status: 'finished',
          class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB' },
          type: [{ text: 'General examination of patient' }],
          subject,
          period: { start: `${day}T09:00:00Z`, end: `${day}T09:30:00Z` },
        });
        break;
      case 1:
      case 2: {
        const [code, display, value, unit] = vitals[i % vitals.length]!;
        out.push({
          resourceType: 'Observation',
          id: `vital-${i}`,
          status: 'final',
          category: [
            {
              coding: [
                { system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'vital-signs' },
              ],
            },
          ],
          code: { coding: [{ system: LOINC, code, display }], text: display },
          subject,
          encounter: { reference: `Encounter/enc-${i - (i % 6)}` },
          effectiveDateTime: `${day}T09:10:00Z`,
          valueQuantity: { value: value + (i % 5) * 0.1, unit, system: UCUM, code: unit },
        });
        break;
      }
      case 3:
        out.push({
          resourceType: 'Condition',
          id: `cond-${i}`,
          clinicalStatus: {
            coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }],
          },
          verificationStatus: {
            coding: [
              { system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: 'confirmed' },
            ],
          },
          code: {
            coding: [{ system: 'http://hl7.org/fhir/sid/icd-10', code: i % 12 === 3 ? 'I10' : 'E78.5' }],
            text: i % 12 === 3 ? 'Hypertension' : 'Hyperlipidaemia',
          },
          subject,
          onsetDateTime: day,
        });
        break;
      case 4:
        out.push({
          resourceType: 'Immunization',
          id: `imm-${i}`,
          status: 'completed',
          vaccineCode: { text: 'Influenza, seasonal, injectable, preservative free' },
          patient: subject,
          occurrenceDateTime: day,
        });
        break;
      default:
        out.push({
          resourceType: 'Claim',
          id: `claim-${i}`,
          status: 'active',
          type: {
            coding: [{ system: 'http://terminology.hl7.org/CodeSystem/claim-type', code: 'professional' }],
          },
          use: 'claim',
          patient: subject,
          created: day,
          provider: { display: 'General practice' },
          priority: {
            coding: [{ system: 'http://terminology.hl7.org/CodeSystem/processpriority', code: 'normal' }],
          },
          insurance: [{ sequence: 1, focal: true, coverage: { display: 'Insurer' } }],
        });
    }
  }
  return out;
}

/** The benchmark Bundle: the rich record and unrelated resources, 200 in all. */
export function benchBundle(): Json {
  const file = fileURLToPath(
    new URL('../../src/monitoring/__fixtures__/leiomyosarcoma-course.json', import.meta.url),
  );
  const record = caseToFhir(parseCase(JSON.parse(readFileSync(file, 'utf8')), 'bench'), {
    patientId: PATIENT,
  });
  const resources = [...(record.entry ?? []).map((e) => e.resource as unknown as Json)];
  resources.push(...syntheaLike(200 - resources.length));
  return {
    resourceType: 'Bundle',
    type: 'collection',
    entry: resources.map((r) => ({
      fullUrl: `urn:heliotrope:${String(r.resourceType)}/${String(r.id)}`,
      resource: r,
    })),
  };
}

/** Runs the suite. */
export async function run(): Promise<Record<string, unknown>> {
  const bundle = benchBundle();
  const text = JSON.stringify(bundle);
  const parsed = JSON.parse(text) as Json;
  const check = importFhir(parsed);
  // CPU time, each operation warmed up first: the import reaches its optimised speed only after a few hundred
  // runs (the first dozens run at a third of it).
  const parse = measureCpu(() => JSON.parse(text), 2000, 300);
  const imp = measureCpu(() => importFhir(parsed), 2000, 300);
  const fromText = measureCpu(() => importFhir(parseFhirJson(text, 'bench')), 2000, 100);
  return {
    resources: (bundle.entry as unknown[]).length,
    bundleBytes: text.length,
    used: check.stats.used,
    parsePerSecond: Math.round(parse.opsPerSecond),
    importPerSecond: Math.round(imp.opsPerSecond),
    importFromTextPerSecond: Math.round(fromText.opsPerSecond),
    ratioToParse: Number((imp.opsPerSecond / parse.opsPerSecond).toFixed(3)),
    goal: { ratioToParse: 0.3 },
  };
}
