/**
 * Full-assessment benchmark: what a user gets. For each demo case and each synthetic fixture case, the full path
 * (JSON.parse of the case text, validation, every report section, JSON.stringify of the report) against its
 * I/O floor measured in the same run (JSON.parse of the same text + JSON.stringify of the already computed
 * report). `ratioToIoFloor` = floor time / full time: 1.0 would mean the engine costs nothing beyond reading the
 * case and writing the report. Both are timed on the process's CPU clock (the machine is shared: the time spent
 * waiting for a core is not the engine's).
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs';
import { assessCase } from '../../dist/src/assess/assess.js';
import { parseCase } from '../../dist/src/case/validate.js';
import { demoCases } from '../../dist/src/server/demo-cases.js';
import { measure, median } from '../harness.js';

/** Suite name (key in the output). */
export const name = 'assess';

/** CPU time of this process (all threads), in ms. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** The reference day of every assessment (the golden outputs' day). */
const AS_OF = '2026-11-21';

const FIXTURE_DIRS = [
  '../../src/criteria/__fixtures__/',
  '../../src/cancer/__fixtures__/',
  '../../src/monitoring/__fixtures__/',
];

/** Every demo case and every valid fixture case, as the compact JSON text a client would send. */
export function benchCases(): [string, string][] {
  const out: [string, string][] = [];
  demoCases.forEach((c, i) => out.push([`demo-${i + 1}`, JSON.stringify(c)]));
  for (const rel of FIXTURE_DIRS) {
    const dir = new URL(rel, import.meta.url);
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith('.json') || f.startsWith('invalid')) continue;
      const doc: unknown = JSON.parse(readFileSync(new URL(f, dir), 'utf8'));
      out.push([f.replace(/(\.case)?\.json$/, ''), JSON.stringify(doc)]);
    }
  }
  return out;
}

/** Runs the suite. */
export async function run(): Promise<Record<string, unknown>> {
  const cases = benchCases();
  const fullOf = (text: string) => JSON.stringify(assessCase(parseCase(JSON.parse(text)), { asOf: AS_OF }));
  // Warm-up on every case first (the JIT settles on the whole path), so the first case measured is not
  // measured half-compiled.
  const warmEnd = performance.now() + 2000;
  for (let i = 0; i < 40 || performance.now() < warmEnd; i++) for (const [, text] of cases) fullOf(text);
  // Then each case alone, once before any is timed and again just before it is timed. Run alone, a case meets
  // code optimised on the others: V8 deoptimises some of the large functions on arrays of another hidden
  // class (elements kind) and compiles them again on its background threads, for thousands of calls, and the
  // process's CPU clock counts those threads. Without this the first cases timed (demo-1, demo-2) spent up to
  // two thirds of their 300 ms in that one-time recompilation (per-thread CPU from /proc, docs/performance.md
  // "Fourth pass"), and a case's figure depended on its place in the list.
  const settle = (text: string, ms: number) => {
    const end = cpuMs() + ms;
    for (let i = 0; i < 40 || cpuMs() < end; i++) fullOf(text);
  };
  for (const [, text] of cases) settle(text, 1500);
  const rounds = 3;
  const byCase: Record<
    string,
    { ratioToIoFloor: number; fullPerSecond: number; reportBytesPerCaseByte: number }
  > = {};
  for (const [label, text] of cases) {
    const full = () => fullOf(text);
    settle(text, 500);
    const reportText = full();
    const report = assessCase(parseCase(JSON.parse(text)), { asOf: AS_OF });
    const floor = () => {
      JSON.parse(text);
      return JSON.stringify(report);
    };
    const ratios: number[] = [];
    const fulls: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const f = measure(full, 300, 'cpu');
      const o = measure(floor, 300, 'cpu');
      ratios.push(f.opsPerSecond / o.opsPerSecond);
      fulls.push(f.opsPerSecond);
    }
    byCase[label] = {
      ratioToIoFloor: Number(median(ratios).toFixed(3)),
      fullPerSecond: Math.round(median(fulls)),
      reportBytesPerCaseByte: Number((reportText.length / text.length).toFixed(2)),
    };
  }
  const all = Object.values(byCase);
  const worstOf = (key: 'ratioToIoFloor' | 'fullPerSecond') =>
    Object.entries(byCase).reduce((w, e) => (e[1][key] < w[1][key] ? e : w));
  const [worstRatioCase, worstRatio] = worstOf('ratioToIoFloor');
  return {
    cases: all.length,
    fullPerSecond: Math.round(median(all.map((r) => r.fullPerSecond))),
    fullPerSecondWorst: worstOf('fullPerSecond')[1].fullPerSecond,
    ratioToIoFloor: Number(median(all.map((r) => r.ratioToIoFloor)).toFixed(3)),
    ratioToIoFloorWorst: worstRatio.ratioToIoFloor,
    ratioToIoFloorWorstCase: worstRatioCase,
    reportBytesPerCaseByte: Number(median(all.map((r) => r.reportBytesPerCaseByte)).toFixed(2)),
    reportBytesPerCaseByteWorst: Math.max(...all.map((r) => r.reportBytesPerCaseByte)),
    byCase,
    goal: { ratioToIoFloor: 0.5 },
  };
}
