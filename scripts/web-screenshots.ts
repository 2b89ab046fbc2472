/**
 * Every screenshot of docs/web.md, taken in Chromium against a throwaway server with the demo cases. First
 * the course walkthrough (the same steps the browser tests assert: scripts/lib/web-course-steps.ts) into
 * docs/images/web-*.png; then the clinician workflow (merge review, conflict, alerts, restore, delete, phone)
 * by running its browser test, test/e2e/workflow.e2e.test.ts, with its screenshot folder set to
 * docs/images/workflow. Run: `npm run screenshots`.
 * @module
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  addVisitAndAssessment,
  coursePart,
  newHighRiskCase,
  recordScreeningDone,
} from './lib/web-course-steps.js';
import { openDemo, signIn, startWebHarness } from './lib/web-harness.js';

const out = join(import.meta.dirname, '..', 'docs', 'images');
mkdirSync(out, { recursive: true });

/** Keeps the sticky top bar from covering element screenshots on a wide screen. */
const unstick = (page: Page) =>
  page.evaluate("document.querySelector('.topbar').style.setProperty('position', 'static', 'important')");
const shot = (name: string) => join(out, `web-${name}.png`);

const h = await startWebHarness();
try {
  const url = h.server.url;
  const desk = await h.page(1400, 1000);
  await signIn(desk, url);

  // 1. Screening: a high-risk case with overdue tests, then two tests recorded as done.
  await newHighRiskCase(desk, url);
  await unstick(desk);
  const screening = desk.locator('[data-part="screening"]');
  await screening.screenshot({ path: shot('screening-overdue') });
  await recordScreeningDone(desk);
  await desk.getByTestId('live-plan-summary').getByText(' 2 done,').waitFor();
  await screening.screenshot({ path: shot('screening-done') });

  // 2. Demo 1: the follow-up course on first start, then a visit and a tumour assessment added (PD).
  await openDemo(desk, url, 'Demo 1');
  await unstick(desk);
  const live = coursePart(desk).getByTestId('live-course');
  await live.getByTestId('timeline').locator('svg').waitFor();
  await live.screenshot({ path: shot('course-demo1') });
  await addVisitAndAssessment(desk, { mmt: 48, ck: 2600, physicianGlobal: 7 }, [40, 25, 20]);
  await coursePart(desk).getByTestId('assessment-response').last().getByText('PD').waitFor();
  const last = coursePart(desk).locator('[data-assessment]').last();
  await last.screenshot({ path: shot('assessment-added') });
  await live.screenshot({ path: shot('course-updated') });

  // 3. Phone: the form with the sticky results bar, the timeline fitted to the width, then zoomed.
  const phone = await h.page(390, 844);
  await signIn(phone, url);
  await openDemo(phone, url, 'Demo 1');
  const box = coursePart(phone).locator('.timeline-box');
  await box.locator('svg').waitFor();
  await phone.locator('#sec-course').scrollIntoViewIfNeeded();
  await phone.screenshot({ path: shot('phone-form') });
  await box.scrollIntoViewIfNeeded();
  await phone.evaluate('window.scrollBy(0, -70)');
  await phone.screenshot({ path: shot('phone-timeline') });
  await box.getByRole('button', { name: 'Zoom in the timeline' }).click();
  await box.getByTestId('timeline-hint').getByText('scroll sideways').waitFor();
  await phone.screenshot({ path: shot('phone-timeline-zoomed') });
  if (h.errors.length) throw new Error(`page errors: ${h.errors.join('; ')}`);
  process.stdout.write(`screenshots written to ${out}\n`);
} finally {
  await h.close();
}

// The workflow screenshots are taken by the workflow browser test itself, so they show what it asserts.
const workflow = spawnSync('npx', ['vitest', 'run', 'test/e2e/workflow.e2e.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, HELIOTROPE_SCREENSHOTS: join('docs', 'images', 'workflow') },
});
if (workflow.status !== 0) process.exit(workflow.status ?? 1);
