/**
 * "Import FHIR Bundle" in real Chromium against a real server: a clinician uploads a Bundle with one STU3
 * resource, sees each fact with the resource it came from and the issue beside the case, creates the case
 * and lands on it. Screenshot to test-output/screens/.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCase } from '../../src/case/validate.js';
import { caseToFhir } from '../../src/fhir/from-case.js';
import { hashPassword } from '../../src/server/auth.js';
import { demoCases } from '../../src/server/demo-cases.js';
import type { RunningServer } from '../../src/server/start.js';
import { CHROMIUM_ARGS, findChromium } from '../browser.js';
import { repoRoot } from '../repo.js';
import { startWebServer } from '../web-server.js';

let server: RunningServer;
let tmp: string;
let ctx: BrowserContext;
const shots = join(repoRoot, 'test-output', 'screens');

beforeAll(async () => {
  const chromiumPath = (await findChromium()).executablePath;
  tmp = mkdtempSync(join(tmpdir(), 'heliotrope-fhir-e2e-'));
  mkdirSync(shots, { recursive: true });
  server = await startWebServer(tmp, false);
  await server.store.accounts.createUser('dr.fhir', await hashPassword('clinician-pass-1'), 'clinician');
  ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmp, 'profile-')), {
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 1000 },
  });
}, 120_000);

afterAll(async () => {
  await ctx?.close();
  await server?.close(1000);
  rmSync(tmp, { recursive: true, force: true });
});

// A browser step can take several seconds on a shared 2-core machine; the limit only stops a hung run.
describe('web: Import FHIR Bundle', { timeout: 90_000 }, () => {
  it('shows each fact with its source and the issues, then creates the case', async () => {
    const bundle = caseToFhir(parseCase(demoCases[1], 'demo'), { patientId: 'ehr-42' });
    bundle.entry!.push({
      resource: {
        resourceType: 'Condition',
        id: 'old-format',
        clinicalStatus: 'active',
        subject: { reference: 'Patient/ehr-42' },
      } as never,
    });
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    await page.getByLabel('User name').fill('dr.fhir');
    await page.getByLabel('Password').fill('clinician-pass-1');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Cases' }).waitFor();
    await page.getByRole('button', { name: 'Import FHIR Bundle' }).click();
    await page.getByRole('heading', { name: 'Import FHIR Bundle' }).waitFor();
    await page.getByLabel(/FHIR R4 Bundle/).setInputFiles({
      name: 'record.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bundle)),
    });
    await page.getByRole('heading', { name: /What Heliotrope read/ }).waitFor();
    // The STU3 resource is an error beside the case; the rest of the Bundle is still read.
    const issues = page.getByRole('complementary');
    await issues.getByText('Condition/old-format', { exact: true }).waitFor();
    expect(await issues.textContent()).toMatch(/STU3/);
    expect(await page.getByRole('alert').textContent()).toMatch(/error/);
    // Each fact names the resource it came from.
    const sources = await page.locator('.fhir-src').allTextContents();
    expect(sources.filter((t) => /← (Observation|Condition|Patient)\//.test(t)).length).toBeGreaterThan(5);
    expect(await page.locator('.fhir-case').textContent()).toMatch(/Gottron's sign: present/);
    await page.screenshot({ path: join(shots, 'fhir-import.png'), fullPage: true });
    await page.getByLabel('Case title').fill('Imported demo record');
    await page.getByRole('button', { name: 'Create case' }).click();
    await page.waitForURL(/\/cases\/[^/]+$/);
    await page.getByRole('heading', { name: 'Imported demo record' }).waitFor();
    expect(errors).toEqual([]);
    const stored = await server.store.cases.list({ q: 'Imported demo record' });
    expect(stored.items).toHaveLength(1);
  });
});
