/**
 * Population-run benchmark (`heliotrope bulk` on a generated FHIR Bulk Data export):
 * - `patientsPerSecond`: end to end (read, group, import, assess, write), all cores;
 * - `ratioToParse`: that throughput ÷ a plain read + `JSON.parse` of every line of the same files in the same
 *   run (one thread; the mean of a pass just before and one just after the all-cores run, both recorded in
 *   `parseSecondsBeforeAfter`); goal ≥ 0.5;
 * - `peakRssMb`: peak resident memory of the `heliotrope bulk` process (Linux: VmHWM); goal < 1024 at any
 *   size — compare the sizes measured;
 * - `scaling`: throughput with all cores ÷ with one worker thread, and `scalingByWorkers`: seconds, patients/s
 *   and speed-up over one thread for every worker count from 1 to the machine's cores (measured on the first size);
 * - `cpuSeconds` (user + system of the whole process, all threads) beside every wall time, and
 *   `cpuRatioToParse` = the parse pass's CPU seconds ÷ the run's: on a shared, loaded machine wall times vary
 *   with the other processes, CPU seconds much less; `loadAverage` (1 min) is recorded at the start of each run.
 * Default 10,000 patients; `HELIOTROPE_BENCH_BULK_PATIENTS=100000` (or a list, `10000,100000`) for more.
 * Exports are generated once into the system temp directory and reused (same seed → same files).
 * @module
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readLines } from '../../dist/src/bulk/input.js';
import { POPULATION_VERSION, writePopulation } from '../../dist/src/population/write.js';

/** Suite name (key in the output). */
export const name = 'bulk';

const r3 = (x: number) => Number(x.toFixed(3));

const bin = fileURLToPath(new URL('../../bin/heliotrope.js', import.meta.url));
const SEED = 'bench';

async function exportOf(patients: number): Promise<string> {
  const dir = join(tmpdir(), `heliotrope-bench-population-v${POPULATION_VERSION}-${SEED}-${patients}`);
  if (existsSync(join(dir, 'manifest.json'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  process.stderr.write(`bench: bulk: generating ${patients} patients …\n`);
  await writePopulation({ patients, out: dir, seed: SEED });
  return dir;
}

/** The yardstick: read every file line by line and JSON.parse each line. */
async function parsePass(
  dir: string,
): Promise<{ seconds: number; cpuSeconds: number; lines: number; bytes: number }> {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    output: { url: string }[];
  };
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let lines = 0;
  let bytes = 0;
  let sink = 0;
  for (const o of manifest.output) {
    for await (const b of readLines(join(dir, o.url))) {
      for (let k = 0; k < b.starts.length; k++) {
        const text = b.buf.toString('utf8', b.starts[k], b.ends[k]);
        bytes += text.length + 1;
        const v = JSON.parse(text) as { id?: string };
        sink += v.id ? 1 : 0;
        lines++;
      }
    }
  }
  if (sink < 0) process.stderr.write('');
  const c = process.cpuUsage(c0);
  return { seconds: (performance.now() - t0) / 1000, cpuSeconds: (c.user + c.system) / 1e6, lines, bytes };
}

/** Peak RSS (MiB) of a process, from /proc (Linux); null elsewhere. */
function peakRss(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** CPU seconds (user + system, all threads) of a live process, from /proc (Linux); null elsewhere. */
function cpuOf(pid: number): number | null {
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}
/** Linux's USER_HZ (100 on every mainstream kernel). */
const CLOCK_TICKS = 100;

interface CliRun {
  seconds: number;
  /** CPU seconds of the process, sampled every 100 ms (the last sample before it exited). */
  cpuSeconds: number | null;
  peakRssMb: number | null;
  loadAverage: number;
}

/** Runs `heliotrope bulk` in a child process; wall time, CPU time and peak RSS. */
function runCli(dir: string, workers: number): Promise<CliRun> {
  const out = join(tmpdir(), `heliotrope-bench-bulk-out-${process.pid}-${workers}`);
  rmSync(out, { recursive: true, force: true });
  const loadAverage = Number(loadavg()[0]!.toFixed(1));
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(
      process.execPath,
      [bin, 'bulk', dir, '--out', out, '--as-of', '2026-01-01', '--workers', String(workers)],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-2000)));
    let peak: number | null = null;
    let cpu: number | null = null;
    const poll = setInterval(() => {
      const r = child.pid ? peakRss(child.pid) : null;
      if (r !== null) peak = Math.max(peak ?? 0, r);
      const c = child.pid ? cpuOf(child.pid) : null;
      if (c !== null) cpu = c;
    }, 100);
    child.on('exit', (code) => {
      clearInterval(poll);
      const seconds = (performance.now() - t0) / 1000;
      rmSync(out, { recursive: true, force: true });
      if (code !== 0) reject(new Error(`heliotrope bulk exited with ${code}: ${err}`));
      else
        resolve({
          seconds,
          cpuSeconds: cpu === null ? null : r3(cpu),
          peakRssMb: peak === null ? null : Math.round(peak),
          loadAverage,
        });
    });
  });
}

