/**
 * The FHIR import of a population run alone, in one thread: every patient's lines of an export are parsed
 * just before it is imported, then `defaultImporter` (the import with its case validation) runs over all of them
 * for a number of rounds; prints the CPU µs per patient of each round. For `--cpu-prof` / `--trace-deopt`
 * on the import without the parse and the assessment around it. Run after `npm run build`:
 * `node [--cpu-prof] --import tsx bench/profile-fhir-import.ts EXPORT [PATIENTS] [ROUNDS]`.
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readLines } from '../dist/src/bulk/input.js';
import { defaultImporter, type FhirResource } from '../dist/src/bulk/importer.js';
import { patientIdOfReference } from '../dist/src/bulk/scan.js';

const [dir, nArg, roundsArg] = process.argv.slice(2);
if (!dir) throw new Error('usage: bench/profile-fhir-import.ts EXPORT [PATIENTS] [ROUNDS]');
const limit = Number(nArg ?? 2000);
const rounds = Number(roundsArg ?? 5);

const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
  output: { url: string }[];
};
const byPatient = new Map<string, string[]>();
for (const o of manifest.output) {
  for await (const b of readLines(join(dir, o.url))) {
    for (let k = 0; k < b.starts.length; k++) {
      const text = b.buf.toString('utf8', b.starts[k], b.ends[k]);
      const r = JSON.parse(text) as FhirResource & { subject?: { reference?: string } };
      const key = r.resourceType === 'Patient' ? r.id : patientIdOfReference(r.subject?.reference ?? '');
      if (!key) continue;
      let list = byPatient.get(key);
      if (!list) byPatient.set(key, (list = []));
      if (r.resourceType === 'Patient') list.unshift(text);
      else list.push(text);
    }
  }
}
const patients = [...byPatient.keys()]
  .sort()
  .slice(0, limit)
  .map((k) => byPatient.get(k)!);
byPatient.clear();

const cpuUs = () => {
  const c = process.cpuUsage();
  return c.user + c.system;
};
let sink = 0;
for (let round = 1; round <= rounds; round++) {
  // Each patient's lines parsed just before its import (as the worker does: what is live at a time is one
  // patient's resources), the parse outside the import's clock.
  let parse = 0;
  let imp = 0;
  for (const lines of patients) {
    let t = cpuUs();
    const resources = lines.map((l) => JSON.parse(l) as FhirResource);
    let u = cpuUs();
    parse += u - t;
    t = u;
    sink += defaultImporter(resources).issues.length;
    u = cpuUs();
    imp += u - t;
  }
  const n = patients.length;
  process.stdout.write(
    `round ${round}: ${n} patients · CPU µs/patient: parse ${(parse / n).toFixed(0)} · import+validation ${(imp / n).toFixed(0)}\n`,
  );
}
if (sink < 0) process.stdout.write('\n');
