// Integration: the seed case narratives in ../shared/cases must come out with their gold findings, labs,
// antibodies and classifications. Reads the shared data at run time (never copied into the repository).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessCase } from '../src/assess/assess.js';
import { required } from '../src/contract/set.js';
import { validateCase } from '../src/case/validate.js';
import { extractCase } from '../src/extract/extract.js';
import { canonicalAnalyte, canonicalAntibody } from '../src/facts/names.js';
import { requireShared } from './shared.js';

interface Gold {
  age: number;
  sex: string;
  features: Record<string, boolean>;
  labs: { name: string; value: number; upper_limit: number | null; comparator?: string }[];
  labs_qualitative?: Record<string, string>;
  antibodies: Record<string, string>;
  expected: {
    eular_acr_2017_category: string;
    eular_acr_2017_subgroup: string;
    bohan_peter: string;
    pns_graus_2004: string;
    imacs_risk_tier: string;
  };
}

const dir = requireShared('cases');
const folders = readdirSync(dir).filter(
  (d) => existsSync(join(dir, d, 'case.txt')) && existsSync(join(dir, d, 'gold.json')),
);

describe('seed cases', () => {
  it('are present', () => {
    expect(folders.length).toBeGreaterThanOrEqual(2);
  });
  for (const name of folders) {
    describe(name, () => {
      const text = readFileSync(join(dir, name, 'case.txt'), 'utf8');
      const gold = JSON.parse(readFileSync(join(dir, name, 'gold.json'), 'utf8')) as Gold;
      const r = extractCase(text);
      const c = r.case;
      it('gives a valid case with the gold age and sex', () => {
        expect(validateCase(JSON.parse(JSON.stringify(c))).issues).toEqual([]);
        expect(c.patient.age).toBe(gold.age);
        expect(c.patient.sex).toBe(gold.sex);
      });
      it('finds every gold feature with its status', () => {
        for (const [k, v] of Object.entries(gold.features)) {
          expect(c.findings.find((f) => f.id === k.replace(/_/g, '-'))?.status, k).toBe(
            v ? 'present' : 'absent',
          );
        }
      });
      it('finds every gold lab with value and upper limit', () => {
        for (const g of gold.labs) {
          const l = c.labs.find(
            (x) => canonicalAnalyte(x.analyte) === canonicalAnalyte(g.name) && x.value === g.value,
          );
          expect(l, g.name).toBeDefined();
          if (g.upper_limit !== null) expect(l!.upperLimit).toBe(g.upper_limit);
          if (g.comparator) expect(l!.comparator).toBe(g.comparator);
        }
        for (const [k, v] of Object.entries(gold.labs_qualitative ?? {})) {
          const l = c.labs.find(
            (x) => canonicalAnalyte(x.analyte) === canonicalAnalyte(k) && x.value === undefined,
          );
          expect(l?.interpretation, k).toBe(/elevat/.test(v) ? 'elevated' : 'normal');
        }
      });
      it('finds every gold antibody result and no other', () => {
        const got = Object.fromEntries(c.antibodies.map((a) => [canonicalAntibody(a.target), a.result]));
        const want = Object.fromEntries(
          Object.entries(gold.antibodies).map(([k, v]) => [canonicalAntibody(k), v]),
        );
        expect(got).toEqual(want);
      });
      it('classifies as the gold expects', () => {
        const rep = assessCase(c, { asOf: '2026-01-01' });
        expect(required(rep.eularAcr2017).category).toBe(gold.expected.eular_acr_2017_category);
        expect(required(rep.eularAcr2017).subgroup).toBe(gold.expected.eular_acr_2017_subgroup);
        expect(required(rep.bohanPeter1975).category).toBe(gold.expected.bohan_peter);
        expect(required(rep.pns2004).category).toBe(gold.expected.pns_graus_2004);
        expect(required(rep.imacs2023).tier).toBe(gold.expected.imacs_risk_tier);
      });
      it('attributes nothing from the discussion or references to the patient (except timing said of this patient)', () => {
        const outside = r.sections.filter((s) => s.role !== 'case');
        const isOutside = (start: number) => outside.some((o) => start >= o.start && start < o.end);
        // Walk every evidence object of the case; a span outside the case sections is allowed only for the
        // one rule that dates an already-found cancer from a discussion sentence about this patient.
        const walk = (v: unknown): void => {
          if (Array.isArray(v)) return v.forEach(walk);
          if (v === null || typeof v !== 'object') return;
          const o = v as { spans?: { start: number; text: string }[]; note?: string };
          if (Array.isArray(o.spans)) {
            for (const sp of o.spans) {
              if (!isOutside(sp.start)) continue;
              expect(o.note).toBe('timing stated about this patient in the discussion');
              expect(sp.text).toMatch(
                /\b(?:in (?:this|our|the present) (?:case|patient)|our (?:case|patient)|this patient)\b/i,
              );
            }
          }
          Object.values(v).forEach(walk);
        };
        walk(c);
      });
    });
  }
});
