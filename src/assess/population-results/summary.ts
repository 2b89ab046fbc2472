/**
 * The summary of a population run (summary.json, the printed summary and summary.html): counts accumulated
 * row by row. Pure.
 * @module
 */
import type { ResultRow } from './row.js';
import { onWorklist } from './row.js';

/** The summary document. */
export interface PopulationSummary {
  engine: { name: 'heliotrope'; version: string };
  asOf: string;
  input: {
    files: { name: string; type: string | null; lines: number }[];
    lines: number;
    /** Lines that could not be used, by kind, and the first ones with file and line. */
    badLines: {
      total: number;
      byKind: Record<string, number>;
      first: { file: string; line: number; kind: string }[];
    };
    /** Resources that belong to no patient (e.g. Organization, Practitioner), by type: counted, not used. */
    outsidePatientCompartment: Record<string, number>;
    /** Patients referenced by resources but absent from the export. */
    unknownPatients: number;
  };
  patients: {
    total: number;
    assessed: number;
    failed: number;
    failedByKind: Record<string, number>;
  };
  /** 2017 EULAR/ACR category (unknown items counted absent) of every assessed patient. */
  byCategory: Record<string, number>;
  /** Subgroup of patients classified probable or definite. */
  bySubgroup: Record<string, number>;
  /** IMACS tier of patients with probable or definite myositis. */
  byTier: Record<string, number>;
  /** Patients with probable or definite myositis with a test overdue / due, by test. */
  overdueByTest: Record<string, number>;
  dueByTest: Record<string, number>;
  /** Patients with probable or definite myositis and at least one overdue item. */
  patientsOverdue: number;
  /** Warning alerts (high / moderate), by rule. */
  alertsByRule: Record<string, number>;
  /** Patients on the worklist. */
  worklist: number;
  /** Issues reported by import and validation, summed. */
  issues: number;
}

const inc = (o: Record<string, number>, k: string, n = 1) => (o[k] = (o[k] ?? 0) + n);

/** Accumulates rows into the patient-level parts of the summary. */
export class SummaryAccumulator {
  readonly patients = { total: 0, assessed: 0, failed: 0, failedByKind: {} as Record<string, number> };
  readonly byCategory: Record<string, number> = {};
  readonly bySubgroup: Record<string, number> = {};
  readonly byTier: Record<string, number> = {};
  readonly overdueByTest: Record<string, number> = {};
  readonly dueByTest: Record<string, number> = {};
  readonly alertsByRule: Record<string, number> = {};
  patientsOverdue = 0;
  worklist = 0;
  issues = 0;

  /** Adds one row. */
  add(r: ResultRow): void {
    this.patients.total++;
    this.issues += r.issues;
    if (r.error) {
      this.patients.failed++;
      inc(this.patients.failedByKind, r.error.replace(/\s*\(.*\)$/, ''));
      return;
    }
    this.patients.assessed++;
    inc(this.byCategory, r.eularCategory ?? 'unknown');
    const myositis = r.eularCategory === 'probable' || r.eularCategory === 'definite';
    if (myositis) {
      inc(this.bySubgroup, r.eularSubgroup ?? 'undetermined');
      inc(this.byTier, r.imacsTier ?? 'unknown');
      for (const id of new Set(r.overdue.map((d) => d.id))) inc(this.overdueByTest, id);
      for (const id of new Set(r.due.map((d) => d.id))) inc(this.dueByTest, id);
      if (r.overdue.length) this.patientsOverdue++;
    }
    for (const a of r.alerts) inc(this.alertsByRule, a.rule);
    if (onWorklist(r)) this.worklist++;
  }
}

/** Sorts a count table by count (descending), then key. */
export function sortedCounts(o: Record<string, number>): [string, number][] {
  return Object.entries(o).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
