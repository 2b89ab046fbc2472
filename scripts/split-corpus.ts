/**
 * `npm run corpus:split [-- --check]`: records in `corpus/split.json` the development/test half of every
 * corpus item that has none yet (src/eval/split.ts: stratified by subtype and cancer, stable). With
 * `--check`, writes nothing and exits 1 when an item has no half or the file names an item that does not
 * exist.
 * @module
 */
import { writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { assignHalves, compareIds, isDevOnly, stratum } from '../src/eval/split.js';
import { CORPORA, SPLIT_FILE, loadCorpus, loadSplit, type SplitFile } from './lib/corpus.js';

const check = process.argv.includes('--check');
const current = loadSplit();
const next: SplitFile = {};
const problems: string[] = [];
for (const name of CORPORA) {
  const items = loadCorpus(name).map((i) => ({
    id: i.id,
    stratum: stratum(i.gold.meta.subtype, i.gold.meta.cancer),
  }));
  const existing = current[name] ?? {};
  const ids = new Set(items.map((i) => i.id));
  for (const id of Object.keys(existing))
    if (!ids.has(id)) problems.push(`${name}/${id}: in split.json but has no gold`);
  for (const i of items) if (!existing[i.id]) problems.push(`${name}/${i.id}: no half assigned`);
  next[name] = Object.fromEntries(
    Object.entries(assignHalves(items, existing, (id) => isDevOnly(name, id)))
      .filter(([id]) => ids.has(id))
      .sort(([a], [b]) => compareIds(a, b)),
  );
}
if (check) {
  for (const p of problems) process.stdout.write(`${p}\n`);
  if (problems.length) {
    process.stdout.write('run npm run corpus:split to assign halves to new items\n');
    process.exit(1);
  }
  process.stdout.write('split up to date\n');
} else {
  const doc = {
    rule: 'Stratified by subtype and cancer (src/eval/split.ts). Within a stratum, new items in order of FNV-1a hash of the id go to the half with fewer items of the stratum (on a tie: the half with fewer items in the corpus, then dev). Assignments never change once recorded. Real items real-085 to real-399 were annotated after tuning began and are development data only (DEV_ONLY_RANGE), so the 42 test items fixed before any tuning stay as they were; from real-400 on, each new batch is split at intake by the same rule, before any rule is written from it. Extractor development may look at dev items only; test items are for reporting.',
    assignments: next,
  };
  const options = (await prettier.resolveConfig(SPLIT_FILE)) ?? {};
  writeFileSync(SPLIT_FILE, await prettier.format(JSON.stringify(doc), { ...options, parser: 'json' }));
  const count = (h: string) =>
    Object.values(next).reduce((n, m) => n + Object.values(m).filter((x) => x === h).length, 0);
  process.stdout.write(`split.json: ${count('dev')} dev, ${count('test')} test\n`);
}
