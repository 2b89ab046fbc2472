import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessCase } from '../assess/assess.js';
import { assessRow, buildResultRow, type ResultRow } from '../assess/population-results/row.js';
import type { Case } from '../case/schema.js';
import { parseCase } from '../case/validate.js';
import { demoCases } from '../server/demo-cases.js';
import { PopulationModel } from '../population/model.js';
import { patientToFhir } from '../population/to-fhir.js';
import { defaultImporter, type FhirResource } from './importer.js';
import { assessResources } from './patient.js';

const model = new PopulationModel({ seed: 'row-projection', referenceDate: '2026-01-01' });
const PATIENTS = 300;

/** One generated patient's resources, the Patient first, as a population run hands them to the import. */
function resourcesOf(i: number): FhirResource[] {
  const all = Object.values(patientToFhir(model.patient(i), { seed: 11 })).flat() as FhirResource[];
  const patient = all.filter((r) => r.resourceType === 'Patient');
  return [...patient, ...all.filter((r) => r.resourceType !== 'Patient')];
}

describe('assessRow (the row from only the sections it reads)', () => {
  it('equals the row taken from the whole report on a generated population', () => {
    const rows: ResultRow[] = [];
    for (let i = 0; i < PATIENTS; i++) {
      const resources = resourcesOf(i);
      const imported = defaultImporter(resources);
      expect(imported.validated).toBe(true);
      const c = imported.case as Case;
      const meta = { patientId: `p${i}`, mrn: null, issues: imported.issues.length };
      // Two reference days: the generator's, and five years later (schedules over, more items overdue).
      for (const asOf of ['2026-01-01', '2031-01-01']) {
        const projected = assessRow(c, asOf, meta);
        const whole = buildResultRow(assessCase(c, { asOf }), meta);
        // Byte for byte as the run writes it (key order included).
        expect(JSON.stringify(projected)).toBe(JSON.stringify(whole));
        rows.push(projected);
      }
      // The pipeline's own path gives that row too.
      const piped = assessResources(resources, defaultImporter, '2026-01-01', `p${i}`);
      expect(piped.mrn).toMatch(/^MRN/);
      expect(piped).toEqual(
        buildResultRow(assessCase(c, { asOf: '2026-01-01' }), { ...meta, mrn: piped.mrn }),
      );
    }
    // The population exercises every part of the row (otherwise the comparison above proves little).
    expect(rows.filter((r) => r.error !== undefined)).toHaveLength(0);
    expect(rows.filter((r) => r.overdue.length > 0).length).toBeGreaterThan(10);
    expect(rows.filter((r) => r.due.length > 0).length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.screeningEnded).length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.cancerProbabilityStatus === 'cancer-known').length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.cancerProbability !== null).length).toBeGreaterThan(10);
    expect(new Set(rows.map((r) => r.eularCategory)).size).toBeGreaterThan(3);
    expect(new Set(rows.map((r) => r.imacsTier)).size).toBeGreaterThan(2);
  });

  it('equals the row taken from the whole report on every fixture and demo case', () => {
    const cases: unknown[] = [...demoCases];
    for (const rel of [
      '../criteria/__fixtures__/',
      '../cancer/__fixtures__/',
      '../monitoring/__fixtures__/',
    ]) {
      const dir = new URL(rel, import.meta.url);
      for (const f of readdirSync(dir).sort())
        if (f.endsWith('.json') && !f.startsWith('invalid'))
          cases.push(JSON.parse(readFileSync(new URL(f, dir), 'utf8')));
    }
    expect(cases.length).toBeGreaterThan(8);
    const rows: ResultRow[] = [];
    for (const doc of cases) {
      const c = parseCase(doc);
      for (const asOf of ['2024-06-30', '2026-11-21', '2031-01-01']) {
        const meta = { patientId: 'f', mrn: 'M', issues: 1 };
        const projected = assessRow(c, asOf, meta);
        expect(JSON.stringify(projected)).toBe(JSON.stringify(buildResultRow(assessCase(c, { asOf }), meta)));
        rows.push(projected);
      }
    }
    // The follow-up courses raise warning alerts: the monitoring section's part of the row is compared too.
    expect(rows.filter((r) => r.alerts.length > 0).length).toBeGreaterThan(0);
  });

  it('throws for a reference day that is not a calendar day, as the whole assessment does', () => {
    const c = defaultImporter(resourcesOf(0)).case as Case;
    const meta = { patientId: 'p', issues: 0 };
    expect(() => assessCase(c, { asOf: '2026-13-01' })).toThrow(/asOf/);
    expect(() => assessRow(c, '2026-13-01', meta)).toThrow(/asOf/);
  });
});
