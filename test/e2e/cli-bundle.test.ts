/**
 * The bundled command line (scripts/build-cli.mjs, what bin/heliotrope.js runs): built into a temporary folder,
 * run in child processes, it prints what the sources print, and the worker threads it starts (bulk) find their
 * modules beside the bundle's chunks.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePopulation } from '../../src/population/write.js';
import { cli } from '../cli-io.js';
import { repoRoot } from '../repo.js';

const root = mkdtempSync(join(tmpdir(), 'heliotrope-cli-bundle-'));
const bundle = join(root, 'bundle', 'cli');

/** Runs the bundle's `runCli` in a child process, as bin/heliotrope.js does. */
function runBundle(args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [join(root, 'run.mjs'), ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/**
 * The worker-thread modules the sources start: `workerModule(import.meta.url, 'name')` and
 * `new URL('./name.js', …)` in a module that also names `Worker`, each with the source file it resolves to.
 */
function workerModulesStarted(): { name: string; source: string }[] {
  const out: { name: string; source: string }[] = [];
  const files = readdirSync(join(repoRoot, 'src'), { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
  );
  for (const f of files) {
    const text = readFileSync(join(repoRoot, 'src', f), 'utf8');
    const dir = posix.dirname(f.split(sep).join('/'));
    const names = [
      ...[...text.matchAll(/workerModule\(import\.meta\.url, '([\w-]+)'\)/g)].map((m) => m[1]!),
      ...(/\bWorker\b/.test(text)
        ? [...text.matchAll(/new URL\('\.\/([\w-]+)\.js', here\)/g)].map((m) => m[1]!)
        : []),
    ];
    for (const name of names) out.push({ name, source: posix.join('src', dir, `${name}.ts`) });
  }
  return out;
}

beforeAll(async () => {
  // Packages stay external to the bundle: they resolve from a node_modules beside it, as in the package.
  symlinkSync(join(repoRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  const script = new URL('../../scripts/build-cli.mjs', import.meta.url).href;
  const { buildCli } = (await import(script)) as { buildCli(outdir: string): Promise<string> };
  await buildCli(bundle);
  writeFileSync(
    join(root, 'run.mjs'),
    "const { runCli } = await import('./bundle/cli/heliotrope.js');\nprocess.exitCode = await runCli(process.argv.slice(2));\n",
  );
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the bundled CLI', () => {
  it('holds the entry and, beside the chunks, the worker modules the pools look for', () => {
    for (const f of ['heliotrope.js', 'worker.js', 'extract-worker.js', 'cds-worker.js'])
      expect(existsSync(join(bundle, f)), f).toBe(true);
  });

  it('has an entry for every worker module the sources start, built from the module beside the pool', async () => {
    const script = new URL('../../scripts/build-cli.mjs', import.meta.url).href;
    const { CLI_ENTRY_POINTS } = (await import(script)) as { CLI_ENTRY_POINTS: Record<string, string> };
    const started = workerModulesStarted();
    // The three pools of today: if this count changes, the scan below has met a new way of starting a worker.
    expect(started.map((s) => s.name).sort()).toEqual(['cds-worker', 'extract-worker', 'worker']);
    for (const { name, source } of started) expect(CLI_ENTRY_POINTS[name], name).toBe(source);
  });

  it('prints what the sources print, and exits with the same codes', async () => {
    for (const args of [
      ['calc', 'eular-acr-2017', 'age-at-onset=58', 'heliotrope-rash=yes', 'gottron-papules=yes'],
      ['calc', 'eular-acr-2017', '--json', 'age-at-onset=58'],
      ['calc', 'eular-acr-2017', 'age-at-onset=abc'],
      ['calc', 'nope'],
    ]) {
      const want = await cli(args);
      const got = runBundle(args);
      expect(got.code, args.join(' ')).toBe(want.code);
      expect(got.out, args.join(' ')).toBe(want.out);
      expect(got.err, args.join(' ')).toBe(want.err);
    }
  });

  it('runs bulk with worker threads (the bundle’s worker.js), giving the results of one thread', async () => {
    const exportDir = join(root, 'export');
    await writePopulation({ patients: 40, out: exportDir, seed: 'cli-bundle' });
    const asOf = ['--as-of', '2026-01-01'];
    const one = await cli(['bulk', exportDir, '--out', join(root, 'out-0'), ...asOf, '--workers', '0']);
    expect(one.code, one.err).toBe(0);
    const two = runBundle(['bulk', exportDir, '--out', join(root, 'out-2'), ...asOf, '--workers', '2']);
    expect(two.code, two.err).toBe(0);
    for (const f of ['results.ndjson', 'worklist.csv'])
      expect(readFileSync(join(root, 'out-2', f), 'utf8'), f).toBe(
        readFileSync(join(root, 'out-0', f), 'utf8'),
      );
  }, 120_000);
});
