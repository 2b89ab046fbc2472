/**
 * Oncological facts of a case: whether a cancer was found, and the neural (onconeural and neuronal-surface)
 * antibody results that the paraneoplastic criteria read. Myositis antibodies are never neural antibodies.
 * @module
 */
import type { Antibody, Case } from '../case/schema.js';
import type { Evidence } from '../core/evidence.js';
import type { Fact } from './facts.js';
import { neuralAntibodyKey } from './names.js';

/**
 * Whether a cancer was found: recorded cancers, else a cancer-found investigation, else a work-up without
 * cancer found (not met), else unknown.
 * @param c - a validated case
 */
export function cancerFoundFact(c: Case): Fact {
  if (c.cancers.length) {
    const evidence: Evidence[] = [];
    for (let i = 0; i < c.cancers.length; i++) evidence.push({ path: `cancers[${i}]` });
    return { status: 'met', evidence };
  }
  // One pass over the investigations for each answer, in the record's order (no intermediate lists).
  const found: Evidence[] = [];
  c.investigations.forEach((x, i) => {
    if (x.result === 'cancer-found') found.push({ path: `investigations[${i}]`, value: 'cancer-found' });
  });
  if (found.length) return { status: 'met', evidence: found };
  const negative: Evidence[] = [];
  c.investigations.forEach((x, i) => {
    if (x.result === 'normal' || x.result === 'abnormal')
      negative.push({ path: `investigations[${i}]`, value: x.result, note: 'work-up without cancer found' });
  });
  if (negative.length) return { status: 'not-met', evidence: negative };
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
  const out: NeuralAntibodyResult[] = [];
  c.antibodies.forEach((antibody, index) => {
    const key = neuralAntibodyKey(antibody.target);
    if (keys.includes(key)) out.push({ antibody, index, key });
  });
  return out;
}
