import { describe, expect, it } from 'vitest';
import { SYSTEM } from '../systems.js';
import { canonicalSystem, lookupCode, MAPPING_TABLE } from './index.js';

describe('the mapping table look-up', () => {
  it('finds every row of the table by its system and code, the last row of a code winning', () => {
    const last = new Map<string, (typeof MAPPING_TABLE)[number]>();
    for (const r of MAPPING_TABLE) last.set(`${r.system}|${r.code}`, r);
    for (const r of last.values()) expect(lookupCode(r.system, r.code)).toBe(r);
  });

  it('resolves aliases of code systems, and ICD-10 codes by their category', () => {
    expect(canonicalSystem('urn:oid:2.16.840.1.113883.6.1')).toBe(SYSTEM.loinc);
    expect(canonicalSystem('http://example.org/other')).toBe('http://example.org/other');
    const c50 = lookupCode('http://hl7.org/fhir/sid/icd-10-cm', 'C50.912');
    expect(c50?.prefix).toBe(true);
    expect(lookupCode('http://hl7.org/fhir/sid/icd-10-cm', 'C50912')).toBe(c50);
  });

  it('reads a system name as text, never as a property every object has', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(canonicalSystem(name)).toBe(name);
      expect(lookupCode(name, 'x')).toBeUndefined();
    }
  });
});
