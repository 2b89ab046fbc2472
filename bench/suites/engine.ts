/**
 * Engine benchmark: full EULAR/ACR + Bohan & Peter assessment of a realistic case, against JSON.parse of
 * the same case measured in the same run.
 * @module
 */
import { parseCase } from '../../dist/src/case/validate.js';
import { bohanPeterInputsFromCase } from '../../dist/src/criteria/bohan-peter-1975/from-case.js';
import { evaluateBohanPeter1975 } from '../../dist/src/criteria/bohan-peter-1975/evaluate.js';
import { eularInputsFromCase } from '../../dist/src/criteria/eular-acr-2017/from-case.js';
import { evaluateEularAcr2017 } from '../../dist/src/criteria/eular-acr-2017/evaluate.js';
import { measure } from '../harness.js';
import { benchCase } from '../fixtures.js';

/** Suite name (key in the output). */
export const name = 'engine';

/** Runs the suite. */
export async function run(): Promise<Record<string, unknown>> {
  const text = JSON.stringify(benchCase);
  const c = parseCase(JSON.parse(text));
  const assess = () => {
    // A fresh case object each time, so per-case indexes are rebuilt as they would be for a new case.
    const fresh = { ...c };
    const e = eularInputsFromCase(fresh);
    const b = bohanPeterInputsFromCase(fresh);
    return [evaluateEularAcr2017(e.values, e.evidence), evaluateBohanPeter1975(b.values, b.evidence)];
  };
  const rounds = 3;
  const ratios: number[] = [];
  let best = 0;
  let parseBest = 0;
  for (let i = 0; i < rounds; i++) {
    const a = measure(assess, 1000);
    const p = measure(() => JSON.parse(text), 1000);
    ratios.push(a.opsPerSecond / p.opsPerSecond);
    best = Math.max(best, a.opsPerSecond);
    parseBest = Math.max(parseBest, p.opsPerSecond);
  }
  ratios.sort((x, y) => x - y);
  return {
    assessmentsPerSecond: Math.round(best),
    jsonParsePerSecond: Math.round(parseBest),
    ratioToJsonParse: Number(ratios[Math.floor(rounds / 2)]!.toFixed(3)),
    caseBytes: text.length,
    goal: { assessmentsPerSecond: 100000, ratioToJsonParse: 0.5 },
  };
}
