import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bundle, CodeSystem, Observation } from '@medplum/fhirtypes';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apiFixture, type ApiFixture } from '../../test/api-helpers.js';
import { testBackends } from '../../test/db.js';
import { loadFhirValidators, validateFhir } from '../../test/fhir-validate.js';
import { parseCase } from '../case/validate.js';
import { caseToFhir } from '../fhir/from-case.js';

// The validators load their definitions once (slow on a busy machine): not inside a test's own timeout.
beforeAll(() => loadFhirValidators(), 180_000);

const fixture = JSON.parse(
  readFileSync(join(import.meta.dirname, '../cancer/__fixtures__/leiomyosarcoma-tif1g.json'), 'utf8'),
) as unknown;
const bundle = caseToFhir(parseCase(fixture, 'tif1g'), { patientId: 'pt-1' });

for (const backend of testBackends) {
  describe(`FHIR API on ${backend.name}`, () => {
    let f: ApiFixture;
    beforeEach(async () => {
      f = await apiFixture(backend, 'viewer');
    });
    afterEach(() => f.close());

    it('POST /api/fhir/import returns the case, each fact with its source resource, and the issues; audited', async () => {
      const r = await f.app.request('/api/fhir/import', f.json('POST', bundle));
      expect(r.status).toBe(200);
      const body = (await r.json()) as {
        case: { antibodies: { target: string; evidence: { resource: string }[] }[] };
        provenance: { path: string; resource: string }[];
        issues: unknown[];
        stats: { patient: string; resources: number };
      };
      expect(body.stats.patient).toBe('Patient/pt-1');
      expect(body.stats.resources).toBe(bundle.entry!.length);
      const tif = body.case.antibodies.findIndex((a) => a.target === 'TIF1-gamma');
      expect(tif).toBeGreaterThanOrEqual(0);
      expect(body.provenance.find((p) => p.path === `antibodies[${tif}]`)?.resource).toMatch(
        /^Observation\//,
      );
      const audit = await f.store.audit.list({});
      expect(audit.some((a) => a.action === 'fhir.import' && a.outcome === 'ok')).toBe(true);
      // No patient data in the audit detail: counts only.
      const entry = audit.find((a) => a.action === 'fhir.import')!;
      expect(Object.keys(entry.detail ?? {}).sort()).toEqual(['errors', 'resources', 'used']);
    });

    it('bad FHIR input: 422 with OperationOutcome-like issues (resource, location) and the case built from the rest', async () => {
      const bad: Bundle = {
        ...bundle,
        entry: [
          ...bundle.entry!,
          {
            resource: {
              resourceType: 'Condition',
              id: 'stu3',
              clinicalStatus: 'active',
              subject: { reference: 'Patient/pt-1' },
            } as never,
          },
        ],
      };
      const r = await f.app.request('/api/fhir/import', f.json('POST', bad));
      expect(r.status).toBe(422);
      expect(r.headers.get('content-type')).toMatch(/application\/problem\+json/);
      const p = (await r.json()) as {
        issues: { severity: string; resource?: string; path: string; message: string }[];
        case: { antibodies: unknown[] };
      };
      const err = p.issues.find((i) => i.severity === 'error')!;
      expect(err.resource).toBe('Condition/stu3');
      expect(err.message).toMatch(/STU3/);
      expect(p.case.antibodies.length).toBeGreaterThan(0);
    });

    it('not FHIR and not JSON: clear 422 / 400', async () => {
      const a = await f.app.request('/api/fhir/import', f.json('POST', { hello: 'world' }));
      expect(a.status).toBe(422);
      expect(((await a.json()) as { detail: string }).detail).toMatch(/not FHIR/);
      const b = await f.app.request('/api/fhir/import', f.json('POST', '{"resourceType": '));
      expect(b.status).toBe(400);
    });

    it('POST /api/assess takes a Bundle body and answers JSON, or FHIR on request', async () => {
      const j = await f.app.request('/api/assess?asOf=2026-01-15', f.json('POST', bundle));
      expect(j.status).toBe(200);
      const report = (await j.json()) as {
        eularAcr2017: { category: string };
        fhirImport: { stats: unknown };
      };
      expect(report.eularAcr2017.category).toBe('definite');
      expect(report.fhirImport.stats).toBeDefined();

      const asks: [string, RequestInit][] = [
        ['/api/assess', f.json('POST', bundle, { Accept: 'application/fhir+json' })],
        ['/api/assess?format=fhir', f.json('POST', bundle, { 'Content-Type': 'application/fhir+json' })],
      ];
      for (const [url, req] of asks) {
        const r = await f.app.request(url, req);
        expect(r.status).toBe(200);
        expect(r.headers.get('content-type')).toMatch(/application\/fhir\+json/);
        const out = (await r.json()) as Bundle;
        expect(validateFhir(out)).toEqual([]);
        const obs = out
          .entry!.map((e) => e.resource!)
          .filter((x): x is Observation => x.resourceType === 'Observation');
        expect(obs[0]!.subject!.reference).toBe('Patient/pt-1');
      }
    });

    it('POST /api/assess with a FHIR body: the imported case’s warnings, and ?strict=true makes them a 422', async () => {
      const contradicting = caseToFhir(
        parseCase({
          schemaVersion: '1.0',
          dates: { symptomOnset: '2021-05', diagnosis: '2020-01' },
          findings: [{ id: 'heliotrope-rash', status: 'present' }],
        }),
        { patientId: 'pt-2' },
      );
      const r = await f.app.request('/api/assess?asOf=2026-01-15', f.json('POST', contradicting));
      expect(r.status).toBe(200);
      const warnings = ((await r.json()) as { warnings: { path: string; severity: string }[] }).warnings;
      expect(warnings).toContainEqual(
        expect.objectContaining({ path: 'dates.diagnosis', severity: 'warning' }),
      );
      const strict = await f.app.request('/api/assess?strict=true', f.json('POST', contradicting));
      expect(strict.status).toBe(422);
      const issues = ((await strict.json()) as { issues: { path: string; message: string }[] }).issues;
      expect(issues).toContainEqual(
        expect.objectContaining({
          path: 'dates.diagnosis',
          message: expect.stringContaining('first symptom'),
        }),
      );
    });

    it('POST /api/assess?format=fhir with a case document exports it with its own Patient', async () => {
      const r = await f.app.request('/api/assess?format=fhir&asOf=2026-01-15', f.json('POST', fixture));
      expect(r.status).toBe(200);
      const out = (await r.json()) as Bundle;
      expect(validateFhir(out)).toEqual([]);
      expect(out.entry!.filter((e) => e.resource!.resourceType === 'Patient')).toHaveLength(1);
    });

    it('GET /api/fhir/CodeSystem/assessment serves the code system', async () => {
      const r = await f.app.request('/api/fhir/CodeSystem/assessment', {
        headers: { Authorization: `Bearer ${f.token}` },
      });
      expect(r.status).toBe(200);
      const cs = (await r.json()) as CodeSystem;
      expect(cs.resourceType).toBe('CodeSystem');
      expect(cs.concept!.some((c) => c.code === 'eular-acr-2017:probable')).toBe(true);
    });

    it('the FHIR routes need a login', async () => {
      const r = await f.app.request('/api/fhir/import', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(bundle),
      });
      expect(r.status).toBe(401);
    });
  });
}
