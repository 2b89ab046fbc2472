/**
 * The Population page in real Chromium against the real server: a local `heliotrope bulk` run in the
 * server's population directory (any database) — runs, progress, summary charts, the worklist in
 * worklist.csv's order and a link to a patient's result; with DATABASE_URL, a distributed run on PostgreSQL
 * whose progress the page follows while shards are stored, without a reload.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareWorklist, onWorklist, type ResultRow } from '../../src/assess/population-results/row.js';
import type { PopulationSummary } from '../../src/assess/population-results/summary.js';
import { RunDatabase } from '../../src/bulk/pg-results.js';
import { runBulk } from '../../src/bulk/run.js';
import { writePopulation } from '../../src/population/write.js';
import { populationCategoryLabel, screeningItemLabel, tierLabel } from '../../src/render/wording/index.js';
import { hashPassword } from '../../src/server/auth.js';
import type { RunningServer } from '../../src/server/start.js';
import { findChromium, openRecordedPage } from '../browser.js';
import { queueTestRun, type TestRun } from '../population-run.js';
import { startWebServer } from '../web-server.js';

const AS_OF = '2026-01-01';
const pgUrl = process.env.DATABASE_URL;
let chromiumPath = '';
let tmp: string;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];
let rows: ResultRow[] = [];
let summary: PopulationSummary;
/** worklist.csv's patient ids, in order. */
let worklist: string[] = [];

async function newPage(): Promise<Page> {
  const { context, page } = await openRecordedPage({
    executablePath: chromiumPath,
    profileDir: mkdtempSync(join(tmp, 'profile-')),
    errors: pageErrors,
  });
  contexts.push(context);
  return page;
}

async function signIn(server: RunningServer, page: Page, user: string, password: string): Promise<void> {
  await page.goto(server.url);
  await page.getByLabel('User name').fill(user);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Cases' }).waitFor();
}

const addUsers = async (server: RunningServer) => {
  await server.store.accounts.createUser('dr.moss', await hashPassword('clinician-pass-3'), 'clinician');
  await server.store.accounts.createUser('reader', await hashPassword('viewer-pass-3'), 'viewer');
};

