// Byte-for-byte equivalence of `heliotrope bulk` outputs between two builds: runs this checkout's build over an
// export with 2 worker threads and with 1, keeps the six output files and the printed summary of each run (the
// output folder's path in it replaced by OUT), and compares them with an earlier run's (another build's) when a
// reference folder is given. Exit code 1 when anything differs. After `npm run build`:
// node bench/bulk-equivalence.mjs EXPORT OUTDIR [REFERENCE_OUTDIR]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const FILES = [
  'results.ndjson',
  'results.csv',
  'worklist.csv',
  'bad-lines.csv',
  'summary.json',
  'summary.html',
  'stdout.txt',
];
const [exportDir, outArg, refArg] = process.argv.slice(2);
if (!exportDir || !outArg) {
  process.stderr.write('usage: node bench/bulk-equivalence.mjs EXPORT OUTDIR [REFERENCE_OUTDIR]\n');
  process.exit(2);
}
const bin = resolve(import.meta.dirname, '../bin/heliotrope.js');
let differs = 0;
for (const workers of [2, 1]) {
  const out = resolve(outArg, `w${workers}`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(resolve(outArg), { recursive: true });
  const run = spawnSync(
    process.execPath,
    [bin, 'bulk', exportDir, '--out', out, '--as-of', '2026-01-01', '--workers', String(workers)],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.status !== 0) {
    process.stderr.write(`heliotrope bulk (${workers} workers) exited with ${run.status}\n${run.stderr}`);
    process.exit(2);
  }
  writeFileSync(join(out, 'stdout.txt'), run.stdout.split(out).join('OUT'));
  if (!refArg) continue;
  for (const f of FILES) {
    const ref = resolve(refArg, `w${workers}`, f);
    const same = existsSync(ref) && readFileSync(ref).equals(readFileSync(join(out, f)));
    if (!same) differs++;
    process.stdout.write(`${same ? 'same   ' : 'DIFFERS'} ${workers} worker(s) ${f}\n`);
  }
}
if (!refArg) process.stdout.write(`outputs kept in ${resolve(outArg)}\n`);
process.exit(differs ? 1 : 0);
