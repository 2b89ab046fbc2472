import { describe, expect, it } from 'vitest';
import { coerceInputs } from '../../engine/inputs.js';
import { PNS_CARE_2021_INPUTS } from './definition.js';
import { evaluatePnsCare2021, pnsCareCategory, type PnsCareScored } from './evaluate.js';

const evaluate = (raw: Record<string, unknown>) => {
  const { values, issues } = coerceInputs(PNS_CARE_2021_INPUTS, raw);
  expect(issues).toEqual([]);
  return evaluatePnsCare2021(values);
};
const run = (raw: Record<string, unknown>): PnsCareScored => {
  const r = evaluate(raw);
  if (r.status !== 'scored') throw new Error(`not scored: ${r.reason}`);
  return r;
};

describe('PNS-Care score', () => {
  it("authors' reply example: intermediate phenotype + Ma2 + no cancer < 2 y = 6 probable; after 2 y = 5 possible", () => {
    const a = run({
      phenotype: 'intermediate-risk',
      antibody: 'high-risk',
      cancer: 'not-found',
      'follow-up-years': 1,
    });
    expect(a.score).toBe(6);
    expect(a.category).toBe('probable');
    const b = run({
      phenotype: 'intermediate-risk',
      antibody: 'high-risk',
      cancer: 'not-found',
      'follow-up-years': 2,
    });
    expect(b.score).toBe(5);
    expect(b.category).toBe('possible');
  });
  it('high-risk phenotype + high-risk antibody + consistent cancer = 10 definite', () => {
    const r = run({ phenotype: 'high-risk', antibody: 'high-risk', cancer: 'found-consistent' });
    expect(r.score).toBe(10);
    expect(r.category).toBe('definite');
  });
  it.each([
    [8, 'definite'],
    [7, 'probable'],
    [6, 'probable'],
    [5, 'possible'],
    [4, 'possible'],
    [3, 'non-pns'],
    [0, 'non-pns'],
  ])('score %s → %s', (s, c) => expect(pnsCareCategory(s)).toBe(c));
  it('without an antibody the maximum is 7: definite needs an antibody', () => {
    const r = run({ phenotype: 'high-risk', antibody: 'low-risk-or-negative', cancer: 'found-consistent' });
    expect(r.score).toBe(7);
    expect(r.category).toBe('probable');
  });
  it('dermatomyositis is not a 2021 phenotype: not applicable, no score, no category', () => {
    for (const [phenotype, reason] of [
      ['dermatomyositis', 'dermatomyositis-not-a-2021-phenotype'],
      ['other-myositis', 'myositis-not-a-2021-phenotype'],
    ]) {
      const r = evaluate({
        phenotype,
        antibody: 'low-risk-or-negative',
        cancer: 'not-found',
        'follow-up-years': 3,
      });
      expect(r).toMatchObject({ status: 'not-applicable', reason, phenotype });
      for (const k of ['score', 'scoreRange', 'category', 'categoryRange']) expect(r).not.toHaveProperty(k);
    }
  });
  it('another defined phenotype ("other") with a cancer and unknown antibody: 4 possible, range up to 7', () => {
    const r = run({ phenotype: 'other', cancer: 'found-consistent' });
    expect(r.score).toBe(4);
    expect(r.scoreRange).toEqual({ min: 4, max: 7 });
    expect(r.categoryRange).toEqual({ min: 'possible', max: 'probable' });
    expect(r.phenotypeNotListed).toBe(true);
    expect(r.missing).toEqual(['antibody']);
  });
  it('no cancer found with unknown follow-up counts 0–1', () => {
    const r = run({ phenotype: 'high-risk', antibody: 'intermediate-risk', cancer: 'not-found' });
    expect(r.scoreRange).toEqual({ min: 5, max: 6 });
    expect(r.missing).toContain('follow-up-years');
  });
});
