/**
 * Finds a Chromium for the browser tests: `CHROMIUM_PATH` when set, else Debian's `/usr/bin/chromium`, else
 * the binary shipped inside the npm package `@sparticuz/chromium` (a devDependency, so `npm ci` alone gives a
 * fresh machine a browser; nothing is downloaded at run time).
 * @module
 */
import { existsSync } from 'node:fs';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Launch settings for playwright-core. */
export interface BrowserBinary {
  executablePath: string;
  /** Where it came from, for messages. */
  source: 'CHROMIUM_PATH' | 'debian' | '@sparticuz/chromium';
}

/** Flags for a headless run on a machine without network beyond loopback. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--no-zygote',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Resolves the Chromium binary, unpacking the npm-shipped one on first use. */
export async function findChromium(): Promise<BrowserBinary> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return { executablePath: fromEnv, source: 'CHROMIUM_PATH' };
  }
  if (existsSync('/usr/bin/chromium')) return { executablePath: '/usr/bin/chromium', source: 'debian' };
  const { default: packaged } = await import('@sparticuz/chromium');
  return { executablePath: await packaged.executablePath(), source: '@sparticuz/chromium' };
}

/**
 * Opens a page in a fresh headless Chromium profile that records page errors and console errors (4xx
 * answers the page expects are not errors) into `errors`.
 * @param o - the Chromium binary, a profile folder, where errors go, the viewport (default 1400 × 1000)
 */
export async function openRecordedPage(o: {
  executablePath: string;
  profileDir: string;
  errors: string[];
  viewport?: { width: number; height: number };
  /** Let the page download files (exports). */
  acceptDownloads?: boolean;
}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(o.profileDir, {
    executablePath: o.executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: o.viewport ?? { width: 1400, height: 1000 },
    ...(o.acceptDownloads ? { acceptDownloads: true } : {}),
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => o.errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) o.errors.push(m.text());
  });
  return { context, page };
}

/**
 * Signs in through the web application's sign-in form and waits for the case list.
 * @param page - the page
 * @param url - the application's address
 * @param user - user name
 * @param password - password
 */
export async function signInAs(page: Page, url: string, user: string, password: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('User name').fill(user);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Cases' }).waitFor();
}
