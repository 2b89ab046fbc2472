import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessCase } from '../assess/assess.js';
import type { PlanItem } from '../cancer/imacs-2023/plan.js';
import { parseCase } from '../case/validate.js';
import { required } from '../contract/set.js';
import { nextScreening, summarize } from './summary.js';

const fixture = (path: string) =>
  parseCase(JSON.parse(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')));

const item = (status: PlanItem['status'], earliest: string, required = true): PlanItem => ({
  id: `x-${status}-${earliest}`,
  panel: 'basic',
  label: 'x',
  occurrence: 0,
  required,
  due: { earliest, latest: earliest },
  status,
});

describe('summarize', () => {
  it('lists the follow-up alerts that ask for action: a flare with a known cancer asks to re-stage it', () => {
    const s = summarize(
      assessCase(fixture('monitoring/__fixtures__/leiomyosarcoma-course.json'), { asOf: '2026-11-21' }),
    );
    expect(s.alerts).toEqual([{ action: 're-stage-cancer', severity: 'high', possible: false }]);
    // Information-only notes (concordant course) are not alerts of the list.
    const quiet = summarize(
      assessCase(fixture('monitoring/__fixtures__/breast-idc-course.json'), { asOf: '2026-11-21' }),
    );
    expect(quiet.alerts).toBeUndefined();
  });

  it('reads the EULAR/ACR headline, the Bohan & Peter category, the IMACS tier and the next open screening item', () => {
    const report = assessCase(fixture('cancer/__fixtures__/screening-high-risk-no-cancer.json'), {
      asOf: '2026-11-21',
    });
    const e = required(report.eularAcr2017);
    const im = required(report.imacs2023);
    const s = summarize(report);
    expect(s).toEqual({
      asOf: '2026-11-21',
      eularCategory: e.category,
      eularProbability: e.probability,
      eularProbabilityMax: e.probabilityRange.max,
      subgroup: e.subgroup,
      bohanPeterCategory: required(report.bohanPeter1975).category,
      bohanPeterReachable: ['definite-dm', 'probable-dm'],
      cancerRiskTier: 'high',
      screeningMode: 'screening',
      nextScreeningDue: s.nextScreeningDue,
      nextScreeningStatus: 'overdue',
      // Only the positive antibodies, by canonical name (the negative TIF1-γ and Jo-1 are left out).
      positiveAntibodies: '|NXP2|',
    });
    const overdue = im.plan.items
      .filter((i) => i.status === 'overdue' && i.required)
      .map((i) => i.due!.earliest)
      .sort();
    expect(s.nextScreeningDue).toBe(overdue[0]);
    expect(Object.keys(s)).toEqual([
      'asOf',
      'eularCategory',
      'eularProbability',
      'eularProbabilityMax',
      'subgroup',
      'bohanPeterCategory',
      'bohanPeterReachable',
      'cancerRiskTier',
      'screeningMode',
      'nextScreeningDue',
      'nextScreeningStatus',
      'positiveAntibodies',
    ]);
  });

  it('carries the codes the unknown items could still make of each one-word result (issue 10 §2)', () => {
    const s = summarize(
      assessCase(parseCase({ schemaVersion: '1.0', patient: { sex: 'unknown' } }), { asOf: '2026-11-21' }),
    );
    expect(s).toMatchObject({
      eularCategory: 'not-met',
      eularReachable: ['not-met', 'definite'],
      cancerRiskTier: 'standard',
      cancerRiskTierReachable: ['standard', 'high'],
    });
  });

  it('leaves out a section that could not be computed', () => {
    const report = assessCase(fixture('criteria/__fixtures__/seed-breast-idc.case.json'), {
      asOf: '2026-11-21',
    });
    const s = summarize({ ...report, eularAcr2017: { failed: true, code: 'internal-fault' } });
    expect(s).not.toHaveProperty('eularCategory');
    expect(s).not.toHaveProperty('subgroup');
    expect(s.bohanPeterCategory).toBe(required(report.bohanPeter1975).category);
  });

  it('next screening: overdue first, then due, then upcoming; optional and undated items skipped', () => {
    expect(
      nextScreening({
        items: [
          item('upcoming', '2026-02-01'),
          item('overdue', '2025-12-01'),
          item('overdue', '2025-01-01', false),
          item('done', '2024-01-01'),
        ],
      }),
    ).toEqual({ date: '2025-12-01', status: 'overdue' });
    expect(nextScreening({ items: [item('upcoming', '2027-01-01'), item('due', '2027-06-01')] })).toEqual({
      date: '2027-06-01',
      status: 'due',
    });
    expect(nextScreening({ items: [{ ...item('due', '2027-01-01'), due: null }] })).toBeUndefined();
    expect(nextScreening({ items: [] })).toBeUndefined();
  });
});
