/**
 * `npm run docs:population`: a synthetic population run (`npm run gen:population`, then `heliotrope bulk`)
 * shown on the web application's Population page in Chromium; saves docs/images/population.png (summary
 * charts and the top of the worklist). Synthetic patients only.
 * @module
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { runBulk } from '../src/bulk/run.js';
import { writePopulation } from '../src/population/write.js';
import { CHROMIUM_ARGS, findChromium } from '../test/browser.js';
import { repoRoot } from '../test/repo.js';
import { startWebServer } from '../test/web-server.js';

const tmp = mkdtempSync(join(tmpdir(), 'heliotrope-population-shot-'));
try {
  await writePopulation({ patients: 400, out: join(tmp, 'export'), seed: 'docs-population' });
  await runBulk({
    input: join(tmp, 'export'),
    out: join(tmp, 'runs', 'clinic-2026-01'),
    asOf: '2026-01-01',
    workers: 0,
  });
  const server = await startWebServer(join(tmp, 'server'), false, { populationDir: join(tmp, 'runs') });
  const browser = await chromium.launch({
    executablePath: (await findChromium()).executablePath,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1500 } });
    await page.goto(server.url);
    await page.getByLabel('User name').fill('admin');
    await page.getByLabel('Password').fill('admin-password-1');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Cases' }).waitFor();
    await page.goto(`${server.url}population/runs/local-clinic-2026-01`);
    await page.getByTestId('worklist').locator('tbody tr').first().waitFor();
    const out = join(repoRoot, 'docs', 'images');
    mkdirSync(out, { recursive: true });
    await page.screenshot({
      path: join(out, 'population.png'),
      clip: { x: 0, y: 0, width: 1280, height: 1500 },
    });
    process.stdout.write(`wrote ${join(out, 'population.png')}\n`);
  } finally {
    await browser.close();
    await server.close(1000);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
