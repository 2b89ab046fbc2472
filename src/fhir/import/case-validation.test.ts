import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseCase, validateCase, withValidateOptions } from '../../case/validate.js';
import { demoCases } from '../../server/demo-cases.js';
import { caseToFhir } from '../from-case.js';
import { importedCaseValidation, importFhir } from './index.js';

const root = join(import.meta.dirname, '../..');
const fixtureDirs = ['criteria/__fixtures__', 'cancer/__fixtures__', 'monitoring/__fixtures__'];
const docs: unknown[] = [
  ...fixtureDirs.flatMap((d) =>
    readdirSync(join(root, d))
      .filter((f) => f.endsWith('.json') && !f.startsWith('invalid'))
      .map((f) => JSON.parse(readFileSync(join(root, d, f), 'utf8')) as unknown),
  ),
  ...demoCases,
  // Dates that contradict each other: the imported case is valid, with warnings.
  {
    schemaVersion: '1.0',
    patient: { sex: 'female', age: 40, ageAtOnset: 52 },
    dates: { symptomOnset: '2021-05', diagnosis: '2020-01' },
    findings: [{ id: 'heliotrope-rash', status: 'present' }],
  },
];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b) && isDeepStrictEqual(a, b);

describe('the FHIR import hands over the validation of its case (no second validation)', () => {
  it('is validateCase of the imported case, with and without strict', () => {
    let warned = 0;
    for (const doc of docs) {
      const r = importFhir(caseToFhir(parseCase(doc), { patientId: 'p1' }));
      const v = importedCaseValidation(r)!;
      expect(v.case).toBe(r.case);
      expect(same(v, validateCase(r.case))).toBe(true);
      expect(same(withValidateOptions(v, { strict: true }), validateCase(r.case, { strict: true }))).toBe(
        true,
      );
      if (v.issues.length > 0) warned++;
    }
    expect(warned).toBeGreaterThan(0);
  });

  it('is not given for a result whose case was replaced', () => {
    const r = importFhir(caseToFhir(parseCase(demoCases[0]), { patientId: 'p1' }));
    expect(importedCaseValidation(r)).toBeDefined();
    const other = Object.assign({}, r, { case: parseCase(demoCases[1]) });
    expect(importedCaseValidation(other)).toBeUndefined();
    r.case = parseCase(demoCases[1]);
    expect(importedCaseValidation(r)).toBeUndefined();
  });

  it('travels with the result only: not a member of it, not carried by a copy', () => {
    const r = importFhir(caseToFhir(parseCase(demoCases[0]), { patientId: 'p1' }));
    expect(Object.keys(r)).toEqual(['case', 'issues', 'provenance', 'stats']);
    expect(Object.getOwnPropertySymbols({ ...r })).toEqual([]);
    expect(importedCaseValidation({ ...r })).toBeUndefined();
    expect(importedCaseValidation(Object.create(r) as typeof r)).toBeUndefined();
    expect(importedCaseValidation(r)?.case).toBe(r.case);
  });
});
