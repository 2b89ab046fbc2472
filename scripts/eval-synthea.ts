/**
 * Imports every FHIR R4 bundle of a directory (e.g. the Synthea sample set, R4/SYNTHEA of
 * smart-on-fhir/generated-sample-data, checked out outside the repo) and reports per bundle what was
 * mapped and what was not, then totals. Usage: npm run eval:synthea -- <dir> [--json]
 * @module
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { assessCase } from '../src/assess/assess.js';
import { isFailedSection } from '../src/contract/set.js';
import { importFhir } from '../src/fhir/import/index.js';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: eval-synthea <directory of FHIR R4 bundles> [--json]\n');
  process.exit(2);
}
let names: string[];
try {
  names = readdirSync(dir);
} catch (e) {
  const code = (e as { code?: string }).code;
  process.stderr.write(
    `eval-synthea: cannot read the directory ${dir} (${code === 'ENOENT' ? 'not found' : code === 'ENOTDIR' ? 'not a directory' : (code ?? 'error')})\n`,
  );
  process.exit(code === 'ENOENT' ? 3 : 2);
}
const files = names.filter((f) => f.endsWith('.json')).sort();
let crashes = 0;
const totals = {
  bundles: 0,
  resources: 0,
  used: 0,
  labs: 0,
  cancers: 0,
  treatments: 0,
  investigations: 0,
  findings: 0,
  errors: 0,
  warnings: 0,
  notMet: 0,
};
const rows: string[] = [];
for (const f of files) {
  try {
    const r = importFhir(JSON.parse(readFileSync(join(dir, f), 'utf8')));
    const c = r.case;
    const report = assessCase(c, { asOf: '2020-01-01' });
    const eular = isFailedSection(report.eularAcr2017) ? 'n/a' : report.eularAcr2017.category;
    if (eular === 'not-met') totals.notMet++;
    totals.bundles++;
    totals.resources += r.stats.resources;
    totals.used += r.stats.used;
    totals.labs += c.labs.length;
    totals.cancers += c.cancers.length;
    totals.treatments += c.treatments.length;
    totals.investigations += c.investigations.length;
    totals.findings += c.findings.length;
    totals.errors += r.issues.filter((i) => i.severity === 'error').length;
    totals.warnings += r.issues.filter((i) => i.severity === 'warning').length;
    rows.push(
      `${f.slice(0, 40).padEnd(40)} ${String(r.stats.used).padStart(5)}/${String(r.stats.resources).padEnd(6)} labs ${c.labs.length} cancers ${c.cancers.length} tx ${c.treatments.length} inv ${c.investigations.length} findings ${c.findings.length} issues ${r.issues.length} EULAR/ACR ${eular}`,
    );
  } catch (e) {
    crashes++;
    rows.push(`${f}: CRASH ${(e as Error).message}`);
  }
}
if (process.argv.includes('--json'))
  process.stdout.write(`${JSON.stringify({ ...totals, crashes }, null, 2)}\n`);
else process.stdout.write(`${rows.join('\n')}\n\n${JSON.stringify({ ...totals, crashes })}\n`);
process.exitCode = crashes ? 1 : 0;
