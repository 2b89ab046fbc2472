/**
 * Steps of the course walkthrough in the web application, shared by the browser tests
 * (test/e2e/web-course.e2e.test.ts, which assert after each step) and the screenshot script
 * (scripts/web-screenshots.ts, which photographs after each step). Every value typed is synthetic.
 * @module
 */
import type { Locator, Page } from 'playwright-core';

/** A day `days` before today (UTC), as YYYY-MM-DD. */
export function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

/** Ticks a finding's present / absent / unknown control. */
export async function tick(
  page: Page,
  finding: string,
  status: 'Present' | 'Absent' | 'Unknown',
): Promise<void> {
  await page
    .locator(`fieldset[data-finding="${finding}"]`)
    .getByRole('radio', { name: status, exact: true })
    .check();
}

/** The live screening checklist of the form, and one of its items at diagnosis. */
export function livePlanItem(page: Page, item: string): Locator {
  return page.getByTestId('live-plan').locator(`li[data-plan-item="${item}"][data-occurrence="0"]`);
}

/**
 * A new case of a 62-year-old woman with anti-TIF1γ dermatomyositis diagnosed two months ago: IMACS high
 * risk, so the basic and enhanced panels are due at diagnosis and, without any test recorded, overdue.
 */
export async function newHighRiskCase(page: Page, url: string): Promise<void> {
  await page.goto(`${url}cases/new`);
  await page.getByLabel('Case title').fill('Screening walkthrough (synthetic)');
  await page.locator('select[name="patient.sex"]').selectOption('female');
  await page.getByLabel('Age (years)').fill('62');
  await page.getByLabel('Age at onset (years)').fill('62');
  await page.getByLabel('Symptom onset').fill(daysAgo(120));
  await page.getByLabel('Diagnosis date').fill(daysAgo(60));
  await tick(page, 'heliotrope-rash', 'Present');
  await tick(page, 'gottron-papules', 'Present');
  await tick(page, 'proximal-weakness-upper', 'Present');
  await page.getByLabel('Anti-TIF1-gamma').selectOption('positive');
  await livePlanItem(page, 'ct-neck-thorax-abdomen-pelvis').waitFor();
}

/**
 * Records two screening tests as done: the CT from the checklist's "Record as done" (dated today), with a
 * normal result, and a mammography from the "Record a screening test as done" list, dated and normal.
 */
export async function recordScreeningDone(page: Page): Promise<void> {
  await livePlanItem(page, 'ct-neck-thorax-abdomen-pelvis')
    .getByRole('button', { name: /Record .* as done/ })
    .click();
  const ct = page.locator('[data-investigation="0"]');
  await ct.locator('select[name="investigations[0].result"]').selectOption('normal');
  await page.getByLabel('Record a screening test as done').selectOption('mammography');
  const mammo = page.locator('[data-investigation="1"]');
  await mammo.locator('input[name="investigations[1].date"]').fill(daysAgo(20));
  await mammo.locator('select[name="investigations[1].result"]').selectOption('normal');
}

/** The follow-up part of the form. */
export function coursePart(page: Page): Locator {
  return page.locator('[data-part="course"]');
}

/**
 * Adds a visit dated today (MMT-8, CK, physician global) and a tumour assessment dated today that carries
 * over the last assessment's lesions, with the given target diameters in mm.
 */
export async function addVisitAndAssessment(
  page: Page,
  visit: { mmt: number; ck: number; physicianGlobal: number },
  diameters: number[],
): Promise<void> {
  const course = coursePart(page);
  await course.getByRole('button', { name: '+ Add visit' }).click();
  const v = (await course.locator('[data-visit]').count()) - 1;
  const visitBox = course.locator(`[data-visit="${v}"]`);
  await visitBox.locator(`input[name="visits[${v}].mmt8.score"]`).fill(String(visit.mmt));
  await visitBox
    .locator(`input[name="visits[${v}].physicianGlobal.value"]`)
    .fill(String(visit.physicianGlobal));
  await visitBox.getByLabel('CK (U/L)').fill(String(visit.ck));
  await course.getByRole('button', { name: '+ Add tumour assessment' }).click();
  const a = (await course.locator('[data-assessment]').count()) - 1;
  const box = course.locator(`[data-assessment="${a}"]`);
  for (const [k, mm] of diameters.entries())
    await box.locator(`input[name="tumourAssessments[${a}].targets[${k}].diameterMm"]`).fill(String(mm));
}
