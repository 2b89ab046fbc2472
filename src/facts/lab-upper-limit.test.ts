import { describe, expect, it } from 'vitest';
import { labElevation } from './facts.js';

describe('labElevation with upperLimit', () => {
  it('uses upperLimit when referenceRange.high is absent (below / at / above)', () => {
    expect(labElevation({ analyte: 'CK', value: 199, upperLimit: 200 }).status).toBe('not-met');
    expect(labElevation({ analyte: 'CK', value: 200, upperLimit: 200 }).status).toBe('not-met');
    expect(labElevation({ analyte: 'CK', value: 201, upperLimit: 200 }).status).toBe('met');
  });
  it('prefers referenceRange.high when both are given', () => {
    expect(
      labElevation({ analyte: 'CK', value: 250, upperLimit: 300, referenceRange: { high: 200 } }).status,
    ).toBe('met');
  });
  it('stays unknown without any limit', () => {
    expect(labElevation({ analyte: 'CK', value: 250 }).status).toBe('unknown');
  });
});
