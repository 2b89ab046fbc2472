/**
 * The distributed-run tables on PostgreSQL (runs when DATABASE_URL is set; CI starts a cluster, see .ci/run):
 * the worklist read for worklist.csv page after page along its partial index, in the order of one sort; the
 * Population API's pages of it (by keyset, forwards and backwards) and a patient's rank, the same order.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { worklistOrder, worklistOutcomes } from '../../test/worklist-outcomes.js';
import { RunDatabase, type StoredRun, type WorklistCursor } from './pg-results.js';

const pgUrl = process.env.DATABASE_URL;

if (!pgUrl && (process.env.CI === 'true' || process.env.CI === '1'))
  throw new Error('DATABASE_URL is not set in CI: the PostgreSQL tests must run (see .ci/run)');

describe.each(pgUrl ? [pgUrl] : [])('RunDatabase on PostgreSQL', (databaseUrl) => {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const runId = 'worklist-keyset';
  const outcomes = worklistOutcomes(3000, 7);
  let runs: RunDatabase;
  let run: StoredRun;

  const admin = async (query: string) => {
    const c = new pg.Client({ connectionString: databaseUrl });
    await c.connect();
    try {
      await c.query(query);
    } finally {
      await c.end();
    }
  };

  beforeAll(async () => {
    await admin(`CREATE SCHEMA ${schema}`);
    const url = new URL(databaseUrl);
    url.searchParams.set('options', `-c search_path=${schema}`);
    runs = new RunDatabase(url.toString(), 2);
    await runs.migrate();
    await runs.createRun(runId, '2026-01-01', 'test');
    // Another run's rows with the same keys, which the run's pages must not pick up.
    await runs.createRun('other', '2026-01-01', 'test');
    for (const id of [runId, 'other'])
      await runs.pool.query(
        `INSERT INTO heliotrope_bulk_result (run_id, patient, seq, row, worklist, overdue_rank, oldest_due, tier_rank)
         SELECT $1, * FROM unnest($2::text[], $3::int[], $4::text[], $5::boolean[], $6::int[], $7::text[], $8::int[])`,
        [
          id,
          outcomes.map((o) => o.patientId),
          outcomes.map((o) => o.seq),
          outcomes.map((o) => (id === runId ? o.row : `other ${o.row}`)),
          outcomes.map((o) => o.worklist === 1),
          outcomes.map((o) => o.overdueRank),
          outcomes.map((o) => o.oldestDue),
          outcomes.map((o) => o.tierRank),
        ],
      );
    await runs.pool.query('ANALYZE heliotrope_bulk_result');
    run = {
      ...(await runs.run(runId))!,
      input: { files: [], lines: 0, outsidePatientCompartment: {}, fileNames: [] },
    };
  }, 60_000);
  afterAll(async () => {
    await runs.close();
    await admin(`DROP SCHEMA ${schema} CASCADE`);
  });

  it('reads the worklist page after page in the order of one sort of the whole list', async () => {
    const want = worklistOrder(outcomes);
    expect(want.length).toBeGreaterThan(1500);
    for (const pageSize of [7, 1000, 10_000]) {
      // At most a few rows more than expected, so that a reader that never ends fails instead of hanging.
      const got: string[] = [];
      for await (const r of runs.source(run, pageSize).worklist()) if (got.push(r) > want.length + 3) break;
      expect(got, String(pageSize)).toEqual(want);
    }
  }, 60_000);

  it("gives the API's pages by keyset, forwards and backwards, with ranks, in the order of one sort", async () => {
    const want = worklistOrder(outcomes);
    for (const limit of [7, 500, 5000]) {
      type Page = Awaited<ReturnType<RunDatabase['worklistPage']>>;
      const rowsOf = (p: Page) => p.rows.map((r) => JSON.stringify(r.row));
      const got: string[] = [];
      const ranks: number[] = [];
      let page = await runs.worklistPage(runId, undefined, limit);
      let from: WorklistCursor | undefined;
      for (let n = 0; page.rows.length && n < want.length / limit + 3; n++) {
        expect(page.total).toBe(want.length);
        got.push(...rowsOf(page));
        ranks.push(...page.rows.map((_, i) => page.first + i));
        from = { direction: 'after', key: page.rows[page.rows.length - 1]!.key };
        page = await runs.worklistPage(runId, from, limit);
      }
      expect(got, `forwards, ${limit} a page`).toEqual(want);
      expect(ranks).toEqual(want.map((_, i) => i + 1));
      // Backwards from the last row (the pages before it).
      const back: string[] = [];
      let key = from!.key;
      for (let n = 0; n < want.length / limit + 3; n++) {
        page = await runs.worklistPage(runId, { direction: 'before', key }, limit);
        if (!page.rows.length) break;
        expect(page.first).toBe(want.length - 1 - back.length - page.rows.length + 1);
        back.unshift(...rowsOf(page));
        key = page.rows[0]!.key;
      }
      expect(back, `backwards, ${limit} a page`).toEqual(want.slice(0, -1));
    }
  }, 60_000);

  it("gives a patient's worklist rank as its place in the order, counted along the index", async () => {
    const want = worklistOrder(outcomes).map((r) => (JSON.parse(r) as { patientId: string }).patientId);
    const rank = new Map(want.map((id, i) => [id, i + 1]));
    for (const o of outcomes.filter((_, i) => i % 13 === 0)) {
      const found = await runs.patientResult(runId, o.patientId);
      expect(found?.worklistRank, o.patientId).toBe(rank.get(o.patientId) ?? null);
    }
    expect(await runs.patientResult(runId, 'nobody')).toBeUndefined();
  }, 60_000);

  it('finds a page after a key through the partial index', async () => {
    const c = await runs.pool.connect();
    try {
      // On a table this small the planner may prefer a scan; without one, the index must serve the query.
      await c.query('SET enable_seqscan = off');
      await c.query('SET enable_sort = off');
      const plan = await c.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN SELECT row FROM heliotrope_bulk_result WHERE run_id = $1 AND worklist
           AND (overdue_rank, oldest_due COLLATE "C", tier_rank, patient COLLATE "C") > ($2, $3, $4, $5)
         ORDER BY overdue_rank, oldest_due COLLATE "C", tier_rank, patient COLLATE "C" LIMIT 100`,
        [runId, 0, '2024-06-30', 1, 'p1'],
      );
      expect(plan.rows.map((r) => r['QUERY PLAN']).join('\n')).toMatch(
        /Index (Only )?Scan using heliotrope_bulk_result_worklist/,
      );
      // A patient's rank: a count of the rows before its key, along the same index (no sort, no window).
      const count = await c.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN SELECT COUNT(*) FROM heliotrope_bulk_result WHERE run_id = $1 AND worklist
           AND (overdue_rank, oldest_due COLLATE "C", tier_rank, patient COLLATE "C") < ($2, $3, $4, $5)`,
        [runId, 0, '2024-06-30', 1, 'p1'],
      );
      expect(count.rows.map((r) => r['QUERY PLAN']).join('\n')).toMatch(
        /Index (Only )?Scan using heliotrope_bulk_result_worklist/,
      );
    } finally {
      c.release();
    }
  });
});
