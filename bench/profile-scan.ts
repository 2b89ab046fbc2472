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
 * the exports through both versions and reports any line whose code or text differ (nothing is timed); with
 * `--fuzz K`, also every K-th line damaged in many ways (cut at every byte, bytes left out or put in, escapes
 * written in), each damaged line classed by both, as batches and with and without the file's type.
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
    fuzz: { type: 'string' },
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

/** Damaged versions of a line (see `--fuzz`); `seed` varies which. */
function damaged(line: Buffer, seed: number): Buffer[] {
  const out: Buffer[] = [];
  const text = line.toString('utf8');
  const at = (k: number) => (seed * 7919 + k * 104729) % Math.max(1, line.length);
  // cut at every byte: a truncation at every kind of token
  for (let k = 0; k < line.length; k++) out.push(line.subarray(0, k));
  for (let r = 0; r < 40; r++) {
    const k = at(r);
    out.push(Buffer.concat([line.subarray(0, k), line.subarray(k + 1)]));
    for (const c of ['{', '}', '[', ']', '"', ':', ',', '\\', ' ', '1', '\\"', '\\\\'])
      out.push(Buffer.concat([line.subarray(0, k), Buffer.from(c), line.subarray(k)]));
  }
  // escapes JSON allows where none are needed, in keys and values; backslashes before a closing quote; other
  // patient keys and references; no id, other types; white space around
  const edits: [RegExp, string][] = [
    [/\//g, '\\/'],
    [/"Patient/g, '"\\u0050atient'],
    [/"(resourceType|id|subject|reference)"/g, '"\\u0072$1"'],
    [/"(subject|patient|reference|id|resourceType)"/g, '"$1\\u0020"'],
    [/([a-f0-9])"/g, '$1\\\\"'],
    [/([a-f0-9])"/g, '$1\\"'],
    [/"subject":\{/g, '"subject":{"x":{"reference":"Patient/decoy"},'],
    [/"subject"/g, '"beneficiary"'],
    [/"subject":\{"reference":"[^"]*"\}/g, '"subject":[{"reference":"Patient/a"}]'],
    [/"reference":"Patient\//g, '"reference":"urn:uuid:'],
    [/"reference":"Patient\//g, '"reference":"#'],
    [/"reference":"Patient\//g, '"reference":"https://h/fhir/Patient/'],
    [/"id":"[^"]*",?/g, ''],
    [/"resourceType":"[A-Za-z]*"/g, '"resourceType":"Résumé"'],
    [/"resourceType":"[A-Za-z]*"/g, '"resourceType":""'],
    [/"resourceType":"[A-Za-z]*"/g, '"resourceType":"Patient"'],
    [/^/g, '  \t'],
    [/$/g, ' x'],
  ];
  for (const [from, to] of edits) out.push(Buffer.from(text.replace(from, to)));
  out.push(Buffer.from('   '), Buffer.alloc(0));
  return out;
}

if (values.check) {
  if (!baseline) throw new Error('--check needs --baseline');
  const fuzz = values.fuzz ? Number(values.fuzz) : 0;
  let damagedLines = 0;
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
        if (!fuzz) continue;
        for (let k = 0; k < b.starts.length; k++) {
          if ((b.firstLine + k) % fuzz !== 0) continue;
          const lines = damaged(b.buf.subarray(b.starts[k], b.ends[k]), b.firstLine + k);
          damagedLines += lines.length;
          const buf = Buffer.concat(lines.flatMap((l) => [l, Buffer.from('\n')]));
          const starts: number[] = [];
          const ends: number[] = [];
          let o = 0;
          for (const l of lines) {
            starts.push(o);
            ends.push(o + l.length);
            o += l.length + 1;
          }
          for (const type of [f.type, null]) {
            const u = baseline(buf, starts, ends, type);
            const v = current.classifyLines(buf, starts, ends, type);
            const same =
              u.codes.every((c, i) => c === v.codes[i]) &&
              u.texts.length === v.texts.length &&
              u.texts.every((s, i) => s === v.texts[i]);
            if (!same && differ++ < 10)
              process.stdout.write(`${f.path}:${b.firstLine + k}: damaged versions differ (type ${type})\n`);
            for (const c of u.codes) {
              const key = `damaged ${c}`;
              tally.set(key, (tally.get(key) ?? 0) + 1);
            }
            for (const t of u.texts) if (/^[a-z]+(-[a-z]+)+$/.test(t)) tally.set(t, (tally.get(t) ?? 0) + 1);
          }
        }
      }
    }
  process.stdout.write(
    `${lines} lines and ${damagedLines} damaged lines compared, ${differ} differences; codes: ${[...tally].map(([c, n]) => `${c}×${n}`).join(', ')}\n`,
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
