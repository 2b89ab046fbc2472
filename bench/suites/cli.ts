/**
 * CLI start benchmark: the wall time of a whole `heliotrope calc eular-acr-2017 <items>` process against the
 * whole `node -e 0` process, run in turn (A B A B …) so that a drift of the machine's speed hits both; the
 * ratio is taken pair by pair and its median reported. Most of a short command's time is loading modules.
 * @module
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median } from '../harness.js';

/** Suite name (key in the output). */
export const name = 'cli';

const BIN = fileURLToPath(new URL('../../bin/heliotrope.js', import.meta.url));
const ITEMS = [
  'age-at-onset=58',
  'proximal-weakness-upper=yes',
  'heliotrope-rash=yes',
  'gottron-papules=yes',
  'elevated-muscle-enzymes=yes',
  'muscle-biopsy=not-done',
];
const RUNS = 9;

/** Wall time of one whole process, in milliseconds; throws when it fails. */
function wall(args: readonly string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.toString()}`);
  return ms;
}

/** Runs the suite. */
export async function run(): Promise<Record<string, unknown>> {
  const calc = [BIN, 'calc', 'eular-acr-2017', ...ITEMS];
  const bare = ['-e', '0'];
  wall(calc); // warm-up: the file system cache
  wall(bare);
  const a: number[] = [];
  const b: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const x = wall(calc);
    const y = wall(bare);
    a.push(x);
    b.push(y);
    ratios.push(x / y);
  }
  return {
    runs: RUNS,
    calcMs: Number(median(a).toFixed(1)),
    nodeMs: Number(median(b).toFixed(1)),
    startRatio: Number(median(ratios).toFixed(2)),
    goal: { startRatio: 2.5 },
  };
}