/** Runs the suite. */
export async function run(): Promise<Record<string, unknown>> {
  const sizes = (process.env.HELIOTROPE_BENCH_BULK_PATIENTS ?? '10000')
    .split(',')
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n > 0);
  const cores = availableParallelism();
  const bySize: Record<string, unknown> = {};
  let first:
    | {
        patientsPerSecond: number;
        ratioToParse: number;
        cpuRatioToParse: number | null;
        peakRssMb: number | null;
        scaling?: number | null;
      }
    | undefined;
  for (const n of sizes) {
    const dir = await exportOf(n);
    // The yardstick brackets the run: measured just before and just after it, and the ratio taken against
    // the mean of the two. This machine's speed drifts within minutes (the same pass took 11 s and 18 s in one
    // session), so a single pass before the run can misjudge the run's minute either way; both passes are
    // recorded, and their spread says how far the ratio can be trusted.
    const before = await parsePass(dir);
    const all = await runCli(dir, cores);
    const after = await parsePass(dir);
    const parse = {
      seconds: (before.seconds + after.seconds) / 2,
      cpuSeconds: (before.cpuSeconds + after.cpuSeconds) / 2,
      lines: before.lines,
      bytes: before.bytes,
    };
    // The scaling over worker counts is measured on the first size only (keeps large runs to one pass).
    const byWorkers: Record<string, Record<string, number | null>> = {};
    if (first === undefined && cores > 1) {
      for (let w = 1; w < cores; w++) {
        const r = await runCli(dir, w);
        byWorkers[String(w)] = {
          seconds: r3(r.seconds),
          patientsPerSecond: Math.round(n / r.seconds),
          cpuSeconds: r.cpuSeconds,
          peakRssMb: r.peakRssMb,
          loadAverage: r.loadAverage,
        };
      }
      byWorkers[String(cores)] = {
        seconds: r3(all.seconds),
        patientsPerSecond: Math.round(n / all.seconds),
        cpuSeconds: all.cpuSeconds,
        peakRssMb: all.peakRssMb,
        loadAverage: all.loadAverage,
      };
      const one = byWorkers['1']!.seconds!;
      for (const v of Object.values(byWorkers)) v.speedup = r3(one / v.seconds!);
    }
    const pps = n / all.seconds;
    const row = {
      patients: n,
      lines: parse.lines,
      megabytes: Math.round(parse.bytes / 1e6),
      patientsPerSecond: Math.round(pps),
      parsePatientsPerSecond: Math.round(n / parse.seconds),
      ratioToParse: r3(parse.seconds / all.seconds),
      peakRssMb: all.peakRssMb,
      secondsAllCores: r3(all.seconds),
      cpuSecondsAllCores: all.cpuSeconds,
      parseCpuSeconds: r3(parse.cpuSeconds),
      parseSecondsBeforeAfter: [r3(before.seconds), r3(after.seconds)],
      cpuRatioToParse: all.cpuSeconds ? r3(parse.cpuSeconds / all.cpuSeconds) : null,
      loadAverage: all.loadAverage,
      ...(byWorkers['1']
        ? {
            secondsOneWorker: byWorkers['1'].seconds,
            scaling: byWorkers[String(cores)]!.speedup,
            scalingByWorkers: byWorkers,
          }
        : {}),
    };
    bySize[String(n)] = row;
    first ??= row;
  }
  return {
    cores,
    patientsPerSecond: first?.patientsPerSecond ?? null,
    ratioToParse: first?.ratioToParse ?? null,
    cpuRatioToParse: first?.cpuRatioToParse ?? null,
    peakRssMb: first?.peakRssMb ?? null,
    scaling: first?.scaling ?? null,
    bySize,
    goal: { ratioToParse: 0.5, peakRssMb: 1024 },
  };
}
