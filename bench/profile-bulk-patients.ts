/**
 * The per-patient work of a `heliotrope bulk` worker thread, in one thread and nothing else: the export's
 * lines are grouped by patient in memory first (not measured), then every patient goes through the worker's
 * own path (`processGroup`: parse → import → validation → the row's sections and the row (`assessRow`), then
 * `storedOutcome`: the row's JSON line) for a number of rounds. Prints, per round, the wall µs per patient of
 * each part on the CPU clock (parse, import with its validation, the row's sections and row as the worker
 * computes them, and for comparison the whole report with the row taken from it) and the whole path's wall µs
 * and CPU seconds (all threads: the JIT's too). Run after
 * `npm run build`:
 * `node [--cpu-prof | --trace-deopt] --import tsx bench/profile-bulk-patients.ts EXPORT [PATIENTS] [ROUNDS]`.
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assessCase } from '../dist/src/assess/assess.js';
import { assessRow, buildResultRow } from '../dist/src/assess/population-results/row.js';
import { readLines } from '../dist/src/bulk/input.js';
import { defaultImporter, type FhirResource } from '../dist/src/bulk/importer.js';
import { processGroup, storedOutcome, type PatientGroup } from '../dist/src/bulk/patient.js';
import { patientIdOfReference } from '../dist/src/bulk/scan.js';
import type { Case } from '../dist/src/case/schema.js';

const [dir, nArg, roundsArg] = process.argv.slice(2);
if (!dir) throw new Error('usage: bench/profile-bulk-patients.ts EXPORT [PATIENTS] [ROUNDS]');
const limit = Number(nArg ?? 2000);
const rounds = Number(roundsArg ?? 3);
const asOf = '2026-01-01';

const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
  output: { url: string }[];
};
const byPatient = new Map<string, { file: number; line: number; text: string }[]>();
for (const [file, o] of manifest.output.entries()) {
  let line = 0;
  for await (const b of readLines(join(dir, o.url))) {
    for (let k = 0; k < b.starts.length; k++) {
      line++;
      const text = b.buf.toString('utf8', b.starts[k], b.ends[k]);
      const r = JSON.parse(text) as FhirResource & { subject?: { reference?: string } };
      const key = r.resourceType === 'Patient' ? r.id : patientIdOfReference(r.subject?.reference ?? '');
      if (!key) continue;
      let list = byPatient.get(key);
      if (!list) byPatient.set(key, (list = []));
      list.push({ file, line, text });
    }
  }
}
const groups: PatientGroup[] = [...byPatient.keys()]
  .sort()
  .slice(0, limit)
  .map((key, seq) => {
    const lines = byPatient.get(key)!;
    const files = [...new Set(lines.map((l) => l.file))].sort((a, b) => a - b);
    return {
      seq,
      key,
      parts: files.map((file) => {
        const mine = lines.filter((l) => l.file === file);
        return {
          file,
          lines: Uint32Array.from(mine.map((l) => l.line)),
          data: Buffer.from(mine.map((l) => l.text).join('\n')),
        };
      }),
    };
  });
byPatient.clear();

const cpuUs = () => {
  const c = process.cpuUsage();
  return c.user + c.system;
};
const cpu = () => cpuUs() / 1e6;
let sink = 0;
for (let round = 1; round <= rounds; round++) {
  // The worker's own path, whole.
  const c0 = cpu();
  const t0 = performance.now();
  for (const g of groups) sink += storedOutcome(processGroup(g, defaultImporter, asOf)).row.length;
  const whole = performance.now() - t0;
  const c1 = cpu();
  // The same, part by part (each part's input made by the part before), on the process's CPU clock (µs;
  // wall time would count the time other processes hold the core). The row's sections and the whole report
  // alternate which comes first, so that neither always meets the case first in the caches.
  let parse = 0;
  let imp = 0;
  let sections = 0;
  let assess = 0;
  let row = 0;
  for (const [k, g] of groups.entries()) {
    let t = cpuUs();
    const resources: FhirResource[] = [];
    for (const p of g.parts) {
      const text = Buffer.from(p.data.buffer, p.data.byteOffset, p.data.byteLength).toString('utf8');
      for (const l of text.split('\n')) resources.push(JSON.parse(l) as FhirResource);
    }
    const pi = resources.findIndex((r) => r.resourceType === 'Patient');
    resources.unshift(...resources.splice(pi, 1));
    let u = cpuUs();
    parse += u - t;
    t = u;
    const imported = defaultImporter(resources);
    u = cpuUs();
    imp += u - t;
    const meta = { patientId: g.key, mrn: null, issues: 0 };
    const projected = () => {
      const t0 = cpuUs();
      sink += JSON.stringify(assessRow(imported.case as Case, asOf, meta)).length;
      sections += cpuUs() - t0;
    };
    if (k % 2 === 0) projected();
    t = cpuUs();
    const report = assessCase(imported.case as Case, { asOf });
    u = cpuUs();
    assess += u - t;
    t = u;
    sink += JSON.stringify(buildResultRow(report, meta)).length;
    row += cpuUs() - t;
    if (k % 2 === 1) projected();
  }
  const n = groups.length;
  const us = (cpuMicros: number) => (cpuMicros / n).toFixed(0);
  process.stdout.write(
    `round ${round}: ${n} patients · whole ${((whole * 1000) / n).toFixed(0)} µs/patient wall ` +
      `(${(c1 - c0).toFixed(2)} CPU-s all threads) · CPU µs/patient: parse ${us(parse)} · import+validation ${us(imp)} · row's sections + row ${us(sections)} ` +
      `(whole report ${us(assess)} + row ${us(row)})\n`,
  );
}
if (sink < 0) process.stdout.write('\n');
