import { describe, expect, it } from 'vitest';
import {
  triFromCode,
  triFromResult,
  triFromYesNo,
  triNot,
  triToResult,
  triToYesNo,
  type Tri,
} from './tri.js';

describe('three-valued conversions', () => {
  const all: Tri[] = ['met', 'not-met', 'unknown'];
  it('yes/no and positive/negative round-trip; anything else reads as unknown', () => {
    for (const t of all) {
      expect(triFromYesNo(triToYesNo(t))).toBe(t);
      expect(triFromResult(triToResult(t))).toBe(t);
    }
    for (const v of [undefined, null, '', 'maybe', 'borderline', 0, 1, true])
      expect([triFromYesNo(v), triFromResult(v)]).toEqual(['unknown', 'unknown']);
    expect(triToYesNo(triNot(triFromYesNo('no')))).toBe('yes');
  });
  it('reads any two-valued code', () => {
    expect(triFromCode('present', 'present', 'absent')).toBe('met');
    expect(triFromCode('absent', 'present', 'absent')).toBe('not-met');
    expect(triFromCode('equivocal', 'present', 'absent')).toBe('unknown');
    expect(triFromCode(false, true, false)).toBe('not-met');
    expect(triFromCode(undefined, true, false)).toBe('unknown');
  });
});
