/**
 * The result views of the web application in real Chromium against a real server: the validation-warnings
 * callout (unknown finding id, inconsistent dates), one-word results that carry their range over the
 * unknown items (case list, live box, criteria views), and the editable pre-test probability of cancer.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessCase } from '../../src/assess/assess.js';
import { parseCase } from '../../src/case/validate.js';
import { hashPassword } from '../../src/server/auth.js';
import type { RunningServer } from '../../src/server/start.js';
import { summarize } from '../../src/server/summary.js';
import { findChromium, openRecordedPage, signInAs } from '../browser.js';
import { repoRoot } from '../repo.js';
import { startWebServer } from '../web-server.js';

let chromiumPath = '';
let server: RunningServer;
let tmp: string;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];
const ids = { warnings: '', empty: '', screening: '' };

async function newPage(): Promise<Page> {
  const { context, page } = await openRecordedPage({
    executablePath: chromiumPath,
    profileDir: mkdtempSync(join(tmp, 'profile-')),
    errors: pageErrors,
  });
  contexts.push(context);
  return page;
}

async function signIn(page: Page): Promise<void> {
  await signInAs(page, server.url, 'dr.bell', 'clinician-pass-2');
}

beforeAll(async () => {
  chromiumPath = (await findChromium()).executablePath;
  tmp = mkdtempSync(join(tmpdir(), 'heliotrope-e2e-results-'));
  server = await startWebServer(tmp, false);
  const user = await server.store.accounts.createUser(
    'dr.bell',
    await hashPassword('clinician-pass-2'),
    'clinician',
  );
  // Stored as the server stores a saved case: the document and the summary of its assessment.
  const store = async (doc: Record<string, unknown>) =>
    (
      await server.store.cases.create(
        doc,
        user.id,
        summarize(assessCase(parseCase(doc), { asOf: '2026-11-21' })),
      )
    ).id;
  ids.warnings = await store({
    schemaVersion: '1.0',
    title: 'Warnings case',
    patient: { sex: 'female', age: 50, ageAtOnset: 55 },
    dates: { symptomOnset: '2024-06-01', diagnosis: '2024-01-15' },
    findings: [
      { id: 'gotron-papules', status: 'present' },
      { id: 'heliotrope-rash', status: 'present' },
    ],
  });
  ids.empty = await store({ schemaVersion: '1.0', title: 'Nothing recorded', patient: { sex: 'unknown' } });
  ids.screening = await store(
    JSON.parse(
      readFileSync(join(repoRoot, 'src/cancer/__fixtures__/screening-high-risk-no-cancer.json'), 'utf8'),
    ) as Record<string, unknown>,
  );
}, 60_000);

afterAll(async () => {
  for (const c of contexts) await c.close();
  await server?.close(1000);
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('result views in Chromium', { timeout: 90_000 }, () => {
  it('shows the validation warnings: an unknown finding id with its closest id, and inconsistent dates and ages', async () => {
    const page = await newPage();
    await signIn(page);
    await page.goto(`${server.url}cases/${ids.warnings}`);
    const callout = page.getByTestId('live-warnings');
    await callout.waitFor();
    const text = (await callout.textContent()) ?? '';
    expect(text).toContain('Check these entries');
    expect(text).toContain('did you mean "gottron-papules"');
    // Each entry is named in words, not by its raw field path.
    expect(text).toContain('Finding 1: name');
    expect(text).toContain('Dates: diagnosis');
    expect(text).not.toContain('findings[0].id');
    expect(text).toMatch(/diagnosis \(2024-01-15\) is before the first symptom/);
    expect(text).toMatch(/age at onset 55 is above the age 50/);
    // The results are still computed beside the warnings.
    await page.getByTestId('eular-category').first().waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('says what the unknown items could still make of a one-word result', async () => {
    const page = await newPage();
    await signIn(page);
    // The case list: an empty case is not classified as IIM, but the unknowns could make it definite.
    const row = page.locator('.case-table tbody tr', { hasText: 'Nothing recorded' });
    await expect
      .poll(async () => row.textContent())
      .toMatch(/Not classified as IIM \(could reach Definite IIM\)/);
    expect(await row.textContent()).toMatch(/Standard risk \(could reach High risk\)/);
    // The live box and the criteria views.
    await page.goto(`${server.url}cases/${ids.empty}`);
    await expect
      .poll(async () => page.getByTestId('live-headlines').textContent())
      .toMatch(/Criteria not met \(could reach .*Definite PNS/);
    await page.getByRole('tab', { name: 'Criteria' }).click();
    await expect
      .poll(async () => page.getByTestId('pns2004-category').textContent())
      .toMatch(/Criteria not met \(could reach .*Definite PNS/);
    await expect(page.getByTestId('imacs-tier').textContent()).resolves.toMatch(
      /Standard risk \(could reach High risk\)/,
    );
    // A not-applicable probability has no number.
    await expect(page.getByTestId('cancer-probability-na').isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('cancer-posterior').count()).resolves.toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('the pre-test probability of cancer is editable within its range and the result says which it used', async () => {
    const page = await newPage();
    await signIn(page);
    await page.goto(`${server.url}cases/${ids.screening}`);
    await page.getByRole('tab', { name: 'Criteria' }).click();
    const posterior = page.getByTestId('cancer-posterior');
    // Default 17 %, anti-TIF1γ negative (LR 0.25): 4.9 %.
    await expect.poll(async () => posterior.textContent()).toBe('4.9 %');
    const input = page.getByLabel('Pre-test probability (%)');
    await input.fill('40');
    await expect(page.getByRole('button', { name: 'Apply' }).isDisabled()).resolves.toBe(true);
    await input.fill('30');
    await page.getByRole('button', { name: 'Apply' }).click();
    // 30 %: odds 0.4286 × 0.25 = 0.1071 → 9.7 %.
    await expect.poll(async () => posterior.textContent()).toBe('9.7 %');
    await expect(page.getByTestId('lr-steps').textContent()).resolves.toContain('set by the user');
    await page.getByRole('button', { name: 'Use the default' }).click();
    await expect.poll(async () => posterior.textContent()).toBe('4.9 %');
    expect(pageErrors).toEqual([]);
  });
});
