import { describe, expect, it } from 'vitest';
import { bootstrapF1 } from './bootstrap.js';
import { addCounts, prf, type Counts } from './score.js';

const pooled = (cs: Counts[]) => prf(cs.reduce((a, c) => addCounts(a, c), { tp: 0, fp: 0, fn: 0 })).f1;

describe('bootstrapF1', () => {
  it('has no interval without cases', () => {
    expect(bootstrapF1([])).toBeUndefined();
  });

  it('collapses to the point when every case is alike', () => {
    const same = Array.from({ length: 30 }, () => ({ tp: 8, fp: 1, fn: 1 }));
    const f1 = pooled(same);
    expect(bootstrapF1(same)).toEqual([f1, f1]);
  });

  it('brackets the pooled F1, narrows as cases are added, and repeats itself', () => {
    // Synthetic: most cases read well, one in five badly.
    const make = (n: number) =>
      Array.from({ length: n }, (_, i) => (i % 5 === 0 ? { tp: 2, fp: 3, fn: 6 } : { tp: 9, fp: 0, fn: 1 }));
    const few = make(40);
    const many = make(400);
    const [lo, hi] = bootstrapF1(few)!;
    expect(lo).toBeLessThan(pooled(few));
    expect(hi).toBeGreaterThan(pooled(few));
    expect(hi).toBeLessThanOrEqual(1);
    const [lo2, hi2] = bootstrapF1(many)!;
    expect(hi2 - lo2).toBeLessThan((hi - lo) / 2);
    expect(bootstrapF1(few)).toEqual([lo, hi]);
  });
});
