/**
 * Worker thread of `heliotrope bulk`: assesses batches of grouped patients with the default importer.
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import { defaultImporter } from './importer.js';
import { readLocated, type LocatedBatch } from './lines.js';
import { processGroup, storedOutcome, type PatientGroup } from './patient.js';

const { asOf, sources } = workerData as { asOf: string; sources: string[] };

// A batch comes as its lines (a distributed shard: outcomes back) or as where they are (a local run: the
// lines are read here, and the outcomes go back as the store keeps them).
parentPort!.on('message', (m: { id: number; groups?: PatientGroup[]; located?: LocatedBatch }) => {
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
