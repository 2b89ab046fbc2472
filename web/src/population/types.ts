/**
 * Shapes of the Population API's answers (the row and summary types come from the engine's package).
 * @module
 */
import type { ResultRow } from 'heliotrope';

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

/** A page of a run's worklist (`GET /api/population/runs/{id}/worklist`). */
export interface WorklistPage {
  total: number;
  limit: number;
  items: { rank: number; row: ResultRow }[];
  /** Cursor of the next page; null on the last page. */
  next: string | null;
  /** Cursor of the previous page; null on the first page. */
  prev: string | null;
}
