/**
 * `npm run gen:population -- --patients N --out dir [--seed S] [--gzip] [--truth] [--bad-lines K]
 * [--reference-date YYYY-MM-DD] [--interleave W]`: writes a synthetic FHIR Bulk Data export
 * (see docs/population.md).
 * @module
 */
import { parseArgs } from 'node:util';
import { writePopulation } from '../src/population/write.js';

const usage =
  'usage: npm run gen:population -- --patients N --out DIR [--seed S] [--gzip] [--truth] [--bad-lines K] [--reference-date YYYY-MM-DD] [--interleave W]\n';

function fail(message: string): never {
  process.stderr.write(`gen-population: ${message}\n${usage}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      patients: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: 'heliotrope' },
      gzip: { type: 'boolean', default: false },
      truth: { type: 'boolean', default: false },
      'bad-lines': { type: 'string', default: '0' },
      'reference-date': { type: 'string', default: '2026-01-01' },
      interleave: { type: 'string', default: '1' },
      help: { type: 'boolean', default: false },
    },
  }));
} catch (e) {
  fail((e as Error).message);
}
if (values.help) {
  process.stdout.write(usage);
  process.exit(0);
}
const patients = Number(values.patients);
if (!Number.isInteger(patients) || patients < 1) fail('--patients must be a positive integer');
if (!values.out) fail('--out is required');
const badLines = Number(values['bad-lines']);
const interleave = Number(values.interleave);
if (!Number.isInteger(badLines) || badLines < 0) fail('--bad-lines must be a non-negative integer');
if (!Number.isInteger(interleave) || interleave < 1) fail('--interleave must be a positive integer');
if (!/^\d{4}-\d{2}-\d{2}$/.test(values['reference-date'])) fail('--reference-date must be YYYY-MM-DD');

const tty = process.stderr.isTTY;
const start = performance.now();
const summary = await writePopulation({
  patients,
  out: values.out,
  seed: values.seed,
  gzip: values.gzip,
  truth: values.truth,
  badLines,
  interleave,
  referenceDate: values['reference-date'],
  onProgress: (n) => {
    if (tty)
      process.stderr.write(
        `\rgen-population: ${n.toLocaleString('en')} / ${patients.toLocaleString('en')} patients`,
      );
    else if (n % 10000 === 0 || n === patients)
      process.stderr.write(`gen-population: ${n} / ${patients} patients\n`);
  },
});
if (tty) process.stderr.write('\n');
const secs = (performance.now() - start) / 1000;
process.stdout.write(
  `wrote ${summary.patients} patients to ${values.out} in ${secs.toFixed(1)} s: ` +
    summary.files.map((f) => `${f.type} ${f.count}`).join(', ') +
    `${summary.injected.length ? `; ${summary.injected.length} bad lines (injected-errors.json)` : ''}\n`,
);
