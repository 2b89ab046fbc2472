/**
 * Keyset paging of a local run's worklist (a folder of `heliotrope bulk` outputs): a few thousand rows whose
 * keys collide often, read page after page forwards (`next`) and backwards (`prev`), equal the order of one
 * sort computed here; a patient's rank is its place in that order; a cursor the server did not write is
 * refused as malformed, naming the parameter.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultRow } from '../assess/population-results/row.js';
import { MalformedRequestError, toProblem } from './problem.js';
import { decodeCursor, encodeCursor, PopulationRuns } from './population.js';
import { xorshift32 } from '../../test/worklist-outcomes.js';

const root = mkdtempSync(join(tmpdir(), 'heliotrope-paging-'));
const RUN = 'local-many';

/**
 * `n` result rows, about two thirds on the worklist, with few categories, due days and tiers, so that many
 * rows share all keys but the patient id (ids of varied lengths, so their text order is not their numbering).
 */
function rows(n: number): ResultRow[] {
  const next = xorshift32(11);
  const days = ['2024-01-01', '2024-06-30', '2025-02-28', null];
  const tiers = ['high', 'moderate', 'standard', null];
  const item = { id: 'ct-chest', due: '2024-01-01' };
  const out: ResultRow[] = [];
  for (let i = 1; i <= n; i++) {
    const on = next() % 3 !== 0;
    const overdue = next() % 2 === 0;
    out.push({
      patientId: `p${(next() % 500).toString(36)}-${i}`,
      mrn: null,
      eularCategory: on ? (next() % 2 ? 'probable' : 'definite') : 'none',
      eularCategoryMax: null,
      eularSubgroup: null,
      eularProbability: null,
      bohanPeter: null,
      imacsTier: tiers[next() % tiers.length]!,
      imacsTierMax: null,
      cancerProbabilityStatus: null,
      cancerProbability: null,
      screeningMode: 'screening',
      overdue: overdue ? [item] : [],
      due: overdue ? [] : [item],
      oldestDue: days[next() % days.length]!,
      screeningEnded: next() % 5 === 0,
      alerts: [],
      issues: 0,
    });
  }
  return out;
}

/** The worklist's patient ids in urgency order, sorted here on the documented keys. */
function expectedOrder(all: ResultRow[]): string[] {
  const tier = (t: string | null) => ({ high: 0, moderate: 1, standard: 2 })[t ?? ''] ?? 3;
  const key = (r: ResultRow) =>
    [
      (r.screeningEnded ? 2 : 0) + (r.overdue.length ? 0 : 1),
      r.oldestDue ?? '9999-12-31',
      tier(r.imacsTier),
      r.patientId,
    ] as const;
  const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
  return all
    .filter((r) => (r.eularCategory === 'probable' || r.eularCategory === 'definite') && !r.error)
    .map(key)
    .sort((a, b) => cmp(a[0], b[0]) || cmp(a[1], b[1]) || cmp(a[2], b[2]) || cmp(a[3], b[3]))
    .map((k) => k[3]);
}

const all = rows(4000);
const want = expectedOrder(all);
let runs: PopulationRuns;

beforeAll(() => {
  const folder = join(root, RUN.slice('local-'.length));
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'results.ndjson'), all.map((r) => JSON.stringify(r)).join('\n') + '\n');
  writeFileSync(
    join(folder, 'summary.json'),
    JSON.stringify({ asOf: '2026-01-01', patients: { total: all.length, failed: 0 } }),
  );
  runs = new PopulationRuns({ directory: root });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the worklist of a local run, by keyset', () => {
  it('reads the same rows page after page, forwards and backwards, as one sort of the whole list', async () => {
    expect(want.length).toBeGreaterThan(2000);
    for (const limit of [7, 500, 5000]) {
      // Forwards from the first page, following `next`; at most a few pages more than needed.
      const ids: string[] = [];
      const ranks: number[] = [];
      let page = await runs.worklist(RUN, undefined, limit);
      expect(page.prev).toBeNull();
      let last = page;
      for (let n = 0; n < want.length / limit + 3; n++) {
        expect(page.total).toBe(want.length);
        expect(page.items.length).toBeLessThanOrEqual(limit);
        ids.push(...page.items.map((i) => i.row.patientId));
        ranks.push(...page.items.map((i) => i.rank));
        last = page;
        if (!page.next) break;
        page = await runs.worklist(RUN, page.next, limit);
      }
      expect(ids, `forwards, ${limit} a page`).toEqual(want);
      expect(ranks).toEqual(want.map((_, i) => i + 1));
      // Backwards from the last page, following `prev`.
      const back: string[] = [];
      const backRanks: number[] = [];
      page = last;
      for (let n = 0; n < want.length / limit + 3; n++) {
        back.unshift(...page.items.map((i) => i.row.patientId));
        backRanks.unshift(...page.items.map((i) => i.rank));
        if (!page.prev) break;
        page = await runs.worklist(RUN, page.prev, limit);
        expect(page.next).not.toBeNull();
      }
      expect(back, `backwards, ${limit} a page`).toEqual(want);
      expect(backRanks).toEqual(want.map((_, i) => i + 1));
    }
  });

  it("gives each patient's rank as its place in the order, and none off the worklist", async () => {
    const rank = new Map(want.map((id, i) => [id, i + 1]));
    for (const r of all.filter((_, i) => i % 29 === 0)) {
      const p = await runs.patient(RUN, r.patientId);
      expect(p.worklistRank, r.patientId).toBe(rank.get(r.patientId) ?? null);
    }
  });

  it('refuses a cursor the server did not write as malformed (400), naming the parameter', async () => {
    const good = (await runs.worklist(RUN, undefined, 3)).next!;
    expect(decodeCursor(good).direction).toBe('after');
    const b64 = (x: unknown) => Buffer.from(JSON.stringify(x)).toString('base64url');
    const bad = [
      '',
      'not a cursor',
      `${good}=`,
      'x'.repeat(5000),
      Buffer.from('{not json').toString('base64url'),
      b64({ after: 'p1' }),
      b64(['c', 0, '2024-01-01', 0, 'p1']),
      b64(['a', 4, '2024-01-01', 0, 'p1']),
      b64(['a', 0.5, '2024-01-01', 0, 'p1']),
      b64(['a', 0, '', 0, 'p1']),
      b64(['a', 0, '2024-01-01', 0, '']),
      b64(['a', 0, '2024-01-01', 0, 'p1', 'extra']),
      // The right key, spelt with a space the server does not write.
      Buffer.from(' ' + Buffer.from(good, 'base64url').toString()).toString('base64url'),
    ];
    for (const text of bad) {
      const e = await runs.worklist(RUN, text, 3).then(
        () => undefined,
        (x: unknown) => x,
      );
      expect(e, JSON.stringify(text.slice(0, 40))).toBeInstanceOf(MalformedRequestError);
      const { problem } = toProblem(e, '/w');
      expect(problem.status).toBe(400);
      expect(problem.issues?.map((i) => i.path)).toEqual(['cursor']);
    }
  });

  it("round-trips a cursor's direction and key", () => {
    const key = { overdue: 1, oldestDue: '2024-06-30', tierRank: 2, patient: 'p1-9' };
    expect(decodeCursor(encodeCursor({ direction: 'before', key }))).toEqual({ direction: 'before', key });
  });
});
