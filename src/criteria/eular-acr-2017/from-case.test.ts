import { describe, expect, it } from 'vitest';
import { parseCase } from '../../case/validate.js';
import { eularInputsFromCase } from './from-case.js';

const base = { schemaVersion: '1.0' as const };

describe('EULAR/ACR inputs from a case', () => {
  it('a recorded absent finding stays absent when no strength grade speaks to it', () => {
    const c = parseCase({ ...base, findings: [{ id: 'neck-flexor-weakness', status: 'absent' }] });
    expect(eularInputsFromCase(c).values['neck-flexor-weakness']).toBe('no');
  });

  it('grades showing weakness make the item present even if a finding says absent', () => {
    const c = parseCase({
      ...base,
      findings: [{ id: 'proximal-weakness-upper', status: 'absent' }],
      strength: [{ group: 'proximal-upper', grade: '4/5' }],
    });
    const d = eularInputsFromCase(c);
    expect(d.values['proximal-weakness-upper']).toBe('yes');
    expect(d.evidence['proximal-weakness-upper']!.map((e) => e.path)).toEqual(['strength[0]']);
  });

  it('neither a finding nor grades: unknown', () => {
    expect(eularInputsFromCase(parseCase(base)).values['neck-flexor-weakness']).toBe('unknown');
  });

  it('neck flexors graded weaker than extensors: present', () => {
    const c = parseCase({
      ...base,
      strength: [
        { group: 'neck-flexors', grade: '3' },
        { group: 'neck-extensors', grade: '5' },
      ],
    });
    expect(eularInputsFromCase(c).values['neck-flexor-weakness']).toBe('yes');
  });

  it('biopsy features are read only when the biopsy was done; not done selects the model without biopsy', () => {
    const done = parseCase({
      ...base,
      muscleBiopsy: { performed: 'done', features: { rimmedVacuoles: 'absent' } },
    });
    expect(eularInputsFromCase(done).values).toMatchObject({
      'muscle-biopsy': 'done',
      'biopsy-rimmed-vacuoles': 'no',
      'biopsy-endomysial-infiltrate': 'unknown',
    });
    const notDone = parseCase({ ...base, muscleBiopsy: { performed: 'not-done' } });
    expect(eularInputsFromCase(notDone).values['muscle-biopsy']).toBe('not-done');
  });
});
