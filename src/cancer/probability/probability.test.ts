import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { InputError } from '../../core/issues.js';
import {
  DEFAULT_PRETEST,
  estimateCancerProbability as estimateAny,
  type CancerProbabilityEstimate,
  type CancerProbabilityInputs,
} from './probability.js';

const base = { adultOnset: 'met' as const, subtype: 'dermatomyositis' };
/** The estimate, failing the test when it is not applicable. */
const estimateCancerProbability = (i: CancerProbabilityInputs): CancerProbabilityEstimate => {
  const r = estimateAny(i);
  if (r.status !== 'estimated') throw new Error(`not applicable: ${r.reason}`);
  return r;
};

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
  it.each([0.05, 0.3])('accepts the range edge %s, and says the prior was given', (p) => {
    const r = estimateCancerProbability({ ...base, pretest: p, antibodies: {} });
    expect(r).toMatchObject({ pretest: p, pretestSource: 'user', pretestRange: { min: 0.05, max: 0.3 } });
    expect(estimateCancerProbability({ ...base, antibodies: {} }).pretestSource).toBe('default');
  });
  it.each([0.049, 0.301, 17, Number.NaN])('rejects pre-test %s', (p) => {
    expect(() => estimateAny({ ...base, pretest: p, antibodies: {} })).toThrow(InputError);
  });
  it('not applicable (juvenile, non-DM, DM not established) carries a reason and no number', () => {
    const juvenile = estimateAny({
      ...base,
      adultOnset: 'not-met',
      antibodies: { 'TIF1-gamma': 'positive' },
    });
    expect(juvenile).toEqual({
      section: 'cancer-probability',
      status: 'not-applicable',
      reason: 'juvenile',
      cancerKnown: false,
      citations: expect.any(Array),
    });
    expect(estimateAny({ ...base, subtype: 'polymyositis', antibodies: { 'Jo-1': 'positive' } })).toEqual({
      section: 'cancer-probability',
      status: 'not-applicable',
      reason: 'not-dermatomyositis',
      cancerKnown: false,
      citations: expect.any(Array),
    });
    const empty = estimateAny({
      adultOnset: 'unknown',
      subtype: 'unknown',
      dmSuggested: false,
      antibodies: {},
    });
    expect(empty).toMatchObject({ status: 'not-applicable', reason: 'dermatomyositis-not-established' });
    for (const r of [juvenile, empty]) {
      for (const k of ['pretest', 'posterior', 'pretestOdds', 'steps']) expect(r).not.toHaveProperty(k);
    }
  });
  it('unknown subtype with something suggesting DM assumes adult DM', () => {
    expect(
      estimateCancerProbability({ ...base, subtype: 'unknown', dmSuggested: true, antibodies: {} })
        .assumesAdultDm,
    ).toBe(true);
  });
  it('a positive result never lowers and a negative never raises the probability', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 0.3, noNaN: true }), (p) => {
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
