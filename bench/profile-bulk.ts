/**
 * Profiles a whole population run in one thread (read, group, import, validate, assess, write: `runBulk` with
 * `workers: 0`, so every phase is in the profile of the main thread). Run with
 * `node --cpu-prof --cpu-prof-dir=DIR --import tsx bench/profile-bulk.ts EXPORT [OUT]` after `npm run build`
 * (`EXPORT` a generated export, e.g. the bulk bench's in the system temp directory; `OUT` defaults to a fresh
 * temporary directory, removed afterwards), then `node bench/profile-summary.mjs FILE.cpuprofile` summarises
 * it by function and by source area.
 * @module
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBulk } from '../dist/src/bulk/run.js';

const [input, outArg] = process.argv.slice(2);
if (!input) throw new Error('usage: bench/profile-bulk.ts EXPORT [OUT]');
const out = outArg ?? mkdtempSync(join(tmpdir(), 'heliotrope-profile-bulk-'));
const c0 = process.cpuUsage();
const t0 = performance.now();
const r = await runBulk({ input, out, asOf: '2026-01-01', workers: 0, force: true });
const c = process.cpuUsage(c0);
process.stdout.write(
  `${r.summary.patients.total} patients, ${((performance.now() - t0) / 1000).toFixed(2)} s, ${((c.user + c.system) / 1e6).toFixed(2)} CPU-s\n`,
);
if (!outArg) rmSync(out, { recursive: true, force: true });
