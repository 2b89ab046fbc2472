/**
 * A real server with the demo cases and a Chromium driven by playwright-core, shared by the course browser
 * tests (test/e2e/web-course.e2e.test.ts) and the screenshot script (scripts/web-screenshots.ts): build the web
 * application into a temporary folder, start the server on a temporary SQLite database, sign in, and measure
 * horizontal overflow on a page.
 * @module
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { hashPassword } from '../../src/server/auth.js';
import type { RunningServer } from '../../src/server/start.js';
import { CHROMIUM_ARGS, findChromium } from '../../test/browser.js';
import { startWebServer } from '../../test/web-server.js';

/** The clinician account the harness creates. */
export const CLINICIAN = { username: 'dr.course', password: 'clinician-pass-1' };

/** A running harness. */
export interface WebHarness {
  server: RunningServer;
  /** A new browser page with its own profile, at a viewport size. */
  page(width: number, height: number): Promise<Page>;
  /** Messages of uncaught page errors and console errors (4xx responses aside). */
  errors: string[];
  close(): Promise<void>;
}

/** Starts the server (demo cases loaded) and prepares Chromium. */
export async function startWebHarness(): Promise<WebHarness> {
  const chromiumPath = (await findChromium()).executablePath;
  const tmp = mkdtempSync(join(tmpdir(), 'heliotrope-web-'));
  const server = await startWebServer(tmp, true);
  await server.store.accounts.createUser(
    CLINICIAN.username,
    await hashPassword(CLINICIAN.password),
    'clinician',
  );
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];
  return {
    server,
    errors,
    async page(width, height) {
      const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmp, 'profile-')), {
        executablePath: chromiumPath,
        headless: true,
        args: CHROMIUM_ARGS,
        viewport: { width, height },
      });
      contexts.push(ctx);
      const page = ctx.pages()[0] ?? (await ctx.newPage());
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) errors.push(m.text());
      });
      return page;
    },
    async close() {
      for (const c of contexts) await c.close();
      await server.close(1000);
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** Signs the harness clinician in and waits for the case list. */
export async function signIn(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('User name').fill(CLINICIAN.username);
  await page.getByLabel('Password').fill(CLINICIAN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Cases' }).waitFor();
}

/** Opens a demo case by the start of its title ("Demo 1") from the case list. */
export async function openDemo(page: Page, url: string, title: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('link', { name: new RegExp(`^${title} `) }).click();
  await page.getByTestId('eular-category').first().waitFor();
}

/**
 * Runs in the page (as text: this project's Node typings have no DOM). Counts the page's horizontal overflow
 * and lists the visible controls whose box leaves the viewport or is clipped by a scrolling ancestor.
 */
const OVERFLOW_PROBE = `(() => {
  const vw = document.documentElement.clientWidth;
  const controls = [];
  for (const el of document.querySelectorAll('button, select, input, [role="tab"]')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    // Inside a closed <details> (content-visibility: hidden) a control has a box but is not shown.
    if (el.checkVisibility && !el.checkVisibility()) continue;
    let clipped = r.left < -0.5 || r.right > vw + 0.5;
    for (let a = el.parentElement; a && !clipped; a = a.parentElement) {
      if (getComputedStyle(a).overflowX === 'visible') continue;
      const ar = a.getBoundingClientRect();
      if (r.left < ar.left - 0.5 || r.right > ar.right + 0.5) clipped = true;
    }
    if (clipped) {
      const name = (el.textContent || '').trim().slice(0, 40) || el.getAttribute('name') || el.id;
      controls.push(el.tagName.toLowerCase() + ' "' + name + '" ' + Math.round(r.left) + '–' + Math.round(r.right));
    }
  }
  return { page: document.documentElement.scrollWidth - vw, controls };
})()`;

/**
 * What sticks out sideways: the page's horizontal overflow in px, and the visible buttons and other controls
 * whose box leaves the viewport or is clipped by a scrolling ancestor.
 */
export async function horizontalOverflow(page: Page): Promise<{ page: number; controls: string[] }> {
  return page.evaluate<{ page: number; controls: string[] }>(OVERFLOW_PROBE);
}
