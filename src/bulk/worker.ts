/**
 * Worker thread of `heliotrope bulk`: assesses batches of grouped patients with the default importer.
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import { defaultImporter } from './importer.js';
import { readLocated, type LocatedBatch } from './lines.js';
import { processGroup, storedOutcome, type PatientGroup } from './patient.js';
import { classifyLines } from './scan.js';

const { asOf, sources } = workerData as { asOf: string; sources: string[] };

interface Message {
  id: number;
  groups?: PatientGroup[];
  located?: LocatedBatch;
  lines?: { bytes: Uint8Array; starts: number[]; ends: number[]; fileType: string | null };
}

// A batch comes as its lines (a distributed shard: outcomes back) or as where they are (a local run: the
// lines are read here, and the outcomes go back as the store keeps them).
parentPort!.on('message', (m: Message) => {
  // The reading phase: classify a batch of lines (see run.ts, loadFile).
  if (m.lines) {
    const { bytes, starts, ends, fileType } = m.lines;
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const classified = classifyLines(buf, starts, ends, fileType);
    // the bytes go back with the result, to carry another batch (pool.ts, classify)
    parentPort!.postMessage({ id: m.id, outcomes: classified, bytes }, [
      classified.codes.buffer as ArrayBuffer,
      bytes.buffer as ArrayBuffer,
    ]);
    return;
  }
  if (m.located) {
    const outcomes = readLocated(m.located, sources).map((g) =>
      storedOutcome(processGroup(g, defaultImporter, asOf)),
    );
    parentPort!.postMessage({ id: m.id, outcomes });
    return;
  }
  const outcomes = (m.groups ?? []).map((g) => processGroup(g, defaultImporter, asOf));
  parentPort!.postMessage({ id: m.id, outcomes });
});