beforeAll(async () => {
  chromiumPath = (await findChromium()).executablePath;
  tmp = mkdtempSync(join(tmpdir(), 'heliotrope-e2e-population-'));
  await writePopulation({ patients: 120, out: join(tmp, 'export'), seed: 'population-page', badLines: 2 });
  const out = join(tmp, 'runs', 'clinic-2026');
  await runBulk({ input: join(tmp, 'export'), out, asOf: AS_OF, workers: 0 });
  rows = readFileSync(join(out, 'results.ndjson'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as ResultRow);
  summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as PopulationSummary;
  worklist = readFileSync(join(out, 'worklist.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(',')[1]!);
}, 120_000);

/** Closes the browsers opened so far (before their server stops: a page must not outlive it). */
async function closePages(): Promise<void> {
  for (const c of contexts.splice(0)) await c.close();
}

afterAll(async () => {
  await closePages();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the Population page on a local run', { timeout: 90_000 }, () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startWebServer(join(tmp, 'local'), false, { populationDir: join(tmp, 'runs') });
    await addUsers(server);
  }, 60_000);
  afterAll(async () => {
    await closePages();
    await server?.close(1000);
  });

  it('shows the run, its progress, the summary charts and the worklist linking to a patient', async () => {
    const page = await newPage();
    await signIn(server, page, 'dr.moss', 'clinician-pass-3');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Population' }).click();
    const runs = page.getByTestId('population-runs');
    const runRow = runs.locator('tbody tr', { hasText: 'local-clinic-2026' });
    await runRow.waitFor();
    expect(await runRow.getByTestId('run-state').textContent()).toBe('Finished');
    expect(await runRow.textContent()).toContain('120 / 120 (100 %)');
    expect(await runRow.getByRole('progressbar').getAttribute('value')).toBe('120');

    await runRow.getByRole('link', { name: 'local-clinic-2026' }).click();
    await page.getByTestId('summary-patients').waitFor();
    expect(await page.getByTestId('summary-patients').textContent()).toBe('120');
    // Each chart names every bar with its count, in words from the wording table.
    const label = async (id: string) =>
      (await page.getByTestId(id).locator('svg').getAttribute('aria-label')) ?? '';
    const category = await label('chart-category');
    for (const [k, v] of Object.entries(summary.byCategory))
      expect(category).toContain(`${populationCategoryLabel(k)} ${v}`);
    const tier = await label('chart-tier');
    for (const [k, v] of Object.entries(summary.byTier)) expect(tier).toContain(`${tierLabel(k)} ${v}`);
    const overdue = page.getByTestId('chart-overdue');
    expect(await overdue.locator('rect').count()).toBe(Object.keys(summary.overdueByTest).length);
    const [firstTest, firstCount] = Object.entries(summary.overdueByTest).sort((a, b) => b[1] - a[1])[0]!;
    expect(await label('chart-overdue')).toContain(`${screeningItemLabel(firstTest)} ${firstCount}`);

    // The worklist: worklist.csv's patients in its order, each linking to the patient's result.
    const table = page.getByTestId('worklist');
    await table.locator('tbody tr').first().waitFor();
    const mrn = (id: string) => rows.find((r) => r.patientId === id)!.mrn ?? id;
    expect(await table.locator('tbody th a').allTextContents()).toEqual(worklist.slice(0, 25).map(mrn));
    expect(await page.getByTestId('worklist-range').textContent()).toBe(
      `1–${Math.min(25, worklist.length)} of ${worklist.length}`,
    );
    const second = rows.find((r) => r.patientId === worklist[1])!;
    await table.getByRole('link', { name: second.mrn ?? second.patientId }).click();
    const result = page.getByTestId('population-patient');
    await result.waitFor();
    expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe(`Patient ${second.mrn}`);
    expect(await result.textContent()).toContain('rank 2');
    expect(await result.textContent()).toContain(populationCategoryLabel(second.eularCategory!));
    expect(await page.getByTestId('patient-screening').locator('tbody tr').count()).toBe(
      second.overdue.length + second.due.length,
    );
    expect(page.url()).toContain(`patient?patientId=${encodeURIComponent(second.patientId)}`);
    // Back to the run through the breadcrumb.
    await page.getByRole('link', { name: 'Run local-clinic-2026' }).click();
    await page.getByTestId('worklist').waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('pages a longer worklist forwards and back along the cursors of each page', async () => {
    // Another finished run: the run's rows four times over (other ids), so that its worklist spans pages.
    const many = rows.flatMap((r) =>
      [1, 2, 3, 4].map((k) => ({
        ...r,
        patientId: `${r.patientId}-${k}`,
        mrn: `${r.mrn ?? r.patientId}-${k}`,
      })),
    );
    const folder = join(tmp, 'runs', 'clinic-many');
    mkdirSync(folder);
    writeFileSync(join(folder, 'results.ndjson'), many.map((r) => JSON.stringify(r) + '\n').join(''));
    writeFileSync(
      join(folder, 'summary.json'),
      JSON.stringify({ ...summary, patients: { ...summary.patients, total: many.length } }),
    );
    const order = many
      .filter(onWorklist)
      .sort(compareWorklist)
      .map((r) => r.mrn);
    expect(order.length).toBeGreaterThan(50);
    const page = await newPage();
    await signIn(server, page, 'dr.moss', 'clinician-pass-3');
    await page.goto(`${server.url}population/runs/local-clinic-many`);
    const table = page.getByTestId('worklist');
    const range = () => page.getByTestId('worklist-range').textContent();
    const pager = page.locator('.pop-pager');
    await table.locator('tbody tr').first().waitFor();
    expect(await range()).toBe(`1–25 of ${order.length}`);
    expect(await pager.getByRole('button', { name: 'Previous' }).isDisabled()).toBe(true);
    await pager.getByRole('button', { name: 'Next' }).click();
    await expect.poll(range).toBe(`26–50 of ${order.length}`);
    expect(await table.locator('tbody th a').allTextContents()).toEqual(order.slice(25, 50));
    await pager.getByRole('button', { name: 'Previous' }).click();
    await expect.poll(range).toBe(`1–25 of ${order.length}`);
    expect(await table.locator('tbody th a').allTextContents()).toEqual(order.slice(0, 25));
    expect(pageErrors).toEqual([]);
  });

  it('is not offered to a viewer, and the API refuses one', async () => {
    const page = await newPage();
    await signIn(server, page, 'reader', 'viewer-pass-3');
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link', { name: 'Population' }).count()).toBe(0);
    const status = await page.evaluate(async () => (await fetch('/api/population/runs')).status);
    expect(status).toBe(403);
  });
});

// PostgreSQL only (CI starts one and sets DATABASE_URL, see .ci/run).
describe.each(pgUrl ? [pgUrl] : [])(
  'the Population page on a distributed run (%s)',
  { timeout: 120_000 },
  (url) => {
    let server: RunningServer;
    let runs: RunDatabase;
    let run: TestRun;
    const schema = `pop_e2e_${randomBytes(5).toString('hex')}`;
    const runId = '0f5b7c1e-2d3a-4e5f-8a9b-c0d1e2f3a4b5';
    const shardSize = 40;

    const admin = async (sqlText: string) => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        await c.query(sqlText);
      } finally {
        await c.end();
      }
    };

    beforeAll(async () => {
      await admin(`CREATE SCHEMA ${schema}`);
      const scoped = new URL(url);
      scoped.searchParams.set('options', `-c search_path=${schema}`);
      runs = new RunDatabase(scoped.toString(), 2);
      await runs.migrate();
      run = await queueTestRun(runs, runId, rows, summary, shardSize);
      server = await startWebServer(join(tmp, 'pg'), false, { databaseUrl: scoped.toString() });
      await addUsers(server);
    }, 60_000);
    afterAll(async () => {
      await closePages();
      await server?.close(1000);
      await runs?.close();
      await admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    });

    it('follows the progress of a running run without a reload, then shows its summary and worklist', async () => {
      const page = await newPage();
      await signIn(server, page, 'dr.moss', 'clinician-pass-3');
      await page.goto(`${server.url}population`);
      const runRow = page.getByTestId('population-runs').locator('tbody tr', { hasText: runId });
      await runRow.waitFor();
      expect(await runRow.textContent()).toContain('0 / 120 (0 %)');
      await run.complete(0);
      // The list polls while a run is running.
      await expect.poll(() => runRow.textContent(), { timeout: 30_000 }).toContain('40 / 120 (33.3 %)');

      await runRow.getByRole('link', { name: runId }).click();
      await page.getByTestId('partial').waitFor();
      expect(await page.getByTestId('summary-patients').textContent()).toBe('40');
      await run.complete(1);
      await run.complete(2);
      await run.finish();
      // The run page polls too: it ends with the finished run's summary and the whole worklist.
      await expect
        .poll(() => page.getByTestId('run-state').textContent(), { timeout: 30_000 })
        .toBe('Finished');
      await expect
        .poll(() => page.getByTestId('summary-patients').textContent(), { timeout: 30_000 })
        .toBe('120');
      expect(await page.getByTestId('partial').count()).toBe(0);
      await expect
        .poll(() => page.getByTestId('worklist-range').textContent(), { timeout: 30_000 })
        .toBe(`1–${Math.min(25, worklist.length)} of ${worklist.length}`);
      const first = rows.find((r) => r.patientId === worklist[0])!;
      await page
        .getByTestId('worklist')
        .getByRole('link', { name: first.mrn ?? first.patientId })
        .click();
      await page.getByTestId('population-patient').waitFor();
      expect(await page.getByTestId('population-patient').textContent()).toContain('rank 1');
      expect(pageErrors).toEqual([]);
    });
  },
);
