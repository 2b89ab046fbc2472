/**
 * The structured fixtures of the two seed cases (written by hand in src/criteria/__fixtures__) must reach the
 * classifications expected in ../shared/cases/<case>/gold.json.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessCase } from '../../src/assess/assess.js';
import { parseCase } from '../../src/case/validate.js';
import { required } from '../../src/contract/set.js';
import { requireShared } from '../shared.js';

const CASES = ['seed-breast-idc', 'seed-leiomyosarcoma'];

describe.each(CASES)('%s', (name) => {
  const gold = JSON.parse(readFileSync(requireShared('cases', name, 'gold.json'), 'utf8')) as {
    expected: Record<string, string>;
  };
  const c = parseCase(
    JSON.parse(
      readFileSync(new URL(`../../src/criteria/__fixtures__/${name}.case.json`, import.meta.url), 'utf8'),
    ),
  );
  const report = assessCase(c, { asOf: '2026-11-21' });

  it('EULAR/ACR 2017 category and subgroup match gold', () => {
    expect(required(report.eularAcr2017).category).toBe(gold.expected.eular_acr_2017_category);
    expect(required(report.eularAcr2017).subgroup).toBe(gold.expected.eular_acr_2017_subgroup);
  });

  it('documented negatives count as not met (neck flexors, dysphagia when recorded absent)', () => {
    const items = required(report.eularAcr2017).items;
    for (const f of c.findings.filter(
      (x) => x.status === 'absent' && ['neck-flexor-weakness', 'dysphagia'].includes(x.id),
    )) {
      expect(items.find((i) => i.id === f.id)?.status, f.id).toBe('not-met');
    }
  });

  it('Bohan & Peter category matches gold', () => {
    expect(required(report.bohanPeter1975).category).toBe(gold.expected.bohan_peter);
  });

  it('Graus 2004 PNS category matches gold', () => {
    expect(required(report.pns2004).category).toBe(gold.expected.pns_graus_2004);
  });

  it('IMACS 2023 risk tier matches gold', () => {
    expect(required(report.imacs2023).tier).toBe(gold.expected.imacs_risk_tier);
  });
});
