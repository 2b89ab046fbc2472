/**
 * The clinician's workflow in real Chromium against a real server with the real extraction pipeline
 * (issue 11 §1, §3, §4): a follow-up letter merged into Demo 3 after a diff (nothing replaced), a conflict
 * resolved, the unsaved-changes guard, a high-priority alert in the list / case / results / printed report,
 * delete with confirmation, restore of an earlier version after its diff, export (JSON, FHIR), search
 * filters; desktop and phone viewports. Screenshots go to `HELIOTROPE_SCREENSHOTS` (the docs' images, by
 * `npm run screenshots`, scripts/web-screenshots.ts) or test-output/workflow/.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ES module build script without type declarations
import { buildWeb } from '../../scripts/build-web.mjs';
import { hashPassword } from '../../src/server/auth.js';
import { narrativeExtraction } from '../../src/server/extract-hook.js';
import { silentLogger } from '../../src/server/logger.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { findChromium, openRecordedPage, signInAs } from '../browser.js';
import { repoRoot } from '../repo.js';

const shots = resolve(repoRoot, process.env.HELIOTROPE_SCREENSHOTS ?? join('test-output', 'workflow'));
const LETTER = 'Follow-up letter: CK today was 900 U/L (normal < 170). She reports mild dysphagia.';

let chromiumPath = '';
let server: RunningServer;
let tmp: string;
let sarcomaId = '';
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

async function newPage(width = 1400, height = 1000): Promise<Page> {
  const { context, page } = await openRecordedPage({
    executablePath: chromiumPath,
    profileDir: mkdtempSync(join(tmp, 'profile-')),
    errors: pageErrors,
    viewport: { width, height },
    acceptDownloads: true,
  });
  contexts.push(context);
  return page;
}

async function signIn(page: Page): Promise<void> {
  await signInAs(page, server.url, 'dr.ames', 'clinician-pass-1');
}

async function openCase(page: Page, titleStart: string): Promise<void> {
  await page.getByRole('link', { name: new RegExp(`^${titleStart}`) }).click();
  await page.getByTestId('eular-category').first().waitFor();
}

async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const el = (
      globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }
    ).document.documentElement;
    return el.scrollWidth - el.clientWidth;
  });
}

beforeAll(async () => {
  chromiumPath = (await findChromium()).executablePath;
  tmp = mkdtempSync(join(tmpdir(), 'heliotrope-flow-'));
  mkdirSync(shots, { recursive: true });
  const webRoot = (await buildWeb(join(tmp, 'web'))) as string;
  server = await startServer(
    {
      port: 0,
      host: '127.0.0.1',
      databaseUrl: join(tmp, 'db.sqlite'),
      dataDir: tmp,
      logLevel: 'silent',
      demo: true,
      adminPassword: 'admin-password-1',
      webRoot,
    },
    { say: () => undefined, logger: silentLogger, extract: narrativeExtraction },
  );
  await server.store.accounts.createUser('dr.ames', await hashPassword('clinician-pass-1'), 'clinician');
  const course = JSON.parse(
    readFileSync(join(repoRoot, 'src/monitoring/__fixtures__/leiomyosarcoma-course.json'), 'utf8'),
  ) as Record<string, unknown>;
  // Stored through the API so that the list summary (with its alerts) is computed as for any saved case.
  const admin = (await server.store.accounts.listUsers()).find((u) => u.username === 'admin')!;
  const { assessCase } = await import('../../src/assess/assess.js');
  const { parseCase } = await import('../../src/case/validate.js');
  const { summarize } = await import('../../src/server/summary.js');
  const c = parseCase({ ...course, title: 'Synthetic sarcoma course (flare)' });
  const summary = summarize(assessCase(c, { asOf: new Date().toISOString().slice(0, 10) }));
  sarcomaId = (await server.store.cases.create(c, admin.id, summary)).id;
}, 90_000);

afterAll(async () => {
  for (const c of contexts) await c.close();
  await server?.close(1000);
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('clinician workflow in Chromium (issue 11)', { timeout: 120_000 }, () => {
  it('a follow-up letter is merged into Demo 3 after a diff: nothing replaced, the result stays Definite; leaving unsaved asks first', async () => {
    const page = await newPage();
    await signIn(page);
    await openCase(page, 'Demo 3');
    const before = (await page.getByTestId('eular-category').first().textContent()) ?? '';
    expect(before).toMatch(/Definite/);
    await page.getByRole('tab', { name: 'Narrative' }).click();
    await page.getByLabel('Clinical note').fill(LETTER);
    await page.getByRole('button', { name: 'Extract facts' }).click();
    const summary = page.getByTestId('merge-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toMatch(
      /add 2 new, fill 0 unknown, 0 already recorded \(unchanged\), 0 conflicts/,
    );
    const facts = page.getByTestId('fact');
    await expect.poll(() => facts.count()).toBe(2);
    expect(await facts.allTextContents()).toEqual([
      expect.stringMatching(/new.*Dysphagia.*present/),
      expect.stringMatching(/new.*CK.*900 U\/L.*undated/),
    ]);
    // The source sentence of each fact is quoted with the fact highlighted.
    expect(await facts.nth(1).locator('q.source mark').allTextContents()).toEqual([
      'CK',
      '900 U/L (normal < 170)',
    ]);
    // "She reports …" opens a sentence about the patient: the letter states the sex, not the age
    expect(await page.getByTestId('extracted-patient').textContent()).toMatch(/age not found · female/);
    await page.screenshot({ path: join(shots, 'merge-review.png'), fullPage: true });
    await page.getByRole('button', { name: 'Accept into the form' }).click();
    await page.getByRole('tab', { name: 'Case', selected: true }).waitFor();
    expect(await page.locator('p.status').first().textContent()).toMatch(/2 added/);
    // Demographics, antibodies and the first CK are kept; the result is still Definite.
    expect(await page.getByLabel('Sex', { exact: true }).inputValue()).toBe('female');
    expect(await page.getByLabel('Age (years)', { exact: true }).inputValue()).toBe('38');
    await expect.poll(() => page.getByTestId('eular-category').first().textContent()).toMatch(/Definite/);
    const values = () =>
      page.evaluate(() =>
        [
          ...(
            globalThis as unknown as {
              document: { querySelectorAll(s: string): Iterable<{ value: string }> };
            }
          ).document.querySelectorAll('input'),
        ].map((i) => i.value),
      );
    await expect.poll(values).toEqual(expect.arrayContaining(['1850', '900', '38']));
    await page.screenshot({ path: join(shots, 'merge-accepted.png') });

    // Unsaved: leaving for the case list asks; declining stays, accepting leaves.
    const asked: string[] = [];
    page.once('dialog', (d) => {
      asked.push(d.message());
      void d.dismiss();
    });
    await page.getByRole('link', { name: 'Cases' }).first().click();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toMatch(/unsaved changes/);
    expect(page.url()).toMatch(/\/cases\/[0-9a-f-]{36}$/);
    await page.getByTestId('eular-category').first().waitFor();
    // The browser's back button is guarded too.
    page.once('dialog', (d) => {
      asked.push(d.message());
      void d.dismiss();
    });
    await page.goBack();
    await expect.poll(() => asked.length).toBe(2);
    await page.getByTestId('eular-category').first().waitFor();
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('link', { name: 'Cases' }).first().click();
    await page.getByRole('heading', { name: 'Cases' }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('a finding recorded with another status is a conflict the clinician must resolve before accepting', async () => {
    const page = await newPage();
    await signIn(page);
    await openCase(page, 'Demo 3');
    await page.getByRole('tab', { name: 'Narrative' }).click();
    await page.getByLabel('Clinical note').fill('She now has a heliotrope rash. No dysphagia.');
    await page.getByRole('button', { name: 'Extract facts' }).click();
    await page.getByTestId('merge-summary').waitFor();
    const conflict = page.locator('[data-kind="conflict"]');
    await expect.poll(() => conflict.count()).toBe(1);
    expect(await conflict.textContent()).toMatch(/Heliotrope rash.*recorded absent → extracted present/);
    // The negated finding is shown as absent, not like an affirmed one.
    expect(await page.locator('.note-text mark.st-absent').allTextContents()).toEqual(['dysphagia']);
    const accept = page.getByRole('button', { name: 'Accept into the form' });
    expect(await accept.isDisabled()).toBe(true);
    await page.screenshot({ path: join(shots, 'merge-conflict.png'), fullPage: true });
    await conflict.getByRole('radio', { name: /Keep recorded/ }).check();
    expect(await accept.isDisabled()).toBe(false);
    await accept.click();
    await expect
      .poll(() => page.locator('fieldset[data-finding="heliotrope-rash"] input[value="absent"]').isChecked())
      .toBe(true);
    await expect
      .poll(() => page.locator('fieldset[data-finding="dysphagia"] input[value="absent"]').isChecked())
      .toBe(true);
    page.once('dialog', (d) => void d.accept());
  });

  it('a high-priority alert shows in the case list, at the top of the case, in the results and on the printed report', async () => {
    const page = await newPage();
    await signIn(page);
    const row = page.locator('tr', { has: page.getByRole('link', { name: /Synthetic sarcoma course/ }) });
    expect(await row.getByTestId('list-alerts').textContent()).toMatch(/⚠ Re-stage the cancer/);
    await page.getByLabel('Follow-up alert').selectOption('high');
    // Exactly the cases with a high-priority alert: this one and Demo 1 (its course ends in a flare with a
    // relapse); the other demo cases are filtered out.
    await expect
      .poll(async () =>
        (await page.locator('.case-table tbody tr a').allTextContents())
          .map((t) => t.split(/ [—(]/)[0]!.trim())
          .sort(),
      )
      .toEqual(['Demo 1', 'Synthetic sarcoma course']);
    await page.screenshot({ path: join(shots, 'alert-case-list.png') });
    await page.goto(`${server.url}cases/${sarcomaId}`);
    await page.getByTestId('alert-banner-case').waitFor();
    expect(await page.getByTestId('alert-banner-results').textContent()).toMatch(/Re-stage the cancer/);
    await page.screenshot({ path: join(shots, 'alert-case.png') });
    await page.getByRole('tab', { name: 'Report' }).click();
    const printed = page.locator('.print-report header').getByTestId('alert-banner-print');
    expect(await printed.textContent()).toMatch(/High-priority follow-up alert: Re-stage the cancer/);
    // The "as of" date recomputes: before the course began, there is no alert.
    await page.getByRole('tab', { name: 'Case' }).click();
    await page.getByLabel('Assess as of').fill('2000-01-01');
    await expect.poll(() => page.getByTestId('alert-banner-case').count()).toBe(0);
  });

  it('search: a positive antibody (any spelling) and free text over the key results are searched on the server', async () => {
    const page = await newPage();
    await signIn(page);
    const titles = () => page.locator('.case-table tbody th a').allTextContents();
    await expect.poll(async () => (await titles()).length).toBeGreaterThanOrEqual(5);
    await page.getByLabel('Positive antibody').fill('anti-TIF1γ');
    await expect.poll(async () => (await titles()).some((t) => t.startsWith('Demo 3'))).toBe(false);
    expect(await titles()).toEqual(expect.arrayContaining([expect.stringMatching(/^Demo 1/)]));
    await page.getByLabel('Positive antibody').fill('');
    await page.getByPlaceholder(/Search: title/).fill('jo-1');
    await expect
      .poll(() => page.locator('.case-table tbody th a').allTextContents())
      .toEqual([expect.stringMatching(/^Demo 3/)]);
  });

  it('export (JSON, FHIR), restore an earlier version after its diff, delete with confirmation', async () => {
    const page = await newPage();
    await signIn(page);
    await openCase(page, 'Demo 4');
    await page.getByText('Export', { exact: true }).click();
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Case (JSON)' }).click(),
    ]);
    const doc = JSON.parse(readFileSync(await json.path(), 'utf8')) as { title: string };
    expect(doc.title).toMatch(/^Demo 4/);
    const [fhir] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'FHIR R4 Bundle' }).click(),
    ]);
    expect(fhir.suggestedFilename()).toMatch(/\.fhir\.json$/);
    const bundle = JSON.parse(readFileSync(await fhir.path(), 'utf8')) as { resourceType: string };
    expect(bundle.resourceType).toBe('Bundle');

    // Edit the title, save (version 2), then restore version 1 from the history.
    await page.getByLabel('Case title').fill('Demo 4 — renamed');
    await page.getByRole('button', { name: 'Save new version' }).click();
    await expect.poll(() => page.locator('p.status').first().textContent()).toMatch(/Saved as version 2/);
    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByRole('button', { name: 'Restore…' }).first().click();
    const preview = page.getByTestId('restore-preview');
    await preview.waitFor();
    expect(await preview.textContent()).toMatch(/title.*"Demo 4 — renamed" → "Demo 4 — juvenile/);
    await page.screenshot({ path: join(shots, 'restore-preview.png') });
    await preview.getByRole('button', { name: 'Restore as version 3' }).click();
    await expect.poll(() => page.locator('p.status').first().textContent()).toMatch(/Restored as version 3/);
    await expect
      .poll(() => page.locator('.version-head').first().textContent())
      .toMatch(/Version 3 · restored from version 1/);
    expect(await page.getByRole('heading', { level: 2 }).textContent()).toMatch(/^Demo 4 — juvenile/);

    // Delete: asks in the page, then leaves for the list, where the case is gone.
    await page.getByRole('button', { name: 'Delete…' }).click();
    const confirmBox = page.getByRole('alertdialog');
    expect(await confirmBox.textContent()).toMatch(/Delete “Demo 4 — juvenile.*audit log/);
    await page.screenshot({ path: join(shots, 'delete-confirm.png') });
    await confirmBox.getByRole('button', { name: 'Delete the case' }).click();
    await page.getByRole('heading', { name: 'Cases' }).waitFor();
    expect(await page.locator('p.status').first().textContent()).toMatch(/Deleted “Demo 4/);
    await expect
      .poll(() => page.locator('.case-table tbody th a').allTextContents())
      .not.toContain(expect.stringMatching(/^Demo 4/));
    expect(pageErrors).toEqual([]);
  });

  it('on a phone: the review and the case actions fit the width', async () => {
    const page = await newPage(390, 844);
    await signIn(page);
    await openCase(page, 'Demo 3');
    await page.getByRole('tab', { name: 'Narrative' }).click();
    await page.getByLabel('Clinical note').fill(LETTER);
    await page.getByRole('button', { name: 'Extract facts' }).click();
    await page.getByTestId('merge-summary').waitFor();
    await page.screenshot({ path: join(shots, 'merge-review-phone.png'), fullPage: true });
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Accept into the form' }).click();
    await page.getByRole('tab', { name: 'Case', selected: true }).waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('link', { name: 'Cases' }).first().click();
    await page.getByRole('heading', { name: 'Cases' }).waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(shots, 'case-list-phone.png') });
  });
});
