/**
 * The web application in real Chromium against a real server (temporary SQLite database): sign-in, a case
 * created from scratch with live recalculation, save and reload, history, the viewer role, and an XSS
 * payload shown as text. Screenshots of the main screens go to test-output/.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/server/auth.js';
import { silentLogger } from '../../src/server/logger.js';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { findChromium, openRecordedPage, signInAs } from '../browser.js';
import { cli } from '../cli-io.js';
import { repoRoot } from '../repo.js';
import { startWebServer } from '../web-server.js';

let chromiumPath = '';
const shots = join(repoRoot, 'test-output', 'screens');
const XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';

let server: RunningServer;
let tmp: string;
/** Cases stored from the synthetic fixtures: a screening plan with overdue items, a follow-up course. */
const fixtureCases: { screening: string; course: string } = { screening: '', course: '' };
/** The course case as stored (with its markup payload), for `heliotrope report` on the same document. */
let courseDocument: Record<string, unknown> = {};
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

async function newPage(width = 1400, height = 1000): Promise<Page> {
  const { context, page } = await openRecordedPage({
    executablePath: chromiumPath,
    profileDir: mkdtempSync(join(tmp, 'profile-')),
    errors: pageErrors,
    viewport: { width, height },
  });
  contexts.push(context);
  return page;
}

async function signIn(page: Page, user: string, password: string): Promise<void> {
  await signInAs(page, server.url, user, password);
}

async function probability(page: Page): Promise<number> {
  const t = (await page.getByTestId('eular-probability').first().textContent()) ?? '';
  return Number(/([\d.]+)\s*%/.exec(t)![1]);
}

async function tick(page: Page, finding: string, status: 'Present' | 'Absent' | 'Unknown'): Promise<void> {
  await page
    .locator(`fieldset[data-finding="${finding}"]`)
    .getByRole('radio', { name: status, exact: true })
    .check();
}

beforeAll(async () => {
  chromiumPath = (await findChromium()).executablePath;
  tmp = mkdtempSync(join(tmpdir(), 'heliotrope-e2e-'));
  mkdirSync(shots, { recursive: true });
  server = await startWebServer(tmp, true);
  const clinician = await server.store.accounts.createUser(
    'dr.ames',
    await hashPassword('clinician-pass-1'),
    'clinician',
  );
  const fixture = (path: string) =>
    JSON.parse(readFileSync(join(repoRoot, path), 'utf8')) as Record<string, unknown>;
  fixtureCases.screening = (
    await server.store.cases.create(
      fixture('src/cancer/__fixtures__/screening-high-risk-no-cancer.json'),
      clinician.id,
    )
  ).id;
  // The course case carries a markup payload in a drug name: the SVG timeline must show it as text.
  const course = fixture('src/monitoring/__fixtures__/breast-idc-course.json');
  const treatments = course.treatments as { drug: string }[];
  treatments[0]!.drug = `prednisone ${XSS}`;
  fixtureCases.course = (await server.store.cases.create(course, clinician.id)).id;
  courseDocument = course;
  await server.store.accounts.createUser('reader', await hashPassword('viewer-pass-12'), 'viewer');
}, 60_000);

