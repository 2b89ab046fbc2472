import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessors } from '../../src/assess/registry.js';
import { calculators } from '../../src/calc/registry.js';
import { criteriaTables } from '../../src/calc/registry.js';
import { calcRenderers, sectionRenderers } from '../../src/render/text/index.js';
import { ENGINE_VERSION } from '../../src/version.js';

describe('registries', () => {
  it('calculator ids are unique and kebab-case; each has a citation, a renderer and unique input ids', () => {
    const ids = calculators.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of calculators) {
      expect(c.id).toMatch(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/);
      expect(c.citation.label).toMatch(/\S/);
      expect(calcRenderers[c.id], `renderer for ${c.id}`).toBeTypeOf('function');
      const inputIds = c.inputs.map((i) => i.id);
      expect(new Set(inputIds).size).toBe(inputIds.length);
      for (const i of c.inputs) expect(i.description.length).toBeGreaterThan(10);
    }
  });

  it('every criteria table item has a citation; item ids are unique within a table', () => {
    for (const t of criteriaTables) {
      const ids = t.items.map((i) => i.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const i of t.items) expect(i.cite, `${t.id}.${i.id}`).toMatch(/\S/);
      for (const i of t.items) expect(t.domains.map((d) => d.id)).toContain(i.domain);
    }
  });

  it('the criteria tables include every classification and PNS set', () => {
    expect(criteriaTables.map((t) => t.id)).toEqual(
      expect.arrayContaining(['eular-acr-2017', 'bohan-peter-1975', 'pns-2004', 'pns-care-2021']),
    );
  });

  it('report sections come in the documented order, calculator sections included', () => {
    expect(assessors.map((a) => a.key)).toEqual([
      'eularAcr2017',
      'bohanPeter1975',
      'cancerAssociation',
      'imacs2023',
      'pns2004',
      'pnsCare2021',
      'cancerProbability',
      'monitoring',
    ]);
  });

  it('every report section has a unique key and a text renderer', () => {
    const keys = assessors.map((a) => a.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of keys) expect(sectionRenderers[k], `renderer for ${k}`).toBeTypeOf('function');
  });

  it('the engine version matches package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(ENGINE_VERSION).toBe(pkg.version);
  });
});
