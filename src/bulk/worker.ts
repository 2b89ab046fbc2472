/**
 * Worker thread of `heliotrope bulk`: assesses batches of grouped patients with the default importer.
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import { defaultImporter } from './importer.js';
import { processGroup, type PatientGroup } from './patient.js';

const { asOf } = workerData as { asOf: string };

parentPort!.on('message', (m: { id: number; groups: PatientGroup[] }) => {
  const outcomes = m.groups.map((g) => processGroup(g, defaultImporter, asOf));
  parentPort!.postMessage({ id: m.id, outcomes });
});
