import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkFhirBase, DEFAULT_FHIR_BASE, EXTENSION, HELIOTROPE_FHIR_BASE, SYSTEM } from './systems.js';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('canonical base of Heliotrope FHIR artefacts', () => {
  it('defaults to a base under the reserved .invalid domain, used by every Heliotrope URI', () => {
    expect(new URL(DEFAULT_FHIR_BASE).hostname.endsWith('.invalid')).toBe(true);
    expect(HELIOTROPE_FHIR_BASE).toBe(DEFAULT_FHIR_BASE);
    expect(SYSTEM.heliotrope).toBe(`${DEFAULT_FHIR_BASE}/CodeSystem/case`);
    for (const url of Object.values(EXTENSION).filter((u) => !u.startsWith('http://hl7.org/')))
      expect(url.startsWith(`${DEFAULT_FHIR_BASE}/StructureDefinition/`)).toBe(true);
  });

  it('checks a configured base: absolute http(s), no query, fragment or "|"; trailing slash dropped', () => {
    expect(checkFhirBase('https://fhir.hospital.test/heliotrope/')).toBe(
      'https://fhir.hospital.test/heliotrope',
    );
    for (const bad of [
      'fhir/heliotrope',
      'ftp://x.test/fhir',
      'https://x.test/fhir?a=1',
      'https://x.test/f#h',
      'urn:x|1',
    ])
      expect(() => checkFhirBase(bad), bad).toThrow(/HELIOTROPE_FHIR_BASE/);
  });

  it('HELIOTROPE_FHIR_BASE re-bases the export, the assessment CodeSystem and the import reads its own codes back', async () => {
    vi.stubEnv('HELIOTROPE_FHIR_BASE', 'https://terminology.hospital.test/fhir/');
    vi.resetModules();
    const systems = await import('./systems.js');
    const { caseToFhir } = await import('./from-case.js');
    const { importFhir } = await import('./import/index.js');
    const { assessmentCodeSystem } = await import('./export/code-system.js');
    const { parseCase } = await import('../case/validate.js');
    expect(systems.SYSTEM.heliotrope).toBe('https://terminology.hospital.test/fhir/CodeSystem/case');
    expect(assessmentCodeSystem().url).toBe('https://terminology.hospital.test/fhir/CodeSystem/assessment');
    const c = parseCase(
      {
        schemaVersion: '1.0',
        patient: { sex: 'female', familyHistoryOfCancer: 'no', highNpcRiskRegion: true },
        findings: [{ id: 'gottron-papules', status: 'present' }],
      },
      'case',
    );
    const bundle = caseToFhir(c);
    const text = JSON.stringify(bundle);
    expect(text).toContain('https://terminology.hospital.test/fhir/CodeSystem/case');
    expect(text).not.toContain(DEFAULT_FHIR_BASE);
    const back = importFhir(bundle).case;
    expect(back.patient).toMatchObject({ familyHistoryOfCancer: 'no', highNpcRiskRegion: true });
    expect(back.findings).toMatchObject([{ id: 'gottron-papules', status: 'present' }]);
  });

  it('an invalid HELIOTROPE_FHIR_BASE stops the CLI with a clear message and exit code 2, no stack trace', async () => {
    vi.stubEnv('HELIOTROPE_FHIR_BASE', 'not a url');
    vi.resetModules();
    const { cli } = await import('../../test/cli-io.js');
    const r = await cli(['import', 'in.json'], { files: { 'in.json': '{"resourceType":"Patient"}' } });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^heliotrope: HELIOTROPE_FHIR_BASE="not a url" is not an absolute URL/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});
