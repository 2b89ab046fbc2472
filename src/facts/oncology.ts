/**
 * Oncological facts of a case: whether a cancer was found, and the neural (onconeural and neuronal-surface)
 * antibody results that the paraneoplastic criteria read. Myositis antibodies are never neural antibodies.
 * @module
 */
import type { Antibody, Case } from '../case/schema.js';
import type { Fact } from './facts.js';
import { neuralAntibodyKey } from './names.js';

/**
 * Whether a cancer was found: recorded cancers, else a cancer-found investigation, else a work-up without
 * cancer found (not met), else unknown.
 * @param c - a validated case
 */
export function cancerFoundFact(c: Case): Fact {
  if (c.cancers.length)
    return { status: 'met', evidence: c.cancers.map((_, i) => ({ path: `cancers[${i}]` })) };
  const found = c.investigations.map((x, i) => ({ x, i })).filter(({ x }) => x.result === 'cancer-found');
  if (found.length)
    return {
      status: 'met',
      evidence: found.map(({ i }) => ({ path: `investigations[${i}]`, value: 'cancer-found' })),
    };
  const negative = c.investigations
    .map((x, i) => ({ x, i }))
    .filter(({ x }) => x.result === 'normal' || x.result === 'abnormal');
  if (negative.length)
    return {
      status: 'not-met',
      evidence: negative.map(({ x, i }) => ({
        path: `investigations[${i}]`,
        value: x.result,
        note: 'work-up without cancer found',
      })),
    };
  return { status: 'unknown', evidence: [] };
}

/** One neural antibody result of a case. */
export interface NeuralAntibodyResult {
  antibody: Antibody;
  /** Index in `case.antibodies`. */
  index: number;
  /** The antibody's key ({@link neuralAntibodyKey}). */
  key: string;
}

/**
 * The antibody results of a case whose neural-antibody key is one of `keys`.
 * @param c - a validated case
 * @param keys - neural antibody keys (`hu`, `yo`, `cv2crmp5`, …)
 */
export function neuralAntibodyResults(c: Case, keys: readonly string[]): NeuralAntibodyResult[] {
  return c.antibodies
    .map((antibody, index) => ({ antibody, index, key: neuralAntibodyKey(antibody.target) }))
    .filter((x) => keys.includes(x.key));
}
