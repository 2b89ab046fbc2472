/**
 * `npm run corpus:classify [-- --check]`: writes into every gold file of the corpora the classification its
 * facts imply (2017 EULAR/ACR category on the stated facts, the range unknowns allow, "not-reachable" when
 * they could change it, subgroup), computed by the engine from the gold (see src/eval/classify.ts). With
 * `--check`, changes nothing and exits 1 when a stored value differs from the computed one.
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { goldClassification } from '../src/eval/classify.js';
import { CORPORA, loadCorpus } from './lib/corpus.js';

const check = process.argv.includes('--check');
let stale = 0;
let written = 0;
for (const name of CORPORA) {
  for (const item of loadCorpus(name)) {
    const computed = goldClassification(item.gold);
    const raw = JSON.parse(readFileSync(item.goldFile, 'utf8')) as {
      classification: Record<string, unknown>;
    };
    const before = JSON.stringify(raw.classification);
    const { authorsDiagnosis, mimic } = raw.classification;
    raw.classification = {
      authorsDiagnosis,
      ...(mimic !== undefined ? { mimic } : {}),
      ...computed,
    };
    if (JSON.stringify(raw.classification) === before) continue;
    if (check) {
      stale++;
      process.stdout.write(`stale classification: ${item.goldFile}\n`);
      continue;
    }
    const options = (await prettier.resolveConfig(item.goldFile)) ?? {};
    writeFileSync(item.goldFile, await prettier.format(JSON.stringify(raw), { ...options, parser: 'json' }));
    written++;
  }
}
if (check && stale) {
  process.stdout.write(`${stale} gold file(s) carry a stale classification: run npm run corpus:classify\n`);
  process.exit(1);
}
process.stdout.write(
  check ? 'classifications up to date\n' : `classification written to ${written} gold file(s)\n`,
);