afterAll(async () => {
  for (const c of contexts) await c.close();
  await server?.close(1000);
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

// A browser step can take several seconds on a shared 2-core machine; the limits only stop a hung run.
describe('web application in Chromium', { timeout: 90_000 }, () => {
  let caseUrl = '';

  it('a clinician creates a case from scratch, watches the probability change, saves, reloads and sees the history', async () => {
    const page = await newPage();
    await signIn(page, 'dr.ames', 'clinician-pass-1');
    await expect.poll(() => page.locator('.case-table tbody tr').count()).toBeGreaterThanOrEqual(5);
    await page.screenshot({ path: join(shots, '01-case-list.png') });

    await page.getByRole('button', { name: 'New case' }).click();
    await page.getByLabel('Case title').fill('E2E patient A');
    await page.getByLabel('Age at onset (years)').fill('45');
    await expect.poll(() => probability(page)).toBeGreaterThan(0);
    const p0 = await probability(page);
    await tick(page, 'heliotrope-rash', 'Present');
    await expect.poll(() => probability(page)).toBeGreaterThan(p0);
    const p1 = await probability(page);
    await tick(page, 'gottron-papules', 'Present');
    await expect.poll(() => probability(page)).toBeGreaterThan(p1);
    const p2 = await probability(page);
    await tick(page, 'proximal-weakness-upper', 'Present');
    await tick(page, 'proximal-weakness-lower', 'Present');
    await expect.poll(() => probability(page)).toBeGreaterThan(p2);
    await expect
      .poll(async () => page.getByTestId('eular-category').first().textContent())
      .toContain('Definite IIM');
    await expect
      .poll(async () => page.getByTestId('eular-subgroup').first().textContent())
      .toContain('Dermatomyositis');
    // Unticking goes back down: the calculation follows the form both ways.
    // Two ticks in a row: read the value once the last recalculation has landed (stable for 400 ms), not
    // an intermediate one (seen on a loaded machine).
    await expect
      .poll(async () => {
        const a = await probability(page);
        await page.waitForTimeout(400);
        return (await probability(page)) === a;
      })
      .toBe(true);
    const p3 = await probability(page);
    await tick(page, 'gottron-papules', 'Unknown');
    await expect.poll(() => probability(page)).toBeLessThan(p3);
    await tick(page, 'gottron-papules', 'Present');
    await expect.poll(() => probability(page)).toBe(p3);

    // An invalid lab unit is reported on the field, by path.
    await page.getByRole('button', { name: '+ CK' }).click();
    await page.getByLabel('CK value').fill('950');
    await page.getByLabel('CK unit').fill('bananas');
    await page.locator('.field-error', { hasText: 'UCUM' }).waitFor();
    await page.getByLabel('CK unit').fill('U/L');
    await expect.poll(() => page.locator('.field-error').count()).toBe(0);

    await page.getByRole('textbox', { name: 'Notes' }).fill(XSS);
    await page.screenshot({ path: join(shots, '02-case-editor.png'), fullPage: false });
    await page.getByRole('button', { name: 'Save case' }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await page.getByText('Saved as version 1.').waitFor();
    caseUrl = page.url();

    await page.reload();
    await expect.poll(async () => page.getByLabel('Case title').inputValue()).toBe('E2E patient A');
    await expect.poll(() => probability(page)).toBeGreaterThan(p1);
    await page.getByLabel('Age at onset (years)').fill('52');
    await page.getByRole('button', { name: 'Save new version' }).click();
    await page.getByText('Saved as version 2.').waitFor();

    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByText('Version 2', { exact: true }).waitFor();
    await expect(page.getByText('Version 1', { exact: true }).isVisible()).resolves.toBe(true);
    // The changed field in words, not as a raw field path.
    await expect(
      page.locator('.change', { hasText: 'Patient: age at onset' }).count(),
    ).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: join(shots, '05-history.png') });

    await page.getByRole('tab', { name: 'Criteria' }).click();
    await page.locator('table.items').first().waitFor();
    await page.screenshot({ path: join(shots, '03-criteria.png'), fullPage: true });

    await page.getByRole('tab', { name: 'Report' }).click();
    const notes = page.getByTestId('report-notes');
    await expect(notes.textContent()).resolves.toBe(XSS);
    await expect(
      page.evaluate(() => (globalThis as unknown as { __xss?: number }).__xss),
    ).resolves.toBeUndefined();
    await expect(page.locator('.print-report img').count()).resolves.toBe(0);
    // No dates recorded: the plan says it cannot be dated, and the printout lists only the baseline tests.
    await page.locator('.print-report [data-testid="plan-undated"]').waitFor();
    await expect(
      page.locator('.print-report [data-testid="screening-plan"] .domain-row').allTextContents(),
    ).resolves.toEqual(['At diagnosis (date unknown)']);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(shots, '04-report-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('tab', { name: 'Report' }).press('ArrowRight');
    await expect
      .poll(() => page.getByRole('tab', { name: 'Narrative' }).getAttribute('aria-selected'))
      .toBe('true');
    // The server runs the real extraction pipeline: a synthetic note comes back with highlighted facts.
    await page
      .getByLabel('Clinical note')
      .fill(
        'A 58-year-old woman with a violaceous heliotrope rash and proximal weakness of both arms (MRC 4/5). CK 900 U/L (normal range 25-200 U/L).',
      );
    await page.getByRole('button', { name: 'Extract facts' }).click();
    await expect.poll(() => page.locator('.note-text mark').count(), { timeout: 15_000 }).toBeGreaterThan(2);
    await expect(page.locator('.note-text mark').allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringMatching(/heliotrope rash/i)]),
    );

    await page.goto(server.url);
    await page.getByRole('link', { name: /Demo 1/ }).click();
    await page.getByTestId('eular-category').first().waitFor();
    await page.screenshot({ path: join(shots, '06-case-view.png') });
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it('the rows of a list: cancers and treatments added, filled, one removed; the saved case has exactly the rest', async () => {
    const page = await newPage();
    await signIn(page, 'dr.ames', 'clinician-pass-1');
    await page.getByRole('button', { name: 'New case' }).click();
    await page.getByLabel('Case title').fill('E2E rows');
    await page.getByText('No cancer recorded.').waitFor();
    await page.getByRole('button', { name: '+ Add cancer' }).click();
    await page.getByRole('button', { name: '+ Add cancer' }).click();
    await page.locator('#f-cancers-0-site').fill('ovary');
    await page.locator('#f-cancers-1-site').fill('breast');
    await page.locator('#f-cancers-1-diagnosisDate').fill('2025-03');
    await page.getByRole('button', { name: '+ Add treatment' }).click();
    await page.locator('#f-treatments-0-drug').fill('prednisone');
    await page.locator('#f-treatments-0-start').fill('2025-04-01');
    // Removing the first cancer moves the second into its place, with its values.
    await page.getByRole('button', { name: 'Remove cancer' }).first().click();
    await expect.poll(() => page.getByRole('button', { name: 'Remove cancer' }).count()).toBe(1);
    await expect(page.locator('#f-cancers-0-site').inputValue()).resolves.toBe('breast');
    await expect(page.locator('#f-cancers-0-diagnosisDate').inputValue()).resolves.toBe('2025-03');
    await page.getByRole('button', { name: 'Save case' }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await page.getByText('Saved as version 1.').waitFor();
    const id = /\/cases\/([0-9a-f-]{36})$/.exec(page.url())![1]!;
    const saved = (await server.store.cases.get(id)).data as {
      cancers?: { site?: string; diagnosisDate?: string }[];
      treatments?: { drug?: string; start?: string }[];
    };
    expect(saved.cancers?.map((c) => [c.site, c.diagnosisDate])).toEqual([['breast', '2025-03']]);
    expect(saved.treatments?.map((t) => [t.drug, t.start])).toEqual([['prednisone', '2025-04-01']]);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it('criteria: IMACS dated checklist with overdue items, cancer probability, PNS views', async () => {
    const page = await newPage();
    await signIn(page, 'dr.ames', 'clinician-pass-1');
    await page.goto(`${server.url}cases/${fixtureCases.screening}`);
    await page.getByRole('tab', { name: 'Criteria' }).click();
    const plan = page.getByTestId('screening-plan');
    await plan.waitFor();
    await expect(page.getByTestId('imacs-tier').textContent()).resolves.toContain('High risk');
    // Grouped by occurrence: at diagnosis, then the yearly repeats, then the conditional tests.
    const groups = await plan.locator('tbody .domain-row th').allTextContents();
    expect(groups[0]).toMatch(/^At diagnosis/);
    expect(groups).toContain('Year 1 after symptom onset (basic panel)');
    expect(groups.at(-1)).toBe('Conditional (clinicians should consider)');
    // Done with date and result; overdue stated in words (not colour only).
    const ct = plan.locator('tr[data-plan-item="ct-neck-thorax-abdomen-pelvis"]').first();
    await expect(ct.textContent()).resolves.toMatch(/Done.*2025-11-20 — result normal/);
    const spe = plan.locator('tr[data-plan-item="serum-protein-electrophoresis"]').first();
    await expect(spe.getByText('Overdue').isVisible()).resolves.toBe(true);
    await expect(plan.locator('tr[data-status="overdue"]').count()).resolves.toBeGreaterThan(0);
    await expect(
      plan.locator('tr[data-status="not-applicable"]', { hasText: 'Other sex' }).count(),
    ).resolves.toBeGreaterThan(0);
    await expect(
      plan.locator('tr[data-status="consider"]', { hasText: 'Upper GI endoscopy' }).count(),
    ).resolves.toBe(1);
    // Unverified factor levels carry a visible word.
    await expect(
      page.locator('tr[data-factor="subtype-dermatomyositis"]').getByTestId('unverified').textContent(),
    ).resolves.toContain('UNVERIFIED');
    await expect(page.getByTestId('imacs-red-flags').textContent()).resolves.toContain('Smoking');
    // Probability: pre-test → LR step → post-test, and the antibodies not used.
    const steps = page.getByTestId('lr-steps');
    await expect(steps.textContent()).resolves.toMatch(/17\.0 %.*anti-TIF1-gamma negative.*0\.25/);
    await expect(page.getByTestId('cancer-posterior').textContent()).resolves.toBe('4.9 %');
    await page.getByText(/anti-NXP2 positive — the reference gives RR 1\.16/).waitFor();
    await expect(page.getByTestId('pnscare-dm-note').isVisible()).resolves.toBe(true);
    // DM is not a 2021 phenotype: PNS-Care says not applicable, never "Non-PNS" as if scored.
    await expect(page.getByTestId('pnscare-category').textContent()).resolves.toBe('Not applicable');
    await expect(page.getByTestId('pnscare-dm-note').textContent()).resolves.toContain(
      'Not applicable to dermatomyositis',
    );
    await expect(page.getByTestId('pns2004-category').textContent()).resolves.toContain('Criteria not met');
    await page.screenshot({ path: join(shots, '11-criteria-imacs.png'), fullPage: true });
    await page.getByRole('tab', { name: 'Report' }).click();
    await page.locator('.print-report [data-testid="screening-plan"]').waitFor();
    await expect(page.locator('.print-report tr[data-status="overdue"]').count()).resolves.toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(shots, '12-report-imacs-print.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('the Report tab and `heliotrope report` show the same sections, from the same components', async () => {
    const page = await newPage();
    await signIn(page, 'dr.ames', 'clinician-pass-1');
    await page.goto(`${server.url}cases/${fixtureCases.course}`);
    await page.getByRole('tab', { name: 'Report' }).click();
    await page.locator('.print-report [data-section="monitoring"]').waitFor();
    const headings = (p: Page) => p.locator('.print-report :is(h2, h3, h4)').allTextContents();
    const summary = (p: Page) =>
      p.locator('.print-report [data-testid="report-summary"] tbody tr').allTextContents();
    const web = { headings: await headings(page), summary: await summary(page) };
    // The same case through the CLI, on the day the web assessed it.
    const today = new Date().toISOString().slice(0, 10);
    const run = await cli(['report', 'course.json'], {
      files: { 'course.json': JSON.stringify(courseDocument) },
      today,
    });
    expect(run.code).toBe(0);
    const file = await newPage();
    await file.setContent(run.out);
    const printed = { headings: await headings(file), summary: await summary(file) };
    expect(web.headings.length).toBeGreaterThan(10);
    expect(web.headings).toContain('Myositis activity by visit');
    expect(printed).toEqual(web);
    // The file draws the timeline inline, with nothing to run and nothing to fetch.
    await expect(file.locator('[data-testid="timeline"] svg').count()).resolves.toBe(1);
    await expect(file.locator('script, link, img').count()).resolves.toBe(0);
    expect(pageErrors).toEqual([]);
  }, 90_000);

  it('criteria: follow-up timeline SVG, alerts, TIS and RECIST; known cancer replaces the screening plan', async () => {
    const page = await newPage();
    await signIn(page, 'dr.ames', 'clinician-pass-1');
    await page.goto(`${server.url}cases/${fixtureCases.course}`);
    await page.getByRole('tab', { name: 'Criteria' }).click();
    const svg = page.getByTestId('timeline').locator('svg');
    await svg.waitFor();
    await expect(svg.getAttribute('role')).resolves.toBe('img');
    await expect(svg.locator('title').first().textContent()).resolves.toMatch(/\S/);
    const box = await svg.boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    expect(box!.height).toBeGreaterThan(150);
    await expect(page.getByTestId('alerts').textContent()).resolves.toContain(
      'Note: myositis and tumour move together',
    );
    await expect(page.getByTestId('tis-table').locator('tbody tr').count()).resolves.toBeGreaterThan(0);
    await expect(page.getByTestId('tis-table').textContent()).resolves.toContain('moderate improvement');
    const recist = page.getByTestId('recist').first();
    await expect(recist.locator('tr[data-recist="PR"]').count()).resolves.toBeGreaterThan(0);
    await expect(recist.textContent()).resolves.toContain('Partial response (PR)');
    await page.getByTestId('plan-known-cancer').waitFor();
    await expect(page.getByTestId('cancer-associated').textContent()).resolves.toContain('Yes');
    await expect(page.locator('[data-window="cam-3y"]').first().textContent()).resolves.toContain('Inside');
    // The drug name with markup is text inside the SVG, never elements.
    await expect(svg.textContent()).resolves.toContain('<img src=x');
    await expect(svg.locator('img, script, foreignObject').count()).resolves.toBe(0);
    await expect(
      page.evaluate(() => (globalThis as unknown as { __xss?: number }).__xss),
    ).resolves.toBeUndefined();
    await page.screenshot({ path: join(shots, '13-criteria-follow-up.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('a viewer can read but not edit', async () => {
    expect(caseUrl).not.toBe('');
    const page = await newPage();
    await signIn(page, 'reader', 'viewer-pass-12');
    await page.goto(caseUrl);
    await expect.poll(async () => page.getByLabel('Case title').inputValue()).toBe('E2E patient A');
    await expect(page.getByLabel('Case title').isDisabled()).resolves.toBe(true);
    await expect(
      page.locator('fieldset[data-finding="heliotrope-rash"] input').first().isDisabled(),
    ).resolves.toBe(true);
    await expect(page.getByRole('button', { name: /Save/ }).count()).resolves.toBe(0);
    await page.getByText('Read only (viewer)').waitFor();
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Cases' }).waitFor();
    await expect(page.getByRole('button', { name: 'New case' }).count()).resolves.toBe(0);
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('a stale edit shows the conflict and overwrites nothing', async () => {
    const a = await newPage();
    const b = await newPage();
    await signIn(a, 'dr.ames', 'clinician-pass-1');
    await signIn(b, 'dr.ames', 'clinician-pass-1');
    await a.goto(caseUrl);
    await b.goto(caseUrl);
    await expect.poll(async () => b.getByLabel('Case title').inputValue()).toBe('E2E patient A');
    await a.getByLabel('Case title').fill('E2E patient A (edited by A)');
    await a.getByRole('button', { name: 'Save new version' }).click();
    await a.getByText('Saved as version 3.').waitFor();
    await b.getByLabel('Age (years)').fill('60');
    await b.getByRole('button', { name: 'Save new version' }).click();
    await b.getByText('Someone else saved version 3 while you were editing.').waitFor();
    await b.screenshot({ path: join(shots, '08-conflict.png') });
    await b.getByRole('button', { name: 'Discard mine and load version 3' }).click();
    await expect
      .poll(async () => b.getByLabel('Case title').inputValue())
      .toBe('E2E patient A (edited by A)');
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('narrative: pasted note, highlighted facts, accepted into the form (with an extraction hook)', async () => {
    const withHook = await startServer(
      {
        port: 0,
        host: '127.0.0.1',
        databaseUrl: join(tmp, 'db2.sqlite'),
        dataDir: tmp,
        logLevel: 'silent',
        demo: false,
        adminPassword: 'admin-password-1',
        webRoot: join(tmp, 'web'),
      },
      {
        say: () => undefined,
        logger: silentLogger,
        // A stand-in for the extraction module: finds two phrases and returns them with their spans.
        extract: (text) => {
          const span = (phrase: string) => {
            const start = text.toLowerCase().indexOf(phrase);
            return start < 0
              ? []
              : [
                  {
                    spans: [
                      { start, end: start + phrase.length, text: text.slice(start, start + phrase.length) },
                    ],
                  },
                ];
          };
          return {
            case: {
              schemaVersion: '1.0',
              findings: [
                { id: 'heliotrope-rash', status: 'present', evidence: span('heliotrope rash') },
                { id: 'proximal-weakness-lower', status: 'present', evidence: span('weak hip flexors') },
              ],
            },
          };
        },
      },
    );
    const page = await newPage();
    try {
      await withHook.store.accounts.createUser(
        'dr.ames',
        await hashPassword('clinician-pass-1'),
        'clinician',
      );
      await page.goto(withHook.url);
      await page.getByLabel('User name').fill('dr.ames');
      await page.getByLabel('Password').fill('clinician-pass-1');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('button', { name: 'New case' }).click();
      await page.getByRole('tab', { name: 'Narrative' }).click();
      await page
        .getByLabel('Clinical note')
        .fill('Seen today. Violaceous heliotrope rash; weak hip flexors. <b>bold?</b>');
      await page.getByRole('button', { name: 'Extract facts' }).click();
      await expect
        .poll(() => page.locator('.note-text mark').allTextContents())
        .toEqual(['heliotrope rash', 'weak hip flexors']);
      await expect(page.locator('.note-text b').count()).resolves.toBe(0);
      await page.screenshot({ path: join(shots, '09-narrative.png') });
      await page.getByRole('button', { name: /Accept into the form/ }).click();
      await expect
        .poll(() =>
          page.locator('fieldset[data-finding="heliotrope-rash"] input[value="present"]').isChecked(),
        )
        .toBe(true);
      await expect
        .poll(() =>
          page.locator('fieldset[data-finding="proximal-weakness-lower"] input[value="present"]').isChecked(),
        )
        .toBe(true);
      expect(pageErrors).toEqual([]);
    } finally {
      await page.context().close();
      await withHook.close(500);
    }
  }, 60_000);

  it('a user changes their password and creates an API token that works for scripts', async () => {
    const page = await newPage();
    await signIn(page, 'reader', 'viewer-pass-12');
    await page.getByRole('link', { name: 'reader' }).click();
    await page.getByLabel('Current password').fill('viewer-pass-12');
    await page.getByLabel('New password (10+ characters)').fill('viewer-pass-new-1');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Password changed.').waitFor();
    await page.getByLabel('Token name').fill('script');
    await page.getByRole('button', { name: 'Create token' }).click();
    const token = (await page.getByTestId('new-token').textContent()) ?? '';
    expect(token).toMatch(/^hlt_/);
    const r = await fetch(`${server.url}api/cases`, { headers: { Authorization: `Bearer ${token}` } });
    expect(r.status).toBe(200);
    const login = await fetch(`${server.url}api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'reader', password: 'viewer-pass-new-1' }),
    });
    expect(login.status).toBe(200);
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('an admin creates an account and changes its role', async () => {
    const page = await newPage();
    await signIn(page, 'admin', 'admin-password-1');
    await page.getByRole('link', { name: 'Accounts' }).click();
    await page.getByLabel('User name').fill('nurse.b');
    await page.getByLabel('Password (10+ characters)').fill('nurse-password-1');
    await page.getByLabel('Role', { exact: true }).selectOption('viewer');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByText('Created nurse.b.').waitFor();
    await page.getByLabel('Role of nurse.b').selectOption('clinician');
    await page.getByText('Updated nurse.b.').waitFor();
    await page.screenshot({ path: join(shots, '10-accounts.png') });
    const login = await fetch(`${server.url}api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'nurse.b', password: 'nurse-password-1' }),
    });
    expect(((await login.json()) as { user: { role: string } }).user.role).toBe('clinician');
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('works on a phone-sized screen', async () => {
    const page = await newPage(390, 844);
    await signIn(page, 'dr.ames', 'clinician-pass-1');
    await page.goto(caseUrl);
    await page.getByTestId('eular-category').first().waitFor();
    await page.screenshot({ path: join(shots, '07-mobile-case.png') });
    const overflow = await page.evaluate(() => {
      const el = (
        globalThis as unknown as {
          document: { documentElement: { scrollWidth: number; clientWidth: number } };
        }
      ).document.documentElement;
      return el.scrollWidth - el.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await page.goto(`${server.url}cases/${fixtureCases.course}`);
    await page.getByRole('tab', { name: 'Criteria' }).click();
    await page.getByTestId('timeline').locator('svg').waitFor();
    await page.screenshot({ path: join(shots, '14-mobile-follow-up.png'), fullPage: true });
    const overflow2 = await page.evaluate(() => {
      const el = (
        globalThis as unknown as {
          document: { documentElement: { scrollWidth: number; clientWidth: number } };
        }
      ).document.documentElement;
      return el.scrollWidth - el.clientWidth;
    });
    expect(overflow2).toBeLessThanOrEqual(0);
  }, 60_000);
});
