// The ceiling of `heliotrope bulk` on this machine: what a run would take if grouping the export by patient
// cost nothing. Step 1 (not timed) reads the whole export into memory, finds each line's patient and writes the
// patients' lines, grouped, into one file per worker thread (cached beside the export's name in the system temp
// directory). Step 2 times, in pairs, the bench's yardstick (read + JSON.parse of every line, one thread, in this
// process) and a child process whose worker threads each read their grouped file in 32 MiB chunks and run every
// patient through the worker's own path (`processGroup` + `storedOutcome`, as `heliotrope bulk` does), writing
// the rows to a file: no scan, no work store, no messages, no results table. Prints one JSON line per pair.
// After `npm run build`:
// node bench/bulk-ceiling.mjs EXPORT [WORKERS=2] [PAIRS=2]
// (docs/population.md, "Twentieth pass"). Needs memory for the whole export (≈ 3 × its size) in step 1.
import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const dist = (p) => new URL(`../dist/src/${p}`, import.meta.url).href;
const CHUNK = 32 << 20;

if (!isMainThread) await workerMain();
else if (process.argv[2] === '--child') await childMain(process.argv.slice(3));
else await main();

async function main() {
  const [exportArg, workersArg = '2', pairsArg = '2'] = process.argv.slice(2);
  if (!exportArg) {
    process.stderr.write('usage: node bench/bulk-ceiling.mjs EXPORT [WORKERS=2] [PAIRS=2]\n');
    process.exit(2);
  }
  const dir = resolve(exportArg);
  const workers = Number(workersArg);
  const grouped = groupOnce(dir, workers);
  for (let pair = 1; pair <= Number(pairsArg); pair++) {
    const yard = await yardstick(dir);
    const run = await child(grouped);
    process.stdout.write(
      JSON.stringify({
        pair,
        workers,
        patients: run.patients,
        yardstickSeconds: r3(yard.seconds),
        yardstickCpuSeconds: r3(yard.cpuSeconds),
        ceilingSeconds: r3(run.seconds),
        ceilingCpuSeconds: r3(run.cpuSeconds),
        ratioToParse: r3(yard.seconds / run.seconds),
        cpuRatioToParse: r3(yard.cpuSeconds / run.cpuSeconds),
      }) + '\n',
    );
  }
}

function r3(x) {
  return Math.round(x * 1000) / 1000;
}

