/**
 * The Population API: roles, audit entries, paging and order of the worklist, unknown runs and patients —
 * on local runs (a directory of `heliotrope bulk` outputs, any database) and, with DATABASE_URL, on the
 * distributed-run tables of PostgreSQL, compared with the local run of the same export.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultRow } from '../assess/population-results/row.js';
import type { PopulationSummary } from '../assess/population-results/summary.js';
import { RunDatabase } from '../bulk/pg-results.js';
import { runBulk } from '../bulk/run.js';
import { writePopulation } from '../population/write.js';
import { apiFixture, signInForToken, type ApiFixture } from '../../test/api-helpers.js';
import { testBackends } from '../../test/db.js';
import { queueTestRun, type TestRun } from '../../test/population-run.js';
import { createApp } from './app.js';
import { hashPassword } from './auth.js';
import { PopulationRuns } from './population.js';

const AS_OF = '2026-01-01';
const root = mkdtempSync(join(tmpdir(), 'heliotrope-population-'));
const runsDir = join(root, 'runs');
const localDir = join(runsDir, 'clinic-2026');
const read = (p: string) => readFileSync(p, 'utf8');
let localRows: ResultRow[] = [];
let localSummary: PopulationSummary;
/** Patient ids of worklist.csv, in its order. */
let worklistIds: string[] = [];

beforeAll(async () => {
  await writePopulation({ patients: 120, out: join(root, 'export'), seed: 'population-page', badLines: 2 });
  await runBulk({ input: join(root, 'export'), out: localDir, asOf: AS_OF, workers: 0 });
  localRows = read(join(localDir, 'results.ndjson'))
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as ResultRow);
  localSummary = JSON.parse(read(join(localDir, 'summary.json'))) as PopulationSummary;
  worklistIds = read(join(localDir, 'worklist.csv'))
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(',')[1]!);
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const get = async (f: ApiFixture, path: string, token = f.token) => {
  const r = await f.app.request(path, { headers: { Authorization: `Bearer ${token}` } });
  return { status: r.status, body: (await r.json()) as Record<string, unknown> };
};

