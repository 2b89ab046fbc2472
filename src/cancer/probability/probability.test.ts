import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { InputError } from '../../core/issues.js';
import { DEFAULT_PRETEST, estimateCancerProbability } from './probability.js';

const base = { adultOnset: 'met' as const, subtype: 'dermatomyositis' };

describe('Bayesian estimate (Trallero-Araguás 2012 worked check)', () => {
  it('prior 17 %, anti-TIF1γ positive: odds 0.2048 × 6.79 = 1.39 → 58 % (PPV)', () => {
    const r = estimateCancerProbability({ ...base, antibodies: { 'TIF1-gamma': 'positive' } });
    expect(r.pretest).toBe(DEFAULT_PRETEST);
    expect(r.pretestOdds).toBeCloseTo(0.2048, 4);
    expect(r.steps).toHaveLength(1);
    expect(r.steps[0]!.oddsAfter).toBeCloseTo(1.3907, 3);
    expect(r.posterior).toBeCloseTo(0.58, 2);
  });
  it('anti-TIF1γ negative: odds 0.051 → 4.9 % (NPV 95 %)', () => {
    const r = estimateCancerProbability({ ...base, antibodies: { 'TIF1-gamma': 'negative' } });
    expect(r.posterior).toBeCloseTo(0.049, 3);
  });
  it('unknown TIF1γ leaves the prior unchanged', () => {
    const r = estimateCancerProbability({ ...base, antibodies: {} });
    expect(r.steps).toEqual([]);
    expect(r.posterior).toBe(0.17);
  });
  it('RR/OR-only antibodies are listed as not used, never applied', () => {
    const r = estimateCancerProbability({ ...base, antibodies: { NXP2: 'positive', SAE: 'positive' } });
    expect(r.steps).toEqual([]);
    expect(r.posterior).toBe(0.17);
    expect(r.notUsed.map((n) => n.antibody)).toEqual(['NXP2', 'SAE']);
  });
  it.each([0.1, 0.3])('accepts the range edge %s', (p) => {
    expect(estimateCancerProbability({ ...base, pretest: p, antibodies: {} }).pretest).toBe(p);
  });
  it.each([0.099, 0.301, Number.NaN])('rejects pre-test %s', (p) => {
    expect(() => estimateCancerProbability({ ...base, pretest: p, antibodies: {} })).toThrow(InputError);
  });
  it('not for juvenile onset, nor for non-DM subtypes; unknown subtype assumes adult DM', () => {
    expect(estimateCancerProbability({ ...base, adultOnset: 'not-met', antibodies: {} })).toMatchObject({
      status: 'not-applicable',
      reason: 'juvenile',
    });
    expect(estimateCancerProbability({ ...base, subtype: 'polymyositis', antibodies: {} })).toMatchObject({
      status: 'not-applicable',
      reason: 'not-dermatomyositis',
    });
    expect(estimateCancerProbability({ ...base, subtype: 'unknown', antibodies: {} }).assumesAdultDm).toBe(
      true,
    );
  });
  it('a positive result never lowers and a negative never raises the probability', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.1, max: 0.3, noNaN: true }), (p) => {
        const pos = estimateCancerProbability({
          ...base,
          pretest: p,
          antibodies: { 'TIF1-gamma': 'positive' },
        }).posterior;
        const neg = estimateCancerProbability({
          ...base,
          pretest: p,
          antibodies: { 'TIF1-gamma': 'negative' },
        }).posterior;
        expect(pos).toBeGreaterThan(p);
        expect(neg).toBeLessThan(p);
      }),
    );
  });
});
