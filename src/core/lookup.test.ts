import { describe, expect, it } from 'vitest';
import { parseItemArgs, evaluateRaw } from '../calc/run.js';
import { eularAcr2017Set } from '../criteria/eular-acr-2017/set.js';
import { canonicalAnalyte, canonicalAntibody } from '../facts/names.js';
import { screeningItemId } from '../cancer/imacs-2023/plan.js';
import { ucumUnit } from '../extract/extractors/units.js';
import { readCount } from '../extract/numbers.js';
import { parseMrcGrade } from '../case/mrc.js';
import { coerceInput } from '../engine/inputs.js';
import { InputError } from './issues.js';
import { own } from './lookup.js';

const INHERITED = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];

describe('input keys never hit inherited Object properties (issue 15 #10)', () => {
  it('own() sees only the table’s own keys', () => {
    for (const k of INHERITED) expect(own({ a: 1 }, k)).toBeUndefined();
    expect(own({ a: 1 }, 'a')).toBe(1);
  });

  it('item=value arguments: inherited names are unknown items, never "given twice"', () => {
    const calc = eularAcr2017Set.calculator;
    if (calc?.kind !== 'items') throw new Error('eular-acr-2017 takes item values');
    const args = parseItemArgs(INHERITED.map((k) => `${k}=yes`));
    expect(Object.keys(args)).toEqual(INHERITED);
    const r = evaluateRaw(calc, args);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.code)).toEqual(INHERITED.map(() => 'unknown-item'));
      expect(r.issues.map((i) => i.path)).toEqual(INHERITED);
    }
    // A real duplicate is still refused.
    expect(() => parseItemArgs(['constructor=yes', 'constructor=no'])).toThrow(InputError);
  });

  it('values: an inherited name is not a yes/no/unknown alias', () => {
    const def = { id: 'x', label: 'x', description: 'x', kind: { type: 'tri' as const } };
    for (const v of INHERITED.map((k) => k.toLowerCase()))
      expect(coerceInput(def, v, 'x')).toHaveProperty('issue');
  });

  it('names read from cases and narratives stay strings', () => {
    for (const k of INHERITED) {
      expect(canonicalAnalyte(k)).toBe(k);
      expect(canonicalAntibody(k)).toBe(k);
      expect(screeningItemId(k)).toBe(k.toLowerCase().replace(/_+/g, '-'));
      expect(ucumUnit(k)).toBeUndefined();
      expect(readCount(k)).toBeUndefined();
      expect(parseMrcGrade(k)).toBeUndefined();
    }
  });
});
