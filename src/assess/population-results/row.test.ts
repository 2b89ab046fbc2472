import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessCase } from '../assess.js';
import { parseCase } from '../../case/validate.js';
import {
  buildResultRow,
  compareWorklist,
  errorRow,
  onWorklist,
  ROW_COLUMNS,
  rowCsvCells,
  type ResultRow,
} from './row.js';

const load = (p: string) => parseCase(JSON.parse(readFileSync(new URL(p, import.meta.url), 'utf8')));
const screening = load('../../cancer/__fixtures__/screening-high-risk-no-cancer.json');
const course = load('../../monitoring/__fixtures__/leiomyosarcoma-course.json');

describe('buildResultRow', () => {
  it('lists the overdue and due screening items of the plan with their dates', () => {
    const report = assessCase(screening, { asOf: '2026-11-21' });
    const row = buildResultRow(report, { patientId: 'p', mrn: 'M1', issues: 2 });
    const plan = (
      report.imacs2023 as {
        plan: { items: { id: string; status: string; due: { latest: string } | null }[] };
      }
    ).plan;
    expect(row.overdue).toEqual(
      plan.items.filter((i) => i.status === 'overdue').map((i) => ({ id: i.id, due: i.due!.latest })),
    );
    expect(row.overdue.length).toBeGreaterThan(3);
    expect(row.oldestDue).toBe('2025-11-03');
    expect(row).toMatchObject({
      patientId: 'p',
      mrn: 'M1',
      issues: 2,
      imacsTier: 'high',
      screeningMode: 'screening',
    });
    expect(row.cancerProbability).toBe(0.049);
    expect(row.screeningEnded).toBe(false);
    // Three years later nothing is due or upcoming any more: the schedule is over, its misses remain listed.
    const later = buildResultRow(assessCase(screening, { asOf: '2031-01-01' }), {
      patientId: 'p',
      issues: 0,
    });
    expect(later.screeningEnded).toBe(true);
    expect(later.overdue.length).toBeGreaterThan(row.overdue.length);
  });

  it('gives no probability of cancer when a cancer is known, and keeps the warning alerts', () => {
    const row = buildResultRow(assessCase(course, { asOf: '2026-11-21' }), { patientId: 'q', issues: 0 });
    expect(row.cancerProbabilityStatus).toBe('cancer-known');
    expect(row.cancerProbability).toBeNull();
    expect(row.screeningMode).toBe('known-cancer');
    expect(row.alerts).toContainEqual({ rule: 'flare-with-known-cancer', severity: 'high', status: 'met' });
  });
});

describe('worklist', () => {
  const base = errorRow({ patientId: 'x', issues: 0 }, 'e');
  const mk = (p: Partial<ResultRow>): ResultRow => ({
    ...base,
    error: undefined,
    eularCategory: 'definite',
    ...p,
  });
  it('takes probable/definite myositis with something due, running schedules first, overdue first, oldest first, then tier', () => {
    const a = mk({
      patientId: 'a',
      due: [{ id: 'ct', due: '2025-01-01' }],
      oldestDue: '2025-01-01',
      imacsTier: 'high',
    });
    const b = mk({
      patientId: 'b',
      overdue: [{ id: 'ct', due: '2025-06-01' }],
      oldestDue: '2025-06-01',
      imacsTier: 'standard',
    });
    const c = mk({
      patientId: 'c',
      overdue: [{ id: 'ct', due: '2025-06-01' }],
      oldestDue: '2025-06-01',
      imacsTier: 'high',
    });
    const d = mk({
      patientId: 'd',
      overdue: [{ id: 'ct', due: '2024-01-01' }],
      oldestDue: '2024-01-01',
      imacsTier: 'moderate',
    });
    const e = mk({
      patientId: 'e',
      overdue: [{ id: 'ct', due: '2019-01-01' }],
      oldestDue: '2019-01-01',
      screeningEnded: true,
    });
    const possible = mk({
      patientId: 'f',
      eularCategory: 'possible',
      overdue: [{ id: 'ct', due: '2024-01-01' }],
    });
    const nothing = mk({ patientId: 'g' });
    expect([possible, nothing, base].map(onWorklist)).toEqual([false, false, false]);
    expect([a, b, c, d, e].sort(compareWorklist).map((r) => r.patientId)).toEqual(['d', 'c', 'b', 'a', 'e']);
  });

  it('writes CSV cells in column order, lists joined and quoted when needed', () => {
    const r = mk({
      patientId: 'a,"b"',
      overdue: [
        { id: 'ct', due: '2025-01-01' },
        { id: 'pet-ct', due: '2025-02-01' },
      ],
    });
    const cells = rowCsvCells(r);
    expect(cells).toHaveLength(ROW_COLUMNS.length);
    expect(cells[0]).toBe('"a,""b"""');
    expect(cells[ROW_COLUMNS.indexOf('overdue')]).toBe('ct@2025-01-01; pet-ct@2025-02-01');
  });
});
