/**
 * Shapes of the Population API's answers (the row and summary types come from the engine's package).
 * @module
 */
export type { PopulationSummary, ResultRow } from 'heliotrope';

/** A population run with its progress (`GET /api/population/runs`). */
export interface RunInfo {
  id: string;
  source: 'distributed' | 'local';
  createdAt: string;
  finishedAt: string | null;
  asOf: string;
  engine: string;
  state: 'loading' | 'queued' | 'finished';
  total: number;
  done: number;
  failed: number;
  unknownPatients: number;
  shards: number;
  shardsDone: number;
}
