import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assessCase } from '../assess/assess.js';
import { parseCase } from '../case/validate.js';
import { demoCases } from '../server/demo-cases.js';
import { loadFhirValidators, validateFhir } from '../../test/fhir-validate.js';
import { caseToFhir } from './from-case.js';
import { importFhir } from './import/index.js';

// The validators load their definitions once (slow on a busy machine): not inside a test's own timeout.
beforeAll(() => loadFhirValidators(), 180_000);

const root = join(import.meta.dirname, '..');
const fixtureDirs = ['criteria/__fixtures__', 'cancer/__fixtures__', 'monitoring/__fixtures__'];
const fixtures = fixtureDirs.flatMap((d) =>
  readdirSync(join(root, d))
    .filter((f) => f.endsWith('.json') && !f.startsWith('invalid'))
    .map((f) => ({ name: `${d}/${f}`, doc: JSON.parse(readFileSync(join(root, d, f), 'utf8')) as unknown })),
);
const cases = [...fixtures, ...demoCases.map((doc, i) => ({ name: `demo case ${i + 1}`, doc: doc }))];

/** The report without what is provenance by design: the case itself, and the stage of each piece of evidence. */
function results(report: unknown): unknown {
  return JSON.parse(
    JSON.stringify(report, (k, v: unknown) =>
      k === 'case' || k === 'stage' || k === 'spans' ? undefined : v,
    ),
  );
}

describe('case → FHIR Bundle → import → assess', () => {
  it('covers both seed cases, every demo case and the other fixtures', () => {
    expect(cases.filter((c) => c.name.includes('seed-')).length).toBe(2);
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  for (const { name, doc } of cases) {
    it(`${name}: same assessment, and the Bundle validates against FHIR R4`, () => {
      const original = parseCase(doc, name);
      const bundle = caseToFhir(original);
      expect(validateFhir(bundle)).toEqual([]);
      const imported = importFhir(bundle);
      expect(imported.issues.filter((i) => i.severity !== 'information')).toEqual([]);
      for (const k of [
        'findings',
        'labs',
        'antibodies',
        'cancers',
        'treatments',
        'investigations',
        'visits',
        'tumourAssessments',
      ] as const)
        expect(imported.case[k].length, k).toBe(original[k].length);
      const asOf = '2026-01-15';
      expect(Object.keys(results(assessCase(original, { asOf })) as object)).toContain('eularAcr2017');
      expect(results(assessCase(imported.case, { asOf }))).toEqual(results(assessCase(original, { asOf })));
    });
  }
});
