import { describe, expect, it } from 'vitest';
import { parseCase } from '../case/validate.js';
import {
  ageAtOnsetFact,
  antibodyFact,
  enzymesElevatedFact,
  factOr,
  factSources,
  findingFact,
  labElevation,
  strengthWeakFact,
  weakerThanFact,
} from './facts.js';
import { canonicalAnalyte, canonicalAntibody } from './names.js';

const base = { schemaVersion: '1.0' as const };

describe('lab elevation: derived from value and upper limit, never guessed', () => {
  it('above, at and below the upper limit', () => {
    expect(labElevation({ analyte: 'CK', value: 201, referenceRange: { high: 200 } }).status).toBe('met');
    expect(labElevation({ analyte: 'CK', value: 200, referenceRange: { high: 200 } }).status).toBe('not-met');
    expect(labElevation({ analyte: 'CK', value: 199, referenceRange: { high: 200 } }).status).toBe('not-met');
  });
  it('a value without a limit is unknown; a stated interpretation is used and flagged when inferred', () => {
    expect(labElevation({ analyte: 'CK', value: 5000 }).status).toBe('unknown');
    expect(labElevation({ analyte: 'CK', interpretation: 'elevated', inferred: true })).toMatchObject({
      status: 'met',
      inferred: true,
    });
  });
  it('comparators: "< 4" is within a limit of 5; "> 1000" with limit 200 is elevated', () => {
    expect(
      labElevation({ analyte: 'CRP', value: 4, comparator: '<', referenceRange: { high: 5 } }).status,
    ).toBe('not-met');
    expect(
      labElevation({ analyte: 'CK', value: 1000, comparator: '>', referenceRange: { high: 200 } }).status,
    ).toBe('met');
    expect(
      labElevation({ analyte: 'CK', value: 300, comparator: '<', referenceRange: { high: 200 } }).status,
    ).toBe('unknown');
  });
});

describe('enzymes', () => {
  const c = (labs: object[]) => parseCase({ ...base, labs });
  it('any enzyme above its limit → met, with that evidence only', () => {
    const f = enzymesElevatedFact(
      c([
        { analyte: 'creatine kinase', value: 100, referenceRange: { high: 200 } },
        { analyte: 'SGPT', value: 61, referenceRange: { high: 49 } },
      ]),
      ['CK', 'LDH', 'AST', 'ALT'],
    );
    expect(f.status).toBe('met');
    expect(f.evidence.map((e) => e.path)).toEqual(['labs[1]']);
  });
  it('all enzymes known normal → not-met; some not measured → unknown', () => {
    const normal = (a: string) => ({ analyte: a, value: 10, referenceRange: { high: 50 } });
    expect(
      enzymesElevatedFact(c(['CK', 'LDH', 'AST', 'ALT'].map(normal)), ['CK', 'LDH', 'AST', 'ALT']).status,
    ).toBe('not-met');
    expect(enzymesElevatedFact(c(['CK', 'ALT'].map(normal)), ['CK', 'LDH', 'AST', 'ALT']).status).toBe(
      'unknown',
    );
    expect(enzymesElevatedFact(c([]), ['CK']).status).toBe('unknown');
  });
  it('a result stated for the muscle enzymes as a group stands for each enzyme, marked inferred (session 45)', () => {
    const items = ['CK', 'LDH', 'AST', 'ALT'];
    const raised = enzymesElevatedFact(c([{ analyte: 'muscle enzymes', interpretation: 'elevated' }]), items);
    expect(raised.status).toBe('met');
    expect(raised.evidence).toEqual([expect.objectContaining({ path: 'labs[0]', inferred: true })]);
    expect(
      enzymesElevatedFact(c([{ analyte: 'serum muscle enzymes', interpretation: 'normal' }]), items).status,
    ).toBe('not-met');
    // a named enzyme above its limit meets the item whatever the group's statement
    expect(
      enzymesElevatedFact(
        c([
          { analyte: 'muscle enzymes', interpretation: 'normal' },
          { analyte: 'CK', value: 900, referenceRange: { high: 200 } },
        ]),
        items,
      ).status,
    ).toBe('met');
    // control: liver enzymes are not the group
    expect(
      enzymesElevatedFact(c([{ analyte: 'liver enzymes', interpretation: 'elevated' }]), items).status,
    ).toBe('unknown');
  });
});