/** Step 1: the export's lines grouped by patient, one file per worker (patients in first-seen order). */
function groupOnce(dir, workers) {
  const out = join(tmpdir(), `heliotrope-bulk-ceiling-${basename(dir)}-${workers}`);
  const parts = Array.from({ length: workers }, (_, i) => join(out, `part-${i}.grp`));
  if (parts.every((p) => existsSync(p))) return parts;
  process.stderr.write(`bulk-ceiling: grouping ${dir} (not timed) …\n`);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const files = manifest.output.map((o) => readFileSync(join(dir, o.url)));
  const order = [];
  const by = new Map();
  files.forEach((buf, f) => {
    let pos = 0;
    while (pos < buf.length) {
      let nl = buf.indexOf(10, pos);
      if (nl < 0) nl = buf.length;
      if (nl > pos) {
        const r = JSON.parse(buf.toString('utf8', pos, nl));
        const ref = r.subject?.reference ?? r.patient?.reference ?? '';
        const key = r.resourceType === 'Patient' ? r.id : String(ref).replace(/^Patient\//, '');
        let l = by.get(key);
        if (!l) {
          by.set(key, (l = []));
          order.push(key);
        }
        l.push(f, pos, nl);
      }
      pos = nl + 1;
    }
  });
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const per = Math.ceil(order.length / workers);
  for (let w = 0; w < workers; w++) {
    const fd = openSync(`${parts[w]}.tmp`, 'w');
    const pending = [];
    let size = 0;
    const flush = () => {
      writeSync(fd, Buffer.concat(pending));
      pending.length = 0;
      size = 0;
    };
    for (const key of order.slice(w * per, (w + 1) * per)) {
      const l = by.get(key);
      const byFile = new Map();
      for (let i = 0; i < l.length; i += 3) {
        let p = byFile.get(l[i]);
        if (!p) byFile.set(l[i], (p = []));
        p.push(l[i + 1], l[i + 2]);
      }
      // A patient: "@key<TAB>file,count;file,count…" then its lines, file by file.
      const head = Buffer.from(`@${key}\t${[...byFile].map(([f, p]) => `${f},${p.length / 2}`).join(';')}\n`);
      pending.push(head);
      size += head.length;
      for (const [f, p] of byFile)
        for (let i = 0; i < p.length; i += 2) {
          const b = files[f].subarray(p[i], p[i + 1]);
          pending.push(b, Buffer.from('\n'));
          size += b.length + 1;
        }
      if (size > CHUNK) flush();
    }
    flush();
    closeSync(fd);
    renameSync(`${parts[w]}.tmp`, parts[w]);
  }
  return parts;
}

/** The bench's yardstick (bench/suites/bulk.ts, parsePass), in this process. */
async function yardstick(dir) {
  const { readLines } = await import(dist('bulk/input.js'));
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let sink = 0;
  for (const o of manifest.output)
    for await (const b of readLines(join(dir, o.url)))
      for (let k = 0; k < b.starts.length; k++) {
        const v = JSON.parse(b.buf.toString('utf8', b.starts[k], b.ends[k]));
        sink += v.id ? 1 : 0;
      }
  const c = process.cpuUsage(c0);
  if (sink < 0) process.stderr.write('');
  return { seconds: (performance.now() - t0) / 1000, cpuSeconds: (c.user + c.system) / 1e6 };
}

/** Step 2: the child process, timed whole (start-up included, as the bench times `heliotrope bulk`). */
function child(parts) {
  return new Promise((res, rej) => {
    const t0 = performance.now();
    const c = spawn(process.execPath, [fileURLToPath(import.meta.url), '--child', ...parts], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let text = '';
    c.stdout.on('data', (d) => (text += d));
    c.on('exit', (code) => {
      if (code !== 0) return rej(new Error(`ceiling child exited with ${code}`));
      const r = JSON.parse(text);
      res({ ...r, seconds: (performance.now() - t0) / 1000 });
    });
  });
}

async function childMain(parts) {
  let patients = 0;
  await Promise.all(
    parts.map(
      (file) =>
        new Promise((res, rej) => {
          const w = new Worker(new URL(import.meta.url), { workerData: { file } });
          w.on('message', (n) => (patients += n));
          w.on('error', rej);
          w.on('exit', res);
        }),
    ),
  );
  const c = process.resourceUsage();
  process.stdout.write(JSON.stringify({ patients, cpuSeconds: (c.userCPUTime + c.systemCPUTime) / 1e6 }));
}

/** A worker thread: its grouped file in chunks, every patient through the bulk worker's path. */
async function workerMain() {
  const { processGroup, storedOutcome } = await import(dist('bulk/patient.js'));
  const { defaultImporter } = await import(dist('bulk/importer.js'));
  const fd = openSync(workerData.file, 'r');
  const outPath = `${workerData.file}.rows`;
  const out = openSync(outPath, 'w');
  let buf = Buffer.allocUnsafe(CHUNK);
  let have = 0;
  let seq = 0;
  let eof = false;
  const rows = [];
  for (;;) {
    if (!eof) {
      const n = readSync(fd, buf, have, buf.length - have, null);
      if (n === 0) eof = true;
      have += n;
    }
    // Whole patients in buf[0, have): a patient ends where the next header starts.
    let pos = 0;
    for (;;) {
      const nl = buf.indexOf(10, pos);
      if (nl < 0 || nl >= have) break;
      const [key, spec] = buf.toString('utf8', pos + 1, nl).split('\t');
      const counts = spec.split(';').map((p) => p.split(',').map(Number));
      let end = nl + 1;
      let complete = true;
      const bounds = [];
      for (const [, n] of counts) {
        const s = end;
        for (let k = 0; k < n; k++) {
          const e = buf.indexOf(10, end);
          if (e < 0 || e >= have) {
            complete = false;
            break;
          }
          end = e + 1;
        }
        if (!complete) break;
        bounds.push([s, end - 1]);
      }
      if (!complete) break;
      const groupParts = counts.map(([file, n], i) => ({
        file,
        lines: Uint32Array.from({ length: n }, (_, k) => k + 1),
        data: Buffer.from(buf.subarray(bounds[i][0], bounds[i][1])),
      }));
      rows.push(
        storedOutcome(processGroup({ seq: seq++, key, parts: groupParts }, defaultImporter, '2026-01-01'))
          .row,
      );
      pos = end;
    }
    if (rows.length) {
      writeSync(out, rows.join('\n') + '\n');
      rows.length = 0;
    }
    if (eof && pos >= have) break;
    if (pos === 0 && have === buf.length) {
      const bigger = Buffer.allocUnsafe(buf.length * 2);
      buf.copy(bigger, 0, 0, have);
      buf = bigger;
    } else {
      buf.copy(buf, 0, pos, have);
      have -= pos;
    }
    if (eof && pos === 0) throw new Error(`${workerData.file}: a patient is cut off at the end`);
  }
  closeSync(fd);
  closeSync(out);
  rmSync(outPath, { force: true });
  parentPort.postMessage(seq);
}
