import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bundle, Observation } from '@medplum/fhirtypes';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../../test/cli-io.js';
import { loadFhirValidators, validateFhir } from '../../../test/fhir-validate.js';
import { parseCase } from '../../case/validate.js';
import { caseToFhir } from '../../fhir/from-case.js';

// The validators load their definitions once (slow on a busy machine): not inside a test's own timeout.
beforeAll(() => loadFhirValidators(), 180_000);

const fixture = join(import.meta.dirname, '../../cancer/__fixtures__/leiomyosarcoma-tif1g.json');

describe('heliotrope assess --format fhir', () => {
  it('exports a case file as a valid FHIR R4 Bundle with its own Patient', async () => {
    const r = await cli(['assess', fixture, '--format', 'fhir', '--as-of', '2026-01-15']);
    expect(r.code).toBe(0);
    const b = JSON.parse(r.out) as Bundle;
    expect(b.resourceType).toBe('Bundle');
    expect(validateFhir(b)).toEqual([]);
    expect(b.entry!.filter((e) => e.resource!.resourceType === 'Patient')).toHaveLength(1);
    expect(b.timestamp).toBe('2026-01-15T00:00:00Z');
  });

  it('exports an imported FHIR Bundle linked to the input Patient and resources', async () => {
    const input = caseToFhir(parseCase(JSON.parse(readFileSync(fixture, 'utf8')), 'x'), {
      patientId: 'ehr-9',
    });
    const r = await cli(['assess', 'in.json', '--format', 'fhir'], {
      files: { 'in.json': JSON.stringify(input) },
    });
    expect(r.code).toBe(0);
    const b = JSON.parse(r.out) as Bundle;
    expect(validateFhir(b)).toEqual([]);
    expect(b.entry!.some((e) => e.resource!.resourceType === 'Patient')).toBe(false);
    const obs = b
      .entry!.map((e) => e.resource!)
      .filter((x): x is Observation => x.resourceType === 'Observation');
    expect(obs.every((o) => o.subject?.reference === 'Patient/ehr-9')).toBe(true);
    expect(obs.some((o) => (o.derivedFrom ?? []).length > 0)).toBe(true);
  });

  it('refuses an unknown format and a contradiction, with exit code 2', async () => {
    const a = await cli(['assess', fixture, '--format', 'xml']);
    expect(a.code).toBe(2);
    expect(a.err).toMatch(/--format: "xml" is not one of text, json, fhir/);
    const b = await cli(['assess', fixture, '--json', '--format', 'fhir']);
    expect(b.code).toBe(2);
    expect(b.err).toMatch(/contradict/);
  });
});
