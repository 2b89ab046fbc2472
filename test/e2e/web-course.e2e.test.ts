/**
 * The whole course recorded in the web form, in real Chromium against a real server with the demo cases
 * (issue 11 §2 and §5), at a desktop and a phone viewport: a screening test recorded as done turns its
 * checklist item done; a visit and a tumour assessment added to Demo 1 appear in the timeline and change the
 * RECIST response; at 390 px nothing sticks out sideways.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addVisitAndAssessment,
  coursePart,
  daysAgo,
  livePlanItem,
  newHighRiskCase,
  recordScreeningDone,
} from '../../scripts/lib/web-course-steps.js';
import {
  horizontalOverflow,
  openDemo,
  signIn,
  startWebHarness,
  type WebHarness,
} from '../../scripts/lib/web-harness.js';

let h: WebHarness;

beforeAll(async () => {
  h = await startWebHarness();
}, 60_000);

afterAll(async () => {
  await h?.close();
});

const VIEWPORTS: [string, number, number][] = [
  ['desktop', 1400, 1000],
  ['phone', 390, 844],
];

/** The number of drawn points of a series in the live timeline of the form. */
const points = (page: Page, series: string) =>
  coursePart(page).getByTestId('timeline').locator(`svg .point-${series}`).count();

describe.each(VIEWPORTS)('course in the form (%s)', { timeout: 120_000 }, (_name, width, height) => {
  it('a screening test recorded as done turns its checklist item done, live and in the Criteria view', async () => {
    const page = await h.page(width, height);
    await signIn(page, h.server.url);
    await newHighRiskCase(page, h.server.url);
    const ct = livePlanItem(page, 'ct-neck-thorax-abdomen-pelvis');
    await expect.poll(() => ct.getAttribute('data-status')).toBe('overdue');
    const summary = page.getByTestId('live-plan-summary');
    await expect.poll(() => summary.textContent()).toMatch(/ 0 done, \d+ due, [1-9]\d* overdue/);
    const overdueBefore = Number(/(\d+) overdue/.exec((await summary.textContent()) ?? '')![1]);

    await recordScreeningDone(page);
    await expect.poll(() => ct.getAttribute('data-status')).toBe('done');
    await expect.poll(() => ct.textContent()).toContain(`${daysAgo(0)}, normal`);
    await expect.poll(() => livePlanItem(page, 'mammography').getAttribute('data-status')).toBe('done');
    await expect.poll(() => summary.textContent()).toContain(' 2 done,');
    await expect
      .poll(async () => Number(/(\d+) overdue/.exec((await summary.textContent()) ?? '')![1]))
      .toBe(overdueBefore - 2);

    // Saved and read back, the Criteria view's full checklist says the same, with the date and result.
    await page.getByRole('button', { name: 'Save case' }).click();
    await page.getByText('Saved as version 1.').waitFor();
    await page.reload();
    await page.getByRole('tab', { name: 'Criteria' }).click();
    const row = page.getByTestId('screening-plan').locator('tr[data-plan-item="mammography"]').first();
    await expect.poll(() => row.textContent()).toMatch(new RegExp(`Done.*${daysAgo(20)} — result normal`));
    expect(h.errors).toEqual([]);
  });

  it('a visit and a tumour assessment added to Demo 1 appear in the timeline and change RECIST', async () => {
    const page = await h.page(width, height);
    await signIn(page, h.server.url);
    await openDemo(page, h.server.url, 'Demo 1');
    const course = coursePart(page);
    // The demo's course is there on first start: six visits, six tumour assessments, two lines of treatment.
    await expect.poll(() => points(page, 'mmt')).toBe(6);
    await expect.poll(() => points(page, 'tumour')).toBe(5);
    await expect
      .poll(() => course.getByTestId('assessment-response').allTextContents())
      .toEqual(['Baseline', 'PR', 'CR', 'PD', 'SD']);
    const recistRows = () => course.getByTestId('recist').locator('tr[data-recist]').count();
    const rowsBefore = await recistRows();

    // Line 2 started from 50 mm; 40 + 25 + 20 = 85 mm is ≥ 20 % and ≥ 5 mm above the nadir (36 mm): PD.
    await addVisitAndAssessment(page, { mmt: 48, ck: 2600, physicianGlobal: 7 }, [40, 25, 20]);
    await expect.poll(() => points(page, 'mmt')).toBe(7);
    await expect.poll(() => points(page, 'tumour')).toBe(6);
    await expect.poll(() => course.getByTestId('assessment-response').last().textContent()).toBe('PD');
    await expect.poll(recistRows).toBe(rowsBefore + 1);
    const last = course.getByTestId('recist').last().locator('tr[data-recist]').last();
    await expect(last.getAttribute('data-recist')).resolves.toBe('PD');
    await expect(last.textContent()).resolves.toContain('85 mm');
    // The sticky summary (phones) and the results follow: progression with a flare asks for re-staging.
    await expect.poll(() => page.getByTestId('live-bar-recist').textContent()).toBe('RECIST PD');
    await expect
      .poll(() => course.getByTestId('alerts').textContent())
      .toContain(`Re-stage the cancer — ${daysAgo(0)}`);

    // Another core-set enzyme on the new visit: asked for, then typed with its upper limit; no field error.
    const visit = course.locator('[data-visit]').last();
    await visit.getByRole('button', { name: /^Add LDH to visit/ }).click();
    await visit.getByLabel('LDH (U/L)').fill('610');
    await visit.getByLabel('LDH upper limit').fill('250');
    await expect.poll(() => visit.locator('.entry-summary').textContent()).toContain('CK 2600, LDH 610');
    await expect.poll(() => page.locator('.field-error').count()).toBe(0);

    // Strength at the visits (MRC, bilateral): 5/5 in the proximal legs at the previous visit, 3/5 at this one;
    // the flare's re-stage alert now lists the MRC drop among its signals.
    const n = await course.locator('[data-visit]').count();
    const prev = course.locator(`[data-visit="${n - 2}"]`);
    await prev.locator('summary').first().click();
    await prev.locator(`select[name="visits[${n - 2}].mrc.proximal-lower"]`).selectOption('5');
    await visit.locator(`select[name="visits[${n - 1}].mrc.proximal-lower"]`).selectOption('3');
    await expect.poll(() => visit.locator('.entry-summary').textContent()).toContain('MRC 3');
    await expect
      .poll(() => course.getByTestId('alerts').textContent())
      .toContain('Weakest MRC grade ≥ 1 grade lower than at the previous visit');

    // Smaller lesions instead: 14 + 12 + 9 = 35 mm, 30 % below the line-2 baseline of 50 mm: PR.
    const a = (await course.locator('[data-assessment]').count()) - 1;
    for (const [k, mm] of [14, 12, 9].entries())
      await course.locator(`input[name="tumourAssessments[${a}].targets[${k}].diameterMm"]`).fill(String(mm));
    await expect.poll(() => course.getByTestId('assessment-response').last().textContent()).toBe('PR');

    // The printable report carries the course's cancers and treatments and the family history.
    await page.getByRole('tab', { name: 'Report' }).click();
    await expect.poll(() => page.getByTestId('report-cancers').textContent()).toMatch(/ovary/);
    const treatmentsText = await page.getByTestId('report-treatments').textContent();
    expect(treatmentsText).toMatch(/carboplatin for cancer/);
    expect(treatmentsText).toMatch(/prednisolone for myositis/);
    expect(await page.getByTestId('report-family-history').textContent()).toBe('Not recorded');
    expect(h.errors).toEqual([]);
  });
});