/** All worklist rows of a run, page by page: forwards along `next`, then backwards along `prev`. */
async function wholeWorklist(f: ApiFixture, id: string, limit: number) {
  const url = (cursor: string | null) =>
    `/api/population/runs/${id}/worklist?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
  type Page = {
    total: number;
    items: { rank: number; row: ResultRow }[];
    next: string | null;
    prev: string | null;
  };
  const read = async (cursor: string | null) => {
    const r = await get(f, url(cursor));
    expect(r.status).toBe(200);
    const page = r.body as unknown as Page;
    expect(page.items.length).toBeLessThanOrEqual(limit);
    return page;
  };
  const ids: string[] = [];
  const ranks: number[] = [];
  let page = await read(null);
  expect(page.prev).toBeNull();
  for (;;) {
    ids.push(...page.items.map((i) => i.row.patientId));
    ranks.push(...page.items.map((i) => i.rank));
    if (!page.next || ids.length > page.total) break;
    page = await read(page.next);
  }
  expect(ids.length).toBe(page.total);
  const back: string[] = [];
  for (;;) {
    back.unshift(...page.items.map((i) => i.row.patientId));
    if (!page.prev || back.length > page.total) break;
    page = await read(page.prev);
  }
  expect(back).toEqual(ids);
  return { ids, ranks };
}

describe.each(testBackends)('Population API on local runs ($name)', (backend) => {
  let f: ApiFixture;
  let viewerToken = '';
  let adminToken = '';
  const id = 'local-clinic-2026';

  beforeAll(async () => {
    f = await apiFixture(backend, 'clinician', { population: new PopulationRuns({ directory: runsDir }) });
    await f.store.accounts.createUser('viewer', await hashPassword('viewer-password'), 'viewer');
    await f.store.accounts.createUser('boss', await hashPassword('admin-password'), 'admin');
    viewerToken = await signInForToken(f.app, 'viewer', 'viewer-password');
    adminToken = await signInForToken(f.app, 'boss', 'admin-password');
  });
  afterAll(() => f.close());

  it('lists the finished local run with its counts, for clinicians and admins', async () => {
    const r = await get(f, '/api/population/runs');
    expect(r.status).toBe(200);
    expect(r.body.sources).toEqual({ distributed: false, directory: true });
    const items = r.body.items as Record<string, unknown>[];
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      id,
      source: 'local',
      state: 'finished',
      asOf: AS_OF,
      total: 120,
      done: 120,
      failed: localSummary.patients.failed,
    });
    expect((await get(f, '/api/population/runs', adminToken)).status).toBe(200);
  });

  it('gives the summary of summary.json', async () => {
    const r = await get(f, `/api/population/runs/${id}`);
    expect(r.status).toBe(200);
    expect(r.body.partial).toBe(false);
    expect(r.body.summary).toEqual(localSummary);
  });

  it('pages the worklist in the order of worklist.csv, with ranks', async () => {
    expect(worklistIds.length).toBeGreaterThan(4);
    const { ids, ranks } = await wholeWorklist(f, id, 3);
    expect(ids).toEqual(worklistIds);
    expect(ranks).toEqual(worklistIds.map((_, i) => i + 1));
    const whole = await get(f, `/api/population/runs/${id}/worklist?limit=500`);
    expect(whole.body).toMatchObject({ total: worklistIds.length, next: null, prev: null });
  });

  it("gives a patient's row and worklist rank; 404 for a patient not in the run", async () => {
    const second = worklistIds[1]!;
    const r = await get(f, `/api/population/runs/${id}/patient?patientId=${encodeURIComponent(second)}`);
    expect(r.status).toBe(200);
    expect(r.body.row).toEqual(localRows.find((x) => x.patientId === second));
    expect(r.body.worklistRank).toBe(2);
    const off = localRows.find((x) => !worklistIds.includes(x.patientId))!;
    const o = await get(f, `/api/population/runs/${id}/patient?patientId=${off.patientId}`);
    expect(o.body.worklistRank).toBeNull();
    const none = await get(f, `/api/population/runs/${id}/patient?patientId=nobody`);
    expect(none.status).toBe(404);
    expect(none.body.detail).toContain('has no result for the patient');
  });

  it('answers 404 naming the run for an unknown run, also one that tries to leave the directory', async () => {
    for (const bad of ['local-nope', 'local-..', '3f1c0b1e-0000-4000-8000-000000000000']) {
      const r = await get(f, `/api/population/runs/${encodeURIComponent(bad)}`);
      expect(r.status).toBe(404);
      expect(r.body.detail).toBe(`no population run "${bad}" (see GET /api/population/runs for the runs)`);
    }
    const w = await get(f, '/api/population/runs/local-nope/worklist');
    expect(w.status).toBe(404);
  });

  it('refuses a limit out of range with 422, and a bad cursor or an offset with 400, naming the field', async () => {
    const r = await get(f, `/api/population/runs/${id}/worklist?limit=0`);
    expect(r.status).toBe(422);
    expect((r.body.issues as { path: string }[]).map((i) => i.path)).toEqual(['limit']);
    const next = (await get(f, `/api/population/runs/${id}/worklist?limit=1`)).body.next as string;
    for (const [query, field] of [
      ['cursor=bm90IGEgY3Vyc29y', 'cursor'],
      ['cursor=%25%25', 'cursor'],
      [`cursor=${next.slice(0, -2)}`, 'cursor'],
      ['offset=50', 'offset'],
    ]) {
      const b = await get(f, `/api/population/runs/${id}/worklist?${query}`);
      expect(b.status, query).toBe(400);
      expect(b.body.type).toBe('urn:heliotrope:problem:malformed');
      expect((b.body.issues as { path: string }[]).map((i) => i.path)).toEqual([field]);
    }
  });

  it('refuses viewers (403) and anonymous callers (401), and audits the denials', async () => {
    const v = await get(f, `/api/population/runs/${id}/worklist`, viewerToken);
    expect(v.status).toBe(403);
    const anon = await f.app.request('/api/population/runs');
    expect(anon.status).toBe(401);
    const log = await f.store.audit.list({ limit: 1000 });
    const denied = log.filter((e) => e.action === 'population.worklist' && e.outcome === 'denied');
    expect(denied.some((e) => e.resourceId === id && e.detail?.status === 403)).toBe(true);
    expect(
      log.some((e) => e.action === 'population.list' && e.outcome === 'denied' && e.detail?.status === 401),
    ).toBe(true);
  });

  it('audits every read with who and which run, a hash for the patient, never the patient id', async () => {
    const since = (await f.store.audit.list({ limit: 1 }))[0]?.seq ?? 0;
    const patient = worklistIds[0]!;
    await get(f, '/api/population/runs');
    await get(f, `/api/population/runs/${id}`);
    await get(f, `/api/population/runs/${id}/worklist?limit=2`);
    await get(f, `/api/population/runs/${id}/patient?patientId=${patient}`);
    await get(f, '/api/population/runs/local-nope');
    const user = (await f.store.accounts.findLogin('tester'))!.user;
    const log = (await f.store.audit.list({ limit: 100 })).filter((e) => (e.seq ?? 0) > since).reverse();
    expect(log.map((e) => [e.action, e.resourceId, e.outcome])).toEqual([
      ['population.list', null, 'ok'],
      ['population.read', id, 'ok'],
      ['population.worklist', id, 'ok'],
      ['population.patient', id, 'ok'],
      ['population.read', 'local-nope', 'denied'],
    ]);
    expect(log.map((e) => e.userId)).toEqual(log.map(() => user.id));
    expect(log.find((e) => e.action === 'population.patient')!.detail).toEqual({
      patientIdSha256: createHash('sha256').update(patient).digest('hex'),
    });
    expect(JSON.stringify(log)).not.toContain(patient);
    expect(log.find((e) => e.action === 'population.worklist')!.detail).toEqual({
      first: 1,
      limit: 2,
      rows: 2,
    });
  });

  it('says there are no sources when none is configured', async () => {
    const bare = createApp({ store: f.store });
    const r = await bare.request('/api/population/runs', { headers: { Authorization: `Bearer ${f.token}` } });
    expect(await r.json()).toEqual({ sources: { distributed: false, directory: false }, items: [] });
  });
});

const pg = testBackends.find((b) => b.name === 'postgres');

// PostgreSQL only (CI starts one and sets DATABASE_URL, see .ci/run): the distributed-run tables.
describe.each(pg ? [pg] : [])('Population API on distributed runs ($name)', (backend) => {
  let f: ApiFixture;
  let runs: RunDatabase;
  let population: PopulationRuns;
  let run: TestRun;
  const runId = '6b0e2a53-5f1d-4c4b-9a40-2d4f7d1c9e11';
  const shardSize = 50;

  beforeAll(async () => {
    const db = await backend.open();
    const schema = (await sql<{ s: string }>`SELECT current_schema() AS s`.execute(db.kysely)).rows[0]!.s;
    // The server's store and the run tables in one schema of its own (what `search_path` gives the server).
    const url = new URL(process.env.DATABASE_URL!);
    url.searchParams.set('options', `-c search_path=${schema}`);
    runs = new RunDatabase(url.toString(), 2);
    await runs.migrate();
    population = new PopulationRuns({ databaseUrl: url.toString(), directory: runsDir });
    f = await apiFixture({ name: 'postgres', open: async () => db }, 'clinician', { population });
    run = await queueTestRun(runs, runId, localRows, localSummary, shardSize);
  }, 60_000);
  afterAll(async () => {
    await population.close();
    await runs.close();
    await f.close();
  });

  it('shows progress while workers store shards, and a partial summary', async () => {
    const before = await get(f, '/api/population/runs');
    expect(before.body.sources).toEqual({ distributed: true, directory: true });
    const items = before.body.items as Record<string, unknown>[];
    expect(items.map((i) => i.id)).toEqual([runId, 'local-clinic-2026']);
    expect(items[0]).toMatchObject({
      source: 'distributed',
      state: 'queued',
      total: 120,
      done: 0,
      shardsDone: 0,
      shards: 3,
    });
    await run.complete(0);
    const after = await get(f, `/api/population/runs/${runId}`);
    expect(after.body.run).toMatchObject({ done: shardSize, shardsDone: 1, state: 'queued' });
    expect(after.body.partial).toBe(true);
    expect((after.body.summary as PopulationSummary).patients.total).toBe(shardSize);
  });

  it('once finished, gives the summary, worklist and rows of the local run of the same export', async () => {
    for (let s = 1; s < 3; s++) await run.complete(s);
    await run.finish();
    const r = await get(f, `/api/population/runs/${runId}`);
    expect(r.body.run).toMatchObject({ state: 'finished', done: 120, failed: localSummary.patients.failed });
    expect(r.body.partial).toBe(false);
    const s = r.body.summary as PopulationSummary;
    // The bad lines were not copied into this hand-made run: everything else is the local run's summary.
    expect({ ...s, input: { ...s.input, badLines: localSummary.input.badLines } }).toEqual(localSummary);
    const { ids, ranks } = await wholeWorklist(f, runId, 4);
    expect(ids).toEqual(worklistIds);
    expect(ranks).toEqual(worklistIds.map((_, i) => i + 1));
    const third = worklistIds[2]!;
    const p = await get(f, `/api/population/runs/${runId}/patient?patientId=${third}`);
    expect(p.body.row).toEqual(localRows.find((x) => x.patientId === third));
    expect(p.body.worklistRank).toBe(3);
    expect((await get(f, `/api/population/runs/${runId}/patient?patientId=nobody`)).status).toBe(404);
    const log = (await f.store.audit.list({ limit: 100 })).filter((e) => e.resourceId === runId);
    expect(log.map((e) => e.action)).toContain('population.patient');
  });

  it('lists no distributed runs on a database where none ever ran', async () => {
    const url = new URL(process.env.DATABASE_URL!);
    url.searchParams.set('options', '-c search_path=heliotrope_no_such_schema');
    const empty = new PopulationRuns({ databaseUrl: url.toString() });
    try {
      expect(await empty.list()).toEqual([]);
      await expect(empty.run(runId)).rejects.toThrow(`no population run "${runId}"`);
    } finally {
      await empty.close();
    }
  });
});
