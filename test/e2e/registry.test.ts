import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { assessCase, type AssessmentReport } from '../../src/assess/assess.js';
import { parseCase } from '../../src/case/validate.js';
import { sectionOrder } from '../../src/contract/run.js';
import type { CriteriaSet } from '../../src/contract/set.js';
import { textRenderers } from '../../src/render/text/index.js';
import {
  calculators,
  criteriaTables,
  evaluationOrder,
  reportSections,
  sets,
  type SectionKey,
} from '../../src/sets/registry.js';
import { ENGINE_VERSION } from '../../src/version.js';

const src = fileURLToPath(new URL('../../src/', import.meta.url));

/** Every `set.ts` under the engine folders. */
function setModules(dir = src): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return setModules(p);
    return name === 'set.ts' && !relative(src, p).startsWith('contract') ? [p] : [];
  });
}

const isSet = (v: unknown): v is CriteriaSet =>
  typeof v === 'object' && v !== null && 'id' in v && 'key' in v && 'headline' in v;

describe('the registry of criteria sets', () => {
  it('registers every set module of the source tree, once', async () => {
    const found: CriteriaSet[] = [];
    for (const file of setModules()) {
      const mod: Record<string, unknown> = await import(file);
      const exported = Object.values(mod).filter(isSet);
      expect(exported.length, file).toBeGreaterThan(0);
      found.push(...exported);
    }
    expect(found.length).toBe(sets.length);
    for (const s of found) expect(sets, s.id).toContain(s);
  });

  it('ids and keys are unique; ids kebab-case, keys camelCase; every set cites its source', () => {
    const ids = sets.map((s) => s.id);
    const keys = sets.map((s) => s.key);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(keys).size).toBe(keys.length);
    for (const s of sets) {
      expect(s.id).toMatch(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/);
      expect(s.key).toMatch(/^[a-z][a-zA-Z0-9]*$/);
      expect(s.title).toMatch(/\S/);
      for (const c of s.citations) expect(c.label, s.id).toMatch(/\S/);
      expect(s.calculator !== undefined || s.section !== undefined, s.id).toBe(true);
    }
  });

  it('calculators: unique input ids with a description; a document calculator describes its document', () => {
    for (const c of calculators) {
      if (c.calculator.kind === 'document') {
        expect(c.calculator.description.length).toBeGreaterThan(10);
        continue;
      }
      const inputIds = c.calculator.inputs.map((i) => i.id);
      expect(new Set(inputIds).size).toBe(inputIds.length);
      for (const i of c.calculator.inputs)
        expect(i.description.length, `${c.id}.${i.id}`).toBeGreaterThan(10);
    }
  });

  it('every criteria table item is cited and in a domain; item ids are unique within a table', () => {
    for (const t of criteriaTables) {
      const ids = t.items.map((i) => i.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const i of t.items) expect(i.cite, `${t.id}.${i.id}`).toMatch(/\S/);
      for (const i of t.items) expect(t.domains.map((d) => d.id)).toContain(i.domain);
    }
    expect(criteriaTables.map((t) => t.id)).toEqual(
      expect.arrayContaining(['eular-acr-2017', 'bohan-peter-1975', 'pns-2004', 'pns-care-2021']),
    );
  });

  it('needs refer to registered sections and form no cycle; each section is computed after what it needs', () => {
    const keys = new Set(reportSections.map((s) => s.key));
    for (const s of reportSections)
      for (const n of s.section.needs) {
        expect(keys.has(n.key), `${s.key} needs ${n.key}`).toBe(true);
        expect(reportSections.find((r) => r.key === n.key)).toBe(n);
      }
    expect(() => sectionOrder(reportSections)).not.toThrow();
    const at = new Map(evaluationOrder.map((s, i) => [s.key, i]));
    expect(at.size).toBe(reportSections.length);
    for (const s of evaluationOrder)
      for (const n of s.section.needs)
        expect(at.get(n.key)!, `${n.key} before ${s.key}`).toBeLessThan(at.get(s.key)!);
  });

  it('the report has exactly the registered sections, in registry order, between the header and the case', () => {
    const c = parseCase(
      JSON.parse(
        readFileSync(
          new URL('../../src/cancer/__fixtures__/leiomyosarcoma-tif1g.json', import.meta.url),
          'utf8',
        ),
      ),
    );
    const report = assessCase(c, { asOf: '2026-11-21' });
    expect(Object.keys(report)).toEqual(['engine', 'asOf', ...reportSections.map((s) => s.key), 'case']);
    expectTypeOf<keyof AssessmentReport>().toEqualTypeOf<
      'engine' | 'asOf' | 'case' | 'warnings' | SectionKey
    >();
    expectTypeOf<SectionKey>().toEqualTypeOf<(typeof reportSections)[number]['key']>();
  });

  it('every registered set has its wording: a text renderer for its calculator and for its section', () => {
    for (const s of sets) {
      const r = textRenderers[s.key];
      if (s.calculator) expect(r?.calc, `${s.key} calculator`).toBeTypeOf('function');
      if (s.section) expect(r?.section, `${s.key} section`).toBeTypeOf('function');
    }
  });

  it('the engine version matches package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(ENGINE_VERSION).toBe(pkg.version);
  });
});
