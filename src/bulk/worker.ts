/**
 * Worker thread of `heliotrope bulk`: assesses batches of grouped patients with the default importer.
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import { defaultImporter } from './importer.js';
import { readLocated, type LocatedGroup } from './lines.js';
import { processGroup, type PatientGroup } from './patient.js';

const { asOf, sources } = workerData as { asOf: string; sources: string[] };

// A batch comes as its lines (a distributed shard) or as where they are (a local run: read here).
parentPort!.on('message', (m: { id: number; groups?: PatientGroup[]; located?: LocatedGroup[] }) => {
  const groups = m.groups ?? readLocated(m.located ?? [], sources);
  const outcomes = groups.map((g) => processGroup(g, defaultImporter, asOf));
  parentPort!.postMessage({ id: m.id, outcomes });
});
