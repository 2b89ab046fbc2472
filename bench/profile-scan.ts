/**
 * Times the reading phase's line scan (`classifyLines`, src/bulk/scan.ts) on the lines of an export, against
 * `JSON.parse` of the same lines as a yardstick, and optionally against another version of scan.ts (a
 * baseline, e.g. `git show main:src/bulk/scan.ts > /tmp/scan-baseline.ts`), alternating the two in every round
 * (a shared machine is noisy: compare medians; the rates are per CPU second of this process). Run with
 * `node --import tsx bench/profile-scan.ts [--baseline FILE] [--rounds N] [--mb M] EXPORT_DIR`: the lines are
 * read as the reading phase reads them (`readLines`, batches of about a megabyte), up to `M` MB per file
 * (default: all of it), and held in memory.
 *
 * `node --import tsx bench/profile-scan.ts --check --baseline FILE EXPORT_DIR…` instead streams every line of
 * the exports through both versions and reports any line whose code or text differ (nothing is timed).
 * @module
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { readLines } from '../src/bulk/input.js';
import * as current from '../src/bulk/scan.js';

type Classify = typeof current.classifyLines;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    baseline: { type: 'string' },
    rounds: { type: 'string', default: '7' },
    mb: { type: 'string' },
    check: { type: 'boolean', default: false },
  },
});
if (!positionals.length)
  throw new Error('usage: bench/profile-scan.ts [--baseline FILE] [--check] EXPORT_DIR…');
const baseline: Classify | undefined = values.baseline
  ? ((await import(pathToFileURL(resolve(values.baseline)).href)) as typeof current).classifyLines
  : undefined;

/** The NDJSON files of an export, with the resource type each declares by its name. */
function files(dir: string): { path: string; type: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ndjson'))
    .sort()
    .map((f) => ({ path: join(dir, f), type: f.slice(0, -'.ndjson'.length) }));
}

if (values.check) {
  if (!baseline) throw new Error('--check needs --baseline');
  let lines = 0;
  let differ = 0;
  const tally = new Map<string, number>();
  for (const dir of positionals)
    for (const f of files(dir)) {
      for await (const b of readLines(f.path)) {
        const x = baseline(b.buf, b.starts, b.ends, f.type);
        const y = current.classifyLines(b.buf, b.starts, b.ends, f.type);
        let t = 0;
        for (let k = 0; k < b.starts.length; k++) {
          lines++;
          const text = x.codes[k] ? x.texts[t] : '';
          if (x.codes[k] !== y.codes[k] || (x.codes[k] && text !== y.texts[t])) {
            if (differ++ < 10)
              process.stdout.write(`${f.path}:${b.firstLine + k}: ${x.codes[k]} ${text} ≠ ${y.codes[k]}\n`);
          }
          if (x.codes[k]) t++;
          const c = `${x.codes[k]}`;
          tally.set(c, (tally.get(c) ?? 0) + 1);
        }
        if (x.texts.length !== y.texts.length || x.texts.some((s, i) => s !== y.texts[i])) {
          if (differ++ < 10)
            process.stdout.write(`${f.path}: texts differ in the batch at line ${b.firstLine}\n`);
        }
      }
    }
  process.stdout.write(
    `${lines} lines compared, ${differ} differences; codes: ${[...tally].map(([c, n]) => `${c}×${n}`).join(', ')}\n`,
  );
  process.exit(differ ? 1 : 0);
}

// Timing: the batches in memory.
const limit = values.mb ? Number(values.mb) * 2 ** 20 : Infinity;
const batches: { buf: Buffer; starts: number[]; ends: number[]; type: string }[] = [];
let bytes = 0;
for (const dir of positionals)
  for (const f of files(dir)) {
    let read = 0;
    for await (const b of readLines(f.path)) {
      // `buf` is reused by the next batch: keep a copy of its lines
      const buf = Buffer.from(b.buf.subarray(0, b.consumed));
      batches.push({ buf, starts: b.starts, ends: b.ends, type: f.type });
      read += b.consumed;
      if (read >= limit) break;
    }
    bytes += read;
  }
const mb = bytes / 2 ** 20;
process.stdout.write(`${batches.length} batches, ${mb.toFixed(1)} MB\n`);

/** CPU seconds of this process since `c0`: on a shared, loaded machine it varies less than the wall time. */
function cpuSeconds(c0: NodeJS.CpuUsage): number {
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1e6;
}

function timeScan(classify: Classify): number {
  const c0 = process.cpuUsage();
  let sink = 0;
  for (const b of batches) sink += classify(b.buf, b.starts, b.ends, b.type).texts.length;
  if (sink < 0) throw new Error('unreachable');
  return mb / cpuSeconds(c0);
}

function timeParse(): number {
  const c0 = process.cpuUsage();
  let sink = 0;
  for (const b of batches)
    for (let k = 0; k < b.starts.length; k++)
      sink += (JSON.parse(b.buf.toString('utf8', b.starts[k], b.ends[k])) as object) ? 1 : 0;
  if (sink < 0) throw new Error('unreachable');
  return mb / cpuSeconds(c0);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const rounds = Number(values.rounds);
// warm-up
timeScan(current.classifyLines);
if (baseline) timeScan(baseline);
const runs: Record<string, number[]> = { current: [], baseline: [], 'JSON.parse': [] };
for (let r = 0; r < rounds; r++) {
  // alternate which goes first
  const order: [string, Classify][] = [['current', current.classifyLines]];
  if (baseline) order[r % 2 ? 'push' : 'unshift'](['baseline', baseline]);
  const line: string[] = [];
  for (const [name, f] of order) {
    const v = timeScan(f);
    runs[name]!.push(v);
    line.push(`${name} ${v.toFixed(0)}`);
  }
  const p = timeParse();
  runs['JSON.parse']!.push(p);
  line.push(`JSON.parse ${p.toFixed(0)}`);
  process.stdout.write(`round ${r + 1}: ${line.join(', ')} MB/s\n`);
}
const mc = median(runs.current!);
const mp = median(runs['JSON.parse']!);
let summary = `median MB/s: current ${mc.toFixed(0)}, JSON.parse ${mp.toFixed(0)} (scan costs ${((100 * mp) / mc).toFixed(0)} % of a parse)`;
if (baseline) {
  const mbase = median(runs.baseline!);
  summary += `, baseline ${mbase.toFixed(0)} (${((100 * mp) / mbase).toFixed(0)} %); current/baseline ${(mc / mbase).toFixed(2)}×`;
}
process.stdout.write(`${summary}\n`);