describe('findings, strength, antibodies', () => {
  it('finding present/absent/unknown/uncertain/not recorded', () => {
    const c = parseCase({
      ...base,
      findings: [
        { id: 'dysphagia', status: 'absent' },
        { id: 'fever', status: 'uncertain', reason: 'hedged' },
      ],
    });
    expect(findingFact(c, 'dysphagia').status).toBe('not-met');
    expect(findingFact(c, 'fever')).toMatchObject({ status: 'unknown', evidence: [{ note: 'hedged' }] });
    expect(findingFact(c, 'heliotrope-rash').status).toBe('unknown');
  });
  it('MRC grades: below 5 is weak, 5 is normal, ungraded is unknown', () => {
    const c = parseCase({
      ...base,
      strength: [
        { group: 'proximal-upper', grade: '4+/5' },
        { group: 'proximal-lower', grade: '5/5' },
        { group: 'neck-flexors', grade: '3' },
        { group: 'neck-extensors', grade: '5' },
      ],
    });
    expect(strengthWeakFact(c, 'proximal-upper').status).toBe('met');
    expect(strengthWeakFact(c, 'proximal-lower').status).toBe('not-met');
    expect(strengthWeakFact(c, 'distal-lower').status).toBe('unknown');
    expect(weakerThanFact(c, 'neck-flexors', 'neck-extensors').status).toBe('met');
    expect(weakerThanFact(c, 'neck-extensors', 'neck-flexors').status).toBe('not-met');
  });
  it('combining sources of one fact: a source without data does not blur a known answer', () => {
    const unknown = { status: 'unknown' as const, evidence: [] };
    const absent = { status: 'not-met' as const, evidence: [{ path: 'findings[0]' }] };
    expect(factSources(absent, unknown).status).toBe('not-met');
    expect(factOr(absent, unknown).status).toBe('unknown');
  });
  it('antibody names are canonical', () => {
    const c = parseCase({
      ...base,
      antibodies: [
        { target: 'anti-TIF1γ', result: 'positive' },
        { target: 'anti-Jo1', result: 'negative' },
      ],
    });
    expect(antibodyFact(c, 'TIF1-gamma').status).toBe('met');
    expect(antibodyFact(c, 'Jo-1').status).toBe('not-met');
    expect(antibodyFact(c, 'NXP2').status).toBe('unknown');
    expect(canonicalAntibody('anti-p155/140')).toBe('TIF1-gamma');
    // another member of the TIF1 family is never the cancer-associated TIF1γ (its Greek letter is kept)
    expect(canonicalAntibody('anti-TIF1β')).toBe('TIF1-beta');
    expect(canonicalAntibody('TIF1γ')).toBe('TIF1-gamma');
    expect(canonicalAntibody('Anti-Mi2 antibody')).toBe('Mi-2');
    expect(canonicalAnalyte('Creatine Kinase')).toBe('CK');
  });
});

describe('age at onset', () => {
  it('prefers the recorded onset age, then birth and onset dates, then age at presentation (flagged)', () => {
    expect(ageAtOnsetFact(parseCase({ ...base, patient: { age: 50, ageAtOnset: 49 } })).value).toBe(49);
    expect(
      ageAtOnsetFact(
        parseCase({ ...base, patient: { birthDate: '1980-06-15' }, dates: { symptomOnset: '2020-06-14' } }),
      ).value,
    ).toBe(39);
    const fromAge = ageAtOnsetFact(parseCase({ ...base, patient: { age: 50 } }));
    expect(fromAge).toMatchObject({ value: 50, evidence: [{ inferred: true }] });
  });
  it('dates too imprecise to decide the age give unknown', () => {
    expect(
      ageAtOnsetFact(parseCase({ ...base, patient: { birthDate: '1980' }, dates: { symptomOnset: '2020' } }))
        .value,
    ).toBeNull();
  });
});