describe('phone layout (390 × 844)', { timeout: 120_000 }, () => {
  it('no button or field sticks out sideways on the case form, the criteria and a new case', async () => {
    const page = await h.page(390, 844);
    await signIn(page, h.server.url);
    await expect(horizontalOverflow(page)).resolves.toEqual({ page: 0, controls: [] });
    await openDemo(page, h.server.url, 'Demo 1');
    await coursePart(page).getByTestId('timeline').locator('svg').waitFor();
    // Open every collapsed visit and assessment so that all their fields are measured.
    await page.evaluate("document.querySelectorAll('details.entry').forEach((d) => { d.open = true; })");
    await expect.poll(() => page.locator('details.entry:not([open])').count()).toBe(0);
    await expect(horizontalOverflow(page)).resolves.toEqual({ page: 0, controls: [] });
    // The case's Export menu, open, fits the screen too.
    await page.locator('details.menu summary', { hasText: 'Export' }).click();
    await page.getByRole('button', { name: 'FHIR R4 Bundle' }).waitFor();
    await expect(horizontalOverflow(page)).resolves.toEqual({ page: 0, controls: [] });
    await page.locator('details.menu summary', { hasText: 'Export' }).click();
    // The timeline is drawn at the width of its box: the whole course in view, text at its own size.
    const svg = coursePart(page).getByTestId('timeline').locator('svg');
    const box = (await svg.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(390);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(Number(await svg.getAttribute('width'))).toBeCloseTo(box.width, 0);
    await expect(page.getByTestId('timeline-hint').first().textContent()).resolves.toContain(
      'Whole course shown',
    );
    await page.getByRole('button', { name: 'Zoom in the timeline' }).first().click();
    await expect
      .poll(() => page.getByTestId('timeline-hint').first().textContent())
      .toContain('scroll sideways');
    await expect.poll(async () => Number(await svg.getAttribute('width'))).toBeGreaterThan(box.width * 1.4);
    await expect(horizontalOverflow(page)).resolves.toEqual({ page: 0, controls: [] });
    // The sticky summary stays in view while the form is scrolled.
    await page.locator('#sec-course').scrollIntoViewIfNeeded();
    const bar = (await page.getByTestId('live-bar').boundingBox())!;
    expect(bar.y + bar.height).toBeLessThanOrEqual(844 + 0.5);
    expect(bar.y).toBeGreaterThan(700);
    await expect(page.getByTestId('live-bar-eular').textContent()).resolves.toContain('Definite IIM');

    await page.getByRole('tab', { name: 'Criteria' }).click();
    await page.getByTestId('screening-plan').or(page.getByTestId('plan-known-cancer')).first().waitFor();
    await expect(horizontalOverflow(page)).resolves.toEqual({ page: 0, controls: [] });
    await page.goto(`${h.server.url}cases/new`);
    await page.getByLabel('Case title').waitFor();
    await expect(horizontalOverflow(page)).resolves.toEqual({ page: 0, controls: [] });
    expect(h.errors).toEqual([]);
  });
});
