/**
 * Profiles the full assessment path of the assess bench (JSON.parse, validation, every section, JSON.stringify)
 * on every demo case and fixture case, in a loop. Run with
 * `node --cpu-prof --import tsx bench/profile-assess.ts [s] [cases]` after `npm run build` (`[s]` seconds of
 * looping, default 10; `[cases]` a regular expression on the case labels, e.g. `demo-1|course`, default every
 * case); the profile is written by `--cpu-prof`, and
 * `node bench/profile-summary.mjs FILE.cpuprofile` summarises it by function and by source area.
 * @module
 */
import { assessCase } from '../dist/src/assess/assess.js';
import { parseCase } from '../dist/src/case/validate.js';
import { benchCases } from './suites/assess.js';

const seconds = Number(process.argv[2] ?? 10);
const only = new RegExp(process.argv[3] ?? '');
const cases = benchCases().filter(([label]) => only.test(label));
if (!cases.length) throw new Error(`no case label matches ${only.source}`);
const end = performance.now() + seconds * 1000;
let n = 0;
while (performance.now() < end) {
  for (const [, text] of cases)
    JSON.stringify(assessCase(parseCase(JSON.parse(text)), { asOf: '2026-11-21' }));
  n += cases.length;
}
process.stdout.write(`${n} assessments, ${((seconds * 1e6) / n).toFixed(1)} µs each\n`);
