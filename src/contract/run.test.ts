import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cancerTiming } from '../cancer/association/timing.js';
import { imacs2023Set } from '../cancer/imacs-2023/set.js';
import { pns2004InputsFromCase } from '../cancer/pns-2004/from-case.js';
import { pns2004Set } from '../cancer/pns-2004/set.js';
import { subtypeFromEular } from '../cancer/subtype.js';
import { parseCase } from '../case/validate.js';
import { InputError } from '../core/issues.js';
import { renderSectionText } from '../render/text/index.js';
import { computeSection, runSections, sectionOrder, type AnySectionSet } from './run.js';
import { defineSet, NeededSectionUnavailable, required, type FailedSection, type Needs } from './set.js';

const c = parseCase(
  JSON.parse(
    readFileSync(new URL('../cancer/__fixtures__/leiomyosarcoma-tif1g.json', import.meta.url), 'utf8'),
  ),
);
const asOf = '2026-11-21';

/** A synthetic section computed by `fromCase`. */
const section = <const K extends string, R, const N extends Needs = readonly []>(
  key: K,
  fromCase: (needs: Record<string, unknown>) => R,
  needs?: N,
) =>
  defineSet({
    id: key,
    key,
    title: key,
    citations: [{ label: 'synthetic' }],
    tables: [],
    section: { title: key, needs: needs ?? ([] as unknown as N), fromCase: (_c, ctx) => fromCase(ctx.needs) },
    headline: () => ({ code: 'x' }),
  });

describe('section order', () => {
  const a = section('a', () => 1);
  const b = section('b', () => 2, [a]);
  const d = section('d', () => 3, [b, a]);
  it('puts each section after what it needs and otherwise keeps the given order', () => {
    expect(sectionOrder<AnySectionSet>([d, b, a]).map((s) => s.key)).toEqual(['a', 'b', 'd']);
    expect(sectionOrder<AnySectionSet>([a, b, d]).map((s) => s.key)).toEqual(['a', 'b', 'd']);
    const e = section('e', () => 0);
    expect(sectionOrder<AnySectionSet>([e, d, a, b]).map((s) => s.key)).toEqual(['e', 'a', 'b', 'd']);
  });
  it('refuses a need that is not listed, unless asked to add it', () => {
    expect(() => sectionOrder<AnySectionSet>([d, a])).toThrow(/"d" needs "b", which is not listed/);
    expect(sectionOrder<AnySectionSet>([d], { includeNeeds: true }).map((s) => s.key)).toEqual([
      'a',
      'b',
      'd',
    ]);
  });
  it('refuses a cycle and a repeated key', () => {
    const x = {
      ...section('x', () => 0),
      section: { title: 'x', needs: [] as AnySectionSet[], fromCase: () => 0 },
    };
    const y = {
      ...section('y', () => 0),
      section: { title: 'y', needs: [x] as AnySectionSet[], fromCase: () => 0 },
    };
    x.section.needs.push(y);
    expect(() => sectionOrder<AnySectionSet>([x, y])).toThrow(/cycle: x → y → x/);
    expect(() => sectionOrder<AnySectionSet>([a, section('a', () => 9)])).toThrow(
      /two sections have the key "a"/,
    );
  });
});

describe('running sections', () => {
  it('a fault in one section fails that section only; a section that requires it fails with the code; one that copes computes', () => {
    const faults: string[] = [];
    const ok = section('ok', () => 'fine');
    const broken = section('broken', (): string => {
      throw new TypeError('boom');
    });
    const strict = section('strict', (n) => `${String(required(n.broken as string | FailedSection))}!`, [
      broken,
    ]);
    const lenient = section('lenient', (n) => (typeof n.broken === 'string' ? 'used' : 'without it'), [
      broken,
      ok,
    ]);
    const out = runSections([ok, broken, strict, lenient], c, { asOf, onFault: (k) => faults.push(k) });
    expect(out.get('ok')).toBe('fine');
    expect(out.get('broken')).toEqual({ failed: true, code: 'internal-fault' });
    expect(out.get('strict')).toEqual({
      failed: true,
      code: 'needed-section-failed',
      failedNeeds: ['broken'],
    });
    expect(out.get('lenient')).toBe('without it');
    expect(faults).toEqual(['broken']);
  });
  it('bad input to the assessment is not a fault: the InputError reaches the caller', () => {
    const bad = section('bad', () => {
      throw new InputError('asOf is not a day');
    });
    expect(() => runSections([bad], c, { asOf })).toThrow(InputError);
  });
  it('computes one section with what it needs', () => {
    const imacs = required(computeSection(imacs2023Set, c, { asOf }));
    expect(imacs.tier).toBe('high');
    expect(imacs.plan.mode).toBe('known-cancer');
  });
});

describe('cancer sections when a needed section failed', () => {
  const failed: FailedSection = { failed: true, code: 'internal-fault' };
  it('IMACS cannot do without the cancer timing', () => {
    expect(() =>
      imacs2023Set.section.fromCase(c, { asOf, needs: { eularAcr2017: failed, cancerAssociation: failed } }),
    ).toThrow(NeededSectionUnavailable);
  });
  it('Graus 2004 without EULAR/ACR and IMACS: subtype and "high tumour risk" are unknown, the rest is read', () => {
    const r = pns2004Set.section.fromCase(c, {
      asOf,
      needs: { eularAcr2017: failed, cancerAssociation: cancerTiming(c), imacs2023: failed },
    });
    expect(r.missing).toContain('classical-syndrome');
    const d = pns2004InputsFromCase(c, {
      subtype: subtypeFromEular(failed),
      timing: cancerTiming(c),
      imacs: undefined,
    });
    expect(d.values['classical-syndrome']).toBe('unknown');
    expect(d.values['high-tumour-risk']).toBe('unknown');
    expect(d.values['cancer']).toBe('yes');
    expect(d.evidence['high-tumour-risk']).toEqual([
      { path: 'imacs2023', note: 'the IMACS section could not be computed' },
    ]);
  });
  it('a failed section is worded as such in the text report', () => {
    expect(renderSectionText(imacs2023Set, failed)).toBe(
      'IMACS 2023 cancer risk and screening plan\n  Not computed: an internal fault in this section (the other sections are unaffected).',
    );
    expect(
      renderSectionText(pns2004Set, {
        failed: true,
        code: 'needed-section-failed',
        failedNeeds: ['cancerAssociation'],
      }),
    ).toMatch(/Not computed: it needs cancerAssociation, which could not be computed\./);
  });
});
