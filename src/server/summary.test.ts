import { describe, expect, it } from 'vitest';
import { nextScreening, summarize } from './summary.js';

describe('summarize', () => {
  it('reads the EULAR/ACR result, a risk tier and the earliest open screening item', () => {
    const s = summarize({
      asOf: '2026-01-15',
      eularAcr2017: {
        category: 'probable',
        probability: 0.7,
        probabilityRange: { min: 0.7, max: 0.9 },
        subgroup: null,
      },
      bohanPeter1975: { category: 'possible-dm' },
      someRisk: { tier: 'high' },
      screening: {
        plan: {
          mode: 'screening',
          items: [
            { status: 'upcoming', required: true, due: { earliest: '2026-02-01' } },
            { status: 'overdue', required: true, due: { earliest: '2025-12-01' } },
            { status: 'overdue', required: false, due: { earliest: '2025-01-01' } },
            { status: 'done', required: true, due: { earliest: '2024-01-01' } },
          ],
        },
      },
    });
    expect(s).toEqual({
      asOf: '2026-01-15',
      eularCategory: 'probable',
      eularProbability: 0.7,
      eularProbabilityMax: 0.9,
      subgroup: null,
      bohanPeterCategory: 'possible-dm',
      cancerRiskTier: 'high',
      screeningMode: 'screening',
      nextScreeningDue: '2025-12-01',
      nextScreeningStatus: 'overdue',
    });
  });

  it('has no screening date when nothing is open, and leaves absent sections out', () => {
    expect(nextScreening({ x: { plan: { mode: 'known-cancer', items: [] } } })).toBeUndefined();
    expect(
      nextScreening({
        x: {
          plan: {
            items: [
              { status: 'upcoming', due: { earliest: '2027-01-01' } },
              { status: 'due', due: { earliest: '2027-06-01' } },
            ],
          },
        },
      }),
    ).toEqual({ date: '2027-06-01', status: 'due' });
    expect(summarize({ asOf: '2026-01-01' })).toEqual({ asOf: '2026-01-01' });
  });
});
