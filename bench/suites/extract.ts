/**
 * Extraction benchmark: throughput of the full extraction pipeline on a synthetic corpus (≥ 1 MB,
 * generated deterministically at run time), and its ratio to a plain tokenisation pass over the same
 * texts measured in the same run.
 * @module
 */
import { syntheticCorpus } from '../../src/extract/__fixtures__/synthetic.js';
import { extractCase } from '../../dist/src/extract/extract.js';
import { tokenize } from '../../dist/src/extract/tokenize.js';
import { median } from '../harness.js';

/** Suite name (key in the output). */
export const name = 'extract';

function timeIt(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return (performance.now() - t0) / 1000;
}

/** Runs the suite. */
export async function run(): Promise<Record<string, unknown>> {
  const docs = syntheticCorpus(1_100_000, 1);
  const bytes = docs.reduce((n, d) => n + new TextEncoder().encode(d).length, 0);
  let sink = 0;
  const extractAll = () => {
    for (const d of docs) sink += extractCase(d).case.findings.length;
  };
  const tokenizeAll = () => {
    for (const d of docs) sink += tokenize(d).length;
  };
  extractAll(); // warm-up (two passes: the JIT settles)
  extractAll();
  tokenizeAll();
  const rounds = 3;
  const ex: number[] = [];
  const tk: number[] = [];
  for (let i = 0; i < rounds; i++) {
    ex.push(timeIt(extractAll));
    tk.push(timeIt(tokenizeAll));
  }
  if (sink === -1) throw new Error('unreachable');
  const exBps = bytes / median(ex);
  const tkBps = bytes / median(tk);
  return {
    corpusBytes: bytes,
    documents: docs.length,
    bytesPerSecond: Math.round(exBps),
    tokenizerBytesPerSecond: Math.round(tkBps),
    ratioToTokenizer: Number((exBps / tkBps).toFixed(3)),
    goal: { bytesPerSecond: 1_000_000 },
  };
}
