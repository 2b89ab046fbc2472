import { describe, expect, it } from 'vitest';
import { checkUcumUnit } from '../../case/validate.js';
import { KNOWN_FINDING_IDS } from '../../case/schema.js';
import { ANALYTE_NAMES, ANTIBODY_NAMES, canonicalAntibody, canonicalAnalyte } from '../../facts/names.js';
import { ANTIBODY_CONCEPTS } from './antibodies.js';
import { LAB_CONCEPTS } from './labs.js';
import { tokenize } from '../tokenize.js';
import { DOSE_UNIT_TO_UCUM, UNIT_TO_UCUM } from '../extractors/units.js';
import { INTERNAL_FINDINGS } from '../extractors/findings.js';
import { FINDING_CODES } from './findings.js';
import { CONCEPTS, lexicon } from './index.js';

const match = (text: string) =>
  lexicon()
    .findAll(tokenize(text))
    .map((m) => m.entries.map((e) => `${e.kind}:${e.value}`).join('|'));

describe('lexicon', () => {
  it('matches the spellings of TIF1-gamma', () => {
    for (const t of [
      'TIF1γ',
      'TIF1-gamma',
      'TIF-1γ',
      'anti-p155/140',
      'transcription intermediary factor-1 gamma',
      'TIF1 gamma',
    ]) {
      expect(match(t)).toContain('antibody:TIF1-gamma');
    }
  });
  it('matches British and American spellings and hyphenation alike', () => {
    expect(match('periorbital oedema')).toEqual(['finding:periorbital-oedema']);
    expect(match('periorbital edema')).toEqual(['finding:periorbital-oedema']);
    expect(match('c-reactive protein')).toEqual(['lab:CRP']);
    expect(match('Gottron papules')).toEqual(['finding:gottron-papules']);
    expect(match('Gottron’s papules')).toEqual(['finding:gottron-papules']);
    expect(match('necrotic muscle fibres')).toEqual(['biopsy-feature:necrosis']);
  });
  it('prefers the longest match ("febrile neutropenia" is not fever)', () => {
    expect(match('febrile neutropenia')).toEqual(['finding:febrile-neutropenia']);
  });
  it('has unique concept ids and well-formed codes', () => {
    const ids = CONCEPTS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of [...CONCEPTS, ...Object.values(FINDING_CODES).map((codes) => ({ codes }))]) {
      if (c.codes?.hpo) expect(c.codes.hpo).toMatch(/^HP:\d{7}$/);
      if (c.codes?.snomed) expect(c.codes.snomed).toMatch(/^\d{6,18}$/);
      if (c.codes?.loinc) expect(c.codes.loinc).toMatch(/^\d{1,7}-\d$/);
    }
  });
  it('uses the case model finding ids and canonical analyte / antibody names', () => {
    const internal = new Set([...INTERNAL_FINDINGS, 'arthralgia']);
    for (const c of CONCEPTS.filter((x) => x.kind === 'finding' && !internal.has(x.value)))
      expect(KNOWN_FINDING_IDS).toContain(c.value);
    for (const id of Object.keys(FINDING_CODES))
      expect([...KNOWN_FINDING_IDS, 'arthralgia'] as string[]).toContain(id);
    for (const c of CONCEPTS.filter((x) => x.kind === 'antibody'))
      expect(canonicalAntibody(c.value)).toBe(c.value);
    for (const c of CONCEPTS.filter((x) => x.kind === 'lab')) expect(canonicalAnalyte(c.value)).toBe(c.value);
  });
  it('maps every written unit to a valid UCUM code', () => {
    for (const u of [...Object.values(UNIT_TO_UCUM), ...Object.values(DOSE_UNIT_TO_UCUM)])
      expect(checkUcumUnit(u), u).toBeUndefined();
  });
});

describe('labs and antibodies come from the facts name tables', () => {
  it('the extraction lexicon matches exactly the running-text forms of the same tables', () => {
    for (const [concepts, table] of [
      [LAB_CONCEPTS, ANALYTE_NAMES],
      [ANTIBODY_CONCEPTS, ANTIBODY_NAMES],
    ] as const) {
      for (const n of table) {
        const c = concepts.find((x) => x.value === n.name);
        if (!n.terms.length) expect(c).toBeUndefined();
        // running text: the terms, and the condition words read only beside a value (`valueOnly`); an antibody's
        // terms also with the prefix written onto them ("antisignal recognition particle")
        else if (table === ANTIBODY_NAMES)
          expect(c?.terms).toEqual([
            ...n.terms,
            ...n.terms.filter((t) => /^[a-z]/i.test(t) && !/^anti/i.test(t)).map((t) => `anti${t}`),
          ]);
        else expect(c?.terms).toEqual([...n.terms, ...(n.valueOnly ?? [])]);
        for (const f of n.fieldOnly ?? []) expect(concepts.some((x) => x.terms.includes(f))).toBe(false);
      }
      expect(concepts.length).toBe(table.filter((n) => n.terms.length).length);
    }
    expect(LAB_CONCEPTS.find((c) => c.value === 'CK')?.codes?.loinc).toBe('2157-6');
  });
});
